//! `callbell validate SCHEMA FILE...`: checks JSON payloads against one of
//! the spec's component schemas with `callbell::schema` (the strict validator).
//!
//! Prints one line per problem, `FILE: /pointer: message`, then a summary.
//! Exit code 0 when every file is valid, 1 when some payload is invalid (a
//! repeated key included), 2 on a usage error (unknown schema, unreadable
//! file, file that is not JSON or larger than `callbell::schema::MAX_PAYLOAD_BYTES`).
//! At most `callbell::schema::MAX_REPORTED_ERRORS` problems are printed per file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use callbell::schema::{self, MAX_PAYLOAD_BYTES, Schema};

/// Every payload is valid.
const VALID: u8 = crate::exit::OK;
/// At least one payload does not match the schema.
const INVALID: u8 = crate::exit::API;
/// The command could not check everything it was asked to.
const USAGE: u8 = crate::exit::USAGE;

/// The long help of `callbell validate`.
pub const LONG_ABOUT: &str = "Check JSON payloads against one of the spec's component schemas.

Prints one line per problem, `FILE: /pointer: message`, then a summary.
Exit code 0: every file is valid; 1: some payload is invalid; 2: usage
error (unknown schema, unreadable file, file that is not JSON).";

/// Options of `callbell validate`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The component schema of openapi/callbell.yaml to check against
    /// (ContactList, Contact, CreateContactRequest, ContactEvent, ...).
    pub schema: String,
    /// The JSON files to check; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Runs the command and returns its exit code.
pub fn run(args: &Args) -> ExitCode {
    let schema = match Schema::named(&args.schema) {
        Ok(schema) => schema,
        Err(unknown) => {
            eprintln!("error: {unknown}");
            return ExitCode::from(USAGE);
        }
    };
    let mut tally = Tally::default();
    for file in &args.files {
        let shown = if file.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            file.display().to_string()
        };
        let value = match read_json(file) {
            Ok(value) => value,
            // Valid JSON syntax, but not one value: a problem of the payload.
            Err(schema::PayloadError::DuplicateKey { pointer, key, .. }) => {
                println!("{shown}: {pointer}: the key {key:?} appears twice");
                tally.invalid += 1;
                tally.errors += 1;
                continue;
            }
            Err(problem) => {
                eprintln!("{shown}: {problem}");
                tally.unusable += 1;
                continue;
            }
        };
        match schema.validate(&value) {
            Ok(()) => tally.valid += 1,
            Err(errors) => {
                for error in &errors {
                    println!("{shown}: {error}");
                }
                if errors.omitted() > 0 {
                    println!("{shown}: … and {} more", errors.omitted());
                }
                tally.invalid += 1;
                tally.errors += errors.total();
            }
        }
    }
    println!("{}", tally.summary(schema.name()));
    ExitCode::from(tally.exit_code())
}

/// Reads (at most `MAX_PAYLOAD_BYTES`) and parses one file (`-`: standard
/// input), refusing repeated keys.
fn read_json(file: &Path) -> Result<serde_json::Value, schema::PayloadError> {
    let bytes = if file.as_os_str() == "-" {
        schema::read(std::io::stdin().lock(), MAX_PAYLOAD_BYTES)
    } else {
        std::fs::File::open(file)
            .map_err(schema::PayloadError::from)
            .and_then(|f| schema::read(f, MAX_PAYLOAD_BYTES))
    }?;
    schema::parse(&bytes)
}

/// What happened to the files.
#[derive(Default)]
struct Tally {
    valid: usize,
    invalid: usize,
    unusable: usize,
    errors: usize,
}

impl Tally {
    fn summary(&self, schema: &str) -> String {
        let checked = self.valid + self.invalid;
        let mut text = if checked == 0 {
            format!("{schema}: no file checked")
        } else if self.invalid == 0 {
            format!("{schema}: {} valid", files(checked))
        } else {
            format!(
                "{schema}: {} of {} invalid ({} {})",
                self.invalid,
                files(checked),
                self.errors,
                if self.errors == 1 { "error" } else { "errors" }
            )
        };
        if self.unusable > 0 {
            text.push_str(&format!("; {} could not be checked", files(self.unusable)));
        }
        text
    }

    fn exit_code(&self) -> u8 {
        if self.unusable > 0 {
            USAGE
        } else if self.invalid > 0 {
            INVALID
        } else {
            VALID
        }
    }
}

fn files(n: usize) -> String {
    if n == 1 {
        "1 file".into()
    } else {
        format!("{n} files")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_and_exit_code_follow_the_worst_outcome() {
        let mut tally = Tally {
            valid: 2,
            ..Tally::default()
        };
        assert_eq!(tally.summary("Contact"), "Contact: 2 files valid");
        assert_eq!(tally.exit_code(), VALID);
        tally.invalid = 1;
        tally.errors = 3;
        assert_eq!(
            tally.summary("Contact"),
            "Contact: 1 of 3 files invalid (3 errors)"
        );
        assert_eq!(tally.exit_code(), INVALID);
        tally.unusable = 1;
        assert_eq!(
            tally.summary("Contact"),
            "Contact: 1 of 3 files invalid (3 errors); 1 file could not be checked"
        );
        assert_eq!(tally.exit_code(), USAGE);
    }
}
