//! [`TransportError`]: a request that got no usable answer.

use std::fmt;

use crate::error::operation::Operation;

/// A failure below HTTP (timeout, no connection, broken connection), in
/// [`Error::Timeout`](crate::Error::Timeout) and [`Error::Network`](crate::Error::Network).
///
/// `Display` is the chain of causes (`error sending request: client error
/// (Connect): tcp connect error: Connection refused (os error 111)`); neither
/// it nor `Debug` shows the request URL.
pub struct TransportError {
    /// Without its URL.
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

    /// The request this comes from, when sent by a [`Callbell`](crate::Callbell) method.
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
    /// The `Display` text (a cause's `Debug` may show the address), and the operation.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("timeout", &self.is_timeout())
            .field("connect", &self.is_connect())
            .field("message", &self.to_string())
            .field("operation", &self.operation)
            .finish()
    }
}
