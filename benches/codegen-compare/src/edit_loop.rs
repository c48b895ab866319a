//! The spec-edit loop: after a one-field edit of the spec, regenerate the
//! client and rebuild it incrementally (dev profile), with each generator, in
//! scratch copies (the repository's spec is never touched).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use super::{cargo, run_quietly};

/// One side of the loop: set up once (not timed), then timed steps.
pub trait EditLoop {
    /// What the report calls this loop.
    fn label(&self) -> &'static str;
    /// Writes `spec` as the scratch spec, regenerates and rebuilds; returns
    /// the wall-clock seconds of regenerating and rebuilding.
    fn step(&self, spec: &str) -> Result<f64, String>;
}

/// Ours: a scratch copy of the workspace, `cargo xtask codegen` then
/// `cargo build -p callbell`.
pub struct Ours {
    workspace: PathBuf,
    target: PathBuf,
}

impl Ours {
    /// Copies the workspace at `root` (without `target/` and `.git`) under
    /// `dir`, seeds the copy's target directory with the compiled
    /// dependencies of `seed` (`<target>/debug`) if it exists, and runs one
    /// untimed loop with `spec` so every later step is incremental.
    pub fn prepare(root: &Path, dir: &Path, seed: &Path, spec: &str) -> Result<Self, String> {
        let workspace = dir.join("loop-callbell");
        let target = dir.join("loop-callbell-target");
        copy_tree(root, &workspace, &["target", ".git"])?;
        if seed.join("deps").is_dir() {
            eprintln!("spec-edit loop: seeding the scratch target directory (not timed)...");
            std::fs::create_dir_all(target.join("debug"))
                .map_err(|e| format!("{}: {e}", target.display()))?;
            let mut copy = Command::new("cp");
            copy.arg("-a");
            for part in ["deps", "build", ".fingerprint"] {
                if seed.join(part).exists() {
                    copy.arg(seed.join(part));
                }
            }
            // Only a head start: without it the warm-up compiles everything.
            if let Err(error) = run_quietly(copy.arg(target.join("debug")), "cp -a") {
                eprintln!("spec-edit loop: seeding skipped: {error}");
            }
        }
        let ours = Self { workspace, target };
        eprintln!("spec-edit loop: warm-up build of the scratch workspace (not timed)...");
        ours.step(spec)?;
        Ok(ours)
    }

    fn cargo(&self, args: &[&str]) -> Command {
        let mut command = cargo();
        command
            .args(args)
            .current_dir(&self.workspace)
            .env("CARGO_TARGET_DIR", &self.target);
        command
    }
}

impl EditLoop for Ours {
    fn label(&self) -> &'static str {
        "cargo xtask codegen + cargo build -p callbell"
    }

    fn step(&self, spec: &str) -> Result<f64, String> {
        write(&self.workspace.join(super::SPEC), spec)?;
        let start = Instant::now();
        run_quietly(
            &mut self.cargo(&["xtask", "codegen"]),
            "cargo xtask codegen",
        )?;
        run_quietly(
            &mut self.cargo(&["build", "-p", "callbell"]),
            "cargo build -p callbell",
        )?;
        Ok(start.elapsed().as_secs_f64())
    }
}

/// Theirs: openapi-generator's `rust` generator over a scratch crate, then
/// `cargo build` of that crate (its `rustls` feature; TLS does not change
/// what an edit recompiles).
pub struct Theirs {
    java: PathBuf,
    jar: PathBuf,
    spec: PathBuf,
    client: PathBuf,
    target: PathBuf,
}

impl Theirs {
    /// Sets up the scratch crate under `dir` and runs one untimed loop with `spec`.
    pub fn prepare(java: &Path, jar: &Path, dir: &Path, spec: &str) -> Result<Self, String> {
        let theirs = Self {
            java: java.to_path_buf(),
            jar: jar.to_path_buf(),
            spec: dir.join("loop-openapi.yaml"),
            client: dir.join("loop-openapi"),
            target: dir.join("loop-openapi-target"),
        };
        eprintln!("spec-edit loop: warm-up build of openapi-generator's client (not timed)...");
        theirs.step(spec)?;
        Ok(theirs)
    }
}

impl EditLoop for Theirs {
    fn label(&self) -> &'static str {
        "openapi-generator -g rust + cargo build"
    }

    fn step(&self, spec: &str) -> Result<f64, String> {
        write(&self.spec, spec)?;
        let start = Instant::now();
        run_quietly(
            Command::new(&self.java)
                .arg("-jar")
                .arg(&self.jar)
                .args(["generate", "-g", "rust", "-i"])
                .arg(&self.spec)
                .arg("-o")
                .arg(&self.client),
            "openapi-generator",
        )?;
        run_quietly(
            cargo()
                .args(["build", "--no-default-features", "--features", "rustls"])
                .current_dir(&self.client)
                .env("CARGO_TARGET_DIR", &self.target),
            "cargo build (openapi-generator's client)",
        )?;
        Ok(start.elapsed().as_secs_f64())
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Copies the directory tree `from` to `to`, leaving out the entries of
/// `from` (top level only) named in `skip`. Symbolic links are copied as links.
pub fn copy_tree(from: &Path, to: &Path, skip: &[&str]) -> Result<(), String> {
    fn copy(from: &Path, to: &Path, skip: &[&str]) -> std::io::Result<()> {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            if skip.iter().any(|name| entry.file_name() == **name) {
                continue;
            }
            let (source, dest) = (entry.path(), to.join(entry.file_name()));
            let kind = entry.file_type()?;
            if kind.is_dir() {
                copy(&source, &dest, &[])?;
            } else if kind.is_symlink() {
                std::os::unix::fs::symlink(std::fs::read_link(&source)?, &dest)?;
            } else {
                std::fs::copy(&source, &dest)?;
            }
        }
        Ok(())
    }
    copy(from, to, skip).map_err(|e| format!("copying {} to {}: {e}", from.display(), to.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_tree_skips_top_level_names_only() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("from");
        for file in [
            "Cargo.toml",
            "target/debug/x",
            ".git",
            "crates/a/target/keep.rs",
        ] {
            let path = from.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, file).unwrap();
        }
        let to = dir.path().join("to");
        copy_tree(&from, &to, &["target", ".git"]).unwrap();
        assert_eq!(
            std::fs::read_to_string(to.join("Cargo.toml")).unwrap(),
            "Cargo.toml"
        );
        assert!(to.join("crates/a/target/keep.rs").is_file());
        assert!(!to.join("target").exists() && !to.join(".git").exists());
        let error = copy_tree(&dir.path().join("none"), &to, &[]).unwrap_err();
        assert!(error.starts_with("copying "), "{error}");
    }
}
