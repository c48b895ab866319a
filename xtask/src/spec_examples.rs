//! Every `example` / `examples` value written in `openapi/callbell.yaml`
//! validates against its schema, converted to JSON Schema exactly as
//! `schemas.json` is (formats enforced). Examples sit on schemas (a component
//! or one of its properties) and on parameters, headers and media types
//! (which carry a `schema`); both are covered, `$ref`'d Example Objects too.

use serde_json::{Value, json};

use crate::json_schema::{convert_components, convert_schema};
use crate::paths::{SPEC, workspace_root};
use crate::spec::{self, escape};

/// One example and the schema it must satisfy.
struct Example {
    /// Where the example is written.
    pointer: String,
    value: Value,
    /// The schema (OpenAPI form) and where it is.
    schema: Value,
    schema_pointer: String,
}

/// Collects the examples under `node`, at `at`.
fn collect(root: &Value, node: &Value, at: &str, out: &mut Vec<Example>) {
    match node {
        Value::Object(map) => {
            // A parameter, header or media type: its examples follow its `schema`.
            // Otherwise the object is the schema the example belongs to.
            let (schema, schema_pointer) = match map.get("schema") {
                Some(schema) if schema.is_object() => (schema, format!("{at}/schema")),
                _ => (node, at.to_string()),
            };
            if let Some(value) = map.get("example") {
                out.push(Example {
                    pointer: format!("{at}/example"),
                    value: value.clone(),
                    schema: schema.clone(),
                    schema_pointer: schema_pointer.clone(),
                });
            }
            if let Some(Value::Object(examples)) = map.get("examples") {
                for (name, example) in examples {
                    let example = match example.get("$ref").and_then(Value::as_str) {
                        Some(target) => spec::resolve_ref(root, target).unwrap_or(example),
                        None => example,
                    };
                    if let Some(value) = example.get("value") {
                        out.push(Example {
                            pointer: format!("{at}/examples/{}/value", escape(name)),
                            value: value.clone(),
                            schema: schema.clone(),
                            schema_pointer: schema_pointer.clone(),
                        });
                    }
                }
            }
            for (key, child) in map {
                if key != "example" && key != "examples" {
                    collect(root, child, &format!("{at}/{}", escape(key)), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(root, item, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_example_in_the_spec_validates_against_its_schema() {
    let spec = spec::load(&workspace_root().join(SPEC), SPEC).unwrap();
    let defs = convert_components(&spec.json).unwrap()["$defs"].clone();
    let mut examples = Vec::new();
    collect(&spec.json, &spec.json, "", &mut examples);

    let mut failures = Vec::new();
    for example in &examples {
        let mut schema = convert_schema(&example.schema, &example.schema_pointer).unwrap();
        schema["$defs"] = defs.clone();
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .should_ignore_unknown_formats(false)
            .build(&schema)
            .unwrap();
        for error in validator.iter_errors(&example.value) {
            failures.push(format!(
                "{SPEC}: {}: {} (schema at {})",
                example.pointer, error, example.schema_pointer
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The spec has examples on components, on properties and on parameters.
    let at = |prefix: &str| examples.iter().any(|e| e.pointer.starts_with(prefix));
    assert!(at("/components/schemas/Source/example"));
    assert!(at("/components/schemas/Contact/properties/"));
    assert!(at("/components/parameters/"));
    assert!(at("/paths/"));
}

#[test]
fn a_wrong_example_is_caught() {
    // The same walk over a spec fragment whose examples break their schemas.
    let doc = json!({
        "components": {
            "schemas": {
                "T": {"type": "string", "format": "date-time", "example": "yesterday"},
                "U": {"type": "object", "properties": {"n": {"type": "integer", "format": "int32", "example": 1.5}}}
            },
            "parameters": {"P": {"name": "p", "in": "query", "schema": {"type": "string"}, "example": 3}}
        }
    });
    let mut examples = Vec::new();
    collect(&doc, &doc, "", &mut examples);
    let mut failing: Vec<&str> = examples
        .iter()
        .filter(|example| {
            let schema = convert_schema(&example.schema, &example.schema_pointer).unwrap();
            !jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&schema)
                .unwrap()
                .is_valid(&example.value)
        })
        .map(|example| example.pointer.as_str())
        .collect();
    failing.sort_unstable();
    assert_eq!(
        failing,
        [
            "/components/parameters/P/example",
            "/components/schemas/T/example",
            "/components/schemas/U/properties/n/example",
        ]
    );
}
