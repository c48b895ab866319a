//! `callbell`: Callbell's `/contacts` API on the command line.
//!
//! - one subcommand per operation of `openapi/callbell.yaml` (`callbell
//!   list-contacts --all`, `callbell get-contact --uuid …`), generated;
//! - `callbell validate SCHEMA FILE...` checks payloads against the spec;
//! - `callbell webhook listen --port N` receives contact webhooks;
//! - `callbell fake --port N [--seed FILE]` serves a stateful fake Callbell.
//!
//! The token comes from `CALLBELL_API_TOKEN` or `--token-file`, the base URL
//! from `CALLBELL_BASE_URL` or `--base-url`. Answers go to stdout as JSON.
//! Exit codes: 0 success, 1 API error (or an invalid payload for
//! `validate`), 2 usage or input error.

mod api;
mod cli;
mod exit;
mod fake;
mod terminal;
mod validate;
mod webhook;

/// The operations, generated from the spec by `cargo xtask codegen`.
#[rustfmt::skip]
#[allow(clippy::all)]
mod generated_cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main(std::env::args_os())
}
