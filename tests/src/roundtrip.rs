//! What reading JSON into a generated type and writing it back lost, changed
//! or invented.
//!
//! Every value must come back at the same JSON pointer with the same value:
//! `null` included (a `null` is not the same as an absent key: the generated
//! types keep them apart), and empty lists `[]` and maps `{}`. A misspelled
//! property name or a wrong `rename` in the generated code makes serde ignore
//! the documented key on read, so the value under it is reported as lost,
//! with its pointer.
//!
//! ```
//! use callbell_tests::roundtrip::{differences, Difference};
//! use serde_json::json;
//!
//! let documented = json!({"contacts": [{"name": "Ann", "phoneNumber": null, "tags": []}]});
//! let written = json!({"contacts": [{"name": "Ann", "avatarUrl": null}]});
//! assert_eq!(
//!     differences(&documented, &written),
//!     vec![
//!         Difference::Added { pointer: "/contacts/0/avatarUrl".into(), now: json!(null) },
//!         Difference::Lost { pointer: "/contacts/0/phoneNumber".into(), was: json!(null) },
//!         Difference::Lost { pointer: "/contacts/0/tags".into(), was: json!([]) },
//!     ]
//! );
//! ```

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Value;

use crate::pointer_segment;

/// One value that did not survive the round trip unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum Difference {
    /// The original had a value here; the written-back JSON has none.
    Lost {
        /// Where (RFC 6901 JSON pointer).
        pointer: String,
        /// The original value.
        was: Value,
    },
    /// Both have a value here, but not the same one.
    Changed {
        /// Where.
        pointer: String,
        /// The original value.
        was: Value,
        /// The written-back value.
        now: Value,
    },
    /// The written-back JSON has a value the original did not.
    Added {
        /// Where.
        pointer: String,
        /// The written-back value.
        now: Value,
    },
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Lost { pointer, was } => write!(f, "lost    {pointer} (was {was})"),
            Self::Changed { pointer, was, now } => {
                write!(f, "changed {pointer} (was {was}, now {now})")
            }
            Self::Added { pointer, now } => write!(f, "added   {pointer} (now {now})"),
        }
    }
}

/// Every difference between `original` and `written`: object keys in sorted
/// order, array items by index.
/// Lost or added containers are reported leaf by leaf, an empty one as itself.
pub fn differences(original: &Value, written: &Value) -> Vec<Difference> {
    let mut out = Vec::new();
    walk(Some(original), Some(written), &mut String::new(), &mut out);
    out
}

/// A failure message: the fixture, then one line per difference.
pub fn report(fixture: &str, differences: &[Difference]) -> String {
    let mut message = format!("{fixture}: the typed value written back differs from the fixture:");
    for difference in differences {
        message.push_str("\n  ");
        message.push_str(&difference.to_string());
    }
    message
}

fn walk(
    original: Option<&Value>,
    written: Option<&Value>,
    at: &mut String,
    out: &mut Vec<Difference>,
) {
    match (original, written) {
        (None, None) => {}
        (Some(was), None) => leaves(was, at, &mut |pointer, was| {
            out.push(Difference::Lost {
                pointer,
                was: was.clone(),
            })
        }),
        (None, Some(now)) => leaves(now, at, &mut |pointer, now| {
            out.push(Difference::Added {
                pointer,
                now: now.clone(),
            })
        }),
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            // Keys in sorted order, whatever map type serde_json is built with.
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                let len = at.len();
                at.push('/');
                at.push_str(&pointer_segment(key));
                walk(a.get(key), b.get(key), at, out);
                at.truncate(len);
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) => {
            for i in 0..a.len().max(b.len()) {
                let len = at.len();
                at.push('/');
                at.push_str(&i.to_string());
                walk(a.get(i), b.get(i), at, out);
                at.truncate(len);
            }
        }
        (Some(was), Some(now)) if was == now => {}
        (Some(was), Some(now)) => out.push(Difference::Changed {
            pointer: pointer_or_root(at),
            was: was.clone(),
            now: now.clone(),
        }),
    }
}

/// Calls `f` for every leaf: a scalar, `null`, an empty list or map.
fn leaves(value: &Value, at: &mut String, f: &mut dyn FnMut(String, &Value)) {
    match value {
        Value::Array(items) if items.is_empty() => f(pointer_or_root(at), value),
        Value::Object(map) if map.is_empty() => f(pointer_or_root(at), value),
        Value::Object(map) => {
            let keys: BTreeSet<&String> = map.keys().collect();
            for key in keys {
                let child = &map[key];
                let len = at.len();
                at.push('/');
                at.push_str(&pointer_segment(key));
                leaves(child, at, f);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = at.len();
                at.push('/');
                at.push_str(&i.to_string());
                leaves(child, at, f);
                at.truncate(len);
            }
        }
        leaf => f(pointer_or_root(at), leaf),
    }
}

fn pointer_or_root(at: &str) -> String {
    if at.is_empty() {
        "/".to_string()
    } else {
        at.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn identical_values_have_no_differences() {
        let v = json!({"a": [1, "x", {"b": true}], "c": {"d ~/e": 2.5}});
        assert_eq!(differences(&v, &v), vec![]);
    }

    #[test]
    fn a_dropped_null_is_lost_and_an_invented_one_is_added() {
        let original = json!({"a": null, "e": {"f": null}, "k": 1});
        assert_eq!(
            differences(&original, &json!({"e": {}, "k": 1})),
            vec![
                Difference::Lost {
                    pointer: "/a".into(),
                    was: Value::Null
                },
                Difference::Lost {
                    pointer: "/e/f".into(),
                    was: Value::Null
                },
            ]
        );
        assert_eq!(
            differences(&json!({"e": {}}), &json!({"e": {"f": null}})),
            vec![Difference::Added {
                pointer: "/e/f".into(),
                now: Value::Null
            }]
        );
        assert_eq!(differences(&original, &original), vec![]);
    }

    #[test]
    fn null_in_place_of_a_value_is_a_change_both_ways() {
        assert_eq!(
            differences(&json!({"a": null, "b": "x"}), &json!({"a": "", "b": null})),
            vec![
                Difference::Changed {
                    pointer: "/a".into(),
                    was: Value::Null,
                    now: json!("")
                },
                Difference::Changed {
                    pointer: "/b".into(),
                    was: json!("x"),
                    now: Value::Null
                },
            ]
        );
        // A lost list item that was `null` is reported too.
        assert_eq!(
            differences(&json!([1, null]), &json!([1])),
            vec![Difference::Lost {
                pointer: "/1".into(),
                was: Value::Null
            }]
        );
    }

    #[test]
    fn empty_lists_and_maps_must_come_back() {
        let original = json!({"b": [], "c": {}, "d": [null, {}]});
        assert_eq!(
            differences(&original, &json!({"c": {}})),
            vec![
                Difference::Lost {
                    pointer: "/b".into(),
                    was: json!([])
                },
                Difference::Lost {
                    pointer: "/d/0".into(),
                    was: Value::Null
                },
                Difference::Lost {
                    pointer: "/d/1".into(),
                    was: json!({})
                },
            ]
        );
        assert_eq!(
            differences(&json!({}), &json!({"b": []})),
            vec![Difference::Added {
                pointer: "/b".into(),
                now: json!([])
            }]
        );
        assert_eq!(differences(&original, &original), vec![]);
    }

    #[test]
    fn a_renamed_key_is_reported_as_lost_and_added_with_pointers() {
        // What a wrong `rename` does: the documented key is ignored on read,
        // and the Rust field (if it is set some other way) is written under
        // another name.
        let documented = json!({"contacts": [
            {"uuid": "u1", "phoneNumber": "+39 1"},
            {"uuid": "u2", "phoneNumber": "+39 2"}
        ]});
        let written = json!({"contacts": [
            {"uuid": "u1", "phone_number": "+39 1"},
            {"uuid": "u2"}
        ]});
        let found = differences(&documented, &written);
        assert_eq!(
            found,
            vec![
                Difference::Lost {
                    pointer: "/contacts/0/phoneNumber".into(),
                    was: json!("+39 1")
                },
                Difference::Added {
                    pointer: "/contacts/0/phone_number".into(),
                    now: json!("+39 1")
                },
                Difference::Lost {
                    pointer: "/contacts/1/phoneNumber".into(),
                    was: json!("+39 2")
                },
            ]
        );
        let message = report("ContactList/x.json", &found);
        assert!(message.starts_with("ContactList/x.json: "), "{message}");
        assert!(
            message.contains("lost    /contacts/1/phoneNumber (was \"+39 2\")"),
            "{message}"
        );
    }

    #[test]
    fn a_lost_object_is_reported_leaf_by_leaf() {
        let found = differences(
            &json!({"team": {"uuid": "t", "members": 3, "x": null}}),
            &json!({}),
        );
        assert_eq!(
            found,
            vec![
                Difference::Lost {
                    pointer: "/team/members".into(),
                    was: json!(3)
                },
                Difference::Lost {
                    pointer: "/team/uuid".into(),
                    was: json!("t")
                },
                Difference::Lost {
                    pointer: "/team/x".into(),
                    was: Value::Null
                },
            ]
        );
    }

    #[test]
    fn changed_scalars_types_and_list_lengths_are_reported() {
        let found = differences(
            &json!({"n": 123, "s": "a", "l": ["x", "y"], "o": {"k": 1}}),
            &json!({"n": "123", "s": "b", "l": ["x"], "o": [1]}),
        );
        assert_eq!(
            found,
            vec![
                Difference::Lost {
                    pointer: "/l/1".into(),
                    was: json!("y")
                },
                Difference::Changed {
                    pointer: "/n".into(),
                    was: json!(123),
                    now: json!("123")
                },
                Difference::Changed {
                    pointer: "/o".into(),
                    was: json!({"k": 1}),
                    now: json!([1])
                },
                Difference::Changed {
                    pointer: "/s".into(),
                    was: json!("a"),
                    now: json!("b")
                },
            ]
        );
    }

    #[test]
    fn pointer_segments_are_escaped() {
        let found = differences(&json!({"a/b": {"c~d": 1}}), &json!({}));
        assert_eq!(
            found,
            vec![Difference::Lost {
                pointer: "/a~1b/c~0d".into(),
                was: json!(1)
            }]
        );
    }

    #[test]
    fn a_changed_root_scalar_is_named_slash() {
        assert_eq!(
            differences(&json!(true), &json!(false)),
            vec![Difference::Changed {
                pointer: "/".into(),
                was: json!(true),
                now: json!(false)
            }]
        );
    }
}
