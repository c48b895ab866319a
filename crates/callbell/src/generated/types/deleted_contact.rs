// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`DeletedContact`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///Which contact was deleted, and when.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct DeletedContact {
    ///When it was deleted.
    pub deleted: ::chrono::DateTime<::chrono::offset::Utc>,
    ///The deleted contact's Callbell identifier.
    pub uuid: ::std::string::String,
}
impl DeletedContact {
    pub fn builder() -> builder::DeletedContact {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct DeletedContact {
        deleted: ::std::result::Result<
            ::chrono::DateTime<::chrono::offset::Utc>,
            ::std::string::String,
        >,
        uuid: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for DeletedContact {
        fn default() -> Self {
            Self {
                deleted: Err("no value supplied for deleted".to_string()),
                uuid: Err("no value supplied for uuid".to_string()),
            }
        }
    }
    impl DeletedContact {
        pub fn deleted<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.deleted = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for deleted: {e}")
                });
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
    }
    impl ::std::convert::TryFrom<DeletedContact> for super::DeletedContact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeletedContact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                deleted: value.deleted?,
                uuid: value.uuid?,
            })
        }
    }
    impl ::std::convert::From<super::DeletedContact> for DeletedContact {
        fn from(value: super::DeletedContact) -> Self {
            Self {
                deleted: Ok(value.deleted),
                uuid: Ok(value.uuid),
            }
        }
    }
}
