//! Documentation coverage: the spec (`openapi/callbell.yaml`, read with
//! serde_yaml) has everything Callbell's docs list, and every JSON example of
//! the docs is a fixture. The markdown is parsed here, so a docs update that
//! adds a field, a parameter, a page or an example fails the build until the
//! spec (and `tests/fixtures/`) catch up.
//!
//! How an API page's parameter rows are told apart ("Required Parameters" and
//! "Optional Parameters" tables do not say where a parameter goes): a name that
//! is a path parameter of the operation is a path parameter; otherwise, on a
//! GET or DELETE page it must be a query parameter, and on a POST, PATCH or PUT
//! page a property of the JSON request body. Rows under "Required Parameters"
//! must be required by the spec, rows under "Optional Parameters" must not be.
//! Rows of a "Response" table must be properties of the 200 response body.

use std::collections::{BTreeMap, BTreeSet};

use callbell_tests::docs::{self, Table};
use callbell_tests::fixtures;
use callbell_tests::spec::Spec;
use serde_json::Value;

fn spec() -> Spec {
    Spec::load().unwrap_or_else(|e| panic!("{e}"))
}

fn read(page: &str) -> String {
    docs::read(page).unwrap_or_else(|e| panic!("{e}"))
}

fn list(dir: &str, extension: &str) -> Vec<String> {
    docs::files(dir, extension).unwrap_or_else(|e| panic!("{e}"))
}

/// A table of fields or parameters (first column `Field` or `Parameter`).
fn is_field_table(table: &Table) -> bool {
    matches!(
        table.header.first().map(String::as_str),
        Some("Field" | "Parameter")
    )
}

fn names(set: &BTreeSet<String>) -> Vec<&str> {
    set.iter().map(String::as_str).collect()
}

/// Object-type pages and the schema each one describes; `None` with the
/// reason where the spec deliberately has no such schema.
const OBJECT_PAGES: &[(&str, Result<&str, &str>)] = &[
    ("reference/object_types/bot.md", Ok("Bot")),
    ("reference/object_types/channel.md", Ok("Channel")),
    ("reference/object_types/contact.md", Ok("Contact")),
    ("reference/object_types/message.md", Ok("Message")),
    ("reference/object_types/team.md", Ok("Team")),
    (
        "reference/object_types/conversation.md",
        Err("no /contacts operation or contact event returns a Conversation"),
    ),
    (
        "reference/object_types/funnel.md",
        Err("a Contact carries only `funnelId`; no /contacts body embeds a Funnel (ERRATA E13)"),
    ),
];

/// API pages and the operation each one documents.
const API_PAGES: &[(&str, Result<&str, &str>)] = &[
    ("get_contacts.original.md", Ok("listContacts")),
    (
        "reference/contacts_api/delete_contact.md",
        Ok("deleteContact"),
    ),
    ("reference/contacts_api/get_contact.md", Ok("getContact")),
    (
        "reference/contacts_api/get_contact_bot.md",
        Ok("getContactBot"),
    ),
    (
        "reference/contacts_api/get_contact_by_bsuid.md",
        Ok("getContactByBsuid"),
    ),
    (
        "reference/contacts_api/get_contact_by_phone.md",
        Ok("getContactByPhone"),
    ),
    (
        "reference/contacts_api/get_contact_messages.md",
        Ok("listContactMessages"),
    ),
    ("reference/contacts_api/get_contacts.md", Ok("listContacts")),
    (
        "reference/contacts_api/introduction.md",
        Err("an overview without tables"),
    ),
    (
        "reference/contacts_api/patch_contacts.md",
        Ok("updateContact"),
    ),
    (
        "reference/contacts_api/post_contact_bot.md",
        Ok("updateContactBot"),
    ),
    (
        "reference/contacts_api/post_contact_conversation_close.md",
        Ok("closeContactConversation"),
    ),
    (
        "reference/contacts_api/post_contact_conversation_create_note.md",
        Ok("createContactConversationNote"),
    ),
    (
        "reference/contacts_api/post_contact_conversation_open.md",
        Ok("openContactConversation"),
    ),
    (
        "reference/contacts_api/post_contacts.md",
        Ok("createContact"),
    ),
    (
        "reference/contacts_api/put_contacts_conversation_update_funnel.md",
        Ok("updateContactConversationFunnel"),
    ),
];

/// Checks that every page in `dir` is listed in `table` (so a new docs page
/// needs a decision) and returns the listed pages that map to something.
fn mapped_pages<'a>(
    dir: &str,
    table: &'a [(&'a str, Result<&'a str, &'a str>)],
) -> Vec<(&'a str, &'a str)> {
    let listed: BTreeSet<&str> = table.iter().map(|(page, _)| *page).collect();
    let unlisted: Vec<String> = list(dir, "md")
        .into_iter()
        .filter(|page| !listed.contains(page.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "docs pages the coverage tests do not know yet (map them in tests/tests/docs_coverage.rs): {unlisted:?}"
    );
    table
        .iter()
        .filter_map(|(page, target)| target.ok().map(|t| (*page, t)))
        .collect()
}

#[test]
fn object_type_tables_match_the_schemas_both_ways() {
    let spec = spec();
    let mut failures = Vec::new();
    for (page, schema_name) in mapped_pages("reference/object_types", OBJECT_PAGES) {
        let schema = spec
            .schema(schema_name)
            .unwrap_or_else(|| panic!("the spec has no schema {schema_name}"));
        let in_spec = spec.properties(schema);
        let tables: Vec<Table> = docs::tables(&read(page))
            .into_iter()
            .filter(is_field_table)
            .collect();
        let documented: BTreeSet<String> = tables
            .iter()
            .flat_map(|t| t.names())
            .map(str::to_string)
            .collect();
        assert!(!documented.is_empty(), "{page}: no field table found");
        let missing: BTreeSet<String> = documented.difference(&in_spec).cloned().collect();
        if !missing.is_empty() {
            failures.push(format!(
                "{page}: fields {:?} are not properties of the spec's {schema_name}",
                names(&missing)
            ));
        }
        let undocumented: BTreeSet<String> = in_spec.difference(&documented).cloned().collect();
        if !undocumented.is_empty() {
            failures.push(format!(
                "{page}: the spec's {schema_name} has properties the docs do not list: {:?}",
                names(&undocumented)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn api_page_parameters_and_response_fields_exist_on_their_operations() {
    let spec = spec();
    let mut failures = Vec::new();
    let mut rows_checked = 0;
    for (page, operation_id) in mapped_pages("reference/contacts_api", API_PAGES) {
        let op = spec
            .operation(operation_id)
            .unwrap_or_else(|| panic!("the spec has no operation {operation_id}"));
        let body = op
            .request_body
            .map(|b| (spec.properties(b), spec.required(b)));
        let ok = op
            .ok_response
            .map(|r| spec.properties(r))
            .unwrap_or_default();
        let mut saw_response_table = false;
        for table in docs::tables(&read(page))
            .iter()
            .filter(|t| is_field_table(t))
        {
            let required = match table.heading.as_str() {
                "Required Parameters" => Some(true),
                "Optional Parameters" => Some(false),
                "Response" => None,
                other => {
                    failures.push(format!(
                        "{page}: a field table under the unexpected heading `{other}`"
                    ));
                    continue;
                }
            };
            for name in table.names() {
                rows_checked += 1;
                let Some(required) = required else {
                    saw_response_table = true;
                    if !ok.contains(name) {
                        failures.push(format!(
                            "{page}: response field `{name}` is not in the 200 body of {operation_id}"
                        ));
                    }
                    continue;
                };
                let param = op.parameters.iter().find(|p| p.name == name);
                let (where_, found, spec_required) = match param {
                    Some(p) if p.location == "path" => ("path parameter", true, p.required),
                    _ if matches!(op.method.as_str(), "get" | "delete") => (
                        "query parameter",
                        param.is_some_and(|p| p.location == "query"),
                        param.is_some_and(|p| p.required),
                    ),
                    _ => match &body {
                        Some((props, req)) => {
                            ("body property", props.contains(name), req.contains(name))
                        }
                        None => ("body property (no request body)", false, false),
                    },
                };
                if !found {
                    failures.push(format!(
                        "{page}: `{name}` ({}) is not a {where_} of {operation_id} ({} {})",
                        table.heading, op.method, op.path
                    ));
                } else if spec_required != required {
                    failures.push(format!(
                        "{page}: `{name}` is listed under {} but the spec's {where_} is {}",
                        table.heading,
                        if spec_required {
                            "required"
                        } else {
                            "optional"
                        }
                    ));
                }
            }
        }
        if !saw_response_table {
            failures.push(format!("{page}: no Response table found"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        rows_checked >= 40,
        "only {rows_checked} table rows found; is the parser broken?"
    );
}

/// The custom-field type table of the create and update pages lists exactly
/// the spec's `CustomFieldType` values.
#[test]
fn custom_field_types_match_the_spec_enum() {
    let spec = spec();
    let in_spec = spec.enum_values(spec.schema("CustomFieldType").expect("CustomFieldType"));
    for page in [
        "reference/contacts_api/post_contacts.md",
        "reference/contacts_api/patch_contacts.md",
    ] {
        let table = docs::tables(&read(page))
            .into_iter()
            .find(|t| t.header.first().map(String::as_str) == Some("Type"))
            .unwrap_or_else(|| panic!("{page}: no custom field type table"));
        let documented: BTreeSet<String> = table.names().into_iter().map(str::to_string).collect();
        assert_eq!(
            documented, in_spec,
            "{page}: custom field types differ from the spec"
        );
    }
}

/// The contact webhook pages: their event names are the spec's event enums,
/// and the deletion payload's fields are `DeletedContact`'s.
#[test]
fn contact_webhook_pages_match_the_event_schemas() {
    let spec = spec();
    let event_names: BTreeSet<String> = ["ContactEventType", "ContactDeletedEventType"]
        .into_iter()
        .flat_map(|s| spec.enum_values(spec.schema(s).expect("event enum")))
        .collect();
    let webhooks: BTreeSet<String> = spec
        .root()
        .get("x-webhooks")
        .and_then(Value::as_object)
        .map(|w| w.keys().cloned().collect())
        .unwrap_or_default();
    let mut documented = BTreeSet::new();
    for page in list("reference/webhooks/contact_events", "md") {
        let text = read(&page);
        let names = docs::inline_code_under(&text, "Event Name");
        assert_eq!(
            names.len(),
            1,
            "{page}: expected one event name, found {names:?}"
        );
        documented.insert(names[0].clone());
        for table in docs::tables(&text).iter().filter(|t| is_field_table(t)) {
            assert_eq!(
                names[0], "contact_deleted",
                "{page}: unexpected payload table"
            );
            let fields: BTreeSet<String> = table.names().into_iter().map(str::to_string).collect();
            let schema = spec.schema("DeletedContact").expect("DeletedContact");
            assert_eq!(
                fields,
                spec.properties(schema),
                "{page}: payload fields differ"
            );
        }
    }
    assert_eq!(
        documented, event_names,
        "event names differ from the spec's enums"
    );
    assert_eq!(
        documented, webhooks,
        "event names differ from the spec's x-webhooks"
    );
}

// ---------------------------------------------------------------------------
// Every docs example is a fixture, and every fixture is a docs example.

/// Docs whose examples are fixtures.
fn example_sources() -> Vec<String> {
    let mut pages = vec!["get_contacts.original.md".to_string()];
    pages.extend(list("reference/contacts_api", "md"));
    pages.extend(list("reference/object_types", "md"));
    pages.extend(list("reference/webhooks/contact_events", "md"));
    pages.extend(list("snippets/curl", "mdx"));
    pages
}

/// Docs files whose JSON is broken and repaired by `docs::repair_json`
/// (ERRATA E1, E2, E5). A newly broken example must be looked at and added.
const REPAIRED: [&str; 4] = [
    "get_contacts.original.md",
    "reference/contacts_api/get_contacts.md",
    "reference/contacts_api/post_contact_conversation_close.md",
    "snippets/curl/_put_contact_conversation_update_funnel.mdx",
];

/// The fixtures an example stands for: itself, except where the spec
/// deliberately differs from the docs (each case is an ERRATA entry).
fn fixture_forms(doc: &str, example: Value) -> Vec<Value> {
    match doc {
        // E3: number custom field values are strings.
        "snippets/curl/_patch_contacts.mdx" => {
            let mut example = example;
            if let Some(fields) = example
                .get_mut("custom_fields")
                .and_then(Value::as_object_mut)
            {
                for value in fields.values_mut() {
                    if let Value::Number(n) = value {
                        *value = Value::String(n.to_string());
                    }
                }
            }
            vec![example]
        }
        // E4: the custom_fields fragment, completed with the page's curl body.
        "reference/contacts_api/post_contacts.md" if example.get("contact").is_none() => {
            let snippet = docs::curl_bodies(&read("snippets/curl/_post_contacts.mdx"));
            let mut body: Value = serde_json::from_str(&snippet[0]).expect("curl body is JSON");
            let map = body.as_object_mut().expect("curl body is an object");
            map.extend(example.as_object().cloned().unwrap_or_default());
            vec![body]
        }
        // E15: a GET /channels list; its items are Channel fixtures.
        "reference/object_types/channel.md" => {
            example["channels"].as_array().cloned().unwrap_or_default()
        }
        _ => vec![example],
    }
}

#[test]
fn every_docs_example_is_a_fixture_and_every_fixture_a_docs_example() {
    let fixtures = fixtures::load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut unmatched_fixtures: BTreeMap<String, &Value> =
        fixtures.iter().map(|f| (f.relative(), &f.json)).collect();
    let mut failures = Vec::new();
    let mut examples = 0;
    for doc in example_sources() {
        let text = read(&doc);
        let blocks = docs::json_blocks(&text)
            .into_iter()
            .chain(docs::curl_bodies(&text));
        for (i, block) in blocks.enumerate() {
            examples += 1;
            let example = match serde_json::from_str::<Value>(&block) {
                Ok(value) => value,
                Err(error) => match serde_json::from_str::<Value>(&docs::repair_json(&block)) {
                    Ok(value) if REPAIRED.contains(&doc.as_str()) => value,
                    Ok(_) => {
                        failures.push(format!(
                            "{doc}, example {}: broken JSON ({error}); add a repaired fixture, an ERRATA entry and list the page in REPAIRED",
                            i + 1
                        ));
                        continue;
                    }
                    Err(_) => {
                        failures.push(format!(
                            "{doc}, example {}: broken JSON that repair_json cannot fix ({error})",
                            i + 1
                        ));
                        continue;
                    }
                },
            };
            for form in fixture_forms(&doc, example) {
                let matching: Vec<String> = fixtures
                    .iter()
                    .filter(|f| f.json == form)
                    .map(|f| f.relative())
                    .collect();
                if matching.is_empty() {
                    failures.push(format!(
                        "{doc}, example {}: no fixture under tests/fixtures/ has this content:\n{}",
                        i + 1,
                        serde_json::to_string_pretty(&form).unwrap()
                    ));
                }
                for name in matching {
                    unmatched_fixtures.remove(&name);
                }
            }
        }
    }
    for name in unmatched_fixtures.keys() {
        failures.push(format!("tests/fixtures/{name} matches no docs example"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(
        examples >= 25,
        "only {examples} docs examples found; is the parser broken?"
    );
}
