// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`NoteResponse`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///Confirms that a note was saved.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct NoteResponse {
    pub success: bool,
}
impl NoteResponse {
    pub fn builder() -> builder::NoteResponse {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct NoteResponse {
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for NoteResponse {
        fn default() -> Self {
            Self {
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl NoteResponse {
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<NoteResponse> for super::NoteResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: NoteResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { success: value.success? })
        }
    }
    impl ::std::convert::From<super::NoteResponse> for NoteResponse {
        fn from(value: super::NoteResponse) -> Self {
            Self { success: Ok(value.success) }
        }
    }
}
