// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!Every request, response and webhook body of the spec, with serde derives (one file per type in `types/`, re-exported here).
///`ApiError`, its impls and its builder.
mod api_error;
pub use api_error::*;
///`Bot`, its impls and its builder.
mod bot;
pub use bot::*;
///`BotResponse`, its impls and its builder.
mod bot_response;
pub use bot_response::*;
///`Channel`, its impls and its builder.
mod channel;
pub use channel::*;
///`ChannelDiscardedAt`, its impls and its builder.
mod channel_discarded_at;
pub use channel_discarded_at::*;
///`Contact`, its impls and its builder.
mod contact;
pub use contact::*;
///`ContactDeletedEvent`, its impls and its builder.
mod contact_deleted_event;
pub use contact_deleted_event::*;
///`ContactEvent`, its impls and its builder.
mod contact_event;
pub use contact_event::*;
///`ContactList`, its impls and its builder.
mod contact_list;
pub use contact_list::*;
///`ContactResponse`, its impls and its builder.
mod contact_response;
pub use contact_response::*;
///`CreateContactRequest`, its impls and its builder.
mod create_contact_request;
pub use create_contact_request::*;
///`CreateContactRequestNote`, its impls and its builder.
mod create_contact_request_note;
pub use create_contact_request_note::*;
///`CreateNoteRequest`, its impls and its builder.
mod create_note_request;
pub use create_note_request::*;
///`CustomFieldMetadata`, its impls and its builder.
mod custom_field_metadata;
pub use custom_field_metadata::*;
///`CustomFieldValue`, its impls and its builder.
mod custom_field_value;
pub use custom_field_value::*;
///`CustomFields`, its impls and its builder.
mod custom_fields;
pub use custom_fields::*;
///`DeleteContactResponse`, its impls and its builder.
mod delete_contact_response;
pub use delete_contact_response::*;
///`DeletedContact`, its impls and its builder.
mod deleted_contact;
pub use deleted_contact::*;
///`Message`, its impls and its builder.
mod message;
pub use message::*;
///`MessageList`, its impls and its builder.
mod message_list;
pub use message_list::*;
///`NoteResponse`, its impls and its builder.
mod note_response;
pub use note_response::*;
///`Team`, its impls and its builder.
mod team;
pub use team::*;
///`UpdateBotRequest`, its impls and its builder.
mod update_bot_request;
pub use update_bot_request::*;
///`UpdateContactRequest`, its impls and its builder.
mod update_contact_request;
pub use update_contact_request::*;
///`UpdateContactRequestNote`, its impls and its builder.
mod update_contact_request_note;
pub use update_contact_request_note::*;
///`UpdateFunnelRequest`, its impls and its builder.
mod update_funnel_request;
pub use update_funnel_request::*;
///`ContactOrList`, its impls and its builder.
mod contact_or_list;
pub use contact_or_list::*;
/// Types for composing complex structures.
pub mod builder {
    pub use super::api_error::builder::*;
    pub use super::bot::builder::*;
    pub use super::bot_response::builder::*;
    pub use super::channel::builder::*;
    pub use super::contact::builder::*;
    pub use super::contact_deleted_event::builder::*;
    pub use super::contact_event::builder::*;
    pub use super::contact_list::builder::*;
    pub use super::contact_response::builder::*;
    pub use super::create_contact_request::builder::*;
    pub use super::create_note_request::builder::*;
    pub use super::custom_field_metadata::builder::*;
    pub use super::delete_contact_response::builder::*;
    pub use super::deleted_contact::builder::*;
    pub use super::message::builder::*;
    pub use super::message_list::builder::*;
    pub use super::note_response::builder::*;
    pub use super::team::builder::*;
    pub use super::update_bot_request::builder::*;
    pub use super::update_contact_request::builder::*;
    pub use super::update_funnel_request::builder::*;
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    #[non_exhaustive]
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
