// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`BotResponse`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The body of the bot endpoints.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct BotResponse {
    pub bot: Bot,
}
impl BotResponse {
    pub fn builder() -> builder::BotResponse {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct BotResponse {
        bot: ::std::result::Result<super::Bot, ::std::string::String>,
    }
    impl ::std::default::Default for BotResponse {
        fn default() -> Self {
            Self {
                bot: Err("no value supplied for bot".to_string()),
            }
        }
    }
    impl BotResponse {
        pub fn bot<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Bot>,
            T::Error: ::std::fmt::Display,
        {
            self.bot = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for bot: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<BotResponse> for super::BotResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: BotResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { bot: value.bot? })
        }
    }
    impl ::std::convert::From<super::BotResponse> for BotResponse {
        fn from(value: super::BotResponse) -> Self {
            Self { bot: Ok(value.bot) }
        }
    }
}
