//! Project automation for callbell-rs, run as `cargo xtask <command>`.
//!
//! - `cargo xtask codegen` regenerates `crates/callbell/src/generated/`
//!   (types, client, open enums, tables, `Callbell`'s operations), the JSON
//!   Schema of the strict validator
//!   (`crates/callbell-schema/src/generated/schemas.json`), the `callbell` CLI's subcommands
//!   (`crates/callbell-cli/src/generated_cli.rs`) and the fake's operation
//!   table (`crates/callbell-fake/src/generated.rs`) from
//!   `openapi/callbell.yaml`, then prints the change report; `--check` only
//!   reports whether they are stale (with the start of the diff).
//! - `cargo xtask api-diff` reports what a spec change does to users: wire
//!   and Rust verdicts per change, and the version bump.
//! - `cargo xtask docs-audit [--docs DIR]` compares Callbell's docs with what
//!   the repository knows of them (`tests/docs/*.json`, `tests/fixtures/`).
//!
//! Every command prints what it did and exits non-zero with a message that
//! names the file (and line or JSON pointer) when something is wrong.

mod api_diff;
mod codegen;
mod docs_audit;
mod emit;
mod json_schema;
mod paths;
mod spec;
#[cfg(test)]
mod spec_examples;
mod write;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// callbell-rs project automation.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate the Rust client in crates/callbell from openapi/callbell.yaml.
    ///
    /// Parses the spec, checks it (every $ref resolves, every operation has a
    /// unique operationId), generates the client with progenitor, formats it
    /// and writes it through a temporary file, only when its content changed.
    Codegen(codegen::Args),
    /// Compare Callbell's docs with the facts and fixtures the tests use.
    ///
    /// Lists every difference (a field or example the docs added, a fixture
    /// that no longer matches its example). Exit code 0: none; 1: some;
    /// 2: bad input (no docs directory, unreadable facts file).
    DocsAudit(docs_audit::Args),
    /// Report what a spec change does to users: wire and Rust verdicts.
    ///
    /// Compares the spec at a git revision (default HEAD) or a file with the
    /// working tree's spec: one line per change with its JSON pointer, whether
    /// it breaks clients built from the old spec, the semver bump it needs in
    /// Rust, then the version advice. Exit code 0; 1 with --fail-on-breaking
    /// when something breaks; 2 when a spec cannot be read.
    ApiDiff(api_diff::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen(args) => codegen::run(&args),
        Command::DocsAudit(args) => docs_audit::run(&args),
        Command::ApiDiff(args) => api_diff::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
