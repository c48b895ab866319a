//! Helpers for the cross-crate tests in `tests/tests/`.
//!
//! - [`fixtures`]: the docs fixtures under `tests/fixtures/<Schema>/<name>.json`;
//! - [`schemas`]: from a schema name to the generated `callbell::types::<Schema>`;
//! - [`roundtrip`]: what a read-and-write-back lost or changed, as JSON pointers;
//! - [`docs`]: the checked-in facts about Callbell's docs (`tests/docs/*.json`);
//! - [`spec`]: `openapi/callbell.yaml` read as JSON, with `$ref`s followed;
//! - [`payload`]: realistic, deterministic contact payloads built from the
//!   shapes in Callbell's documentation (tests and `benches/`);
//! - [`loopback`]: a raw-HTTP stand-in Callbell on 127.0.0.1 that can also
//!   cut bodies short, reset connections and stall (tests and `benches/`);
//! - [`memory`]: this process's peak and current resident set size;
//! - [`load`]: many concurrent `getContact` calls against the loopback stand-in.

pub mod docs;
pub mod fixtures;
pub mod load;
pub mod loopback;
pub mod memory;
pub mod payload;
pub mod roundtrip;
pub mod schemas;
pub mod spec;

use std::path::{Path, PathBuf};

/// The workspace root (the directory holding `openapi/` and `tests/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent directory")
        .to_path_buf()
}

/// Escapes one JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn pointer_segment(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}
