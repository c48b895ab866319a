//! The generated client's hooks: what every request goes through.
//!
//! progenitor calls [`ClientHooks::pre`] on each built request and
//! [`ClientHooks::exec`] to send it. Here `pre` sets the bearer token,
//! removes the `api-version` header progenitor adds (Callbell does not
//! document it) and writes commas in the query string as `,` rather than
//! `%2C` (Callbell documents `tags=sales,lead`; both decode the same);
//! `exec` sends the request, retries it as the client's
//! [`RetryPolicy`] allows, records a `tracing` span per attempt, then reads
//! the answer whole (up to the client's size limit), scrubs the token out of
//! its headers and body, and makes error answers readable (see
//! [`crate::transport::answer`]). It also records the operation and the
//! number of attempts for the error a [`Callbell`](crate::Callbell) call returns.
//!
//! Spans name the path by its template (`/contacts/phone/{phone_number}`),
//! never the concrete path: phone numbers and BSUIDs are personal data.

use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use tracing::field::Empty;
use tracing::Instrument;

use crate::error::operation::{self, Operation};
use crate::generated::tables::OPERATIONS;
use crate::generated::Client;
use crate::transport::answer::{self, Received, DEFAULT_MAX_ANSWER_BYTES};
use crate::transport::auth::ApiToken;
use crate::transport::retry::{retry_after, Outcome, RetryPolicy};

/// Per-client state the hooks need, carried inside the generated [`Client`]:
/// the token, the [`RetryPolicy`] and the largest answer body to read.
///
/// Every answer is read whole before the generated code sees it, at most
/// [`max_answer_bytes`](Self::with_max_answer_bytes) of it (default
/// [`DEFAULT_MAX_ANSWER_BYTES`], 32 MiB; a larger body is an
/// [`Error::AnswerTooLarge`](crate::Error::AnswerTooLarge)), and the token is
/// replaced by `***` wherever it appears in the answer's headers or body (as
/// is, JSON-escaped, or inside a JSON string under any mix of `\u` escapes),
/// so neither [`Error`](crate::Error) nor the raw client's
/// [`RawError`](crate::RawError) can carry it, whichever path an error takes.
/// (A token shorter than 8 characters, which no real API key is, is left
/// alone, so as not to mangle ordinary text.)
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

/// The header progenitor adds to every request; Callbell does not document it.
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
        let method = request.method().clone();
        let (received, attempts) = send_with_retries(http, inner, request, info.operation_id).await;
        operation::record(Operation {
            id: info.operation_id,
            method,
            path: path_template(info.operation_id),
            attempts,
        });
        Ok(answer::prepare(
            received?,
            inner.token.as_ref().map(ApiToken::expose),
        ))
    }
}

/// The path template of `operation` (relative to the base URL, e.g.
/// `/contacts/{uuid}`), from the spec's operation table; `?` for a name the
/// spec does not have, which a test rules out for the generated client.
fn path_template(operation: &str) -> &'static str {
    OPERATIONS
        .iter()
        .find(|op| op.id == operation)
        .map_or("?", |op| op.path)
}

/// Sends `request` and reads the answer whole (up to the size limit), and
/// does it again while the retry policy allows (a body that breaks off counts
/// as a connection failure; a body over the limit is never retried).
/// Returns the last attempt's result and the number of attempts.
///
/// Each attempt runs in a `DEBUG` span `callbell.request` with the fields
/// `operation`, `method`, `path` (the path template, e.g.
/// `/contacts/phone/{phone_number}`: no identifier, no query string),
/// `attempt` (from 1) and, once known, `status` or `error`; a retry is a
/// `DEBUG` event `retrying` with `delay_ms`. No header or body is recorded.
async fn send_with_retries(
    http: &reqwest::Client,
    inner: &Inner,
    request: reqwest::Request,
    operation: &'static str,
) -> (reqwest::Result<Received>, u32) {
    let policy = &inner.retry;
    let limit = inner.max_answer_bytes;
    let method = request.method().clone();
    let path = path_template(operation);
    let mut waited = Duration::ZERO;
    let mut retry = 0;
    let mut request = request;
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
                span.record("status", response.status().as_u16());
                if response.too_large().is_some() {
                    span.record("error", "too_large");
                    Outcome::Other
                } else {
                    Outcome::Status(response.status())
                }
            }
            Err(e) => {
                let outcome = Outcome::of_error(e);
                span.record("error", format!("{outcome:?}").to_lowercase());
                outcome
            }
        };
        let asked = result
            .as_ref()
            .ok()
            .and_then(|response| retry_after(response.headers()));
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

#[cfg(test)]
#[path = "../../tests/unit/transport_hooks.rs"]
mod tests;
