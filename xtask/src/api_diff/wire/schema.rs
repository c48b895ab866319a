//! Schemas compared as resolved shapes: types, nullability, enums, bounds,
//! properties and their required-ness, items and compositions; and the
//! component schemas added, removed or re-documented.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{Collector, Node, Side, docs, union};

/// Component schemas added or removed, and documentation changes of the
/// ones both specs have (shape changes are found through their uses).
pub(super) fn compare_components(cx: &mut Collector, old: &Node, new: &Node) {
    cx.operation = None;
    let os = old.get("components").and_then(|c| c.get("schemas"));
    let ns = new.get("components").and_then(|c| c.get("schemas"));
    let ok = os.as_ref().map(Node::keys).unwrap_or_default();
    let nk = ns.as_ref().map(Node::keys).unwrap_or_default();
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
fn schema_docs(cx: &mut Collector, old: &Node, new: &Node, depth: usize) {
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

/// The JSON type of a schema as a short label (`string/date-time`,
/// `integer/int32`, `object`, `oneOf`...), with `any` for untyped schemas.
fn type_label(schema: &Node) -> String {
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

fn enum_values(schema: &Node) -> Option<BTreeSet<String>> {
    schema.value.get("enum").and_then(Value::as_array).map(|v| {
        v.iter()
            .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
            .collect()
    })
}

fn required(schema: &Node) -> BTreeSet<String> {
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
pub(super) fn compare_schema(
    cx: &mut Collector,
    side: Side,
    old: Node,
    new: Node,
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
        if let (Some(o), Some(n)) = (old.get(key), new.get(key))
            && o.value.is_object()
            && n.value.is_object()
        {
            compare_schema(cx, side, o, n, seen);
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

fn compare_enums(cx: &mut Collector, side: Side, old: &Node, new: &Node) {
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
fn compare_constraints(cx: &mut Collector, side: Side, old: &Node, new: &Node) {
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
        let get = |s: &Node| s.value.get(key).and_then(Value::as_f64);
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
    old: &Node,
    new: &Node,
    seen: &mut BTreeSet<(String, String)>,
) {
    let (op, np) = (old.get("properties"), new.get("properties"));
    if op.is_none() && np.is_none() {
        return;
    }
    let (or, nr) = (required(old), required(new));
    let ok = op.as_ref().map(Node::keys).unwrap_or_default();
    let nk = np.as_ref().map(Node::keys).unwrap_or_default();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widening_is_side_aware() {
        assert!(widening(Side::Request, "integer", "number"));
        assert!(!widening(Side::Response, "integer", "number"));
        assert!(!widening(Side::Request, "integer/int32", "number"));
    }
}
