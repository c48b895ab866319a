//! `cargo xtask docs-audit` exit codes, on a tiny docs tree and test crate in
//! a tempdir (the audit logic itself is unit-tested in `src/docs_audit/`).

use std::path::Path;
use std::process::Output;

use crate::stderr;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn audit(docs: &Path, tests: &Path) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("docs-audit")
        .arg("--docs")
        .arg(docs)
        .arg("--tests")
        .arg(tests)
        .output()
        .unwrap()
}

#[test]
fn exit_codes_say_same_different_or_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    let (docs, tests) = (tmp.path().join("docs"), tmp.path().join("tests"));
    write(
        &docs.join("api/get_x.md"),
        "# X\n\n### Response\n\n| Field | Type | Description |\n| - | - | - |\n| `uuid` | String | Id |\n",
    );
    write(
        &tests.join("docs/pages.json"),
        r#"{"$comment": "t", "directories": ["api"], "files": [], "pages": [
            {"page": "api/get_x.md", "describes": {"operation": "getX"},
             "tables": [{"heading": "Response", "kind": "Field", "rows": [{"name": "uuid", "type": "String"}]}]}]}"#,
    );
    write(
        &tests.join("docs/examples.json"),
        r#"{"$comment": "t", "directories": [], "files": [], "examples": []}"#,
    );
    let same = audit(&docs, &tests);
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));

    write(
        &docs.join("api/get_x.md"),
        "# X\n\n### Response\n\n| Field | Type | Description |\n| - | - | - |\n| `uuid` | String | Id |\n| `name` | String | New |\n",
    );
    let different = audit(&docs, &tests);
    assert_eq!(different.status.code(), Some(1), "{}", stderr(&different));
    assert!(
        stderr(&different).contains(
            "api/get_x.md: Field `name` (String) under \"Response\" is in the docs but not in"
        ),
        "{}",
        stderr(&different)
    );
    assert!(
        stderr(&different).contains("docs-audit: 1 difference(s)"),
        "{}",
        stderr(&different)
    );

    let missing = audit(&tmp.path().join("nowhere"), &tests);
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    assert!(
        stderr(&missing).contains("no such directory"),
        "{}",
        stderr(&missing)
    );
}
