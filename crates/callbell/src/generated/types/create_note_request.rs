// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`CreateNoteRequest`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The note to add.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CreateNoteRequest {
    ///The note's text; `@name` mentions a teammate.
    pub text: ::std::string::String,
}
impl CreateNoteRequest {
    pub fn builder() -> builder::CreateNoteRequest {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateNoteRequest {
        text: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for CreateNoteRequest {
        fn default() -> Self {
            Self {
                text: Err("no value supplied for text".to_string()),
            }
        }
    }
    impl CreateNoteRequest {
        pub fn text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.text = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for text: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CreateNoteRequest> for super::CreateNoteRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateNoteRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { text: value.text? })
        }
    }
    impl ::std::convert::From<super::CreateNoteRequest> for CreateNoteRequest {
        fn from(value: super::CreateNoteRequest) -> Self {
            Self { text: Ok(value.text) }
        }
    }
}
