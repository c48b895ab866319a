//! Project automation for callbell-rs, run as `cargo xtask <command>`.
//!
//! - `cargo xtask codegen` regenerates `crates/callbell/src/generated.rs` (and
//!   the JSON Schema `schemas.json` next to it) and the `callbell` CLI's
//!   operations (`crates/callbell-cli/src/generated_cli.rs`) from
//!   `openapi/callbell.yaml`; `--check` only reports whether they are stale.
//!   (Payloads are checked with `callbell validate SCHEMA FILE...`, in
//!   `crates/callbell-cli`.)
//!
//! - `cargo xtask bench-codegen` times that generation against
//!   openapi-generator's `rust` generator, and the cold build of a crate using
//!   each client (a benchmark; not run in CI).
//!
//! Every command prints what it did and exits non-zero with a message that
//! names the file (and line or JSON pointer) when something is wrong.

mod bench_codegen;
mod codegen;
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
    /// Benchmark: time `codegen` against openapi-generator's `rust` generator.
    ///
    /// Needs Java and `pip install openapi-generator-cli`. Prints medians,
    /// the speed-up, and the cold build time of a crate using each client.
    BenchCodegen(bench_codegen::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen(args) => codegen::run(&args),
        Command::BenchCodegen(args) => bench_codegen::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
