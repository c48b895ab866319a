//! The change report over a table of spec edits, each applied to a copy of
//! the project's spec, with its expected wire and Rust verdicts.

use serde_json::{Value, json};

use super::report::Report;
use super::rust_surface::Bump;
use super::{compare, compare_surfaces, public_surface};
use crate::paths::{SPEC, workspace_root};
use crate::spec::{self, Spec};

/// One spec edit and what the report must say about it.
struct Row {
    name: &'static str,
    edit: fn(&mut Value),
    /// A line of the report must sit at this pointer, with both verdicts...
    pointer: &'static str,
    /// ...and the report as a whole must say whether the wire breaks...
    breaking: bool,
    /// ...and which bump Rust users need, with generated types that are
    /// `#[non_exhaustive]` and string enums that are generated.
    rust: Bump,
}

fn at<'a>(doc: &'a mut Value, pointer: &str) -> &'a mut Value {
    doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the project spec has no {pointer}"))
}

fn remove(doc: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    match at(doc, parent) {
        Value::Object(map) => {
            map.remove(&key).expect("key to remove");
        }
        Value::Array(items) => {
            items.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("{parent} holds no {key}"),
    }
}

fn set(doc: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    at(doc, parent).as_object_mut().unwrap().insert(key, value);
}

fn push(doc: &mut Value, pointer: &str, value: Value) {
    at(doc, pointer).as_array_mut().unwrap().push(value);
}

fn unrequire(doc: &mut Value, schema: &str, field: &str) {
    at(doc, &format!("{schema}/required"))
        .as_array_mut()
        .unwrap()
        .retain(|v| v != field);
}

const CONTACT: &str = "/components/schemas/Contact";
const LIST: &str = "/paths/~1contacts/get";

fn rows() -> Vec<Row> {
    vec![
        Row {
            name: "removed optional response field",
            edit: |d| remove(d, "/components/schemas/Contact/properties/phoneNumber"),
            pointer: "/components/schemas/Contact/properties/phoneNumber",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "removed required response field",
            edit: |d| {
                remove(d, "/components/schemas/Contact/properties/name");
                unrequire(d, CONTACT, "name");
            },
            pointer: "/components/schemas/Contact/properties/name",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "retyped response field",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/Team/properties/members/type",
                    json!("string"),
                );
                remove(d, "/components/schemas/Team/properties/members/format");
                remove(d, "/components/schemas/Team/properties/members/minimum");
            },
            pointer: "/components/schemas/Team/properties/members",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "retyped request field",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/CreateNoteRequest/properties/text/type",
                    json!("integer"),
                );
                remove(
                    d,
                    "/components/schemas/CreateNoteRequest/properties/text/example",
                );
            },
            pointer: "/components/schemas/CreateNoteRequest/properties/text",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "new required request field",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/CreateNoteRequest/properties/pinned",
                    json!({ "type": "boolean" }),
                );
                push(
                    d,
                    "/components/schemas/CreateNoteRequest/required",
                    json!("pinned"),
                );
            },
            pointer: "/components/schemas/CreateNoteRequest/properties/pinned",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "removed operation",
            edit: |d| remove(d, "/paths/~1contacts~1{uuid}/delete"),
            pointer: "/paths/~1contacts~1{uuid}/delete",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "removed path",
            edit: |d| remove(d, "/paths/~1contacts~1bsuid~1{bsuid}"),
            pointer: "/paths/~1contacts~1bsuid~1{bsuid}",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "renamed parameter",
            edit: |d| {
                set(
                    d,
                    "/paths/~1contacts/get/parameters/3/name",
                    json!("team_id"),
                )
            },
            pointer: "/paths/~1contacts/get/parameters/3",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "parameter moved from query to header",
            edit: |d| {
                set(
                    d,
                    "/paths/~1contacts~1phone~1{phone_number}/get/parameters/1/in",
                    json!("header"),
                )
            },
            pointer: "/paths/~1contacts~1phone~1{phone_number}/get/parameters/1",
            breaking: true,
            // progenitor keeps the same setter for a header parameter.
            rust: Bump::Patch,
        },
        Row {
            name: "retyped parameter",
            edit: |d| {
                set(
                    d,
                    "/components/parameters/Page/schema",
                    json!({ "type": "string" }),
                )
            },
            pointer: "/components/parameters/Page/schema",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "new required parameter",
            edit: |d| {
                push(
                    d,
                    &format!("{LIST}/parameters"),
                    json!({ "name": "account", "in": "query", "required": true,
                            "schema": { "type": "string" } }),
                )
            },
            pointer: "/paths/~1contacts/get/parameters/5",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "removed request enum value",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/BotStatusChange/enum",
                    json!(["bot_start"]),
                )
            },
            pointer: "/components/schemas/BotStatusChange/enum",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "response field made optional",
            edit: |d| unrequire(d, CONTACT, "uuid"),
            pointer: "/components/schemas/Contact/properties/uuid",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "response field made nullable",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/Bot/properties/name/nullable",
                    json!(true),
                )
            },
            pointer: "/components/schemas/Bot/properties/name",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            // `Option<String>` becomes `Option<Option<String>>`.
            name: "optional response field made nullable",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/Contact/properties/href/nullable",
                    json!(true),
                )
            },
            pointer: "/components/schemas/Contact/properties/href",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            // `Option<Option<String>>` becomes `Option<String>`, and the
            // `avatar_url_null` setter goes.
            name: "optional response field no longer nullable",
            edit: |d| {
                remove(
                    d,
                    "/components/schemas/Contact/properties/avatarUrl/nullable",
                )
            },
            pointer: "/components/schemas/Contact/properties/avatarUrl",
            breaking: false,
            rust: Bump::Major,
        },
        Row {
            // `Option<Option<String>>` becomes `Option<String>` written as `null`.
            name: "optional nullable response field made required",
            edit: |d| {
                push(
                    d,
                    "/components/schemas/Contact/required",
                    json!("avatarUrl"),
                )
            },
            pointer: "/components/schemas/Contact/properties/avatarUrl",
            breaking: false,
            rust: Bump::Major,
        },
        Row {
            name: "request field removed",
            edit: |d| {
                remove(
                    d,
                    "/components/schemas/UpdateContactRequest/properties/unassign_user",
                )
            },
            pointer: "/components/schemas/UpdateContactRequest/properties/unassign_user",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "request field made required",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/UpdateContactRequest/required",
                    json!(["name"]),
                )
            },
            pointer: "/components/schemas/UpdateContactRequest/properties/name",
            breaking: true,
            rust: Bump::Major,
        },
        Row {
            name: "success status removed (2XX narrowed to 204)",
            edit: |d| {
                let success = at(d, "/paths/~1contacts~1{uuid}/delete/responses/2XX").clone();
                remove(d, "/paths/~1contacts~1{uuid}/delete/responses/2XX");
                set(d, "/paths/~1contacts~1{uuid}/delete/responses/204", success);
            },
            pointer: "/paths/~1contacts~1{uuid}/delete/responses/2XX",
            breaking: true,
            rust: Bump::Patch,
        },
        Row {
            name: "operationId renamed: same wire call, renamed method",
            edit: |d| {
                set(
                    d,
                    "/paths/~1contacts~1{uuid}~1bot/get/operationId",
                    json!("fetchContactBot"),
                )
            },
            pointer: "/paths/~1contacts~1{uuid}~1bot/get/operationId",
            breaking: false,
            rust: Bump::Major,
        },
        Row {
            name: "security changed",
            edit: |d| {
                set(
                    d,
                    "/components/securitySchemes/apiKey",
                    json!({ "type": "apiKey", "in": "header", "name": "X-Api-Key" }),
                );
                set(d, "/security", json!([{ "apiKey": [] }]));
            },
            pointer: "/security",
            breaking: true,
            // Authentication lives in hand-written hooks: no generated item changes.
            rust: Bump::Patch,
        },
        Row {
            name: "request constraint tightened",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/CreateNoteRequest/properties/text/maxLength",
                    json!(500),
                )
            },
            pointer: "/components/schemas/CreateNoteRequest/properties/text/maxLength",
            breaking: true,
            // typify turns the bounded string into its own newtype.
            rust: Bump::Major,
        },
        Row {
            name: "new optional query parameter",
            edit: |d| {
                push(
                    d,
                    &format!("{LIST}/parameters"),
                    json!({ "name": "assigned_user", "in": "query",
                            "schema": { "type": "string" } }),
                )
            },
            pointer: "/paths/~1contacts/get/parameters/5",
            breaking: false,
            rust: Bump::Minor,
        },
        Row {
            name: "new value of a response enum",
            edit: |d| {
                push(
                    d,
                    "/components/schemas/ContactDeletedEventType/enum",
                    json!("contact_archived"),
                )
            },
            pointer: "/components/schemas/ContactDeletedEventType/enum",
            breaking: false,
            rust: Bump::Minor,
        },
        Row {
            name: "new value of an enum used both ways",
            edit: |d| push(d, "/components/schemas/Source/enum", json!("signal")),
            pointer: "/components/schemas/Source/enum",
            breaking: false,
            rust: Bump::Minor,
        },
        Row {
            name: "new response field",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/Contact/properties/language",
                    json!({ "type": "string", "description": "The contact's language." }),
                )
            },
            pointer: "/components/schemas/Contact/properties/language",
            breaking: false,
            rust: Bump::Minor,
        },
        Row {
            name: "new optional request field",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/UpdateContactRequest/properties/language",
                    json!({ "type": "string" }),
                )
            },
            pointer: "/components/schemas/UpdateContactRequest/properties/language",
            breaking: false,
            rust: Bump::Minor,
        },
        Row {
            name: "new operation",
            edit: |d| {
                set(
                    d,
                    "/paths/~1contacts~1{uuid}~1archive",
                    json!({
                        "parameters": [{ "$ref": "#/components/parameters/ContactUuid" }],
                        "post": {
                            "operationId": "archiveContact",
                            "responses": { "200": { "description": "Archived.", "content": {
                                "application/json": { "schema": {
                                    "$ref": "#/components/schemas/ContactResponse" } } } } }
                        }
                    }),
                )
            },
            pointer: "/paths/~1contacts~1{uuid}~1archive",
            breaking: false,
            rust: Bump::Minor,
        },
        Row {
            name: "new schema",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/Tag",
                    json!({ "type": "object", "description": "A tag.",
                            "properties": { "name": { "type": "string" } } }),
                )
            },
            pointer: "/components/schemas/Tag",
            breaking: false,
            rust: Bump::Minor,
        },
        Row {
            name: "schema renamed: same wire shape, renamed Rust type",
            edit: |d| {
                let team = d["components"]["schemas"]
                    .as_object_mut()
                    .unwrap()
                    .remove("Team")
                    .unwrap();
                set(d, "/components/schemas/Squad", team);
                set(
                    d,
                    "/components/schemas/Contact/properties/team/$ref",
                    json!("#/components/schemas/Squad"),
                );
            },
            pointer: "/components/schemas/Team",
            breaking: false,
            rust: Bump::Major,
        },
        Row {
            name: "path parameter renamed: same URLs, renamed setter",
            edit: |d| {
                let item = d["paths"]
                    .as_object_mut()
                    .unwrap()
                    .remove("/contacts/phone/{phone_number}")
                    .unwrap();
                set(d, "/paths/~1contacts~1phone~1{phone}", item);
                set(
                    d,
                    "/paths/~1contacts~1phone~1{phone}/get/parameters/0/name",
                    json!("phone"),
                );
            },
            pointer: "/paths/~1contacts~1phone~1{phone}/get/parameters/0",
            breaking: false,
            rust: Bump::Major,
        },
        Row {
            name: "documentation only",
            edit: |d| {
                set(
                    d,
                    "/components/schemas/Contact/description",
                    json!("Someone Callbell talks to, on one channel."),
                )
            },
            pointer: "/components/schemas/Contact/description",
            breaking: false,
            rust: Bump::Patch,
        },
        Row {
            name: "error status added",
            edit: |d| {
                set(
                    d,
                    "/paths/~1contacts/get/responses/403",
                    json!({ "$ref": "#/components/responses/Unauthorized" }),
                )
            },
            pointer: "/paths/~1contacts/get/responses/403",
            breaking: false,
            rust: Bump::Patch,
        },
    ]
}

fn project() -> Spec {
    spec::load(&workspace_root().join(SPEC), SPEC).expect("the project spec loads")
}

fn edited(base: &Spec, edit: fn(&mut Value)) -> Spec {
    let mut doc = base.json.clone();
    edit(&mut doc);
    // JSON is YAML: the edited copy goes through the same loader.
    let text = serde_json::to_string_pretty(&doc).unwrap();
    spec::parse(&text, "edited.yaml").expect("the edited spec loads")
}

/// What the row expects from the generator in this checkout (see [`Row::on`]).
fn describe(report: &Report) -> String {
    report.text()
}

#[test]
fn every_row_of_the_table_gets_its_verdicts() {
    let base = project();
    // Generated once: every row compares against the same spec.
    let base_surface = public_surface(&base).unwrap();
    let rows = rows();
    assert!(rows.len() >= 20);
    let check = |row: &Row| {
        let new = edited(&base, row.edit);
        let new_surface = public_surface(&new).unwrap();
        let report = compare_surfaces((&base, &base_surface), (&new, &new_surface), None);
        let rust = row.rust;
        let line = report.lines.iter().find(|l| l.pointer == row.pointer);
        let ok = report.breaking() == row.breaking
            && report.bump() == rust
            && line.is_some_and(|l| l.breaking() == row.breaking && l.bump() == rust);
        (!ok).then(|| {
            format!(
                "{}: expected wire breaking={} rust={} with a line at {}, got:\n{}",
                row.name,
                row.breaking,
                rust.as_str(),
                row.pointer,
                describe(&report)
            )
        })
    };
    // Each row generates a whole crate: the rows are shared out over the cores.
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let (rows, check) = (&rows, &check);
                scope.spawn(move || {
                    let mine = rows.iter().skip(worker).step_by(workers);
                    mine.filter_map(check).collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_unchanged_spec_reports_nothing() {
    let base = project();
    let report = compare(&base, &edited(&base, |_| {}), None).unwrap();
    assert!(report.lines.is_empty(), "{}", report.text());
    assert!(!report.fails());
}

#[test]
fn an_added_response_enum_value_explains_open_and_strict_clients() {
    let base = project();
    let new = edited(&base, |d| {
        push(
            d,
            "/components/schemas/ContactDeletedEventType/enum",
            json!("contact_archived"),
        )
    });
    let report = compare(&base, &new, None).unwrap();
    let text = report.text();
    assert!(text.contains("Other(String)"), "{text}");
    assert!(text.contains("strict client"), "{text}");
}

#[test]
fn a_rename_pairs_removal_and_addition_on_one_line() {
    let base = project();
    let new = edited(&base, |d| {
        set(
            d,
            "/paths/~1contacts/get/parameters/3/name",
            json!("team_id"),
        )
    });
    let report = compare(&base, &new, None).unwrap();
    assert_eq!(report.lines.len(), 1, "{}", report.text());
    let line = &report.lines[0];
    assert_eq!(line.wire[0].rule, "parameter-renamed");
    let items: Vec<&str> = line.rust.iter().map(|c| c.item.as_str()).collect();
    assert!(
        items.iter().any(|i| i.ends_with("::team_uuid()")),
        "{items:?}"
    );
    assert!(
        items.iter().any(|i| i.ends_with("::team_id()")),
        "{items:?}"
    );
}
