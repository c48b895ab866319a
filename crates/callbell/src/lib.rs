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
//!   derives (and `schemars::JsonSchema` with the `schemars` feature). Reading
//!   is tolerant: unknown enum values are kept, unknown fields ignored. The
//!   types are `#[non_exhaustive]`: build them with `Type::builder()`.
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

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
mod error;
#[cfg(any(feature = "client", feature = "webhook"))]
mod json_pointer;
#[cfg(feature = "validate")]
pub mod schema;
#[cfg(feature = "client")]
mod transport;
pub mod types;
#[cfg(feature = "webhook")]
pub mod webhook;

/// The code `cargo xtask codegen` generates from `openapi/callbell.yaml`
/// (files in `src/generated/`). Never edited by hand.
#[allow(
    missing_docs,
    unused_imports,
    dead_code,
    clippy::all,
    clippy::pedantic,
    rustdoc::all
)]
mod generated {
    #[rustfmt::skip]
    pub mod open_enums;
    // Not skipped: `#[rustfmt::skip]` would hide its exported macros from
    // `crate::` paths; prettyplease's layout of it is rustfmt's.
    pub mod tables;
    #[rustfmt::skip]
    pub mod types;
    #[cfg(feature = "client")]
    #[rustfmt::skip]
    pub mod client;
    #[cfg(feature = "client")]
    pub use client::*;
}

#[cfg(feature = "client")]
pub use client::builder::{CallbellBuilder, BASE_URL_ENV, DEFAULT_BASE_URL, TOKEN_ENV};
#[cfg(feature = "client")]
pub use client::contacts::Contacts;
#[cfg(feature = "client")]
pub use client::listing::{ListContacts, ListMessages};
#[cfg(feature = "client")]
pub use client::lookups::{ContactFuture, GetContact, GetContactByPhone};
#[cfg(feature = "client")]
pub use client::Callbell;
#[cfg(feature = "client")]
pub use error::{Error, Result};
#[doc(hidden)]
pub use generated::tables::SCHEMAS_WITHOUT_TYPE;
#[cfg(feature = "client")]
pub use generated::{Client, ResponseValue};
#[cfg(feature = "client")]
pub use transport::auth::{ApiToken, InvalidToken};
#[cfg(feature = "client")]
pub use transport::hooks::Inner;
#[cfg(feature = "client")]
pub use transport::retry::RetryPolicy;
pub use types::contact_or_list::WireShape;

/// The low-level error of a generated operation, with Callbell's error body.
#[cfg(feature = "client")]
pub type RawError = generated::Error<types::ApiError>;

/// Builders for the generated operation requests (`client.list_contacts()` returns one).
#[cfg(feature = "client")]
pub mod builder {
    pub use crate::generated::builder::*;
}
