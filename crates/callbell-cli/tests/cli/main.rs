//! The `callbell` binary end to end: its generated operation subcommands,
//! `validate`, `webhook listen` and `fake`. One test binary, so its tests run
//! side by side.

mod fake;
mod operations;
mod validate;
mod webhook;

/// Bytes a child process wrote, as text.
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
