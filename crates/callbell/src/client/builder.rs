//! [`CallbellBuilder`]: how a [`Callbell`] client is set up, in code or from
//! the environment.

use std::time::Duration;

use crate::client::Callbell;
use crate::error::{Error, Result};
use crate::generated::Client;
use crate::transport::answer::DEFAULT_MAX_ANSWER_BYTES;
use crate::transport::auth::ApiToken;
use crate::transport::hooks::Inner;
use crate::transport::retry::RetryPolicy;

/// Where Callbell's API lives.
pub const DEFAULT_BASE_URL: &str = "https://api.callbell.eu/v1";
/// The environment variable [`CallbellBuilder::from_env`] reads the token from.
pub const TOKEN_ENV: &str = "CALLBELL_API_TOKEN";
/// The environment variable [`CallbellBuilder::from_env`] reads the base URL from.
pub const BASE_URL_ENV: &str = "CALLBELL_BASE_URL";

/// Sets up a [`Callbell`] client. Start from [`Callbell::builder`] or
/// [`CallbellBuilder::from_env`].
///
/// Defaults: base URL [`DEFAULT_BASE_URL`], a 30 s timeout per attempt
/// (10 s to connect), the default [`RetryPolicy`] (3 retries), answers of at
/// most [`DEFAULT_MAX_ANSWER_BYTES`] (32 MiB), and the user agent
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
    token: Option<ApiToken>,
    base_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    max_answer_bytes: u64,
    /// An HTTP client set up by the caller, used instead of one built here.
    http_client: Option<reqwest::Client>,
    /// A problem found before `build` (e.g. an environment variable that is
    /// not UTF-8), reported by `build`.
    problem: Option<String>,
}

impl Default for CallbellBuilder {
    fn default() -> Self {
        Self {
            token: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            user_agent: concat!("callbell-rs/", env!("CARGO_PKG_VERSION")).to_owned(),
            max_answer_bytes: DEFAULT_MAX_ANSWER_BYTES,
            http_client: None,
            problem: None,
        }
    }
}

impl CallbellBuilder {
    /// A builder with the token from `CALLBELL_API_TOKEN` and, when set, the
    /// base URL from `CALLBELL_BASE_URL` (set to an empty or blank value, it
    /// counts as unset: the default base URL applies). A missing token is
    /// reported by [`build`](Self::build), unless [`token`](Self::token) sets one.
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name))
    }

    /// [`from_env`](Self::from_env) with the variables read through `lookup`.
    fn from_lookup(lookup: impl Fn(&str) -> Result<String, std::env::VarError>) -> Self {
        let mut builder = Self::default();
        for name in [TOKEN_ENV, BASE_URL_ENV] {
            match lookup(name) {
                Ok(value) if name == TOKEN_ENV => builder.token = Some(ApiToken::new(value)),
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
        self.token = Some(token.into());
        self
    }

    /// Where to send requests (default [`DEFAULT_BASE_URL`]); e.g. a local
    /// stand-in in tests.
    ///
    /// The URL is kept in its parsed form: surrounding whitespace dropped,
    /// `http:/host` read as `http://host`, `.`/`..` segments resolved, the
    /// trailing `/` removed. [`build`](Self::build) refuses a URL that is not
    /// `http(s)`, has a query or fragment, or carries a user
    /// name or password (the token is the only credential; a password in the
    /// URL would end up in logs).
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

    /// The longest one attempt may take, from connecting to reading the
    /// whole body (default 30 s). Retries get a fresh timeout each.
    ///
    /// The worst case for one call (one page of a listing) is therefore
    /// `timeout × (max_retries + 1)` attempts plus the retry policy's
    /// [total delay budget](RetryPolicy::with_max_total_delay): with the
    /// defaults, 30 s × 4 + 30 s = 2 min 30 s. Lower either to bound it;
    /// for a hard deadline, wrap the call in `tokio::time::timeout`.
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
    /// retries off). Shorthand for [`RetryPolicy::with_max_retries`].
    ///
    /// Each retry may take a full [`timeout`](Self::timeout), and the waits
    /// between attempts add up to at most the policy's
    /// [total delay budget](RetryPolicy::with_max_total_delay) (default 30 s):
    /// a call takes at most `timeout × (max_retries + 1) + max_total_delay`.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry = self.retry.with_max_retries(retries);
        self
    }

    /// Also retry `POST` and `PATCH` on `5xx`, timeouts and connection errors
    /// (default `false`: Callbell may already have acted, so a retry could,
    /// say, create a contact twice). See [`RetryPolicy`].
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry = self.retry.with_retry_non_idempotent(yes);
        self
    }

    /// The whole retry policy, replacing earlier retry settings.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The largest answer body the client reads, in bytes (default
    /// [`DEFAULT_MAX_ANSWER_BYTES`], 32 MiB). An answer whose
    /// `Content-Length` is larger is refused before its body is read; one that
    /// grows past the limit is cut. Either is
    /// [`Error::AnswerTooLarge`], and is not retried. At most this much (plus
    /// one network chunk) is held per answer.
    pub fn max_answer_bytes(mut self, limit: u64) -> Self {
        self.max_answer_bytes = limit;
        self
    }

    /// Sends requests through `client` instead of one built here, e.g. to go
    /// through a proxy or trust a custom CA. Its own settings apply: the
    /// [`timeout`](Self::timeout), [`connect_timeout`](Self::connect_timeout)
    /// and [`user_agent`](Self::user_agent) set on this builder are not used,
    /// so give `client` a timeout of its own. Token, retries, answer size
    /// limit and token scrubbing still apply. With the default `rustls`
    /// feature, call [`install_crypto_provider`](crate::install_crypto_provider)
    /// before building `client` (reqwest is built without a provider of its own).
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

    /// The client, or [`Error::Config`] saying what is wrong: no token, a
    /// token or user agent that cannot go into a header, a base URL that is
    /// not an `http(s)` URL (see [`base_url`](Self::base_url)).
    pub fn build(self) -> Result<Callbell> {
        if let Some(problem) = self.problem {
            return Err(Error::Config(problem));
        }
        let token = self.token.ok_or_else(|| {
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
        let inner = Inner::new(token)
            .with_retry_policy(self.retry)
            .with_max_answer_bytes(self.max_answer_bytes);
        Ok(Callbell::from_raw(Client::new_with_client(
            &base_url, http, inner,
        )))
    }
}

/// `base_url` in its parsed form without the trailing `/`, if it is an
/// absolute `http(s)` URL without credentials, query or fragment (the URL
/// parser requires a host for these schemes).
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
