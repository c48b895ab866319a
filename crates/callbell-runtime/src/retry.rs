//! [`RetryPolicy`]: which failed attempts are sent again, and after what wait.

use std::time::Duration;

use http::header::{HeaderMap, RETRY_AFTER};
use http::{Method, StatusCode};

/// When and how a failed request is sent again.
///
/// - `429` is retried for every method: Callbell did not act on the request.
/// - `5xx` (but `501`/`505`), timeouts, connection errors and bodies that
///   break off are retried for the idempotent `GET`, `HEAD`, `OPTIONS`, `PUT`
///   and `DELETE`; for `POST` and `PATCH` only after
///   [`with_retry_non_idempotent(true)`](Self::with_retry_non_idempotent),
///   since Callbell may already have acted (a contact created twice).
/// - Other `4xx` answers are never retried.
///
/// Waits double from [`base_delay`](Self::with_base_delay) up to
/// [`max_delay`](Self::with_max_delay), each a random wait between half and
/// all of its step. A `Retry-After` (seconds or HTTP date, capped at
/// [`MAX_RETRY_AFTER`]) replaces the computed wait. When the next wait would
/// pass [`max_total_delay`](Self::with_max_total_delay), the last answer is
/// returned: no `Retry-After` makes a call wait longer than that budget.
///
/// Setters are `with_*`; getters carry the plain names.
///
/// ```
/// use std::time::Duration;
/// use callbell_runtime::retry::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .with_max_retries(5)
///     .with_base_delay(Duration::from_millis(200))
///     .with_max_total_delay(Duration::from_secs(10));
/// assert_eq!(policy.max_retries(), 5);
/// assert_eq!(policy.base_delay(), Duration::from_millis(200));
/// assert_eq!(policy.max_delay(), Duration::from_secs(10));
/// assert_eq!(policy.max_total_delay(), Duration::from_secs(10));
/// assert!(!policy.retry_non_idempotent());
/// assert_eq!(RetryPolicy::never().max_retries(), 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_total_delay: Duration,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// 3 retries, waits from 500 ms up to 10 s each and 30 s in total,
    /// `POST`/`PATCH` retried on `429` only.
    fn default() -> Self {
        Self {
            max_retries: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(10),
            max_total_delay: Duration::from_secs(30),
            retry_non_idempotent: false,
        }
    }
}

/// What one attempt ended with, for retrying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// An answer with this status.
    Status(StatusCode),
    /// No answer within the timeout.
    Timeout,
    /// The connection failed or broke (body included).
    Connection,
    /// Not worth retrying.
    Other,
}

impl Outcome {
    /// `429`, a `5xx` but `501`/`505`, a timeout or a connection failure.
    pub fn is_transient(self) -> bool {
        match self {
            Self::Status(status) => {
                status == StatusCode::TOO_MANY_REQUESTS
                    || (status.is_server_error()
                        && status != StatusCode::NOT_IMPLEMENTED
                        && status != StatusCode::HTTP_VERSION_NOT_SUPPORTED)
            }
            Self::Timeout | Self::Connection => true,
            Self::Other => false,
        }
    }
}

impl RetryPolicy {
    /// A policy that sends every request once.
    pub fn never() -> Self {
        Self::default().with_max_retries(0)
    }

    /// How many times a request may be sent again after the first attempt
    /// (default 3; 0 turns retries off).
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The first backoff step; each further step doubles it (default 500 ms).
    pub fn with_base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest single computed wait (default 10 s). A `Retry-After`
    /// header may ask for more, within [`with_max_total_delay`](Self::with_max_total_delay).
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The most time one request may spend waiting between attempts,
    /// `Retry-After` included (default 30 s). A call's worst case is this
    /// plus one timeout per attempt (`CallbellBuilder::timeout` in `callbell`).
    pub fn with_max_total_delay(mut self, delay: Duration) -> Self {
        self.max_total_delay = delay;
        self
    }

    /// Also retry `POST` and `PATCH` on `5xx`, timeouts and connection errors
    /// (default `false`; see the type's docs for why).
    pub fn with_retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// How many times a request may be sent again after the first attempt.
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// The first backoff step.
    pub fn base_delay(&self) -> Duration {
        self.base_delay
    }

    /// The longest single computed wait.
    pub fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// The most time one request may spend waiting between attempts.
    pub fn max_total_delay(&self) -> Duration {
        self.max_total_delay
    }

    /// Whether `POST` and `PATCH` are retried on `5xx`, timeouts and connection errors.
    pub fn retry_non_idempotent(&self) -> bool {
        self.retry_non_idempotent
    }

    /// Whether an attempt that ended with `outcome` may be sent again.
    pub fn is_retryable(&self, method: &Method, outcome: Outcome) -> bool {
        outcome == Outcome::Status(StatusCode::TOO_MANY_REQUESTS)
            || (outcome.is_transient() && (is_idempotent(method) || self.retry_non_idempotent))
    }

    /// The wait before retry `retry` (from 0), or `None` when none is left
    /// or the wait would pass the total budget.
    pub fn delay(
        &self,
        retry: u32,
        retry_after: Option<Duration>,
        waited: Duration,
    ) -> Option<Duration> {
        if retry >= self.max_retries {
            return None;
        }
        let delay = retry_after.unwrap_or_else(|| self.backoff(retry));
        let total = waited.checked_add(delay)?;
        (total <= self.max_total_delay).then_some(delay)
    }

    /// A random wait in `[step / 2, step]`, `step = min(max_delay, base_delay * 2^retry)`.
    fn backoff(&self, retry: u32) -> Duration {
        let step = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_delay);
        let half = step / 2;
        let nanos = u64::try_from(half.as_nanos()).unwrap_or(u64::MAX);
        half + Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

/// Methods whose repetition has the effect of a single request (RFC 9110 §9.2.2).
fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE
    )
}

/// The longest wait a `Retry-After` header is read as (one day); larger
/// values are capped, so none overflows a caller's `Instant + Duration`.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// The wait `Retry-After` asks for (seconds or HTTP date), capped at
/// [`MAX_RETRY_AFTER`]; `None` when absent or malformed.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    retry_after_at(value, std::time::SystemTime::now())
}

/// [`retry_after`] for a header `value` read at `now`.
fn retry_after_at(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let wait = if value.bytes().all(|b| b.is_ascii_digit()) && !value.is_empty() {
        // Digits only: too many of them for a u64 is "very long", not malformed.
        value
            .parse::<u64>()
            .map_or(MAX_RETRY_AFTER, Duration::from_secs)
    } else {
        let date = httpdate::parse_http_date(value).ok()?;
        date.duration_since(now).unwrap_or(Duration::ZERO)
    };
    Some(wait.min(MAX_RETRY_AFTER))
}

#[cfg(test)]
#[path = "../tests/unit/retry.rs"]
mod tests;
