//! Unit tests of `src/types/contact_or_list.rs` (private items included), compiled as its
//! `tests` module.

use super::*;
use serde_json::json;

#[test]
fn reads_both_shapes_and_writes_them_back() {
    for body in [
        json!({"uuid": "u", "name": "n"}),
        json!([{"uuid": "u", "name": "n"}]),
    ] {
        let read: ContactOrList = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(read.uuid, "u");
        assert_eq!(serde_json::to_value(&read).unwrap(), body);
    }
}

#[test]
fn empty_or_long_lists_are_refused() {
    for body in [
        json!([]),
        json!([{"uuid": "a", "name": "a"}, {"uuid": "b", "name": "b"}]),
    ] {
        let err = serde_json::from_value::<ContactOrList>(body)
            .unwrap_err()
            .to_string();
        assert!(err.contains("a list holding one contact"), "{err}");
    }
    let err = serde_json::from_value::<ContactOrList>(json!("x"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("a contact object, or a list holding exactly one"),
        "{err}"
    );
}
