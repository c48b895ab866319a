//! Documentation coverage: the spec (`openapi/callbell.yaml`) has everything
//! Callbell's docs list, and every docs example is a fixture. The docs
//! themselves are not read here: their tables and examples are checked in as
//! data (`tests/docs/pages.json`, `tests/docs/examples.json`), and
//! `cargo xtask docs-audit` keeps that data equal to the docs. So a docs update
//! that adds a field fails the audit until the data catches up, and then these
//! tests until the spec does.
//!
//! How an API page's parameter rows are told apart ("Required Parameters" and
//! "Optional Parameters" tables do not say where a parameter goes): a name that
//! is a path parameter of the operation is a path parameter; otherwise, on a
//! GET or DELETE page it must be a query parameter, and on a POST, PATCH or PUT
//! page a property of the JSON request body. Rows under "Required Parameters"
//! must be required by the spec, rows under "Optional Parameters" must not be.
//! Rows of a "Response" table must be properties of the 200 response body.

use std::collections::BTreeSet;

use callbell_tests::docs::{self, Describes, Page, Table};
use callbell_tests::fixtures;
use callbell_tests::spec::Spec;
use serde_json::Value;

fn spec() -> Spec {
    Spec::load().unwrap_or_else(|e| panic!("{e}"))
}

fn pages() -> Vec<Page> {
    docs::pages().unwrap_or_else(|e| panic!("{e}")).pages
}

fn names(set: &BTreeSet<String>) -> Vec<&str> {
    set.iter().map(String::as_str).collect()
}

/// The pages that describe something of the given kind.
fn described<'a, T>(
    pages: &'a [Page],
    pick: impl Fn(&'a Describes) -> Option<T>,
) -> Vec<(&'a Page, T)> {
    pages
        .iter()
        .filter_map(|p| pick(&p.describes).map(|t| (p, t)))
        .collect()
}

#[test]
fn every_docs_page_says_what_it_describes() {
    let pages = pages();
    assert!(pages.len() >= 20, "only {} pages", pages.len());
    let undecided: Vec<&str> = pages
        .iter()
        .filter(|p| p.describes == Describes::Undecided)
        .map(|p| p.page.as_str())
        .collect();
    assert!(
        undecided.is_empty(),
        "tests/docs/pages.json: say what these pages describe (a schema, an operation, or nothing and why): {undecided:?}"
    );
}

#[test]
fn object_type_tables_match_the_schemas_both_ways() {
    let spec = spec();
    let mut failures = Vec::new();
    let pages = pages();
    let objects = described(&pages, |d| match d {
        Describes::Schema(name) => Some(name.as_str()),
        _ => None,
    });
    assert!(objects.len() >= 5, "only {} object pages", objects.len());
    for (page, schema_name) in objects {
        let page_name = &page.page;
        let schema = spec
            .schema(schema_name)
            .unwrap_or_else(|| panic!("the spec has no schema {schema_name}"));
        let in_spec = spec.properties(schema);
        let documented: BTreeSet<String> = page
            .tables
            .iter()
            .filter(|t| t.is_field_table())
            .flat_map(Table::names)
            .map(str::to_string)
            .collect();
        assert!(!documented.is_empty(), "{page_name}: no field table found");
        let missing: BTreeSet<String> = documented.difference(&in_spec).cloned().collect();
        if !missing.is_empty() {
            failures.push(format!(
                "{page_name}: fields {:?} are not properties of the spec's {schema_name}",
                names(&missing)
            ));
        }
        let undocumented: BTreeSet<String> = in_spec.difference(&documented).cloned().collect();
        if !undocumented.is_empty() {
            failures.push(format!(
                "{page_name}: the spec's {schema_name} has properties the docs do not list: {:?}",
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
    let pages = pages();
    let operations = described(&pages, |d| match d {
        Describes::Operation(id) => Some(id.as_str()),
        _ => None,
    });
    assert!(
        operations.len() >= 14,
        "only {} API pages",
        operations.len()
    );
    for (page, operation_id) in operations {
        let (tables, page) = (&page.tables, page.page.as_str());
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
        for table in tables.iter().filter(|t| t.is_field_table()) {
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

/// Every custom-field type table of the docs (on the create and update pages)
/// lists exactly the spec's `CustomFieldType` values.
#[test]
fn custom_field_types_match_the_spec_enum() {
    let spec = spec();
    let in_spec = spec.enum_values(spec.schema("CustomFieldType").expect("CustomFieldType"));
    let mut tables_seen = 0;
    for page in pages() {
        for table in page.tables.iter().filter(|t| t.kind == "Type") {
            tables_seen += 1;
            let documented: BTreeSet<String> = table.names().map(str::to_string).collect();
            assert_eq!(
                documented, in_spec,
                "{}: custom field types differ from the spec",
                page.page
            );
        }
    }
    assert_eq!(
        tables_seen, 2,
        "expected the create and update pages' type tables"
    );
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
    let pages = pages();
    for (page, ()) in described(&pages, |d| (*d == Describes::WebhookEvent).then_some(())) {
        let name = page
            .event
            .clone()
            .unwrap_or_else(|| panic!("{}: no event name", page.page));
        for table in page.tables.iter().filter(|t| t.is_field_table()) {
            assert_eq!(
                name, "contact_deleted",
                "{}: unexpected payload table",
                page.page
            );
            let fields: BTreeSet<String> = table.names().map(str::to_string).collect();
            let schema = spec.schema("DeletedContact").expect("DeletedContact");
            assert_eq!(
                fields,
                spec.properties(schema),
                "{}: payload fields differ",
                page.page
            );
        }
        documented.insert(name);
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
// Every docs example is a fixture, and every fixture a docs example.

#[test]
fn every_fixture_is_a_docs_example_and_every_listed_fixture_exists() {
    let examples = docs::examples().unwrap_or_else(|e| panic!("{e}")).examples;
    let fixtures: BTreeSet<String> = fixtures::load_all()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(|f| f.relative())
        .collect();
    let listed: BTreeSet<String> = examples
        .iter()
        .flat_map(|e| e.fixtures.iter().cloned())
        .collect();
    let unlisted: Vec<&String> = fixtures.difference(&listed).collect();
    assert!(
        unlisted.is_empty(),
        "fixtures that tests/docs/examples.json names as no docs example's: {unlisted:?}"
    );
    let missing: Vec<&String> = listed.difference(&fixtures).collect();
    assert!(
        missing.is_empty(),
        "tests/docs/examples.json names fixtures that do not exist: {missing:?}"
    );
    assert!(
        examples.len() >= 25,
        "only {} docs examples listed",
        examples.len()
    );
}

/// Every edit the spec makes to a docs example is explained in ERRATA.
#[test]
fn every_edited_example_names_its_errata_entry() {
    let errata =
        std::fs::read_to_string(callbell_tests::workspace_root().join("openapi/ERRATA.md"))
            .expect("openapi/ERRATA.md");
    for example in docs::examples().unwrap_or_else(|e| panic!("{e}")).examples {
        let place = format!("{}, example {}", example.doc, example.example);
        assert!(!example.fixtures.is_empty(), "{place}: no fixture");
        match (&example.errata, example.edits.is_empty()) {
            (None, true) => {}
            (Some(entry), false) => assert!(
                errata.contains(&format!("### {entry}. ")),
                "{place}: openapi/ERRATA.md has no entry {entry}"
            ),
            _ => panic!("{place}: edits and an ERRATA entry go together"),
        }
    }
}
