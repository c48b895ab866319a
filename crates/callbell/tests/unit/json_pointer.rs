//! Tests of `callbell_runtime::json_pointer` on serde_json's errors for this crate's
//! types, compiled as a module of the crate (`src/lib.rs`).

use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::types::{ContactEvent, ContactList, ContactResponse};
use callbell_runtime::json_pointer::{MAX_DEPTH, at};

/// The pointer [`at`] names for the error of reading `body` as `T`.
fn ours<T: DeserializeOwned + std::fmt::Debug>(body: &[u8]) -> String {
    let e = serde_json::from_slice::<T>(body).unwrap_err();
    assert!(e.is_data(), "{e}");
    at(body, &e)
}

/// The pointer a reader that tracks its path names (the reference).
fn tracked<T: DeserializeOwned>(body: &[u8]) -> String {
    let mut reader = serde_json::Deserializer::from_slice(body);
    let Err(e) = serde_path_to_error::deserialize::<_, T>(&mut reader) else {
        panic!("read")
    };
    e.path()
        .iter()
        .map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => format!("/{index}"),
            serde_path_to_error::Segment::Map { key } => {
                format!("/{}", key.replace('~', "~0").replace('/', "~1"))
            }
            serde_path_to_error::Segment::Enum { variant } => format!("/{variant}"),
            serde_path_to_error::Segment::Unknown => "/?".to_owned(),
        })
        .collect()
}

#[test]
fn names_the_misfit_value_the_missing_field_and_the_value_about_to_start() {
    let cases: [(&[u8], &str); 7] = [
        // A scalar of the wrong type: the value that ends where the reader stopped.
        (
            br#"{"contacts": [{"uuid": "a", "name": "A"}, {"uuid": "b", "name": "B", "createdAt": 5}]}"#,
            "/contacts/1/createdAt",
        ),
        // A missing field: the object, which the reader has just closed.
        (br#"{"contacts": [{"uuid": "a"}]}"#, "/contacts/0"),
        (br#"{"contacts":[{"name":"A","uuid":"a"},{"name":"B"}]}"#, "/contacts/1"),
        (br#"{}"#, ""),
        // An object or array where a string belongs: the reader stops before it.
        (br#"{"contacts": [{"uuid": {"x": 1}, "name": "A"}]}"#, "/contacts/0/uuid"),
        (br#"{"contacts": [{"uuid": "a", "name": "A", "tags": ["x", [1]]}]}"#, "/contacts/0/tags/1"),
        // Over several lines, with whitespace before the closing bracket.
        (
            b"{\n  \"contacts\": [\n    {\"uuid\": \"a\",\n     \"name\": \"A\",\n     \"tags\": [\"x\", 3 ]\n    }\n  ]\n}\n",
            "/contacts/0/tags/1",
        ),
    ];
    for (body, pointer) in cases {
        assert_eq!(
            ours::<ContactList>(body),
            pointer,
            "{}",
            String::from_utf8_lossy(body)
        );
        assert_eq!(tracked::<ContactList>(body), pointer);
    }
}

#[test]
fn keys_are_unescaped_then_escaped_as_pointer_tokens() {
    let body = br#"{"a\/b~c": {}, "\u00e9": {"contacts": 1}}"#;
    type Map = std::collections::BTreeMap<String, ContactList>;
    assert_eq!(ours::<Map>(br#"{"a/b~c": {}}"#), "/a~1b~0c");
    assert_eq!(ours::<Map>(body), "/a~1b~0c");
    let body = br#"{"\u00e9": {"contacts": 1}}"#;
    assert_eq!(ours::<Map>(body), "/\u{e9}/contacts");
    assert_eq!(tracked::<Map>(body), "/\u{e9}/contacts");
}

#[test]
fn an_error_without_a_position_is_the_whole_document_s() {
    // What serde_json reports when the document's own type refuses it.
    let e = <serde_json::Error as serde::de::Error>::custom("made up");
    assert_eq!(e.line(), 0);
    assert_eq!(at(b"[1]", &e), "");
}

#[test]
fn nesting_is_followed_to_a_bounded_depth() {
    let deep = format!("{}5", "[".repeat(MAX_DEPTH + 10));
    // An error placed after the `5`, as serde_json would place it.
    let e = serde_json::from_str::<bool>(&format!("{}5", " ".repeat(deep.len() - 1))).unwrap_err();
    assert_eq!(e.column(), deep.len());
    assert_eq!(at(deep.as_bytes(), &e), "/0".repeat(MAX_DEPTH));
}

/// Every value of `body` replaced, one at a time, by each of `misfits`.
fn mutations(body: &Value, misfits: &[Value]) -> Vec<Value> {
    fn walk(at: &mut Vec<PathStep>, value: &Value, out: &mut Vec<Vec<PathStep>>) {
        out.push(at.clone());
        match value {
            Value::Object(map) => {
                for (key, value) in map {
                    at.push(PathStep::Key(key.clone()));
                    walk(at, value, out);
                    at.pop();
                }
            }
            Value::Array(items) => {
                for (index, value) in items.iter().enumerate() {
                    at.push(PathStep::Index(index));
                    walk(at, value, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let mut paths = Vec::new();
    walk(&mut Vec::new(), body, &mut paths);
    let mut out = Vec::new();
    for path in paths {
        for misfit in misfits {
            let mut edited = body.clone();
            *path.iter().fold(&mut edited, |value, step| match step {
                PathStep::Key(key) => &mut value[key.as_str()],
                PathStep::Index(index) => &mut value[*index],
            }) = misfit.clone();
            out.push(edited);
        }
        // Without that member (a required field missing, or nothing wrong).
        if let Some((PathStep::Key(key), parent)) = path.split_last() {
            let mut edited = body.clone();
            let object = parent.iter().fold(&mut edited, |value, step| match step {
                PathStep::Key(key) => &mut value[key.as_str()],
                PathStep::Index(index) => &mut value[*index],
            });
            object.as_object_mut().unwrap().remove(key);
            out.push(edited);
        }
    }
    out
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

/// For every misfit of `body` that `T` refuses, compact and pretty-printed,
/// [`at`] names what the path-tracking reader names. Returns how many it
/// named exactly.
fn agrees_with_path_tracking<T: DeserializeOwned>(body: Value) -> usize {
    let misfits = [
        json!(5),
        json!(-1.5),
        json!("x"),
        json!(true),
        json!(null),
        json!([]),
        json!([1, "a"]),
        json!({}),
        json!({"k": [null]}),
    ];
    let mut compared = 0;
    for edited in mutations(&body, &misfits) {
        for text in [
            serde_json::to_vec(&edited).unwrap(),
            serde_json::to_vec_pretty(&edited).unwrap(),
        ] {
            let Err(e) = serde_json::from_slice::<T>(&text) else {
                continue;
            };
            let (ours, tracked) = (at(&text, &e), tracked::<T>(&text));
            // An untagged value that is the last member of its object or array
            // is named by that enclosing value (see `at`).
            let enclosing = e
                .to_string()
                .starts_with("data did not match any variant of untagged enum")
                && tracked.starts_with(&format!("{ours}/"));
            assert!(
                ours == tracked || enclosing,
                "{ours:?} vs {tracked:?}: {e} in {}",
                String::from_utf8_lossy(&text)
            );
            compared += usize::from(ours == tracked);
        }
    }
    compared
}

#[test]
fn names_what_a_path_tracking_reader_names() {
    let contact = json!({
        "uuid": "414a6d692bd645ed803f2e7ce360d4c8",
        "name": "John Doe",
        "phoneNumber": "+123 456 789",
        "avatarUrl": null,
        "createdAt": "2020-11-13T21:08:53Z",
        "closedAt": null,
        "source": "whatsapp",
        "tags": ["sales", "lead"],
        "assignedUser": "john.doe@email.com",
        "customFields": {"Billing Address": "3 Abbey Rd", "a/b~c": "x"},
        "customFieldsMetadata": {
            "Preferences": {"value": ["Newsletter"], "type": "checkbox", "options": ["Newsletter", "Updates"]}
        },
        "channel": {"uuid": "c1", "title": "Main", "main": true, "type": "whatsapp", "discardedAt": false},
        "team": {"uuid": "t1", "name": "Sales", "default": false, "members": 2, "createdAt": "2021-02-24T20:33:06Z"},
    });
    let mut compared = agrees_with_path_tracking::<ContactList>(
        json!({"contacts": [contact.clone(), contact.clone()]}),
    );
    compared += agrees_with_path_tracking::<ContactResponse>(json!({"contact": [contact.clone()]}));
    compared += agrees_with_path_tracking::<ContactEvent>(
        json!({"event": "contact_updated", "payload": contact}),
    );
    assert!(compared > 1500, "{compared}");
}
