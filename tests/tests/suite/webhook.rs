//! `callbell::webhook`: raw contact webhook bodies into `WebhookEvent`, with
//! clear errors for unknown events, malformed bodies and bodies that do not
//! fit, and the strict path that validates against the spec first.

use callbell::types::Source;
use callbell::webhook::{WebhookError, WebhookEvent};
use callbell_tests::fixtures;

const CREATED: &[u8] = br#"{
  "event": "contact_created",
  "payload": {
    "href": "https://dash.callbell.eu/contacts/eb2b914a977e4ab896e7b886698b3eac",
    "conversationHref": "https://dash.callbell.eu/chat/f3670b13446b412796238b1cd78899f9",
    "name": "John Doe",
    "tags": ["Lead"],
    "uuid": "eb2b914a977e4ab896e7b886698b3eac",
    "source": "whatsapp",
    "avatarUrl": null,
    "createdAt": "2022-10-12T15:57:16Z",
    "phoneNumber": "331122334455"
  }
}"#;

const DELETED: &[u8] = br#"{
  "event": "contact_deleted",
  "payload": {"uuid": "fad77e68757b43c3b77b51cd66ec18f3", "deleted": "2022-10-17T15:15:06.095Z"}
}"#;

#[test]
fn contact_created_and_updated_carry_the_contact() {
    let event = WebhookEvent::from_slice(CREATED).unwrap();
    assert_eq!(event.name(), "contact_created");
    let WebhookEvent::ContactCreated(contact) = &event else {
        panic!("expected contact_created, got {event:?}");
    };
    assert_eq!(contact.uuid, "eb2b914a977e4ab896e7b886698b3eac");
    assert_eq!(contact.tags.as_deref(), Some(&["Lead".to_string()][..]));
    assert_eq!(contact.source, Some(Source::Whatsapp));
    assert_eq!(event.contact(), Some(contact));

    let updated = std::str::from_utf8(CREATED)
        .unwrap()
        .replace("contact_created", "contact_updated");
    let event = WebhookEvent::from_slice(updated.as_bytes()).unwrap();
    assert!(
        matches!(&event, WebhookEvent::ContactUpdated(c) if c.name == "John Doe"),
        "{event:?}"
    );
    assert_eq!(event.name(), "contact_updated");
}

#[test]
fn contact_deleted_carries_uuid_and_time() {
    let event = WebhookEvent::from_slice(DELETED).unwrap();
    let WebhookEvent::ContactDeleted(deleted) = &event else {
        panic!("expected contact_deleted, got {event:?}");
    };
    assert_eq!(deleted.uuid, "fad77e68757b43c3b77b51cd66ec18f3");
    assert_eq!(
        deleted
            .deleted
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "2022-10-17T15:15:06.095Z"
    );
    assert_eq!(event.name(), "contact_deleted");
    assert_eq!(event.contact(), None);
}

#[test]
fn unknown_event_keeps_its_name() {
    let err =
        WebhookEvent::from_slice(br#"{"event": "message_created", "payload": {"uuid": "m1"}}"#)
            .unwrap_err();
    assert!(
        matches!(&err, WebhookError::UnknownEvent { event } if event == "message_created"),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "unknown webhook event `message_created` (known: contact_created, contact_updated, contact_deleted)"
    );
    // The strict path refuses it the same way, before validating.
    let strict = WebhookEvent::from_slice_strict(br#"{"event": "message_created"}"#).unwrap_err();
    assert!(
        matches!(strict, WebhookError::UnknownEvent { .. }),
        "{strict:?}"
    );
}

#[test]
fn malformed_body_is_an_error_with_line_and_column() {
    let err =
        WebhookEvent::from_slice(b"{\"event\": \"contact_created\",\n  \"payload\": {\"uuid\": }}")
            .unwrap_err();
    let WebhookError::Malformed(json) = &err else {
        panic!("expected Malformed, got {err:?}");
    };
    assert_eq!((json.line(), json.column()), (2, 23));
    assert!(err.to_string().contains("at line 2 column 23"), "{err}");

    for body in [
        &b""[..],
        b"   ",
        b"\xff\xfe",
        b"{\"event\": \"contact_deleted\"",
        b"nul",
    ] {
        let err = WebhookEvent::from_slice(body).unwrap_err();
        assert!(
            matches!(err, WebhookError::Malformed(_)),
            "{body:?}: {err:?}"
        );
    }
}

#[test]
fn body_without_an_event_name_is_refused() {
    for body in [
        &br#"[]"#[..],
        br#""contact_created""#,
        br#"{"payload": {}}"#,
        br#"{"event": 5, "payload": {}}"#,
        br#"{"event": null}"#,
    ] {
        let err = WebhookEvent::from_slice(body).unwrap_err();
        assert!(
            matches!(err, WebhookError::MissingEvent),
            "{body:?}: {err:?}"
        );
    }
}

#[test]
fn payload_that_does_not_fit_names_the_pointer() {
    let err =
        WebhookEvent::from_slice(br#"{"event": "contact_updated", "payload": {"uuid": "a1"}}"#)
            .unwrap_err();
    let WebhookError::Payload {
        event,
        pointer,
        source,
    } = &err
    else {
        panic!("expected Payload, got {err:?}");
    };
    assert_eq!((*event, pointer.as_str()), ("contact_updated", "/payload"));
    assert!(
        source.to_string().contains("missing field `name`"),
        "{source}"
    );

    let err = WebhookEvent::from_slice(
        br#"{"event": "contact_created", "payload": {"uuid": "a1", "name": "A", "tags": ["x", 3]}}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("`contact_created` webhook body: /payload/tags/1: invalid type"),
        "{err}"
    );

    let err = WebhookEvent::from_slice(
        br#"{"event": "contact_deleted", "payload": {"uuid": "a1", "deleted": "yesterday"}}"#,
    )
    .unwrap_err();
    assert!(
        matches!(&err, WebhookError::Payload { pointer, .. } if pointer == "/payload/deleted"),
        "{err:?}"
    );
    let err = WebhookEvent::from_slice(br#"{"event": "contact_deleted"}"#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("`contact_deleted` webhook body: (root): missing field `payload`"),
        "{err}"
    );
}

#[test]
fn tolerant_reading_accepts_what_strict_reading_reports() {
    let body = std::str::from_utf8(CREATED)
        .unwrap()
        .replace("\"whatsapp\"", "\"tiktok\"")
        .replace(
            "\"tags\": [\"Lead\"],",
            "\"tags\": [\"Lead\"], \"mood\": \"new field\",",
        );
    let event = WebhookEvent::from_slice(body.as_bytes()).unwrap();
    assert_eq!(
        event.contact().unwrap().source,
        Some(Source::Other("tiktok".into()))
    );

    let err = WebhookEvent::from_slice_strict(body.as_bytes()).unwrap_err();
    let WebhookError::Invalid { event, errors } = &err else {
        panic!("expected Invalid, got {err:?}");
    };
    assert_eq!(*event, "contact_created");
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            r#"/payload/source: "tiktok" is not one of "whatsapp", "instagram", "facebook", "telegram""#
        ]
    );
    assert!(
        err.to_string()
            .starts_with("`contact_created` webhook body is not a valid ContactEvent:"),
        "{err}"
    );
}

#[test]
fn strict_reading_reports_every_problem_then_reads_valid_bodies() {
    let err = WebhookEvent::from_slice_strict(
        br#"{"event": "contact_deleted", "payload": {"deleted": "17/10/2022"}}"#,
    )
    .unwrap_err();
    let WebhookError::Invalid { errors, .. } = &err else {
        panic!("expected Invalid, got {err:?}");
    };
    let pointers: Vec<&str> = errors.iter().map(|e| e.pointer()).collect();
    assert_eq!(pointers, ["/payload/deleted", "/payload/uuid"]);

    assert_eq!(
        WebhookEvent::from_slice_strict(CREATED).unwrap(),
        WebhookEvent::from_slice(CREATED).unwrap()
    );
    assert_eq!(
        WebhookEvent::from_slice_strict(DELETED).unwrap(),
        WebhookEvent::from_slice(DELETED).unwrap()
    );
    let err = WebhookEvent::from_slice_strict(b"{").unwrap_err();
    assert!(matches!(err, WebhookError::Malformed(_)), "{err:?}");
}

#[test]
fn every_webhook_fixture_reads_strictly() {
    let webhooks: Vec<_> = fixtures::load_all()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|f| f.schema == "ContactEvent" || f.schema == "ContactDeletedEvent")
        .collect();
    assert!(
        !webhooks.is_empty(),
        "no webhook fixtures in {}",
        fixtures::dir().display()
    );
    for fixture in webhooks {
        // The raw file, as Callbell would send it.
        let body = std::fs::read(&fixture.path).unwrap();
        let event = WebhookEvent::from_slice_strict(&body)
            .unwrap_or_else(|e| panic!("{}: {e}", fixture.relative()));
        let schema = match event {
            WebhookEvent::ContactDeleted(_) => "ContactDeletedEvent",
            _ => "ContactEvent",
        };
        assert_eq!(fixture.schema, schema, "{}", fixture.relative());
    }
}
