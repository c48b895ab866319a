//! The [`callbell::Callbell`] client against stand-ins for Callbell on
//! 127.0.0.1: pagination, headers, retries, errors, tracing, and the examples.
//! One test binary (one link) for all of them.

mod child_cargo;
mod empty_collections;
mod examples;
mod failures;
mod nulls;
mod operations;
mod pagination;
mod retries;
mod stand_in;
mod traces;
