//! Emitters of generated files beside progenitor's client: each turns the
//! checked spec into one `@generated` file.

pub mod cli;
pub mod fake;
pub mod operations;
