//! Request bodies from the command line: `--body FILE` (or `-`) as a base,
//! each body flag overriding one member, checked strictly against the
//! spec's schema before anything is sent.

use std::io::Read;

use clap::ArgMatches;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use callbell::schema::Schema;

use crate::exit::Failure;

/// The largest `--body` file read (a request body is a few kilobytes).
const MAX_BODY_FILE: u64 = 4 << 20;

/// A top-level member of a request body that has its own flag.
#[derive(Debug)]
pub struct BodyField {
    /// The member's name in the JSON body.
    pub name: &'static str,
    /// Its flag (and clap id), without `--`.
    pub flag: &'static str,
    /// How the flag's value becomes JSON.
    pub kind: FieldKind,
}

/// How a body flag's value becomes JSON. (Every kind the generator emits is
/// here, whether or not the current spec has a property of that kind.)
#[derive(Debug)]
#[allow(dead_code)]
pub enum FieldKind {
    /// A string.
    Text,
    /// An integer (parsed by clap).
    Integer,
    /// A number (parsed by clap).
    Number,
    /// `true` or `false` (parsed by clap).
    Boolean,
    /// A list of strings, comma-separated or repeated.
    TextList,
    /// Any JSON value, given as JSON text.
    Json,
}

/// The request body of schema `schema` from `--body` and the body flags,
/// checked against the spec and read as `T`. Any problem is a usage error
/// naming the flag or the JSON pointer.
pub fn body<T: DeserializeOwned>(
    matches: &ArgMatches,
    schema: &str,
    fields: &[BodyField],
) -> Result<T, Failure> {
    let mut members = match matches.get_one::<String>("body") {
        Some(file) => match read_json(file)? {
            Value::Object(members) => members,
            _ => return Err(Failure::Usage(format!("--body {file}: not a JSON object"))),
        },
        None => Map::new(),
    };
    for field in fields {
        if let Some(value) = flag_value(matches, field)? {
            members.insert(field.name.to_string(), value);
        }
    }
    let value = Value::Object(members);
    let schema = Schema::named(schema).map_err(|e| Failure::Usage(e.to_string()))?;
    if let Err(errors) = schema.validate(&value) {
        let lines: Vec<String> = errors.into_iter().map(|e| e.to_string()).collect();
        return Err(Failure::Usage(format!(
            "the request body is not a valid {}:\n  {}",
            schema.name(),
            lines.join("\n  ")
        )));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        Failure::Usage(format!(
            "the request body does not fit {} at {}: {}",
            schema.name(),
            e.path(),
            e.inner()
        ))
    })
}

/// The JSON value of one body flag, if given.
fn flag_value(matches: &ArgMatches, field: &BodyField) -> Result<Option<Value>, Failure> {
    let id = field.flag;
    Ok(match field.kind {
        FieldKind::Text => matches
            .get_one::<String>(id)
            .map(|s| Value::from(s.as_str())),
        FieldKind::Integer => matches.get_one::<i64>(id).map(|n| Value::from(*n)),
        FieldKind::Number => matches.get_one::<f64>(id).map(|n| Value::from(*n)),
        FieldKind::Boolean => matches.get_one::<bool>(id).map(|b| Value::from(*b)),
        FieldKind::TextList => matches
            .get_many::<String>(id)
            .map(|items| Value::from(items.map(|s| s.as_str()).collect::<Vec<_>>())),
        FieldKind::Json => match matches.get_one::<String>(id) {
            None => None,
            Some(text) => Some(
                serde_json::from_str(text)
                    .map_err(|e| Failure::Usage(format!("--{id}: not JSON: {e}")))?,
            ),
        },
    })
}

/// Reads a JSON file (`-`: standard input), at most [`MAX_BODY_FILE`] bytes.
fn read_json(file: &str) -> Result<Value, Failure> {
    let unreadable = |e: std::io::Error| Failure::Usage(format!("--body {file}: cannot read: {e}"));
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin()
            .take(MAX_BODY_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
    } else {
        std::fs::File::open(file)
            .and_then(|f| f.take(MAX_BODY_FILE + 1).read_to_end(&mut bytes))
            .map_err(unreadable)?;
    }
    if bytes.len() as u64 > MAX_BODY_FILE {
        return Err(Failure::Usage(format!(
            "--body {file}: larger than {} MiB",
            MAX_BODY_FILE >> 20
        )));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| Failure::Usage(format!("--body {file}: not JSON: {e}")))
}
