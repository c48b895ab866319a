//! [`Error`]: everything a call through [`Callbell`](crate::Callbell) can fail with.

pub(crate) mod body;
pub(crate) mod decode;
pub(crate) mod operation;
pub(crate) mod transport;

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;

use crate::RawError;
use crate::error::body as error_body;
use crate::transport::answer::{TooLarge, too_large_in};
use crate::types::ApiError;
use callbell_runtime::redact;
use callbell_runtime::retry::{Outcome, retry_after};

use crate::transport::hooks::outcome_of;

pub use operation::Operation;
pub use transport::TransportError;

/// What a call through [`Callbell`](crate::Callbell) can fail with.
///
/// Safe to log: no error shows the API token, in any encoding, nor the
/// request URL (its path may hold a phone number). It names the
/// [`Operation`] instead, when it comes from a [`Callbell`](crate::Callbell)
/// method: `get_contact_by_phone (GET /contacts/phone/{phone_number}) after
/// 4 attempts: the request timed out: …`. See the [crate's limits](crate#limits).
///
/// The enum and its struct variants are `#[non_exhaustive]`: match with `..`
/// and a catch-all arm. Naming every field does not compile:
///
/// ```compile_fail,E0638
/// # fn f(err: callbell::Error) {
/// if let callbell::Error::Api { status, message, details, retry_after, operation } = err {}
/// # }
/// ```
///
/// ```compile_fail,E0638
/// # fn f(err: callbell::Error) {
/// if let callbell::Error::Decode { reason, pointer, excerpt, operation, source } = err {}
/// # }
/// ```
///
/// ```no_run
/// use callbell::Error;
/// use reqwest::StatusCode;
///
/// # async fn run(callbell: callbell::Callbell) {
/// match callbell.get_contact().uuid("414a6d692bd645ed803f2e7ce360d4c8").await {
///     Ok(contact) => println!("{}", contact.name),
///     Err(Error::Api { status: StatusCode::NOT_FOUND, .. }) => println!("no such contact"),
///     // e.g. "get_contact (GET /contacts/{uuid}) after 1 attempt: 401 Unauthorized: invalid api token"
///     Err(err @ Error::Api { .. }) => eprintln!("{err} (status {:?})", err.status()),
///     Err(err) if err.is_retryable() => eprintln!("try again later: {err}"),
///     Err(err) => eprintln!("{err}"),
/// }
/// # }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Callbell answered with an error status (after any retries).
    #[non_exhaustive]
    Api {
        /// The HTTP status, e.g. `401 Unauthorized`.
        status: StatusCode,
        /// Callbell's message (`message` or `error` of its error body); an
        /// excerpt of the body when it was not JSON; the status' reason
        /// phrase when the body was empty.
        message: String,
        /// The `errors` member of the error body, e.g. which parameters were refused.
        details: Option<serde_json::Value>,
        /// The wait the server asked for in `Retry-After`, if any (at most
        /// [`MAX_RETRY_AFTER`](crate::MAX_RETRY_AFTER)).
        retry_after: Option<Duration>,
        /// The request this answers.
        operation: Option<Box<Operation>>,
    },
    /// A successful answer whose body is not the documented JSON.
    #[non_exhaustive]
    Decode {
        /// What the JSON reader said, with line and column.
        reason: String,
        /// The JSON pointer (RFC 6901) of the value that does not fit the
        /// documented type, e.g. `/contacts/3/createdAt`; `None` when the body
        /// is not JSON at all.
        pointer: Option<String>,
        /// The first characters of the body, whitespace collapsed.
        excerpt: String,
        /// The request this answers.
        operation: Option<Box<Operation>>,
        /// The JSON reader's error (also [`source`](std::error::Error::source)).
        source: serde_json::Error,
    },
    /// An answer body over the client's limit
    /// ([`CallbellBuilder::max_answer_bytes`](crate::CallbellBuilder::max_answer_bytes)).
    /// Never retried.
    #[non_exhaustive]
    AnswerTooLarge {
        /// The limit, in bytes.
        limit: u64,
        /// The `Content-Length` announced; `None` when the body grew past the limit.
        announced: Option<u64>,
        /// The request this answers.
        operation: Option<Box<Operation>>,
    },
    /// No answer came within the configured timeout (after any retries).
    Timeout(TransportError),
    /// The connection failed or broke, or the body could not be read.
    Network(TransportError),
    /// A listing's page repeats the one before it: the server ignores the
    /// page number, so the listing would never end.
    #[non_exhaustive]
    RepeatedPage {
        /// The page number that repeated the one before it.
        page: u32,
    },
    /// A listing has more pages than the `max_pages` it was given.
    #[non_exhaustive]
    TooManyPages {
        /// The limit that was reached.
        max_pages: u32,
    },
    /// The client was set up wrongly (missing token, bad base URL, ...).
    Config(String),
    /// The arguments do not make a valid request (e.g. a note over 1000 characters).
    InvalidRequest(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(operation) = self.operation() {
            write!(f, "{operation}: ")?;
        }
        match self {
            Self::Api {
                status, message, ..
            } => write!(f, "{status}: {message}"),
            Self::Decode {
                reason,
                pointer,
                excerpt,
                ..
            } => {
                write!(f, "the response body is not the documented JSON (")?;
                if let Some(pointer) = pointer {
                    write!(f, "at {pointer:?}: ")?;
                }
                write!(f, "{reason}); it starts with {excerpt:?}")
            }
            Self::AnswerTooLarge {
                limit, announced, ..
            } => {
                let too_large = TooLarge {
                    limit: *limit,
                    announced: *announced,
                };
                fmt::Display::fmt(&too_large, f)
            }
            Self::Timeout(e) => write!(f, "the request timed out: {e}"),
            Self::Network(e) => write!(f, "network error: {e}"),
            Self::RepeatedPage { page } => write!(
                f,
                "page {page} of the listing repeats page {}: the server ignores the page number, so the listing was stopped",
                page.saturating_sub(1)
            ),
            Self::TooManyPages { max_pages } => {
                write!(
                    f,
                    "the listing has more than {max_pages} pages (its max_pages)"
                )
            }
            Self::Config(text) => write!(f, "invalid configuration: {text}"),
            Self::InvalidRequest(text) => write!(f, "invalid request: {text}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Decode { source, .. } => Some(source),
            Self::Timeout(e) | Self::Network(e) => Some(e.reqwest()),
            _ => None,
        }
    }
}

impl Error {
    /// The HTTP status Callbell answered with, for [`Error::Api`].
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The request the error comes from (operation id, method, path
    /// template, attempts), for errors from a [`Callbell`](crate::Callbell) method.
    pub fn operation(&self) -> Option<&Operation> {
        match self {
            Self::Api { operation, .. }
            | Self::Decode { operation, .. }
            | Self::AnswerTooLarge { operation, .. } => operation.as_deref(),
            Self::Timeout(e) | Self::Network(e) => e.operation(),
            _ => None,
        }
    }

    /// How many times the request was sent, when [`operation`](Self::operation) is known.
    pub fn attempts(&self) -> Option<u32> {
        self.operation().map(|operation| operation.attempts)
    }

    /// Whether the same request may succeed later: `429`, a `5xx` other than
    /// `501`/`505`, a timeout, or a connection failure. The client has
    /// already retried these as far as its [`RetryPolicy`](crate::RetryPolicy) allows.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api { status, .. } => Outcome::Status(*status).is_transient(),
            Self::Timeout(_) => true,
            Self::Network(e) => outcome_of(e.reqwest()) == Outcome::Connection,
            Self::Decode { .. }
            | Self::AnswerTooLarge { .. }
            | Self::RepeatedPage { .. }
            | Self::TooManyPages { .. }
            | Self::Config(_)
            | Self::InvalidRequest(_) => false,
        }
    }

    /// The wait the server asked for in `Retry-After`, for [`Error::Api`].
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Api { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// `From<RawError>`, also reading the body of an answer the spec does not list.
    pub(crate) async fn from_raw(raw: RawError) -> Self {
        match raw {
            progenitor_client::Error::UnexpectedResponse(response) => {
                let status = response.status();
                let retry_after = retry_after(response.headers());
                match response.bytes().await {
                    Ok(body) => {
                        let body = serde_json::from_slice(&body)
                            .unwrap_or_else(|_| error_body::stand_in(&body));
                        Self::api(status, body, retry_after)
                    }
                    Err(e) => Self::from_reqwest(e),
                }
            }
            other => other.into(),
        }
    }

    /// An [`Error::Api`] from a status and Callbell's error body.
    fn api(status: StatusCode, body: ApiError, retry_after: Option<Duration>) -> Self {
        let message = body
            .message
            .flatten()
            .or(body.error.flatten())
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("no message").to_owned());
        Self::Api {
            status,
            message,
            details: body.errors.flatten(),
            retry_after,
            operation: None,
        }
    }

    /// An [`Error::Decode`] for `body`, which `e` could not read at `pointer`.
    pub(crate) fn decode(body: &[u8], e: serde_json::Error, pointer: Option<String>) -> Self {
        Self::Decode {
            reason: e.to_string(),
            pointer,
            excerpt: excerpt(body),
            operation: None,
            source: e,
        }
    }

    /// The error for a failed send or body read; the URL is removed.
    fn from_reqwest(e: reqwest::Error) -> Self {
        if let Some(too_large) = too_large_in(&e) {
            Self::AnswerTooLarge {
                limit: too_large.limit,
                announced: too_large.announced,
                operation: None,
            }
        } else if e.is_timeout() {
            Self::Timeout(TransportError::new(e))
        } else if e.is_builder() {
            Self::InvalidRequest(e.without_url().to_string())
        } else {
            Self::Network(TransportError::new(e))
        }
    }

    /// The same error, naming `operation` (unless it names one already).
    pub(crate) fn with_operation(mut self, recorded: Option<Operation>) -> Self {
        let slot = match &mut self {
            Self::Api { operation, .. }
            | Self::Decode { operation, .. }
            | Self::AnswerTooLarge { operation, .. } => operation,
            Self::Timeout(e) | Self::Network(e) => &mut e.operation,
            _ => return self,
        };
        if slot.is_none() {
            *slot = recorded.map(Box::new);
        }
        self
    }

    /// The same error with `secret` scrubbed from every string it shows (the
    /// answer was scrubbed already; this is the last line of defence).
    pub(crate) fn redacted(mut self, secret: &str) -> Self {
        match &mut self {
            Self::Api {
                message, details, ..
            } => {
                redact::text(message, secret);
                if let Some(details) = details {
                    redact::value(details, secret);
                }
            }
            Self::Decode {
                reason, excerpt, ..
            } => {
                redact::text(reason, secret);
                redact::text(excerpt, secret);
            }
            Self::Config(text) | Self::InvalidRequest(text) => redact::text(text, secret),
            _ => {}
        }
        self
    }
}

impl From<RawError> for Error {
    /// Converts the generated client's error. An answer the spec does not
    /// list gets its status and reason phrase only (the
    /// [`Callbell`](crate::Callbell) methods read its body too).
    fn from(raw: RawError) -> Self {
        use progenitor_client::Error as Raw;
        match raw {
            Raw::InvalidRequest(text) | Raw::Custom(text) => Self::InvalidRequest(text),
            Raw::CommunicationError(e) | Raw::InvalidUpgrade(e) | Raw::ResponseBodyError(e) => {
                Self::from_reqwest(e)
            }
            Raw::ErrorResponse(response) => {
                let status = response.status();
                let retry_after = retry_after(response.headers());
                Self::api(status, response.into_inner(), retry_after)
            }
            Raw::InvalidResponsePayload(body, e) => Self::decode(&body, e, None),
            Raw::UnexpectedResponse(response) => Self::api(
                response.status(),
                ApiError::default(),
                retry_after(response.headers()),
            ),
        }
    }
}

/// The longest excerpt of a body kept in an error, in characters.
const EXCERPT_CHARS: usize = 160;

/// The start of `body` as lossy text, whitespace collapsed, at most
/// [`EXCERPT_CHARS`] characters (then `…`).
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut chars = text
        .split_whitespace()
        .flat_map(|word| std::iter::once(' ').chain(word.chars()))
        .skip(1);
    let mut out: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
#[path = "../../tests/unit/error.rs"]
mod tests;
