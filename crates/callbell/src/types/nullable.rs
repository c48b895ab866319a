//! Reading the generated `Option<Option<T>>` fields, which keep `null`
//! (`Some(None)`) apart from an absent key (`None`): serde alone reads `null`
//! as `None`.
//!
//! ```
//! use callbell::types::Contact;
//!
//! let read = |json| serde_json::from_str::<Contact>(json).unwrap();
//! let absent = read(r#"{"uuid": "u", "name": "Ann"}"#);
//! let null = read(r#"{"uuid": "u", "name": "Ann", "avatarUrl": null}"#);
//! let value = read(r#"{"uuid": "u", "name": "Ann", "avatarUrl": "https://a.example/x.png"}"#);
//! assert_eq!(absent.avatar_url, None);
//! assert_eq!(null.avatar_url, Some(None));
//! assert_eq!(value.avatar_url.flatten().as_deref(), Some("https://a.example/x.png"));
//! assert!(serde_json::to_string(&null).unwrap().contains(r#""avatarUrl":null"#));
//! assert!(!serde_json::to_string(&absent).unwrap().contains("avatarUrl"));
//! ```

use serde::{Deserialize, Deserializer};

/// Reads a present key (an absent one is the field's `#[serde(default)]`).
pub(crate) fn deserialize<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
