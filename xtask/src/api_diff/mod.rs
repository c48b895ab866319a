//! `cargo xtask api-diff`: what a spec change does to users, on the wire
//! ([`wire`]) and in Rust ([`rust_surface`], from the code generated from
//! each spec), merged into one report ([`report`]) with the version bump.
//!
//! `cargo xtask codegen` prints the same report against the committed spec
//! after writing ([`after_codegen`]).

mod anchor;
pub mod report;
pub mod rust_surface;
#[cfg(test)]
mod tests;
pub mod wire;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::paths::{SPEC, workspace_root};
use crate::spec::{self, Spec};
use report::{Report, Version};

/// The crate whose version the report checks, relative to the workspace root.
const CRATE_MANIFEST: &str = "crates/callbell/Cargo.toml";

/// Options of `cargo xtask api-diff`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The git revision whose openapi/callbell.yaml is the old spec [default: HEAD].
    #[arg(long, value_name = "REV", conflicts_with = "old")]
    pub base: Option<String>,
    /// The old spec as a file, instead of a git revision.
    #[arg(long, value_name = "FILE")]
    pub old: Option<PathBuf>,
    /// The new spec [default: the working tree's openapi/callbell.yaml].
    #[arg(long, value_name = "FILE")]
    pub new: Option<PathBuf>,
    /// How to print the report.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit 1 when a change breaks the wire contract or needs a major version.
    #[arg(long)]
    pub fail_on_breaking: bool,
}

/// Output formats of the report.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One line per change, then its reasons (for terminals).
    Text,
    /// One JSON document (for tools).
    Json,
    /// A table (for pull requests).
    Markdown,
}

/// Runs the command: exit 0, 1 when `--fail-on-breaking` and something
/// breaks, 2 when an input cannot be read (the message says which and where).
pub fn run(args: &Args) -> Result<ExitCode, String> {
    match build(args) {
        Ok(report) => {
            let shown = match args.format {
                Format::Text => report.text(),
                Format::Markdown => report.markdown(),
                Format::Json => format!("{:#}\n", report.json()),
            };
            print!("{shown}");
            Ok(if args.fail_on_breaking && report.fails() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Err(message) => {
            eprintln!("error: {message}");
            Ok(ExitCode::from(2))
        }
    }
}

fn build(args: &Args) -> Result<Report, String> {
    let root = workspace_root();
    let (new_path, new_name) = match &args.new {
        Some(p) => (p.clone(), p.display().to_string()),
        None => (root.join(SPEC), SPEC.to_string()),
    };
    let new = spec::load(&new_path, &new_name).map_err(|e| e.to_string())?;
    let current = read_version(&std::fs::read_to_string(root.join(CRATE_MANIFEST)).ok());
    let (old, base) = match &args.old {
        Some(p) => {
            let name = p.display().to_string();
            (spec::load(p, &name).map_err(|e| e.to_string())?, None)
        }
        None => {
            let rev = args.base.as_deref().unwrap_or("HEAD");
            let name = format!("{rev}:{SPEC}");
            let text = git_show(&root, rev, SPEC)
                .map_err(|why| format!("{why}; give the old spec with --old FILE"))?;
            let old = spec::parse(&text, &name).map_err(|e| e.to_string())?;
            let base = git_show(&root, rev, CRATE_MANIFEST).ok();
            (old, read_version(&base))
        }
    };
    let version = current.map(|current| Version {
        base: base.unwrap_or_else(|| current.clone()),
        current,
    });
    compare(&old, &new, version)
}

/// Compares two loaded specs: wire rules over the documents, Rust rules over
/// the code each one generates.
pub fn compare(old: &Spec, new: &Spec, version: Option<Version>) -> Result<Report, String> {
    let (old_surface, new_surface) = (public_surface(old)?, public_surface(new)?);
    Ok(compare_surfaces(
        (old, &old_surface),
        (new, &new_surface),
        version,
    ))
}

/// The public Rust surface the generator writes for `spec`.
fn public_surface(spec: &Spec) -> Result<rust_surface::Surface, String> {
    rust_surface::surface(&generated_sources(spec)?)
}

/// [`compare`], with both specs' surfaces already generated.
fn compare_surfaces(
    (old, old_surface): (&Spec, &rust_surface::Surface),
    (new, new_surface): (&Spec, &rust_surface::Surface),
    version: Option<Version>,
) -> Report {
    let findings = wire::compare(&old.json, &new.json);
    let changes = rust_surface::compare(old_surface, new_surface);
    Report::new(
        old.file.clone(),
        new.file.clone(),
        findings,
        changes,
        (&old.json, &new.json),
        version,
    )
}

/// Every source the project's generator writes for a spec.
fn generated_sources(spec: &Spec) -> Result<Vec<String>, String> {
    crate::codegen::generate(spec)
        .map(|files| rust_sources(&files))
        .map_err(|e| e.to_string())
}

/// The Rust sources among the crate's generated `files`: what its public
/// surface is read from (also by `codegen`, from the files it just wrote).
pub fn rust_sources(files: &[crate::emit::GeneratedFile]) -> Vec<String> {
    files
        .iter()
        .filter(|file| file.name.ends_with(".rs"))
        .map(|file| file.content.clone())
        .collect()
}

/// After `cargo xtask codegen` wrote `sources` (the `.rs` files) for `spec`
/// (the working tree's spec), prints the report against the committed spec;
/// says why when there is none (outside git, spec unchanged). Never fails
/// the codegen run.
pub fn after_codegen(spec: &Spec, sources: &[String]) {
    let root = workspace_root();
    let committed = match git_show(&root, "HEAD", SPEC) {
        Ok(text) => text,
        Err(why) => {
            println!("No change report: {why}");
            return;
        }
    };
    if committed == spec.text {
        println!("No change report: {SPEC} is unchanged since HEAD.");
        return;
    }
    let old = match spec::parse(&committed, &format!("HEAD:{SPEC}")) {
        Ok(old) => old,
        Err(e) => {
            println!("No change report: the committed spec does not load: {e}");
            return;
        }
    };
    let current = read_version(&std::fs::read_to_string(root.join(CRATE_MANIFEST)).ok());
    let base = read_version(&git_show(&root, "HEAD", CRATE_MANIFEST).ok());
    let version = current.map(|current| Version {
        base: base.unwrap_or_else(|| current.clone()),
        current,
    });
    // The new surface is read from what was just written, not generated again.
    let surfaces = public_surface(&old).and_then(|o| Ok((o, rust_surface::surface(sources)?)));
    match surfaces {
        Ok((o, n)) => print!(
            "{}",
            compare_surfaces((&old, &o), (spec, &n), version).text()
        ),
        Err(e) => println!("No change report: {e}"),
    }
}

/// `git show REV:PATH` run in `root`; an error says whether this is outside
/// a git checkout, git is missing, or the revision or file does not exist.
fn git_show(root: &Path, rev: &str, path: &str) -> Result<String, String> {
    let inside = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output()
        .map_err(|e| format!("cannot run git ({e})"))?;
    if !inside.status.success() {
        return Err(format!("{} is not inside a git checkout", root.display()));
    }
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .arg("show")
        .arg(format!("{rev}:./{path}"))
        .output()
        .map_err(|e| format!("cannot run git ({e})"))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "git cannot show {path} at `{rev}`: {}",
            why.lines().next().unwrap_or("unknown error").trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| format!("{rev}:{path} is not UTF-8"))
}

/// The `version = ".."` of a manifest's `[package]` table.
fn read_version(manifest: &Option<String>) -> Option<String> {
    let text = manifest.as_deref()?;
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
            continue;
        }
        if let (true, Some(rest)) = (in_package, line.strip_prefix("version")) {
            let value = rest.trim_start().strip_prefix('=')?.trim();
            return Some(value.trim_matches('"').to_string());
        }
    }
    None
}
