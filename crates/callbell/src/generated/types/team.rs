// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`Team`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
/**A team inbox. Callbell sends `{}` when a contact has no team, so no property is required.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Team {
    ///When the team was created.
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ///Whether this is the account's default team.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<bool>,
    ///How many people belong to the team.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub members: ::std::option::Option<i64>,
    ///The team's name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///The team's Callbell identifier.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
}
impl Team {
    pub fn builder() -> builder::Team {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Team {
        created_at: ::std::result::Result<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            ::std::string::String,
        >,
        default: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        members: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Team {
        fn default() -> Self {
            Self {
                created_at: Ok(Default::default()),
                default: Ok(Default::default()),
                members: Ok(Default::default()),
                name: Ok(Default::default()),
                uuid: Ok(Default::default()),
            }
        }
    }
    impl Team {
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
        pub fn default<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.default = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for default: {e}")
                });
            self
        }
        pub fn members<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.members = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for members: {e}")
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
    }
    impl ::std::convert::TryFrom<Team> for super::Team {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Team,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_at: value.created_at?,
                default: value.default?,
                members: value.members?,
                name: value.name?,
                uuid: value.uuid?,
            })
        }
    }
    impl ::std::convert::From<super::Team> for Team {
        fn from(value: super::Team) -> Self {
            Self {
                created_at: Ok(value.created_at),
                default: Ok(value.default),
                members: Ok(value.members),
                name: Ok(value.name),
                uuid: Ok(value.uuid),
            }
        }
    }
}
