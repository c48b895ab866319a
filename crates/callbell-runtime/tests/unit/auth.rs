//! Unit tests of `src/auth.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

#[test]
fn header_is_bearer_and_sensitive() {
    let value = ApiToken::new("abc").header_value().unwrap();
    assert_eq!(value.to_str().unwrap(), "Bearer abc");
    assert!(value.is_sensitive());
}

#[test]
fn newline_in_token_is_refused() {
    assert_eq!(ApiToken::new("a\nb").header_value(), Err(InvalidToken));
}
