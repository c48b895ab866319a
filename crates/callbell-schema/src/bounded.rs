//! Validation whose memory follows the size of a window, not the number of
//! problems.
//!
//! `jsonschema` collects every error of a value before handing out the
//! first, some hundred bytes each: `{"contacts": [1, 1, 1, …]}` with five
//! million items would take gigabytes. Here every array longer than
//! [`WINDOW`] items is checked [`WINDOW`] items at a time: a copy of the
//! value (the *skeleton*) holds such arrays cut to one window, and each
//! window in turn is put in place and validated. Problems inside the window
//! are kept, with their indices shifted back; problems elsewhere are kept
//! from the first pass only. Arrays nested in a window are windowed the same
//! way.
//!
//! The result equals validating the whole value at once for every keyword
//! the spec uses: `minItems`/`maxItems` on a long array see a window of
//! [`WINDOW`] items, which decides them the same way as long as their limit
//! is below [`WINDOW`] (the spec's limits are 1).

use serde_json::Value;

use crate::{ValidationError, escape, messages};

/// How many items of one array are validated at a time.
pub(super) const WINDOW: usize = 1000;

/// The problems found, the first `cap` of them kept.
pub(super) struct Report {
    /// The kept problems, sorted by pointer.
    pub(super) errors: Vec<ValidationError>,
    /// How many more were found.
    pub(super) omitted: usize,
}

/// Every problem of `value`, keeping the first `cap`.
pub(super) fn validate(validator: &jsonschema::Validator, value: &Value, cap: usize) -> Report {
    let mut report = Report {
        errors: Vec::new(),
        omitted: 0,
    };
    let mut long = Vec::new();
    long_arrays(value, String::new(), &mut long);
    if long.is_empty() {
        // No array to window: one pass over the value itself, no copy.
        let mut errors = messages::describe(validator.iter_errors(value));
        report.omitted = errors.len().saturating_sub(cap);
        errors.truncate(cap);
        report.errors = errors;
        return report;
    }
    let mut skeleton = truncated(value);
    let mut sink = |error: ValidationError| {
        if report.errors.len() < cap {
            report.errors.push(error);
        } else {
            report.omitted += 1;
        }
    };
    let roots = [(String::new(), value)];
    run(validator, &mut skeleton, &roots, "", &[], &mut sink);
    report
        .errors
        .sort_by(|a, b| messages::compare_pointers(&a.pointer, &b.pointer));
    report
}

/// Validates `skeleton` and hands `sink` the problems whose pointer starts
/// with `keep` and with none of `skip`. `roots` are the subtrees (skeleton
/// pointer, original value) whose long arrays are still to be windowed.
fn run(
    validator: &jsonschema::Validator,
    skeleton: &mut Value,
    roots: &[(String, &Value)],
    keep: &str,
    skip: &[String],
    sink: &mut dyn FnMut(ValidationError),
) {
    let mut targets = Vec::new();
    for (pointer, value) in roots {
        long_arrays(value, pointer.clone(), &mut targets);
    }
    if targets.is_empty() {
        if !validator.is_valid(skeleton) {
            for error in messages::describe(validator.iter_errors(skeleton)) {
                let pointer = error.pointer.as_str();
                if pointer.starts_with(keep) && !skip.iter().any(|s| pointer.starts_with(s)) {
                    sink(error);
                }
            }
        }
        return;
    }
    let insides: Vec<String> = targets
        .iter()
        .map(|(pointer, _)| format!("{pointer}/"))
        .collect();
    for (nth, (pointer, items)) in targets.iter().enumerate() {
        for window in 0..items.len().div_ceil(WINDOW) {
            let start = window * WINDOW;
            let slice = &items[start..items.len().min(start + WINDOW)];
            put(skeleton, pointer, slice);
            // The first pass reports what lies outside every long array too;
            // each window reports what lies inside it.
            let mut inner_skip = skip.to_vec();
            let inner_keep = if nth == 0 && window == 0 {
                inner_skip.extend(insides.iter().skip(1).cloned());
                keep.to_owned()
            } else {
                insides[nth].clone()
            };
            let inner_roots: Vec<(String, &Value)> = slice
                .iter()
                .enumerate()
                .map(|(i, item)| (format!("{pointer}/{i}"), item))
                .collect();
            let mut shifted = |mut error: ValidationError| {
                error.pointer = shift(&error.pointer, pointer, start);
                sink(error);
            };
            run(
                validator,
                skeleton,
                &inner_roots,
                &inner_keep,
                &inner_skip,
                &mut shifted,
            );
        }
        put(skeleton, pointer, &items[..WINDOW]);
    }
}

/// The arrays of more than [`WINDOW`] items in `value` (at `pointer`), not
/// looking inside them.
fn long_arrays<'a>(value: &'a Value, pointer: String, out: &mut Vec<(String, &'a [Value])>) {
    match value {
        Value::Array(items) if items.len() > WINDOW => out.push((pointer, items)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                long_arrays(item, format!("{pointer}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                long_arrays(item, format!("{pointer}/{}", escape(key)), out);
            }
        }
        _ => {}
    }
}

/// `value` with every array cut to its first [`WINDOW`] items.
fn truncated(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().take(WINDOW).map(truncated).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, item)| (key.clone(), truncated(item)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Puts `items` (each truncated) at `pointer` in `skeleton`.
fn put(skeleton: &mut Value, pointer: &str, items: &[Value]) {
    if let Some(slot) = skeleton.pointer_mut(pointer) {
        *slot = Value::Array(items.iter().map(truncated).collect());
    }
}

/// `pointer` with the index right after `array` (an array's pointer) raised by `by`.
fn shift(pointer: &str, array: &str, by: usize) -> String {
    let Some(rest) = pointer
        .strip_prefix(array)
        .and_then(|rest| rest.strip_prefix('/'))
    else {
        return pointer.to_owned();
    };
    let (index, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match index.parse::<usize>() {
        Ok(index) => format!("{array}/{}{tail}", index + by),
        Err(_) => pointer.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn report(schema: &str, value: &Value, cap: usize) -> Report {
        let schema = crate::Schema::named(schema).unwrap();
        validate(schema.validator, value, cap)
    }

    fn pointers(report: &Report) -> Vec<&str> {
        report.errors.iter().map(|e| e.pointer.as_str()).collect()
    }

    #[test]
    fn windows_report_what_one_pass_would() {
        // Items 0, 1500 and 2999 are wrong, in three windows; `name` outside is too.
        let mut contacts: Vec<Value> = (0..3000)
            .map(|i| json!({"uuid": format!("u{i}"), "name": "A"}))
            .collect();
        for i in [0, 1500, 2999] {
            contacts[i]["name"] = json!(5);
        }
        let value = json!({"contact": {"uuid": "x", "name": 1}, "list": contacts});
        let schema = crate::Schema::named("Contact").unwrap();
        let whole = messages::describe(schema.validator.iter_errors(&value["list"][1500]));
        assert_eq!(whole.len(), 1);

        let page = json!({"contacts": value["list"].clone()});
        let windowed = report("ContactList", &page, 100);
        assert_eq!(
            pointers(&windowed),
            [
                "/contacts/0/name",
                "/contacts/1500/name",
                "/contacts/2999/name"
            ]
        );
        assert_eq!(windowed.omitted, 0);
        let one_pass = messages::describe(
            crate::Schema::named("ContactList")
                .unwrap()
                .validator
                .iter_errors(&page),
        );
        assert_eq!(windowed.errors, one_pass);
    }

    #[test]
    fn nested_long_arrays_and_the_cap() {
        let tags: Vec<Value> = (0..2500).map(|_| json!(1)).collect();
        let page = json!({"contacts": [{"uuid": "u", "name": "A", "tags": tags}]});
        let windowed = report("ContactList", &page, 10);
        assert_eq!(windowed.errors.len(), 10);
        assert_eq!(windowed.omitted, 2490);
        assert_eq!(windowed.errors[0].pointer, "/contacts/0/tags/0");
        assert_eq!(windowed.errors[9].pointer, "/contacts/0/tags/9");
    }

    #[test]
    fn two_long_arrays_with_long_arrays_inside() {
        let tags = |n: usize| Value::Array((0..n).map(|_| json!(1)).collect());
        let contacts: Vec<Value> = (0..1200)
            .map(|i| json!({"uuid": "u", "name": "A", "tags": tags(if i == 1 { 1100 } else { 0 })}))
            .collect();
        let mut value = json!({"contact": contacts[0].clone(), "contacts": contacts});
        value["contact"]["tags"] = tags(1001);
        value["contacts"][1150]["name"] = json!(null);
        let windowed = report("ContactList", &value, 5000);
        let one_pass = messages::describe(
            crate::Schema::named("ContactList")
                .unwrap()
                .validator
                .iter_errors(&value),
        );
        // 1100 tags and one name; `contact` is not a member of a list, so not checked.
        assert_eq!(windowed.errors.len(), 1101);
        assert_eq!(windowed.errors, one_pass);
    }

    #[test]
    fn pointers_shift_after_the_array_only() {
        assert_eq!(shift("/a/3/b", "/a", 1000), "/a/1003/b");
        assert_eq!(shift("/a/3", "/a", 1000), "/a/1003");
        assert_eq!(shift("/ab/3", "/a", 1000), "/ab/3");
        assert_eq!(shift("/3/x", "", 2000), "/2003/x");
    }
}
