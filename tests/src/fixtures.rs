//! The docs fixtures: `tests/fixtures/<Schema>/<name>.json`, one JSON example
//! of Callbell's documentation each (see `tests/fixtures/INDEX.md`).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::{roundtrip, schemas};

/// One fixture file.
#[derive(Clone, Debug)]
pub struct Fixture {
    /// The directory name: the spec schema the example is an instance of.
    pub schema: String,
    /// The file name without `.json`.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// Its content.
    pub json: Value,
}

impl Fixture {
    /// `<Schema>/<name>.json`, how messages name the fixture.
    pub fn relative(&self) -> String {
        format!("{}/{}.json", self.schema, self.name)
    }

    /// The insta snapshot name: `<Schema>__<name>`.
    pub fn snapshot_name(&self) -> String {
        format!("{}__{}", self.schema, self.name)
    }
}

/// `tests/fixtures`.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The schema directories under `tests/fixtures`, sorted.
pub fn schema_dirs() -> Result<Vec<String>, String> {
    let mut dirs = Vec::new();
    for entry in read_dir(&dir())? {
        let name = file_name(&entry);
        if entry.is_dir() {
            dirs.push(name);
        } else if name != "INDEX.md" {
            return Err(format!(
                "{}: only schema directories and INDEX.md belong in tests/fixtures",
                entry.display()
            ));
        }
    }
    Ok(dirs)
}

/// Every fixture, sorted by schema and name. A file that is not `*.json` or
/// not valid JSON is an error naming the file (and line).
pub fn load_all() -> Result<Vec<Fixture>, String> {
    let mut fixtures = Vec::new();
    for schema in schema_dirs()? {
        for path in read_dir(&dir().join(&schema))? {
            let file = file_name(&path);
            let Some(name) = file.strip_suffix(".json") else {
                return Err(format!("{}: fixtures are *.json files", path.display()));
            };
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let json = serde_json::from_str(&text)
                .map_err(|e| format!("{}: not valid JSON: {e}", path.display()))?;
            fixtures.push(Fixture {
                schema: schema.clone(),
                name: name.to_string(),
                path,
                json,
            });
        }
    }
    Ok(fixtures)
}

/// Reads the fixture into `callbell::types::<Schema>` and writes it back.
///
/// Returns the written-back JSON, or an error naming the fixture and either
/// the JSON pointer where reading failed or every pointer whose value the
/// round trip lost or changed (see [`roundtrip::differences`]).
pub fn check(fixture: &Fixture) -> Result<Value, String> {
    let schema = schemas::lookup(&fixture.schema).ok_or_else(|| {
        format!(
            "{}: `{}` is not a schema the tests know (add it to callbell_tests::schemas)",
            fixture.relative(),
            fixture.schema
        )
    })?;
    let written = (schema.round_trip)(&fixture.json).map_err(|e| {
        format!(
            "{}: does not read as callbell::types::{}: {e}",
            fixture.relative(),
            fixture.schema
        )
    })?;
    let differences = roundtrip::differences(&fixture.json, &written);
    if differences.is_empty() {
        Ok(written)
    } else {
        Err(roundtrip::report(&fixture.relative(), &differences))
    }
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut entries = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    entries.sort();
    Ok(entries)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
