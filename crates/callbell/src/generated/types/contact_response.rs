// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`ContactResponse`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The body of every endpoint that answers with one contact.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ContactResponse {
    pub contact: crate::types::ContactOrList,
}
impl ContactResponse {
    pub fn builder() -> builder::ContactResponse {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ContactResponse {
        contact: ::std::result::Result<
            crate::types::ContactOrList,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ContactResponse {
        fn default() -> Self {
            Self {
                contact: Err("no value supplied for contact".to_string()),
            }
        }
    }
    impl ContactResponse {
        pub fn contact<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::ContactOrList>,
            T::Error: ::std::fmt::Display,
        {
            self.contact = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ContactResponse> for super::ContactResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { contact: value.contact? })
        }
    }
    impl ::std::convert::From<super::ContactResponse> for ContactResponse {
        fn from(value: super::ContactResponse) -> Self {
            Self { contact: Ok(value.contact) }
        }
    }
}
