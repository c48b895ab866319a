//! Wire verdicts: what a spec change does to a client built from the old spec.
//!
//! Both documents are walked operation by operation, following `$ref`s, so
//! shapes are compared as resolved; each finding names the pointer where the
//! change is written (in the new spec, or the old one for removals), and the
//! same change reached through several operations is reported once, with the
//! operations that see it.
//!
//! The rules follow oasdiff's breaking-change checks for what OpenAPI 3.0
//! expresses: removed paths and operations; parameters added as required,
//! removed, renamed, moved or retyped; request fields added as required,
//! removed or retyped; response fields removed, retyped, made optional or
//! nullable; enum values removed from requests or added to responses;
//! tightened request constraints; removed success statuses, media types and
//! required response headers; changed security. Paths that match the same
//! URLs are one path, whatever their parameters are called.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::spec::{escape, resolve_ref};

mod operations;
mod schema;

pub use operations::parameter_pointer;
use operations::{compare_paths, compare_webhooks};
use schema::compare_components;

/// One wire-level change of the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Where the change is written: the new spec, or the old one for removals.
    pub pointer: String,
    /// Whether a client built from the old spec breaks.
    pub breaking: bool,
    /// A short rule name, such as `response-field-removed`.
    pub rule: &'static str,
    /// What changed and why it breaks (or does not).
    pub message: String,
    /// The operationIds that see the change (empty for document-level changes).
    pub operations: BTreeSet<String>,
}

/// Which way a schema travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    /// Sent by the client: the server must keep accepting what it accepted.
    Request,
    /// Sent by the server: the client must keep understanding it.
    Response,
}

/// A value of one document together with the pointer where it is written
/// (after following `$ref`s, the target's).
#[derive(Clone)]
struct Node<'a> {
    value: &'a Value,
    doc: &'a Value,
    at: String,
}

impl<'a> Node<'a> {
    fn root(doc: &'a Value) -> Self {
        Node {
            value: doc,
            doc,
            at: String::new(),
        }
    }

    /// The child `key`, if present.
    fn get(&self, key: &str) -> Option<Node<'a>> {
        let value = match self.value {
            Value::Object(map) => map.get(key)?,
            Value::Array(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
        Some(Node {
            value,
            doc: self.doc,
            at: format!("{}/{}", self.at, escape(key)),
        })
    }

    /// Follows `$ref`s (at most a few hops: refs to refs are legal, loops are not).
    fn resolved(self) -> Node<'a> {
        let mut here = self;
        for _ in 0..16 {
            let Some(target) = here.value.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some(value) = resolve_ref(here.doc, target) else {
                break;
            };
            here = Node {
                value,
                doc: here.doc,
                at: target.trim_start_matches('#').to_string(),
            };
        }
        here
    }

    fn str(&self, key: &str) -> Option<&'a str> {
        self.value.get(key).and_then(Value::as_str)
    }

    fn flag(&self, key: &str) -> bool {
        self.value
            .get(key)
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    fn keys(&self) -> Vec<String> {
        self.value
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Compares two checked specs (as JSON) and returns the wire findings, sorted
/// by pointer.
pub fn compare(old: &Value, new: &Value) -> Vec<Finding> {
    let mut cx = Collector::default();
    let old_root = Node::root(old);
    let new_root = Node::root(new);
    compare_paths(&mut cx, &old_root, &new_root);
    compare_webhooks(&mut cx, &old_root, &new_root);
    compare_components(&mut cx, &old_root, &new_root);
    cx.finish()
}

/// Gathers findings, merging the same change seen from several operations.
#[derive(Default)]
struct Collector {
    found: BTreeMap<(String, &'static str, String), Finding>,
    operation: Option<String>,
}

impl Collector {
    fn push(&mut self, pointer: &str, breaking: bool, rule: &'static str, message: String) {
        let key = (pointer.to_string(), rule, message.clone());
        let entry = self.found.entry(key).or_insert_with(|| Finding {
            pointer: pointer.to_string(),
            breaking,
            rule,
            message,
            operations: BTreeSet::new(),
        });
        if let Some(op) = &self.operation {
            entry.operations.insert(op.clone());
        }
    }

    fn finish(self) -> Vec<Finding> {
        self.found.into_values().collect()
    }
}

/// Reports changed documentation keys of one object as non-breaking.
fn docs(cx: &mut Collector, old: &Node, new: &Node, keys: &[&str]) {
    for key in keys {
        let (o, n) = (old.value.get(*key), new.value.get(*key));
        if o != n {
            let at = format!("{}/{key}", if n.is_some() { &new.at } else { &old.at });
            cx.push(
                &at,
                false,
                "documentation-changed",
                format!("{key} changed (documentation only)"),
            );
        }
    }
}

fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut all: Vec<String> = a.to_vec();
    for k in b {
        if !all.contains(k) {
            all.push(k.clone());
        }
    }
    all
}

/// Lower-case letters and digits only: how generated Rust names and spec
/// names are matched (`phoneNumber` ~ `phone_number`, `listContacts` ~ `ListContacts`).
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(schema: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "paths": {
                "/a": { "get": { "operationId": "getA", "responses": {
                    "200": { "description": "ok", "content": { "application/json": {
                        "schema": { "$ref": "#/components/schemas/A" } } } } } } }
            },
            "components": { "schemas": { "A": schema } }
        })
    }

    #[test]
    fn response_field_removed_is_reported_at_the_component_pointer() {
        let old = doc(json!({ "type": "object", "properties": { "x": { "type": "string" } } }));
        let new = doc(json!({ "type": "object", "properties": {} }));
        let found = compare(&old, &new);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer, "/components/schemas/A/properties/x");
        assert!(found[0].breaking);
        assert_eq!(found[0].rule, "response-field-removed");
        assert!(found[0].operations.contains("getA"));
    }

    #[test]
    fn removed_required_response_header_breaks() {
        let mut old = doc(json!({ "type": "string" }));
        old["paths"]["/a"]["get"]["responses"]["200"]["headers"] =
            json!({ "X-Id": { "required": true, "schema": { "type": "string" } } });
        let mut new = old.clone();
        new["paths"]["/a"]["get"]["responses"]["200"]["headers"] = json!({});
        let found = compare(&old, &new);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule, "response-header-removed");
        assert_eq!(
            found[0].pointer,
            "/paths/~1a/get/responses/200/headers/X-Id"
        );
        assert!(found[0].breaking);
    }

    #[test]
    fn recursive_schemas_terminate() {
        let schema = json!({ "type": "object", "properties": {
            "next": { "$ref": "#/components/schemas/A" } } });
        let found = compare(&doc(schema.clone()), &doc(schema));
        assert!(found.is_empty(), "{found:?}");
    }
}
