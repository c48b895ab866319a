//! `callbell webhook listen`: receives Callbell's contact webhooks and prints
//! each contact event as one JSON line on stdout.
//!
//! What each request is and what it gets is [`callbell::webhook::Delivery`]'s
//! business; this module serves it over HTTP/1.1 on 127.0.0.1, within the
//! limits of [`server::Limits`], and notes everything that is not an event on
//! stderr, escaped.

mod server;

use std::io::Write;
use std::time::Duration;

use callbell::webhook::WebhookEvent;
use clap::{Arg, ArgMatches, Command, value_parser};
use serde_json::json;
use tokio::net::TcpListener;

use crate::exit::Failure;
use crate::terminal::safe_json;

pub use server::Limits;

/// `callbell webhook` and its `listen` subcommand.
pub fn command() -> Command {
    let defaults = Limits::default();
    let seconds = |name: &'static str, default: Duration, help: &'static str| {
        Arg::new(name)
            .long(name)
            .value_name("SECONDS")
            .value_parser(parse_seconds)
            .help(format!("{help} [default: {}]", default.as_secs_f64()))
    };
    Command::new("webhook")
        .about("Receive Callbell's contact webhooks")
        .subcommand_required(true)
        .subcommand(
            Command::new("listen")
                .about("Print each contact event received on 127.0.0.1:PORT as one JSON line")
                .long_about(
                    "Receive Callbell's contact webhooks on 127.0.0.1:PORT and print each \
                     contact event as one JSON line on stdout: {\"event\": ..., \"payload\": ...}.\n\n\
                     Connection checks and events of other subscriptions are answered \
                     200 {\"status\":\"ok\"}; malformed bodies 400. Notes go to stderr, with \
                     untrusted text escaped. The address is printed on stderr.\n\n\
                     Callbell does not sign deliveries and does not deliver to localhost: \
                     expose the port through an HTTPS tunnel or proxy, and register a URL \
                     whose path is a long random secret given as --path.",
                )
                .arg(crate::cli::port_arg())
                .arg(
                    Arg::new("path")
                        .long("path")
                        .value_name("PATH")
                        .help("Only this path receives webhooks (others get 404) [default: any]"),
                )
                .arg(seconds(
                    "header-timeout",
                    defaults.header_timeout,
                    "Close a connection whose request headers take longer",
                ))
                .arg(seconds(
                    "body-timeout",
                    defaults.body_timeout,
                    "Answer 408 and close when a request body takes longer",
                ))
                .arg(
                    Arg::new("max-connections")
                        .long("max-connections")
                        .value_name("N")
                        .value_parser(value_parser!(u32).range(1..))
                        .help(format!(
                            "Serve at most N connections at once; the rest wait unaccepted [default: {}]",
                            defaults.max_connections
                        )),
                ),
        )
}

fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    if !(0.001..=3600.0).contains(&seconds) {
        return Err("expected between 0.001 and 3600 seconds".into());
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Runs `callbell webhook listen` until the process is stopped.
pub async fn run(matches: &ArgMatches) -> Result<(), Failure> {
    let Some(("listen", args)) = matches.subcommand() else {
        return Err(Failure::Usage(
            "usage: callbell webhook listen [--port N]".into(),
        ));
    };
    let port = args.get_one::<u16>("port").copied().unwrap_or(0);
    let defaults = Limits::default();
    let limits = Limits {
        header_timeout: args
            .get_one("header-timeout")
            .copied()
            .unwrap_or(defaults.header_timeout),
        body_timeout: args
            .get_one("body-timeout")
            .copied()
            .unwrap_or(defaults.body_timeout),
        max_connections: args
            .get_one::<u32>("max-connections")
            .map_or(defaults.max_connections, |n| *n as usize),
        path: args.get_one::<String>("path").cloned(),
    };
    let listener = TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| Failure::Api(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    match listener.local_addr() {
        Ok(address) => eprintln!("listening on http://{address}"),
        Err(e) => eprintln!("webhook: listening, address unknown: {e}"),
    }
    server::serve(listener, limits, print_event).await;
    Ok(())
}

/// Prints an event as one line on stdout (one write per line, so lines never interleave).
fn print_event(event: &WebhookEvent) {
    let line = event_line(event);
    if let Err(e) = writeln!(std::io::stdout().lock(), "{}", safe_json(&line)) {
        server::note(&format!("cannot print an event: {e}"));
    }
}

/// `{"event": <name>, "payload": <the contact, or the deletion>}`.
pub fn event_line(event: &WebhookEvent) -> String {
    json!({"event": event.name(), "payload": event.payload_json()}).to_string()
}
