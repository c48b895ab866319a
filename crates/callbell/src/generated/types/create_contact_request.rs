// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`CreateContactRequest`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///What a new contact starts with.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CreateContactRequest {
    ///The email of the teammate to assign the contact to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assigned_user: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bot_status: ::std::option::Option<crate::types::BotStatusChange>,
    ///The channel the contact belongs to; the main channel when left out.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel_uuid: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_fields: ::std::option::Option<CustomFields>,
    ///How the channel knows the contact; the phone number on WhatsApp.
    pub identifier: ::std::string::String,
    ///The contact's name.
    pub name: ::std::string::String,
    ///A free-text note about the contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<CreateContactRequestNote>,
    pub source: crate::types::Source,
    ///Tags to put on the contact; each must already exist in the account.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///The team to put the contact in.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team_uuid: ::std::option::Option<::std::string::String>,
}
impl CreateContactRequest {
    pub fn builder() -> builder::CreateContactRequest {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateContactRequest {
        assigned_user: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        bot_status: ::std::result::Result<
            ::std::option::Option<crate::types::BotStatusChange>,
            ::std::string::String,
        >,
        channel_uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        custom_fields: ::std::result::Result<
            ::std::option::Option<super::CustomFields>,
            ::std::string::String,
        >,
        identifier: ::std::result::Result<::std::string::String, ::std::string::String>,
        name: ::std::result::Result<::std::string::String, ::std::string::String>,
        note: ::std::result::Result<
            ::std::option::Option<super::CreateContactRequestNote>,
            ::std::string::String,
        >,
        source: ::std::result::Result<crate::types::Source, ::std::string::String>,
        tags: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        team_uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CreateContactRequest {
        fn default() -> Self {
            Self {
                assigned_user: Ok(Default::default()),
                bot_status: Ok(Default::default()),
                channel_uuid: Ok(Default::default()),
                custom_fields: Ok(Default::default()),
                identifier: Err("no value supplied for identifier".to_string()),
                name: Err("no value supplied for name".to_string()),
                note: Ok(Default::default()),
                source: Err("no value supplied for source".to_string()),
                tags: Ok(Default::default()),
                team_uuid: Ok(Default::default()),
            }
        }
    }
    impl CreateContactRequest {
        pub fn assigned_user<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.assigned_user = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for assigned_user: {e}")
                });
            self
        }
        pub fn bot_status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::BotStatusChange>,
            T::Error: ::std::fmt::Display,
        {
            self.bot_status = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for bot_status: {e}")
                });
            self
        }
        pub fn channel_uuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.channel_uuid = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for channel_uuid: {e}")
                });
            self
        }
        pub fn custom_fields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CustomFields>,
            T::Error: ::std::fmt::Display,
        {
            self.custom_fields = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for custom_fields: {e}")
                });
            self
        }
        pub fn identifier<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.identifier = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for identifier: {e}")
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
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CreateContactRequestNote>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn source<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::Source>,
            T::Error: ::std::fmt::Display,
        {
            self.source = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for source: {e}"));
            self
        }
        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::iter::IntoIterator,
            T::Item: ::std::convert::Into<::std::string::String>,
        {
            self.tags = ::std::result::Result::Ok(
                ::std::option::Option::Some(
                    value.into_iter().map(::std::convert::Into::into).collect(),
                ),
            );
            self
        }
        pub fn team_uuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.team_uuid = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for team_uuid: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CreateContactRequest> for super::CreateContactRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateContactRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                assigned_user: value.assigned_user?,
                bot_status: value.bot_status?,
                channel_uuid: value.channel_uuid?,
                custom_fields: value.custom_fields?,
                identifier: value.identifier?,
                name: value.name?,
                note: value.note?,
                source: value.source?,
                tags: value.tags?,
                team_uuid: value.team_uuid?,
            })
        }
    }
    impl ::std::convert::From<super::CreateContactRequest> for CreateContactRequest {
        fn from(value: super::CreateContactRequest) -> Self {
            Self {
                assigned_user: Ok(value.assigned_user),
                bot_status: Ok(value.bot_status),
                channel_uuid: Ok(value.channel_uuid),
                custom_fields: Ok(value.custom_fields),
                identifier: Ok(value.identifier),
                name: Ok(value.name),
                note: Ok(value.note),
                source: Ok(value.source),
                tags: Ok(value.tags),
                team_uuid: Ok(value.team_uuid),
            }
        }
    }
}
