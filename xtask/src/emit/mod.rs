//! Code the xtask writes next to progenitor's output.

pub mod operations;
