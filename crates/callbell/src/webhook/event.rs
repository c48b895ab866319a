//! Reading a webhook body into [`WebhookEvent`] (generated from the spec's
//! webhooks), or why not: [`WebhookError`].

use serde::de::DeserializeOwned;
use serde_json::Value;

use callbell_runtime::json_pointer;

pub use crate::generated::webhooks::WebhookEvent;

impl WebhookEvent {
    /// Reads a raw webhook body: unknown fields are ignored, unknown enum
    /// values kept. [`WebhookError`] says why a body cannot be read.
    pub fn from_slice(body: &[u8]) -> Result<Self, WebhookError> {
        Self::from_value(parse(body)?)
    }

    /// Checks a raw webhook body against its event's schema, then reads it.
    /// Any deviation (an unknown `source`, a malformed timestamp, ...) is
    /// [`WebhookError::Invalid`], listing every problem with its pointer.
    ///
    /// ```
    /// use callbell::webhook::{WebhookError, WebhookEvent};
    ///
    /// let body = br#"{"event": "contact_deleted",
    ///                 "payload": {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "deleted": "yesterday"}}"#;
    /// let Err(WebhookError::Invalid { errors, .. }) = WebhookEvent::from_slice_strict(body) else {
    ///     panic!("expected a validation error");
    /// };
    /// assert_eq!(errors.errors()[0].pointer(), "/payload/deleted");
    /// ```
    #[cfg(feature = "validate")]
    pub fn from_slice_strict(body: &[u8]) -> Result<Self, WebhookError> {
        use crate::schema::Schema;
        let body = parse(body)?;
        let name = event_name(&body)?;
        let (event, schema) =
            Self::body_schema(name).ok_or_else(|| WebhookError::UnknownEvent {
                event: name.to_string(),
            })?;
        // Generated from the spec's webhooks, whose bodies are component
        // schemas (a unit test checks every event), so this cannot fail.
        let schema = Schema::named(schema).map_err(|_| WebhookError::UnknownEvent {
            event: name.to_string(),
        })?;
        schema
            .validate(&body)
            .map_err(|errors| WebhookError::Invalid { event, errors })?;
        Self::from_value(body)
    }
}

/// Why a webhook body could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The body is not JSON; the error has the line and column.
    #[error("webhook body is not valid JSON: {0}")]
    Malformed(#[source] serde_json::Error),
    /// The body is JSON but not an object with a string `event`.
    #[error("webhook body has no event name: expected an object with a string `event`")]
    MissingEvent,
    /// The event is not one this crate reads (see [`WebhookEvent::EVENTS`]).
    #[error(
        "unknown webhook event `{}` (known: {})",
        printable(event),
        WebhookEvent::EVENTS.join(", ")
    )]
    UnknownEvent {
        /// The event name as sent.
        event: String,
    },
    /// The body is longer than [`MAX_BODY`](super::MAX_BODY) bytes.
    #[error("webhook body is larger than {limit} bytes")]
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The body does not fit the event's type.
    #[error(
        "`{event}` webhook body: {}: {source}",
        printable(if pointer.is_empty() { "(root)" } else { pointer })
    )]
    Payload {
        /// The event name.
        event: &'static str,
        /// The JSON pointer of the value that does not fit.
        pointer: String,
        /// What is wrong with it (its line and column count in the body as
        /// written back on one line, after reading it as JSON).
        #[source]
        source: serde_json::Error,
    },
    /// The body deviates from the spec's schema for the event (strict reading only).
    #[cfg(feature = "validate")]
    #[error("`{event}` webhook body is {errors}")]
    Invalid {
        /// The event name.
        event: &'static str,
        /// Every problem, with its pointer.
        errors: crate::schema::ValidationErrors,
    },
}

fn parse(body: &[u8]) -> Result<Value, WebhookError> {
    serde_json::from_slice(body).map_err(WebhookError::Malformed)
}

/// The body's `event` name.
pub(crate) fn event_name(body: &Value) -> Result<&str, WebhookError> {
    body.get("event")
        .and_then(Value::as_str)
        .ok_or(WebhookError::MissingEvent)
}

/// Reads `body` as `T`, naming the JSON pointer of what does not fit. It
/// reads the body's bytes, as the client reads answers: one compiled reader
/// per type (reading the `Value` itself would compile a second one).
pub(crate) fn read<T: DeserializeOwned>(
    event: &'static str,
    body: Value,
) -> Result<T, WebhookError> {
    let bytes = serde_json::to_vec(&body).map_err(WebhookError::Malformed)?;
    serde_json::from_slice(&bytes).map_err(|e| WebhookError::Payload {
        event,
        pointer: json_pointer::at(&bytes, &e),
        source: e,
    })
}

/// Untrusted text made safe for a message: control and invisible characters
/// escaped, at most 64 characters, so it cannot forge a log line.
pub(crate) fn printable(text: &str) -> String {
    const MAX: usize = 64;
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        let invisible = matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
        if c.is_control() || invisible || c == '\\' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
#[path = "../../tests/unit/webhook_event.rs"]
mod tests;
