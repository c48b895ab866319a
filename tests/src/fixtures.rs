//! The docs fixtures: `tests/fixtures/<Schema>/<name>.json`, one JSON example
//! from Callbell's documentation per file, filed under the component schema
//! of `openapi/callbell.yaml` it is an instance of.

use std::path::{Path, PathBuf};

/// One fixture file.
#[derive(Debug, Clone)]
pub struct Fixture {
    /// The component schema it is an instance of (its directory's name).
    pub schema: String,
    /// The file name without `.json`.
    pub name: String,
    /// Where the file is.
    pub path: PathBuf,
}

impl Fixture {
    /// `<Schema>/<name>`, for messages.
    pub fn id(&self) -> String {
        format!("{}/{}", self.schema, self.name)
    }

    /// The file's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", self.path.display()))
    }
}

/// The fixtures directory.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every fixture, sorted by schema and name; empty when there are none yet.
pub fn all() -> Vec<Fixture> {
    let mut found = Vec::new();
    let Ok(schemas) = std::fs::read_dir(dir()) else {
        return found;
    };
    for schema in schemas.flatten().filter(|e| e.path().is_dir()) {
        let schema_name = schema.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(schema.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = file.path();
            if path.extension().is_some_and(|ext| ext == "json") {
                found.push(Fixture {
                    schema: schema_name.clone(),
                    name: path
                        .file_stem()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    path,
                });
            }
        }
    }
    found.sort_by(|a, b| (&a.schema, &a.name).cmp(&(&b.schema, &b.name)));
    found
}

/// The fixtures of one schema.
pub fn of(schema: &str) -> Vec<Fixture> {
    all().into_iter().filter(|f| f.schema == schema).collect()
}
