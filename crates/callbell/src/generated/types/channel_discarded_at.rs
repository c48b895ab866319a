// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`ChannelDiscardedAt`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
/**When the channel was discarded, or null. The documentation's example sends a
boolean here instead of a timestamp (see ERRATA.md).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum ChannelDiscardedAt {
    Boolean(bool),
    DateTime(::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>),
}
impl ::std::convert::From<bool> for ChannelDiscardedAt {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}
impl ::std::convert::From<
    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
> for ChannelDiscardedAt {
    fn from(
        value: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    ) -> Self {
        Self::DateTime(value)
    }
}
