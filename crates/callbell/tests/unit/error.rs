//! Unit tests of `src/error/mod.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

#[test]
fn excerpt_is_short_and_collapses_whitespace() {
    assert_eq!(
        excerpt(b"  <html>\n\n  <body>oops</body> "),
        "<html> <body>oops</body>"
    );
    let long = "é".repeat(1000);
    let cut = excerpt(long.as_bytes());
    assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
    assert!(cut.ends_with('…'));
    assert_eq!(excerpt(&[0xff, b'a']), "\u{fffd}a");
    assert_eq!(excerpt(b""), "");
}

#[test]
fn api_message_prefers_message_then_error_then_reason() {
    let body = |message: Option<&str>, error: Option<&str>| ApiError {
        message: message.map(|m| Some(m.into())),
        error: error.map(|e| Some(e.into())),
        errors: None,
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    let text = |b| Error::api(status, b, None).to_string();
    assert_eq!(
        text(body(Some("m"), Some("e"))),
        "422 Unprocessable Entity: m"
    );
    assert_eq!(text(body(None, Some("e"))), "422 Unprocessable Entity: e");
    assert_eq!(
        text(body(Some(" "), None)),
        "422 Unprocessable Entity: Unprocessable Entity"
    );
}

#[test]
fn retryable_errors() {
    let api = |code| Error::Api {
        status: StatusCode::from_u16(code).unwrap(),
        message: String::new(),
        details: None,
        retry_after: None,
        operation: None,
    };
    assert!(api(429).is_retryable());
    assert!(api(503).is_retryable());
    assert!(!api(501).is_retryable());
    assert!(!api(404).is_retryable());
    assert!(!Error::Config("x".into()).is_retryable());
    assert_eq!(Error::Config("x".into()).status(), None);
}
