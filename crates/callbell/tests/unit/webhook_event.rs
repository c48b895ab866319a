//! Unit tests of `src/webhook/event.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

#[test]
fn every_event_has_its_body_schema_and_round_trips_its_name() {
    assert!(!WebhookEvent::EVENTS.is_empty());
    for &event in WebhookEvent::EVENTS {
        let (name, schema) = WebhookEvent::body_schema(event).unwrap();
        assert_eq!(name, event);
        #[cfg(feature = "validate")]
        assert!(crate::schema::Schema::named(schema).is_ok(), "{schema}");
        #[cfg(not(feature = "validate"))]
        let _ = schema;
    }
    assert_eq!(WebhookEvent::body_schema("message_created"), None);
}

#[cfg(feature = "validate")]
#[test]
fn every_event_is_checked_strictly_without_panicking() {
    for &event in WebhookEvent::EVENTS {
        let body = serde_json::json!({"event": event, "payload": {}}).to_string();
        let err = WebhookEvent::from_slice_strict(body.as_bytes()).unwrap_err();
        assert!(
            matches!(&err, WebhookError::Invalid { event: e, .. } if *e == event),
            "{err}"
        );
    }
}

#[test]
fn an_unknown_event_lists_the_known_ones() {
    let err =
        WebhookEvent::from_slice(br#"{"event": "message_created", "payload": {}}"#).unwrap_err();
    let message = err.to_string();
    for event in WebhookEvent::EVENTS {
        assert!(message.contains(event), "{message}");
    }
}

#[test]
fn the_payload_is_written_back_as_sent() {
    let payload = serde_json::json!({"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "deleted": "2022-10-17T15:15:06.095Z"});
    let body = serde_json::json!({"event": "contact_deleted", "payload": payload});
    let event = WebhookEvent::from_value(body).unwrap();
    assert_eq!(event.name(), "contact_deleted");
    assert_eq!(event.payload_json(), payload);
    assert_eq!(event.contact(), None);
    assert_eq!(
        event.deleted_contact().map(|d| d.uuid.as_str()),
        Some("414a6d692bd645ed803f2e7ce360d4c8")
    );
}
