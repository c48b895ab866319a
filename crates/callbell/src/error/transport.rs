//! [`TransportError`]: a request that got no usable answer (timeout,
//! connection failure, body that broke off), with the request URL removed.

use std::fmt;

use crate::error::operation::Operation;

/// A failure below HTTP: no answer in time, no connection, or a connection
/// that broke. Carried by [`Error::Timeout`](crate::Error::Timeout) and
/// [`Error::Network`](crate::Error::Network).
///
/// Its `Display` is the chain of causes (`error sending request: client
/// error (Connect): tcp connect error: Connection refused (os error 111)`);
/// neither `Display` nor `Debug` shows the request URL, whose path and
/// query may hold a phone number.
pub struct TransportError {
    /// The URL is removed when the error is made.
    error: reqwest::Error,
    pub(crate) operation: Option<Box<Operation>>,
}

impl TransportError {
    /// `error` with its URL removed.
    pub(crate) fn new(error: reqwest::Error) -> Self {
        Self {
            error: error.without_url(),
            operation: None,
        }
    }

    /// The reqwest error underneath (its URL removed).
    pub fn reqwest(&self) -> &reqwest::Error {
        &self.error
    }

    /// The request this failure comes from, when it was sent through a
    /// [`Callbell`](crate::Callbell) method.
    pub fn operation(&self) -> Option<&Operation> {
        self.operation.as_deref()
    }

    /// Whether no answer came within the configured timeout.
    pub fn is_timeout(&self) -> bool {
        self.error.is_timeout()
    }

    /// Whether the connection could not be made.
    pub fn is_connect(&self) -> bool {
        self.error.is_connect()
    }
}

impl fmt::Display for TransportError {
    /// The reqwest error and its causes, joined with `: `.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.error)?;
        let first = std::error::Error::source(&self.error);
        std::iter::successors(first, |e| e.source()).try_for_each(|e| write!(f, ": {e}"))
    }
}

impl fmt::Debug for TransportError {
    /// The same text as `Display` (a cause's own `Debug` may show the
    /// address connected to), and the operation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("timeout", &self.is_timeout())
            .field("connect", &self.is_connect())
            .field("message", &self.to_string())
            .field("operation", &self.operation)
            .finish()
    }
}
