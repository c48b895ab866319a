//! `callbell::types` by hand-written rule: open enums, conversions into
//! custom fields, and the two wire shapes of `ContactOrList` (a `OneOrList`).

use callbell::types::{BotStatus, ContactOrList, CustomFieldValue, CustomFields, Source};
use serde_json::json;

#[test]
fn known_and_unknown_values_round_trip() {
    for raw in Source::KNOWN.iter().copied().chain(["tiktok", ""]) {
        let parsed: Source = serde_json::from_value(raw.into()).unwrap();
        assert_eq!(parsed.is_known(), Source::KNOWN.contains(&raw));
        assert_eq!(serde_json::to_value(&parsed).unwrap(), raw);
        assert_eq!(parsed.to_string(), raw);
    }
}

#[test]
fn non_strings_are_refused_with_the_type_name() {
    let err = serde_json::from_str::<BotStatus>("3")
        .unwrap_err()
        .to_string();
    assert!(err.contains("a string (BotStatus)"), "{err}");
}

#[test]
fn text_becomes_a_string_value_and_pairs_a_field_set() {
    assert_eq!(
        CustomFieldValue::from(String::from("x")),
        CustomFieldValue::String("x".into())
    );
    let fields: CustomFields = vec![("b".to_string(), "2"), ("a".to_string(), "1")]
        .into_iter()
        .collect();
    assert_eq!(
        serde_json::to_string(&fields).unwrap(),
        r#"{"a":"1","b":"2"}"#
    );
    let empty: CustomFields = std::iter::empty::<(&str, &str)>().collect();
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
}

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
        assert!(err.contains("a list holding one object"), "{err}");
    }
    let err = serde_json::from_value::<ContactOrList>(json!("x"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("an object, or a list holding exactly one"),
        "{err}"
    );
}
