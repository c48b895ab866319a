//! Cross-crate tests for callbell-rs live in `tests/tests/`. This library
//! holds what they and the benchmarks (`benches/`) share:
//!
//! - [`payload`]: realistic, deterministic contact payloads built from the
//!   shapes in Callbell's documentation;
//! - [`loopback`]: a raw-HTTP stand-in Callbell on 127.0.0.1 that can also
//!   cut bodies short, reset connections and stall.

pub mod loopback;
pub mod payload;
