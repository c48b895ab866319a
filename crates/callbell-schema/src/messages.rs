//! Turns `jsonschema`'s errors into [`ValidationError`]s with plain messages.
//!
//! Most kinds only need rewording. Two need more:
//! - `required` is reported at the object; here it points at the missing
//!   property itself (`/contacts/0/name`), which is where a reader looks;
//! - `oneOf`/`anyOf` (the spec's `nullable` next to a `$ref`, the contact
//!   sent as an object or a one-element list, ...) are reported by
//!   `jsonschema` as one error at the alternatives with the errors of every
//!   branch inside. Branches that fail only because the value has another
//!   type are set aside; when one branch is left, its own (deeper, more
//!   precise) errors are reported; when none is left, one "expected A or B,
//!   found C" error is.

use std::cmp::Ordering;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::{ValidationError, escape};

/// One problem, before it becomes a [`ValidationError`].
#[derive(Clone, PartialEq)]
struct Issue {
    pointer: String,
    message: String,
    keyword: &'static str,
    /// For a type mismatch: the types that would have been accepted.
    expected: Option<Vec<&'static str>>,
}

/// Describes every error, sorted by pointer (array indices in numeric
/// order), without duplicates.
pub(super) fn describe<'a>(
    errors: impl Iterator<Item = jsonschema::ValidationError<'a>>,
) -> Vec<ValidationError> {
    let mut issues = Vec::new();
    for error in errors {
        collect(&error, &mut issues);
    }
    prune(&mut issues);
    issues.sort_by(|a, b| compare_pointers(&a.pointer, &b.pointer));
    issues.dedup();
    issues
        .into_iter()
        .map(|issue| ValidationError {
            pointer: issue.pointer,
            message: issue.message,
            keyword: issue.keyword,
        })
        .collect()
}

fn collect(error: &jsonschema::ValidationError<'_>, out: &mut Vec<Issue>) {
    let pointer = error.instance_path().as_str().to_string();
    let instance: &Value = error.instance();
    let (keyword, message) = match error.kind() {
        // The kinds that are more than a reworded message.
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(ty) => vec![ty.as_str()],
                TypeKind::Multiple(set) => set.iter().map(|ty| ty.as_str()).collect(),
            };
            return out.push(type_mismatch(pointer, expected, instance));
        }
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_string);
            return out.push(at_property(
                &pointer,
                &name,
                "required",
                "required property is missing",
            ));
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            return out.extend(unexpected.iter().map(|name| {
                at_property(
                    &pointer,
                    name,
                    "additionalProperties",
                    "property is not allowed here",
                )
            }));
        }
        ValidationErrorKind::OneOfNotValid { context } => {
            return alternatives("oneOf", pointer, instance, context, out);
        }
        ValidationErrorKind::AnyOf { context } => {
            return alternatives("anyOf", pointer, instance, context, out);
        }
        // The others: one message at the value.
        ValidationErrorKind::Enum { options } => {
            let allowed = match options.as_ref() {
                Value::Array(values) => values
                    .iter()
                    .map(Value::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                other => other.to_string(),
            };
            (
                "enum",
                format!("{} is not one of {allowed}", short(instance)),
            )
        }
        ValidationErrorKind::Constant { expected_value } => (
            "const",
            format!("expected {expected_value}, found {}", short(instance)),
        ),
        ValidationErrorKind::Format { format } => ("format", format_message(instance, format)),
        ValidationErrorKind::MaxLength { limit } => (
            "maxLength",
            format!(
                "text is {} characters long; at most {limit} are allowed",
                chars(instance)
            ),
        ),
        ValidationErrorKind::MinLength { limit } => (
            "minLength",
            format!(
                "text is {} characters long; at least {limit} are needed",
                chars(instance)
            ),
        ),
        ValidationErrorKind::MaxItems { limit } => (
            "maxItems",
            format!("list has {}; at most {limit} allowed", items(instance)),
        ),
        ValidationErrorKind::MinItems { limit } => (
            "minItems",
            format!("list has {}; at least {limit} needed", items(instance)),
        ),
        ValidationErrorKind::Minimum { limit } => (
            "minimum",
            format!("{instance} is less than the minimum of {limit}"),
        ),
        ValidationErrorKind::Maximum { limit } => (
            "maximum",
            format!("{instance} is more than the maximum of {limit}"),
        ),
        ValidationErrorKind::ExclusiveMinimum { limit } => (
            "exclusiveMinimum",
            format!("{instance} is not more than {limit}"),
        ),
        ValidationErrorKind::ExclusiveMaximum { limit } => (
            "exclusiveMaximum",
            format!("{instance} is not less than {limit}"),
        ),
        ValidationErrorKind::Pattern { pattern } => (
            "pattern",
            format!("{} does not match the pattern {pattern}", short(instance)),
        ),
        ValidationErrorKind::OneOfMultipleValid { .. } => (
            "oneOf",
            "matches more than one of the alternatives; exactly one must match".into(),
        ),
        ValidationErrorKind::FalseSchema => ("false", "no value is allowed here".into()),
        // Kinds the converted spec does not produce: jsonschema's own words,
        // with the value masked (it may be long, or personal).
        _ => ("other", error.masked().to_string()),
    };
    out.push(Issue {
        pointer,
        message,
        keyword,
        expected: None,
    });
}

/// A problem with the property `name` of the object at `pointer`, reported at the property.
fn at_property(pointer: &str, name: &str, keyword: &'static str, message: &str) -> Issue {
    Issue {
        pointer: format!("{pointer}/{}", escape(name)),
        message: message.into(),
        keyword,
        expected: None,
    }
}

/// Reports a failed `oneOf`/`anyOf` through its most relevant branch.
fn alternatives(
    keyword: &'static str,
    pointer: String,
    instance: &Value,
    context: &[Vec<jsonschema::ValidationError<'static>>],
    out: &mut Vec<Issue>,
) {
    let branches: Vec<Vec<Issue>> = context
        .iter()
        .map(|errors| {
            let mut issues = Vec::new();
            for error in errors {
                collect(error, &mut issues);
            }
            prune(&mut issues);
            issues
        })
        .collect();
    let wrong_type_only = |branch: &Vec<Issue>| {
        !branch.is_empty()
            && branch
                .iter()
                .all(|i| i.pointer == pointer && i.expected.is_some())
    };
    let relevant: Vec<&Vec<Issue>> = branches.iter().filter(|b| !wrong_type_only(b)).collect();
    match relevant.as_slice() {
        [] => {
            let mut expected = Vec::new();
            for ty in branches
                .iter()
                .flatten()
                .flat_map(|i| i.expected.iter().flatten())
            {
                if !expected.contains(ty) {
                    expected.push(*ty);
                }
            }
            out.push(type_mismatch(pointer, expected, instance));
        }
        [only] => out.extend(only.iter().cloned()),
        several => {
            let each: Vec<String> = several
                .iter()
                .map(|branch| {
                    branch
                        .iter()
                        .map(|i| format!("{}: {}", shown(&i.pointer), i.message))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .collect();
            out.push(Issue {
                pointer,
                message: format!("matches none of the alternatives: {}", each.join(" | ")),
                keyword,
                expected: None,
            });
        }
    }
}

/// Drops what follows from a type mismatch: a value of the wrong type is not
/// one of the enum's (or the const's) values either; saying so adds nothing.
fn prune(issues: &mut Vec<Issue>) {
    let mistyped: Vec<String> = issues
        .iter()
        .filter(|i| i.expected.is_some())
        .map(|i| i.pointer.clone())
        .collect();
    issues.retain(|i| !(matches!(i.keyword, "enum" | "const") && mistyped.contains(&i.pointer)));
}

/// "expected string or null, found integer".
fn type_mismatch(pointer: String, mut expected: Vec<&'static str>, instance: &Value) -> Issue {
    // `number` already covers `integer`; `null` reads best last.
    if expected.contains(&"number") {
        expected.retain(|t| *t != "integer");
    }
    expected.sort_by_key(|t| *t == "null");
    let found = match instance {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    Issue {
        pointer,
        message: format!("expected {}, found {found}", or_list(&expected)),
        keyword: "type",
        expected: Some(expected),
    }
}

fn format_message(instance: &Value, format: &str) -> String {
    let value = short(instance);
    match format {
        "date-time" => {
            format!("{value} is not a valid date-time (RFC 3339, like \"2024-01-31T09:30:00Z\")")
        }
        "date" => format!("{value} is not a valid date (like \"2024-01-31\")"),
        "email" => format!("{value} is not a valid email address"),
        other => format!("{value} is not a valid {other}"),
    }
}

/// "a", "a or b", "a, b or c".
fn or_list(words: &[&str]) -> String {
    match words {
        [] => "nothing".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The length of a string value, in characters (as JSON Schema counts).
fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

/// "1 item", "2 items": the length of an array value.
fn items(value: &Value) -> String {
    let count = value.as_array().map_or(0, Vec::len);
    if count == 1 {
        "1 item".into()
    } else {
        format!("{count} items")
    }
}

/// The value as JSON, cut short when long.
fn short(value: &Value) -> String {
    const MAX: usize = 60;
    let text = value.to_string();
    if text.chars().count() <= MAX {
        return text;
    }
    let cut: String = text.chars().take(MAX - 1).collect();
    format!("{cut}…")
}

fn shown(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(root)"
    } else {
        pointer
    }
}

/// Orders JSON pointers segment by segment, numbers numerically.
pub(super) fn compare_pointers(a: &str, b: &str) -> Ordering {
    let mut left = a.split('/');
    let mut right = b.split('/');
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    _ => x.cmp(y),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_sort_with_numeric_indices() {
        let mut pointers = vec!["/a/10", "/a/2/x", "", "/a/2", "/b"];
        pointers.sort_by(|a, b| compare_pointers(a, b));
        assert_eq!(pointers, ["", "/a/2", "/a/2/x", "/a/10", "/b"]);
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(or_list(&["string"]), "string");
        assert_eq!(
            or_list(&["boolean", "string", "null"]),
            "boolean, string or null"
        );
    }

    #[test]
    fn other_keywords_never_echo_the_value() {
        let validator = jsonschema::validator_for(&serde_json::json!({"uniqueItems": true}))
            .expect("a valid schema");
        let secret = serde_json::json!(["+393331234567", "+393331234567"]);
        let errors = describe(validator.iter_errors(&secret));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].keyword, "other");
        assert!(
            !errors[0].message.contains("3331234567"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn long_values_are_cut() {
        let shown = short(&Value::String("x".repeat(100)));
        assert_eq!(shown.chars().count(), 60);
        assert!(shown.ends_with('…'));
    }
}
