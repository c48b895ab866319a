#![doc = include_str!("../../docs/webhook.md")]

mod delivery;
pub(crate) mod event;

#[cfg(feature = "axum")]
pub mod axum;

pub use delivery::{Answer, Delivery};
pub use event::{WebhookError, WebhookEvent};

/// The largest webhook body worth reading, in bytes (1 MiB): a contact
/// event is a few kilobytes. Receivers stop reading past it and answer `413`.
pub const MAX_BODY: usize = 1 << 20;
