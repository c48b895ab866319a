//! [`ApiToken`]: the API key, kept out of every `Debug`, `Display` and log.

use std::fmt;
use std::sync::Arc;

use http::header::HeaderValue;

use crate::redact::Scrubber;

/// A Callbell API key. Its `Debug` and `Display` print `ApiToken(***)`, so it
/// cannot leak through logs, errors or traces by accident.
///
/// ```
/// let token = callbell_runtime::auth::ApiToken::new("test_gshuPaZoeEG6ovbc8M79w0QyM");
/// assert_eq!(format!("{token:?}"), "ApiToken(***)");
/// assert_eq!(token.to_string(), "ApiToken(***)");
/// ```
#[derive(Clone)]
pub struct ApiToken(Arc<str>, Option<Arc<Scrubber>>);

impl ApiToken {
    /// Wraps an API key from the dashboard's API settings.
    pub fn new(token: impl Into<String>) -> Self {
        let token: String = token.into();
        // Built once: its searchers scrub the key out of every answer.
        let scrubber = Scrubber::new(&token).map(Arc::new);
        Self(token.into(), scrubber)
    }

    /// The key itself (keep it out of logs).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What scrubs the key out of answers.
    pub fn scrubber(&self) -> Option<&Scrubber> {
        self.1.as_deref()
    }

    /// The `Authorization` value, marked sensitive (kept out of debug output).
    pub fn header_value(&self) -> Result<HeaderValue, InvalidToken> {
        let mut value =
            HeaderValue::try_from(format!("Bearer {}", self.expose())).map_err(|_| InvalidToken)?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl PartialEq for ApiToken {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for ApiToken {}

impl<T: Into<String>> From<T> for ApiToken {
    fn from(token: T) -> Self {
        Self::new(token)
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(***)")
    }
}

impl fmt::Display for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(***)")
    }
}

/// The token holds characters that cannot go into an HTTP header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the API token contains characters that are not allowed in an HTTP header")]
pub struct InvalidToken;

#[cfg(test)]
#[path = "../tests/unit/auth.rs"]
mod tests;
