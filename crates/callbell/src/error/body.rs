//! Error answers whose body is not Callbell's JSON error body (an HTML page
//! from a proxy, plain text, nothing): the generated code would report a
//! payload error that lost the status, so such a body becomes
//! `{"message": "<excerpt>"}` (`{}` when blank).

use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};

use crate::error::excerpt;
use crate::types::ApiError;

/// An error answer's `body` as one that reads as [`ApiError`]; sets
/// `Content-Type` in `headers` when it stands in for the original.
pub(crate) fn readable(body: Bytes, headers: &mut HeaderMap) -> Bytes {
    if serde_json::from_slice::<ApiError>(&body).is_ok() {
        return body;
    }
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    // Serializing strings cannot fail; `{}` keeps the status readable regardless.
    serde_json::to_vec(&stand_in(&body))
        .unwrap_or_else(|_| b"{}".to_vec())
        .into()
}

/// An [`ApiError`] whose message is an excerpt of `body` (none when blank).
pub(crate) fn stand_in(body: &[u8]) -> ApiError {
    ApiError {
        message: (!body.trim_ascii().is_empty()).then(|| Some(excerpt(body))),
        ..ApiError::default()
    }
}

#[cfg(test)]
#[path = "../../tests/unit/error_body.rs"]
mod tests;
