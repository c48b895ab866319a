//! [`CallbellBuilder`]: setting up a [`Callbell`] client.

use std::time::Duration;

use crate::client::Callbell;
use crate::error::{Error, Result};
use crate::generated::Client;
use crate::generated::tables::DEFAULT_BASE_URL;
use crate::transport::hooks::Inner;
use callbell_runtime::auth::ApiToken;
use callbell_runtime::retry::RetryPolicy;

/// The environment variable [`CallbellBuilder::from_env`] reads the token from.
pub const TOKEN_ENV: &str = "CALLBELL_API_TOKEN";
/// The environment variable [`CallbellBuilder::from_env`] reads the base URL from.
pub const BASE_URL_ENV: &str = "CALLBELL_BASE_URL";

/// Sets up a [`Callbell`] client. Start from [`Callbell::builder`] or
/// [`CallbellBuilder::from_env`].
///
/// Defaults: [`DEFAULT_BASE_URL`], 30 s per attempt (10 s to connect), the
/// default [`RetryPolicy`], answers up to
/// [`DEFAULT_MAX_ANSWER_BYTES`](crate::DEFAULT_MAX_ANSWER_BYTES), user agent
/// `callbell-rs/<version>`.
///
/// ```
/// use std::time::Duration;
///
/// let callbell = callbell::Callbell::builder()
///     .token("test_gshuPaZoeEG6ovbc8M79w0QyM")
///     .base_url("http://127.0.0.1:8080/v1/")
///     .timeout(Duration::from_secs(5))
///     .max_retries(1)
///     .user_agent("my-crm-sync/2.1")
///     .build()
///     .unwrap();
/// assert_eq!(callbell.base_url(), "http://127.0.0.1:8080/v1");
///
/// let err = callbell::Callbell::builder().build().unwrap_err();
/// assert!(err.to_string().contains("CALLBELL_API_TOKEN"));
/// ```
#[derive(Clone, Debug)]
pub struct CallbellBuilder {
    /// Token, retry policy and answer limit, as the client will carry them.
    inner: Inner,
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    http_client: Option<reqwest::Client>,
    /// A problem found before `build`, which reports it.
    problem: Option<String>,
}

impl Default for CallbellBuilder {
    fn default() -> Self {
        Self {
            inner: Inner::default(),
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            user_agent: concat!("callbell-rs/", env!("CARGO_PKG_VERSION")).to_owned(),
            http_client: None,
            problem: None,
        }
    }
}

impl CallbellBuilder {
    /// A builder with the token from `CALLBELL_API_TOKEN` and the base URL
    /// from `CALLBELL_BASE_URL` unless it is unset or blank. A missing token
    /// is reported by [`build`](Self::build) unless [`token`](Self::token) sets one.
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name))
    }

    /// [`from_env`](Self::from_env) with the variables read through `lookup`.
    fn from_lookup(lookup: impl Fn(&str) -> Result<String, std::env::VarError>) -> Self {
        let mut builder = Self::default();
        for name in [TOKEN_ENV, BASE_URL_ENV] {
            match lookup(name) {
                Ok(value) if name == TOKEN_ENV => builder.inner.token = Some(ApiToken::new(value)),
                Ok(value) if value.trim().is_empty() => {}
                Ok(value) => builder.base_url = value,
                Err(std::env::VarError::NotPresent) => {}
                Err(std::env::VarError::NotUnicode(_)) => {
                    builder.problem = Some(format!("{name} is not valid UTF-8"));
                }
            }
        }
        builder
    }

    /// The API key from the dashboard's API settings (required).
    pub fn token(mut self, token: impl Into<ApiToken>) -> Self {
        self.inner.token = Some(token.into());
        self
    }

    /// Where to send requests (default [`DEFAULT_BASE_URL`]), e.g. a local
    /// stand-in in tests.
    ///
    /// Kept in its parsed form (trimmed, `.`/`..` resolved, no trailing `/`).
    /// [`build`](Self::build) refuses a URL that is not `http(s)`, has a query
    /// or fragment, or carries a user name or password (it would end up in logs).
    ///
    /// ```
    /// let callbell = callbell::Callbell::builder()
    ///     .token("test_gshuPaZoeEG6ovbc8M79w0QyM")
    ///     .base_url(" http:/127.0.0.1:8080/api/../v1/")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(callbell.base_url(), "http://127.0.0.1:8080/v1");
    /// ```
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// The longest one attempt may take, from connecting to the body's end
    /// (default 30 s); each retry gets a fresh one.
    ///
    /// A call (one page of a listing) takes at most
    /// `timeout × (max_retries + 1)` plus the retry policy's
    /// [total delay budget](RetryPolicy::with_max_total_delay): 2 min 30 s by
    /// default. For a hard deadline, wrap the call in `tokio::time::timeout`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest connecting may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How many times a failed request may be sent again (default 3; 0 turns
    /// retries off): [`RetryPolicy::with_max_retries`]. Each retry may take a
    /// full [`timeout`](Self::timeout).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.inner.retry = self.inner.retry.with_max_retries(retries);
        self
    }

    /// Also retry `POST` and `PATCH` on `5xx`, timeouts and connection errors
    /// (default `false`: a retry could create a contact twice). See [`RetryPolicy`].
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.inner.retry = self.inner.retry.with_retry_non_idempotent(yes);
        self
    }

    /// The whole retry policy, replacing earlier retry settings.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.inner.retry = policy;
        self
    }

    /// The largest answer body the client reads, in bytes (default
    /// [`DEFAULT_MAX_ANSWER_BYTES`](crate::DEFAULT_MAX_ANSWER_BYTES), 32 MiB).
    /// A larger `Content-Length` is refused unread, a body growing past it is
    /// cut: [`Error::AnswerTooLarge`], not retried. At most this much (plus
    /// one network chunk) is held per answer.
    pub fn max_answer_bytes(mut self, limit: u64) -> Self {
        self.inner.max_answer_bytes = limit;
        self
    }

    /// Sends requests through `client`, e.g. for a proxy or a custom CA.
    /// This builder's [`timeout`](Self::timeout),
    /// [`connect_timeout`](Self::connect_timeout) and
    /// [`user_agent`](Self::user_agent) are not used, so give `client` a
    /// timeout of its own; token, retries, size limit and scrubbing still
    /// apply. With the `rustls` feature, call
    /// [`install_crypto_provider`](crate::install_crypto_provider) first.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// callbell::install_crypto_provider();
    /// let http = reqwest::Client::builder()
    ///     .timeout(Duration::from_secs(20))
    ///     .build()
    ///     .unwrap();
    /// let callbell = callbell::Callbell::builder()
    ///     .token("test_gshuPaZoeEG6ovbc8M79w0QyM")
    ///     .http_client(http)
    ///     .build()
    ///     .unwrap();
    /// # drop(callbell);
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// The `User-Agent` header (default `callbell-rs/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// The client, or [`Error::Config`] saying what is wrong (no token, a
    /// token or user agent unfit for a header, a bad [`base_url`](Self::base_url)).
    pub fn build(self) -> Result<Callbell> {
        if let Some(problem) = self.problem {
            return Err(Error::Config(problem));
        }
        let token = self.inner.token.as_ref().ok_or_else(|| {
            Error::Config(format!(
                "no API token: set {TOKEN_ENV} or call `.token(..)` on the builder"
            ))
        })?;
        if token.expose().trim().is_empty() {
            return Err(Error::Config("the API token is empty".into()));
        }
        token
            .header_value()
            .map_err(|e| Error::Config(e.to_string()))?;
        let base_url = checked_base_url(&self.base_url)?;
        crate::transport::tls::install_crypto_provider();
        let http = match self.http_client {
            Some(http) => http,
            None => reqwest::Client::builder()
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .user_agent(self.user_agent)
                .build()
                .map_err(|e| Error::Config(format!("cannot set up the HTTP client: {e}")))?,
        };
        Ok(Callbell::from_raw(Client::new_with_client(
            &base_url, http, self.inner,
        )))
    }
}

/// `base_url` parsed, without trailing `/`, if it is an `http(s)` URL
/// without credentials, query or fragment.
fn checked_base_url(base_url: &str) -> Result<String> {
    let url = reqwest::Url::parse(base_url.trim());
    if let Ok(url) = &url {
        // Checked first, and the URL not echoed: it holds a secret.
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::Config(
                "the base URL must not carry a user name or password; the API token is the only credential".into(),
            ));
        }
    }
    // Whatever precedes an `@` may be a password, even in a string that is no URL.
    let shown = match base_url.rsplit_once('@') {
        Some((_, rest)) => format!("***@{rest}"),
        None => base_url.to_owned(),
    };
    let bad = |why: &str| Error::Config(format!("base URL {shown:?} {why}"));
    let url = url.map_err(|e| bad(&format!("is not a URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("must start with http:// or https://"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("must not have a query or fragment"));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
#[path = "../../tests/unit/client_builder.rs"]
mod tests;
