//! Code generated from the spec beyond progenitor's client.

pub mod cli;
