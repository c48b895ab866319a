//! The docs' JSON examples against `tests/docs/examples.json` and the fixtures.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use super::facts::{Edit, Example, Examples};
use super::{Docs, markdown};

/// One example as the docs have it: the JSON code blocks of a file, then its
/// curl `-d` bodies, numbered from 1.
pub struct DocsExample {
    /// Path relative to the docs directory.
    pub doc: String,
    /// Its number in the file.
    pub number: usize,
    /// The text of the example.
    pub text: String,
}

/// Every example of the files `facts` names.
pub fn read(docs: &Docs, facts: &Examples) -> Result<Vec<DocsExample>, String> {
    let mut files = BTreeSet::new();
    for dir in &facts.directories {
        files.extend(docs.files(&dir.dir, &dir.extension)?);
    }
    files.extend(facts.files.iter().cloned());
    let mut examples = Vec::new();
    for doc in files {
        let text = docs.read(&doc)?;
        let blocks = markdown::json_blocks(&text)
            .into_iter()
            .chain(markdown::curl_bodies(&text));
        for (i, block) in blocks.enumerate() {
            examples.push(DocsExample {
                doc: doc.clone(),
                number: i + 1,
                text: block,
            });
        }
    }
    Ok(examples)
}

/// Every difference between the docs' examples and the checked-in list and
/// fixtures, one readable paragraph each.
pub fn differences(
    docs: &Docs,
    in_docs: &[DocsExample],
    facts: &Examples,
    facts_file: &Path,
    fixtures_dir: &Path,
) -> Vec<String> {
    let file = facts_file.display();
    let listed: BTreeMap<(&str, usize), &Example> = facts
        .examples
        .iter()
        .map(|e| ((e.doc.as_str(), e.example), e))
        .collect();
    let mut out = Vec::new();
    for example in in_docs {
        let place = format!("{}, example {}", example.doc, example.number);
        let Some(entry) = listed.get(&(example.doc.as_str(), example.number)) else {
            out.push(format!(
                "{place}: not listed in {file} (make it a fixture under tests/fixtures/<Schema>/ and list it):\n{}",
                example.text.trim_end()
            ));
            continue;
        };
        match forms(docs, example, &entry.edits) {
            Ok(forms) => out.extend(compare_fixtures(&place, &forms, entry, fixtures_dir)),
            Err(problem) => out.push(format!("{place}: {problem}")),
        }
    }
    let present: BTreeSet<(&str, usize)> =
        in_docs.iter().map(|e| (e.doc.as_str(), e.number)).collect();
    for entry in &facts.examples {
        if !present.contains(&(entry.doc.as_str(), entry.example)) {
            out.push(format!(
                "{}, example {}: listed in {file} but not in the docs any more",
                entry.doc, entry.example
            ));
        }
    }
    out
}

/// The fixtures an example becomes after its edits.
fn forms(docs: &Docs, example: &DocsExample, edits: &[Edit]) -> Result<Vec<Value>, String> {
    let repair = edits.contains(&Edit::Repair);
    let value = match (serde_json::from_str::<Value>(&example.text), repair) {
        (Ok(_), true) => {
            return Err("valid JSON now: drop the `repair` edit (and its ERRATA note)".into());
        }
        (Ok(value), false) => value,
        (Err(error), false) => {
            return Err(format!(
                "broken JSON ({error}): repair the fixture, add the `repair` edit and an ERRATA entry"
            ));
        }
        (Err(error), true) => serde_json::from_str(&markdown::repair_json(&example.text))
            .map_err(|_| format!("broken JSON that the repair cannot fix ({error})"))?,
    };
    let mut forms = vec![value];
    for edit in edits {
        forms = match edit {
            Edit::Repair => forms,
            Edit::CustomFieldNumbersToStrings => forms
                .into_iter()
                .map(|mut form| {
                    if let Some(fields) =
                        form.get_mut("custom_fields").and_then(Value::as_object_mut)
                    {
                        for value in fields.values_mut() {
                            if let Value::Number(n) = value {
                                *value = Value::String(n.to_string());
                            }
                        }
                    }
                    form
                })
                .collect(),
            Edit::CompleteWithCurlBody(snippet) => {
                let body = markdown::curl_bodies(&docs.read(snippet)?)
                    .into_iter()
                    .next()
                    .ok_or_else(|| format!("{snippet} has no curl body any more"))?;
                let body: Value = serde_json::from_str(&body)
                    .map_err(|e| format!("the curl body of {snippet} is not JSON: {e}"))?;
                forms
                    .into_iter()
                    .map(|form| {
                        let mut full = body.clone();
                        if let (Some(full), Some(form)) = (full.as_object_mut(), form.as_object()) {
                            full.extend(form.clone());
                        }
                        full
                    })
                    .collect()
            }
            Edit::ItemsOf(key) => forms
                .into_iter()
                .flat_map(|form| form[key.as_str()].as_array().cloned().unwrap_or_default())
                .collect(),
        };
    }
    Ok(forms)
}

fn compare_fixtures(place: &str, forms: &[Value], entry: &Example, dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if forms.len() != entry.fixtures.len() {
        out.push(format!(
            "{place}: becomes {} fixture(s), but {} are listed",
            forms.len(),
            entry.fixtures.len()
        ));
    }
    for (form, name) in forms.iter().zip(&entry.fixtures) {
        let path = dir.join(name);
        let fixture = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e}", path.display()))
            .and_then(|text| {
                serde_json::from_str::<Value>(&text)
                    .map_err(|e| format!("{}: not JSON: {e}", path.display()))
            });
        match fixture {
            Err(problem) => out.push(format!("{place}: {problem}")),
            Ok(fixture) if fixture != *form => out.push(format!(
                "{place}: tests/fixtures/{name} no longer matches the docs' example ({}); the docs now have:\n{}",
                first_difference(&fixture, form, String::new()),
                serde_json::to_string_pretty(form).unwrap_or_default()
            )),
            Ok(_) => {}
        }
    }
    out
}

/// The JSON pointer of the first place two values differ, described.
fn first_difference(fixture: &Value, docs: &Value, pointer: String) -> String {
    match (fixture, docs) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                let here = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) if x != y => return first_difference(x, y, here),
                    (Some(_), None) => return format!("{here} is gone from the docs"),
                    (None, Some(_)) => return format!("{here} is new in the docs"),
                    _ => {}
                }
            }
            format!("{pointer} differs")
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find(|(_, (x, y))| x != y)
            .map(|(i, (x, y))| first_difference(x, y, format!("{pointer}/{i}")))
            .unwrap_or_else(|| format!("{pointer} differs")),
        _ => format!(
            "at `{}` the fixture has {fixture}, the docs {docs}",
            if pointer.is_empty() { "/" } else { &pointer }
        ),
    }
}
