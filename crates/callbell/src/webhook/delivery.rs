//! [`Delivery`]: what a request to a webhook endpoint is, and its [`Answer`].

use serde_json::{Value, json};

use super::MAX_BODY;
use super::event::{WebhookError, WebhookEvent};

/// What one request to a webhook endpoint is (see the
/// [module's table](crate::webhook#receiving-webhooks)).
#[derive(Debug)]
#[non_exhaustive]
pub enum Delivery {
    /// A contact event (boxed: a contact is large).
    Event(Box<WebhookEvent>),
    /// Callbell's connection check: a `GET` or `HEAD`, or a `POST` whose body
    /// is empty or a JSON object without an `event` name (Callbell leaves
    /// its shape open).
    ConnectionCheck,
    /// An event of another subscription, by its name as sent; acknowledged,
    /// not read. The name is untrusted: print it through `Debug` or
    /// [`WebhookError::UnknownEvent`]'s message.
    OtherEvent(String),
    /// A body that is not a readable webhook (including [`WebhookError::TooLarge`]).
    Malformed(WebhookError),
    /// A method other than `GET`, `HEAD` and `POST`.
    MethodNotAllowed,
}

impl Delivery {
    /// Sorts a request by its method (`"POST"`, ...) and whole body.
    pub fn classify(method: &str, body: &[u8]) -> Self {
        match method {
            "GET" | "HEAD" => return Self::ConnectionCheck,
            "POST" => {}
            _ => return Self::MethodNotAllowed,
        }
        if body.len() > MAX_BODY {
            return Self::too_large();
        }
        if body.trim_ascii().is_empty() {
            return Self::ConnectionCheck;
        }
        let value: Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => return Self::Malformed(WebhookError::Malformed(e)),
        };
        match value.as_object() {
            None => return Self::Malformed(WebhookError::MissingEvent),
            Some(object) if !object.contains_key("event") => return Self::ConnectionCheck,
            Some(_) => {}
        }
        match WebhookEvent::from_value(value) {
            Ok(event) => Self::Event(Box::new(event)),
            Err(WebhookError::UnknownEvent { event }) => Self::OtherEvent(event),
            Err(e) => Self::Malformed(e),
        }
    }

    /// A body that went past [`MAX_BODY`] while being read.
    pub fn too_large() -> Self {
        Self::Malformed(WebhookError::TooLarge { limit: MAX_BODY })
    }

    /// The answer to send (see the [module's table](crate::webhook#receiving-webhooks)).
    pub fn answer(&self) -> Answer {
        match self {
            Self::Event(_) | Self::ConnectionCheck | Self::OtherEvent(_) => Answer::ok(),
            Self::Malformed(error) => {
                let status = match error {
                    WebhookError::TooLarge { .. } => 413,
                    _ => 400,
                };
                Answer::error(status, &error.to_string())
            }
            Self::MethodNotAllowed => Answer {
                allow: Some(Answer::ALLOWED_METHODS),
                ..Answer::error(405, "use POST (or GET for a connection check)")
            },
        }
    }
}

/// The HTTP answer to a webhook delivery: a status and a JSON body, sent with
/// [`CONTENT_TYPE`](Self::CONTENT_TYPE) and [`allow`](Self::allow) if any.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Answer {
    status: u16,
    body: String,
    allow: Option<&'static str>,
}

impl Answer {
    /// The content type of every answer body.
    pub const CONTENT_TYPE: &'static str = "application/json";
    /// The methods a webhook endpoint accepts, for the `Allow` header of a `405`.
    pub const ALLOWED_METHODS: &'static str = "GET, HEAD, POST";

    /// `200 {"status":"ok"}`: what Callbell expects for every event and check.
    pub fn ok() -> Self {
        Self {
            status: 200,
            body: json!({"status": "ok"}).to_string(),
            allow: None,
        }
    }

    pub(crate) fn error(status: u16, message: &str) -> Self {
        Self {
            status,
            body: json!({"status": "error", "message": message}).to_string(),
            allow: None,
        }
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The JSON body.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The `Allow` header to send with a `405`.
    pub fn allow(&self) -> Option<&'static str> {
        self.allow
    }
}
