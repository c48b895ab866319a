//! # callbell-fake
//!
//! A stateful fake of Callbell's `/contacts` API for offline tests: an HTTP
//! server on `127.0.0.1` that keeps contacts in memory, implements every
//! operation of `openapi/callbell.yaml`, and validates every request against
//! that spec — the one the [`callbell`] client is generated from.
//!
//! ```
//! use callbell_fake::{FakeCallbell, OperationId};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), callbell::Error> {
//! let fake = FakeCallbell::start().await;
//! fake.seed(callbell_fake::seed_from_json(br#"[
//!     {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "name": "Ann", "source": "whatsapp", "tags": ["Lead"]}
//! ]"#).unwrap());
//! let callbell = fake.client();
//!
//! // The code under test talks to the fake as to Callbell...
//! let page = callbell.raw().list_contacts().tags("lead").send().await?;
//! assert_eq!(page.contacts[0].name, "Ann");
//! callbell.raw().close_contact_conversation().uuid("414a6d692bd645ed803f2e7ce360d4c8").send().await?;
//!
//! // ...and the test asserts on the fake's state and request log.
//! assert!(fake.contact("414a6d692bd645ed803f2e7ce360d4c8").unwrap().closed_at.flatten().is_some());
//! let log = fake.requests();
//! assert_eq!(log[1].operation, Some(OperationId::CloseContactConversation));
//! assert_eq!(log[1].path_template, Some("/contacts/{uuid}/conversation/close"));
//! # Ok(())
//! # }
//! ```
//!
//! What it does, per request:
//!
//! 1. **Routes** by method and the spec's path templates (below the path of
//!    the spec's server URL, `/v1`) to an operation; no match is `404`, a
//!    known path with another method `405`.
//! 2. Applies a **fault** injected for that operation ([`FakeCallbell::inject`]).
//! 3. Requires an `Authorization: Bearer <token>` header (any token): `401` otherwise.
//! 4. **Validates** path and query parameters against their schemas and the
//!    JSON body with [`callbell::schema`]; a violation is `422` with
//!    Callbell's error body, whose `error` names the first failing JSON
//!    pointer and whose `errors` lists every `{pointer, message}`.
//! 5. Runs the operation's **behaviour** on the in-memory store — or, for an
//!    operation the fake has no behaviour for (one added to the spec since),
//!    answers the spec's example and says so in the [request log](FakeCallbell::requests).
//!
//! Everything about operations — paths, methods, parameters, schemas,
//! examples — comes from a table `cargo xtask codegen` writes from the spec
//! (`src/generated.rs`); only the behaviours are written by hand.
//!
//! Listing follows Callbell: pages are numbered from 1, hold
//! [`DEFAULT_PAGE_SIZE`] entries ([`FakeCallbell::set_page_size`]), and the
//! page after the last is empty; `source`, `tags` (all of them,
//! case-insensitively) and `team_uuid` filter.
#![warn(missing_docs)]

mod behaviour;
mod fault;
#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic)]
mod generated;
mod log;
mod operation;
mod request;
mod seed;
mod server;
mod store;

use std::convert::Infallible;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use callbell::types::{Bot, Contact, Message};
use callbell::{Callbell, CallbellBuilder, RetryPolicy};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use fault::Fault;
pub use http::StatusCode;
pub use log::{LoggedRequest, MAX_LOGGED_REQUESTS};
pub use operation::{OperationId, UnknownOperation};
pub use seed::{SeedError, seed_from_json};
pub use server::{HEADER_READ_TIMEOUT, MAX_CONNECTIONS, MAX_REQUEST_BODY};
pub use store::{DEFAULT_PAGE_SIZE, MAX_CONTACTS, MAX_MESSAGES_PER_CONTACT};

use server::{Shared, lock};

/// The README's example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The workspace README's Rust snippets (its journeys among them), compiled
/// and run as doctests here, the one crate that has everything they use:
/// `callbell` with `validate` and `axum`, the fake, axum and tokio.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct WorkspaceReadmeDoctests;

/// The token [`FakeCallbell::client`] sends (the fake accepts any).
pub const FAKE_TOKEN: &str = "fake-callbell-token";

/// A fake Callbell serving on `127.0.0.1` until it is dropped.
///
/// Start it inside a Tokio runtime; the server runs on that runtime's tasks.
/// See the [crate docs](crate) for an example.
#[derive(Debug)]
pub struct FakeCallbell {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

impl Drop for FakeCallbell {
    fn drop(&mut self) {
        // Aborting the accept loop drops its connections too.
        self.server.abort();
    }
}

impl FakeCallbell {
    /// Starts a fake on `127.0.0.1` with a port the OS picks.
    ///
    /// # Panics
    ///
    /// When no port on `127.0.0.1` can be bound, or outside a Tokio runtime.
    /// [`start_on`](Self::start_on) returns the error instead.
    pub async fn start() -> Self {
        Self::start_on(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .await
            .unwrap_or_else(|e| panic!("cannot start the fake Callbell on 127.0.0.1: {e}"))
    }

    /// Starts a fake listening on `addr` (port 0: the OS picks one).
    pub async fn start_on(addr: SocketAddr) -> io::Result<Self> {
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::default());
        let server = tokio::spawn(server::accept(listener, Arc::clone(&shared)));
        Ok(Self {
            addr,
            shared,
            server,
        })
    }

    /// Serves a fake on `addr`, seeded with `contacts`, until the returned
    /// future is dropped: the whole of a standalone fake server.
    ///
    /// ```no_run
    /// # async fn run(shutdown: impl std::future::Future<Output = ()>) -> std::io::Result<()> {
    /// let contacts = callbell_fake::seed_from_json(&std::fs::read("contacts.json")?)
    ///     .map_err(std::io::Error::other)?;
    /// let addr = "127.0.0.1:8080".parse().unwrap();
    /// tokio::select! {
    ///     served = callbell_fake::FakeCallbell::serve(addr, contacts) => match served? {},
    ///     // e.g. Ctrl-C, with tokio's `signal` feature
    ///     () = shutdown => Ok(()),
    /// }
    /// # }
    /// ```
    pub async fn serve(
        addr: SocketAddr,
        contacts: impl IntoIterator<Item = Contact>,
    ) -> io::Result<Infallible> {
        let fake = Self::start_on(addr).await?;
        fake.seed(contacts);
        Ok(std::future::pending::<Infallible>().await)
    }

    /// The address the fake listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a client: `http://127.0.0.1:<port>/v1`.
    pub fn base_url(&self) -> String {
        Self::base_url_for(self.addr)
    }

    /// The base URL of a fake listening on `addr` (e.g. one run by [`serve`](Self::serve)):
    /// `http://<addr>` and the path of the spec's server URL.
    ///
    /// ```
    /// let addr = "127.0.0.1:8080".parse().unwrap();
    /// assert_eq!(callbell_fake::FakeCallbell::base_url_for(addr), "http://127.0.0.1:8080/v1");
    /// ```
    pub fn base_url_for(addr: SocketAddr) -> String {
        format!("http://{addr}{}", generated::BASE_PATH)
    }

    /// A [`Callbell`] client for this fake: see [`client_builder`](Self::client_builder).
    ///
    /// # Panics
    ///
    /// Never with the builder's settings (a fixed token and a local URL).
    pub fn client(&self) -> Callbell {
        self.client_builder()
            .build()
            .unwrap_or_else(|e| panic!("the fake's client settings are valid: {e}"))
    }

    /// A client builder pointed at this fake, with [`FAKE_TOKEN`], a 5 s
    /// timeout and fast retries (3 retries, 1 ms to 10 ms apart, 5 s of
    /// waiting in all, which `Retry-After` counts against), for tests to
    /// adjust, e.g. with a shorter timeout.
    pub fn client_builder(&self) -> CallbellBuilder {
        Callbell::builder()
            .token(FAKE_TOKEN)
            .base_url(self.base_url())
            .timeout(Duration::from_secs(5))
            .retry_policy(
                RetryPolicy::default()
                    .with_max_retries(3)
                    .with_base_delay(Duration::from_millis(1))
                    .with_max_delay(Duration::from_millis(10))
                    .with_max_total_delay(Duration::from_secs(5)),
            )
    }

    /// Adds contacts (replacing stored ones with the same `uuid`), e.g. from
    /// the docs' fixtures or [`seed_from_json`].
    pub fn seed(&self, contacts: impl IntoIterator<Item = Contact>) {
        let mut store = lock(&self.shared.store);
        for contact in contacts {
            if let Ok(Value::Object(contact)) = serde_json::to_value(contact) {
                store.put(contact);
            }
        }
    }

    /// Every stored contact, in the order they were seeded or created.
    pub fn contacts(&self) -> Vec<Contact> {
        lock(&self.shared.store)
            .contacts
            .iter()
            .filter_map(|c| serde_json::from_value(Value::Object(c.clone())).ok())
            .collect()
    }

    /// The stored contact with this identifier.
    pub fn contact(&self, uuid: &str) -> Option<Contact> {
        let store = lock(&self.shared.store);
        serde_json::from_value(Value::Object(store.get(uuid)?.clone())).ok()
    }

    /// A contact's messages (notes included), newest first.
    pub fn messages(&self, uuid: &str) -> Vec<Message> {
        let store = lock(&self.shared.store);
        store
            .messages
            .get(uuid)
            .into_iter()
            .flatten()
            .rev()
            .filter_map(|m| serde_json::from_value(m.clone()).ok())
            .collect()
    }

    /// A contact's bot, once a request started or stopped it.
    pub fn bot(&self, uuid: &str) -> Option<Bot> {
        let store = lock(&self.shared.store);
        serde_json::from_value(store.bots.get(uuid)?.clone()).ok()
    }

    /// How many contacts (or messages) a page holds (default
    /// [`DEFAULT_PAGE_SIZE`]; at least 1).
    pub fn set_page_size(&self, size: usize) {
        lock(&self.shared.store).page_size = size.max(1);
    }

    /// Makes the next `times` requests to `operation` fail with `fault`.
    /// Rules for the same operation apply in the order they were injected.
    ///
    /// ```
    /// use callbell_fake::{FakeCallbell, Fault, OperationId};
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let fake = FakeCallbell::start().await;
    /// fake.inject(OperationId::ListContacts, Fault::TooManyRequests { retry_after: 0 }, 2);
    /// // The client retries twice, then gets the (empty) page.
    /// let page = fake.client().raw().list_contacts().send().await.unwrap();
    /// assert!(page.contacts.is_empty());
    /// assert_eq!(fake.requests().len(), 3);
    /// # }
    /// ```
    pub fn inject(&self, operation: OperationId, fault: Fault, times: u32) {
        if times > 0 {
            lock(&self.shared.rules).push(fault::Rule {
                operation,
                fault,
                remaining: times,
            });
        }
    }

    /// From now on, answers `operation` with the spec's example for its
    /// success response, as for an operation without behaviour, without
    /// touching the state (requests are still validated). For tests of code
    /// that reads every field of an answer.
    ///
    /// ```
    /// use callbell_fake::{FakeCallbell, OperationId};
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// let fake = FakeCallbell::start().await;
    /// fake.serve_example(OperationId::ListContacts);
    /// let page = fake.client().raw().list_contacts().send().await.unwrap();
    /// assert_eq!(page.contacts.len(), 1);
    /// assert!(fake.requests()[0].served_example);
    /// # }
    /// ```
    pub fn serve_example(&self, operation: OperationId) {
        lock(&self.shared.examples_only).insert(operation);
    }

    /// Removes every injected fault that has not applied yet.
    pub fn clear_faults(&self) {
        lock(&self.shared.rules).clear();
    }

    /// The requests received so far, oldest first (at most [`MAX_LOGGED_REQUESTS`]).
    pub fn requests(&self) -> Vec<LoggedRequest> {
        lock(&self.shared.log).iter().cloned().collect()
    }

    /// Empties the request log.
    pub fn clear_requests(&self) {
        lock(&self.shared.log).clear();
    }
}
