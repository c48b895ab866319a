//! The public surface that needs no server: the hand-written rules of
//! `callbell::types` and webhook deliveries. One test binary (one link) for all of them.

mod types;
#[cfg(feature = "webhook")]
mod webhook_delivery;
