//! Building the generated custom-field types from text and pairs.
//!
//! ```
//! use callbell::types::{CustomFieldValue, CustomFields};
//!
//! let fields: CustomFields = [("plan", "gold"), ("city", "Rome")].into_iter().collect();
//! assert_eq!(fields.get("plan"), Some(&CustomFieldValue::from("gold")));
//! let picked = CustomFieldValue::from(vec!["a".to_string(), "b".to_string()]);
//! assert_eq!(serde_json::to_string(&picked).unwrap(), r#"["a","b"]"#);
//! ```

use crate::types::{CustomFieldValue, CustomFields};

impl From<&str> for CustomFieldValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_string())
    }
}

impl From<String> for CustomFieldValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl<K, V> FromIterator<(K, V)> for CustomFields
where
    K: Into<String>,
    V: Into<CustomFieldValue>,
{
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        Self::from(
            pairs
                .into_iter()
                .map(|(name, value)| (name.into(), value.into()))
                .collect::<std::collections::BTreeMap<_, _>>(),
        )
    }
}
