// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`ContactList`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///A page of contacts.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ContactList {
    pub contacts: ::std::vec::Vec<Contact>,
}
impl ContactList {
    pub fn builder() -> builder::ContactList {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ContactList {
        contacts: ::std::result::Result<
            ::std::vec::Vec<super::Contact>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ContactList {
        fn default() -> Self {
            Self {
                contacts: Err("no value supplied for contacts".to_string()),
            }
        }
    }
    impl ContactList {
        pub fn contacts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Contact>>,
            T::Error: ::std::fmt::Display,
        {
            self.contacts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contacts: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<ContactList> for super::ContactList {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactList,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { contacts: value.contacts? })
        }
    }
    impl ::std::convert::From<super::ContactList> for ContactList {
        fn from(value: super::ContactList) -> Self {
            Self {
                contacts: Ok(value.contacts),
            }
        }
    }
}
