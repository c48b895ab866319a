//! Hand-made invalid payloads across the spec's schemas: the strict validator
//! (`callbell::schema`) reports each problem — and only those — at its exact
//! JSON pointer, with the failed keyword. The CLI's exit codes for the same
//! kind of payloads are tested in `crates/callbell-cli/tests/cli/validate.rs`.

use callbell::schema::{self, ValidationErrors};
use serde_json::{Value, json};

/// A valid contact with every optional field set, to break one thing at a time.
fn contact() -> Value {
    json!({
        "uuid": "414a6d692bd645ed803f2e7ce360d4c8",
        "name": "John Doe",
        "phoneNumber": "+393311234567",
        "avatarUrl": null,
        "blockedAt": null,
        "createdAt": "2020-11-13T21:08:53Z",
        "source": "whatsapp",
        "funnelId": "ff0f96b9-b003-4d0c-b14f-27f3f6868dd6",
        "closedAt": null,
        "href": "https://dash.callbell.eu/contacts/414a6d692bd645ed803f2e7ce360d4c8",
        "conversationHref": "https://dash.callbell.eu/chat/f3670b13446b412796238b1cd78899f9",
        "tags": ["lead", "vip"],
        "assignedUser": "john.doe@example.com",
        "customFields": {"city": "Milan", "interests": ["shoes", "bags"]},
        "customFieldsMetadata": {
            "city": {"value": "Milan", "type": "text"},
            "interests": {"value": ["shoes"], "type": "checkbox", "options": ["shoes", "bags"]}
        },
        "team": {"uuid": "t1", "name": "Sales", "createdAt": "2021-02-24T20:33:06Z", "default": true, "members": 3},
        "channel": {"uuid": "c1", "title": "Main", "type": "whatsapp", "main": true, "discardedAt": false},
        "bsuid": null,
        "note": "Prefers email."
    })
}

/// `base` with the value at each pointer replaced (`Some`) or removed (`None`).
fn patched(mut base: Value, changes: &[(&str, Option<Value>)]) -> Value {
    for (pointer, change) in changes {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let parent = base.pointer_mut(parent).unwrap();
        match (parent, change) {
            (Value::Object(map), Some(value)) => {
                map.insert(key.to_string(), value.clone());
            }
            (Value::Object(map), None) => {
                map.remove(key);
            }
            (Value::Array(items), Some(value)) => {
                items[key.parse::<usize>().unwrap()] = value.clone()
            }
            (Value::Array(items), None) => {
                items.remove(key.parse::<usize>().unwrap());
            }
            _ => panic!("cannot patch {pointer}"),
        }
    }
    base
}

fn invalid(schema: &str, value: &Value) -> ValidationErrors {
    match schema::validate(schema, value) {
        Ok(()) => panic!("{schema} accepted {value:#}"),
        Err(e) => e.into_invalid().expect("a known schema"),
    }
}

/// A case: its name, a schema, a payload, and every (pointer, keyword) expected.
type Case = (
    &'static str,
    &'static str,
    Value,
    Vec<(&'static str, &'static str)>,
);

fn cases() -> Vec<Case> {
    let long_note = Value::String("n".repeat(1001));
    let valid_message = json!({"uuid": "m1", "text": "hi", "createdAt": "2020-11-13T21:08:53Z", "status": "sent", "channel": "whatsapp"});
    vec![
        (
            "missing required field",
            "Contact",
            patched(contact(), &[("/name", None)]),
            vec![("/name", "required")],
        ),
        (
            "every missing required field",
            "Contact",
            json!({}),
            vec![("/name", "required"), ("/uuid", "required")],
        ),
        (
            "wrong type",
            "Contact",
            patched(contact(), &[("/name", Some(json!(42)))]),
            vec![("/name", "type")],
        ),
        (
            "null where not nullable",
            "Contact",
            patched(contact(), &[("/createdAt", Some(Value::Null))]),
            vec![("/createdAt", "type")],
        ),
        (
            "malformed date-time",
            "Contact",
            patched(
                contact(),
                &[("/createdAt", Some(json!("2020-11-13 21:08:53")))],
            ),
            vec![("/createdAt", "format")],
        ),
        (
            "malformed date-time in a nullable field",
            "Contact",
            patched(contact(), &[("/closedAt", Some(json!("13/11/2020")))]),
            vec![("/closedAt", "format")],
        ),
        (
            "unknown enum value",
            "Contact",
            patched(contact(), &[("/source", Some(json!("tiktok")))]),
            vec![("/source", "enum")],
        ),
        (
            "too-long note",
            "Contact",
            patched(contact(), &[("/note", Some(long_note.clone()))]),
            vec![("/note", "maxLength")],
        ),
        (
            "wrong item type inside an array",
            "Contact",
            patched(contact(), &[("/tags/1", Some(json!(7)))]),
            vec![("/tags/1", "type")],
        ),
        (
            "custom field value neither string nor list",
            "Contact",
            patched(
                contact(),
                &[("/customFields/city", Some(json!({"name": "Milan"})))],
            ),
            vec![("/customFields/city", "type")],
        ),
        (
            "wrong item inside a checkbox value",
            "Contact",
            patched(
                contact(),
                &[("/customFields/interests/1", Some(json!(false)))],
            ),
            vec![("/customFields/interests/1", "type")],
        ),
        (
            "custom field metadata: unknown type, missing value",
            "Contact",
            patched(
                contact(),
                &[
                    ("/customFieldsMetadata/city/type", Some(json!("color"))),
                    ("/customFieldsMetadata/interests/value", None),
                ],
            ),
            vec![
                ("/customFieldsMetadata/city/type", "enum"),
                ("/customFieldsMetadata/interests/value", "required"),
            ],
        ),
        (
            "nested objects: channel and team",
            "Contact",
            patched(
                contact(),
                &[
                    ("/channel/discardedAt", Some(json!("soon"))),
                    ("/channel/type", Some(json!("sms"))),
                    ("/team/members", Some(json!(-1))),
                ],
            ),
            vec![
                ("/channel/discardedAt", "format"),
                ("/channel/type", "enum"),
                ("/team/members", "minimum"),
            ],
        ),
        (
            "discardedAt of no accepted type",
            "Channel",
            json!({"discardedAt": 0}),
            vec![("/discardedAt", "type")],
        ),
        (
            "an error deep inside the second array element",
            "ContactList",
            json!({"contacts": [
                contact(),
                patched(contact(), &[("/customFieldsMetadata/interests/options/0", Some(json!(1)))])
            ]}),
            vec![(
                "/contacts/1/customFieldsMetadata/interests/options/0",
                "type",
            )],
        ),
        (
            "several contacts, several errors, in order",
            "ContactList",
            json!({"contacts": [
                patched(contact(), &[("/uuid", None)]),
                contact(),
                patched(contact(), &[("/name", Some(Value::Null)), ("/assignedUser", Some(json!(1)))]),
                patched(contact(), &[("/tags", Some(json!("lead,vip")))]),
            ]}),
            vec![
                ("/contacts/0/uuid", "required"),
                ("/contacts/2/assignedUser", "type"),
                ("/contacts/2/name", "type"),
                ("/contacts/3/tags", "type"),
            ],
        ),
        (
            "the page is not an object",
            "ContactList",
            json!([contact()]),
            vec![("", "type")],
        ),
        (
            "contact given as an empty list",
            "ContactResponse",
            json!({"contact": []}),
            vec![("/contact", "minItems")],
        ),
        (
            "contact given as a list of two",
            "ContactResponse",
            json!({"contact": [contact(), contact()]}),
            vec![("/contact", "maxItems")],
        ),
        (
            "contact given as a one-element list, with an error inside",
            "ContactResponse",
            json!({"contact": [patched(contact(), &[("/blockedAt", Some(json!(true)))])]}),
            vec![("/contact/0/blockedAt", "type")],
        ),
        (
            "contact given as neither object nor list",
            "ContactResponse",
            json!({"contact": "414a6d692bd645ed803f2e7ce360d4c8"}),
            vec![("/contact", "type")],
        ),
        (
            "messages: missing fields and an unknown status",
            "MessageList",
            json!({"messages": [
                {"uuid": "m0", "text": null},
                valid_message,
                patched(valid_message.clone(), &[("/status", Some(json!("deleted"))), ("/channel", Some(json!("email")))]),
            ]}),
            vec![
                ("/messages/0/createdAt", "required"),
                ("/messages/0/status", "required"),
                ("/messages/2/channel", "enum"),
                ("/messages/2/status", "enum"),
            ],
        ),
        (
            "bot: unknown status, malformed start, version as text",
            "BotResponse",
            json!({"bot": {"uuid": "b1", "name": "Welcome", "status": "paused", "conversationStartedAt": "yesterday", "version": "2"}}),
            vec![
                ("/bot/conversationStartedAt", "format"),
                ("/bot/status", "enum"),
                ("/bot/version", "type"),
            ],
        ),
        (
            "create request: missing identifier, bad email, unknown bot status, long note",
            "CreateContactRequest",
            json!({"source": "whatsapp", "name": "Ann", "assigned_user": "ann at example.com", "bot_status": "bot_pause", "note": long_note}),
            vec![
                ("/assigned_user", "format"),
                ("/bot_status", "enum"),
                ("/identifier", "required"),
                ("/note", "maxLength"),
            ],
        ),
        (
            "create request: null note is not allowed in a request",
            "CreateContactRequest",
            json!({"identifier": "123456789", "source": "telegram", "name": "Ann", "note": null}),
            vec![("/note", "type")],
        ),
        (
            "update request: wrong types",
            "UpdateContactRequest",
            json!({"unassign_user": "yes", "tags": "lead", "custom_fields": {"city": 3}}),
            vec![
                ("/custom_fields/city", "type"),
                ("/tags", "type"),
                ("/unassign_user", "type"),
            ],
        ),
        (
            "bot update: null status",
            "UpdateBotRequest",
            json!({"status": null}),
            vec![("/status", "type")],
        ),
        (
            "note request without text",
            "CreateNoteRequest",
            json!({"message": "hi"}),
            vec![("/text", "required")],
        ),
        (
            "funnel id as a number",
            "UpdateFunnelRequest",
            json!({"funnel_id": 5}),
            vec![("/funnel_id", "type")],
        ),
        (
            "note response with a string flag",
            "NoteResponse",
            json!({"success": "true"}),
            vec![("/success", "type")],
        ),
        (
            "contact event: wrong event name, payload without uuid",
            "ContactEvent",
            json!({"event": "contact_deleted", "payload": patched(contact(), &[("/uuid", None)])}),
            vec![("/event", "enum"), ("/payload/uuid", "required")],
        ),
        (
            "deletion event: malformed timestamp, wrong event",
            "ContactDeletedEvent",
            json!({"event": "contact_created", "payload": {"uuid": "fad77e68757b43c3b77b51cd66ec18f3", "deleted": "17/10/2022"}}),
            vec![("/event", "enum"), ("/payload/deleted", "format")],
        ),
        (
            "deletion event without payload",
            "ContactDeletedEvent",
            json!({"event": "contact_deleted"}),
            vec![("/payload", "required")],
        ),
    ]
}

#[test]
fn the_base_payloads_are_valid() {
    schema::validate("Contact", &contact()).unwrap();
    schema::validate("ContactResponse", &json!({"contact": [contact()]})).unwrap();
    schema::validate("ContactResponse", &json!({"contact": contact()})).unwrap();
}

#[test]
fn every_invalid_payload_is_reported_at_its_exact_pointers() {
    let cases = cases();
    assert!(cases.len() >= 20, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (name, schema, payload, expected) in &cases {
        let errors = invalid(schema, payload);
        let found: Vec<(&str, &str)> = errors.iter().map(|e| (e.pointer(), e.keyword())).collect();
        if found != *expected {
            failures.push(format!(
                "{name} ({schema}):\n  expected {expected:?}\n  found    {found:?}\n{errors}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The messages, for a few representative cases, word for word.
#[test]
fn messages_say_what_is_wrong_in_plain_words() {
    let shown = |schema: &str, value: Value| -> Vec<String> {
        invalid(schema, &value)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(
        shown(
            "ContactList",
            json!({"contacts": [contact(), patched(contact(), &[("/name", Some(Value::Null))])]})
        ),
        ["/contacts/1/name: expected string, found null"]
    );
    assert_eq!(
        shown(
            "Contact",
            patched(
                contact(),
                &[("/note", Some(Value::String("n".repeat(1001))))]
            )
        ),
        ["/note: text is 1001 characters long; at most 1000 are allowed"]
    );
    assert_eq!(
        shown(
            "Contact",
            patched(contact(), &[("/source", Some(json!("tiktok")))])
        ),
        [r#"/source: "tiktok" is not one of "whatsapp", "instagram", "facebook", "telegram""#]
    );
    assert_eq!(
        shown(
            "Contact",
            patched(
                contact(),
                &[("/uuid", None), ("/closedAt", Some(json!("13/11/2020")))]
            )
        ),
        [
            r#"/closedAt: "13/11/2020" is not a valid date-time (RFC 3339, like "2024-01-31T09:30:00Z")"#,
            "/uuid: required property is missing",
        ]
    );
    assert_eq!(
        shown("Channel", json!({"discardedAt": 0})),
        ["/discardedAt: expected boolean, string or null, found integer"]
    );
    assert_eq!(
        shown(
            "ContactResponse",
            json!({"contact": [contact(), contact()]})
        ),
        ["/contact: list has 2 items; at most 1 allowed"]
    );
    assert_eq!(
        shown(
            "CreateContactRequest",
            json!({"identifier": "1", "source": "whatsapp", "name": "A", "assigned_user": "nobody"})
        ),
        [r#"/assigned_user: "nobody" is not a valid email address"#]
    );
    assert_eq!(
        shown("ContactList", json!(null)),
        ["(root): expected object, found null"]
    );
}

#[test]
fn documented_nullable_fields_accept_null_and_absence() {
    let nullable = [
        "/phoneNumber",
        "/avatarUrl",
        "/blockedAt",
        "/funnelId",
        "/closedAt",
        "/assignedUser",
        "/bsuid",
        "/note",
        "/channel/discardedAt",
    ];
    for pointer in nullable {
        schema::validate(
            "Contact",
            &patched(contact(), &[(pointer, Some(Value::Null))]),
        )
        .unwrap_or_else(|e| panic!("null at {pointer}: {e}"));
        schema::validate("Contact", &patched(contact(), &[(pointer, None)]))
            .unwrap_or_else(|e| panic!("absent {pointer}: {e}"));
    }
}

#[test]
fn extra_fields_are_allowed_as_the_spec_does_not_forbid_them() {
    let value = patched(
        contact(),
        &[
            ("/whatsappProfileName", Some(json!("JD"))),
            ("/team/color", Some(json!("red"))),
        ],
    );
    schema::validate("Contact", &value).unwrap();
}

#[test]
fn typed_entry_point_and_unknown_schema() {
    use callbell::types::{Contact, ContactResponse, Source};
    assert!(schema::validate_as::<Contact>(&contact()).is_ok());
    let errors = schema::validate_as::<ContactResponse>(&json!({"contact": []})).unwrap_err();
    assert_eq!(errors.schema(), "ContactResponse");
    assert_eq!(errors.errors()[0].pointer(), "/contact");
    let errors = schema::validate_as::<Source>(&json!("tiktok")).unwrap_err();
    assert_eq!(errors.errors()[0].keyword(), "enum");

    let err = schema::validate("contact", &contact()).unwrap_err();
    let schema::Error::UnknownSchema(unknown) = &err else {
        panic!("expected an unknown-schema error, got {err}");
    };
    assert_eq!(unknown.name(), "contact");
    assert!(unknown.known().contains(&"Contact"));
    assert!(
        err.to_string()
            .starts_with("unknown schema `contact`; known schemas: ApiError, "),
        "{err}"
    );
}
