//! # callbell
//!
//! A typed async client for [Callbell](https://www.callbell.eu)'s `/contacts`
//! REST API, generated from the hand-written OpenAPI description in
//! `openapi/callbell.yaml` with [progenitor](https://docs.rs/progenitor).
//!
//! - [`Callbell`] is the client to use: one method per operation of the spec
//!   (`callbell.get_contact().uuid(u).await?`), bearer auth, retries with
//!   backoff, timeouts, one [`Error`] type, and lazy streams over paginated
//!   listings (`callbell.list_contacts().stream()`). Build it with
//!   [`Callbell::builder`] or [`Callbell::from_env`].
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
//! use callbell::prelude::*; // `try_next` on the stream, without depending on `futures`
//!
//! # async fn run() -> Result<(), callbell::Error> {
//! // CALLBELL_API_TOKEN, and optionally CALLBELL_BASE_URL (e.g. a local stand-in).
//! let callbell = callbell::Callbell::from_env()?;
//! let contacts = callbell.list_contacts().tags("sales,lead").stream();
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
//!
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
//!
//! # Limits
//!
//! Everything a server controls is bounded, so that a misbehaving server,
//! proxy or tunnel can neither exhaust the client nor make it panic:
//!
//! - **Answer size**: at most [`DEFAULT_MAX_ANSWER_BYTES`] (32 MiB) per answer,
//!   set with [`CallbellBuilder::max_answer_bytes`]. A larger `Content-Length`
//!   is refused before reading; a body that grows past the limit is cut.
//!   Either is [`Error::AnswerTooLarge`], never retried.
//! - **Time**: each attempt has a timeout (30 s; [`CallbellBuilder::timeout`]),
//!   which a trickling body cannot extend, and the waits between attempts
//!   add up to at most [`RetryPolicy::max_total_delay`] (30 s), whatever
//!   `Retry-After` asks. A single `Retry-After` (seconds or an HTTP date) is
//!   read as at most [`MAX_RETRY_AFTER`] (one day).
//! - **Pages**: a listing stops with [`Error::RepeatedPage`] when a page
//!   repeats the one before it, and with [`Error::TooManyPages`] past its
//!   `max_pages` (no limit by default).
//! - **Secrets**: no [`Error`] shows the token (scrubbed from answers as raw
//!   bytes and inside JSON strings in decoded form, then from the error's
//!   strings) or the request URL (it names the [`Operation`] and its path
//!   template instead).
//! - **Validation** (feature `validate`): `schema::read` takes at most
//!   `schema::MAX_PAYLOAD_BYTES` (64 MiB), `schema::parse` refuses repeated
//!   keys, and at most `schema::MAX_REPORTED_ERRORS` (100) problems are
//!   listed, the rest counted, in memory that does not grow with their number.
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
    #[cfg(feature = "webhook")]
    #[rustfmt::skip]
    pub mod webhooks;
}

/// The builders [`Callbell`]'s operation methods return, one per operation
/// of the spec (generated by `cargo xtask codegen`).
#[cfg(feature = "client")]
#[rustfmt::skip]
#[path = "generated/operations.rs"]
pub mod operations;

#[cfg(feature = "client")]
pub use client::builder::{CallbellBuilder, BASE_URL_ENV, DEFAULT_BASE_URL, TOKEN_ENV};
#[cfg(feature = "client")]
pub use client::{Callbell, OperationFuture};
#[cfg(feature = "client")]
pub use error::{Error, Operation, Result, TransportError};
#[doc(hidden)]
pub use generated::tables::SCHEMAS_WITHOUT_TYPE;
#[cfg(feature = "client")]
pub use generated::{Client, ResponseValue};
#[cfg(feature = "client")]
pub use transport::answer::DEFAULT_MAX_ANSWER_BYTES;
#[cfg(feature = "client")]
pub use transport::auth::{ApiToken, InvalidToken};
#[cfg(feature = "client")]
pub use transport::hooks::Inner;
#[cfg(feature = "client")]
pub use transport::retry::{RetryPolicy, MAX_RETRY_AFTER};
#[cfg(feature = "client")]
pub use transport::tls::install_crypto_provider;
pub use types::contact_or_list::WireShape;

/// The HTTP status of an [`Error::Api`] (`http::StatusCode`, which reqwest
/// and axum use too), so a match on it needs no other crate.
#[cfg(feature = "client")]
pub use http::StatusCode;

/// What code using the client names most, in one import:
/// `use callbell::prelude::*;`.
///
/// It brings the client, its error and [`StatusCode`], and the `futures`
/// stream traits whose methods iterate a listing
/// ([`TryStreamExt::try_next`](prelude::TryStreamExt::try_next),
/// [`StreamExt::next`](prelude::StreamExt::next), ...), so that an
/// application needs no `futures` dependency of its own.
///
/// ```no_run
/// use callbell::prelude::*;
///
/// # async fn run(callbell: Callbell) -> Result<(), Error> {
/// let mut contacts = std::pin::pin!(callbell.list_contacts().stream());
/// while let Some(contact) = contacts.try_next().await? {
///     println!("{}", contact.name);
/// }
/// match callbell.get_contact().uuid("414a6d692bd645ed803f2e7ce360d4c8").await {
///     Err(e) if e.status() == Some(StatusCode::NOT_FOUND) => println!("gone"),
///     other => println!("{:?}", other?.name),
/// }
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "client")]
pub mod prelude {
    pub use crate::{Callbell, Error, StatusCode};
    pub use futures::{Stream, StreamExt, TryStream, TryStreamExt};
}

/// The low-level error of a generated operation, with Callbell's error body.
#[cfg(feature = "client")]
pub type RawError = generated::Error<types::ApiError>;

/// Builders for the generated operation requests (`client.list_contacts()` returns one).
#[cfg(feature = "client")]
pub mod builder {
    pub use crate::generated::builder::*;
}
