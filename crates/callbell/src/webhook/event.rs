//! [`WebhookEvent`]: a contact webhook body, read into one typed enum.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::json_pointer::json_pointer;
use crate::types::{Contact, ContactDeletedEvent, ContactEvent, DeletedContact};

/// A contact webhook, by event.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WebhookEvent {
    /// `contact_created`: a contact was created; the payload is the new contact.
    ContactCreated(Contact),
    /// `contact_updated`: a contact changed (tags included); the payload is the contact now.
    ContactUpdated(Contact),
    /// `contact_deleted`: a contact was deleted; the payload says which, and when.
    ContactDeleted(DeletedContact),
}

impl WebhookEvent {
    /// The event names this version of the crate reads.
    pub const EVENTS: &'static [&'static str] = &[CREATED, UPDATED, DELETED];

    /// Reads a raw webhook body.
    ///
    /// Fails with [`WebhookError::Malformed`] (with line and column) when the
    /// body is not JSON, [`WebhookError::MissingEvent`] when it has no
    /// `event` name, [`WebhookError::UnknownEvent`] for an event this crate
    /// does not know, and [`WebhookError::Payload`] (with the JSON pointer)
    /// when the body does not fit the event's type.
    pub fn from_slice(body: &[u8]) -> Result<Self, WebhookError> {
        Self::from_value(parse(body)?)
    }

    /// Reads a webhook body that is already parsed.
    pub fn from_value(body: Value) -> Result<Self, WebhookError> {
        Ok(match event_name(&body)? {
            CREATED => Self::ContactCreated(read::<ContactEvent>(CREATED, body)?.payload),
            UPDATED => Self::ContactUpdated(read::<ContactEvent>(UPDATED, body)?.payload),
            _ => Self::ContactDeleted(read::<ContactDeletedEvent>(DELETED, body)?.payload),
        })
    }

    /// Checks a raw webhook body against the spec's schema for its event,
    /// then reads it. A body that deviates from the spec in any way (an
    /// unknown `source`, a malformed timestamp, ...) is
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
        let event = event_name(&body)?;
        let schema = if event == DELETED {
            Schema::of::<ContactDeletedEvent>()
        } else {
            Schema::of::<ContactEvent>()
        };
        schema
            .validate(&body)
            .map_err(|errors| WebhookError::Invalid { event, errors })?;
        Self::from_value(body)
    }

    /// The event's name on the wire (`contact_created`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Self::ContactCreated(_) => CREATED,
            Self::ContactUpdated(_) => UPDATED,
            Self::ContactDeleted(_) => DELETED,
        }
    }

    /// The contact of a `contact_created` or `contact_updated` event.
    pub fn contact(&self) -> Option<&Contact> {
        match self {
            Self::ContactCreated(contact) | Self::ContactUpdated(contact) => Some(contact),
            Self::ContactDeleted(_) => None,
        }
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
        "unknown webhook event `{}` (known: contact_created, contact_updated, contact_deleted)",
        printable(event)
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
    #[error("`{event}` webhook body: {pointer}: {source}", pointer = printable(shown(pointer)))]
    Payload {
        /// The event name.
        event: &'static str,
        /// The JSON pointer of the value that does not fit.
        pointer: String,
        /// What is wrong with it.
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

const CREATED: &str = "contact_created";
const UPDATED: &str = "contact_updated";
const DELETED: &str = "contact_deleted";

fn parse(body: &[u8]) -> Result<Value, WebhookError> {
    serde_json::from_slice(body).map_err(WebhookError::Malformed)
}

/// The body's event name, as one of [`WebhookEvent::EVENTS`].
fn event_name(body: &Value) -> Result<&'static str, WebhookError> {
    let event = body
        .get("event")
        .and_then(Value::as_str)
        .ok_or(WebhookError::MissingEvent)?;
    WebhookEvent::EVENTS
        .iter()
        .copied()
        .find(|known| *known == event)
        .ok_or_else(|| WebhookError::UnknownEvent {
            event: event.to_string(),
        })
}

/// Reads `body` as `T`, naming the JSON pointer of what does not fit.
fn read<T: DeserializeOwned>(event: &'static str, body: Value) -> Result<T, WebhookError> {
    serde_path_to_error::deserialize(body).map_err(|e| WebhookError::Payload {
        event,
        pointer: json_pointer(e.path()),
        source: e.into_inner(),
    })
}

/// Untrusted text for a message: control and invisible formatting
/// characters written as `\u{..}` escapes, at most 64 characters, so an
/// event name cannot forge a log line or drive a terminal.
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

fn shown(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(root)"
    } else {
        pointer
    }
}
