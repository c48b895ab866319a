//! [`Error`]: everything a call through [`Callbell`](crate::Callbell) can fail with.

pub(crate) mod body;
pub(crate) mod decode;

use std::time::Duration;

use reqwest::StatusCode;

use crate::transport::retry::retry_after;
use crate::types::ApiError;
use crate::RawError;

/// What a call through [`Callbell`](crate::Callbell) can fail with.
///
/// None of its messages contains the API token: the token only ever travels
/// in the `Authorization` header, and the client scrubs it out of every
/// answer before anything reads it (see [`Inner`](crate::Inner)), whether
/// the error comes from a [`Callbell`](crate::Callbell) method or from a raw
/// call's [`RawError`] converted with `?`.
///
/// The enum and its struct variants are `#[non_exhaustive]`: later versions
/// may add variants and fields, so match with `..` and a catch-all arm.
/// Naming every field does not compile:
///
/// ```compile_fail,E0638
/// # fn f(err: callbell::Error) {
/// if let callbell::Error::Api { status, message, details, retry_after } = err {}
/// # }
/// ```
///
/// ```compile_fail,E0638
/// # fn f(err: callbell::Error) {
/// if let callbell::Error::Decode { reason, pointer, excerpt } = err {}
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
///     // e.g. "401 Unauthorized: invalid api token"
///     Err(err @ Error::Api { .. }) => eprintln!("{err} (status {:?})", err.status()),
///     Err(err) if err.is_retryable() => eprintln!("try again later: {err}"),
///     Err(err) => eprintln!("{err}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Callbell answered with an error status (after any retries).
    #[error("{status}: {message}")]
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
        /// The wait the server asked for in `Retry-After`, if any.
        retry_after: Option<Duration>,
    },
    /// A successful answer whose body is not the documented JSON.
    #[non_exhaustive]
    #[error(
        "the response body is not the documented JSON ({}{reason}); it starts with {excerpt:?}",
        .pointer.as_deref().map(|p| format!("at {p:?}: ")).unwrap_or_default()
    )]
    Decode {
        /// What the JSON reader said, with line and column.
        reason: String,
        /// The JSON pointer (RFC 6901) of the value that does not fit the
        /// documented type, e.g. `/contacts/3/createdAt`; `None` when the body
        /// is not JSON at all.
        pointer: Option<String>,
        /// The first characters of the body, whitespace collapsed.
        excerpt: String,
    },
    /// No answer came within the configured timeout (after any retries).
    #[error("the request timed out: {0}")]
    Timeout(#[source] reqwest::Error),
    /// The connection failed or broke, or the body could not be read.
    #[error("network error: {0}")]
    Network(#[source] reqwest::Error),
    /// The client was set up wrongly (missing token, bad base URL, ...).
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The arguments do not make a valid request (e.g. a note over 1000 characters).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The HTTP status Callbell answered with, for [`Error::Api`].
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether the same request may succeed later: `429`, a `5xx` other than
    /// `501`/`505`, a timeout, or a connection failure. The client has
    /// already retried these as far as its [`RetryPolicy`](crate::RetryPolicy) allows.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api { status, .. } => {
                *status == StatusCode::TOO_MANY_REQUESTS
                    || (status.is_server_error()
                        && *status != StatusCode::NOT_IMPLEMENTED
                        && *status != StatusCode::HTTP_VERSION_NOT_SUPPORTED)
            }
            Self::Timeout(_) => true,
            Self::Network(e) => {
                crate::transport::retry::Outcome::of_error(e)
                    == crate::transport::retry::Outcome::Connection
            }
            Self::Decode { .. } | Self::Config(_) | Self::InvalidRequest(_) => false,
        }
    }

    /// The wait the server asked for in `Retry-After`, for [`Error::Api`].
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Api { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Like `From<RawError>`, but also reads the body of an answer the spec
    /// does not list, to report Callbell's message.
    pub(crate) async fn from_raw(raw: RawError) -> Self {
        match raw {
            progenitor_client::Error::UnexpectedResponse(response) => {
                let status = response.status();
                let retry_after = retry_after(response.headers());
                match response.bytes().await {
                    Ok(body) => {
                        let body = serde_json::from_slice::<ApiError>(&body).unwrap_or_else(|_| {
                            ApiError {
                                message: (!body.is_empty()).then(|| excerpt(&body)),
                                ..ApiError::default()
                            }
                        });
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
            .or(body.error)
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("no message").to_owned());
        Self::Api {
            status,
            message,
            details: body.errors,
            retry_after,
        }
    }

    /// An [`Error::Decode`] for `body`, which `e` could not read at `pointer`.
    pub(crate) fn decode(body: &[u8], e: &serde_json::Error, pointer: Option<String>) -> Self {
        Self::Decode {
            reason: e.to_string(),
            pointer,
            excerpt: excerpt(body),
        }
    }

    fn from_reqwest(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            Self::Timeout(e)
        } else if e.is_builder() {
            Self::InvalidRequest(e.without_url().to_string())
        } else {
            Self::Network(e)
        }
    }
}

impl From<RawError> for Error {
    /// Converts the generated client's error. An answer the spec does not
    /// list is reported with its status and reason phrase only (its body is
    /// not read here; the [`Callbell`](crate::Callbell) methods do read it).
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
            Raw::InvalidResponsePayload(body, e) => Self::decode(&body, &e, None),
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

/// The start of `body` as text: invalid UTF-8 replaced, runs of whitespace
/// collapsed to one space, at most [`EXCERPT_CHARS`] characters (then `…`).
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut words = text.split_whitespace();
    let mut out = String::new();
    let mut chars = 0;
    if let Some(first) = words.next() {
        out.push_str(first);
        chars = first.chars().count();
    }
    for word in words {
        if chars > EXCERPT_CHARS {
            break;
        }
        out.push(' ');
        out.push_str(word);
        chars += 1 + word.chars().count();
    }
    if chars > EXCERPT_CHARS {
        out = out.chars().take(EXCERPT_CHARS).collect();
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_short_and_collapses_whitespace() {
        assert_eq!(
            excerpt(b"  <html>\n\n  <body>oops</body> "),
            "<html> <body>oops</body>"
        );
        let long = "é".repeat(1000);
        let cut = excerpt(long.as_bytes());
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(excerpt(&[0xff, b'a']), "\u{fffd}a");
        assert_eq!(excerpt(b""), "");
    }

    #[test]
    fn api_message_prefers_message_then_error_then_reason() {
        let body = |message: Option<&str>, error: Option<&str>| ApiError {
            message: message.map(Into::into),
            error: error.map(Into::into),
            errors: None,
        };
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        let text = |b| Error::api(status, b, None).to_string();
        assert_eq!(
            text(body(Some("m"), Some("e"))),
            "422 Unprocessable Entity: m"
        );
        assert_eq!(text(body(None, Some("e"))), "422 Unprocessable Entity: e");
        assert_eq!(
            text(body(Some(" "), None)),
            "422 Unprocessable Entity: Unprocessable Entity"
        );
    }

    #[test]
    fn retryable_errors() {
        let api = |code| Error::Api {
            status: StatusCode::from_u16(code).unwrap(),
            message: String::new(),
            details: None,
            retry_after: None,
        };
        assert!(api(429).is_retryable());
        assert!(api(503).is_retryable());
        assert!(!api(501).is_retryable());
        assert!(!api(404).is_retryable());
        assert!(!Error::Config("x".into()).is_retryable());
        assert_eq!(Error::Config("x".into()).status(), None);
    }
}
