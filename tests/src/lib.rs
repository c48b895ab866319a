//! Cross-crate tests for callbell-rs live in `tests/tests/`; this library holds
//! what several of them share.

pub mod fixtures;
