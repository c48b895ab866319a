//! The docs pages' tables against `tests/docs/pages.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::facts::{Describes, Page, Pages, Row, Table};
use super::{Docs, markdown};

/// First-column headers of the tables the facts keep.
const TABLE_KINDS: [&str; 3] = ["Field", "Parameter", "Type"];

/// The pages the docs have now, read from `docs` along the directories and
/// files `facts` names. `describes` is taken from `facts` (`Undecided` for a
/// page it does not list).
pub fn read(docs: &Docs, facts: &Pages) -> Result<Vec<Page>, String> {
    let mut paths = BTreeSet::new();
    for dir in &facts.directories {
        paths.extend(docs.files(dir, "md")?);
    }
    paths.extend(facts.files.iter().cloned());
    let known: BTreeMap<&str, &Page> = facts.pages.iter().map(|p| (p.page.as_str(), p)).collect();
    let mut pages = Vec::new();
    for path in paths {
        let text = docs.read(&path)?;
        let events = markdown::inline_code_under(&text, "Event Name");
        let tables = markdown::tables(&text)
            .into_iter()
            .filter_map(|t| {
                let kind = t.header.first()?.clone();
                TABLE_KINDS.contains(&kind.as_str()).then(|| Table {
                    heading: t.heading,
                    kind,
                    rows: t
                        .rows
                        .into_iter()
                        .map(|r| Row {
                            name: r.first().cloned().unwrap_or_default(),
                            type_: r.get(1).cloned().unwrap_or_default(),
                        })
                        .collect(),
                })
            })
            .collect();
        pages.push(Page {
            describes: known
                .get(path.as_str())
                .map_or(Describes::Undecided, |p| p.describes.clone()),
            page: path,
            event: events.into_iter().next(),
            tables,
        });
    }
    Ok(pages)
}

/// Every difference between the pages the docs have and the checked-in ones,
/// one readable line each.
pub fn differences(in_docs: &[Page], facts: &Pages, facts_file: &Path) -> Vec<String> {
    let file = facts_file.display();
    let checked_in: BTreeMap<&str, &Page> =
        facts.pages.iter().map(|p| (p.page.as_str(), p)).collect();
    let mut out = Vec::new();
    for page in in_docs {
        let Some(known) = checked_in.get(page.page.as_str()) else {
            out.push(format!(
                "{}: a docs page {file} does not list (add it with `cargo xtask docs-audit --update`, then say what it describes)",
                page.page
            ));
            continue;
        };
        if page.event != known.event {
            out.push(format!(
                "{}: event name is {:?} in the docs, {:?} in {file}",
                page.page, page.event, known.event
            ));
        }
        out.extend(table_differences(
            &page.page,
            &page.tables,
            &known.tables,
            &file.to_string(),
        ));
    }
    let present: BTreeSet<&str> = in_docs.iter().map(|p| p.page.as_str()).collect();
    for page in &facts.pages {
        if !present.contains(page.page.as_str()) {
            out.push(format!(
                "{}: listed in {file} but not in the docs any more",
                page.page
            ));
        }
    }
    out
}

/// (heading, kind, name) → type of every row.
fn rows(tables: &[Table]) -> BTreeMap<(&str, &str, &str), &str> {
    tables
        .iter()
        .flat_map(|t| {
            t.rows.iter().map(move |r| {
                (
                    (t.heading.as_str(), t.kind.as_str(), r.name.as_str()),
                    r.type_.as_str(),
                )
            })
        })
        .collect()
}

fn table_differences(page: &str, docs: &[Table], facts: &[Table], file: &str) -> Vec<String> {
    let (docs_rows, facts_rows) = (rows(docs), rows(facts));
    let mut out = Vec::new();
    for (&(heading, kind, name), &type_) in &docs_rows {
        match facts_rows.get(&(heading, kind, name)) {
            None => out.push(format!(
                "{page}: {kind} `{name}` ({type_}) under \"{heading}\" is in the docs but not in {file}"
            )),
            Some(&known) if known != type_ => out.push(format!(
                "{page}: {kind} `{name}` under \"{heading}\" has type `{type_}` in the docs, `{known}` in {file}"
            )),
            Some(_) => {}
        }
    }
    for &(heading, kind, name) in facts_rows.keys() {
        if !docs_rows.contains_key(&(heading, kind, name)) {
            out.push(format!(
                "{page}: {kind} `{name}` under \"{heading}\" is in {file} but not in the docs any more"
            ));
        }
    }
    out
}
