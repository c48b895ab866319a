//! Error answers whose body is not Callbell's JSON error body.
//!
//! The generated code reads the body of a `401`, `404`, `422`, `429` or `5xx`
//! answer as [`ApiError`]; when that fails (an HTML page from a proxy, plain
//! text, an empty body) it reports a payload error that has lost the status.
//! The hooks therefore hand the generated code every error answer with a body
//! it can read: a body that already is an [`ApiError`] is passed on
//! unchanged, any other becomes `{"message": "<excerpt of the body>"}`
//! (`{}` for an empty body). Status and headers are kept.

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE};

use crate::error::excerpt;
use crate::types::ApiError;

/// An error answer's `body` as one that reads as [`ApiError`]; sets
/// `Content-Type` in `headers` when it stands in for the original.
pub(crate) fn readable(body: Bytes, headers: &mut HeaderMap) -> Bytes {
    if serde_json::from_slice::<ApiError>(&body).is_ok() {
        return body;
    }
    let stand_in = ApiError {
        message: (!body.trim_ascii().is_empty()).then(|| Some(excerpt(&body))),
        ..ApiError::default()
    };
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    // Serializing strings cannot fail; `{}` keeps the status readable regardless.
    serde_json::to_vec(&stand_in)
        .unwrap_or_else(|_| b"{}".to_vec())
        .into()
}

#[cfg(test)]
#[path = "../../tests/unit/error_body.rs"]
mod tests;
