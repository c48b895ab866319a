// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!The spec's string enums, open to values added later (see `crates/callbell/docs/open_enums.md`).
/// Where the bot stands in its conversation with a contact.
///
/// Open: a value the spec does not list reads as `Other(raw)` and is
/// written back unchanged. Build values from text with
/// `BotStatus::from(text)` or `text.parse::<BotStatus>()`:
/// they map a listed value to its variant, so parsing and `From`
/// never produce `Other("in_progress")`. A hand-built `Other` holding a listed
/// value serializes the same but compares unequal to its variant (`Other("in_progress")`
/// `!=` `InProgress`); pass it through `From<&str>` to normalise it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BotStatus {
    /// `in_progress`.
    InProgress,
    /// `started`.
    Started,
    /// `ended`.
    Ended,
    /// A value this version of the crate does not know, kept as sent.
    /// Parsing and `From` never put a listed value here (see the type's docs).
    Other(String),
}
impl BotStatus {
    /// The name of the spec's component schema this type stands for.
    pub const SCHEMA: &'static str = "BotStatus";
    /// The values the spec lists, in its order.
    pub const KNOWN: &'static [&'static str] = &["in_progress", "started", "ended"];
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "in_progress",
            Self::Started => "started",
            Self::Ended => "ended",
            Self::Other(raw) => raw,
        }
    }
    /// Whether the value is one the spec lists (not [`Self::Other`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
    /// The variant of a listed value.
    fn listed(s: &str) -> Option<Self> {
        match s {
            "in_progress" => Some(Self::InProgress),
            "started" => Some(Self::Started),
            "ended" => Some(Self::Ended),
            _ => None,
        }
    }
}
impl ::std::fmt::Display for BotStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for BotStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl From<&str> for BotStatus {
    fn from(s: &str) -> Self {
        Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
    }
}
impl From<String> for BotStatus {
    fn from(s: String) -> Self {
        Self::listed(&s).unwrap_or(Self::Other(s))
    }
}
impl ::serde::Serialize for BotStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BotStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl ::serde::de::Visitor<'_> for Visitor {
            type Value = BotStatus;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a string (BotStatus)")
            }
            fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<BotStatus, E> {
                Ok(BotStatus::from(v))
            }
            fn visit_string<E: ::serde::de::Error>(
                self,
                v: String,
            ) -> Result<BotStatus, E> {
                Ok(BotStatus::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
#[cfg(feature = "schemars")]
impl ::schemars::JsonSchema for BotStatus {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "BotStatus".into()
    }
    /// Any string: the listed values are documented, others are accepted.
    fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
        ::schemars::json_schema!(
            { "type" : "string", "description" :
            "One of [\"in_progress\", \"started\", \"ended\"], or a value added to the API later."
            }
        )
    }
}
/// Starts (`bot_start`) or stops (`bot_end`) the bot for a contact.
///
/// Open: a value the spec does not list reads as `Other(raw)` and is
/// written back unchanged. Build values from text with
/// `BotStatusChange::from(text)` or `text.parse::<BotStatusChange>()`:
/// they map a listed value to its variant, so parsing and `From`
/// never produce `Other("bot_start")`. A hand-built `Other` holding a listed
/// value serializes the same but compares unequal to its variant (`Other("bot_start")`
/// `!=` `BotStart`); pass it through `From<&str>` to normalise it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BotStatusChange {
    /// `bot_start`.
    BotStart,
    /// `bot_end`.
    BotEnd,
    /// A value this version of the crate does not know, kept as sent.
    /// Parsing and `From` never put a listed value here (see the type's docs).
    Other(String),
}
impl BotStatusChange {
    /// The name of the spec's component schema this type stands for.
    pub const SCHEMA: &'static str = "BotStatusChange";
    /// The values the spec lists, in its order.
    pub const KNOWN: &'static [&'static str] = &["bot_start", "bot_end"];
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BotStart => "bot_start",
            Self::BotEnd => "bot_end",
            Self::Other(raw) => raw,
        }
    }
    /// Whether the value is one the spec lists (not [`Self::Other`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
    /// The variant of a listed value.
    fn listed(s: &str) -> Option<Self> {
        match s {
            "bot_start" => Some(Self::BotStart),
            "bot_end" => Some(Self::BotEnd),
            _ => None,
        }
    }
}
impl ::std::fmt::Display for BotStatusChange {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for BotStatusChange {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl From<&str> for BotStatusChange {
    fn from(s: &str) -> Self {
        Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
    }
}
impl From<String> for BotStatusChange {
    fn from(s: String) -> Self {
        Self::listed(&s).unwrap_or(Self::Other(s))
    }
}
impl ::serde::Serialize for BotStatusChange {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for BotStatusChange {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl ::serde::de::Visitor<'_> for Visitor {
            type Value = BotStatusChange;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a string (BotStatusChange)")
            }
            fn visit_str<E: ::serde::de::Error>(
                self,
                v: &str,
            ) -> Result<BotStatusChange, E> {
                Ok(BotStatusChange::from(v))
            }
            fn visit_string<E: ::serde::de::Error>(
                self,
                v: String,
            ) -> Result<BotStatusChange, E> {
                Ok(BotStatusChange::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
#[cfg(feature = "schemars")]
impl ::schemars::JsonSchema for BotStatusChange {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "BotStatusChange".into()
    }
    /// Any string: the listed values are documented, others are accepted.
    fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
        ::schemars::json_schema!(
            { "type" : "string", "description" :
            "One of [\"bot_start\", \"bot_end\"], or a value added to the API later." }
        )
    }
}
/// The name of the deletion event.
///
/// Open: a value the spec does not list reads as `Other(raw)` and is
/// written back unchanged. Build values from text with
/// `ContactDeletedEventType::from(text)` or `text.parse::<ContactDeletedEventType>()`:
/// they map a listed value to its variant, so parsing and `From`
/// never produce `Other("contact_deleted")`. A hand-built `Other` holding a listed
/// value serializes the same but compares unequal to its variant (`Other("contact_deleted")`
/// `!=` `ContactDeleted`); pass it through `From<&str>` to normalise it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ContactDeletedEventType {
    /// `contact_deleted`.
    ContactDeleted,
    /// A value this version of the crate does not know, kept as sent.
    /// Parsing and `From` never put a listed value here (see the type's docs).
    Other(String),
}
impl ContactDeletedEventType {
    /// The name of the spec's component schema this type stands for.
    pub const SCHEMA: &'static str = "ContactDeletedEventType";
    /// The values the spec lists, in its order.
    pub const KNOWN: &'static [&'static str] = &["contact_deleted"];
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContactDeleted => "contact_deleted",
            Self::Other(raw) => raw,
        }
    }
    /// Whether the value is one the spec lists (not [`Self::Other`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
    /// The variant of a listed value.
    fn listed(s: &str) -> Option<Self> {
        match s {
            "contact_deleted" => Some(Self::ContactDeleted),
            _ => None,
        }
    }
}
impl ::std::fmt::Display for ContactDeletedEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for ContactDeletedEventType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl From<&str> for ContactDeletedEventType {
    fn from(s: &str) -> Self {
        Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
    }
}
impl From<String> for ContactDeletedEventType {
    fn from(s: String) -> Self {
        Self::listed(&s).unwrap_or(Self::Other(s))
    }
}
impl ::serde::Serialize for ContactDeletedEventType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContactDeletedEventType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl ::serde::de::Visitor<'_> for Visitor {
            type Value = ContactDeletedEventType;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a string (ContactDeletedEventType)")
            }
            fn visit_str<E: ::serde::de::Error>(
                self,
                v: &str,
            ) -> Result<ContactDeletedEventType, E> {
                Ok(ContactDeletedEventType::from(v))
            }
            fn visit_string<E: ::serde::de::Error>(
                self,
                v: String,
            ) -> Result<ContactDeletedEventType, E> {
                Ok(ContactDeletedEventType::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
#[cfg(feature = "schemars")]
impl ::schemars::JsonSchema for ContactDeletedEventType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "ContactDeletedEventType".into()
    }
    /// Any string: the listed values are documented, others are accepted.
    fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
        ::schemars::json_schema!(
            { "type" : "string", "description" :
            "One of [\"contact_deleted\"], or a value added to the API later." }
        )
    }
}
/// Which contact webhook event a `ContactEvent` is.
///
/// Open: a value the spec does not list reads as `Other(raw)` and is
/// written back unchanged. Build values from text with
/// `ContactEventType::from(text)` or `text.parse::<ContactEventType>()`:
/// they map a listed value to its variant, so parsing and `From`
/// never produce `Other("contact_created")`. A hand-built `Other` holding a listed
/// value serializes the same but compares unequal to its variant (`Other("contact_created")`
/// `!=` `ContactCreated`); pass it through `From<&str>` to normalise it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ContactEventType {
    /// `contact_created`.
    ContactCreated,
    /// `contact_updated`.
    ContactUpdated,
    /// A value this version of the crate does not know, kept as sent.
    /// Parsing and `From` never put a listed value here (see the type's docs).
    Other(String),
}
impl ContactEventType {
    /// The name of the spec's component schema this type stands for.
    pub const SCHEMA: &'static str = "ContactEventType";
    /// The values the spec lists, in its order.
    pub const KNOWN: &'static [&'static str] = &["contact_created", "contact_updated"];
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContactCreated => "contact_created",
            Self::ContactUpdated => "contact_updated",
            Self::Other(raw) => raw,
        }
    }
    /// Whether the value is one the spec lists (not [`Self::Other`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
    /// The variant of a listed value.
    fn listed(s: &str) -> Option<Self> {
        match s {
            "contact_created" => Some(Self::ContactCreated),
            "contact_updated" => Some(Self::ContactUpdated),
            _ => None,
        }
    }
}
impl ::std::fmt::Display for ContactEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for ContactEventType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl From<&str> for ContactEventType {
    fn from(s: &str) -> Self {
        Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
    }
}
impl From<String> for ContactEventType {
    fn from(s: String) -> Self {
        Self::listed(&s).unwrap_or(Self::Other(s))
    }
}
impl ::serde::Serialize for ContactEventType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ContactEventType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl ::serde::de::Visitor<'_> for Visitor {
            type Value = ContactEventType;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a string (ContactEventType)")
            }
            fn visit_str<E: ::serde::de::Error>(
                self,
                v: &str,
            ) -> Result<ContactEventType, E> {
                Ok(ContactEventType::from(v))
            }
            fn visit_string<E: ::serde::de::Error>(
                self,
                v: String,
            ) -> Result<ContactEventType, E> {
                Ok(ContactEventType::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
#[cfg(feature = "schemars")]
impl ::schemars::JsonSchema for ContactEventType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "ContactEventType".into()
    }
    /// Any string: the listed values are documented, others are accepted.
    fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
        ::schemars::json_schema!(
            { "type" : "string", "description" :
            "One of [\"contact_created\", \"contact_updated\"], or a value added to the API later."
            }
        )
    }
}
/// The kind of a custom field, which decides the shape of its value.
///
/// Open: a value the spec does not list reads as `Other(raw)` and is
/// written back unchanged. Build values from text with
/// `CustomFieldType::from(text)` or `text.parse::<CustomFieldType>()`:
/// they map a listed value to its variant, so parsing and `From`
/// never produce `Other("text")`. A hand-built `Other` holding a listed
/// value serializes the same but compares unequal to its variant (`Other("text")`
/// `!=` `Text`); pass it through `From<&str>` to normalise it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CustomFieldType {
    /// `text`.
    Text,
    /// `email`.
    Email,
    /// `number`.
    Number,
    /// `date`.
    Date,
    /// `dropdown`.
    Dropdown,
    /// `checkbox`.
    Checkbox,
    /// A value this version of the crate does not know, kept as sent.
    /// Parsing and `From` never put a listed value here (see the type's docs).
    Other(String),
}
impl CustomFieldType {
    /// The name of the spec's component schema this type stands for.
    pub const SCHEMA: &'static str = "CustomFieldType";
    /// The values the spec lists, in its order.
    pub const KNOWN: &'static [&'static str] = &[
        "text",
        "email",
        "number",
        "date",
        "dropdown",
        "checkbox",
    ];
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Email => "email",
            Self::Number => "number",
            Self::Date => "date",
            Self::Dropdown => "dropdown",
            Self::Checkbox => "checkbox",
            Self::Other(raw) => raw,
        }
    }
    /// Whether the value is one the spec lists (not [`Self::Other`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
    /// The variant of a listed value.
    fn listed(s: &str) -> Option<Self> {
        match s {
            "text" => Some(Self::Text),
            "email" => Some(Self::Email),
            "number" => Some(Self::Number),
            "date" => Some(Self::Date),
            "dropdown" => Some(Self::Dropdown),
            "checkbox" => Some(Self::Checkbox),
            _ => None,
        }
    }
}
impl ::std::fmt::Display for CustomFieldType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for CustomFieldType {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl From<&str> for CustomFieldType {
    fn from(s: &str) -> Self {
        Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
    }
}
impl From<String> for CustomFieldType {
    fn from(s: String) -> Self {
        Self::listed(&s).unwrap_or(Self::Other(s))
    }
}
impl ::serde::Serialize for CustomFieldType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomFieldType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl ::serde::de::Visitor<'_> for Visitor {
            type Value = CustomFieldType;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a string (CustomFieldType)")
            }
            fn visit_str<E: ::serde::de::Error>(
                self,
                v: &str,
            ) -> Result<CustomFieldType, E> {
                Ok(CustomFieldType::from(v))
            }
            fn visit_string<E: ::serde::de::Error>(
                self,
                v: String,
            ) -> Result<CustomFieldType, E> {
                Ok(CustomFieldType::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
#[cfg(feature = "schemars")]
impl ::schemars::JsonSchema for CustomFieldType {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "CustomFieldType".into()
    }
    /// Any string: the listed values are documented, others are accepted.
    fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
        ::schemars::json_schema!(
            { "type" : "string", "description" :
            "One of [\"text\", \"email\", \"number\", \"date\", \"dropdown\", \"checkbox\"], or a value added to the API later."
            }
        )
    }
}
/// Whether the message went out, came in, or is an internal note.
///
/// Open: a value the spec does not list reads as `Other(raw)` and is
/// written back unchanged. Build values from text with
/// `MessageStatus::from(text)` or `text.parse::<MessageStatus>()`:
/// they map a listed value to its variant, so parsing and `From`
/// never produce `Other("sent")`. A hand-built `Other` holding a listed
/// value serializes the same but compares unequal to its variant (`Other("sent")`
/// `!=` `Sent`); pass it through `From<&str>` to normalise it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MessageStatus {
    /// `sent`.
    Sent,
    /// `received`.
    Received,
    /// `note`.
    Note,
    /// A value this version of the crate does not know, kept as sent.
    /// Parsing and `From` never put a listed value here (see the type's docs).
    Other(String),
}
impl MessageStatus {
    /// The name of the spec's component schema this type stands for.
    pub const SCHEMA: &'static str = "MessageStatus";
    /// The values the spec lists, in its order.
    pub const KNOWN: &'static [&'static str] = &["sent", "received", "note"];
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sent => "sent",
            Self::Received => "received",
            Self::Note => "note",
            Self::Other(raw) => raw,
        }
    }
    /// Whether the value is one the spec lists (not [`Self::Other`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
    /// The variant of a listed value.
    fn listed(s: &str) -> Option<Self> {
        match s {
            "sent" => Some(Self::Sent),
            "received" => Some(Self::Received),
            "note" => Some(Self::Note),
            _ => None,
        }
    }
}
impl ::std::fmt::Display for MessageStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for MessageStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl From<&str> for MessageStatus {
    fn from(s: &str) -> Self {
        Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
    }
}
impl From<String> for MessageStatus {
    fn from(s: String) -> Self {
        Self::listed(&s).unwrap_or(Self::Other(s))
    }
}
impl ::serde::Serialize for MessageStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for MessageStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl ::serde::de::Visitor<'_> for Visitor {
            type Value = MessageStatus;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a string (MessageStatus)")
            }
            fn visit_str<E: ::serde::de::Error>(
                self,
                v: &str,
            ) -> Result<MessageStatus, E> {
                Ok(MessageStatus::from(v))
            }
            fn visit_string<E: ::serde::de::Error>(
                self,
                v: String,
            ) -> Result<MessageStatus, E> {
                Ok(MessageStatus::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
#[cfg(feature = "schemars")]
impl ::schemars::JsonSchema for MessageStatus {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "MessageStatus".into()
    }
    /// Any string: the listed values are documented, others are accepted.
    fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
        ::schemars::json_schema!(
            { "type" : "string", "description" :
            "One of [\"sent\", \"received\", \"note\"], or a value added to the API later."
            }
        )
    }
}
/// The messaging integration a contact or message belongs to.
///
/// Open: a value the spec does not list reads as `Other(raw)` and is
/// written back unchanged. Build values from text with
/// `Source::from(text)` or `text.parse::<Source>()`:
/// they map a listed value to its variant, so parsing and `From`
/// never produce `Other("whatsapp")`. A hand-built `Other` holding a listed
/// value serializes the same but compares unequal to its variant (`Other("whatsapp")`
/// `!=` `Whatsapp`); pass it through `From<&str>` to normalise it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Source {
    /// `whatsapp`.
    Whatsapp,
    /// `instagram`.
    Instagram,
    /// `facebook`.
    Facebook,
    /// `telegram`.
    Telegram,
    /// A value this version of the crate does not know, kept as sent.
    /// Parsing and `From` never put a listed value here (see the type's docs).
    Other(String),
}
impl Source {
    /// The name of the spec's component schema this type stands for.
    pub const SCHEMA: &'static str = "Source";
    /// The values the spec lists, in its order.
    pub const KNOWN: &'static [&'static str] = &[
        "whatsapp",
        "instagram",
        "facebook",
        "telegram",
    ];
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Whatsapp => "whatsapp",
            Self::Instagram => "instagram",
            Self::Facebook => "facebook",
            Self::Telegram => "telegram",
            Self::Other(raw) => raw,
        }
    }
    /// Whether the value is one the spec lists (not [`Self::Other`]).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Other(_))
    }
    /// The variant of a listed value.
    fn listed(s: &str) -> Option<Self> {
        match s {
            "whatsapp" => Some(Self::Whatsapp),
            "instagram" => Some(Self::Instagram),
            "facebook" => Some(Self::Facebook),
            "telegram" => Some(Self::Telegram),
            _ => None,
        }
    }
}
impl ::std::fmt::Display for Source {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for Source {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl From<&str> for Source {
    fn from(s: &str) -> Self {
        Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
    }
}
impl From<String> for Source {
    fn from(s: String) -> Self {
        Self::listed(&s).unwrap_or(Self::Other(s))
    }
}
impl ::serde::Serialize for Source {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Source {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl ::serde::de::Visitor<'_> for Visitor {
            type Value = Source;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a string (Source)")
            }
            fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<Source, E> {
                Ok(Source::from(v))
            }
            fn visit_string<E: ::serde::de::Error>(
                self,
                v: String,
            ) -> Result<Source, E> {
                Ok(Source::from(v))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
#[cfg(feature = "schemars")]
impl ::schemars::JsonSchema for Source {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        "Source".into()
    }
    /// Any string: the listed values are documented, others are accepted.
    fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
        ::schemars::json_schema!(
            { "type" : "string", "description" :
            "One of [\"whatsapp\", \"instagram\", \"facebook\", \"telegram\"], or a value added to the API later."
            }
        )
    }
}
