//! [`ApiToken`]: the API key, kept out of every `Debug`, `Display` and log.

use std::fmt;

/// A Callbell API key. Its `Debug` and `Display` print `ApiToken(***)`, so it
/// cannot leak through logs, errors or traces by accident.
///
/// ```
/// let token = callbell::ApiToken::new("test_gshuPaZoeEG6ovbc8M79w0QyM");
/// assert_eq!(format!("{token:?}"), "ApiToken(***)");
/// assert_eq!(token.to_string(), "ApiToken(***)");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ApiToken(String);

impl ApiToken {
    /// Wraps an API key from the dashboard's API settings.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The key itself (keep it out of logs).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The `Authorization` value, marked sensitive (kept out of debug output).
    pub(crate) fn header_value(&self) -> Result<reqwest::header::HeaderValue, InvalidToken> {
        let mut value = reqwest::header::HeaderValue::try_from(format!("Bearer {}", self.0))
            .map_err(|_| InvalidToken)?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl From<String> for ApiToken {
    fn from(token: String) -> Self {
        Self(token)
    }
}

impl From<&str> for ApiToken {
    fn from(token: &str) -> Self {
        Self(token.to_owned())
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
#[path = "../../tests/unit/transport_auth.rs"]
mod tests;
