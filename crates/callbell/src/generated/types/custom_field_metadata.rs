// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`CustomFieldMetadata`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///A custom field's value together with its type and, for dropdown and checkbox fields, the allowed options.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomFieldMetadata {
    ///The values a dropdown or checkbox field allows.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "type")]
    pub type_: crate::types::CustomFieldType,
    pub value: ::serde_json::Value,
}
impl CustomFieldMetadata {
    pub fn builder() -> builder::CustomFieldMetadata {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomFieldMetadata {
        options: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            crate::types::CustomFieldType,
            ::std::string::String,
        >,
        value: ::std::result::Result<::serde_json::Value, ::std::string::String>,
    }
    impl ::std::default::Default for CustomFieldMetadata {
        fn default() -> Self {
            Self {
                options: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl CustomFieldMetadata {
        pub fn options<T>(mut self, value: T) -> Self
        where
            T: ::std::iter::IntoIterator,
            T::Item: ::std::convert::Into<::std::string::String>,
        {
            self.options = ::std::result::Result::Ok(
                ::std::option::Option::Some(
                    value.into_iter().map(::std::convert::Into::into).collect(),
                ),
            );
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::CustomFieldType>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::serde_json::Value>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomFieldMetadata> for super::CustomFieldMetadata {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomFieldMetadata,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                options: value.options?,
                type_: value.type_?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::CustomFieldMetadata> for CustomFieldMetadata {
        fn from(value: super::CustomFieldMetadata) -> Self {
            Self {
                options: Ok(value.options),
                type_: Ok(value.type_),
                value: Ok(value.value),
            }
        }
    }
}
