// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`Contact`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///A person Callbell talks to, on one channel.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Contact {
    ///The email of the teammate the contact is assigned to.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "assignedUser",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub assigned_user: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    ///Where the contact's avatar picture is.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "avatarUrl",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub avatar_url: ::std::option::Option<::std::option::Option<::std::string::String>>,
    ///When the contact was blocked, if it is.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "blockedAt",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub blocked_at: ::std::option::Option<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    >,
    ///The WhatsApp Business Suite User ID, for WhatsApp Cloud API contacts that have one.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub bsuid: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<Channel>,
    ///When the conversation was closed; null while it is open.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "closedAt",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub closed_at: ::std::option::Option<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    >,
    ///The contact's conversation in the Callbell dashboard.
    #[serde(
        rename = "conversationHref",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conversation_href: ::std::option::Option<::std::string::String>,
    ///When the contact was created.
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(
        rename = "customFields",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_fields: ::std::option::Option<CustomFields>,
    ///Each custom field with its type and options; only sent when `include_field_types=true`.
    #[serde(
        rename = "customFieldsMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_fields_metadata: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, CustomFieldMetadata>,
    >,
    ///The funnel stage the conversation is in (a dashed UUID).
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "funnelId",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub funnel_id: ::std::option::Option<::std::option::Option<::std::string::String>>,
    ///The contact's page in the Callbell dashboard.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub href: ::std::option::Option<::std::string::String>,
    ///The contact's name.
    pub name: ::std::string::String,
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub note: ::std::option::Option<::std::option::Option<::std::string::String>>,
    ///The contact's phone number, as Callbell formats it.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub phone_number: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<crate::types::Source>,
    ///The contact's tags.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team: ::std::option::Option<Team>,
    ///Callbell's identifier for the contact (32 hexadecimal digits, no dashes).
    pub uuid: ::std::string::String,
}
impl Contact {
    pub fn builder() -> builder::Contact {
        Default::default()
    }
}
impl ::std::convert::From<ContactOrList> for Contact {
    fn from(value: ContactOrList) -> Self {
        value.into_inner()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Contact {
        assigned_user: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        avatar_url: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        blocked_at: ::std::result::Result<
            ::std::option::Option<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            >,
            ::std::string::String,
        >,
        bsuid: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        channel: ::std::result::Result<
            ::std::option::Option<super::Channel>,
            ::std::string::String,
        >,
        closed_at: ::std::result::Result<
            ::std::option::Option<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            >,
            ::std::string::String,
        >,
        conversation_href: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            ::std::string::String,
        >,
        custom_fields: ::std::result::Result<
            ::std::option::Option<super::CustomFields>,
            ::std::string::String,
        >,
        custom_fields_metadata: ::std::result::Result<
            ::std::option::Option<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    super::CustomFieldMetadata,
                >,
            >,
            ::std::string::String,
        >,
        funnel_id: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        href: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<::std::string::String, ::std::string::String>,
        note: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        phone_number: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        source: ::std::result::Result<
            ::std::option::Option<crate::types::Source>,
            ::std::string::String,
        >,
        tags: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        team: ::std::result::Result<
            ::std::option::Option<super::Team>,
            ::std::string::String,
        >,
        uuid: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for Contact {
        fn default() -> Self {
            Self {
                assigned_user: Ok(Default::default()),
                avatar_url: Ok(Default::default()),
                blocked_at: Ok(Default::default()),
                bsuid: Ok(Default::default()),
                channel: Ok(Default::default()),
                closed_at: Ok(Default::default()),
                conversation_href: Ok(Default::default()),
                created_at: Ok(Default::default()),
                custom_fields: Ok(Default::default()),
                custom_fields_metadata: Ok(Default::default()),
                funnel_id: Ok(Default::default()),
                href: Ok(Default::default()),
                name: Err("no value supplied for name".to_string()),
                note: Ok(Default::default()),
                phone_number: Ok(Default::default()),
                source: Ok(Default::default()),
                tags: Ok(Default::default()),
                team: Ok(Default::default()),
                uuid: Err("no value supplied for uuid".to_string()),
            }
        }
    }
    impl Contact {
        pub fn assigned_user<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.assigned_user = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for assigned_user: {e}")
                });
            self
        }
        pub fn avatar_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.avatar_url = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for avatar_url: {e}")
                });
            self
        }
        pub fn blocked_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.blocked_at = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for blocked_at: {e}")
                });
            self
        }
        pub fn bsuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.bsuid = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for bsuid: {e}"));
            self
        }
        pub fn channel<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Channel>,
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
        pub fn closed_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.closed_at = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for closed_at: {e}")
                });
            self
        }
        pub fn conversation_href<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.conversation_href = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for conversation_href: {e}")
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
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
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
        pub fn custom_fields_metadata<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    super::CustomFieldMetadata,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.custom_fields_metadata = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!(
                        "error converting supplied value for custom_fields_metadata: {e}"
                    )
                });
            self
        }
        pub fn funnel_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.funnel_id = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for funnel_id: {e}")
                });
            self
        }
        pub fn href<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.href = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for href: {e}"));
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
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn phone_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.phone_number = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for phone_number: {e}")
                });
            self
        }
        pub fn source<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::Source>,
            T::Error: ::std::fmt::Display,
        {
            self.source = value
                .try_into()
                .map(::std::option::Option::Some)
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
        pub fn team<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Team>,
            T::Error: ::std::fmt::Display,
        {
            self.team = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for team: {e}"));
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
        ///Sets `assigned_user` to `null`, written as such; `assigned_user(value)` sets a value, and left alone the field is absent.
        pub fn assigned_user_null(mut self) -> Self {
            self.assigned_user = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `avatar_url` to `null`, written as such; `avatar_url(value)` sets a value, and left alone the field is absent.
        pub fn avatar_url_null(mut self) -> Self {
            self.avatar_url = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `blocked_at` to `null`, written as such; `blocked_at(value)` sets a value, and left alone the field is absent.
        pub fn blocked_at_null(mut self) -> Self {
            self.blocked_at = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `bsuid` to `null`, written as such; `bsuid(value)` sets a value, and left alone the field is absent.
        pub fn bsuid_null(mut self) -> Self {
            self.bsuid = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `closed_at` to `null`, written as such; `closed_at(value)` sets a value, and left alone the field is absent.
        pub fn closed_at_null(mut self) -> Self {
            self.closed_at = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `funnel_id` to `null`, written as such; `funnel_id(value)` sets a value, and left alone the field is absent.
        pub fn funnel_id_null(mut self) -> Self {
            self.funnel_id = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `note` to `null`, written as such; `note(value)` sets a value, and left alone the field is absent.
        pub fn note_null(mut self) -> Self {
            self.note = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `phone_number` to `null`, written as such; `phone_number(value)` sets a value, and left alone the field is absent.
        pub fn phone_number_null(mut self) -> Self {
            self.phone_number = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<Contact> for super::Contact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Contact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                assigned_user: value.assigned_user?,
                avatar_url: value.avatar_url?,
                blocked_at: value.blocked_at?,
                bsuid: value.bsuid?,
                channel: value.channel?,
                closed_at: value.closed_at?,
                conversation_href: value.conversation_href?,
                created_at: value.created_at?,
                custom_fields: value.custom_fields?,
                custom_fields_metadata: value.custom_fields_metadata?,
                funnel_id: value.funnel_id?,
                href: value.href?,
                name: value.name?,
                note: value.note?,
                phone_number: value.phone_number?,
                source: value.source?,
                tags: value.tags?,
                team: value.team?,
                uuid: value.uuid?,
            })
        }
    }
    impl ::std::convert::From<super::Contact> for Contact {
        fn from(value: super::Contact) -> Self {
            Self {
                assigned_user: Ok(value.assigned_user),
                avatar_url: Ok(value.avatar_url),
                blocked_at: Ok(value.blocked_at),
                bsuid: Ok(value.bsuid),
                channel: Ok(value.channel),
                closed_at: Ok(value.closed_at),
                conversation_href: Ok(value.conversation_href),
                created_at: Ok(value.created_at),
                custom_fields: Ok(value.custom_fields),
                custom_fields_metadata: Ok(value.custom_fields_metadata),
                funnel_id: Ok(value.funnel_id),
                href: Ok(value.href),
                name: Ok(value.name),
                note: Ok(value.note),
                phone_number: Ok(value.phone_number),
                source: Ok(value.source),
                tags: Ok(value.tags),
                team: Ok(value.team),
                uuid: Ok(value.uuid),
            }
        }
    }
}
