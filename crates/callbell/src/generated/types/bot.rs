// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`Bot`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The bot attached to a contact's conversation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Bot {
    ///When the bot's conversation with the contact began, if it has.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "conversationStartedAt",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub conversation_started_at: ::std::option::Option<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    >,
    ///Whether that version is the bot's newest.
    #[serde(
        rename = "latestBotVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_bot_version: ::std::option::Option<bool>,
    ///The bot's name.
    pub name: ::std::string::String,
    pub status: crate::types::BotStatus,
    ///The bot's Callbell identifier.
    pub uuid: ::std::string::String,
    ///The bot version that runs for this contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<i64>,
}
impl Bot {
    pub fn builder() -> builder::Bot {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Bot {
        conversation_started_at: ::std::result::Result<
            ::std::option::Option<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            >,
            ::std::string::String,
        >,
        latest_bot_version: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        name: ::std::result::Result<::std::string::String, ::std::string::String>,
        status: ::std::result::Result<crate::types::BotStatus, ::std::string::String>,
        uuid: ::std::result::Result<::std::string::String, ::std::string::String>,
        version: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Bot {
        fn default() -> Self {
            Self {
                conversation_started_at: Ok(Default::default()),
                latest_bot_version: Ok(Default::default()),
                name: Err("no value supplied for name".to_string()),
                status: Err("no value supplied for status".to_string()),
                uuid: Err("no value supplied for uuid".to_string()),
                version: Ok(Default::default()),
            }
        }
    }
    impl Bot {
        pub fn conversation_started_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.conversation_started_at = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!(
                        "error converting supplied value for conversation_started_at: {e}"
                    )
                });
            self
        }
        pub fn latest_bot_version<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.latest_bot_version = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!(
                        "error converting supplied value for latest_bot_version: {e}"
                    )
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::BotStatus>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
        pub fn uuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.uuid = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for uuid: {e}"));
            self
        }
        pub fn version<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.version = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for version: {e}")
                });
            self
        }
        ///Sets `conversation_started_at` to `null`, written as such; `conversation_started_at(value)` sets a value, and left alone the field is absent.
        pub fn conversation_started_at_null(mut self) -> Self {
            self.conversation_started_at = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<Bot> for super::Bot {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Bot,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                conversation_started_at: value.conversation_started_at?,
                latest_bot_version: value.latest_bot_version?,
                name: value.name?,
                status: value.status?,
                uuid: value.uuid?,
                version: value.version?,
            })
        }
    }
    impl ::std::convert::From<super::Bot> for Bot {
        fn from(value: super::Bot) -> Self {
            Self {
                conversation_started_at: Ok(value.conversation_started_at),
                latest_bot_version: Ok(value.latest_bot_version),
                name: Ok(value.name),
                status: Ok(value.status),
                uuid: Ok(value.uuid),
                version: Ok(value.version),
            }
        }
    }
}
