//! The answer the generated code reads: its body read whole, the API token
//! scrubbed from body and headers ([`crate::transport::redact`]), and error bodies made
//! readable as `ApiError` ([`crate::error::body`]). Status, version, headers,
//! URL and extensions are kept.

use reqwest::header::{HeaderValue, CONTENT_LENGTH, TRANSFER_ENCODING};
use reqwest::{Response, ResponseBuilderExt};

use crate::error::body as error_body;
use crate::transport::redact;

/// An answer read whole: everything the generated code will look at.
pub(crate) struct Received {
    status: reqwest::StatusCode,
    version: reqwest::Version,
    url: reqwest::Url,
    extensions: http::Extensions,
    headers: reqwest::header::HeaderMap,
    body: bytes::Bytes,
}

impl Received {
    /// Reads `response` to its end. A body that breaks off (truncated, reset)
    /// is an error here, inside the retry loop, so it can be retried.
    pub(crate) async fn read(mut response: Response) -> reqwest::Result<Self> {
        let status = response.status();
        let version = response.version();
        let url = response.url().clone();
        let extensions = std::mem::take(response.extensions_mut());
        let headers = std::mem::take(response.headers_mut());
        let body = response.bytes().await?;
        Ok(Self {
            status,
            version,
            url,
            extensions,
            headers,
            body,
        })
    }

    /// The answer's status.
    pub(crate) fn status(&self) -> reqwest::StatusCode {
        self.status
    }

    /// The answer's headers.
    pub(crate) fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }
}

/// The answer, prepared for the generated code. `secret` is the token.
pub(crate) fn prepare(received: Received, secret: Option<&str>) -> Response {
    let Received {
        status,
        version,
        url,
        extensions,
        mut headers,
        body: original,
    } = received;
    let mut body = original.clone();
    if let Some(secret) = secret {
        body = redact::body(body, secret);
        redact::headers(&mut headers, secret);
    }
    if status.is_client_error() || status.is_server_error() {
        body = error_body::readable(body, &mut headers);
    }
    if body != original {
        headers.remove(TRANSFER_ENCODING);
        headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    *rebuilt.extensions_mut() = extensions;
    // reqwest keeps a response's URL in an extension only its builder can set.
    if let Some(url) = http::response::Builder::new().url(url).extensions_mut() {
        rebuilt.extensions_mut().extend(std::mem::take(url));
    }
    rebuilt.into()
}
