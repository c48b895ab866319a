// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`UpdateBotRequest`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///Starts or stops the contact's bot.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct UpdateBotRequest {
    pub status: crate::types::BotStatusChange,
}
impl UpdateBotRequest {
    pub fn builder() -> builder::UpdateBotRequest {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct UpdateBotRequest {
        status: ::std::result::Result<
            crate::types::BotStatusChange,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for UpdateBotRequest {
        fn default() -> Self {
            Self {
                status: Err("no value supplied for status".to_string()),
            }
        }
    }
    impl UpdateBotRequest {
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::BotStatusChange>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<UpdateBotRequest> for super::UpdateBotRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdateBotRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { status: value.status? })
        }
    }
    impl ::std::convert::From<super::UpdateBotRequest> for UpdateBotRequest {
        fn from(value: super::UpdateBotRequest) -> Self {
            Self { status: Ok(value.status) }
        }
    }
}
