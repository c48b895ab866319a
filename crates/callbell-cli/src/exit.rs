//! Exit codes and the failures that lead to them.

use std::process::ExitCode;

use crate::terminal::safe_text;

/// Everything went well.
pub const OK: u8 = 0;
/// The API (or the network) failed, or a payload is invalid.
pub const API: u8 = 1;
/// The command line or its input is wrong.
pub const USAGE: u8 = 2;

/// Why a command failed; its message goes to stderr.
#[derive(Debug)]
pub enum Failure {
    /// A usage or input error (exit code 2): a bad body, a missing token, ...
    Usage(String),
    /// The API or the network failed (exit code 1).
    Api(String),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn code(&self) -> u8 {
        match self {
            Self::Usage(_) => USAGE,
            Self::Api(_) => API,
        }
    }

    /// Prints `callbell: <message>` on stderr, with control characters escaped
    /// (the message may quote what a server sent), and returns the exit code.
    pub fn report(&self) -> ExitCode {
        let (Self::Usage(message) | Self::Api(message)) = self;
        eprintln!("callbell: {}", safe_text(message));
        ExitCode::from(self.code())
    }

    /// Maps a client error: configuration and request errors are the user's
    /// (2), everything else — an error status, a timeout, a broken body — the API's (1).
    pub fn from_client(error: callbell::Error) -> Self {
        match error {
            callbell::Error::Config(_) | callbell::Error::InvalidRequest(_) => {
                Self::Usage(error.to_string())
            }
            other => Self::Api(other.to_string()),
        }
    }
}
