//! The answer the generated code reads: its body read whole, the API token
//! scrubbed from body and headers ([`crate::redact`]), and error bodies made
//! readable as `ApiError` ([`crate::error_body`]). Status, version, headers,
//! URL and extensions are kept.

use reqwest::header::{HeaderValue, CONTENT_LENGTH, TRANSFER_ENCODING};
use reqwest::{Response, ResponseBuilderExt};

use crate::{error_body, redact};

/// `response`, prepared for the generated code. `secret` is the token.
pub(crate) async fn prepare(
    mut response: Response,
    secret: Option<&str>,
) -> reqwest::Result<Response> {
    let status = response.status();
    let version = response.version();
    let url = response.url().clone();
    let extensions = std::mem::take(response.extensions_mut());
    let mut headers = std::mem::take(response.headers_mut());
    let original = response.bytes().await?;
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
    Ok(rebuilt.into())
}
