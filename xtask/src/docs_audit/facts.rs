//! The checked-in facts about Callbell's docs (`tests/docs/pages.json` and
//! `tests/docs/examples.json`): what the hermetic tests compare the spec and
//! the fixtures with, and what `cargo xtask docs-audit` compares the docs with.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// `tests/docs/pages.json`: the field tables of the docs pages, by page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pages {
    /// What the file is (kept as written).
    #[serde(rename = "$comment")]
    pub comment: String,
    /// The docs directories whose every `.md` page must be listed in `pages`.
    pub directories: Vec<String>,
    /// Further single pages.
    pub files: Vec<String>,
    /// One entry per page, sorted by path.
    pub pages: Vec<Page>,
}

/// One docs page: what it describes in the spec (kept by hand) and its tables
/// (copied from the docs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Path relative to the docs directory.
    pub page: String,
    /// What the spec has for this page.
    pub describes: Describes,
    /// The inline code under the page's "Event Name" heading (webhook pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The page's tables of fields, parameters or custom-field types.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
}

/// What a page documents, in the spec's terms.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Describes {
    /// A component schema.
    Schema(String),
    /// An operation, by `operationId`.
    Operation(String),
    /// A contact webhook event (named by the page's `event`).
    WebhookEvent,
    /// Nothing in the spec, with the reason.
    Nothing(String),
    /// A page `docs-audit --update` added: someone must decide.
    Undecided,
}

/// One table of a page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The nearest heading above the table.
    pub heading: String,
    /// The header of the first column: `Field`, `Parameter` or `Type`.
    pub kind: String,
    /// The rows: first and second column.
    pub rows: Vec<Row>,
}

/// One row of a table: the name and the documented type (for a `Type` table,
/// the custom-field type and its value format).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// First column, without backticks.
    pub name: String,
    /// Second column, as text (links reduced to their text).
    #[serde(rename = "type")]
    pub type_: String,
}

/// `tests/docs/examples.json`: which fixture each docs example is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// What the file is (kept as written).
    #[serde(rename = "$comment")]
    pub comment: String,
    /// Docs directories (with the file extension) whose every example must be listed.
    pub directories: Vec<Directory>,
    /// Further single files.
    pub files: Vec<String>,
    /// One entry per example, sorted by file and number.
    pub examples: Vec<Example>,
}

/// A docs directory and the extension of the files read in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// Path relative to the docs directory.
    pub dir: String,
    /// `md` or `mdx`.
    pub extension: String,
}

/// One docs example: the JSON code blocks of a file, then its curl `-d` bodies,
/// numbered from 1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Path relative to the docs directory.
    pub doc: String,
    /// Its number in the file.
    pub example: usize,
    /// What was changed to make the fixtures (each with an ERRATA entry).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<Edit>,
    /// The `openapi/ERRATA.md` entry explaining the edits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errata: Option<String>,
    /// The fixtures (`<Schema>/<name>.json` under `tests/fixtures`) the example
    /// becomes, in order.
    pub fixtures: Vec<String>,
}

/// A documented change from a docs example to its fixtures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Edit {
    /// The example is not valid JSON: `...` lines and stray or missing commas are repaired.
    Repair,
    /// The numbers among the values of `custom_fields` become strings.
    CustomFieldNumbersToStrings,
    /// The example is a fragment: the curl body of this docs file, with the
    /// example's keys added, is the fixture.
    CompleteWithCurlBody(String),
    /// The items of this top-level array are the fixtures.
    ItemsOf(String),
}

/// Reads and parses one facts file.
pub fn load<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let pointer = e.path().to_string();
        let inner = e.into_inner();
        format!(
            "{}:{}:{}: at {pointer}: {inner}",
            path.display(),
            inner.line(),
            inner.column()
        )
    })
}

/// The JSON text a facts file is written as (pretty, trailing newline).
pub fn render<T: Serialize>(facts: &T) -> String {
    let mut text = serde_json::to_string_pretty(facts).expect("facts serialize");
    text.push('\n');
    text
}
