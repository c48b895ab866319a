//! The public surface that needs no server: the hand-written rules of
//! `callbell::types`, webhook deliveries and the client's builder. One test binary (one link) for all of them.

#[cfg(feature = "client")]
mod builder;
mod types;
#[cfg(feature = "webhook")]
mod webhook_delivery;
