//! Where the project's files live, relative to the workspace root.

use std::path::{Path, PathBuf};

/// The spec, relative to the workspace root.
pub const SPEC: &str = "openapi/callbell.yaml";
/// The directory of the generated files, relative to the workspace root.
pub const GENERATED: &str = "crates/callbell/src/generated";
/// The `callbell` command line's operations, relative to the workspace root.
pub const CLI_GENERATED: &str = "crates/callbell-cli/src/generated_cli.rs";
/// The JSON Schema of the spec's component schemas, embedded by the strict
/// validator (`crates/callbell-schema`), relative to the workspace root.
pub const SCHEMAS_GENERATED: &str = "crates/callbell-schema/src/generated/schemas.json";
/// Its file name, under which a trial run (`--out`) writes it into the output directory.
pub const SCHEMAS_FILE: &str = "schemas.json";

/// The operation table of the fake Callbell (`crates/callbell-fake`), relative to the workspace root.
pub const FAKE_GENERATED: &str = "crates/callbell-fake/src/generated.rs";

/// The workspace root: the parent of the xtask crate's directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}
