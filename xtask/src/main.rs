//! Project automation for callbell-rs, run as `cargo xtask <command>`.
//!
//! - `cargo xtask codegen` regenerates `crates/callbell/src/generated.rs` (and
//!   the JSON Schema `schemas.json` next to it) from `openapi/callbell.yaml`;
//!   `--check` only reports whether they are stale.
//! - `cargo xtask validate SCHEMA FILE...` checks JSON payloads against one of
//!   the spec's component schemas (feature `validate`, on by default; build
//!   without it, `cargo run -p xtask --no-default-features -- codegen`, when
//!   `crates/callbell` itself does not compile).
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
#[cfg(feature = "validate")]
mod validate;
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
    /// Check JSON payloads against one of the spec's component schemas.
    ///
    /// Prints one line per problem, `FILE: /pointer: message`, then a summary.
    /// Exit code 0: every file is valid; 1: some payload is invalid; 2: usage
    /// error (unknown schema, unreadable file, file that is not JSON).
    #[cfg(feature = "validate")]
    Validate(validate::Args),
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
        #[cfg(feature = "validate")]
        Command::Validate(args) => Ok(validate::run(&args)),
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
