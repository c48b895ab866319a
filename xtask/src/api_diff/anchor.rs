//! Where in the spec a generated item comes from: the JSON pointer a Rust
//! change is reported under, so that it shares a line with the wire change
//! that caused it.
//!
//! Generated names follow the spec's (operation methods and builders after
//! operationIds, types after schema names, setters after parameters and
//! properties, `serde(rename)` after wire names); names are matched with
//! [`normalize`], and an item that matches nothing is reported at `/`.

use serde_json::Value;

use super::rust_surface::{Change, Kind};
use super::wire::{normalize, parameter_pointer};
use crate::spec::escape;

/// The pointers a Rust change may be reported under, best first: in the new
/// spec when the place exists there, else in the old one; a parameter given
/// by `$ref` also offers the parameter it refers to.
pub fn anchor(change: &Change, old: &Value, new: &Value) -> Vec<String> {
    for doc in [new, old] {
        if let Some(pointer) = anchor_in(change, doc) {
            let mut out = vec![pointer.clone()];
            if let Some(target) = doc
                .pointer(&pointer)
                .and_then(|v| v.get("$ref"))
                .and_then(Value::as_str)
            {
                out.push(target.trim_start_matches('#').to_string());
            }
            return out;
        }
    }
    // Fall back to the closest place found in either document.
    for doc in [new, old] {
        if let Some(pointer) = owner_place(change, doc) {
            return vec![pointer];
        }
    }
    vec!["/".to_string()]
}

/// The owner type's name (last path segment) and the member's name.
fn names(change: &Change) -> (String, Option<String>) {
    let item = change.item.split(" (").next().unwrap_or_default();
    let last = |path: &str| path.rsplit("::").next().unwrap_or(path).to_string();
    match (&change.entry.kind, &change.entry.owner) {
        (Kind::Field, Some(owner)) => {
            let member = item.rsplit_once('.').map(|(_, m)| m.to_string());
            (last(owner), member)
        }
        (Kind::Variant | Kind::Method, Some(owner)) => {
            let member = item
                .trim_end_matches("()")
                .rsplit_once("::")
                .map(|(_, m)| m.to_string());
            (last(owner), member)
        }
        (Kind::Impl, Some(owner)) => (last(owner), None),
        _ => (last(item.trim_end_matches("()")), None),
    }
}

fn operations(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                out.push((
                    normalize(id),
                    format!("/paths/{}/{}", escape(path), escape(method)),
                ));
            }
        }
    }
    out
}

fn operation(doc: &Value, name: &str) -> Option<String> {
    let n = normalize(name);
    operations(doc)
        .into_iter()
        .find(|(id, _)| *id == n)
        .map(|(_, p)| p)
}

fn schema_names(doc: &Value) -> Vec<String> {
    doc.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

fn schema(doc: &Value, name: &str) -> Option<String> {
    let n = normalize(name);
    schema_names(doc)
        .into_iter()
        .find(|s| normalize(s) == n)
        .map(|s| format!("/components/schemas/{}", escape(&s)))
}

/// The property of the schema at `at` whose name matches `name`.
fn property(doc: &Value, at: &str, name: &str) -> Option<String> {
    let n = normalize(name);
    let props = doc.pointer(&format!("{at}/properties"))?.as_object()?;
    props
        .keys()
        .find(|k| normalize(k) == n)
        .map(|k| format!("{at}/properties/{}", escape(k)))
}

fn anchor_in(change: &Change, doc: &Value) -> Option<String> {
    let (owner, member) = names(change);
    // Operation methods, on whichever client type carries them.
    if change.entry.kind == Kind::Method
        && let Some(op) = member.as_deref().and_then(|m| operation(doc, m))
    {
        return Some(op);
    }
    // Operation builders and their setters.
    if let Some(op) = operation(doc, &owner) {
        return Some(match member.as_deref() {
            None => op,
            Some("body" | "body_map") => format!("{op}/requestBody"),
            Some("send") => format!("{op}/responses"),
            Some(m) => parameter_pointer(doc, &op, m).unwrap_or(op),
        });
    }
    // Schema types, their fields, variants and builder setters.
    let at = schema(doc, &owner)?;
    Some(match (&change.entry.kind, member) {
        (Kind::Field, Some(m)) => {
            let wire = change.entry.wire.clone().unwrap_or(m);
            property(doc, &at, &wire)?
        }
        (Kind::Variant, Some(_)) => format!("{at}/enum"),
        (Kind::Method, Some(m)) => property(doc, &at, &m).unwrap_or(at),
        _ => at,
    })
}

/// For generated types named after a schema and a property
/// (`CreateContactRequestNote`), the property; else the longest schema
/// whose name starts the type's name.
fn owner_place(change: &Change, doc: &Value) -> Option<String> {
    let (owner, _) = names(change);
    let n = normalize(&owner);
    let best = schema_names(doc)
        .into_iter()
        .filter(|s| n.starts_with(&normalize(s)))
        .max_by_key(String::len)?;
    let at = format!("/components/schemas/{}", escape(&best));
    let rest = &n[normalize(&best).len()..];
    Some(property(doc, &at, rest).unwrap_or(at))
}
