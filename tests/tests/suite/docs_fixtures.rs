//! Every docs fixture (`tests/fixtures/<Schema>/<name>.json`, see
//! `tests/fixtures/INDEX.md`) is read by the generated type its directory
//! names, written back without losing or changing a value, pinned by an insta
//! snapshot, and accepted by the JSON Schema schemars derives for that type.
//!
//! Glob-driven: a new fixture needs no new test code. Failures are collected
//! over all fixtures, so one run names every broken fixture and pointer.
//!
//! Rename detection: a property the generated code spells differently from the
//! docs (say the spec renamed `phoneNumber` to `phone_number`) is ignored on
//! read and missing on write, so the round trip reports
//! `ContactList/get_contacts.json: … lost /contacts/0/phoneNumber (was "+123 456 789")`.
//! `a_misspelled_property_is_reported_with_fixture_and_pointer` below checks
//! this with the real pipeline; tests/README.md records the manual check with
//! the spec itself.

use std::panic::{AssertUnwindSafe, catch_unwind};

use callbell_tests::fixtures::{self, Fixture};
use callbell_tests::schemas::{self, SCHEMA_TYPES};
use callbell_tests::spec::Spec;

/// The schemas that must have at least one docs fixture.
const PROMISED: [&str; 13] = [
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
    "UpdateBotRequest",
    "CreateNoteRequest",
    "UpdateFunnelRequest",
];

fn all_fixtures() -> Vec<Fixture> {
    let fixtures = fixtures::load_all().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !fixtures.is_empty(),
        "no fixtures under {}",
        fixtures::dir().display()
    );
    fixtures
}

/// Runs `check` on every fixture; `Some(message)` is a failure.
fn failures(check: impl FnMut(&Fixture) -> Option<String>) -> Vec<String> {
    all_fixtures().iter().filter_map(check).collect()
}

/// Panics with every failure, one per paragraph, if there is any.
fn fail_on(failures: Vec<String>, what: &str) {
    assert!(
        failures.is_empty(),
        "{} fixture(s) {what}:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_fixture_directory_names_a_known_schema() {
    let unknown: Vec<String> = fixtures::schema_dirs()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|dir| schemas::lookup(dir).is_none())
        .map(|dir| format!("tests/fixtures/{dir}/ names no schema of callbell_tests::schemas"))
        .collect();
    assert!(unknown.is_empty(), "{}", unknown.join("\n"));
}

#[test]
fn every_promised_schema_has_a_fixture() {
    let fixtures = all_fixtures();
    let missing: Vec<&str> = PROMISED
        .into_iter()
        .filter(|schema| !fixtures.iter().any(|f| f.schema == *schema))
        .collect();
    assert!(missing.is_empty(), "no fixture for {missing:?}");
}

#[test]
fn the_schema_table_has_exactly_the_spec_schemas() {
    let spec = Spec::load().unwrap_or_else(|e| panic!("{e}"));
    let mut in_spec = spec.schema_names();
    for plain in callbell::SCHEMAS_WITHOUT_TYPE {
        assert!(
            in_spec.remove(*plain),
            "{plain} is not a schema of the spec"
        );
    }
    let in_table: std::collections::BTreeSet<String> =
        SCHEMA_TYPES.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(
        in_table, in_spec,
        "callbell_tests::schemas::SCHEMA_TYPES must list every component schema of the spec"
    );
}

#[test]
fn fixtures_read_into_their_types_and_write_back_unchanged() {
    fail_on(
        failures(|f| fixtures::check(f).err()),
        "do not survive a round trip through their generated type",
    );
}

#[test]
fn typed_values_match_their_snapshots() {
    let failed = failures(|fixture| {
        // A fixture that fails its round trip is reported by
        // fixtures_read_into_their_types_and_write_back_unchanged.
        let written = fixtures::check(fixture).ok()?;
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path("snapshots/docs_fixtures");
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(&fixture.path);
        settings.set_description(format!(
            "tests/fixtures/{} read as callbell::types::{} and written back",
            fixture.relative(),
            fixture.schema
        ));
        settings.set_omit_expression(true);
        let name = fixture.snapshot_name();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_json_snapshot!(name.as_str(), written));
        }));
        outcome
            .is_err()
            .then(|| format!("{}: snapshot `{name}` does not match", fixture.relative()))
    });
    fail_on(
        failed,
        "differ from their snapshots (see above; review with cargo insta)",
    );
}

#[test]
fn schemars_schemas_accept_their_fixtures() {
    let failed = failures(|fixture| {
        // An unknown schema is reported by every_fixture_directory_names_a_known_schema.
        let schema = schemas::lookup(&fixture.schema)?;
        let json_schema = (schema.json_schema)();
        let validator = jsonschema::validator_for(&json_schema).unwrap_or_else(|e| {
            panic!(
                "schemars' schema for {} does not compile: {e}",
                fixture.schema
            )
        });
        let errors: Vec<String> = validator
            .iter_errors(&fixture.json)
            .map(|e| format!("  {}: {e}", e.instance_path()))
            .collect();
        (!errors.is_empty()).then(|| {
            format!(
                "{}: rejected by schemars::schema_for!(callbell::types::{}):\n{}",
                fixture.relative(),
                fixture.schema,
                errors.join("\n")
            )
        })
    });
    fail_on(failed, "are rejected by the JSON Schema schemars derives");
}

/// The rename-detection promise, through the real pipeline: a fixture whose
/// key the generated type spells differently (here the fixture is changed
/// to `phone_number`, which is what a spec renamed to `phone_number` looks like
/// from the other side) fails with the fixture's name and every pointer.
#[test]
fn a_misspelled_property_is_reported_with_fixture_and_pointer() {
    let mut fixture = all_fixtures()
        .into_iter()
        .find(|f| f.relative() == "ContactList/get_contacts.original.json")
        .expect("the original GET /contacts fixture exists");
    for contact in fixture.json["contacts"].as_array_mut().unwrap() {
        let contact = contact.as_object_mut().unwrap();
        let phone = contact.remove("phoneNumber").unwrap();
        contact.insert("phone_number".into(), phone);
    }
    let message = fixtures::check(&fixture).expect_err("a misspelled property must fail");
    assert!(
        message.starts_with("ContactList/get_contacts.original.json: "),
        "{message}"
    );
    assert!(
        message.contains("lost    /contacts/0/phone_number (was \"+123 456 789\")"),
        "{message}"
    );
    assert!(
        message.contains("lost    /contacts/1/phone_number (was \"+33 11 22 33 44\")"),
        "{message}"
    );
}

/// A value of the wrong type is refused with the JSON pointer of the value.
#[test]
fn a_wrongly_typed_value_is_reported_with_its_pointer() {
    let mut fixture = all_fixtures()
        .into_iter()
        .find(|f| f.relative() == "ContactResponse/get_contact.json")
        .expect("the GET /contacts/:uuid fixture exists");
    fixture.json["contact"][0]["customFields"]["VAT"] = serde_json::json!(123);
    let message = fixtures::check(&fixture).expect_err("a number custom field must fail");
    assert!(
        message.starts_with(
            "ContactResponse/get_contact.json: does not read as callbell::types::ContactResponse: at /contact/0/customFields/VAT"
        ),
        "{message}"
    );
}
