//! The audit on a tiny docs tree and a tiny test crate built in a tempdir.

use std::path::Path;

use super::*;

const PAGE: &str = "# GET /x\n\n### Response\n\n| Field | Type | Description |\n| :-- | :-- | :-- |\n| `uuid` | String | The id |\n\n### Example Response\n\n```json title=response.json\n{ \"uuid\": \"a1\" }\n```\n";

const BROKEN: &str = "# POST /y\n\n```bash\ncurl -d '{ \"a\": 1, }'\n```\n";

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A docs tree with one API page and one snippet, and a test crate whose
/// facts and fixtures match it.
fn setup() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    write(&docs.join("api/get_x.md"), PAGE);
    write(&docs.join("snippets/_post_y.mdx"), BROKEN);
    let tests = tmp.path().join("tests");
    write(
        &tests.join("docs/pages.json"),
        &serde_json::json!({
            "$comment": "test",
            "directories": ["api"],
            "files": [],
            "pages": [{
                "page": "api/get_x.md",
                "describes": {"operation": "getX"},
                "tables": [{"heading": "Response", "kind": "Field", "rows": [{"name": "uuid", "type": "String"}]}]
            }]
        })
        .to_string(),
    );
    write(
        &tests.join("docs/examples.json"),
        &serde_json::json!({
            "$comment": "test",
            "directories": [{"dir": "api", "extension": "md"}, {"dir": "snippets", "extension": "mdx"}],
            "files": [],
            "examples": [
                {"doc": "api/get_x.md", "example": 1, "fixtures": ["X/get_x.json"]},
                {"doc": "snippets/_post_y.mdx", "example": 1, "edits": ["repair"], "errata": "E1", "fixtures": ["Y/curl.post_y.json"]}
            ]
        })
        .to_string(),
    );
    write(&tests.join("fixtures/X/get_x.json"), "{\"uuid\": \"a1\"}\n");
    write(&tests.join("fixtures/Y/curl.post_y.json"), "{\"a\": 1}\n");
    tmp
}

fn differences(tmp: &tempfile::TempDir) -> Vec<String> {
    audit(&tmp.path().join("docs"), &tmp.path().join("tests"))
        .unwrap()
        .differences
}

#[test]
fn matching_docs_and_facts_have_no_difference() {
    let tmp = setup();
    assert_eq!(differences(&tmp), Vec::<String>::new());
}

#[test]
fn a_field_the_docs_added_is_listed() {
    let tmp = setup();
    let page = PAGE.replace(
        "| `uuid` | String | The id |\n",
        "| `uuid` | String | The id |\n| `email` | String | New |\n",
    );
    write(&tmp.path().join("docs/api/get_x.md"), &page);
    let found = differences(&tmp);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "api/get_x.md: Field `email` (String) under \"Response\" is in the docs but not in "
        ),
        "{}",
        found[0]
    );
}

#[test]
fn a_changed_type_and_a_dropped_field_are_listed() {
    let tmp = setup();
    let page = PAGE.replace("| `uuid` | String |", "| `uuid` | Integer |");
    write(&tmp.path().join("docs/api/get_x.md"), &page);
    let found = differences(&tmp);
    assert!(
        found[0].contains(
            "Field `uuid` under \"Response\" has type `Integer` in the docs, `String` in"
        ),
        "{found:#?}"
    );
    write(
        &tmp.path().join("docs/api/get_x.md"),
        &PAGE.replace("| `uuid` | String | The id |\n", "| `id` | String | x |\n"),
    );
    let found = differences(&tmp);
    assert!(
        found
            .iter()
            .any(|d| d.contains("`uuid` under \"Response\" is in")
                && d.ends_with("but not in the docs any more")),
        "{found:#?}"
    );
}

#[test]
fn a_new_page_and_a_new_example_are_listed() {
    let tmp = setup();
    write(
        &tmp.path().join("docs/api/get_z.md"),
        "# Z\n\n```json\n{}\n```\n",
    );
    let found = differences(&tmp);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].starts_with("api/get_z.md: a docs page "),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with("api/get_z.md, example 1: not listed in "),
        "{}",
        found[1]
    );
}

#[test]
fn a_fixture_that_no_longer_matches_its_example_is_listed_with_the_pointer() {
    let tmp = setup();
    write(
        &tmp.path().join("docs/api/get_x.md"),
        &PAGE.replace("\"a1\"", "\"b2\""),
    );
    let found = differences(&tmp);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "api/get_x.md, example 1: tests/fixtures/X/get_x.json no longer matches the docs' example (at `/uuid` the fixture has \"a1\", the docs \"b2\")"
        ),
        "{}",
        found[0]
    );
}

#[test]
fn a_repair_that_is_no_longer_needed_is_listed() {
    let tmp = setup();
    write(
        &tmp.path().join("docs/snippets/_post_y.mdx"),
        &BROKEN.replace("1, }", "1 }"),
    );
    let found = differences(&tmp);
    assert_eq!(
        found,
        [
            "snippets/_post_y.mdx, example 1: valid JSON now: drop the `repair` edit (and its ERRATA note)"
        ]
    );
}

#[test]
fn update_rewrites_the_tables_and_keeps_what_pages_describe() {
    let tmp = setup();
    write(&tmp.path().join("docs/api/get_z.md"), PAGE);
    let report = audit(&tmp.path().join("docs"), &tmp.path().join("tests")).unwrap();
    let pages: Vec<(&str, &facts::Describes)> = report
        .pages
        .pages
        .iter()
        .map(|p| (p.page.as_str(), &p.describes))
        .collect();
    assert_eq!(
        pages,
        [
            ("api/get_x.md", &facts::Describes::Operation("getX".into())),
            ("api/get_z.md", &facts::Describes::Undecided)
        ]
    );
}

#[test]
fn a_missing_docs_directory_or_facts_file_is_bad_input() {
    let tmp = setup();
    let error = audit(&tmp.path().join("nowhere"), &tmp.path().join("tests"))
        .err()
        .unwrap();
    assert!(
        error.ends_with(
            "nowhere: no such directory; point --docs or CALLBELL_DOCS at Callbell's docs"
        ),
        "{error}"
    );
    write(&tmp.path().join("tests/docs/pages.json"), "{\"pages\": 1}");
    let error = audit(&tmp.path().join("docs"), &tmp.path().join("tests"))
        .err()
        .unwrap();
    assert!(error.contains("pages.json:1:"), "{error}");
}

#[test]
fn the_checked_in_facts_parse() {
    let tests = crate::paths::workspace_root().join("tests/docs");
    let pages: facts::Pages = facts::load(&tests.join("pages.json")).unwrap();
    let examples: facts::Examples = facts::load(&tests.join("examples.json")).unwrap();
    assert!(pages.pages.len() >= 20, "{}", pages.pages.len());
    assert!(examples.examples.len() >= 25, "{}", examples.examples.len());
    // Written as `--update` writes them, so an update shows only real changes.
    assert_eq!(
        facts::render(&pages),
        std::fs::read_to_string(tests.join("pages.json")).unwrap()
    );
}
