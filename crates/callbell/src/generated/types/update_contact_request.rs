// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`UpdateContactRequest`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The fields to change on a contact; left-out fields keep their values.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct UpdateContactRequest {
    ///The email of the teammate to assign the contact to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assigned_user: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bot_status: ::std::option::Option<crate::types::BotStatusChange>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_fields: ::std::option::Option<CustomFields>,
    ///The new name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///The new note; an empty string clears it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<UpdateContactRequestNote>,
    ///The contact's tags after the change; each must already exist in the account.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///The team to move the contact to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team_uuid: ::std::option::Option<::std::string::String>,
    ///Set to true to leave the contact unassigned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unassign_user: ::std::option::Option<bool>,
}
impl UpdateContactRequest {
    pub fn builder() -> builder::UpdateContactRequest {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct UpdateContactRequest {
        assigned_user: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        bot_status: ::std::result::Result<
            ::std::option::Option<crate::types::BotStatusChange>,
            ::std::string::String,
        >,
        custom_fields: ::std::result::Result<
            ::std::option::Option<super::CustomFields>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<super::UpdateContactRequestNote>,
            ::std::string::String,
        >,
        tags: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        team_uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        unassign_user: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for UpdateContactRequest {
        fn default() -> Self {
            Self {
                assigned_user: Ok(Default::default()),
                bot_status: Ok(Default::default()),
                custom_fields: Ok(Default::default()),
                name: Ok(Default::default()),
                note: Ok(Default::default()),
                tags: Ok(Default::default()),
                team_uuid: Ok(Default::default()),
                unassign_user: Ok(Default::default()),
            }
        }
    }
    impl UpdateContactRequest {
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
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::UpdateContactRequestNote>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for note: {e}"));
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
        pub fn unassign_user<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.unassign_user = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for unassign_user: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<UpdateContactRequest> for super::UpdateContactRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdateContactRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                assigned_user: value.assigned_user?,
                bot_status: value.bot_status?,
                custom_fields: value.custom_fields?,
                name: value.name?,
                note: value.note?,
                tags: value.tags?,
                team_uuid: value.team_uuid?,
                unassign_user: value.unassign_user?,
            })
        }
    }
    impl ::std::convert::From<super::UpdateContactRequest> for UpdateContactRequest {
        fn from(value: super::UpdateContactRequest) -> Self {
            Self {
                assigned_user: Ok(value.assigned_user),
                bot_status: Ok(value.bot_status),
                custom_fields: Ok(value.custom_fields),
                name: Ok(value.name),
                note: Ok(value.note),
                tags: Ok(value.tags),
                team_uuid: Ok(value.team_uuid),
                unassign_user: Ok(value.unassign_user),
            }
        }
    }
}
