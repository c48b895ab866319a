//! The operation table of `crates/callbell-fake`: spec → `generated.rs`.
//!
//! The fake routes, validates and answers requests from this table alone, so
//! a new operation in the spec is served (with its example) and validated
//! without a hand edit. Per operation it holds the `operationId` (also as a
//! variant of `OperationId`), method, path template, parameters with their
//! JSON Schema (converted like `schemas.json`, `$ref`s pointing into its
//! `$defs`), the request body's component schema, and the first `2xx`
//! response: status, component schema and an example value, taken from the
//! spec's `example`s and otherwise built from the schema so that it
//! validates.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::emit::spec_json;
use crate::json_schema;
use crate::spec::{Spec, SpecError, escape, resolve_ref};

/// The first lines of the generated file.
const HEADER: &str = "\
// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/emit/fake.rs) and run `cargo xtask codegen` again.
";

/// HTTP methods an OpenAPI path item may hold, in the order they are emitted.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Where component schemas are referenced from.
const SCHEMA_REF: &str = "#/components/schemas/";

/// How deep the example builder follows `$ref`s (a recursive schema stops here).
const MAX_EXAMPLE_DEPTH: usize = 16;

/// One operation as the fake needs it.
struct Operation {
    id: String,
    variant: String,
    method: String,
    path: String,
    summary: String,
    parameters: Vec<Parameter>,
    body: Option<(String, bool)>,
    status: u16,
    schema: Option<String>,
    example: Value,
}

struct Parameter {
    name: String,
    location: &'static str,
    required: bool,
    schema: Value,
}

/// Generates the formatted source of `crates/callbell-fake/src/generated.rs`.
pub fn generate(spec: &Spec) -> Result<String, SpecError> {
    let doc = &spec.json;
    let base_path = base_path(doc);
    let mut operations = Vec::new();
    let paths: BTreeMap<&String, &Value> = doc
        .get("paths")
        .and_then(Value::as_object)
        .map(|p| p.iter().collect())
        .unwrap_or_default();
    for (path, item) in paths {
        let item_at = format!("/paths/{}", escape(path));
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = format!("{item_at}/{method}");
            operations.push(
                operation(doc, path, method, item, op, &at)
                    .map_err(|(p, m)| spec.error_at(&p, m))?,
            );
        }
    }
    Ok(render(&base_path, &operations))
}

/// The path of the first server URL (`/v1` in `https://api.callbell.eu/v1`).
fn base_path(doc: &Value) -> String {
    let url = doc
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .unwrap_or("");
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("", |slash| &after_scheme[slash..]);
    path.trim_end_matches('/').to_string()
}

type Problem = (String, String);

fn operation(
    doc: &Value,
    path: &str,
    method: &str,
    item: &Value,
    op: &Value,
    at: &str,
) -> Result<Operation, Problem> {
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            (
                at.to_string(),
                "the operation has no operationId".to_string(),
            )
        })?;
    let variant = variant_name(id).ok_or_else(|| {
        (
            format!("{at}/operationId"),
            format!("operationId `{id}` cannot name a Rust enum variant"),
        )
    })?;
    let mut parameters: Vec<Parameter> = Vec::new();
    for (p_at, p) in spec_json::parameters(item, op, at) {
        let parameter = parameter(doc, p, &p_at)?;
        // An operation's parameter overrides the path item's of the same name and place.
        parameters.retain(|q| !(q.name == parameter.name && q.location == parameter.location));
        parameters.push(parameter);
    }
    let body = match op.get("requestBody") {
        None => None,
        Some(body) => {
            let body_at = format!("{at}/requestBody");
            let (body, body_at) = follow(doc, body, &body_at)?;
            let required = body
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let schema = body
                .pointer("/content/application~1json/schema")
                .ok_or_else(|| {
                    (
                        body_at.clone(),
                        "the fake reads only application/json request bodies".to_string(),
                    )
                })?;
            let name = component_name(schema).ok_or_else(|| {
                (
                    format!("{body_at}/content/application~1json/schema"),
                    "the fake validates request bodies by component schema: use a $ref to #/components/schemas/..."
                        .to_string(),
                )
            })?;
            Some((name.to_string(), required))
        }
    };
    if !op.get("responses").is_some_and(Value::is_object) {
        return Err((at.to_string(), "the operation has no responses".to_string()));
    }
    // The fake answers a `2XX` range with `200`.
    let (status, key, response) = spec_json::success_response(op).ok_or_else(|| {
        (
            format!("{at}/responses"),
            "the operation has no 2xx response".to_string(),
        )
    })?;
    let response_at = format!("{at}/responses/{key}");
    let (response, response_at) = follow(doc, response, &response_at)?;
    let media = response.pointer("/content/application~1json");
    let (schema, example) = match media {
        None => (None, Value::Null),
        Some(media) => {
            let schema = media.get("schema").ok_or_else(|| {
                (
                    format!("{response_at}/content/application~1json"),
                    "the response has no schema".to_string(),
                )
            })?;
            let name = component_name(schema).ok_or_else(|| {
                (
                    format!("{response_at}/content/application~1json/schema"),
                    "the fake validates answers by component schema: use a $ref to #/components/schemas/..."
                        .to_string(),
                )
            })?;
            let example = match media.get("example") {
                Some(example) => example.clone(),
                None => example_of(doc, schema, 0).ok_or_else(|| {
                    (
                        format!("{response_at}/content/application~1json/schema"),
                        "no example can be built from this schema".to_string(),
                    )
                })?,
            };
            (Some(name.to_string()), example)
        }
    };
    Ok(Operation {
        id: id.to_string(),
        variant,
        method: method.to_uppercase(),
        path: path.to_string(),
        summary: op
            .get("summary")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        parameters,
        body,
        status,
        schema,
        example,
    })
}

/// `value`, or what its `$ref` points to (with that place, for errors).
fn follow<'a>(doc: &'a Value, value: &'a Value, at: &str) -> Result<(&'a Value, String), Problem> {
    match value.get("$ref").and_then(Value::as_str) {
        None => Ok((value, at.to_string())),
        Some(target) => {
            let resolved = resolve_ref(doc, target).ok_or_else(|| {
                (
                    format!("{at}/$ref"),
                    format!("$ref `{target}` does not resolve"),
                )
            })?;
            Ok((resolved, target.trim_start_matches('#').to_string()))
        }
    }
}

fn parameter(doc: &Value, p: &Value, at: &str) -> Result<Parameter, Problem> {
    let (p, at) = follow(doc, p, at)?;
    let name = p
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| (at.clone(), "the parameter has no name".to_string()))?;
    let location = match p.get("in").and_then(Value::as_str) {
        Some("path") => "Path",
        Some("query") => "Query",
        other => {
            return Err((
                format!("{at}/in"),
                format!("the fake reads path and query parameters, not {other:?}"),
            ));
        }
    };
    let schema = p
        .get("schema")
        .ok_or_else(|| (at.clone(), "the parameter has no schema".to_string()))?;
    let schema = json_schema::convert_schema(schema, &format!("{at}/schema"))?;
    Ok(Parameter {
        name: name.to_string(),
        location,
        required: p
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(location == "Path"),
        schema: canonical(schema),
    })
}

/// The component a schema refers to, if it is a plain `$ref`.
fn component_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix(SCHEMA_REF)
}

/// `listContacts` → `ListContacts`; `None` when that is not a Rust identifier.
fn variant_name(id: &str) -> Option<String> {
    let mut out = String::new();
    for part in id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    let starts_well = out.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    (starts_well && out.chars().all(|c| c.is_ascii_alphanumeric())).then_some(out)
}

/// A value that validates against `schema`: the schema's own `example` where
/// it has one, else one built from its type, enum, format and bounds.
fn example_of(doc: &Value, schema: &Value, depth: usize) -> Option<Value> {
    if depth > MAX_EXAMPLE_DEPTH {
        return None;
    }
    if let Some(example) = schema.get("example") {
        return Some(example.clone());
    }
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        return example_of(doc, resolve_ref(doc, target)?, depth + 1);
    }
    if let Some(first) = schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return Some(first.clone());
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(first) = schema
            .get(key)
            .and_then(Value::as_array)
            .and_then(|a| a.first())
        {
            return example_of(doc, first, depth + 1);
        }
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        for part in all {
            match example_of(doc, part, depth + 1)? {
                Value::Object(object) => merged.extend(object),
                other => return Some(other),
            }
        }
        return Some(Value::Object(merged));
    }
    let ty = schema.get("type").and_then(Value::as_str).unwrap_or(
        if schema.get("properties").is_some() {
            "object"
        } else {
            "string"
        },
    );
    Some(match ty {
        "object" => {
            let properties: BTreeMap<&String, &Value> = schema
                .get("properties")
                .and_then(Value::as_object)
                .map(|p| p.iter().collect())
                .unwrap_or_default();
            let mut object = Map::new();
            for (name, property) in properties {
                object.insert(name.clone(), example_of(doc, property, depth + 1)?);
            }
            Value::Object(object)
        }
        "array" => {
            let item = example_of(doc, schema.get("items")?, depth + 1)?;
            let count = schema
                .get("minItems")
                .and_then(Value::as_u64)
                .unwrap_or(1)
                .max(1);
            Value::Array(vec![item; usize::try_from(count).ok()?])
        }
        "integer" => Value::from(
            schema
                .get("minimum")
                .and_then(Value::as_i64)
                .unwrap_or(0)
                .max(0),
        ),
        "number" => Value::from(
            schema
                .get("minimum")
                .and_then(Value::as_f64)
                .unwrap_or(0.0)
                .max(0.0),
        ),
        "boolean" => Value::Bool(true),
        _ => Value::String(string_example(schema)),
    })
}

fn string_example(schema: &Value) -> String {
    let text = match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => "2024-01-01T00:00:00Z",
        Some("date") => "2024-01-01",
        Some("time") => "00:00:00Z",
        Some("email") => "someone@example.com",
        Some("uri" | "uri-reference") => "https://example.com/",
        Some("uuid") => "00000000-0000-4000-8000-000000000000",
        Some("hostname") => "example.com",
        Some("ipv4") => "127.0.0.1",
        Some("ipv6") => "::1",
        _ => "text",
    };
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0);
    let mut text = text.to_string();
    while (text.chars().count() as u64) < min {
        text.push('x');
    }
    text
}

/// `value` with every object's keys sorted, so the output does not depend on
/// whether serde_json keeps insertion order in this build.
fn canonical(value: Value) -> Value {
    match value {
        Value::Object(object) => {
            let sorted: BTreeMap<String, Value> =
                object.into_iter().map(|(k, v)| (k, canonical(v))).collect();
            Value::Object(sorted.into_iter().collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        other => other,
    }
}

/// A Rust string literal holding `text`.
fn literal(text: &str) -> String {
    format!("{text:?}")
}

fn render(base_path: &str, operations: &[Operation]) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "\nuse crate::operation::{Body, Location, Operation, Parameter, Success};\n\n\
         /// The path the spec's first server URL puts before every operation's path.\n",
    );
    out.push_str(&format!(
        "pub(crate) const BASE_PATH: &str = {};\n\n",
        literal(base_path)
    ));
    out.push_str(
        "/// An operation of the spec, named after its `operationId`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         #[non_exhaustive]\n\
         pub enum OperationId {\n",
    );
    for op in operations {
        out.push_str(&format!(
            "    /// `{}`: `{} {}`{}\n    {},\n",
            op.id,
            op.method,
            op.path,
            if op.summary.is_empty() {
                String::new()
            } else {
                format!(" ({})", op.summary.trim_end_matches('.'))
            },
            op.variant
        ));
    }
    out.push_str("}\n\nimpl OperationId {\n    /// Every operation of the spec.\n    pub const ALL: &'static [Self] = &[\n");
    for op in operations {
        out.push_str(&format!("        Self::{},\n", op.variant));
    }
    out.push_str(
        "    ];\n}\n\n/// Every operation of the spec, in the order of [`OperationId::ALL`].\n",
    );
    out.push_str("pub(crate) static OPERATIONS: &[Operation] = &[\n");
    for op in operations {
        out.push_str(&format!(
            "    Operation {{\n        id: OperationId::{},\n        name: {},\n        method: {},\n        path: {},\n        parameters: &[\n",
            op.variant,
            literal(&op.id),
            literal(&op.method),
            literal(&op.path)
        ));
        for p in &op.parameters {
            out.push_str(&format!(
                "            Parameter {{\n                name: {},\n                location: Location::{},\n                required: {},\n                schema: {},\n            }},\n",
                literal(&p.name),
                p.location,
                p.required,
                literal(&p.schema.to_string())
            ));
        }
        out.push_str("        ],\n");
        match &op.body {
            None => out.push_str("        body: None,\n"),
            Some((schema, required)) => out.push_str(&format!(
                "        body: Some(Body {{\n            schema: {},\n            required: {required},\n        }}),\n",
                literal(schema)
            )),
        }
        out.push_str(&format!(
            "        success: Success {{\n            status: {},\n            schema: {},\n            example: {},\n        }},\n    }},\n",
            op.status,
            op.schema.as_deref().map_or("None".to_string(), |s| format!("Some({})", literal(s))),
            literal(&canonical(op.example.clone()).to_string())
        ));
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::{SPEC, workspace_root};

    #[test]
    fn variant_names_are_upper_camel_case() {
        assert_eq!(
            variant_name("listContacts").as_deref(),
            Some("ListContacts")
        );
        assert_eq!(
            variant_name("get_contact-bot").as_deref(),
            Some("GetContactBot")
        );
        assert_eq!(variant_name("2fa"), None);
    }

    #[test]
    fn the_base_path_is_the_first_server_urls_path() {
        let doc = serde_json::json!({"servers": [{"url": "https://api.callbell.eu/v1/"}]});
        assert_eq!(base_path(&doc), "/v1");
        assert_eq!(base_path(&serde_json::json!({})), "");
    }

    #[test]
    fn every_operation_of_the_project_spec_is_emitted() {
        let spec = crate::spec::load(&workspace_root().join(SPEC), SPEC).unwrap();
        let code = generate(&spec).unwrap();
        let ids = spec.openapi.operations().count();
        assert_eq!(code.matches("    Operation {").count(), ids);
        assert!(code.starts_with("// @generated"));
        assert_eq!(generate(&spec).unwrap(), code);
    }

    #[test]
    fn a_new_operation_gets_a_variant_a_route_and_an_example_without_hand_edits() {
        const ARCHIVE: &str = r##"  /contacts/{uuid}/archive:
    parameters:
      - $ref: "#/components/parameters/ContactUuid"
    post:
      operationId: archiveContact
      summary: Archive a contact
      parameters:
        - name: reason
          in: query
          required: true
          schema:
            type: string
            enum: [spam, duplicate]
      responses:
        "201":
          description: Archived.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/NoteResponse"
"##;
        let text = std::fs::read_to_string(workspace_root().join(SPEC))
            .unwrap()
            .replace(
                "  /contacts/{uuid}/bot:\n",
                &format!("{ARCHIVE}  /contacts/{{uuid}}/bot:\n"),
            );
        let spec = crate::spec::parse(&text, SPEC).unwrap();
        let code = generate(&spec).unwrap();
        for expected in [
            "    ArchiveContact,",
            r#"path: "/contacts/{uuid}/archive""#,
            r#"name: "reason",
                location: Location::Query,
                required: true,
                schema: "{\"enum\":[\"spam\",\"duplicate\"],\"type\":\"string\"}","#,
            r#"status: 201,
            schema: Some("NoteResponse"),
            example: "{\"success\":true}","#,
        ] {
            assert!(code.contains(expected), "{expected}\nnot in\n{code}");
        }
    }

    #[test]
    fn an_inline_request_body_is_refused_with_its_place() {
        let text = std::fs::read_to_string(workspace_root().join(SPEC))
            .unwrap()
            .replace(
                "              $ref: \"#/components/schemas/UpdateBotRequest\"",
                "              type: object",
            );
        let spec = crate::spec::parse(&text, SPEC).unwrap();
        let err = generate(&spec).unwrap_err().to_string();
        assert!(
            err.contains("/paths/~1contacts~1{uuid}~1bot/post/requestBody"),
            "{err}"
        );
        assert!(err.contains("component schema"), "{err}");
    }
}
