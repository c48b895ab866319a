//! Unit tests of `src/error/body.rs` (private items included), compiled as its
//! `tests` module.

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
