//! The release size of an example binary, as built and stripped.

use std::path::Path;

use super::{cargo, run_quietly};

/// The example whose size is reported.
pub const EXAMPLE: &str = "list_contacts";

/// Sizes in bytes of one binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    /// As `cargo build --release` leaves it.
    pub built: u64,
    /// After `strip` (symbols and debug information removed).
    pub stripped: u64,
}

/// Builds [`EXAMPLE`] of `callbell` with `cargo build --release` in the
/// workspace at `root` (its target directory `target`), strips a copy under
/// `dir` and returns both sizes.
pub fn of_example(root: &Path, target: &Path, dir: &Path) -> Result<Size, String> {
    eprintln!("release build of the `{EXAMPLE}` example...");
    run_quietly(
        cargo()
            .args(["build", "--release", "-p", "callbell", "--example", EXAMPLE])
            .current_dir(root),
        "cargo build --release --example",
    )?;
    let built = target.join("release/examples").join(EXAMPLE);
    let copy = dir.join(format!("{EXAMPLE}-stripped"));
    std::fs::copy(&built, &copy).map_err(|e| format!("{}: {e}", built.display()))?;
    run_quietly(
        std::process::Command::new("strip").arg(&copy),
        "strip (binutils)",
    )?;
    Ok(Size {
        built: len(&built)?,
        stripped: len(&copy)?,
    })
}

fn len(path: &Path) -> Result<u64, String> {
    std::fs::metadata(path)
        .map(|meta| meta.len())
        .map_err(|e| format!("{}: {e}", path.display()))
}
