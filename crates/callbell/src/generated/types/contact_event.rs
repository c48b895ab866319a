// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`ContactEvent`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The `contact_created` and `contact_updated` webhook bodies.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ContactEvent {
    pub event: crate::types::ContactEventType,
    pub payload: Contact,
}
impl ContactEvent {
    pub fn builder() -> builder::ContactEvent {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ContactEvent {
        event: ::std::result::Result<
            crate::types::ContactEventType,
            ::std::string::String,
        >,
        payload: ::std::result::Result<super::Contact, ::std::string::String>,
    }
    impl ::std::default::Default for ContactEvent {
        fn default() -> Self {
            Self {
                event: Err("no value supplied for event".to_string()),
                payload: Err("no value supplied for payload".to_string()),
            }
        }
    }
    impl ContactEvent {
        pub fn event<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::ContactEventType>,
            T::Error: ::std::fmt::Display,
        {
            self.event = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for event: {e}"));
            self
        }
        pub fn payload<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Contact>,
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
    impl ::std::convert::TryFrom<ContactEvent> for super::ContactEvent {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactEvent,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                event: value.event?,
                payload: value.payload?,
            })
        }
    }
    impl ::std::convert::From<super::ContactEvent> for ContactEvent {
        fn from(value: super::ContactEvent) -> Self {
            Self {
                event: Ok(value.event),
                payload: Ok(value.payload),
            }
        }
    }
}
