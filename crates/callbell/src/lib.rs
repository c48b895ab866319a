//! # callbell
//!
//! A typed async client for [Callbell](https://www.callbell.eu)'s `/contacts`
//! REST API, generated from the hand-written OpenAPI description in
//! `openapi/callbell.yaml` with [progenitor](https://docs.rs/progenitor).
//!
//! - [`Callbell`] is the client to use: bearer auth, retries with backoff,
//!   timeouts, one [`Error`] type, and lazy streams over paginated listings.
//!   Build it with [`Callbell::builder`] or [`Callbell::from_env`].
//! - [`Client`] is the generated client underneath ([`Callbell::raw`]): one
//!   builder method per operation (`callbell.raw().list_contacts().page(2).send().await`).
//! - [`types`] holds every request, response and webhook body, with serde
//!   and [`schemars::JsonSchema`] derives. Reading is tolerant: unknown enum
//!   values are kept, unknown fields ignored.
//! - [`webhook`] reads a raw contact webhook body into a [`webhook::WebhookEvent`].
//! - `schema` (cargo feature `validate`) checks a JSON value strictly against
//!   the spec's component schemas and reports every problem with its JSON
//!   pointer: `schema::validate("ContactList", &value)`.
//!
//! ```no_run
//! use futures::TryStreamExt;
//!
//! # async fn run() -> Result<(), callbell::Error> {
//! // CALLBELL_API_TOKEN, and optionally CALLBELL_BASE_URL (e.g. a local stand-in).
//! let callbell = callbell::Callbell::from_env()?;
//! let contacts = callbell.contacts().list().tags(["sales", "lead"]).stream();
//! let mut contacts = std::pin::pin!(contacts);
//! while let Some(contact) = contacts.try_next().await? {
//!     println!("{} {}", contact.uuid, contact.name);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Retries: `429` is retried for every method; `5xx`, timeouts, connection
//! errors and bodies that break off for `GET`, `PUT` and `DELETE`, and for `POST`/`PATCH`
//! only after [`CallbellBuilder::retry_non_idempotent`] (see [`RetryPolicy`]).
//! Every attempt is traced as a `DEBUG` `tracing` span `callbell.request`
//! with the operation, method, path template (`/contacts/{uuid}`, not the
//! identifiers), attempt and status; never the token or a body.
//!
//! The raw client can also be built by hand:
//!
//! ```no_run
//! use callbell::{ApiToken, Client, Inner};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::new_with_client(
//!     "https://api.callbell.eu/v1",
//!     reqwest::Client::new(),
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

mod answer;
mod auth;
mod client;
mod client_builder;
mod contact_or_list;
mod contacts;
mod decode;
mod error;
mod error_body;
mod hooks;
mod listing;
mod lookups;
mod open_enums;
mod paginate;
mod redact;
mod retry;
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
pub use client::Callbell;
pub use client_builder::{CallbellBuilder, BASE_URL_ENV, DEFAULT_BASE_URL, TOKEN_ENV};
pub use contact_or_list::WireShape;
pub use contacts::Contacts;
pub use error::{Error, Result};
pub use generated::{Client, ResponseValue};
pub use hooks::Inner;
pub use listing::{ListContacts, ListMessages};
pub use lookups::{ContactFuture, GetContact, GetContactByPhone};
pub use retry::RetryPolicy;
#[doc(hidden)]
pub use schema_types::SCHEMAS_WITHOUT_TYPE;

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
