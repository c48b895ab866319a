//! The xtask's commands end to end, by running the built binary (or, for the
//! spec edits, the generator on edited copies of the spec). One test binary,
//! so its tests run side by side.

use std::path::{Path, PathBuf};
use std::process::Output;

mod api_diff;
#[path = "../../../crates/callbell/tests/client/child_cargo.rs"]
mod child_cargo;
mod codegen;
mod docs_audit;
mod spec_edits;

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The project spec, as text.
fn spec_text() -> String {
    std::fs::read_to_string(root().join("openapi/callbell.yaml")).unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
