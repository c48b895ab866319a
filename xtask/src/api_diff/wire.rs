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
//! tightened request constraints; removed success statuses and media types;
//! changed security.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use crate::spec::{escape, resolve_ref};

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
struct Owned<'a> {
    value: &'a Value,
    doc: &'a Value,
    at: String,
}

impl<'a> Owned<'a> {
    fn root(doc: &'a Value) -> Self {
        Owned {
            value: doc,
            doc,
            at: String::new(),
        }
    }

    /// The child `key`, if present.
    fn get(&self, key: &str) -> Option<Owned<'a>> {
        let value = match self.value {
            Value::Object(map) => map.get(key)?,
            Value::Array(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
        Some(Owned {
            value,
            doc: self.doc,
            at: format!("{}/{}", self.at, escape(key)),
        })
    }

    /// Follows `$ref`s (at most a few hops: refs to refs are legal, loops are not).
    fn resolved(self) -> Owned<'a> {
        let mut here = self;
        for _ in 0..16 {
            let Some(target) = here.value.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some(value) = resolve_ref(here.doc, target) else {
                break;
            };
            here = Owned {
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
    let old_root = Owned::root(old);
    let new_root = Owned::root(new);
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

fn compare_paths(cx: &mut Collector, old: &Owned, new: &Owned) {
    let (old_paths, new_paths) = (old.get("paths"), new.get("paths"));
    let old_keys = old_paths.as_ref().map(Owned::keys).unwrap_or_default();
    let new_keys = new_paths.as_ref().map(Owned::keys).unwrap_or_default();
    for path in union(&old_keys, &new_keys) {
        let o = old_paths.as_ref().and_then(|p| p.get(&path));
        let n = new_paths.as_ref().and_then(|p| p.get(&path));
        match (o, n) {
            (Some(o), None) => {
                cx.operation = None;
                cx.push(
                    &o.at,
                    true,
                    "path-removed",
                    format!("path {path} removed: every call to it now fails"),
                );
            }
            (None, Some(n)) => {
                cx.operation = None;
                cx.push(&n.at, false, "path-added", format!("path {path} added"));
            }
            (Some(o), Some(n)) => {
                for method in METHODS {
                    compare_operation_slot(cx, &path, method, &o, &n, old, new);
                }
            }
            (None, None) => {}
        }
    }
}

fn compare_operation_slot(
    cx: &mut Collector,
    path: &str,
    method: &str,
    old_item: &Owned,
    new_item: &Owned,
    old: &Owned,
    new: &Owned,
) {
    let (o, n) = (old_item.get(method), new_item.get(method));
    let name = |op: &Owned| {
        op.str("operationId")
            .map(str::to_string)
            .unwrap_or_else(|| format!("{} {path}", method.to_uppercase()))
    };
    let shown = format!("{} {path}", method.to_uppercase());
    match (o, n) {
        (Some(o), None) => {
            cx.operation = Some(name(&o));
            cx.push(
                &o.at,
                true,
                "operation-removed",
                format!("operation {shown} removed: calls to it now fail"),
            );
        }
        (None, Some(n)) => {
            cx.operation = Some(name(&n));
            cx.push(
                &n.at,
                false,
                "operation-added",
                format!("operation {shown} added"),
            );
        }
        (Some(o), Some(n)) => {
            cx.operation = Some(name(&n));
            if o.str("operationId") != n.str("operationId") {
                cx.push(
                    &format!("{}/operationId", n.at),
                    false,
                    "operation-id-changed",
                    format!(
                        "operationId {} became {} (the wire call is the same)",
                        name(&o),
                        name(&n)
                    ),
                );
            }
            docs(cx, &o, &n, &["summary", "description"]);
            compare_parameters(cx, old_item, &o, new_item, &n);
            compare_request_body(cx, &o, &n);
            compare_responses(cx, &o, &n);
            compare_security(cx, &o, &n, old, new);
        }
        (None, None) => {}
    }
}

/// A parameter as an operation sees it: path-level ones overridden by
/// operation-level ones with the same name and location.
struct Parameter<'a> {
    /// The entry in the `parameters` list (before following its `$ref`).
    entry: Owned<'a>,
    /// The parameter object itself.
    param: Owned<'a>,
}

fn parameters<'a>(item: &Owned<'a>, op: &Owned<'a>) -> BTreeMap<(String, String), Parameter<'a>> {
    let mut out = BTreeMap::new();
    for holder in [item, op] {
        let Some(list) = holder.get("parameters") else {
            continue;
        };
        let count = list.value.as_array().map_or(0, Vec::len);
        for i in 0..count {
            let Some(entry) = list.get(&i.to_string()) else {
                continue;
            };
            let param = entry.clone().resolved();
            let (Some(name), Some(location)) = (param.str("name"), param.str("in")) else {
                continue;
            };
            out.insert(
                (location.to_string(), name.to_string()),
                Parameter { entry, param },
            );
        }
    }
    out
}

/// The pointer of the parameter `name` of the operation at `operation`
/// (`/paths/~1p/get`), where its entry is written.
pub fn parameter_pointer(doc: &Value, operation: &str, name: &str) -> Option<String> {
    let item_at = operation.rsplit_once('/')?.0;
    let item = Owned {
        value: doc.pointer(item_at)?,
        doc,
        at: item_at.to_string(),
    };
    let op = Owned {
        value: doc.pointer(operation)?,
        doc,
        at: operation.to_string(),
    };
    let normal = normalize(name);
    parameters(&item, &op)
        .into_values()
        .find(|p| p.param.str("name").map(normalize) == Some(normal.clone()))
        .map(|p| p.entry.at)
}

/// Lower-case letters and digits only: how generated Rust names and spec
/// names are matched (`phoneNumber` ~ `phone_number`, `listContacts` ~ `ListContacts`).
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn compare_parameters(
    cx: &mut Collector,
    old_item: &Owned,
    old_op: &Owned,
    new_item: &Owned,
    new_op: &Owned,
) {
    let old_params = parameters(old_item, old_op);
    let new_params = parameters(new_item, new_op);
    let mut removed: Vec<&(String, String)> = old_params
        .keys()
        .filter(|k| !new_params.contains_key(*k))
        .collect();
    let mut added: Vec<&(String, String)> = new_params
        .keys()
        .filter(|k| !old_params.contains_key(*k))
        .collect();

    // Same name, another location: moved.
    removed.retain(|(from, name)| {
        let Some(pos) = added.iter().position(|(_, n)| n == name) else {
            return true;
        };
        let to_key = added.remove(pos);
        let n = &new_params[to_key];
        cx.push(
            &n.entry.at,
            true,
            "parameter-moved",
            format!(
                "parameter `{name}` moved from {from} to {}: old clients send it in the wrong place",
                to_key.0
            ),
        );
        false
    });
    // Removed and added in the same location: renamed.
    removed.retain(|(from, name)| {
        let Some(pos) = added.iter().position(|(loc, _)| loc == from) else {
            return true;
        };
        let to_key = added.remove(pos);
        let n = &new_params[to_key];
        cx.push(
            &n.entry.at,
            true,
            "parameter-renamed",
            format!(
                "{from} parameter `{name}` renamed to `{}`: old clients send the old name",
                to_key.1
            ),
        );
        false
    });
    for key in removed {
        let o = &old_params[key];
        cx.push(
            &o.entry.at,
            true,
            "parameter-removed",
            format!(
                "{} parameter `{}` removed: old clients still send it",
                key.0, key.1
            ),
        );
    }
    for key in added {
        let n = &new_params[key];
        let required = n.param.flag("required");
        cx.push(
            &n.entry.at,
            required,
            if required {
                "required-parameter-added"
            } else {
                "optional-parameter-added"
            },
            format!(
                "{} {} parameter `{}` added{}",
                if required { "required" } else { "optional" },
                key.0,
                key.1,
                if required {
                    ": old clients do not send it"
                } else {
                    ""
                }
            ),
        );
    }
    for (key, o) in &old_params {
        let Some(n) = new_params.get(key) else {
            continue;
        };
        let (was, is) = (o.param.flag("required"), n.param.flag("required"));
        if was != is {
            cx.push(
                &n.entry.at,
                is,
                if is {
                    "parameter-became-required"
                } else {
                    "parameter-became-optional"
                },
                format!(
                    "{} parameter `{}` became {}",
                    key.0,
                    key.1,
                    if is {
                        "required: old clients may leave it out"
                    } else {
                        "optional"
                    }
                ),
            );
        }
        docs(cx, &o.param, &n.param, &["description"]);
        if let (Some(os), Some(ns)) = (o.param.get("schema"), n.param.get("schema")) {
            let mut seen = BTreeSet::new();
            compare_schema(cx, Side::Request, os, ns, &mut seen);
        }
    }
}

fn compare_request_body(cx: &mut Collector, old_op: &Owned, new_op: &Owned) {
    let o = old_op.get("requestBody").map(Owned::resolved);
    let n = new_op.get("requestBody").map(Owned::resolved);
    match (o, n) {
        (None, Some(n)) => {
            let required = n.flag("required");
            cx.push(
                &n.at,
                required,
                "request-body-added",
                format!(
                    "{} request body added{}",
                    if required { "required" } else { "optional" },
                    if required {
                        ": old clients send none"
                    } else {
                        ""
                    }
                ),
            );
        }
        (Some(o), None) => cx.push(
            &o.at,
            true,
            "request-body-removed",
            "request body removed: old clients still send one".to_string(),
        ),
        (Some(o), Some(n)) => {
            if !o.flag("required") && n.flag("required") {
                cx.push(
                    &n.at,
                    true,
                    "request-body-became-required",
                    "request body became required: old clients may send none".to_string(),
                );
            }
            docs(cx, &o, &n, &["description"]);
            compare_content(cx, Side::Request, &o, &n, true);
        }
        (None, None) => {}
    }
}

/// Compares the `content` maps of two request bodies or responses.
fn compare_content(cx: &mut Collector, side: Side, old: &Owned, new: &Owned, strict: bool) {
    let (oc, nc) = (old.get("content"), new.get("content"));
    let ok = oc.as_ref().map(Owned::keys).unwrap_or_default();
    let nk = nc.as_ref().map(Owned::keys).unwrap_or_default();
    for media in union(&ok, &nk) {
        let o = oc.as_ref().and_then(|c| c.get(&media));
        let n = nc.as_ref().and_then(|c| c.get(&media));
        match (o, n) {
            (Some(o), None) => cx.push(
                &o.at,
                strict,
                "media-type-removed",
                format!("media type {media} removed"),
            ),
            (None, Some(n)) => cx.push(
                &n.at,
                false,
                "media-type-added",
                format!("media type {media} added"),
            ),
            (Some(o), Some(n)) => {
                if let (Some(os), Some(ns)) = (o.get("schema"), n.get("schema")) {
                    let mut seen = BTreeSet::new();
                    compare_schema(cx, side, os, ns, &mut seen);
                }
            }
            (None, None) => {}
        }
    }
}

fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

fn compare_responses(cx: &mut Collector, old_op: &Owned, new_op: &Owned) {
    let (or, nr) = (old_op.get("responses"), new_op.get("responses"));
    let ok = or.as_ref().map(Owned::keys).unwrap_or_default();
    let nk = nr.as_ref().map(Owned::keys).unwrap_or_default();
    for status in union(&ok, &nk) {
        let o = or.as_ref().and_then(|r| r.get(&status));
        let n = nr.as_ref().and_then(|r| r.get(&status));
        let success = is_success(&status);
        match (o, n) {
            (Some(o), None) => cx.push(
                &o.at,
                success,
                if success {
                    "success-status-removed"
                } else {
                    "error-status-removed"
                },
                format!(
                    "response {status} removed{}",
                    if success {
                        ": old clients expect it"
                    } else {
                        ""
                    }
                ),
            ),
            (None, Some(n)) => cx.push(
                &n.at,
                false,
                "status-added",
                format!("response {status} added"),
            ),
            (Some(o), Some(n)) => {
                let (o, n) = (o.resolved(), n.resolved());
                docs(cx, &o, &n, &["description"]);
                compare_content(cx, Side::Response, &o, &n, success);
            }
            (None, None) => {}
        }
    }
}

/// The security alternatives of an operation, and where they are written.
fn security<'a>(op: &Owned<'a>, root: &Owned<'a>) -> (String, BTreeSet<String>) {
    let holder = if op.value.get("security").is_some() {
        op
    } else {
        root
    };
    let at = format!("{}/security", holder.at);
    let alternatives = holder
        .value
        .get("security")
        .and_then(Value::as_array)
        .map(|list| list.iter().map(canonical).collect())
        .unwrap_or_default();
    (at, alternatives)
}

fn canonical(value: &Value) -> String {
    // serde_json's maps are ordered, so this is stable.
    value.to_string()
}

fn compare_security(cx: &mut Collector, old_op: &Owned, new_op: &Owned, old: &Owned, new: &Owned) {
    let (_, was) = security(old_op, old);
    let (at, is) = security(new_op, new);
    if was == is {
        return;
    }
    // Alternatives are OR-ed: a client using one that is gone is refused,
    // and requiring auth where none was needed refuses every old client.
    let lost: Vec<&String> = was.iter().filter(|a| !is.contains(*a)).collect();
    let breaking = !lost.is_empty() || (was.is_empty() && !is.is_empty());
    cx.push(
        &at,
        breaking,
        "security-changed",
        format!(
            "security changed from [{}] to [{}]{}",
            was.iter().cloned().collect::<Vec<_>>().join(", "),
            is.iter().cloned().collect::<Vec<_>>().join(", "),
            if breaking {
                ": old clients authenticate in a way no longer accepted"
            } else {
                ""
            }
        ),
    );
}

/// Webhook bodies (`x-webhooks`: name → schema reference) are sent by the
/// server, so they are compared as responses.
fn compare_webhooks(cx: &mut Collector, old: &Owned, new: &Owned) {
    let (ow, nw) = (old.get("x-webhooks"), new.get("x-webhooks"));
    let ok = ow.as_ref().map(Owned::keys).unwrap_or_default();
    let nk = nw.as_ref().map(Owned::keys).unwrap_or_default();
    for name in union(&ok, &nk) {
        cx.operation = Some(format!("webhook {name}"));
        let o = ow.as_ref().and_then(|w| w.get(&name));
        let n = nw.as_ref().and_then(|w| w.get(&name));
        match (o, n) {
            (Some(o), None) => cx.push(
                &o.at,
                true,
                "webhook-removed",
                format!("webhook `{name}` removed: receivers of it no longer get it"),
            ),
            (None, Some(n)) => cx.push(
                &n.at,
                false,
                "webhook-added",
                format!("webhook `{name}` added"),
            ),
            (Some(o), Some(n)) => {
                let target = |w: &Owned<'_>| w.str("schema").map(str::to_string);
                let (Some(ot), Some(nt)) = (target(&o), target(&n)) else {
                    continue;
                };
                // The entry names its schema by a `$ref` string: compare
                // what it points to, as a `$ref` written at the entry.
                let (oref, nref) = (json!({ "$ref": ot }), json!({ "$ref": nt }));
                let os = Owned {
                    value: &oref,
                    doc: o.doc,
                    at: format!("{}/schema", o.at),
                };
                let ns = Owned {
                    value: &nref,
                    doc: n.doc,
                    at: format!("{}/schema", n.at),
                };
                let mut seen = BTreeSet::new();
                compare_schema(cx, Side::Response, os, ns, &mut seen);
            }
            (None, None) => {}
        }
    }
}

/// Component schemas added or removed, and documentation changes of the
/// ones both specs have (shape changes are found through their uses).
fn compare_components(cx: &mut Collector, old: &Owned, new: &Owned) {
    cx.operation = None;
    let os = old.get("components").and_then(|c| c.get("schemas"));
    let ns = new.get("components").and_then(|c| c.get("schemas"));
    let ok = os.as_ref().map(Owned::keys).unwrap_or_default();
    let nk = ns.as_ref().map(Owned::keys).unwrap_or_default();
    for name in union(&ok, &nk) {
        let o = os.as_ref().and_then(|s| s.get(&name));
        let n = ns.as_ref().and_then(|s| s.get(&name));
        match (o, n) {
            (Some(o), None) => cx.push(
                &o.at,
                false,
                "schema-removed",
                format!("schema `{name}` removed (its uses are reported where they change)"),
            ),
            (None, Some(n)) => cx.push(
                &n.at,
                false,
                "schema-added",
                format!("schema `{name}` added"),
            ),
            (Some(o), Some(n)) => schema_docs(cx, &o, &n, 0),
            (None, None) => {}
        }
    }
}

/// Documentation changes inside one written schema (not following `$ref`s:
/// the target's own pass reports those).
fn schema_docs(cx: &mut Collector, old: &Owned, new: &Owned, depth: usize) {
    if depth > 32 {
        return;
    }
    docs(cx, old, new, &["description", "title", "example"]);
    for key in ["items", "additionalProperties", "not"] {
        if let (Some(o), Some(n)) = (old.get(key), new.get(key)) {
            schema_docs(cx, &o, &n, depth + 1);
        }
    }
    if let (Some(op), Some(np)) = (old.get("properties"), new.get("properties")) {
        for name in op.keys() {
            if let (Some(o), Some(n)) = (op.get(&name), np.get(&name)) {
                schema_docs(cx, &o, &n, depth + 1);
            }
        }
    }
}

/// Reports changed documentation keys of one object as non-breaking.
fn docs(cx: &mut Collector, old: &Owned, new: &Owned, keys: &[&str]) {
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

/// The JSON type of a schema as a short label (`string/date-time`,
/// `integer/int32`, `object`, `oneOf`...), with `any` for untyped schemas.
fn type_label(schema: &Owned) -> String {
    let ty = schema
        .str("type")
        .map(str::to_string)
        .or_else(|| {
            ["oneOf", "anyOf", "allOf"]
                .into_iter()
                .find(|k| schema.value.get(*k).is_some())
                .map(str::to_string)
        })
        .or_else(|| schema.value.get("properties").map(|_| "object".to_string()))
        .unwrap_or_else(|| "any".to_string());
    match schema.str("format") {
        Some(format) => format!("{ty}/{format}"),
        None => ty,
    }
}

fn enum_values(schema: &Owned) -> Option<BTreeSet<String>> {
    schema.value.get("enum").and_then(Value::as_array).map(|v| {
        v.iter()
            .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
            .collect()
    })
}

fn required(schema: &Owned) -> BTreeSet<String> {
    schema
        .value
        .get("required")
        .and_then(Value::as_array)
        .map(|v| {
            v.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn join(values: &BTreeSet<String>) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Compares two schemas seen from `side`, after following their `$ref`s.
fn compare_schema(
    cx: &mut Collector,
    side: Side,
    old: Owned,
    new: Owned,
    seen: &mut BTreeSet<(String, String)>,
) {
    let (old, new) = (old.resolved(), new.resolved());
    // Recursive schemas: each pair once per walk.
    if !seen.insert((old.at.clone(), new.at.clone())) || seen.len() > 10_000 {
        return;
    }
    let (ot, nt) = (type_label(&old), type_label(&new));
    if ot != nt && !widening(side, &ot, &nt) {
        cx.push(
            &new.at,
            true,
            match side {
                Side::Request => "request-type-changed",
                Side::Response => "response-type-changed",
            },
            format!(
                "{} type changed from {ot} to {nt}",
                match side {
                    Side::Request => "request",
                    Side::Response => "response",
                }
            ),
        );
        return;
    }
    let (on, nn) = (old.flag("nullable"), new.flag("nullable"));
    match side {
        Side::Response if !on && nn => cx.push(
            &new.at,
            true,
            "response-became-nullable",
            "response value became nullable: old clients do not expect null".to_string(),
        ),
        Side::Request if on && !nn => cx.push(
            &new.at,
            true,
            "request-became-not-nullable",
            "request value no longer accepts null: old clients may send it".to_string(),
        ),
        _ => {}
    }
    compare_enums(cx, side, &old, &new);
    compare_constraints(cx, side, &old, &new);
    compare_properties(cx, side, &old, &new, seen);
    for key in ["items", "additionalProperties"] {
        if let (Some(o), Some(n)) = (old.get(key), new.get(key)) {
            if o.value.is_object() && n.value.is_object() {
                compare_schema(cx, side, o, n, seen);
            }
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        let (o, n) = (old.get(key), new.get(key));
        let (Some(o), Some(n)) = (o, n) else { continue };
        let (ol, nl) = (
            o.value.as_array().map_or(0, Vec::len),
            n.value.as_array().map_or(0, Vec::len),
        );
        if ol != nl {
            let grew = nl > ol;
            // A new branch is a shape old readers do not know; a lost one is
            // a shape old writers still send.
            let breaking = match side {
                Side::Response => grew,
                Side::Request => !grew,
            };
            cx.push(
                &n.at,
                breaking,
                "composition-changed",
                format!("{key} went from {ol} to {nl} alternatives"),
            );
        }
        for i in 0..ol.min(nl) {
            if let (Some(a), Some(b)) = (o.get(&i.to_string()), n.get(&i.to_string())) {
                compare_schema(cx, side, a, b, seen);
            }
        }
    }
}

/// Integer to number is a widening the reader of a request (the server)
/// accepts; number to integer is one the reader of a response accepts.
fn widening(side: Side, old: &str, new: &str) -> bool {
    matches!(
        (side, old, new),
        (Side::Request, "integer", "number") | (Side::Response, "number", "integer")
    )
}

fn compare_enums(cx: &mut Collector, side: Side, old: &Owned, new: &Owned) {
    let (Some(ov), Some(nv)) = (enum_values(old), enum_values(new)) else {
        match (enum_values(old), enum_values(new), side) {
            (None, Some(_), Side::Request) => cx.push(
                &format!("{}/enum", new.at),
                true,
                "request-enum-added",
                "request value restricted to an enum: old clients may send other values"
                    .to_string(),
            ),
            (Some(_), None, Side::Response) => cx.push(
                &old.at,
                false,
                "response-enum-removed",
                "response value no longer restricted to an enum: not breaking for this \
                 client (its enums keep unknown values as `Other`), breaking for a strict client"
                    .to_string(),
            ),
            _ => {}
        }
        return;
    };
    let removed: BTreeSet<String> = ov.difference(&nv).cloned().collect();
    let added: BTreeSet<String> = nv.difference(&ov).cloned().collect();
    let at = format!("{}/enum", new.at);
    if !removed.is_empty() {
        match side {
            Side::Request => cx.push(
                &format!("{}/enum", old.at),
                true,
                "request-enum-value-removed",
                format!(
                    "request enum value(s) {} removed: old clients may still send them",
                    join(&removed)
                ),
            ),
            Side::Response => cx.push(
                &format!("{}/enum", old.at),
                false,
                "response-enum-value-removed",
                format!(
                    "response enum value(s) {} removed: old clients simply stop seeing them",
                    join(&removed)
                ),
            ),
        }
    }
    if !added.is_empty() {
        match side {
            Side::Request => cx.push(
                &at,
                false,
                "request-enum-value-added",
                format!("request enum value(s) {} added", join(&added)),
            ),
            Side::Response => cx.push(
                &at,
                false,
                "response-enum-value-added",
                format!(
                    "response enum value(s) {} added: not breaking for this client (its \
                     enums are open: an unknown value is kept as `Other(String)`); \
                     breaking for a strict client with closed enums",
                    join(&added)
                ),
            ),
        }
    }
}

/// Bounds: a tighter bound on a request refuses what old clients sent; a
/// looser bound on a response sends what old strict readers refuse.
fn compare_constraints(cx: &mut Collector, side: Side, old: &Owned, new: &Owned) {
    // (keyword, true when a larger value is looser)
    const BOUNDS: [(&str, bool); 8] = [
        ("maxLength", true),
        ("maxItems", true),
        ("maxProperties", true),
        ("maximum", true),
        ("minLength", false),
        ("minItems", false),
        ("minProperties", false),
        ("minimum", false),
    ];
    for (key, larger_is_looser) in BOUNDS {
        let get = |s: &Owned| s.value.get(key).and_then(Value::as_f64);
        let (o, n) = (get(old), get(new));
        let tighter = match (o, n) {
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) if a != b => (b > a) != larger_is_looser,
            _ => continue,
        };
        let breaking = match side {
            Side::Request => tighter,
            Side::Response => !tighter,
        };
        let show = |v: Option<f64>| v.map_or_else(|| "none".to_string(), |v| v.to_string());
        cx.push(
            &format!("{}/{key}", if n.is_some() { &new.at } else { &old.at }),
            breaking,
            "constraint-changed",
            format!(
                "{} {key} changed from {} to {} ({})",
                match side {
                    Side::Request => "request",
                    Side::Response => "response",
                },
                show(o),
                show(n),
                if tighter { "tighter" } else { "looser" }
            ),
        );
    }
    if old.value.get("pattern") != new.value.get("pattern") {
        let breaking = match side {
            Side::Request => new.value.get("pattern").is_some(),
            Side::Response => old.value.get("pattern").is_some(),
        };
        cx.push(
            &format!("{}/pattern", new.at),
            breaking,
            "pattern-changed",
            "pattern changed".to_string(),
        );
    }
}

fn compare_properties(
    cx: &mut Collector,
    side: Side,
    old: &Owned,
    new: &Owned,
    seen: &mut BTreeSet<(String, String)>,
) {
    let (op, np) = (old.get("properties"), new.get("properties"));
    if op.is_none() && np.is_none() {
        return;
    }
    let (or, nr) = (required(old), required(new));
    let ok = op.as_ref().map(Owned::keys).unwrap_or_default();
    let nk = np.as_ref().map(Owned::keys).unwrap_or_default();
    for name in union(&ok, &nk) {
        let o = op.as_ref().and_then(|p| p.get(&name));
        let n = np.as_ref().and_then(|p| p.get(&name));
        let (was_req, is_req) = (or.contains(&name), nr.contains(&name));
        match (o, n, side) {
            (Some(o), None, Side::Response) => cx.push(
                &o.at,
                true,
                "response-field-removed",
                format!(
                    "{} response field `{name}` removed: old clients read it",
                    if was_req { "required" } else { "optional" }
                ),
            ),
            (Some(o), None, Side::Request) => cx.push(
                &o.at,
                true,
                "request-field-removed",
                format!("request field `{name}` removed: old clients still send it"),
            ),
            (None, Some(n), Side::Request) => cx.push(
                &n.at,
                is_req,
                if is_req {
                    "required-request-field-added"
                } else {
                    "optional-request-field-added"
                },
                format!(
                    "{} request field `{name}` added{}",
                    if is_req { "required" } else { "optional" },
                    if is_req {
                        ": old clients do not send it"
                    } else {
                        ""
                    }
                ),
            ),
            (None, Some(n), Side::Response) => cx.push(
                &n.at,
                false,
                "response-field-added",
                format!(
                    "{} response field `{name}` added",
                    if is_req { "required" } else { "optional" }
                ),
            ),
            (Some(o), Some(n), _) => {
                if was_req != is_req {
                    let breaking = match side {
                        Side::Request => is_req,
                        Side::Response => !is_req,
                    };
                    cx.push(
                        &n.at,
                        breaking,
                        match (side, is_req) {
                            (Side::Request, true) => "request-field-became-required",
                            (Side::Request, false) => "request-field-became-optional",
                            (Side::Response, true) => "response-field-became-required",
                            (Side::Response, false) => "response-field-became-optional",
                        },
                        format!(
                            "{} field `{name}` became {}{}",
                            match side {
                                Side::Request => "request",
                                Side::Response => "response",
                            },
                            if is_req { "required" } else { "optional" },
                            if breaking {
                                match side {
                                    Side::Request => ": old clients may leave it out",
                                    Side::Response => ": old clients expect it always",
                                }
                            } else {
                                ""
                            }
                        ),
                    );
                }
                compare_schema(cx, side, o, n, seen);
            }
            _ => {}
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn widening_is_side_aware() {
        assert!(widening(Side::Request, "integer", "number"));
        assert!(!widening(Side::Response, "integer", "number"));
        assert!(!widening(Side::Request, "integer/int32", "number"));
    }

    #[test]
    fn recursive_schemas_terminate() {
        let schema = json!({ "type": "object", "properties": {
            "next": { "$ref": "#/components/schemas/A" } } });
        let found = compare(&doc(schema.clone()), &doc(schema));
        assert!(found.is_empty(), "{found:?}");
    }
}
