//! Creates a contact and prints it as one JSON object on stdout.
//!
//! ```sh
//! export CALLBELL_API_TOKEN=...            # required
//! export CALLBELL_BASE_URL=http://127.0.0.1:8080/v1   # optional, e.g. a stand-in
//! cargo run -p callbell --example create_contact -- \
//!     --identifier +393331234567 --name "Ann Smith" --tags lead,italy
//! ```
//!
//! `POST /contacts` is not idempotent, so this client does not retry it on a
//! `5xx` or a timeout (only on `429`): a retry could create the contact twice.

use std::process::ExitCode;

use callbell::Callbell;
use callbell::types::{CreateContactRequest, Source};

const USAGE: &str = "\
usage: create_contact --identifier PHONE --name NAME [--source SOURCE] [--tags TAG,TAG...] [--team-uuid UUID]

Creates a contact (source whatsapp unless given) and prints it as JSON. Reads the
API token from CALLBELL_API_TOKEN and, when set, the base URL from CALLBELL_BASE_URL.";

/// Reads the command line (without the program name) into a request.
/// `Ok(None)`: `--help`.
pub fn parse_args(
    args: impl IntoIterator<Item = String>,
) -> Result<Option<CreateContactRequest>, String> {
    let mut request = CreateContactRequest::builder().source(Source::Whatsapp);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        if flag == "--help" || flag == "-h" {
            return Ok(None);
        }
        let value = inline
            .or_else(|| args.next())
            .ok_or_else(|| format!("{flag} needs a value"))?;
        request = match flag.as_str() {
            "--identifier" => request.identifier(value),
            "--name" => request.name(value),
            "--source" => request.source(Source::from(value.as_str())),
            "--tags" => request.tags(
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|tag| !tag.is_empty())
                    .map(str::to_owned)
                    .collect::<Vec<_>>(),
            ),
            "--team-uuid" => request.team_uuid(value),
            _ => return Err(format!("unknown argument {flag:?}")),
        };
    }
    // The generated builder names the first missing field (`no value supplied for identifier`).
    request
        .try_into()
        .map(Some)
        .map_err(|e: callbell::types::error::ConversionError| e.to_string())
}

/// Creates the contact and returns it as one line of JSON.
pub async fn run(
    client: &Callbell,
    request: CreateContactRequest,
) -> Result<String, Box<dyn std::error::Error>> {
    let contact = client.create_contact().body(request).await?;
    Ok(serde_json::to_string(&contact)?)
}

#[tokio::main]
async fn main() -> ExitCode {
    let request = match parse_args(std::env::args().skip(1)) {
        Ok(Some(request)) => request,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("create_contact: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match Callbell::from_env() {
        Ok(client) => run(&client, request).await,
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("create_contact: {e}");
            ExitCode::FAILURE
        }
    }
}
