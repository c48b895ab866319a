//! Paths, operations, parameters, request bodies, responses, headers,
//! security and webhooks.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::schema::compare_schema;
use super::{Collector, METHODS, Node, Side, docs, normalize, union};

/// The URL a path template matches: `/contacts/{uuid}` and `/contacts/{id}`
/// are the same URL (path parameter names are not sent).
fn url_shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out
}

pub(super) fn compare_paths(cx: &mut Collector, old: &Node, new: &Node) {
    let (old_paths, new_paths) = (old.get("paths"), new.get("paths"));
    let old_keys = old_paths.as_ref().map(Node::keys).unwrap_or_default();
    let new_keys = new_paths.as_ref().map(Node::keys).unwrap_or_default();
    // Paths that match the same URLs are one path, whatever their parameters are called.
    let counterpart = |path: &str, keys: &[String]| {
        keys.iter()
            .find(|k| k.as_str() == path)
            .or_else(|| keys.iter().find(|k| url_shape(k) == url_shape(path)))
            .cloned()
    };
    for path in &old_keys {
        let o = old_paths.as_ref().and_then(|p| p.get(path));
        let other = counterpart(path, &new_keys);
        let n = other
            .as_ref()
            .and_then(|k| new_paths.as_ref().and_then(|p| p.get(k)));
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
            (Some(o), Some(n)) => {
                for method in METHODS {
                    compare_operation_slot(cx, path, method, &o, &n, old, new);
                }
            }
            _ => {}
        }
    }
    for path in &new_keys {
        if counterpart(path, &old_keys).is_some() {
            continue;
        }
        if let Some(n) = new_paths.as_ref().and_then(|p| p.get(path)) {
            cx.operation = None;
            cx.push(&n.at, false, "path-added", format!("path {path} added"));
        }
    }
}

fn compare_operation_slot(
    cx: &mut Collector,
    path: &str,
    method: &str,
    old_item: &Node,
    new_item: &Node,
    old: &Node,
    new: &Node,
) {
    let (o, n) = (old_item.get(method), new_item.get(method));
    let name = |op: &Node| {
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
    entry: Node<'a>,
    /// The parameter object itself.
    param: Node<'a>,
}

fn parameters<'a>(item: &Node<'a>, op: &Node<'a>) -> BTreeMap<(String, String), Parameter<'a>> {
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
    let item = Node {
        value: doc.pointer(item_at)?,
        doc,
        at: item_at.to_string(),
    };
    let op = Node {
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

fn compare_parameters(
    cx: &mut Collector,
    old_item: &Node,
    old_op: &Node,
    new_item: &Node,
    new_op: &Node,
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
    // Removed and added in the same location: renamed. A path parameter's
    // name is not sent, so renaming one changes nothing on the wire.
    removed.retain(|(from, name)| {
        let Some(pos) = added.iter().position(|(loc, _)| loc == from) else {
            return true;
        };
        let to_key = added.remove(pos);
        let n = &new_params[to_key];
        let in_path = from == "path";
        cx.push(
            &n.entry.at,
            !in_path,
            "parameter-renamed",
            format!(
                "{from} parameter `{name}` renamed to `{}`{}",
                to_key.1,
                if in_path {
                    " (path parameter names are not sent)"
                } else {
                    ": old clients send the old name"
                }
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

fn compare_request_body(cx: &mut Collector, old_op: &Node, new_op: &Node) {
    let o = old_op.get("requestBody").map(Node::resolved);
    let n = new_op.get("requestBody").map(Node::resolved);
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
fn compare_content(cx: &mut Collector, side: Side, old: &Node, new: &Node, strict: bool) {
    let (oc, nc) = (old.get("content"), new.get("content"));
    let ok = oc.as_ref().map(Node::keys).unwrap_or_default();
    let nk = nc.as_ref().map(Node::keys).unwrap_or_default();
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

fn compare_responses(cx: &mut Collector, old_op: &Node, new_op: &Node) {
    let (or, nr) = (old_op.get("responses"), new_op.get("responses"));
    let ok = or.as_ref().map(Node::keys).unwrap_or_default();
    let nk = nr.as_ref().map(Node::keys).unwrap_or_default();
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
                compare_headers(cx, &o, &n);
                compare_content(cx, Side::Response, &o, &n, success);
            }
            (None, None) => {}
        }
    }
}

/// Response headers: a removed required header breaks readers that rely on
/// it; a kept one is compared as a response value.
fn compare_headers(cx: &mut Collector, old: &Node, new: &Node) {
    let (oh, nh) = (old.get("headers"), new.get("headers"));
    let ok = oh.as_ref().map(Node::keys).unwrap_or_default();
    let nk = nh.as_ref().map(Node::keys).unwrap_or_default();
    for name in union(&ok, &nk) {
        let o = oh.as_ref().and_then(|h| h.get(&name)).map(Node::resolved);
        let n = nh.as_ref().and_then(|h| h.get(&name)).map(Node::resolved);
        match (o, n) {
            (Some(o), None) => {
                let required = o.flag("required");
                cx.push(
                    &o.at,
                    required,
                    "response-header-removed",
                    format!(
                        "{} response header `{name}` removed",
                        if required { "required" } else { "optional" }
                    ),
                );
            }
            (None, Some(n)) => cx.push(
                &n.at,
                false,
                "response-header-added",
                format!("response header `{name}` added"),
            ),
            (Some(o), Some(n)) => {
                if let (Some(os), Some(ns)) = (o.get("schema"), n.get("schema")) {
                    let mut seen = BTreeSet::new();
                    compare_schema(cx, Side::Response, os, ns, &mut seen);
                }
            }
            (None, None) => {}
        }
    }
}

/// The security alternatives of an operation, and where they are written.
fn security<'a>(op: &Node<'a>, root: &Node<'a>) -> (String, BTreeSet<String>) {
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

fn compare_security(cx: &mut Collector, old_op: &Node, new_op: &Node, old: &Node, new: &Node) {
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

/// The schema of a webhook Path Item's POST body.
fn webhook_body<'a>(entry: &Node<'a>) -> Option<Node<'a>> {
    [
        "post",
        "requestBody",
        "content",
        "application/json",
        "schema",
    ]
    .iter()
    .try_fold(entry.clone(), |node, key| node.get(key))
}

/// Webhook bodies (`x-webhooks`: name → Path Item whose POST carries the
/// body, or name → schema reference) are sent by the
/// server, so they are compared as responses.
pub(super) fn compare_webhooks(cx: &mut Collector, old: &Node, new: &Node) {
    let (ow, nw) = (old.get("x-webhooks"), new.get("x-webhooks"));
    let ok = ow.as_ref().map(Node::keys).unwrap_or_default();
    let nk = nw.as_ref().map(Node::keys).unwrap_or_default();
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
                // A Path Item (as OpenAPI 3.1's `webhooks`): its POST body.
                if let (Some(os), Some(ns)) = (webhook_body(&o), webhook_body(&n)) {
                    let mut seen = BTreeSet::new();
                    compare_schema(cx, Side::Response, os, ns, &mut seen);
                    continue;
                }
                // A name → schema reference entry.
                let target = |w: &Node<'_>| w.str("schema").map(str::to_string);
                let (Some(ot), Some(nt)) = (target(&o), target(&n)) else {
                    continue;
                };
                // The entry names its schema by a `$ref` string: compare
                // what it points to, as a `$ref` written at the entry.
                let (oref, nref) = (json!({ "$ref": ot }), json!({ "$ref": nt }));
                let os = Node {
                    value: &oref,
                    doc: o.doc,
                    at: format!("{}/schema", o.at),
                };
                let ns = Node {
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
