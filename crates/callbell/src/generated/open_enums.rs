// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!The spec's string enums, open to values added later (see `crate::types::open_enum`).
use crate::types::open_enum::open_enum;

open_enum! {
    /// Where the bot stands in its conversation with a contact.
    BotStatus from "BotStatus" {
        /// `in_progress`.
        InProgress = "in_progress",
        /// `started`.
        Started = "started",
        /// `ended`.
        Ended = "ended",
    }
}

open_enum! {
    /// Starts (`bot_start`) or stops (`bot_end`) the bot for a contact.
    BotStatusChange from "BotStatusChange" {
        /// `bot_start`.
        BotStart = "bot_start",
        /// `bot_end`.
        BotEnd = "bot_end",
    }
}

open_enum! {
    /// The name of the deletion event.
    ContactDeletedEventType from "ContactDeletedEventType" {
        /// `contact_deleted`.
        ContactDeleted = "contact_deleted",
    }
}

open_enum! {
    /// Which contact webhook event a `ContactEvent` is.
    ContactEventType from "ContactEventType" {
        /// `contact_created`.
        ContactCreated = "contact_created",
        /// `contact_updated`.
        ContactUpdated = "contact_updated",
    }
}

open_enum! {
    /// The kind of a custom field, which decides the shape of its value.
    CustomFieldType from "CustomFieldType" {
        /// `text`.
        Text = "text",
        /// `email`.
        Email = "email",
        /// `number`.
        Number = "number",
        /// `date`.
        Date = "date",
        /// `dropdown`.
        Dropdown = "dropdown",
        /// `checkbox`.
        Checkbox = "checkbox",
    }
}

open_enum! {
    /// Whether the message went out, came in, or is an internal note.
    MessageStatus from "MessageStatus" {
        /// `sent`.
        Sent = "sent",
        /// `received`.
        Received = "received",
        /// `note`.
        Note = "note",
    }
}

open_enum! {
    /// The messaging integration a contact or message belongs to.
    Source from "Source" {
        /// `whatsapp`.
        Whatsapp = "whatsapp",
        /// `instagram`.
        Instagram = "instagram",
        /// `facebook`.
        Facebook = "facebook",
        /// `telegram`.
        Telegram = "telegram",
    }
}
