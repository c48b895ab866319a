//! Prints every contact of the account, page after page, as JSON Lines (one
//! JSON object per contact) on stdout.
//!
//! ```sh
//! export CALLBELL_API_TOKEN=...            # required
//! export CALLBELL_BASE_URL=http://127.0.0.1:8080/v1   # optional, e.g. a stand-in
//! cargo run -p callbell --example list_contacts -- --tags sales,lead --source whatsapp
//! ```
//!
//! On error it prints the error on stderr and exits with status 1 (2 for a
//! bad command line).

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use callbell::Callbell;
use callbell::types::Source;
use futures::TryStreamExt;

const USAGE: &str = "\
usage: list_contacts [--tags TAG,TAG...] [--source SOURCE] [--team-uuid UUID]

Prints every contact as one JSON object per line. Reads the API token from
CALLBELL_API_TOKEN and, when set, the base URL from CALLBELL_BASE_URL.";

/// The filters given on the command line.
#[derive(Debug, Default, PartialEq)]
pub struct Args {
    /// `--tags a,b`: only contacts with all these tags.
    pub tags: Vec<String>,
    /// `--source S`: only contacts from this integration.
    pub source: Option<Source>,
    /// `--team-uuid U`: only contacts of this team.
    pub team_uuid: Option<String>,
}

/// Reads the command line (without the program name). `Ok(None)`: `--help`.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        if flag == "--help" || flag == "-h" {
            return Ok(None);
        }
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--tags" => {
                parsed.tags = value()?
                    .split(',')
                    .map(str::trim)
                    .filter(|tag| !tag.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
            "--source" => parsed.source = Some(Source::from(value()?.as_str())),
            "--team-uuid" => parsed.team_uuid = Some(value()?),
            _ => return Err(format!("unknown argument {flag:?}")),
        }
    }
    Ok(Some(parsed))
}

/// Streams every contact matching `args` to `out` as JSON Lines; returns how
/// many were written. What was written before an error stays written.
pub async fn run(
    client: &Callbell,
    args: &Args,
    out: &mut impl Write,
) -> Result<u64, Box<dyn std::error::Error>> {
    let mut listing = client.list_contacts();
    if !args.tags.is_empty() {
        // Sent as one comma-separated value, as Callbell documents.
        listing = listing.tags(args.tags.join(","));
    }
    if let Some(source) = &args.source {
        listing = listing.source(source.clone());
    }
    if let Some(team_uuid) = &args.team_uuid {
        listing = listing.team_uuid(team_uuid.as_str());
    }
    let mut contacts = std::pin::pin!(listing.stream());
    let mut written = 0;
    let result: Result<(), Box<dyn std::error::Error>> = async {
        while let Some(contact) = contacts.try_next().await? {
            serde_json::to_writer(&mut *out, &contact)?;
            out.write_all(b"\n")?;
            written += 1;
        }
        Ok(())
    }
    .await;
    out.flush()?;
    result.map(|()| written)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("list_contacts: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let client = match Callbell::from_env() {
        Ok(client) => client,
        Err(e) => {
            eprintln!("list_contacts: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    match run(&client, &args, &mut out).await {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("list_contacts: {e}");
            ExitCode::FAILURE
        }
    }
}
