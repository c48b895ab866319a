//! Each attempt is traced with its method, path, attempt number and status;
//! never the token, never a body.

use std::io::Write;
use std::sync::{Arc, Mutex};

use serde_json::json;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::fmt::MakeWriter;
use wiremock::matchers::path;
use wiremock::{Mock, ResponseTemplate};

use crate::stand_in::{client, contact, server, TOKEN};

/// Collects what the subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

// A current-thread runtime: the client's futures run on this thread, where
// the subscriber below is the default.
#[tokio::test(flavor = "current_thread")]
async fn every_attempt_gets_a_span_without_secrets_or_bodies() {
    let server = server().await;
    Mock::given(path("/v1/contacts/c0ffee"))
        .respond_with(
            ResponseTemplate::new(503).set_body_json(json!({"error": "Error Body Marker"})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/contacts/c0ffee"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"contact": contact("c0ffee", "Body Marker Name")})),
        )
        .mount(&server)
        .await;

    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);

    let contact = client(&server).contacts().get("c0ffee").await.unwrap();
    assert_eq!(contact.name, "Body Marker Name");

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let closes: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("callbell.request") && line.contains("close"))
        .collect();
    assert_eq!(closes.len(), 2, "{log}");
    for (attempt, status) in [(1, 503), (2, 200)] {
        let line = closes[attempt - 1];
        for field in [
            "operation=\"get_contact\"".to_owned(),
            "method=GET".to_owned(),
            "path=/v1/contacts/c0ffee".to_owned(),
            format!("attempt={attempt}"),
            format!("status={status}"),
        ] {
            assert!(line.contains(&field), "{field} missing in {line}");
        }
    }
    assert!(log.contains("retrying"), "{log}");
    assert!(!log.contains(TOKEN), "token in traces:\n{log}");
    assert!(!log.contains("Body Marker Name"), "body in traces:\n{log}");
    assert!(
        !log.contains("Error Body Marker"),
        "error body in traces:\n{log}"
    );
}
