//! `callbell::webhook::Delivery`: what each request to a webhook endpoint is,
//! and the answer it gets.

use callbell::webhook::{Delivery, MAX_BODY, WebhookError, WebhookEvent};
use serde_json::{Value, json};

const CREATED: &[u8] = br#"{"event": "contact_created", "payload": {"uuid": "a1", "name": "Ann"}}"#;

#[test]
fn every_kind_of_request_gets_its_answer() {
    let ok = (200, r#"{"status":"ok"}"#.to_string());
    let answer = |d: &Delivery| (d.answer().status(), d.answer().body().to_string());

    let event = Delivery::classify("POST", CREATED);
    let Delivery::Event(created) = &event else {
        panic!("not an event: {event:?}");
    };
    assert!(matches!(&**created, WebhookEvent::ContactCreated(c) if c.name == "Ann"));
    assert_eq!(answer(&event), ok);

    for (method, body) in [
        ("GET", ""),
        ("HEAD", ""),
        ("POST", ""),
        ("POST", " \n"),
        ("POST", "{}"),
    ] {
        let check = Delivery::classify(method, body.as_bytes());
        assert!(
            matches!(check, Delivery::ConnectionCheck),
            "{method} {body:?}"
        );
        assert_eq!(answer(&check), ok);
    }

    let other = Delivery::classify("POST", br#"{"event": "message_created", "payload": {}}"#);
    assert!(matches!(&other, Delivery::OtherEvent(name) if name == "message_created"));
    assert_eq!(answer(&other), ok);

    for body in [
        "<html>",
        "[1, 2]",
        r#"{"event": 5}"#,
        r#"{"event": "contact_created", "payload": {"uuid": "a1", "name": "Ann", "tags": [5]}}"#,
    ] {
        let malformed = Delivery::classify("POST", body.as_bytes());
        assert!(matches!(malformed, Delivery::Malformed(_)), "{body}");
        let (status, text) = answer(&malformed);
        assert_eq!(status, 400, "{body}");
        let text: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(text["status"], "error");
        assert!(!text["message"].as_str().unwrap().is_empty());
    }

    let put = Delivery::classify("PUT", CREATED);
    assert_eq!(put.answer().status(), 405);
    assert_eq!(put.answer().allow(), Some("GET, HEAD, POST"));

    let huge = vec![b' '; MAX_BODY + 1];
    assert_eq!(Delivery::classify("POST", &huge).answer().status(), 413);
}

#[test]
fn untrusted_event_names_are_escaped_in_messages() {
    let body =
        json!({"event": "x\n2026-01-01 webhook: forged line\u{1b}[2J\u{202e}", "payload": {}});
    let Delivery::OtherEvent(name) = Delivery::classify("POST", body.to_string().as_bytes()) else {
        panic!("not an other event");
    };
    let message = WebhookError::UnknownEvent { event: name }.to_string();
    assert!(
        !message.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{message}"
    );
    assert!(
        message.contains(r"x\n2026-01-01 webhook: forged line\u{1b}[2J\u{202e}"),
        "{message}"
    );
    let long = WebhookError::UnknownEvent {
        event: "e".repeat(10_000),
    }
    .to_string();
    assert!(long.len() < 200, "{long}");
}
