// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!The spec's webhooks (`x-webhooks`): `WebhookEvent`, one variant per event (cargo feature `webhook`).
use crate::webhook::event::{event_name, read, WebhookError};
/// A webhook of the spec, read: one variant per event, carrying its payload.
///
/// Read one with [`from_slice`](Self::from_slice), or
/// `from_slice_strict` (feature `validate`).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WebhookEvent {
    /// `contact_created`: A contact was created. The `payload` of its body, a [`ContactEvent`](crate::types::ContactEvent).
    ContactCreated(crate::types::Contact),
    /// `contact_updated`: A contact changed, tag changes included. The `payload` of its body, a [`ContactEvent`](crate::types::ContactEvent).
    ContactUpdated(crate::types::Contact),
    /// `contact_deleted`: A contact was deleted, which happens when its conversation is deleted. The `payload` of its body, a [`ContactDeletedEvent`](crate::types::ContactDeletedEvent).
    ContactDeleted(crate::types::DeletedContact),
}
impl WebhookEvent {
    /// The event names this version of the crate reads, in the spec's order.
    pub const EVENTS: &'static [&'static str] = &[
        "contact_created",
        "contact_updated",
        "contact_deleted",
    ];
    /// The event's name on the wire (`contact_created`, ...).
    pub fn name(&self) -> &'static str {
        match *self {
            Self::ContactCreated(_) => "contact_created",
            Self::ContactUpdated(_) => "contact_updated",
            Self::ContactDeleted(_) => "contact_deleted",
        }
    }
    /// Reads a webhook body that is already parsed (see
    /// [`from_slice`](Self::from_slice) for the errors).
    pub fn from_value(body: ::serde_json::Value) -> Result<Self, WebhookError> {
        match event_name(&body)? {
            "contact_created" => {
                Ok(
                    Self::ContactCreated(
                        read::<crate::types::ContactEvent>("contact_created", body)?
                            .payload,
                    ),
                )
            }
            "contact_updated" => {
                Ok(
                    Self::ContactUpdated(
                        read::<crate::types::ContactEvent>("contact_updated", body)?
                            .payload,
                    ),
                )
            }
            "contact_deleted" => {
                Ok(
                    Self::ContactDeleted(
                        read::<
                            crate::types::ContactDeletedEvent,
                        >("contact_deleted", body)?
                            .payload,
                    ),
                )
            }
            other => {
                Err(WebhookError::UnknownEvent {
                    event: other.to_string(),
                })
            }
        }
    }
    /// What the event carries (its body's `payload`), as JSON: what
    /// a receiver that forwards events writes out. (A generated type
    /// always serializes; `null` would stand for one that did not.)
    pub fn payload_json(&self) -> ::serde_json::Value {
        let value = match *self {
            Self::ContactCreated(ref payload) => ::serde_json::to_value(payload),
            Self::ContactUpdated(ref payload) => ::serde_json::to_value(payload),
            Self::ContactDeleted(ref payload) => ::serde_json::to_value(payload),
        };
        value.unwrap_or_default()
    }
    /// `event` as one of [`EVENTS`](Self::EVENTS), with the
    /// component schema of its body; `None` for another event.
    #[allow(dead_code)]
    pub(crate) fn body_schema(event: &str) -> Option<(&'static str, &'static str)> {
        match event {
            "contact_created" => Some(("contact_created", "ContactEvent")),
            "contact_updated" => Some(("contact_updated", "ContactEvent")),
            "contact_deleted" => Some(("contact_deleted", "ContactDeletedEvent")),
            _ => None,
        }
    }
    /// The payload of a `contact_created` or `contact_updated` event.
    pub fn contact(&self) -> Option<&crate::types::Contact> {
        match *self {
            Self::ContactCreated(ref payload) | Self::ContactUpdated(ref payload) => {
                Some(payload)
            }
            _ => None,
        }
    }
    /// The payload of a `contact_deleted` event.
    pub fn deleted_contact(&self) -> Option<&crate::types::DeletedContact> {
        match *self {
            Self::ContactDeleted(ref payload) => Some(payload),
            _ => None,
        }
    }
}
