//! The command tree: the generated operations, `validate`, `webhook` and `fake`,
//! with the global connection flags; parsing and dispatch.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Args as _, Command, FromArgMatches as _};

use crate::api::{Connection, Output, connect};
use crate::exit::{Failure, OK};
use crate::{fake, generated_cli, validate, webhook};

/// The whole command line.
pub fn command() -> Command {
    let connection = [
        Arg::new("token-file")
            .long("token-file")
            .global(true)
            .value_name("FILE")
            .value_parser(clap::value_parser!(PathBuf))
            .help("Read the API token from FILE instead of CALLBELL_API_TOKEN"),
        Arg::new("base-url")
            .long("base-url")
            .global(true)
            .value_name("URL")
            .help(
                "The API's base URL [default: CALLBELL_BASE_URL, else https://api.callbell.eu/v1]",
            ),
    ];
    Command::new("callbell")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Callbell's /contacts API on the command line")
        .long_about(
            "Callbell's /contacts API on the command line.\n\n\
             Each operation prints Callbell's answer as JSON on stdout; listings \
             with --all print one JSON object per line. The API token comes from \
             CALLBELL_API_TOKEN or --token-file and is never printed.\n\n\
             Exit codes: 0 success; 1 API or network error (validate: invalid \
             payload); 2 usage or input error.",
        )
        .subcommand_required(true)
        .args(connection)
        .subcommands(generated_cli::commands())
        .subcommand(
            validate::Args::augment_args(Command::new("validate"))
                .about("Check JSON payloads against one of the spec's component schemas")
                .long_about(validate::LONG_ABOUT),
        )
        .subcommand(webhook::command())
        .subcommand(fake::command())
}

/// Parses `args` (program name first), runs the command, returns the exit code.
/// `--port`: a port on 127.0.0.1 for the servers the CLI runs (0: any free one).
pub(crate) fn port_arg() -> Arg {
    Arg::new("port")
        .long("port")
        .value_parser(clap::value_parser!(u16))
        .default_value("0")
        .help("The port on 127.0.0.1 (0: any free port)")
}

pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let matches = match command().try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let Some((name, sub)) = matches.subcommand() else {
        return Failure::Usage("no command given".into()).report();
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return Failure::Api(format!("cannot start: {e}")).report(),
    };
    match name {
        "validate" => match validate::Args::from_arg_matches(sub) {
            Ok(args) => validate::run(&args),
            Err(e) => Failure::Usage(e.to_string()).report(),
        },
        "webhook" => match runtime.block_on(webhook::run(sub)) {
            Ok(()) => ExitCode::from(OK),
            Err(failure) => failure.report(),
        },
        "fake" => match runtime.block_on(fake::run(sub)) {
            Ok(()) => ExitCode::from(OK),
            Err(failure) => failure.report(),
        },
        operation => match runtime.block_on(run_operation(operation, &matches, sub)) {
            Ok(()) => ExitCode::from(OK),
            Err(failure) => failure.report(),
        },
    }
}

async fn run_operation(name: &str, top: &ArgMatches, sub: &ArgMatches) -> Result<(), Failure> {
    let connection = Connection {
        token_file: sub
            .get_one::<PathBuf>("token-file")
            .or_else(|| top.get_one::<PathBuf>("token-file"))
            .cloned(),
        base_url: sub
            .get_one::<String>("base-url")
            .or_else(|| top.get_one::<String>("base-url"))
            .cloned(),
    };
    let callbell = connect(&connection)?;
    let mut output = Output::stdout();
    generated_cli::run(callbell.raw(), name, sub, &mut output)
        .await
        .map_err(|failure| match failure {
            Failure::Api(message) => Failure::Api(format!("{name}: {message}")),
            Failure::Usage(message) => Failure::Usage(format!("{name}: {message}")),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        command().debug_assert();
    }
}
