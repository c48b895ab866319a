// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`ContactDeletedEvent`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The `contact_deleted` webhook body.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ContactDeletedEvent {
    pub event: crate::types::ContactDeletedEventType,
    pub payload: DeletedContact,
}
impl ContactDeletedEvent {
    pub fn builder() -> builder::ContactDeletedEvent {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ContactDeletedEvent {
        event: ::std::result::Result<
            crate::types::ContactDeletedEventType,
            ::std::string::String,
        >,
        payload: ::std::result::Result<super::DeletedContact, ::std::string::String>,
    }
    impl ::std::default::Default for ContactDeletedEvent {
        fn default() -> Self {
            Self {
                event: Err("no value supplied for event".to_string()),
                payload: Err("no value supplied for payload".to_string()),
            }
        }
    }
    impl ContactDeletedEvent {
        pub fn event<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::ContactDeletedEventType>,
            T::Error: ::std::fmt::Display,
        {
            self.event = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for event: {e}"));
            self
        }
        pub fn payload<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::DeletedContact>,
            T::Error: ::std::fmt::Display,
        {
            self.payload = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for payload: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ContactDeletedEvent> for super::ContactDeletedEvent {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactDeletedEvent,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                event: value.event?,
                payload: value.payload?,
            })
        }
    }
    impl ::std::convert::From<super::ContactDeletedEvent> for ContactDeletedEvent {
        fn from(value: super::ContactDeletedEvent) -> Self {
            Self {
                event: Ok(value.event),
                payload: Ok(value.payload),
            }
        }
    }
}
