//! The rustls crypto provider (reqwest is built with `rustls-no-provider`).

/// Makes ring the process-wide rustls crypto provider, unless one is set.
///
/// `Callbell` calls it itself. Call it before building a `reqwest::Client`
/// for [`CallbellBuilder::http_client`](crate::CallbellBuilder::http_client):
/// with the default `rustls` feature reqwest has no provider and panics
/// without one. Idempotent; does nothing without the `rustls` feature
/// (`native-tls`, `rustls-aws-lc`).
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
#[path = "../../tests/unit/transport_tls.rs"]
mod tests;
