//! Unit tests of `src/types/conversions.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

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
