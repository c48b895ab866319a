//! Reading an answer before the generated code sees it: whole, inside the
//! retry loop (so a body that breaks off is retried), up to the client's
//! [limit](crate::CallbellBuilder::max_answer_bytes); then the token is
//! scrubbed ([`callbell_runtime::redact`]) and error bodies made readable
//! ([`crate::error::body`]). Status, version, headers, URL and extensions are kept.

use std::fmt;

use bytes::{Bytes, BytesMut};
use reqwest::header::{CONTENT_LENGTH, HeaderValue, TRANSFER_ENCODING};
use reqwest::{Response, ResponseBuilderExt};

use crate::error::body as error_body;
use callbell_runtime::redact::Scrubber;

/// The default largest answer body a client reads: 32 MiB (a page of
/// contacts is a few hundred kilobytes). See
/// [`CallbellBuilder::max_answer_bytes`](crate::CallbellBuilder::max_answer_bytes).
pub const DEFAULT_MAX_ANSWER_BYTES: u64 = 32 * 1024 * 1024;

/// An answer body over the limit; becomes [`Error::AnswerTooLarge`](crate::Error::AnswerTooLarge).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TooLarge {
    pub(crate) limit: u64,
    /// The `Content-Length`, if announced.
    pub(crate) announced: Option<u64>,
}

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = self.limit;
        let what = match self.announced {
            Some(n) => format!("announces {n} bytes, more than the limit of {limit} bytes"),
            None => format!("grew past the limit of {limit} bytes and was cut"),
        };
        write!(f, "the answer {what}")
    }
}

impl std::error::Error for TooLarge {}

/// An answer read whole.
pub(crate) struct Received {
    pub(crate) status: reqwest::StatusCode,
    version: reqwest::Version,
    url: reqwest::Url,
    extensions: http::Extensions,
    pub(crate) headers: reqwest::header::HeaderMap,
    body: Bytes,
    /// Set when the body was over the limit (`body` is empty).
    pub(crate) too_large: Option<TooLarge>,
}

impl Received {
    /// Reads `response` to its end, or up to `limit` bytes.
    pub(crate) async fn read(mut response: Response, limit: u64) -> reqwest::Result<Self> {
        let mut received = Self {
            status: response.status(),
            version: response.version(),
            url: response.url().clone(),
            extensions: std::mem::take(response.extensions_mut()),
            headers: std::mem::take(response.headers_mut()),
            body: Bytes::new(),
            too_large: None,
        };
        let announced = response.content_length().filter(|&length| length > limit);
        // A body that comes in one chunk is kept as is; more are joined as they come.
        let (mut first, mut joined, mut total) = (Bytes::new(), BytesMut::new(), 0u64);
        while announced.is_none() && total <= limit {
            let Some(chunk) = response.chunk().await? else {
                break;
            };
            total = total.saturating_add(chunk.len() as u64);
            if first.is_empty() && joined.is_empty() {
                first = chunk;
            } else {
                joined.extend_from_slice(&std::mem::take(&mut first));
                joined.extend_from_slice(&chunk);
            }
        }
        if announced.is_some() || total > limit {
            received.too_large = Some(TooLarge { limit, announced });
            return Ok(received);
        }
        received.body = if joined.is_empty() {
            first
        } else {
            joined.freeze()
        };
        Ok(received)
    }
}

/// The answer for the generated code, scrubbed of the token. An answer over
/// the limit keeps status and headers; its body fails to read with
/// [`TooLarge`], which [`too_large_in`] finds whichever path the error takes.
pub(crate) fn prepare(received: Received, scrubber: Option<&Scrubber>) -> Response {
    let (mut headers, mut body) = (received.headers, received.body);
    if let Some(scrubber) = scrubber {
        scrubber.headers(&mut headers);
    }
    let body = if let Some(too_large) = received.too_large {
        headers.remove(TRANSFER_ENCODING);
        headers.remove(CONTENT_LENGTH);
        reqwest::Body::wrap(Unreadable(Some(too_large)))
    } else {
        let original = body.clone();
        if let Some(clean) = scrubber.and_then(|scrubber| scrubber.body(&body)) {
            body = clean;
        }
        if received.status.is_client_error() || received.status.is_server_error() {
            body = error_body::readable(body, &mut headers);
        }
        // A rewritten body is a new buffer.
        if body.as_ptr() != original.as_ptr() {
            headers.remove(TRANSFER_ENCODING);
            headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
        }
        reqwest::Body::from(body)
    };
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = received.status;
    *rebuilt.version_mut() = received.version;
    *rebuilt.headers_mut() = headers;
    *rebuilt.extensions_mut() = received.extensions;
    // reqwest keeps a response's URL in an extension only its builder can set.
    let mut with_url = http::response::Builder::new().url(received.url);
    if let Some(url) = with_url.extensions_mut() {
        rebuilt.extensions_mut().extend(std::mem::take(url));
    }
    rebuilt.into()
}

/// A body whose first read fails with the [`TooLarge`] it holds.
struct Unreadable(Option<TooLarge>);

impl http_body::Body for Unreadable {
    type Data = Bytes;
    type Error = TooLarge;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, TooLarge>>> {
        std::task::Poll::Ready(self.0.take().map(Err))
    }
}

/// The [`TooLarge`] somewhere in `error`'s source chain, if any.
pub(crate) fn too_large_in(error: &(dyn std::error::Error + 'static)) -> Option<TooLarge> {
    std::iter::successors(Some(error), |e| e.source()).find_map(|e| e.downcast_ref().copied())
}
