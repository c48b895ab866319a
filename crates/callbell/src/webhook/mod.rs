//! Contact webhooks: the bodies Callbell POSTs when a contact is created,
//! updated or deleted, read into one typed enum, and what to answer.
//!
//! [`WebhookEvent::from_slice`] takes the raw request body. It is tolerant in
//! the same way as [`crate::types`]: unknown fields are ignored and unknown
//! enum values inside the contact are kept. With the `validate` feature,
//! `WebhookEvent::from_slice_strict` first checks the body against the
//! spec's `ContactEvent` / `ContactDeletedEvent` schema and reports every
//! deviation with its JSON pointer.
//!
//! ```
//! use callbell::webhook::{WebhookError, WebhookEvent};
//!
//! let body = br#"{"event": "contact_created",
//!                 "payload": {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "name": "Ann"}}"#;
//! match WebhookEvent::from_slice(body)? {
//!     WebhookEvent::ContactCreated(contact) | WebhookEvent::ContactUpdated(contact) => {
//!         println!("{} is {}", contact.uuid, contact.name);
//!     }
//!     WebhookEvent::ContactDeleted(deleted) => println!("{} was deleted", deleted.uuid),
//!     _ => {} // events added in later versions of this crate
//! }
//!
//! let err = WebhookEvent::from_slice(br#"{"event": "message_created", "payload": {}}"#).unwrap_err();
//! assert!(matches!(&err, WebhookError::UnknownEvent { event } if event == "message_created"));
//! # Ok::<(), WebhookError>(())
//! ```
//!
//! # Receiving webhooks
//!
//! Callbell POSTs each contact event and expects `200` with the body
//! `{"status":"ok"}`. It also sends periodic **connection checks**, which
//! must get the same answer: an endpoint that does not answer for 10 minutes
//! gets the account admin an email, and after 6 hours the subscription is
//! disabled. [`Delivery::classify`] sorts a request into what it is, and
//! [`Delivery::answer`] gives the exact answer:
//!
//! | request | [`Delivery`] | answer |
//! | --- | --- | --- |
//! | a contact event | [`Event`](Delivery::Event) | `200 {"status":"ok"}` |
//! | `GET`/`HEAD`, an empty `POST`, or a JSON object without `event` | [`ConnectionCheck`](Delivery::ConnectionCheck) | `200 {"status":"ok"}` |
//! | an event of another subscription (`message_created`, …) | [`OtherEvent`](Delivery::OtherEvent) | `200 {"status":"ok"}` |
//! | not JSON, or an event that does not fit its type | [`Malformed`](Delivery::Malformed) | `400 {"status":"error","message":…}` |
//! | a body over [`MAX_BODY`] | [`Malformed`](Delivery::Malformed) ([`WebhookError::TooLarge`]) | `413` |
//! | another method | [`MethodNotAllowed`](Delivery::MethodNotAllowed) | `405`, `Allow: GET, HEAD, POST` |
//!
//! ```
//! use callbell::webhook::Delivery;
//!
//! let check = Delivery::classify("GET", b"");
//! assert!(matches!(check, Delivery::ConnectionCheck));
//! assert_eq!((check.answer().status(), check.answer().body()), (200, r#"{"status":"ok"}"#));
//!
//! let broken = Delivery::classify("POST", b"<html>");
//! assert_eq!(broken.answer().status(), 400);
//! ```
//!
//! With the `axum` feature, `axum::Webhook` is an extractor that answers
//! everything but contact events itself. `callbell webhook listen` (the
//! `callbell-cli` crate) is a ready receiver that prints each event as a JSON line.
//!
//! # Securing the endpoint
//!
//! Callbell does not sign its deliveries, so anyone who knows the URL can
//! post a forged event to it. Make the URL the secret:
//! - serve it over **HTTPS** only (Callbell does not deliver to plain
//!   `localhost`; behind a tunnel or a proxy, let it terminate TLS);
//! - put a long random segment in the **path**
//!   (`https://example.com/callbell/5c0f…e1`, at least 128 bits), register
//!   that URL in the dashboard, answer `404` on every other path, and keep
//!   the path out of logs;
//! - treat an event as a hint: fetch the contact through the API
//!   (`get-contact`) before acting on anything that matters.
//!
//! A receiver reachable from the internet must also bound what a peer can
//! hold: read at most [`MAX_BODY`] bytes, time out slow headers and bodies,
//! and cap concurrent connections (a reverse proxy in front does this;
//! `callbell webhook listen` does it itself). Event names and other strings
//! from a delivery are untrusted: this module's messages escape control
//! characters in them, so printing a [`WebhookError`] cannot forge a log line.

mod delivery;
pub(crate) mod event;

#[cfg(feature = "axum")]
pub mod axum;

pub use delivery::{Answer, Delivery};
pub use event::{WebhookError, WebhookEvent};

/// The largest webhook body worth reading, in bytes (1 MiB): a contact
/// event is a few kilobytes. Receivers stop reading past it and answer `413`.
pub const MAX_BODY: usize = 1 << 20;
