//! Project automation for callbell-rs, run as `cargo xtask <command>`.
//!
//! - `cargo xtask codegen` regenerates `crates/callbell/src/generated.rs` from
//!   `openapi/callbell.yaml`; `--check` only reports whether it is stale.
//!
//! Every command prints what it did and exits non-zero with a message that
//! names the file (and line or JSON pointer) when something is wrong.

mod codegen;
mod json_schema;
mod paths;
mod spec;
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen(args) => codegen::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
