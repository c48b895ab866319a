// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`UpdateFunnelRequest`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///The funnel stage to move the conversation to.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct UpdateFunnelRequest {
    ///The funnel stage's identifier (a dashed UUID).
    pub funnel_id: ::std::string::String,
}
impl UpdateFunnelRequest {
    pub fn builder() -> builder::UpdateFunnelRequest {
        Default::default()
    }
}
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct UpdateFunnelRequest {
        funnel_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for UpdateFunnelRequest {
        fn default() -> Self {
            Self {
                funnel_id: Err("no value supplied for funnel_id".to_string()),
            }
        }
    }
    impl UpdateFunnelRequest {
        pub fn funnel_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.funnel_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for funnel_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<UpdateFunnelRequest> for super::UpdateFunnelRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdateFunnelRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                funnel_id: value.funnel_id?,
            })
        }
    }
    impl ::std::convert::From<super::UpdateFunnelRequest> for UpdateFunnelRequest {
        fn from(value: super::UpdateFunnelRequest) -> Self {
            Self {
                funnel_id: Ok(value.funnel_id),
            }
        }
    }
}
