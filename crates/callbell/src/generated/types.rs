// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!Every request, response and webhook body of the spec, with serde derives.
/**The body of an error response. Callbell does not document it; any of these fields
may be present (see ERRATA.md).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ApiError {
    ///What went wrong.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub error: ::std::option::Option<::std::option::Option<::std::string::String>>,
    ///Details, such as which parameters were refused.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub errors: ::std::option::Option<::std::option::Option<::serde_json::Value>>,
    ///What went wrong, in some responses.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub message: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
impl ApiError {
    pub fn builder() -> builder::ApiError {
        Default::default()
    }
}
///The bot attached to a contact's conversation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Bot {
    ///When the bot's conversation with the contact began, if it has.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "conversationStartedAt",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub conversation_started_at: ::std::option::Option<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    >,
    ///Whether that version is the bot's newest.
    #[serde(
        rename = "latestBotVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_bot_version: ::std::option::Option<bool>,
    ///The bot's name.
    pub name: ::std::string::String,
    pub status: crate::types::BotStatus,
    ///The bot's Callbell identifier.
    pub uuid: ::std::string::String,
    ///The bot version that runs for this contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<i64>,
}
impl Bot {
    pub fn builder() -> builder::Bot {
        Default::default()
    }
}
///The body of the bot endpoints.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct BotResponse {
    pub bot: Bot,
}
impl BotResponse {
    pub fn builder() -> builder::BotResponse {
        Default::default()
    }
}
///A connected messaging channel, such as one WhatsApp number.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Channel {
    /**When the channel was discarded, or null. The documentation's example sends a
boolean here instead of a timestamp (see ERRATA.md).
*/
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        rename = "discardedAt",
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub discarded_at: ::std::option::Option<::std::option::Option<ChannelDiscardedAt>>,
    ///Whether this is the account's main channel.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub main: ::std::option::Option<bool>,
    ///The channel's display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::types::Source>,
    ///The channel's Callbell identifier.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
}
impl Channel {
    pub fn builder() -> builder::Channel {
        Default::default()
    }
}
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
///What a new contact starts with.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CreateContactRequest {
    ///The email of the teammate to assign the contact to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assigned_user: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bot_status: ::std::option::Option<crate::types::BotStatusChange>,
    ///The channel the contact belongs to; the main channel when left out.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel_uuid: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_fields: ::std::option::Option<CustomFields>,
    ///How the channel knows the contact; the phone number on WhatsApp.
    pub identifier: ::std::string::String,
    ///The contact's name.
    pub name: ::std::string::String,
    ///A free-text note about the contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<CreateContactRequestNote>,
    pub source: crate::types::Source,
    ///Tags to put on the contact; each must already exist in the account.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///The team to put the contact in.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team_uuid: ::std::option::Option<::std::string::String>,
}
impl CreateContactRequest {
    pub fn builder() -> builder::CreateContactRequest {
        Default::default()
    }
}
///A free-text note about the contact.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CreateContactRequestNote(::std::string::String);
impl ::std::ops::Deref for CreateContactRequestNote {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CreateContactRequestNote> for ::std::string::String {
    fn from(value: CreateContactRequestNote) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CreateContactRequestNote {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 1000usize {
            return Err("longer than 1000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CreateContactRequestNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CreateContactRequestNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateContactRequestNote {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The note to add.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CreateNoteRequest {
    ///The note's text; `@name` mentions a teammate.
    pub text: ::std::string::String,
}
impl CreateNoteRequest {
    pub fn builder() -> builder::CreateNoteRequest {
        Default::default()
    }
}
///A custom field's value together with its type and, for dropdown and checkbox fields, the allowed options.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomFieldMetadata {
    ///The values a dropdown or checkbox field allows.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "type")]
    pub type_: crate::types::CustomFieldType,
    pub value: ::serde_json::Value,
}
impl CustomFieldMetadata {
    pub fn builder() -> builder::CustomFieldMetadata {
        Default::default()
    }
}
/**A custom field's value: a string for most field types, a list of strings for
checkbox fields. In a contact's `customFields` the documentation shows a checkbox
value as one string holding a JSON list instead (see ERRATA.md).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum CustomFieldValue {
    String(::std::string::String),
    Array(::std::vec::Vec<::std::string::String>),
}
impl ::std::convert::From<::std::vec::Vec<::std::string::String>> for CustomFieldValue {
    fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
        Self::Array(value)
    }
}
///Custom field values by field name.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct CustomFields(
    pub ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>,
);
impl ::std::ops::Deref for CustomFields {
    type Target = ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>;
    fn deref(
        &self,
    ) -> &::std::collections::BTreeMap<::std::string::String, CustomFieldValue> {
        &self.0
    }
}
impl ::std::convert::From<CustomFields>
for ::std::collections::BTreeMap<::std::string::String, CustomFieldValue> {
    fn from(value: CustomFields) -> Self {
        value.0
    }
}
impl ::std::convert::From<
    ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>,
> for CustomFields {
    fn from(
        value: ::std::collections::BTreeMap<::std::string::String, CustomFieldValue>,
    ) -> Self {
        Self(value)
    }
}
///Confirms a deletion.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct DeleteContactResponse {
    ///A sentence saying what happened.
    pub status: ::std::string::String,
}
impl DeleteContactResponse {
    pub fn builder() -> builder::DeleteContactResponse {
        Default::default()
    }
}
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
///One message of a contact's conversation, or an internal note.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Message {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<crate::types::Source>,
    ///When the message was created.
    #[serde(rename = "createdAt")]
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    ///Who sent it (a phone number on WhatsApp).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::std::string::String>,
    pub status: crate::types::MessageStatus,
    ///The message's text.
    ///
    ///`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        default,
        deserialize_with = "crate::types::nullable::deserialize"
    )]
    pub text: ::std::option::Option<::std::option::Option<::std::string::String>>,
    ///Who received it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::std::string::String>,
    ///The message's Callbell identifier. Notes come without one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
}
impl Message {
    pub fn builder() -> builder::Message {
        Default::default()
    }
}
///A page of a contact's messages, newest first.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct MessageList {
    pub messages: ::std::vec::Vec<Message>,
}
impl MessageList {
    pub fn builder() -> builder::MessageList {
        Default::default()
    }
}
///Confirms that a note was saved.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct NoteResponse {
    pub success: bool,
}
impl NoteResponse {
    pub fn builder() -> builder::NoteResponse {
        Default::default()
    }
}
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
///Starts or stops the contact's bot.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct UpdateBotRequest {
    pub status: crate::types::BotStatusChange,
}
impl UpdateBotRequest {
    pub fn builder() -> builder::UpdateBotRequest {
        Default::default()
    }
}
///The fields to change on a contact; left-out fields keep their values.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct UpdateContactRequest {
    ///The email of the teammate to assign the contact to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assigned_user: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bot_status: ::std::option::Option<crate::types::BotStatusChange>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_fields: ::std::option::Option<CustomFields>,
    ///The new name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///The new note; an empty string clears it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<UpdateContactRequestNote>,
    ///The contact's tags after the change; each must already exist in the account.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///The team to move the contact to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team_uuid: ::std::option::Option<::std::string::String>,
    ///Set to true to leave the contact unassigned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unassign_user: ::std::option::Option<bool>,
}
impl UpdateContactRequest {
    pub fn builder() -> builder::UpdateContactRequest {
        Default::default()
    }
}
///The new note; an empty string clears it.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
#[non_exhaustive]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct UpdateContactRequestNote(::std::string::String);
impl ::std::ops::Deref for UpdateContactRequestNote {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<UpdateContactRequestNote> for ::std::string::String {
    fn from(value: UpdateContactRequestNote) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for UpdateContactRequestNote {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 1000usize {
            return Err("longer than 1000 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for UpdateContactRequestNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for UpdateContactRequestNote {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateContactRequestNote {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
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
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ApiError {
        error: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        errors: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::serde_json::Value>>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ApiError {
        fn default() -> Self {
            Self {
                error: Ok(Default::default()),
                errors: Ok(Default::default()),
                message: Ok(Default::default()),
            }
        }
    }
    impl ApiError {
        pub fn error<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.error = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for error: {e}"));
            self
        }
        pub fn errors<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::serde_json::Value>,
            T::Error: ::std::fmt::Display,
        {
            self.errors = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for errors: {e}"));
            self
        }
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
        ///Sets `error` to `null`, written as such; `error(value)` sets a value, and left alone the field is absent.
        pub fn error_null(mut self) -> Self {
            self.error = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `errors` to `null`, written as such; `errors(value)` sets a value, and left alone the field is absent.
        pub fn errors_null(mut self) -> Self {
            self.errors = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
        ///Sets `message` to `null`, written as such; `message(value)` sets a value, and left alone the field is absent.
        pub fn message_null(mut self) -> Self {
            self.message = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<ApiError> for super::ApiError {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ApiError,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                error: value.error?,
                errors: value.errors?,
                message: value.message?,
            })
        }
    }
    impl ::std::convert::From<super::ApiError> for ApiError {
        fn from(value: super::ApiError) -> Self {
            Self {
                error: Ok(value.error),
                errors: Ok(value.errors),
                message: Ok(value.message),
            }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Bot {
        conversation_started_at: ::std::result::Result<
            ::std::option::Option<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            >,
            ::std::string::String,
        >,
        latest_bot_version: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        name: ::std::result::Result<::std::string::String, ::std::string::String>,
        status: ::std::result::Result<crate::types::BotStatus, ::std::string::String>,
        uuid: ::std::result::Result<::std::string::String, ::std::string::String>,
        version: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Bot {
        fn default() -> Self {
            Self {
                conversation_started_at: Ok(Default::default()),
                latest_bot_version: Ok(Default::default()),
                name: Err("no value supplied for name".to_string()),
                status: Err("no value supplied for status".to_string()),
                uuid: Err("no value supplied for uuid".to_string()),
                version: Ok(Default::default()),
            }
        }
    }
    impl Bot {
        pub fn conversation_started_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.conversation_started_at = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!(
                        "error converting supplied value for conversation_started_at: {e}"
                    )
                });
            self
        }
        pub fn latest_bot_version<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.latest_bot_version = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!(
                        "error converting supplied value for latest_bot_version: {e}"
                    )
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
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::BotStatus>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
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
        pub fn version<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.version = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for version: {e}")
                });
            self
        }
        ///Sets `conversation_started_at` to `null`, written as such; `conversation_started_at(value)` sets a value, and left alone the field is absent.
        pub fn conversation_started_at_null(mut self) -> Self {
            self.conversation_started_at = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<Bot> for super::Bot {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Bot,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                conversation_started_at: value.conversation_started_at?,
                latest_bot_version: value.latest_bot_version?,
                name: value.name?,
                status: value.status?,
                uuid: value.uuid?,
                version: value.version?,
            })
        }
    }
    impl ::std::convert::From<super::Bot> for Bot {
        fn from(value: super::Bot) -> Self {
            Self {
                conversation_started_at: Ok(value.conversation_started_at),
                latest_bot_version: Ok(value.latest_bot_version),
                name: Ok(value.name),
                status: Ok(value.status),
                uuid: Ok(value.uuid),
                version: Ok(value.version),
            }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct BotResponse {
        bot: ::std::result::Result<super::Bot, ::std::string::String>,
    }
    impl ::std::default::Default for BotResponse {
        fn default() -> Self {
            Self {
                bot: Err("no value supplied for bot".to_string()),
            }
        }
    }
    impl BotResponse {
        pub fn bot<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Bot>,
            T::Error: ::std::fmt::Display,
        {
            self.bot = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for bot: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<BotResponse> for super::BotResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: BotResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { bot: value.bot? })
        }
    }
    impl ::std::convert::From<super::BotResponse> for BotResponse {
        fn from(value: super::BotResponse) -> Self {
            Self { bot: Ok(value.bot) }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Channel {
        discarded_at: ::std::result::Result<
            ::std::option::Option<::std::option::Option<super::ChannelDiscardedAt>>,
            ::std::string::String,
        >,
        main: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<crate::types::Source>,
            ::std::string::String,
        >,
        uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Channel {
        fn default() -> Self {
            Self {
                discarded_at: Ok(Default::default()),
                main: Ok(Default::default()),
                title: Ok(Default::default()),
                type_: Ok(Default::default()),
                uuid: Ok(Default::default()),
            }
        }
    }
    impl Channel {
        pub fn discarded_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::ChannelDiscardedAt>,
            T::Error: ::std::fmt::Display,
        {
            self.discarded_at = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| {
                    format!("error converting supplied value for discarded_at: {e}")
                });
            self
        }
        pub fn main<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.main = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for main: {e}"));
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::Source>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
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
        ///Sets `discarded_at` to `null`, written as such; `discarded_at(value)` sets a value, and left alone the field is absent.
        pub fn discarded_at_null(mut self) -> Self {
            self.discarded_at = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<Channel> for super::Channel {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Channel,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                discarded_at: value.discarded_at?,
                main: value.main?,
                title: value.title?,
                type_: value.type_?,
                uuid: value.uuid?,
            })
        }
    }
    impl ::std::convert::From<super::Channel> for Channel {
        fn from(value: super::Channel) -> Self {
            Self {
                discarded_at: Ok(value.discarded_at),
                main: Ok(value.main),
                title: Ok(value.title),
                type_: Ok(value.type_),
                uuid: Ok(value.uuid),
            }
        }
    }
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
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateContactRequest {
        assigned_user: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        bot_status: ::std::result::Result<
            ::std::option::Option<crate::types::BotStatusChange>,
            ::std::string::String,
        >,
        channel_uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        custom_fields: ::std::result::Result<
            ::std::option::Option<super::CustomFields>,
            ::std::string::String,
        >,
        identifier: ::std::result::Result<::std::string::String, ::std::string::String>,
        name: ::std::result::Result<::std::string::String, ::std::string::String>,
        note: ::std::result::Result<
            ::std::option::Option<super::CreateContactRequestNote>,
            ::std::string::String,
        >,
        source: ::std::result::Result<crate::types::Source, ::std::string::String>,
        tags: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        team_uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CreateContactRequest {
        fn default() -> Self {
            Self {
                assigned_user: Ok(Default::default()),
                bot_status: Ok(Default::default()),
                channel_uuid: Ok(Default::default()),
                custom_fields: Ok(Default::default()),
                identifier: Err("no value supplied for identifier".to_string()),
                name: Err("no value supplied for name".to_string()),
                note: Ok(Default::default()),
                source: Err("no value supplied for source".to_string()),
                tags: Ok(Default::default()),
                team_uuid: Ok(Default::default()),
            }
        }
    }
    impl CreateContactRequest {
        pub fn assigned_user<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.assigned_user = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for assigned_user: {e}")
                });
            self
        }
        pub fn bot_status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::BotStatusChange>,
            T::Error: ::std::fmt::Display,
        {
            self.bot_status = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for bot_status: {e}")
                });
            self
        }
        pub fn channel_uuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.channel_uuid = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for channel_uuid: {e}")
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
        pub fn identifier<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.identifier = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for identifier: {e}")
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
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CreateContactRequestNote>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn source<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::Source>,
            T::Error: ::std::fmt::Display,
        {
            self.source = value
                .try_into()
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
        pub fn team_uuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.team_uuid = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for team_uuid: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CreateContactRequest> for super::CreateContactRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateContactRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                assigned_user: value.assigned_user?,
                bot_status: value.bot_status?,
                channel_uuid: value.channel_uuid?,
                custom_fields: value.custom_fields?,
                identifier: value.identifier?,
                name: value.name?,
                note: value.note?,
                source: value.source?,
                tags: value.tags?,
                team_uuid: value.team_uuid?,
            })
        }
    }
    impl ::std::convert::From<super::CreateContactRequest> for CreateContactRequest {
        fn from(value: super::CreateContactRequest) -> Self {
            Self {
                assigned_user: Ok(value.assigned_user),
                bot_status: Ok(value.bot_status),
                channel_uuid: Ok(value.channel_uuid),
                custom_fields: Ok(value.custom_fields),
                identifier: Ok(value.identifier),
                name: Ok(value.name),
                note: Ok(value.note),
                source: Ok(value.source),
                tags: Ok(value.tags),
                team_uuid: Ok(value.team_uuid),
            }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateNoteRequest {
        text: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for CreateNoteRequest {
        fn default() -> Self {
            Self {
                text: Err("no value supplied for text".to_string()),
            }
        }
    }
    impl CreateNoteRequest {
        pub fn text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.text = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for text: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CreateNoteRequest> for super::CreateNoteRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateNoteRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { text: value.text? })
        }
    }
    impl ::std::convert::From<super::CreateNoteRequest> for CreateNoteRequest {
        fn from(value: super::CreateNoteRequest) -> Self {
            Self { text: Ok(value.text) }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CustomFieldMetadata {
        options: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            crate::types::CustomFieldType,
            ::std::string::String,
        >,
        value: ::std::result::Result<::serde_json::Value, ::std::string::String>,
    }
    impl ::std::default::Default for CustomFieldMetadata {
        fn default() -> Self {
            Self {
                options: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
                value: Err("no value supplied for value".to_string()),
            }
        }
    }
    impl CustomFieldMetadata {
        pub fn options<T>(mut self, value: T) -> Self
        where
            T: ::std::iter::IntoIterator,
            T::Item: ::std::convert::Into<::std::string::String>,
        {
            self.options = ::std::result::Result::Ok(
                ::std::option::Option::Some(
                    value.into_iter().map(::std::convert::Into::into).collect(),
                ),
            );
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::CustomFieldType>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::serde_json::Value>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomFieldMetadata> for super::CustomFieldMetadata {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomFieldMetadata,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                options: value.options?,
                type_: value.type_?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::CustomFieldMetadata> for CustomFieldMetadata {
        fn from(value: super::CustomFieldMetadata) -> Self {
            Self {
                options: Ok(value.options),
                type_: Ok(value.type_),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct DeleteContactResponse {
        status: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for DeleteContactResponse {
        fn default() -> Self {
            Self {
                status: Err("no value supplied for status".to_string()),
            }
        }
    }
    impl DeleteContactResponse {
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<DeleteContactResponse>
    for super::DeleteContactResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeleteContactResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { status: value.status? })
        }
    }
    impl ::std::convert::From<super::DeleteContactResponse> for DeleteContactResponse {
        fn from(value: super::DeleteContactResponse) -> Self {
            Self { status: Ok(value.status) }
        }
    }
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
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Message {
        channel: ::std::result::Result<
            ::std::option::Option<crate::types::Source>,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<
            ::chrono::DateTime<::chrono::offset::Utc>,
            ::std::string::String,
        >,
        from: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            crate::types::MessageStatus,
            ::std::string::String,
        >,
        text: ::std::result::Result<
            ::std::option::Option<::std::option::Option<::std::string::String>>,
            ::std::string::String,
        >,
        to: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Message {
        fn default() -> Self {
            Self {
                channel: Ok(Default::default()),
                created_at: Err("no value supplied for created_at".to_string()),
                from: Ok(Default::default()),
                status: Err("no value supplied for status".to_string()),
                text: Ok(Default::default()),
                to: Ok(Default::default()),
                uuid: Ok(Default::default()),
            }
        }
    }
    impl Message {
        pub fn channel<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::Source>,
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
        pub fn created_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }
        pub fn from<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.from = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for from: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::MessageStatus>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
        pub fn text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.text = value
                .try_into()
                .map(|value| ::std::option::Option::Some(
                    ::std::option::Option::Some(value),
                ))
                .map_err(|e| format!("error converting supplied value for text: {e}"));
            self
        }
        pub fn to<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.to = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for to: {e}"));
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
        ///Sets `text` to `null`, written as such; `text(value)` sets a value, and left alone the field is absent.
        pub fn text_null(mut self) -> Self {
            self.text = ::std::result::Result::Ok(
                ::std::option::Option::Some(::std::option::Option::None),
            );
            self
        }
    }
    impl ::std::convert::TryFrom<Message> for super::Message {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Message,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                channel: value.channel?,
                created_at: value.created_at?,
                from: value.from?,
                status: value.status?,
                text: value.text?,
                to: value.to?,
                uuid: value.uuid?,
            })
        }
    }
    impl ::std::convert::From<super::Message> for Message {
        fn from(value: super::Message) -> Self {
            Self {
                channel: Ok(value.channel),
                created_at: Ok(value.created_at),
                from: Ok(value.from),
                status: Ok(value.status),
                text: Ok(value.text),
                to: Ok(value.to),
                uuid: Ok(value.uuid),
            }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MessageList {
        messages: ::std::result::Result<
            ::std::vec::Vec<super::Message>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for MessageList {
        fn default() -> Self {
            Self {
                messages: Err("no value supplied for messages".to_string()),
            }
        }
    }
    impl MessageList {
        pub fn messages<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Message>>,
            T::Error: ::std::fmt::Display,
        {
            self.messages = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for messages: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<MessageList> for super::MessageList {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MessageList,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { messages: value.messages? })
        }
    }
    impl ::std::convert::From<super::MessageList> for MessageList {
        fn from(value: super::MessageList) -> Self {
            Self {
                messages: Ok(value.messages),
            }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct NoteResponse {
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for NoteResponse {
        fn default() -> Self {
            Self {
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl NoteResponse {
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<NoteResponse> for super::NoteResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: NoteResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { success: value.success? })
        }
    }
    impl ::std::convert::From<super::NoteResponse> for NoteResponse {
        fn from(value: super::NoteResponse) -> Self {
            Self { success: Ok(value.success) }
        }
    }
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
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct UpdateBotRequest {
        status: ::std::result::Result<
            crate::types::BotStatusChange,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for UpdateBotRequest {
        fn default() -> Self {
            Self {
                status: Err("no value supplied for status".to_string()),
            }
        }
    }
    impl UpdateBotRequest {
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::BotStatusChange>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<UpdateBotRequest> for super::UpdateBotRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdateBotRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { status: value.status? })
        }
    }
    impl ::std::convert::From<super::UpdateBotRequest> for UpdateBotRequest {
        fn from(value: super::UpdateBotRequest) -> Self {
            Self { status: Ok(value.status) }
        }
    }
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct UpdateContactRequest {
        assigned_user: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        bot_status: ::std::result::Result<
            ::std::option::Option<crate::types::BotStatusChange>,
            ::std::string::String,
        >,
        custom_fields: ::std::result::Result<
            ::std::option::Option<super::CustomFields>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<super::UpdateContactRequestNote>,
            ::std::string::String,
        >,
        tags: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        team_uuid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        unassign_user: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for UpdateContactRequest {
        fn default() -> Self {
            Self {
                assigned_user: Ok(Default::default()),
                bot_status: Ok(Default::default()),
                custom_fields: Ok(Default::default()),
                name: Ok(Default::default()),
                note: Ok(Default::default()),
                tags: Ok(Default::default()),
                team_uuid: Ok(Default::default()),
                unassign_user: Ok(Default::default()),
            }
        }
    }
    impl UpdateContactRequest {
        pub fn assigned_user<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.assigned_user = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for assigned_user: {e}")
                });
            self
        }
        pub fn bot_status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::types::BotStatusChange>,
            T::Error: ::std::fmt::Display,
        {
            self.bot_status = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for bot_status: {e}")
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
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::UpdateContactRequestNote>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| format!("error converting supplied value for note: {e}"));
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
        pub fn team_uuid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.team_uuid = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for team_uuid: {e}")
                });
            self
        }
        pub fn unassign_user<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.unassign_user = value
                .try_into()
                .map(::std::option::Option::Some)
                .map_err(|e| {
                    format!("error converting supplied value for unassign_user: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<UpdateContactRequest> for super::UpdateContactRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdateContactRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                assigned_user: value.assigned_user?,
                bot_status: value.bot_status?,
                custom_fields: value.custom_fields?,
                name: value.name?,
                note: value.note?,
                tags: value.tags?,
                team_uuid: value.team_uuid?,
                unassign_user: value.unassign_user?,
            })
        }
    }
    impl ::std::convert::From<super::UpdateContactRequest> for UpdateContactRequest {
        fn from(value: super::UpdateContactRequest) -> Self {
            Self {
                assigned_user: Ok(value.assigned_user),
                bot_status: Ok(value.bot_status),
                custom_fields: Ok(value.custom_fields),
                name: Ok(value.name),
                note: Ok(value.note),
                tags: Ok(value.tags),
                team_uuid: Ok(value.team_uuid),
                unassign_user: Ok(value.unassign_user),
            }
        }
    }
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
///`ContactOrList`: one [`Contact`], read from an object or a list of exactly one, and written back in the shape it was read in (see [`OneOrList`](crate::types::OneOrList)).
pub type ContactOrList = crate::types::OneOrList<Contact>;
impl ::std::convert::From<ContactOrList> for Contact {
    fn from(value: ContactOrList) -> Self {
        value.into_inner()
    }
}
