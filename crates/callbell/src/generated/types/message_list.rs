// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`MessageList`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///A page of a contact's messages, newest first.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct MessageList {
    pub messages: ::std::vec::Vec<Message>,
}
impl MessageList {
    pub fn builder() -> builder::MessageList {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MessageList {
        messages: ::std::result::Result<
            ::std::vec::Vec<super::Message>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MessageList {
        fn default() -> Self {
            Self {
                messages: Err("no value supplied for messages".to_string()),
            }
        }
    }
    impl MessageList {
        pub fn messages<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Message>>,
            T::Error: ::std::fmt::Display,
        {
            self.messages = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for messages: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MessageList> for super::MessageList {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MessageList,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { messages: value.messages? })
        }
    }
    impl ::std::convert::From<super::MessageList> for MessageList {
        fn from(value: super::MessageList) -> Self {
            Self {
                messages: Ok(value.messages),
            }
        }
    }
}
