//! # callbell
//!
//! A typed async client for [Callbell](https://www.callbell.eu)'s `/contacts`
//! REST API, generated from the hand-written OpenAPI description in
//! `openapi/callbell.yaml` with [progenitor](https://docs.rs/progenitor).
//!
//! - [`Client`] is the generated client: one builder method per operation
//!   (`client.list_contacts().page(2).send().await`).
//! - [`types`] holds every request, response and webhook body, with serde
//!   and [`schemars::JsonSchema`] derives. Reading is tolerant: unknown enum
//!   values are kept, unknown fields ignored.
//! - [`webhook`] reads a raw contact webhook body into a [`webhook::WebhookEvent`].
//! - `schema` (cargo feature `validate`) checks a JSON value strictly against
//!   the spec's component schemas and reports every problem with its JSON
//!   pointer: `schema::validate("ContactList", &value)`.
//!
//! ```no_run
//! use callbell::{ApiToken, Client, Inner};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let http = reqwest::Client::new();
//! let client = Client::new_with_client(
//!     "https://api.callbell.eu/v1",
//!     http,
//!     Inner::new(ApiToken::new(std::env::var("CALLBELL_API_TOKEN")?)),
//! );
//! let page = client.list_contacts().page(1).tags("sales,lead").send().await?;
//! for contact in &page.contacts {
//!     println!("{} {}", contact.uuid, contact.name);
//! }
//! # Ok(())
//! # }
//! ```
#![warn(missing_docs)]

mod auth;
mod contact_or_list;
mod hooks;
mod open_enums;
#[cfg(feature = "validate")]
pub mod schema;
mod schema_types;
pub mod webhook;

/// The code progenitor generates from `openapi/callbell.yaml`. Never edited
/// by hand: run `cargo xtask codegen`.
#[rustfmt::skip]
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic, rustdoc::all)]
mod generated;

pub use auth::{ApiToken, InvalidToken};
pub use contact_or_list::WireShape;
pub use generated::{Client, ResponseValue};
pub use hooks::Inner;

/// The low-level error of a generated operation, with Callbell's error body.
pub type RawError = generated::Error<types::ApiError>;

/// Every request, response and webhook body of the API, generated from the
/// spec's component schemas, plus the hand-written types that stand in for
/// the spec's string enums (open: unknown values are kept, see [`Source`](types::Source)).
pub mod types {
    pub use crate::contact_or_list::ContactOrList;
    pub use crate::generated::types::*;
    pub use crate::open_enums::{
        BotStatus, BotStatusChange, ContactEventType, CustomFieldType, MessageStatus, Source,
    };
}

/// Builders for the generated operation requests (`client.list_contacts()` returns one).
pub mod builder {
    pub use crate::generated::builder::*;
}
