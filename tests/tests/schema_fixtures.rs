//! Every docs fixture (`tests/fixtures/<Schema>/<name>.json`) is valid against
//! its component schema under the strict validator (`callbell::schema`): the
//! spec agrees with every example Callbell documents.

use callbell::schema::Schema;
use callbell_tests::fixtures;

#[test]
fn every_docs_fixture_validates_as_its_schema() {
    let all = fixtures::all();
    assert!(
        !all.is_empty(),
        "no fixtures found in {}",
        fixtures::dir().display()
    );
    let mut failures = Vec::new();
    for fixture in &all {
        let schema = match Schema::named(&fixture.schema) {
            Ok(schema) => schema,
            Err(e) => {
                failures.push(format!(
                    "{}: the directory names no schema: {e}",
                    fixture.id()
                ));
                continue;
            }
        };
        let value: serde_json::Value = match serde_json::from_slice(&fixture.bytes()) {
            Ok(value) => value,
            Err(e) => {
                failures.push(format!("{}: not JSON: {e}", fixture.id()));
                continue;
            }
        };
        if let Err(errors) = schema.validate(&value) {
            failures.extend(errors.iter().map(|e| format!("{}: {e}", fixture.id())));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
