// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`DeleteContactResponse`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///Confirms a deletion.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct DeleteContactResponse {
    ///A sentence saying what happened.
    pub status: ::std::string::String,
}
impl DeleteContactResponse {
    pub fn builder() -> builder::DeleteContactResponse {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct DeleteContactResponse {
        status: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for DeleteContactResponse {
        fn default() -> Self {
            Self {
                status: Err("no value supplied for status".to_string()),
            }
        }
    }
    impl DeleteContactResponse {
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<DeleteContactResponse>
    for super::DeleteContactResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeleteContactResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { status: value.status? })
        }
    }
    impl ::std::convert::From<super::DeleteContactResponse> for DeleteContactResponse {
        fn from(value: super::DeleteContactResponse) -> Self {
            Self { status: Ok(value.status) }
        }
    }
}
