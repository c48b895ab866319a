//! Unit tests of `src/transport/tls.rs`, compiled as its `tests` module.

use super::*;

#[test]
fn a_provider_is_installed_and_an_https_client_builds() {
    install_crypto_provider();
    assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    reqwest::Client::builder()
        .build()
        .expect("reqwest finds the installed provider");
}
