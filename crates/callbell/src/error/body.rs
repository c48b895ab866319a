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
mod tests {
    use super::*;

    /// Runs `readable` on `body`; returns the headers and parsed body it hands on.
    fn rebuilt(body: &'static str) -> (HeaderMap, ApiError) {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("3"));
        let body = readable(Bytes::from_static(body.as_bytes()), &mut headers);
        (headers, serde_json::from_slice(&body).unwrap())
    }

    #[test]
    fn json_error_bodies_pass_unchanged() {
        let original = Bytes::from_static(br#"{"error":"invalid api token"}"#);
        let mut headers = HeaderMap::new();
        assert_eq!(readable(original.clone(), &mut headers), original);
        assert!(headers.is_empty());
        let (_, body) = rebuilt(r#"{"error":"invalid api token"}"#);
        assert_eq!(body.error, Some(Some("invalid api token".into())));
    }

    #[test]
    fn other_bodies_become_an_excerpt() {
        let (headers, body) = rebuilt("<html>\n<h1>Bad gateway</h1></html>");
        assert_eq!(
            body.message.flatten().as_deref(),
            Some("<html> <h1>Bad gateway</h1></html>")
        );
        assert_eq!(headers[CONTENT_TYPE], "application/json");
        assert_eq!(headers["retry-after"], "3");
        let (_, body) = rebuilt(" \n");
        assert_eq!(body, ApiError::default());
    }
}
