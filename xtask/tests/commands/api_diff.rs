//! `cargo xtask api-diff` end to end: formats, exit codes (0, 1 with
//! `--fail-on-breaking`, 2 on bad input), git revisions and their errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::{spec_text, stderr, stdout};

fn api_diff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("api-diff")
        .args(args)
        .output()
        .unwrap()
}

/// The project spec and an edited copy, as files in a temporary directory.
struct Pair {
    _dir: tempfile::TempDir,
    old: PathBuf,
    new: PathBuf,
}

impl Pair {
    fn new(edit: impl Fn(&str) -> String) -> Pair {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.yaml");
        let new = dir.path().join("new.yaml");
        let text = spec_text();
        std::fs::write(&old, &text).unwrap();
        let edited = edit(&text);
        assert_ne!(edited, text, "the edit must change the spec");
        std::fs::write(&new, edited).unwrap();
        Pair {
            _dir: dir,
            old,
            new,
        }
    }

    fn run(&self, extra: &[&str]) -> Output {
        let mut args = vec![
            "--old",
            self.old.to_str().unwrap(),
            "--new",
            self.new.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        api_diff(&args)
    }
}

/// Removes the optional `avatarUrl` field from `Contact` (a response field).
fn remove_avatar_url(text: &str) -> String {
    text.replace(
        "        avatarUrl:\n          type: string\n          nullable: true\n          description: Where the contact's avatar picture is.\n",
        "",
    )
}

/// Adds an optional query parameter to `listContacts`.
fn add_query_parameter(text: &str) -> String {
    text.replace(
        "        - name: team_uuid\n",
        "        - name: assigned_user\n          in: query\n          schema:\n            type: string\n        - name: team_uuid\n",
    )
}

#[test]
fn text_report_names_pointer_verdicts_and_version() {
    let pair = Pair::new(remove_avatar_url);
    let out = pair.run(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.ends_with("/components/schemas/Contact/properties/avatarUrl"))
        .unwrap_or_else(|| panic!("no line for the field:\n{text}"));
    assert!(line.starts_with("BREAKING"), "{line}");
    assert!(line.contains("major"), "{line}");
    assert!(
        text.contains("removed field `Contact.avatar_url`"),
        "{text}"
    );
    assert!(text.contains("0.y.z"), "{text}");
}

#[test]
fn fail_on_breaking_exits_1_only_when_something_breaks() {
    let breaking = Pair::new(remove_avatar_url).run(&["--fail-on-breaking"]);
    assert_eq!(breaking.status.code(), Some(1), "{}", stdout(&breaking));

    let additive = Pair::new(add_query_parameter);
    let out = additive.run(&["--fail-on-breaking"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l.starts_with("compatible") && l.contains("minor")),
        "{text}"
    );
}

#[test]
fn json_report_is_one_document_with_both_verdicts() {
    let out = Pair::new(add_query_parameter).run(&["--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["breaking"], false);
    assert_eq!(doc["bump"], "minor");
    let changes = doc["changes"].as_array().unwrap();
    let param = changes
        .iter()
        .find(|c| c["pointer"] == "/paths/~1contacts/get/parameters/3")
        .unwrap_or_else(|| panic!("{doc:#}"));
    assert_eq!(param["wire"]["breaking"], false);
    assert_eq!(param["rust"]["bump"], "minor");
    assert_eq!(
        param["wire"]["findings"][0]["rule"],
        "optional-parameter-added"
    );
    assert!(doc["version"]["current"].is_string(), "{doc:#}");
}

#[test]
fn markdown_report_is_a_table() {
    let out = Pair::new(remove_avatar_url).run(&["--format", "markdown"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.contains("| Pointer | Wire | Rust | What changed |"),
        "{md}"
    );
    assert!(
        md.contains("| `/components/schemas/Contact/properties/avatarUrl` | BREAKING | major |"),
        "{md}"
    );
}

#[test]
fn broken_spec_exits_2_with_file_and_line() {
    let pair = Pair::new(|t| t.replace("  title: Callbell Contacts API", "  title: [broken"));
    let out = pair.run(&[]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("new.yaml:"), "{err}");
    assert!(err.contains("invalid YAML"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn unreadable_old_spec_exits_2() {
    let out = api_diff(&["--old", "/no/such/spec.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("cannot read the spec"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn git_revision_is_the_default_old_spec() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.yaml");
    std::fs::write(&new, add_query_parameter(&spec_text())).unwrap();
    let out = api_diff(&["--base", "HEAD", "--new", new.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("API change report: HEAD:openapi/callbell.yaml -> "),
        "{}",
        stdout(&out)
    );
}

#[test]
fn unknown_revision_exits_2() {
    let out = api_diff(&["--base", "no-such-revision-here"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("git cannot show"), "{}", stderr(&out));
}

#[test]
fn outside_git_says_so_and_exits_2() {
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("api-diff")
        .env("GIT_DIR", empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("not inside a git checkout"), "{err}");
    assert!(err.contains("--old FILE"), "{err}");
}

#[test]
fn old_and_base_conflict() {
    let out = api_diff(&["--base", "HEAD", "--old", "x.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
}

/// `cargo xtask codegen` on the project's spec, only when the checked-in
/// files are fresh (so that the run writes nothing).
fn codegen_if_fresh(git_dir: Option<&Path>) -> Option<Output> {
    let xtask = || Command::new(env!("CARGO_BIN_EXE_xtask"));
    let check = xtask().args(["codegen", "--check"]).output().unwrap();
    if !check.status.success() {
        // the codegen module's freshness test reports this case.
        return None;
    }
    let mut run = xtask();
    run.arg("codegen");
    if let Some(dir) = git_dir {
        run.env("GIT_DIR", dir);
    }
    Some(run.output().unwrap())
}

#[test]
fn codegen_prints_the_change_report_or_says_why_not() {
    let Some(out) = codegen_if_fresh(None) else {
        return;
    };
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        !text.contains("wrote "),
        "a fresh tree was rewritten:\n{text}"
    );
    let unchanged =
        text.contains("No change report: openapi/callbell.yaml is unchanged since HEAD.");
    let reported =
        text.contains("API change report: HEAD:openapi/callbell.yaml -> openapi/callbell.yaml");
    assert!(unchanged ^ reported, "{text}");
}

#[test]
fn codegen_outside_git_says_so_and_still_succeeds() {
    let empty = tempfile::tempdir().unwrap();
    let Some(out) = codegen_if_fresh(Some(empty.path())) else {
        return;
    };
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("No change report:")
            && stdout(&out).contains("not inside a git checkout"),
        "{}",
        stdout(&out)
    );
}
