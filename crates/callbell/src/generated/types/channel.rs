// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`Channel`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///A connected messaging channel, such as one WhatsApp number.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Channel {
    /**When the channel was discarded, or null. The documentation's example sends a
boolean here instead of a timestamp (see ERRATA.md).
*/
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "discardedAt",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub discarded_at: ::std::option::Option<::std::option::Option<ChannelDiscardedAt>>,
    ///Whether this is the account's main channel.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub main: ::std::option::Option<bool>,
    ///The channel's display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::types::Source>,
    ///The channel's Callbell identifier.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
}
impl Channel {
    pub fn builder() -> builder::Channel {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Channel {
        discarded_at: ::std::result::Result<
            ::std::option::Option<::std::option::Option<super::ChannelDiscardedAt>>,
            ::std::string::String,
        >,
        main: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<crate::types::Source>,
            ::std::string::String,
        >,
        uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Channel {
        fn default() -> Self {
            Self {
                discarded_at: Ok(Default::default()),
                main: Ok(Default::default()),
                title: Ok(Default::default()),
                type_: Ok(Default::default()),
                uuid: Ok(Default::default()),
            }
        }
    }
    impl Channel {
        pub fn discarded_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ChannelDiscardedAt>,
            T::Error: ::std::fmt::Display,
        {
            self.discarded_at = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for discarded_at: {e}")
                });
            self
        }
        pub fn main<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.main = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for main: {e}"));
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::Source>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
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
        ///Sets `discarded_at` to `null`, written as such; `discarded_at(value)` sets a value, and left alone the field is absent.
        pub fn discarded_at_null(mut self) -> Self {
            self.discarded_at = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<Channel> for super::Channel {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Channel,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                discarded_at: value.discarded_at?,
                main: value.main?,
                title: value.title?,
                type_: value.type_?,
                uuid: value.uuid?,
            })
        }
    }
    impl ::std::convert::From<super::Channel> for Channel {
        fn from(value: super::Channel) -> Self {
            Self {
                discarded_at: Ok(value.discarded_at),
                main: Ok(value.main),
                title: Ok(value.title),
                type_: Ok(value.type_),
                uuid: Ok(value.uuid),
            }
        }
    }
}
