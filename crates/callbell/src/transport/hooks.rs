//! progenitor's [`ClientHooks`] for the generated client: what every request
//! goes through.
//!
//! `pre` sets the bearer token, drops the undocumented `api-version` header
//! and writes query commas as `,` (Callbell documents `tags=sales,lead`).
//! `exec` sends with [`RetryPolicy`], traces each attempt, reads the answer
//! ([`crate::transport::answer`]) and records the [`Operation`] for the
//! error a [`Callbell`](crate::Callbell) call returns.

use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use tracing::Instrument;
use tracing::field::Empty;

use crate::error::operation::{self, Operation};
use crate::generated::Client;
use crate::generated::tables::OPERATIONS;
use crate::transport::answer::{self, DEFAULT_MAX_ANSWER_BYTES, Received};
use callbell_runtime::auth::ApiToken;
use callbell_runtime::retry::{Outcome, RetryPolicy, retry_after};

/// Per-client state carried inside the generated [`Client`]: the token, the
/// [`RetryPolicy`] and the answer size limit.
///
/// Every answer is read whole, at most
/// [`max_answer_bytes`](Self::with_max_answer_bytes) of it (else
/// [`Error::AnswerTooLarge`](crate::Error::AnswerTooLarge)), and the token is
/// scrubbed from its headers and body in any JSON encoding, so neither
/// [`Error`](crate::Error) nor [`RawError`](crate::RawError) can carry it
/// (see the [crate docs' limits](crate#limits)).
#[derive(Clone, Debug)]
pub struct Inner {
    pub(crate) token: Option<ApiToken>,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_answer_bytes: u64,
}

impl Default for Inner {
    fn default() -> Self {
        Self {
            token: None,
            retry: RetryPolicy::default(),
            max_answer_bytes: DEFAULT_MAX_ANSWER_BYTES,
        }
    }
}

impl Inner {
    /// State for a client that authenticates with `token`, retries with the
    /// default [`RetryPolicy`] and reads answers up to [`DEFAULT_MAX_ANSWER_BYTES`].
    pub fn new(token: ApiToken) -> Self {
        // Before the generated `Client::new` builds its HTTP client.
        crate::transport::tls::install_crypto_provider();
        Self {
            token: Some(token),
            ..Self::default()
        }
    }

    /// The same state with another retry policy.
    pub fn with_retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The same state with another limit on answer bodies, in bytes.
    pub fn with_max_answer_bytes(mut self, limit: u64) -> Self {
        self.max_answer_bytes = limit;
        self
    }
}

/// Added by progenitor; not documented by Callbell.
const UNDOCUMENTED_VERSION_HEADER: &str = "api-version";
/// How the query serializer writes a comma.
const ENCODED_COMMA: &str = "%2C";

impl ClientHooks<Inner> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let url = request.url_mut();
        if let Some(query) = url.query().filter(|q| q.contains(ENCODED_COMMA)) {
            let query = query.replace(ENCODED_COMMA, ",");
            url.set_query(Some(&query));
        }
        let headers = request.headers_mut();
        headers.remove(UNDOCUMENTED_VERSION_HEADER);
        if let Some(token) = &ClientInfo::inner(self).token {
            let value = token
                .header_value()
                .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
            headers.insert(reqwest::header::AUTHORIZATION, value);
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let http = ClientInfo::client(self);
        let inner = ClientInfo::inner(self);
        let (id, method) = (info.operation_id, request.method().clone());
        let path = path_template(id);
        let (received, attempts) = send_with_retries(http, inner, request, id, path).await;
        operation::record(Operation {
            id,
            method,
            path,
            attempts,
        });
        let scrubber = inner.token.as_ref().and_then(ApiToken::scrubber);
        Ok(answer::prepare(received?, scrubber))
    }
}

/// The path template of `operation`, e.g. `/contacts/{uuid}` (`?` if unknown).
fn path_template(operation: &str) -> &'static str {
    OPERATIONS
        .iter()
        .find(|op| op.id == operation)
        .map_or("?", |op| op.path)
}

/// Sends and reads `request` until the retry policy stops; returns the last
/// result and the number of attempts.
///
/// Each attempt is a `DEBUG` span `callbell.request` with `operation`,
/// `method`, `path` (the template: phone numbers are personal data),
/// `attempt` and then `status` or `error`; a retry is a `DEBUG` event
/// `retrying` with `delay_ms`. No header, body or concrete path is recorded.
async fn send_with_retries(
    http: &reqwest::Client,
    inner: &Inner,
    mut request: reqwest::Request,
    operation: &'static str,
    path: &'static str,
) -> (reqwest::Result<Received>, u32) {
    let policy = &inner.retry;
    let limit = inner.max_answer_bytes;
    let method = request.method().clone();
    let mut waited = Duration::ZERO;
    let mut retry = 0;
    loop {
        // A request with a streaming body cannot be copied: it is sent once.
        let spare = request.try_clone();
        let span = tracing::debug_span!(
            "callbell.request",
            operation,
            method = %method,
            path,
            attempt = retry + 1,
            status = Empty,
            error = Empty,
        );
        let attempt = async {
            let response = http.execute(request).await?;
            Received::read(response, limit).await
        };
        let result = attempt.instrument(span.clone()).await;
        let outcome = match &result {
            Ok(response) => {
                span.record("status", response.status.as_u16());
                if response.too_large.is_some() {
                    span.record("error", "too_large");
                    Outcome::Other
                } else {
                    Outcome::Status(response.status)
                }
            }
            Err(e) => {
                let outcome = outcome_of(e);
                span.record("error", format!("{outcome:?}").to_lowercase());
                outcome
            }
        };
        let asked = result
            .as_ref()
            .ok()
            .and_then(|response| retry_after(&response.headers));
        let next = spare
            .filter(|_| policy.is_retryable(&method, outcome))
            .and_then(|spare| Some((spare, policy.delay(retry, asked, waited)?)));
        let Some((spare, delay)) = next else {
            return (result, retry.saturating_add(1));
        };
        let delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        span.in_scope(|| tracing::debug!(delay_ms, "retrying"));
        drop(result);
        tokio::time::sleep(delay).await;
        waited = waited.saturating_add(delay);
        retry += 1;
        request = spare;
    }
}

/// The [`Outcome`] of a failed send or body read.
pub(crate) fn outcome_of(e: &reqwest::Error) -> Outcome {
    // A body error anywhere in the chain: the body broke off after the status.
    let source: &(dyn std::error::Error + 'static) = e;
    let broken_body = std::iter::successors(Some(source), |e| e.source())
        .any(|e| e.downcast_ref().is_some_and(reqwest::Error::is_body));
    if e.is_timeout() {
        Outcome::Timeout
    } else if e.is_connect() || e.is_request() || broken_body {
        Outcome::Connection
    } else {
        Outcome::Other
    }
}

#[cfg(test)]
#[path = "../../tests/unit/transport_hooks.rs"]
mod tests;
