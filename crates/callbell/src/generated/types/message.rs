// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`Message`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///One message of a contact's conversation, or an internal note.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Message {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<crate::types::Source>,
    ///When the message was created.
    #[serde(rename = "createdAt")]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    ///Who sent it (a phone number on WhatsApp).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::std::string::String>,
    pub status: crate::types::MessageStatus,
    ///The message's text.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub text: ::std::option::Option<::std::option::Option<::std::string::String>>,
    ///Who received it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::std::string::String>,
    ///The message's Callbell identifier. Notes come without one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
}
impl Message {
    pub fn builder() -> builder::Message {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Message {
        channel: ::std::result::Result<
            ::std::option::Option<crate::types::Source>,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<
            ::chrono::DateTime<::chrono::offset::Utc>,
            ::std::string::String,
        >,
        from: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            crate::types::MessageStatus,
            ::std::string::String,
        >,
        text: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        to: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Message {
        fn default() -> Self {
            Self {
                channel: Ok(Default::default()),
                created_at: Err("no value supplied for created_at".to_string()),
                from: Ok(Default::default()),
                status: Err("no value supplied for status".to_string()),
                text: Ok(Default::default()),
                to: Ok(Default::default()),
                uuid: Ok(Default::default()),
            }
        }
    }
    impl Message {
        pub fn channel<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::Source>,
            T::Error: ::std::fmt::Display,
        {
            self.channel = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for channel: {e}")
                });
            self
        }
        pub fn created_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }
        pub fn from<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.from = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for from: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::MessageStatus>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
        pub fn text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.text = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for text: {e}"));
            self
        }
        pub fn to<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.to = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for to: {e}"));
            self
        }
        pub fn uuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.uuid = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for uuid: {e}"));
            self
        }
        ///Sets `text` to `null`, written as such; `text(value)` sets a value, and left alone the field is absent.
        pub fn text_null(mut self) -> Self {
            self.text = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<Message> for super::Message {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Message,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                channel: value.channel?,
                created_at: value.created_at?,
                from: value.from?,
                status: value.status?,
                text: value.text?,
                to: value.to?,
                uuid: value.uuid?,
            })
        }
    }
    impl ::std::convert::From<super::Message> for Message {
        fn from(value: super::Message) -> Self {
            Self {
                channel: Ok(value.channel),
                created_at: Ok(value.created_at),
                from: Ok(value.from),
                status: Ok(value.status),
                text: Ok(value.text),
                to: Ok(value.to),
                uuid: Ok(value.uuid),
            }
        }
    }
}
