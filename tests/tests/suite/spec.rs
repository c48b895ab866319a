//! The spec itself: valid OpenAPI 3.0.3 (openapiv3 reads it, every `$ref`
//! resolves), with exactly the operations and schemas the project promises,
//! bearer auth everywhere and the documented error responses on every operation.

use std::collections::BTreeSet;
use std::path::Path;

use openapiv3::{OpenAPI, ReferenceOr, StatusCode};
use serde_json::Value;

fn spec_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/callbell.yaml");
    std::fs::read_to_string(path).expect("openapi/callbell.yaml is readable")
}

fn spec() -> OpenAPI {
    serde_yaml::from_str(&spec_text()).expect("openapi/callbell.yaml is a valid OpenAPI document")
}

fn spec_json() -> Value {
    serde_yaml::from_str(&spec_text()).expect("openapi/callbell.yaml is valid YAML")
}

/// Follows a local `$ref` (or returns the value itself).
fn deref<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(target) => root
            .pointer(target.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{target} does not resolve")),
        None => node,
    }
}

const OPERATIONS: [(&str, &str, &str); 14] = [
    ("get", "/contacts", "listContacts"),
    ("get", "/contacts/{uuid}", "getContact"),
    ("get", "/contacts/phone/{phone_number}", "getContactByPhone"),
    ("get", "/contacts/bsuid/{bsuid}", "getContactByBsuid"),
    ("post", "/contacts", "createContact"),
    ("patch", "/contacts/{uuid}", "updateContact"),
    ("delete", "/contacts/{uuid}", "deleteContact"),
    ("get", "/contacts/{uuid}/messages", "listContactMessages"),
    ("get", "/contacts/{uuid}/bot", "getContactBot"),
    ("post", "/contacts/{uuid}/bot", "updateContactBot"),
    (
        "post",
        "/contacts/{uuid}/conversation/open",
        "openContactConversation",
    ),
    (
        "post",
        "/contacts/{uuid}/conversation/close",
        "closeContactConversation",
    ),
    (
        "post",
        "/contacts/{uuid}/conversation/note",
        "createContactConversationNote",
    ),
    (
        "put",
        "/contacts/{uuid}/conversation/update_funnel",
        "updateContactConversationFunnel",
    ),
];

/// Every (method, path, operation) of the spec.
fn operations(spec: &OpenAPI) -> Vec<(String, String, openapiv3::Operation)> {
    let mut out = Vec::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else {
            panic!("path item {path} is a $ref; the tests expect inline path items")
        };
        for (method, op) in item.iter() {
            out.push((method.to_string(), path.clone(), op.clone()));
        }
    }
    out
}

#[test]
fn is_openapi_3_0_3_with_the_callbell_server() {
    let spec = spec();
    assert_eq!(spec.openapi, "3.0.3");
    assert_eq!(spec.servers[0].url, "https://api.callbell.eu/v1");
}

#[test]
fn every_ref_resolves() {
    fn walk(root: &Value, node: &Value, at: &str, refs: &mut usize) {
        match node {
            Value::Object(map) => {
                for (key, value) in map {
                    if key == "$ref" {
                        let target = value
                            .as_str()
                            .unwrap_or_else(|| panic!("{at}/$ref is not a string"));
                        let pointer = target
                            .strip_prefix('#')
                            .unwrap_or_else(|| panic!("{at}/$ref `{target}` is not local"));
                        assert!(
                            root.pointer(pointer).is_some(),
                            "{at}/$ref `{target}` does not resolve"
                        );
                        *refs += 1;
                    } else {
                        let segment = key.replace('~', "~0").replace('/', "~1");
                        walk(root, value, &format!("{at}/{segment}"), refs);
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(root, item, &format!("{at}/{i}"), refs);
                }
            }
            _ => {}
        }
    }
    let json = spec_json();
    let mut refs = 0;
    walk(&json, &json, "", &mut refs);
    assert!(
        refs > 100,
        "expected the spec to use $refs throughout, found {refs}"
    );
}

#[test]
fn has_exactly_the_fourteen_operations() {
    let found: BTreeSet<(String, String, String)> = operations(&spec())
        .into_iter()
        .map(|(method, path, op)| {
            (
                method,
                path,
                op.operation_id.expect("every operation has an operationId"),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String, String)> = OPERATIONS
        .iter()
        .map(|(method, path, id)| (method.to_string(), path.to_string(), id.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn has_the_promised_component_schemas() {
    let spec = spec();
    let schemas = &spec.components.as_ref().expect("components").schemas;
    for name in [
        "Contact",
        "Source",
        "Team",
        "Channel",
        "Bot",
        "Message",
        "CustomFieldMetadata",
        "ContactList",
        "ContactResponse",
        "DeleteContactResponse",
        "MessageList",
        "BotResponse",
        "NoteResponse",
        "ContactEvent",
        "ContactDeletedEvent",
        "CreateContactRequest",
        "UpdateContactRequest",
        "ApiError",
    ] {
        assert!(schemas.contains_key(name), "schema {name} is missing");
    }
}

#[test]
fn bearer_auth_applies_to_every_operation() {
    let spec = spec();
    let schemes = &spec
        .components
        .as_ref()
        .expect("components")
        .security_schemes;
    match schemes.get("bearerAuth") {
        Some(ReferenceOr::Item(openapiv3::SecurityScheme::HTTP { scheme, .. })) => {
            assert_eq!(scheme, "bearer")
        }
        other => panic!("bearerAuth is not an HTTP bearer scheme: {other:?}"),
    }
    let global = spec.security.clone().unwrap_or_default();
    assert!(
        global.iter().any(|req| req.contains_key("bearerAuth")),
        "no global bearer requirement"
    );
    for (method, path, op) in operations(&spec) {
        if let Some(own) = &op.security {
            assert!(
                own.iter().any(|req| req.contains_key("bearerAuth")),
                "{method} {path} drops bearer auth"
            );
        }
    }
}

#[test]
fn every_operation_documents_the_error_responses() {
    let spec = spec();
    let json = spec_json();
    for (method, path, op) in operations(&spec) {
        let codes: BTreeSet<String> = op
            .responses
            .responses
            .keys()
            .map(StatusCode::to_string)
            .collect();
        for code in ["401", "404", "422", "429", "5XX"] {
            assert!(
                codes.contains(code),
                "{method} {path} does not document {code}: {codes:?}"
            );
        }
        let pointer = format!(
            "/paths/{}/{method}/responses/429",
            path.replace('~', "~0").replace('/', "~1")
        );
        let too_many = deref(&json, json.pointer(&pointer).expect("the 429 response"));
        assert!(
            too_many.pointer("/headers/Retry-After").is_some(),
            "{method} {path}: 429 has no Retry-After header"
        );
    }
}

#[test]
fn timestamps_are_date_time_and_identifiers_keep_their_shape() {
    let json = spec_json();
    let contact = json
        .pointer("/components/schemas/Contact/properties")
        .expect("Contact properties");
    for field in ["createdAt", "closedAt", "blockedAt"] {
        assert_eq!(contact[field]["format"], "date-time", "Contact.{field}");
    }
    // Callbell's uuids are 32 hex digits without dashes: `format: uuid` would
    // reject them, and a Uuid type would not write them back as sent.
    for field in ["uuid", "funnelId"] {
        assert!(
            contact[field].get("format").is_none(),
            "Contact.{field} must not declare a format"
        );
    }
    let note = deref(&json, &contact["note"]);
    assert_eq!(note["maxLength"], 1000, "Contact.note");
    for request in ["CreateContactRequest", "UpdateContactRequest"] {
        let note = json
            .pointer(&format!("/components/schemas/{request}/properties/note"))
            .expect("note property");
        assert_eq!(note["maxLength"], 1000, "{request}.note");
    }
}

#[test]
fn list_contacts_has_the_documented_query_parameters() {
    let json = spec_json();
    let params = json
        .pointer("/paths/~1contacts/get/parameters")
        .expect("parameters");
    let names: BTreeSet<String> = params
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| {
            deref(&json, p)["name"]
                .as_str()
                .expect("a name")
                .to_string()
        })
        .collect();
    let expected: BTreeSet<String> = ["page", "source", "tags", "team_uuid", "include_field_types"]
        .map(String::from)
        .into();
    assert_eq!(names, expected);
}

/// Any 2xx is success (`reference/errors.md`): every operation declares its
/// body under `2XX`, and no single 2xx status beside it.
#[test]
fn every_operation_declares_its_body_for_any_2xx() {
    let spec = spec();
    for (method, path, op) in operations(&spec) {
        let success: Vec<String> = op
            .responses
            .responses
            .keys()
            .map(StatusCode::to_string)
            .filter(|code| code.starts_with('2'))
            .collect();
        assert_eq!(success, ["2XX"], "{method} {path}");
    }
}

/// The `x-webhooks` entries are Path Items whose `post` body `$ref`s the event
/// schema whose `event` enum names the entry, and whose description tells a
/// receiver to answer Callbell's connection checks.
#[test]
fn every_webhook_entry_refs_the_schema_of_its_event() {
    let json = spec_json();
    let webhooks = json["x-webhooks"].as_object().expect("x-webhooks is a map");
    assert_eq!(webhooks.len(), 3);
    for (event, entry) in webhooks {
        let post = &entry["post"];
        let body = &post["requestBody"]["content"]["application/json"]["schema"];
        let target = body["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("{event}: the body schema is not a $ref"));
        let schema = deref(&json, body);
        let event_enum = deref(&json, &schema["properties"]["event"]);
        let names: Vec<&str> = event_enum["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{target}: `event` is not an enum"))
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert!(
            names.contains(&event.as_str()),
            "{event}: {target} has events {names:?}"
        );
        let description = post["description"].as_str().unwrap_or_default();
        assert!(
            description.contains("connection") && description.contains(r#"{"status": "ok"}"#),
            "{event}: the description does not mention the connection checks: {description}"
        );
    }
}

/// The parameters' documented defaults are in the schema.
#[test]
fn documented_defaults_are_encoded() {
    let json = spec_json();
    assert_eq!(
        json["components"]["parameters"]["Page"]["schema"]["default"],
        1
    );
    assert_eq!(
        json["components"]["parameters"]["IncludeFieldTypes"]["schema"]["default"],
        false
    );
}
