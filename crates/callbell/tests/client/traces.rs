//! Each attempt is traced at `DEBUG` with its operation, method, path
//! template, attempt number and status; never the token, a body, or the
//! identifiers in the concrete path.

use std::io::Write;
use std::sync::{Arc, Mutex};

use serde_json::json;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::stand_in::{TOKEN, client, contact, server};

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

impl Captured {
    /// Installs a subscriber writing into a new `Captured` up to `level`,
    /// with span-close lines, for the current thread.
    fn install(level: tracing::Level) -> (Self, tracing::subscriber::DefaultGuard) {
        let captured = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(captured.clone())
            .with_ansi(false)
            .with_max_level(level)
            .with_span_events(FmtSpan::CLOSE)
            .finish();
        (captured, tracing::subscriber::set_default(subscriber))
    }

    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

/// `GET /contacts/{uuid}` answers `503` (with an error body) once, then the contact.
async fn unavailable_once(server: &MockServer, uuid: &str, name: &str) {
    let at = format!("/v1/contacts/{uuid}");
    Mock::given(path(at.as_str()))
        .respond_with(
            ResponseTemplate::new(503).set_body_json(json!({"error": "Error Body Marker"})),
        )
        .up_to_n_times(1)
        .mount(server)
        .await;
    Mock::given(path(at.as_str()))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contact": contact(uuid, name)})),
        )
        .mount(server)
        .await;
}

/// The lines of `log` that close a `callbell.request` span.
fn span_closes(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|line| {
            // `callbell.request{..}: target: close time.busy=..`: not a
            // child span's close (`callbell.request{..}:child{..}: ..`) nor an
            // event that mentions closing (hyper's, depending on timing).
            let Some(head) = line.find(": close time.busy=").map(|at| &line[..at]) else {
                return false;
            };
            head.find("callbell.request{").is_some_and(|at| {
                !head[at..]
                    .split("}:")
                    .skip(1)
                    .any(|rest| !rest.starts_with(' '))
            })
        })
        .collect()
}

// Current-thread runtimes: the client's futures run on this thread, where
// the subscriber is the default.
#[tokio::test(flavor = "current_thread")]
async fn every_attempt_gets_a_debug_span_without_secrets_or_bodies() {
    let server = server().await;
    unavailable_once(&server, "c0ffee", "Body Marker Name").await;

    let (captured, _default) = Captured::install(tracing::Level::TRACE);
    let contact = client(&server).get_contact().uuid("c0ffee").await.unwrap();
    assert_eq!(contact.name, "Body Marker Name");

    let log = captured.text();
    let closes = span_closes(&log);
    assert_eq!(closes.len(), 2, "{log}");
    for (attempt, status) in [(1, 503), (2, 200)] {
        let line = closes[attempt - 1];
        for field in [
            " DEBUG ".to_owned(),
            "operation=\"get_contact\"".to_owned(),
            "method=GET".to_owned(),
            "path=\"/contacts/{uuid}\"".to_owned(),
            format!("attempt={attempt}"),
            format!("status={status}"),
        ] {
            assert!(line.contains(&field), "{field} missing in {line}");
        }
    }
    let retrying: Vec<&str> = log.lines().filter(|l| l.contains("retrying")).collect();
    assert_eq!(retrying.len(), 1, "{log}");
    assert!(retrying[0].contains(" DEBUG "), "{}", retrying[0]);
    assert!(!log.contains("c0ffee"), "concrete path in traces:\n{log}");
    assert!(!log.contains(TOKEN), "token in traces:\n{log}");
    assert!(!log.contains("Body Marker Name"), "body in traces:\n{log}");
    assert!(
        !log.contains("Error Body Marker"),
        "error body in traces:\n{log}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn phone_numbers_and_bsuids_stay_out_of_traces() {
    let server = server().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contact": contact("a1", "Ann")})),
        )
        .mount(&server)
        .await;
    let (captured, _default) = Captured::install(tracing::Level::DEBUG);
    let callbell = client(&server);
    callbell
        .get_contact_by_phone()
        .phone_number("+390000271828")
        .await
        .unwrap();
    callbell
        .get_contact_by_bsuid()
        .bsuid("IT.31415926")
        .await
        .unwrap();

    let log = captured.text();
    let closes = span_closes(&log);
    assert_eq!(closes.len(), 2, "{log}");
    let expected = [
        ("get_contact_by_phone", "/contacts/phone/{phone_number}"),
        ("get_contact_by_bsuid", "/contacts/bsuid/{bsuid}"),
    ];
    for (line, (operation, template)) in closes.iter().zip(expected) {
        assert!(
            line.contains(&format!("operation=\"{operation}\"")),
            "{line}"
        );
        assert!(line.contains(&format!("path=\"{template}\"")), "{line}");
    }
    for secret in ["0000271828", "31415926"] {
        assert!(!log.contains(secret), "{secret} in traces:\n{log}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn nothing_is_traced_at_info() {
    let server = server().await;
    unavailable_once(&server, "a1", "Ann").await;
    let (captured, _default) = Captured::install(tracing::Level::INFO);
    client(&server).get_contact().uuid("a1").await.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
    let log = captured.text();
    assert!(!log.contains("callbell"), "{log}");
    assert!(!log.contains("retrying"), "{log}");
}
