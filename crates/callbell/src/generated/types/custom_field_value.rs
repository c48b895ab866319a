// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`CustomFieldValue`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
/**A custom field's value: a string for most field types, a list of strings for
checkbox fields. In a contact's `customFields` the documentation shows a checkbox
value as one string holding a JSON list instead (see ERRATA.md).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum CustomFieldValue {
    String(::std::string::String),
    Array(::std::vec::Vec<::std::string::String>),
}
impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for CustomFieldValue {
    fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
        Self::Array(value)
    }
}
