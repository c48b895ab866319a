//! Optional arrays and maps that keep "empty" apart from "absent".
//!
//! typify reads an optional array property as a `Vec<T>` that is skipped
//! when empty (and an optional map as a map skipped when empty), so `[]` and
//! `{}` sent by Callbell vanish on the way back out, and a request cannot say
//! "set to empty" (`"tags": []`) as opposed to "leave unchanged". The copy of
//! the spec handed to progenitor therefore marks every optional property
//! whose schema is an inline array or map as `nullable`: typify then makes
//! it an `Option<Vec<T>>` (or `Option<Map>`) skipped only when `None`, in the
//! type and in its builder. The strict validator keeps the spec as written.

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::spec::{Spec, SpecError};

/// The spec progenitor generates from: the checked spec with every optional
/// inline array or map property made `nullable`.
pub fn prepare(spec: &Spec) -> Result<OpenAPI, SpecError> {
    let mut json = spec.json.clone();
    visit_schema_roots(&mut json);
    serde_json::from_value(json).map_err(|e| {
        spec.error_at(
            "",
            format!("the spec cannot be read back after marking optional collections: {e}"),
        )
    })
}

/// Finds every schema of the document: component schemas and every `schema`
/// of a parameter, request body, response or header.
fn visit_schema_roots(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "schema" {
                    visit_schema(child);
                } else if key == "schemas" {
                    if let Value::Object(schemas) = child {
                        schemas.values_mut().for_each(visit_schema);
                    }
                } else {
                    visit_schema_roots(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(visit_schema_roots),
        _ => {}
    }
}

fn visit_schema(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    let required: Vec<String> = map
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        for (name, property) in properties.iter_mut() {
            if !required.contains(name)
                && is_collection(property)
                && let Value::Object(p) = property
            {
                p.insert("nullable".to_string(), Value::Bool(true));
            }
            visit_schema(property);
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key) {
            visit_schema(child);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(Value::Array(children)) = map.get_mut(key) {
            children.iter_mut().for_each(visit_schema);
        }
    }
}

/// An inline array, or an inline map (an object with `additionalProperties`
/// and no named properties), without a default of its own.
fn is_collection(schema: &Value) -> bool {
    if schema.get("$ref").is_some() || schema.get("default").is_some() {
        return false;
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => true,
        Some("object") => {
            schema.get("properties").is_none()
                && schema
                    .get("additionalProperties")
                    .is_some_and(|a| a != &Value::Bool(false))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn optional_inline_arrays_and_maps_become_nullable() {
        let mut doc = json!({"components": {"schemas": {"C": {
            "type": "object",
            "required": ["ids"],
            "properties": {
                "ids": {"type": "array", "items": {"type": "string"}},
                "tags": {"type": "array", "items": {"type": "string"}},
                "meta": {"type": "object", "additionalProperties": {"type": "string"}},
                "team": {"type": "object", "properties": {"xs": {"type": "array", "items": {}}}},
                "fields": {"$ref": "#/components/schemas/F"},
                "withDefault": {"type": "array", "default": ["a"]}
            }
        }}}});
        visit_schema_roots(&mut doc);
        let c = &doc["components"]["schemas"]["C"]["properties"];
        assert_eq!(c["tags"]["nullable"], true);
        assert_eq!(c["meta"]["nullable"], true);
        assert!(c["ids"].get("nullable").is_none(), "required stays as is");
        assert!(c["team"].get("nullable").is_none());
        assert_eq!(c["team"]["properties"]["xs"]["nullable"], true);
        assert!(c["fields"].get("nullable").is_none());
        assert!(c["withDefault"].get("nullable").is_none());
    }
}
