//! `callbell validate` end to end, by running the built binary: the output
//! lines (`FILE: /pointer: message`), the summary, stdin, and the exit codes
//! 0 (all valid), 1 (some payload invalid) and 2 (usage errors).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::text;

fn callbell(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_callbell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    text(&o.stdout)
}

fn stderr(o: &Output) -> String {
    text(&o.stderr)
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

const VALID_PAGE: &str = r#"{"contacts": [
  {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "name": "John Doe", "source": "whatsapp",
   "createdAt": "2020-11-13T21:08:53Z", "closedAt": null, "tags": ["lead"], "team": {}}
]}"#;

#[test]
fn valid_files_exit_0_with_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.json", VALID_PAGE);
    let b = write(dir.path(), "b.json", r#"{"contacts": []}"#);
    let out = callbell(&["validate", "ContactList", &a, &b], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "ContactList: 2 files valid\n");
}

#[test]
fn invalid_payload_exits_1_with_one_line_per_error() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.json", VALID_PAGE);
    let bad = write(
        dir.path(),
        "bad.json",
        r#"{"contacts": [
            {"uuid": "a", "name": "Ann"},
            {"uuid": "b", "name": null, "source": "tiktok", "createdAt": "2020-11-13 21:08"}
        ]}"#,
    );
    let out = callbell(&["validate", "ContactList", &good, &bad], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{bad}: /contacts/1/createdAt: \"2020-11-13 21:08\" is not a valid date-time (RFC 3339, like \"2024-01-31T09:30:00Z\")\n\
             {bad}: /contacts/1/name: expected string, found null\n\
             {bad}: /contacts/1/source: \"tiktok\" is not one of \"whatsapp\", \"instagram\", \"facebook\", \"telegram\"\n\
             ContactList: 1 of 2 files invalid (3 errors)\n"
        )
    );
}

#[test]
fn stdin_is_read_for_dash() {
    let out = callbell(
        &["validate", "CreateContactRequest", "-"],
        Some(
            r#"{"identifier": "123", "source": "whatsapp", "name": "Ann", "assigned_user": "not-an-email"}"#,
        ),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "<stdin>: /assigned_user: \"not-an-email\" is not a valid email address\n\
         CreateContactRequest: 1 of 1 file invalid (1 error)\n"
    );

    let out = callbell(
        &["validate", "NoteResponse", "-"],
        Some(r#"{"success": true}"#),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn one_element_list_rule_for_contact_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let two = write(
        dir.path(),
        "two.json",
        r#"{"contact": [{"uuid": "a", "name": "A"}, {"uuid": "b", "name": "B"}]}"#,
    );
    let none = write(dir.path(), "none.json", r#"{"contact": []}"#);
    let one = write(
        dir.path(),
        "one.json",
        r#"{"contact": [{"uuid": "a", "name": "A"}]}"#,
    );
    let out = callbell(&["validate", "ContactResponse", &two, &none, &one], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{two}: /contact: list has 2 items; at most 1 allowed\n\
             {none}: /contact: list has 0 items; at least 1 needed\n\
             ContactResponse: 2 of 3 files invalid (2 errors)\n"
        )
    );
}

#[test]
fn unknown_schema_exits_2_listing_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.json", VALID_PAGE);
    let out = callbell(&["validate", "Contacts", &a], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("unknown schema `Contacts`"), "{err}");
    assert!(err.contains("known schemas: ApiError, Bot,"), "{err}");
    assert!(err.contains("ContactList"), "{err}");
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
}

#[test]
fn unreadable_file_exits_2_but_the_others_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.json",
        r#"{"contacts": [{"uuid": 1, "name": "A"}]}"#,
    );
    let missing = dir.path().join("missing.json");
    let missing = missing.to_str().unwrap();
    let out = callbell(&["validate", "ContactList", missing, &bad], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(&format!("{missing}: cannot read:")),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        stdout(&out),
        format!(
            "{bad}: /contacts/0/uuid: expected string, found integer\n\
             ContactList: 1 of 1 file invalid (1 error); 1 file could not be checked\n"
        )
    );
}

#[test]
fn file_that_is_not_json_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "broken.json",
        "{\"contacts\": [\n  {\"uuid\": \"a\",}\n]}",
    );
    let out = callbell(&["validate", "ContactList", &broken], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!("{broken}: not JSON: trailing comma at line 2 column 16\n")
    );
    assert_eq!(
        stdout(&out),
        "ContactList: no file checked; 1 file could not be checked\n"
    );
}

#[test]
fn missing_arguments_are_a_usage_error() {
    let out = callbell(&["validate", "ContactList"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("<FILE>"), "{}", stderr(&out));
    let help = callbell(&["validate", "--help"], None);
    assert!(help.status.success());
    assert!(stdout(&help).contains("Exit code 0"), "{}", stdout(&help));
}

#[test]
fn a_repeated_key_exits_1_with_its_pointer() {
    let dir = tempfile::tempdir().unwrap();
    let twice = write(
        dir.path(),
        "twice.json",
        r#"{"contacts": 5, "contacts": []}"#,
    );
    let out = callbell(&["validate", "ContactList", &twice], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{twice}: /contacts: the key \"contacts\" appears twice\nContactList: 1 of 1 file invalid (1 error)\n"
        )
    );
}

#[test]
fn many_problems_print_a_bounded_list_and_a_count() {
    let items = vec!["1"; 20_000].join(",");
    let out = callbell(
        &["validate", "ContactList", "-"],
        Some(&format!(r#"{{"contacts": [{items}]}}"#)),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        callbell::schema::MAX_REPORTED_ERRORS + 2,
        "{text}"
    );
    assert_eq!(lines[lines.len() - 2], "<stdin>: … and 19900 more");
    assert_eq!(
        lines[lines.len() - 1],
        "ContactList: 1 of 1 file invalid (20000 errors)"
    );
}
