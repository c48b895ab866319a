//! Unit tests of `src/redact.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

const SECRET: &str = "s3cret-token";

/// `body` scrubbed of `secret`, as the client's answer hook does it.
fn body(body: Bytes, secret: &str) -> Bytes {
    match Scrubber::new(secret) {
        Some(scrubber) => scrubber.body(&body).unwrap_or(body),
        None => body,
    }
}

#[test]
fn every_occurrence_is_replaced() {
    let out = body(
        Bytes::from_static(b"Bearer s3cret-token, again s3cret-tokens3cret-token."),
        SECRET,
    );
    assert_eq!(&out[..], b"Bearer ***, again ******.");
}

#[test]
fn a_body_without_the_token_is_not_copied() {
    let original = Bytes::from_static(b"{\"contacts\": []}");
    assert!(Scrubber::new(SECRET).unwrap().body(&original).is_none());
}

#[test]
fn json_escaped_forms_are_replaced() {
    let secret = r#"ab"c\d/e-long"#;
    let json = serde_json::json!({"echo": format!("Bearer {secret}")}).to_string();
    let out = body(json.into(), secret);
    assert_eq!(&out[..], br#"{"echo":"Bearer ***"}"#);
    let slashed = Bytes::from_static(br#"{"echo":"ab\"c\\d\/e-long"}"#);
    assert_eq!(&body(slashed, secret)[..], br#"{"echo":"***"}"#);
}

#[test]
fn escaped_forms_in_string_literals_are_replaced() {
    let escaped = Bytes::from_static(
        br#"{"message":"bad token Bearer \u0073\u0033cret-tok\u0065n", "ok": "\u00e9"}"#,
    );
    let out = body(escaped, SECRET);
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(value["message"], "bad token Bearer ***");
    assert_eq!(value["ok"], "\u{e9}");
    // Not valid JSON as a whole: the literals are scrubbed all the same.
    let broken = Bytes::from_static(br#"{"a": "s3cret\u002dtoken"} trailing "\"#);
    let out = body(broken, SECRET);
    assert_eq!(&out[..], br#"{"a": "***"} trailing "\"#);
}

#[test]
fn decoded_text_is_scrubbed() {
    let mut message = "echo: s3cret-token!".to_owned();
    text(&mut message, SECRET);
    assert_eq!(message, "echo: ***!");
    let mut short = "t t".to_owned();
    text(&mut short, "t");
    assert_eq!(short, "t t");
}

#[test]
fn header_values_are_scrubbed() {
    let mut map = HeaderMap::new();
    map.insert("x-echo", HeaderValue::from_static("Bearer s3cret-token"));
    map.insert("retry-after", HeaderValue::from_static("3"));
    Scrubber::new(SECRET).unwrap().headers(&mut map);
    assert_eq!(map["x-echo"], "Bearer ***");
    assert_eq!(map["retry-after"], "3");
}

#[test]
fn short_tokens_are_left_alone() {
    let text = Bytes::from_static(b"the tag is t");
    assert!(Scrubber::new("t").is_none() && Scrubber::new("").is_none());
    assert!(Scrubber::new("1234567").is_none() && Scrubber::new("12345678").is_some());
    assert_eq!(body(text.clone(), "t"), text);
}
