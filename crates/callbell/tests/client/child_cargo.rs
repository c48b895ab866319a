//! Running `cargo` from a test. Used by this crate's client tests and, through
//! `#[path]`, by the xtask's tests.

use std::process::Command;

/// `cargo`, the one running the tests, without the variables `cargo test` set
/// for this test process (`CARGO_MANIFEST_DIR`, `CARGO_PKG_*`, ...): build
/// scripts that declare them (ring's does) would see them change and run
/// again, and everything above them (rustls, reqwest, callbell) would be
/// compiled again instead of reused.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO"));
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if [
            "CARGO_MANIFEST_",
            "CARGO_PKG_",
            "CARGO_CRATE_",
            "CARGO_BIN_",
            "CARGO_PRIMARY_",
            "CARGO_TARGET_TMPDIR",
            "CARGO_RUSTC_CURRENT_DIR",
            "OUT_DIR",
        ]
        .iter()
        .any(|prefix| name.starts_with(prefix))
        {
            command.env_remove(&*name);
        }
    }
    command
}
