//! OpenAPI 3.0 schemas → one JSON Schema (draft 2020-12) document.
//!
//! `cargo xtask codegen` writes the spec's `components/schemas` as
//! `crates/callbell-schema/src/generated/schemas.json`, which the strict
//! validator (`callbell-schema`, `callbell::schema` with feature `validate`)
//! embeds to validate payloads. The conversion keeps the
//! spec as written (closed enums included: the open enums of the typed reader
//! are not the contract) and turns OpenAPI's dialect into plain JSON Schema:
//!
//! - `$ref: '#/components/schemas/X'` → `$ref: '#/$defs/X'`;
//! - `nullable: true` → `null` added to `type` (and to `enum`); next to a
//!   `$ref`, `oneOf`, `anyOf` or `allOf` (no `type`) → `anyOf: [{type: null}, {...}]`;
//! - `format`: the string formats JSON Schema defines are kept (and enforced
//!   by the validator); `int32`/`int64`/`float` become `minimum`/`maximum`;
//!   `byte` becomes a base64 `pattern`; `binary` and `password` constrain
//!   nothing and are dropped. Any other format is refused, so nothing the
//!   spec declares goes unchecked;
//! - boolean `exclusiveMinimum`/`exclusiveMaximum` → their numeric form;
//! - `example` → `examples: [example]` (an annotation);
//! - `discriminator`, `xml`, `externalDocs` and `x-` extensions are dropped.
//!
//! Unknown keywords are refused with their JSON pointer, so a misspelled
//! `maxlength` cannot silently weaken the validator.

use serde_json::{Map, Value, json};

use crate::spec::{Spec, SpecError, escape};

/// The JSON Schema dialect of the output.
pub const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Where the spec's component schemas are.
const COMPONENTS: &str = "/components/schemas";

/// A `$ref` prefix in the spec and its replacement in the output.
const SPEC_REF: &str = "#/components/schemas/";
const DEFS_REF: &str = "#/$defs/";

/// The `$comment` of the output: it is generated and must not be edited.
const COMMENT: &str = "@generated from openapi/callbell.yaml by `cargo xtask codegen`. \
Do not edit by hand: change the spec and run `cargo xtask codegen` again.";

/// JSON Schema string formats that `jsonschema` checks and that mean the
/// same thing in OpenAPI 3.0.
const STRING_FORMATS: &[&str] = &[
    "date",
    "date-time",
    "duration",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "json-pointer",
    "regex",
    "time",
    "uri",
    "uri-reference",
    "uri-template",
    "uuid",
];

/// A problem at a JSON pointer of the spec.
type Problem = (String, String);

/// Converts the spec's component schemas into one JSON Schema document with
/// every schema under `$defs`.
pub fn convert(spec: &Spec) -> Result<Value, SpecError> {
    convert_components(&spec.json).map_err(|(pointer, message)| spec.error_at(&pointer, message))
}

/// [`convert`] on the spec as JSON.
pub fn convert_components(doc: &Value) -> Result<Value, Problem> {
    let schemas = doc
        .pointer(COMPONENTS)
        .and_then(Value::as_object)
        .ok_or_else(|| {
            (
                COMPONENTS.to_string(),
                "the spec has no component schemas".into(),
            )
        })?;
    let mut defs = Map::new();
    for (name, schema) in schemas {
        let at = format!("{COMPONENTS}/{}", escape(name));
        defs.insert(name.clone(), convert_schema(schema, &at)?);
    }
    Ok(json!({
        "$schema": DRAFT,
        "$comment": COMMENT,
        "title": doc.pointer("/info/title").cloned().unwrap_or(Value::Null),
        "$defs": defs,
    }))
}

/// Converts one OpenAPI 3.0 Schema Object found at `at` (a JSON pointer into
/// the spec, for errors).
pub fn convert_schema(schema: &Value, at: &str) -> Result<Value, Problem> {
    let Value::Object(input) = schema else {
        return Err((at.to_string(), "a schema must be an object".into()));
    };
    let mut out = Map::new();
    let mut nullable = false;
    for (key, value) in input {
        let here = format!("{at}/{}", escape(key));
        match key.as_str() {
            "$ref" => {
                let target = value
                    .as_str()
                    .ok_or_else(|| (here.clone(), "$ref must be a string".to_string()))?;
                let name = target.strip_prefix(SPEC_REF).ok_or_else(|| {
                    (
                        here.clone(),
                        format!("$ref `{target}` is not a component schema ({SPEC_REF}...)"),
                    )
                })?;
                out.insert(key.clone(), Value::String(format!("{DEFS_REF}{name}")));
            }
            "nullable" => {
                nullable = value
                    .as_bool()
                    .ok_or_else(|| (here, "`nullable` must be true or false".to_string()))?;
            }
            "type" => {
                let ty = value.as_str().ok_or_else(|| {
                    (here, "`type` must be one string in OpenAPI 3.0".to_string())
                })?;
                out.insert(key.clone(), Value::String(ty.to_string()));
            }
            "properties" => {
                let properties = value
                    .as_object()
                    .ok_or_else(|| (here.clone(), "`properties` must be a map".to_string()))?;
                let mut converted = Map::new();
                for (name, property) in properties {
                    let at = format!("{here}/{}", escape(name));
                    converted.insert(name.clone(), convert_schema(property, &at)?);
                }
                out.insert(key.clone(), Value::Object(converted));
            }
            "items" | "not" => {
                out.insert(key.clone(), convert_schema(value, &here)?);
            }
            "additionalProperties" => {
                let converted = match value {
                    Value::Bool(_) => value.clone(),
                    _ => convert_schema(value, &here)?,
                };
                out.insert(key.clone(), converted);
            }
            "allOf" | "anyOf" | "oneOf" => {
                let branches = value
                    .as_array()
                    .ok_or_else(|| (here.clone(), format!("`{key}` must be a list")))?;
                let converted = branches
                    .iter()
                    .enumerate()
                    .map(|(i, branch)| convert_schema(branch, &format!("{here}/{i}")))
                    .collect::<Result<Vec<_>, _>>()?;
                out.insert(key.clone(), Value::Array(converted));
            }
            "example" => {
                out.insert("examples".into(), json!([value]));
            }
            "exclusiveMinimum" | "exclusiveMaximum" => {
                if value.as_bool().ok_or_else(|| {
                    (
                        here,
                        format!("`{key}` must be true or false in OpenAPI 3.0"),
                    )
                })? {
                    out.insert(key.clone(), Value::Null); // resolved below, with its bound
                }
            }
            "format" => {} // resolved below, with the type
            "description" | "title" | "default" | "enum" | "required" | "multipleOf"
            | "maximum" | "minimum" | "maxLength" | "minLength" | "pattern" | "maxItems"
            | "minItems" | "uniqueItems" | "maxProperties" | "minProperties" | "readOnly"
            | "writeOnly" | "deprecated" => {
                out.insert(key.clone(), value.clone());
            }
            "discriminator" | "xml" | "externalDocs" => {}
            _ if key.starts_with("x-") => {}
            _ => {
                return Err((
                    here,
                    format!("`{key}` is not an OpenAPI 3.0 schema keyword (misspelled?)"),
                ));
            }
        }
    }
    exclusive_bounds(&mut out, at)?;
    if let Some(format) = input.get("format") {
        apply_format(&mut out, format, &format!("{at}/format"))?;
    }
    if nullable {
        out = make_nullable(out);
    }
    Ok(Value::Object(out))
}

/// OpenAPI 3.0's `exclusiveMinimum: true` next to `minimum: m` is JSON
/// Schema's `exclusiveMinimum: m`.
fn exclusive_bounds(out: &mut Map<String, Value>, at: &str) -> Result<(), Problem> {
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if out.contains_key(exclusive) {
            let limit = out.remove(bound).ok_or_else(|| {
                (
                    format!("{at}/{exclusive}"),
                    format!("`{exclusive}: true` needs a `{bound}`"),
                )
            })?;
            out.insert(exclusive.to_string(), limit);
        }
    }
    Ok(())
}

/// Turns an OpenAPI `format` into something the validator enforces.
fn apply_format(out: &mut Map<String, Value>, format: &Value, at: &str) -> Result<(), Problem> {
    let format = format
        .as_str()
        .ok_or_else(|| (at.to_string(), "`format` must be a string".to_string()))?;
    let ty = out.get("type").and_then(Value::as_str);
    match (ty, format) {
        (Some("integer"), "int32") => narrow(out, i32::MIN.into(), i32::MAX.into()),
        (Some("integer"), "int64") => narrow(out, i64::MIN.into(), i64::MAX.into()),
        (Some("number"), "float") => narrow(out, json!(-f32::MAX), json!(f32::MAX)),
        (Some("number"), "double") | (Some("string"), "binary" | "password") => {}
        (Some("string"), "byte") => {
            out.entry("pattern").or_insert_with(|| {
                json!("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")
            });
        }
        (Some("string"), f) if STRING_FORMATS.contains(&f) => {
            out.insert("format".into(), Value::String(f.to_string()));
        }
        (ty, f) => {
            return Err((
                at.to_string(),
                format!(
                    "format `{f}` on {} cannot be enforced by the strict validator; \
                     use one it checks ({} on strings; int32, int64 on integers; float, double on numbers)",
                    ty.map_or("a schema without `type`".to_string(), |t| format!(
                        "type `{t}`"
                    )),
                    STRING_FORMATS.join(", "),
                ),
            ));
        }
    }
    Ok(())
}

/// Tightens `minimum`/`maximum` to a format's range.
fn narrow(out: &mut Map<String, Value>, min: Value, max: Value) {
    let tighter = |current: Option<&Value>, limit: &Value, keep_larger: bool| {
        let (Some(cur), Some(lim)) = (current.and_then(Value::as_f64), limit.as_f64()) else {
            return limit.clone();
        };
        if (cur > lim) == keep_larger {
            current.cloned().unwrap_or(Value::Null)
        } else {
            limit.clone()
        }
    };
    if !out.contains_key("exclusiveMinimum") {
        let value = tighter(out.get("minimum"), &min, true);
        out.insert("minimum".into(), value);
    }
    if !out.contains_key("exclusiveMaximum") {
        let value = tighter(out.get("maximum"), &max, false);
        out.insert("maximum".into(), value);
    }
}

/// Lets `null` through a converted schema.
fn make_nullable(mut out: Map<String, Value>) -> Map<String, Value> {
    if let Some(Value::Array(values)) = out.get_mut("enum")
        && !values.contains(&Value::Null)
    {
        values.push(Value::Null);
    }
    let composed = ["$ref", "allOf", "anyOf", "oneOf", "not"];
    if !composed.iter().any(|k| out.contains_key(*k)) {
        if let Some(Value::String(ty)) = out.get("type") {
            let ty = ty.clone();
            out.insert("type".into(), json!([ty, "null"]));
        }
        // Without a type, nothing but the enum (which now lists null) could refuse null.
        return out;
    }
    // Annotations stay outside; the constraints move into the non-null branch.
    let annotations = [
        "description",
        "title",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
    ];
    let mut wrapper = Map::new();
    for key in annotations {
        if let Some(value) = out.remove(key) {
            wrapper.insert(key.into(), value);
        }
    }
    wrapper.insert("anyOf".into(), json!([{"type": "null"}, out]));
    wrapper
}

/// The document as pretty JSON with object keys sorted, ending in a newline:
/// byte-identical on every run, whatever map order serde_json was built with.
pub fn render(doc: &Value) -> String {
    let mut text =
        serde_json::to_string_pretty(&sorted(doc)).expect("JSON values always serialize");
    text.push('\n');
    text
}

/// A copy of `value` whose objects hold their keys in sorted order (also when
/// serde_json keeps insertion order, with its `preserve_order` feature).
fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|key| (key.clone(), sorted(&map[key])))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert_yaml(yaml: &str) -> Result<Value, Problem> {
        let value: Value = serde_yaml::from_str(yaml).unwrap();
        convert_schema(&value, "/components/schemas/T")
    }

    #[test]
    fn nullable_type_becomes_a_type_list_and_enum_gains_null() {
        let out = convert_yaml("{type: string, nullable: true, enum: [a, b]}").unwrap();
        assert_eq!(
            out,
            json!({"type": ["string", "null"], "enum": ["a", "b", null]})
        );
    }

    #[test]
    fn nullable_next_to_ref_or_one_of_wraps_in_any_of() {
        let out =
            convert_yaml("{description: d, nullable: true, $ref: '#/components/schemas/Contact'}")
                .unwrap();
        assert_eq!(
            out,
            json!({"description": "d", "anyOf": [{"type": "null"}, {"$ref": "#/$defs/Contact"}]})
        );
        let out =
            convert_yaml("{nullable: true, oneOf: [{type: boolean}, {type: string}]}").unwrap();
        assert_eq!(
            out,
            json!({"anyOf": [{"type": "null"}, {"oneOf": [{"type": "boolean"}, {"type": "string"}]}]})
        );
    }

    #[test]
    fn nullable_without_type_or_composition_accepts_anything_already() {
        assert_eq!(
            convert_yaml("{nullable: true, description: d}").unwrap(),
            json!({"description": "d"})
        );
    }

    #[test]
    fn formats_are_enforced_or_refused() {
        assert_eq!(
            convert_yaml("{type: string, format: date-time}").unwrap(),
            json!({"type": "string", "format": "date-time"})
        );
        assert_eq!(
            convert_yaml("{type: integer, format: int32, minimum: 1}").unwrap(),
            json!({"type": "integer", "minimum": 1, "maximum": i32::MAX})
        );
        assert_eq!(
            convert_yaml("{type: integer, format: int64}").unwrap(),
            json!({"type": "integer", "minimum": i64::MIN, "maximum": i64::MAX})
        );
        assert_eq!(
            convert_yaml("{type: string, format: password}").unwrap(),
            json!({"type": "string"})
        );
        let (pointer, message) = convert_yaml("{type: string, format: phone}").unwrap_err();
        assert_eq!(pointer, "/components/schemas/T/format");
        assert!(message.contains("format `phone`"), "{message}");
        let (_, message) = convert_yaml("{type: integer, format: email}").unwrap_err();
        assert!(message.contains("type `integer`"), "{message}");
    }

    #[test]
    fn exclusive_bounds_take_the_numeric_form() {
        assert_eq!(
            convert_yaml("{type: number, minimum: 0, exclusiveMinimum: true, maximum: 5, exclusiveMaximum: false}").unwrap(),
            json!({"type": "number", "exclusiveMinimum": 0, "maximum": 5})
        );
        let (pointer, _) = convert_yaml("{type: number, exclusiveMaximum: true}").unwrap_err();
        assert_eq!(pointer, "/components/schemas/T/exclusiveMaximum");
    }

    #[test]
    fn nested_schemas_are_converted_and_refs_rewritten() {
        let out = convert_yaml(
            "type: object\nrequired: [a]\nproperties:\n  a:\n    type: array\n    maxItems: 2\n    items: {$ref: '#/components/schemas/B'}\n  b: {type: string, maxLength: 3, example: abc}\nadditionalProperties: {type: string, nullable: true}\n",
        )
        .unwrap();
        assert_eq!(
            out,
            json!({
                "type": "object",
                "required": ["a"],
                "properties": {
                    "a": {"type": "array", "maxItems": 2, "items": {"$ref": "#/$defs/B"}},
                    "b": {"type": "string", "maxLength": 3, "examples": ["abc"]}
                },
                "additionalProperties": {"type": ["string", "null"]}
            })
        );
    }

    #[test]
    fn unknown_keywords_and_foreign_refs_are_refused_with_their_pointer() {
        let (pointer, message) =
            convert_yaml("{type: object, properties: {a: {type: string, maxlength: 3}}}")
                .unwrap_err();
        assert_eq!(pointer, "/components/schemas/T/properties/a/maxlength");
        assert!(message.contains("misspelled"), "{message}");
        let (pointer, _) = convert_yaml("{$ref: '#/components/parameters/P'}").unwrap_err();
        assert_eq!(pointer, "/components/schemas/T/$ref");
    }

    #[test]
    fn extensions_and_openapi_only_annotations_are_dropped() {
        assert_eq!(
            convert_yaml(
                "{type: object, x-rust-type: Foo, xml: {name: f}, discriminator: {propertyName: k}}"
            )
            .unwrap(),
            json!({"type": "object"})
        );
    }

    #[test]
    fn render_sorts_keys_and_ends_with_a_newline() {
        let text = render(&json!({"b": 1, "a": {"d": [{"z": 1, "y": 2}], "c": null}}));
        assert_eq!(
            text,
            "{\n  \"a\": {\n    \"c\": null,\n    \"d\": [\n      {\n        \"y\": 2,\n        \"z\": 1\n      }\n    ]\n  },\n  \"b\": 1\n}\n"
        );
    }
}
