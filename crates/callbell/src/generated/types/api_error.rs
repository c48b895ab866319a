// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`ApiError`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
/**The body of an error response. Callbell does not document it; any of these fields
may be present (see ERRATA.md).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ApiError {
    ///What went wrong.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub error: ::std::option::Option<::std::option::Option<::std::string::String>>,
    ///Details, such as which parameters were refused.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub errors: ::std::option::Option<::std::option::Option<::serde_json::Value>>,
    ///What went wrong, in some responses.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub message: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
impl ApiError {
    pub fn builder() -> builder::ApiError {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ApiError {
        error: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        errors: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::serde_json::Value>>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ApiError {
        fn default() -> Self {
            Self {
                error: Ok(Default::default()),
                errors: Ok(Default::default()),
                message: Ok(Default::default()),
            }
        }
    }
    impl ApiError {
        pub fn error<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.error = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for error: {e}"));
            self
        }
        pub fn errors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::serde_json::Value>,
            T::Error: ::std::fmt::Display,
        {
            self.errors = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for errors: {e}"));
            self
        }
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
        ///Sets `error` to `null`, written as such; `error(value)` sets a value, and left alone the field is absent.
        pub fn error_null(mut self) -> Self {
            self.error = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `errors` to `null`, written as such; `errors(value)` sets a value, and left alone the field is absent.
        pub fn errors_null(mut self) -> Self {
            self.errors = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `message` to `null`, written as such; `message(value)` sets a value, and left alone the field is absent.
        pub fn message_null(mut self) -> Self {
            self.message = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<ApiError> for super::ApiError {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ApiError,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                error: value.error?,
                errors: value.errors?,
                message: value.message?,
            })
        }
    }
    impl ::std::convert::From<super::ApiError> for ApiError {
        fn from(value: super::ApiError) -> Self {
            Self {
                error: Ok(value.error),
                errors: Ok(value.errors),
                message: Ok(value.message),
            }
        }
    }
}
