//! The tolerant typed reader (`callbell::types`): payloads with enum values
//! the spec does not list and fields it does not know still read, keep the
//! unknown values, and write back unchanged (minus the unknown fields, which
//! the reader ignores) — while the strict validator reports the same
//! payloads as invalid, which is how a user learns that the docs drifted.

use callbell::WireShape;
use callbell::schema::{self, ComponentSchema};
use callbell::types::{
    BotResponse, BotStatus, ContactEvent, ContactEventType, ContactList, ContactResponse,
    CreateContactRequest, CustomFieldType, MessageList, MessageStatus, Source,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Reads `wire` as `T`, writes it back, and checks the result is `wire`
/// without the fields at `unknown_fields` (JSON pointers); reading that again
/// gives the same value. Returns the typed value.
fn round_trip<T>(wire: &Value, unknown_fields: &[&str]) -> T
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let typed: T = serde_json::from_value(wire.clone())
        .unwrap_or_else(|e| panic!("{} did not read: {e}", std::any::type_name::<T>()));
    let mut expected = wire.clone();
    for pointer in unknown_fields {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let removed = expected
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .and_then(|map| map.remove(key));
        assert!(removed.is_some(), "{pointer} is not in the payload");
    }
    let written = serde_json::to_value(&typed).unwrap();
    assert_eq!(written, expected, "written back differently");
    let again: T = serde_json::from_value(written).unwrap();
    assert_eq!(again, typed);
    typed
}

/// The pointers and keywords the strict validator reports for `wire`.
fn strict_errors<T: ComponentSchema>(wire: &Value) -> Vec<(String, &'static str)> {
    schema::validate_as::<T>(wire)
        .err()
        .map(|errors| {
            errors
                .iter()
                .map(|e| (e.pointer().to_string(), e.keyword()))
                .collect()
        })
        .unwrap_or_default()
}

fn owned(pairs: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
    pairs.iter().map(|(p, k)| (p.to_string(), *k)).collect()
}

#[test]
fn contact_list_with_new_sources_types_and_fields() {
    let wire = json!({
        "contacts": [{
            "uuid": "414a6d692bd645ed803f2e7ce360d4c8",
            "name": "John Doe",
            "source": "tiktok",
            "createdAt": "2020-11-13T21:08:53Z",
            "tags": ["lead"],
            "whatsappProfileName": "JD",
            "customFieldsMetadata": {
                "color": {"value": "red", "type": "color_picker", "options": ["red"], "hint": "new"}
            },
            "channel": {"uuid": "c1", "type": "tiktok", "discardedAt": true, "region": "eu"},
            "team": {"uuid": "t1", "name": "Sales", "members": 3, "avatar": "x.png"}
        }],
        "nextPage": 2
    });
    let page: ContactList = round_trip(
        &wire,
        &[
            "/nextPage",
            "/contacts/0/whatsappProfileName",
            "/contacts/0/customFieldsMetadata/color/hint",
            "/contacts/0/channel/region",
            "/contacts/0/team/avatar",
        ],
    );
    let contact = &page.contacts[0];
    assert_eq!(contact.source, Some(Source::Other("tiktok".into())));
    assert_eq!(
        contact.custom_fields_metadata.as_ref().unwrap()["color"].type_,
        CustomFieldType::Other("color_picker".into())
    );
    assert_eq!(
        contact.channel.as_ref().unwrap().type_,
        Some(Source::Other("tiktok".into()))
    );

    // Extra fields are allowed by the spec; the unknown enum values are not.
    assert_eq!(
        strict_errors::<ContactList>(&wire),
        owned(&[
            ("/contacts/0/channel/type", "enum"),
            ("/contacts/0/customFieldsMetadata/color/type", "enum"),
            ("/contacts/0/source", "enum"),
        ])
    );
}

#[test]
fn single_contact_as_list_keeps_its_shape_and_unknown_values() {
    let wire =
        json!({"contact": [{"uuid": "a1", "name": "Ann", "source": "line", "mood": "happy"}]});
    let response: ContactResponse = round_trip(&wire, &["/contact/0/mood"]);
    assert_eq!(response.contact.shape(), WireShape::List);
    assert_eq!(response.contact.source, Some(Source::Other("line".into())));
    assert_eq!(
        strict_errors::<ContactResponse>(&wire),
        owned(&[("/contact/0/source", "enum")])
    );

    let wire = json!({"contact": {"uuid": "a1", "name": "Ann", "source": "whatsapp"}, "meta": {}});
    let response: ContactResponse = round_trip(&wire, &["/meta"]);
    assert_eq!(response.contact.shape(), WireShape::Object);
    assert!(strict_errors::<ContactResponse>(&wire).is_empty());
}

#[test]
fn messages_and_bots_with_new_statuses() {
    let wire = json!({"messages": [
        {"uuid": "m1", "text": "hi", "createdAt": "2020-11-13T21:08:53Z", "status": "deleted", "channel": "sms", "reactions": []},
        {"createdAt": "2021-02-24T20:33:06.095Z", "status": "note", "text": "internal"}
    ]});
    let page: MessageList = round_trip(&wire, &["/messages/0/reactions"]);
    assert_eq!(
        page.messages[0].status,
        MessageStatus::Other("deleted".into())
    );
    assert_eq!(page.messages[1].status, MessageStatus::Note);
    assert_eq!(
        strict_errors::<MessageList>(&wire),
        owned(&[
            ("/messages/0/channel", "enum"),
            ("/messages/0/status", "enum")
        ])
    );

    let wire = json!({"bot": {"uuid": "b1", "name": "Welcome", "status": "paused", "version": 3, "latestBotVersion": true, "flow": "x"}});
    let response: BotResponse = round_trip(&wire, &["/bot/flow"]);
    assert_eq!(response.bot.status, BotStatus::Other("paused".into()));
    assert!(!response.bot.status.is_known());
}

#[test]
fn webhook_event_with_a_new_event_name() {
    let wire =
        json!({"event": "contact_merged", "payload": {"uuid": "a1", "name": "Ann"}, "sentAt": 1});
    let event: ContactEvent = round_trip(&wire, &["/sentAt"]);
    assert_eq!(
        event.event,
        ContactEventType::Other("contact_merged".into())
    );
    assert_eq!(
        strict_errors::<ContactEvent>(&wire),
        owned(&[("/event", "enum")])
    );
}

#[test]
fn request_bodies_write_unknown_values_unchanged() {
    let wire = json!({"identifier": "123456789", "source": "viber", "name": "Ann", "bot_status": "bot_pause"});
    let request: CreateContactRequest = round_trip(&wire, &[]);
    assert_eq!(request.source, Source::Other("viber".into()));
}

#[test]
fn documented_nullable_fields_keep_null_apart_from_absence() {
    let with_nulls = json!({
        "uuid": "a1", "name": "Ann", "phoneNumber": null, "avatarUrl": null, "blockedAt": null,
        "funnelId": null, "closedAt": null, "assignedUser": null, "bsuid": null, "note": null,
        "channel": {"discardedAt": null}
    });
    let without = json!({"uuid": "a1", "name": "Ann", "channel": {}});
    let nulls: callbell::types::Contact = round_trip(&with_nulls, &[]);
    let absent: callbell::types::Contact = round_trip(&without, &[]);
    assert_ne!(nulls, absent);
    assert_eq!(nulls.avatar_url, Some(None));
    assert_eq!(nulls.note, Some(None));
    assert_eq!(nulls.channel.as_ref().unwrap().discarded_at, Some(None));
    assert_eq!(absent.avatar_url, None);
    assert_eq!(absent.channel.as_ref().unwrap().discarded_at, None);
}

#[test]
fn null_beside_values_in_one_list_round_trips_item_by_item() {
    let wire = json!({"contacts": [
        {"uuid": "a1", "name": "Ann", "avatarUrl": null, "closedAt": "2024-01-02T03:04:05Z"},
        {"uuid": "b2", "name": "Bob", "avatarUrl": "https://a.example/b.png", "closedAt": null},
        {"uuid": "c3", "name": "Cy"}
    ]});
    let list: ContactList = round_trip(&wire, &[]);
    let avatars: Vec<_> = list.contacts.iter().map(|c| c.avatar_url.clone()).collect();
    assert_eq!(
        avatars,
        [
            Some(None),
            Some(Some("https://a.example/b.png".into())),
            None
        ]
    );
    assert_eq!(list.contacts[1].closed_at, Some(None));
}

#[test]
fn a_required_nullable_value_is_written_as_null() {
    let wire = json!({"value": null, "type": "text"});
    let metadata: callbell::types::CustomFieldMetadata = round_trip(&wire, &[]);
    assert_eq!(metadata.value, Value::Null);
}

#[test]
fn a_note_over_the_documented_limit_reads_but_is_reported() {
    let wire = json!({"contacts": [
        {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "name": "Ann", "note": "n".repeat(1001)},
        {"uuid": "ff8bec9363bc4c29b8b044eabf2afebd", "name": "Bob"}
    ]});
    let list: ContactList = round_trip(&wire, &[]);
    assert_eq!(
        list.contacts[0].note.clone().flatten().map(|n| n.len()),
        Some(1001)
    );
    assert_eq!(list.contacts[1].name, "Bob");
    assert_eq!(
        strict_errors::<ContactList>(&wire),
        owned(&[("/contacts/0/note", "maxLength")])
    );
}

/// `customFieldsMetadata` carries each field's typed value: a number, a
/// boolean or null besides a string or a list of strings. Each reads, writes
/// back exactly as sent (`42` stays `42`, not `42.0`) and is valid.
#[test]
fn custom_field_metadata_values_of_every_type_read_and_write_back_exactly() {
    let values = [
        json!("Main Street 1"),
        json!(["Dark Mode", "Notifications"]),
        json!(42),
        json!(4.5),
        json!(true),
        json!(null),
    ];
    let mut metadata = serde_json::Map::new();
    for (i, value) in values.iter().enumerate() {
        metadata.insert(
            format!("field {i}"),
            json!({"value": value, "type": "number", "options": []}),
        );
    }
    let wire = json!({"contact": {
        "uuid": "414a6d692bd645ed803f2e7ce360d4c8",
        "name": "John Doe",
        "customFieldsMetadata": metadata,
    }});
    // `options: []` is an empty list the writer may leave out; compare without it.
    let mut expected = wire.clone();
    for field in expected["contact"]["customFieldsMetadata"]
        .as_object_mut()
        .unwrap()
        .values_mut()
    {
        field.as_object_mut().unwrap().remove("options");
    }
    let typed: ContactResponse = serde_json::from_value(wire.clone()).expect("reads");
    let mut written = serde_json::to_value(&typed).unwrap();
    for field in written["contact"]["customFieldsMetadata"]
        .as_object_mut()
        .unwrap()
        .values_mut()
    {
        field.as_object_mut().unwrap().remove("options");
    }
    assert_eq!(written, expected);
    assert_eq!(strict_errors::<ContactResponse>(&wire), vec![]);
    // An object is not a typed value: every branch refuses its type.
    let mut wrong = wire.clone();
    wrong["contact"]["customFieldsMetadata"]["field 0"]["value"] = json!({"a": 1});
    assert_eq!(
        strict_errors::<ContactResponse>(&wrong),
        owned(&[("/contact/customFieldsMetadata/field 0/value", "type")])
    );
}
