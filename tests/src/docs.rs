//! What the repository knows of Callbell's documentation, as checked-in data:
//! `tests/docs/pages.json` (every page's field and parameter tables, and what
//! the page describes in the spec) and `tests/docs/examples.json` (the fixture
//! each docs example is). The tests compare the spec and the fixtures with
//! these files; `cargo xtask docs-audit` compares these files with the docs.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// `tests/docs`.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs")
}

/// `tests/docs/pages.json`.
#[derive(Clone, Debug, Deserialize)]
pub struct Pages {
    /// One entry per docs page.
    pub pages: Vec<Page>,
}

/// One docs page.
#[derive(Clone, Debug, Deserialize)]
pub struct Page {
    /// Path relative to the docs directory.
    pub page: String,
    /// What the spec has for this page.
    pub describes: Describes,
    /// The event name of a webhook page.
    #[serde(default)]
    pub event: Option<String>,
    /// Its tables of fields, parameters or custom-field types.
    #[serde(default)]
    pub tables: Vec<Table>,
}

/// What a page documents, in the spec's terms.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Describes {
    /// A component schema.
    Schema(String),
    /// An operation, by `operationId`.
    Operation(String),
    /// A contact webhook event.
    WebhookEvent,
    /// Nothing in the spec, with the reason.
    Nothing(String),
    /// Not decided yet (a page `docs-audit --update` added).
    Undecided,
}

/// One table of a page.
#[derive(Clone, Debug, Deserialize)]
pub struct Table {
    /// The nearest heading above it (`Required Parameters`, `Response`, ...).
    pub heading: String,
    /// The header of its first column: `Field`, `Parameter` or `Type`.
    pub kind: String,
    /// Its rows.
    pub rows: Vec<Row>,
}

impl Table {
    /// A table of fields or parameters (not of custom-field types).
    pub fn is_field_table(&self) -> bool {
        matches!(self.kind.as_str(), "Field" | "Parameter")
    }

    /// The first cell of every row.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.rows.iter().map(|r| r.name.as_str())
    }
}

/// One row: a name and its documented type.
#[derive(Clone, Debug, Deserialize)]
pub struct Row {
    /// The field, parameter or custom-field type name.
    pub name: String,
    /// The documented type (for custom-field types, the value format).
    #[serde(rename = "type")]
    pub type_: String,
}

/// `tests/docs/examples.json`.
#[derive(Clone, Debug, Deserialize)]
pub struct Examples {
    /// One entry per docs example.
    pub examples: Vec<Example>,
}

/// One docs example and the fixtures it becomes.
#[derive(Clone, Debug, Deserialize)]
pub struct Example {
    /// Path relative to the docs directory.
    pub doc: String,
    /// Its number in that file.
    pub example: usize,
    /// The spec's deliberate changes (`repair`, `{"items_of": "channels"}`, ...).
    #[serde(default)]
    pub edits: Vec<serde_json::Value>,
    /// The `openapi/ERRATA.md` entry explaining the edits.
    #[serde(default)]
    pub errata: Option<String>,
    /// `<Schema>/<name>.json` under `tests/fixtures`.
    pub fixtures: Vec<String>,
}

/// Reads `tests/docs/pages.json`.
pub fn pages() -> Result<Pages, String> {
    load("pages.json")
}

/// Reads `tests/docs/examples.json`.
pub fn examples() -> Result<Examples, String> {
    load("examples.json")
}

fn load<T: DeserializeOwned>(name: &str) -> Result<T, String> {
    let path = dir().join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut de)
        .map_err(|e| format!("{}: at {}: {}", path.display(), e.path(), e.inner()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checked_in_facts_read() {
        let pages = pages().unwrap();
        assert!(
            pages
                .pages
                .iter()
                .any(|p| p.page == "reference/object_types/contact.md"
                    && p.describes == Describes::Schema("Contact".into()))
        );
        let examples = examples().unwrap();
        assert!(
            examples
                .examples
                .iter()
                .any(|e| e.fixtures == ["ContactResponse/get_contact.json"])
        );
    }
}
