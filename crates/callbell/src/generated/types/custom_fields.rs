// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`CustomFields`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///Custom field values by field name.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomFields(
    pub ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>,
);
impl ::std::ops::Deref for CustomFields {
    type Target = ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>;
    fn deref(
        &self,
    ) -> &::std::collections::BTreeMap<::std::string::String, CustomFieldValue> {
        &self.0
    }
}
impl ::std::convert::From<CustomFields>
for ::std::collections::BTreeMap<::std::string::String, CustomFieldValue> {
    fn from(value: CustomFields) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>,
> for CustomFields {
    fn from(
        value: ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>,
    ) -> Self {
        Self(value)
    }
}
