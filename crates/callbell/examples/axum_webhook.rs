//! Receives Callbell's contact webhooks in an axum app and prints each
//! contact event as one JSON line (cargo feature `axum`).
//!
//! ```sh
//! CALLBELL_WEBHOOK_PATH=/callbell/$(openssl rand -hex 16) \
//!     cargo run -p callbell --features axum --example axum_webhook -- 8080
//! ```
//!
//! The [`Webhook`] extractor answers connection checks (`200
//! {"status":"ok"}`) and malformed bodies (`400`) itself; the handler only
//! sees contact events. Callbell does not sign deliveries: register an
//! `https://` URL (a tunnel or proxy terminating TLS in front of this port)
//! whose path is the secret `CALLBELL_WEBHOOK_PATH`. Every other path is a `404`.
//! In production, put the app behind a proxy that times out slow clients
//! and caps connections (`axum::serve` does neither).

use axum::Router;
use axum::routing::post;
use callbell::webhook::axum::Webhook;
use callbell::webhook::{Answer, WebhookEvent};

/// The app: `path` receives webhooks; `on_event` gets each contact event.
pub fn app<F>(path: &str, on_event: F) -> Router
where
    F: Fn(WebhookEvent) + Clone + Send + Sync + 'static,
{
    let receive = move |Webhook(event): Webhook| async move {
        on_event(event);
        Answer::ok()
    };
    Router::new().route(path, post(receive.clone()).get(receive))
}

/// The line printed for an event: `{"event": <name>, "payload": <contact or deletion>}`.
pub fn event_line(event: &WebhookEvent) -> String {
    serde_json::json!({"event": event.name(), "payload": event.payload_json()}).to_string()
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = match std::env::args().nth(1) {
        None => 0,
        Some(port) => port.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "usage: axum_webhook [PORT]",
            )
        })?,
    };
    let path = std::env::var("CALLBELL_WEBHOOK_PATH").unwrap_or_else(|_| {
        eprintln!("CALLBELL_WEBHOOK_PATH is not set: using /callbell, which is not secret");
        "/callbell".to_owned()
    });
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    eprintln!("listening on http://{}", listener.local_addr()?);
    let app = app(&path, |event| println!("{}", event_line(&event)));
    axum::serve(listener, app).await
}
