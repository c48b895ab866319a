//! The generated client built by hand gets its TLS crypto provider without
//! any set-up by the application (its own process: no other test installed
//! one before).

#[test]
fn a_raw_client_builds_without_installing_a_provider() {
    let client = callbell::Client::new(
        "https://api.callbell.eu/v1",
        callbell::Inner::new(callbell::ApiToken::new("a-token")),
    );
    assert!(format!("{client:?}").contains("https://api.callbell.eu/v1"));
}
