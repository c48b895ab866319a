//! The cross-crate tests, one module per subject, in one test binary: each binary links
//! `callbell`, tokio, the validator and proptest, so one link (and one copy of the serde
//! code the tests instantiate) serves them all. Tests that measure the process's peak
//! memory stay binaries of their own (`tests/load.rs`, `tests/hostile_payloads.rs`).
//!
//! Run one subject with a filter: `cargo test -p callbell-tests --test suite docs_fixtures::`.

mod dependency_tree;
mod docs_coverage;
mod docs_fixtures;
mod faults;
mod open_enums;
mod properties;
mod schema_fixtures;
mod schema_invalid;
mod spec;
mod typed_reader;
mod webhook;
