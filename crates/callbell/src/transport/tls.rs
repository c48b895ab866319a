//! The TLS crypto provider. With the `rustls` feature, reqwest is built
//! without a provider of its own (`rustls-no-provider`), and the client
//! installs rustls' ring provider as the process default before it builds an
//! HTTP client. An application that installed another provider first keeps
//! it. Without the feature (`native-tls`, or `rustls-aws-lc` alone) this does
//! nothing.

/// Makes ring the process-wide rustls crypto provider, unless one is set.
///
/// `Callbell` calls it before it builds an HTTP client. Call it yourself
/// before building a `reqwest::Client` of your own for
/// [`CallbellBuilder::http_client`](crate::CallbellBuilder::http_client):
/// with the default `rustls` feature, reqwest has no provider of its own and
/// panics without one. Idempotent and cheap; does nothing without the
/// `rustls` feature.
pub fn install_crypto_provider() {
    #[cfg(feature = "rustls")]
    {
        static INSTALL: std::sync::Once = std::sync::Once::new();
        INSTALL.call_once(|| {
            // An error means a provider is already installed: that one stays.
            let _ = rustls::crypto::ring::default_provider().install_default();
        });
    }
}

#[cfg(all(test, feature = "rustls"))]
mod tests {
    use super::*;

    #[test]
    fn a_provider_is_installed_and_an_https_client_builds() {
        install_crypto_provider();
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
        reqwest::Client::builder()
            .build()
            .expect("reqwest finds the installed provider");
    }
}
