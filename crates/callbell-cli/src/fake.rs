//! `callbell fake`: a [`FakeCallbell`] as a standalone server, for trying a
//! client (in any language) against Callbell's API offline.
//!
//! It prints its base URL as the first line of stdout, so a script can read
//! it (`--port 0` lets the OS pick a port), notes the number of seeded
//! contacts on stderr, and serves on 127.0.0.1 until the process is stopped.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};

use callbell::schema::{self, MAX_PAYLOAD_BYTES};
use callbell::types::Contact;
use callbell_fake::FakeCallbell;
use clap::{Arg, ArgMatches, Command, value_parser};

use crate::exit::Failure;

/// `callbell fake --port N [--seed FILE]`.
pub fn command() -> Command {
    Command::new("fake")
        .about("Serve a stateful fake Callbell on 127.0.0.1:PORT, for offline tests")
        .long_about(
            "Serve a stateful fake of Callbell's /contacts API on 127.0.0.1:PORT: it keeps \
             contacts in memory, implements every operation of the spec, and answers a \
             request that does not fit the spec with 422 and the failing JSON pointer. \
             Any bearer token is accepted.\n\n\
             The base URL (http://127.0.0.1:PORT/v1) is printed as the first line of \
             stdout. The server runs until the process is stopped.",
        )
        .arg(crate::cli::port_arg())
        .arg(
            Arg::new("seed")
                .long("seed")
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help(
                    "Start with the contacts of FILE: a JSON list of contacts, or a page \
                     {\"contacts\": [...]}; each must fit the spec's Contact schema",
                ),
        )
}

/// Runs `callbell fake` until the process is stopped.
pub async fn run(args: &ArgMatches) -> Result<(), Failure> {
    let port = args.get_one::<u16>("port").copied().unwrap_or(0);
    let contacts = match args.get_one::<PathBuf>("seed") {
        Some(file) => read_seed(file)?,
        None => Vec::new(),
    };
    let seeded = contacts.len();
    let fake = FakeCallbell::start_on(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
        .map_err(|e| Failure::Api(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    fake.seed(contacts);
    // stdout is a pipe when a script reads it: `println!` flushes each line.
    println!("{}", fake.base_url());
    eprintln!(
        "fake Callbell with {seeded} contacts serving on {}",
        fake.base_url()
    );
    std::future::pending::<()>().await;
    Ok(())
}

/// The contacts of a seed file; any problem is a usage error naming the
/// file and, for a bad contact, its JSON pointer.
fn read_seed(file: &Path) -> Result<Vec<Contact>, Failure> {
    let failure = |message: String| Failure::Usage(format!("--seed {}: {message}", file.display()));
    let bytes = std::fs::File::open(file)
        .map_err(schema::PayloadError::from)
        .and_then(|f| schema::read(f, MAX_PAYLOAD_BYTES))
        .map_err(|e| failure(e.to_string()))?;
    callbell_fake::seed_from_json(&bytes).map_err(|e| failure(e.to_string()))
}
