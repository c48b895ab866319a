//! Every docs fixture (`tests/fixtures/<Schema>/<name>.json`) is valid against
//! its component schema under the strict validator (`callbell::schema`): the
//! spec agrees with every example Callbell documents.

use callbell::schema::{ComponentSchema, Schema};
use callbell_tests::fixtures;

#[test]
fn every_docs_fixture_validates_as_its_schema() {
    let all = fixtures::load_all().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !all.is_empty(),
        "no fixtures found in {}",
        fixtures::dir().display()
    );
    let mut failures = Vec::new();
    for fixture in &all {
        match Schema::named(&fixture.schema) {
            Ok(schema) => {
                if let Err(errors) = schema.validate(&fixture.json) {
                    failures.extend(
                        errors
                            .iter()
                            .map(|e| format!("{}: {e}", fixture.relative())),
                    );
                }
            }
            Err(e) => failures.push(format!("{}: {e}", fixture.relative())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The validator's schemas are exactly those the types of `callbell::types`
/// name plus those without a type, so `Schema::of::<T>()` finds each one.
#[test]
fn every_schema_is_named_by_one_type_or_listed_without_one() {
    macro_rules! names {
        ($($name:ident),+ $(,)?) => { [$(<callbell::types::$name as ComponentSchema>::SCHEMA),+] };
    }
    let mut named = callbell::for_each_schema_type!(names).to_vec();
    named.extend_from_slice(callbell::SCHEMAS_WITHOUT_TYPE);
    named.sort_unstable();
    assert_eq!(callbell::schema::schema_names(), named.as_slice());
}
