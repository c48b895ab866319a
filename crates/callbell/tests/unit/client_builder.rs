//! Unit tests of `src/client/builder.rs` (private items included), compiled as its
//! `tests` module.

use super::*;
use crate::DEFAULT_MAX_ANSWER_BYTES;
use std::env::VarError;

fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Result<String, VarError> + 'a {
    move |name| {
        vars.iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
            .ok_or(VarError::NotPresent)
    }
}

#[test]
fn environment_gives_token_and_base_url() {
    let client = CallbellBuilder::from_lookup(env(&[
        (TOKEN_ENV, "tok"),
        (BASE_URL_ENV, "http://127.0.0.1:9/v1/"),
    ]))
    .build()
    .unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:9/v1");
    let client = CallbellBuilder::from_lookup(env(&[(TOKEN_ENV, "tok")]))
        .build()
        .unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);
}

#[test]
fn empty_base_url_variable_counts_as_unset() {
    for empty in ["", " \t"] {
        let client =
            CallbellBuilder::from_lookup(env(&[(TOKEN_ENV, "tok"), (BASE_URL_ENV, empty)]))
                .build()
                .unwrap();
        assert_eq!(client.base_url(), DEFAULT_BASE_URL, "{empty:?}");
    }
}

#[test]
fn missing_token_names_the_variable() {
    let err = CallbellBuilder::from_lookup(env(&[])).build().unwrap_err();
    assert!(matches!(err, Error::Config(_)));
    assert_eq!(
        err.to_string(),
        "invalid configuration: no API token: set CALLBELL_API_TOKEN or call `.token(..)` on the builder"
    );
}

#[test]
fn non_utf8_variable_is_reported() {
    let lookup = |name: &str| match name {
        TOKEN_ENV => Err(VarError::NotUnicode("\u{fffd}".into())),
        _ => Err(VarError::NotPresent),
    };
    let err = CallbellBuilder::from_lookup(lookup).build().unwrap_err();
    assert!(
        err.to_string()
            .contains("CALLBELL_API_TOKEN is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn max_answer_bytes_and_http_client_reach_the_client() {
    use progenitor_client::ClientInfo as _;
    let client = Callbell::builder().token("t").build().unwrap();
    assert_eq!(
        client.raw().inner().max_answer_bytes,
        DEFAULT_MAX_ANSWER_BYTES
    );
    let client = Callbell::builder()
        .token("t")
        .max_answer_bytes(1024)
        .http_client(reqwest::Client::new())
        // Not used with a given client, so not refused either.
        .user_agent("a\nb")
        .build()
        .unwrap();
    assert_eq!(client.raw().inner().max_answer_bytes, 1024);
}
