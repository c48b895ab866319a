//! Every docs fixture (`tests/fixtures/<Schema>/<name>.json`) is valid against
//! its component schema under the strict validator (`callbell::schema`): the
//! spec agrees with every example Callbell documents.

use callbell::schema::Schema;
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
