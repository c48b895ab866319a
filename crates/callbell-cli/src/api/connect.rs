//! The client: token from `CALLBELL_API_TOKEN` or `--token-file`, base URL
//! from `CALLBELL_BASE_URL` or `--base-url`.

use std::path::PathBuf;

use callbell::{ApiToken, Callbell, CallbellBuilder, TOKEN_ENV};

use crate::exit::Failure;

/// Where the client's settings come from, besides the environment.
#[derive(Debug, Default)]
pub struct Connection {
    /// A file holding the API token (surrounding whitespace ignored); wins over `CALLBELL_API_TOKEN`.
    pub token_file: Option<PathBuf>,
    /// The API's base URL; wins over `CALLBELL_BASE_URL`.
    pub base_url: Option<String>,
}

/// The client for these settings. Every failure is a usage error (exit 2)
/// and never shows the token.
pub fn connect(connection: &Connection) -> Result<Callbell, Failure> {
    let mut builder = CallbellBuilder::from_env();
    if let Some(file) = &connection.token_file {
        let token = std::fs::read_to_string(file).map_err(|e| {
            Failure::Usage(format!("--token-file {}: cannot read: {e}", file.display()))
        })?;
        let token = token.trim();
        if token.is_empty() {
            return Err(Failure::Usage(format!(
                "--token-file {}: the file is empty",
                file.display()
            )));
        }
        builder = builder.token(ApiToken::new(token));
    }
    if let Some(base_url) = &connection.base_url {
        builder = builder.base_url(base_url);
    }
    builder.build().map_err(|error| match error {
        callbell::Error::Config(message) => Failure::Usage(format!(
            "{message} (the token comes from {TOKEN_ENV} or --token-file)"
        )),
        other => Failure::from_client(other),
    })
}
