//! `cargo xtask codegen` end to end: the checked-in files are fresh, `--check`
//! catches a stale file, regeneration restores it byte for byte, and a broken
//! spec fails with its file and place while leaving the output untouched.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::{root, spec_text, stderr, stdout};

/// The generated directory, and the files `cargo xtask codegen` writes into it.
const GENERATED: &str = "crates/callbell/src/generated";
const RUST_FILES: [&str; 6] = [
    "types.rs",
    "client.rs",
    "open_enums.rs",
    "tables.rs",
    "operations.rs",
    "webhooks.rs",
];

/// Every generated Rust file: [`RUST_FILES`], then each type's file in `types/`.
fn rust_files() -> Vec<String> {
    let mut names: Vec<String> = RUST_FILES.iter().map(|name| name.to_string()).collect();
    let mut types: Vec<String> = std::fs::read_dir(root().join(GENERATED).join("types"))
        .unwrap()
        .map(|entry| format!("types/{}", entry.unwrap().file_name().to_string_lossy()))
        .collect();
    types.sort();
    assert!(types.contains(&"types/contact.rs".to_string()), "{types:?}");
    names.extend(types);
    names
}

fn generated_text(name: &str) -> String {
    std::fs::read_to_string(root().join(GENERATED).join(name)).unwrap()
}

/// The strict validator's JSON Schema, which a trial run (`--out`) writes next to the Rust files.
fn schemas_text() -> String {
    std::fs::read_to_string(root().join("crates/callbell-schema/src/generated/schemas.json"))
        .unwrap()
}

/// A copy of the checked-in generated directory in `dir`.
fn copy_generated(dir: &Path) -> PathBuf {
    let out = dir.join("generated");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(out.join("types")).unwrap();
    for name in rust_files() {
        std::fs::write(out.join(&name), generated_text(&name)).unwrap();
    }
    std::fs::write(out.join("schemas.json"), schemas_text()).unwrap();
    out
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap()
}

fn codegen(spec: &Path, out: &Path, check: bool) -> Output {
    let mut args = vec![
        "codegen",
        "--spec",
        spec.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    if check {
        args.push("--check");
    }
    xtask(&args)
}

#[test]
fn checked_in_client_is_fresh() {
    let out = xtask(&["codegen", "--check"]);
    assert!(
        out.status.success(),
        "crates/callbell/src/generated/ is stale; run `cargo xtask codegen`.\n{}",
        stderr(&out)
    );
}

#[test]
fn generated_files_start_with_the_generated_marker() {
    for name in rust_files() {
        let first = generated_text(&name)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        assert!(first.contains("@generated"), "{name}: {first}");
        assert!(
            first.contains("openapi/callbell.yaml") && first.contains("cargo xtask codegen"),
            "{name}: {first}"
        );
    }
}

#[test]
fn each_stale_file_fails_check_and_codegen_restores_it_byte_for_byte() {
    let spec = root().join("openapi/callbell.yaml");
    for name in RUST_FILES.into_iter().chain(["types/contact.rs"]) {
        let dir = tempfile::tempdir().unwrap();
        let out = copy_generated(dir.path());
        let original = generated_text(name);
        std::fs::write(out.join(name), format!("{original}// a stray line\n")).unwrap();

        let check = codegen(&spec, &out, true);
        assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
        let err = stderr(&check);
        assert!(err.contains(&format!("{name} is stale")), "{err}");
        assert_eq!(err.matches("is stale").count(), 1, "{err}");
        assert!(err.contains("cargo xtask codegen"), "{err}");
        // The diff shows what is stale: the stray line, removed.
        assert!(err.contains("\n-// a stray line\n"), "{err}");

        let run = codegen(&spec, &out, false);
        assert!(run.status.success(), "{}", stderr(&run));
        assert_eq!(std::fs::read_to_string(out.join(name)).unwrap(), original);
    }
}

#[test]
fn codegen_into_an_empty_directory_writes_every_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let spec = root().join("openapi/callbell.yaml");
    let out = dir.path().join("generated");
    let run = codegen(&spec, &out, false);
    assert!(run.status.success(), "{}", stderr(&run));
    let names = rust_files();
    for name in &names {
        assert_eq!(
            std::fs::read_to_string(out.join(name)).unwrap(),
            generated_text(name),
            "{name}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(out.join("schemas.json")).unwrap(),
        schemas_text()
    );
    let again = stdout(&codegen(&spec, &out, false));
    assert_eq!(
        again.matches("already up to date").count(),
        names.len() + 1,
        "{again}"
    );
}

#[test]
fn a_type_file_the_spec_no_longer_generates_fails_check_and_codegen_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let spec = root().join("openapi/callbell.yaml");
    let out = copy_generated(dir.path());
    let stray = out.join("types/gone.rs");
    std::fs::write(&stray, "// a type the spec had\n").unwrap();

    let check = codegen(&spec, &out, true);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("gone.rs is not generated"),
        "{}",
        stderr(&check)
    );
    assert!(stray.exists(), "--check writes nothing");

    let run = codegen(&spec, &out, false);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(!stray.exists());
    assert!(codegen(&spec, &out, true).status.success());
}

#[test]
fn stale_schemas_json_fails_check_and_codegen_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let spec = root().join("openapi/callbell.yaml");
    let out = copy_generated(dir.path());
    let schemas = out.join("schemas.json");
    std::fs::write(
        &schemas,
        schemas_text().replace("\"maxLength\": 1000", "\"maxLength\": 2000"),
    )
    .unwrap();

    let check = codegen(&spec, &out, true);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let err = stderr(&check);
    assert!(err.contains("schemas.json is stale"), "{err}");
    assert_eq!(err.matches("is stale").count(), 1, "{err}");

    let run = codegen(&spec, &out, false);
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(std::fs::read_to_string(&schemas).unwrap(), schemas_text());
    let check = codegen(&spec, &out, true);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn schemas_json_is_deterministic_and_converts_the_spec_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let spec = root().join("openapi/callbell.yaml");
    let out = dir.path().join("generated");
    assert!(codegen(&spec, &out, false).status.success());
    let first = std::fs::read(out.join("schemas.json")).unwrap();
    std::fs::remove_file(out.join("schemas.json")).unwrap();
    assert!(codegen(&spec, &out, false).status.success());
    assert_eq!(std::fs::read(out.join("schemas.json")).unwrap(), first);

    let doc: serde_json::Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(
        doc["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    // The strict schema keeps the spec's closed enums (the typed reader's
    // open enums are not the contract).
    assert_eq!(
        doc["$defs"]["Source"]["enum"],
        serde_json::json!(["whatsapp", "instagram", "facebook", "telegram"])
    );
    assert_eq!(
        doc["$defs"]["Contact"]["properties"]["source"]["$ref"],
        "#/$defs/Source"
    );
}

#[test]
fn a_format_the_validator_cannot_enforce_is_refused() {
    let err = broken(|s| s.replacen("          format: email\n", "          format: phone\n", 1));
    assert!(err.contains("format `phone`"), "{err}");
    assert!(
        err.contains("at /components/schemas/CreateContactRequest/properties/assigned_user/format"),
        "{err}"
    );
}

/// Runs codegen on a broken copy of the spec and returns its stderr, after
/// checking that it failed and did not touch the output file.
fn broken(edit: impl Fn(&str) -> String) -> String {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("callbell.yaml");
    let changed = edit(&spec_text());
    assert_ne!(changed, spec_text(), "the edit did not change the spec");
    std::fs::write(&spec, changed).unwrap();
    let out = dir.path().join("generated");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("types.rs"), "// untouched\n").unwrap();

    let run = codegen(&spec, &out, false);
    assert!(!run.status.success(), "codegen accepted a broken spec");
    assert_eq!(
        std::fs::read_to_string(out.join("types.rs")).unwrap(),
        "// untouched\n"
    );
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 2, "codegen left files behind");
    let err = stderr(&run);
    assert!(
        err.contains(spec.to_str().unwrap()),
        "the error does not name the spec: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn bad_yaml_names_file_and_line() {
    let err = broken(|s| s.replacen("  title: Callbell Contacts API", "  title: [Callbell", 1));
    assert!(
        err.contains("callbell.yaml:3:") || err.contains("callbell.yaml:4:"),
        "{err}"
    );
    assert!(err.contains("invalid YAML"), "{err}");
}

#[test]
fn unresolved_ref_names_the_pointer_and_line() {
    let err = broken(|s| {
        s.replacen(
            "#/components/schemas/ContactList\"",
            "#/components/schemas/Nope\"",
            1,
        )
    });
    assert!(
        err.contains(
            "at /paths/~1contacts/get/responses/2XX/content/application~1json/schema/$ref"
        ),
        "{err}"
    );
    assert!(err.contains("#/components/schemas/Nope"), "{err}");
    let line = spec_text()
        .lines()
        .position(|l| l.contains("schemas/ContactList\""))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("callbell.yaml:{line}:")),
        "expected line {line}: {err}"
    );
}

#[test]
fn unresolved_ref_in_a_webhook_entry_names_its_pointer() {
    let err = broken(|s| {
        s.replacen(
            "#/components/schemas/ContactDeletedEvent\"",
            "#/components/schemas/Gone\"",
            1,
        )
    });
    assert!(
        err.contains(
            "at /x-webhooks/contact_deleted/post/requestBody/content/application~1json/schema/$ref"
        ),
        "{err}"
    );
}

#[test]
fn missing_operation_id_names_the_operation() {
    let err = broken(|s| s.replacen("      operationId: deleteContact\n", "", 1));
    assert!(err.contains("at /paths/~1contacts~1{uuid}/delete"), "{err}");
    assert!(err.contains("has no operationId"), "{err}");
}

#[test]
fn wrongly_typed_value_names_the_pointer() {
    let err = broken(|s| s.replacen("  version: \"1.0\"", "  version: [1]", 1));
    assert!(err.contains("at /info/version"), "{err}");
}

#[test]
fn schema_progenitor_cannot_handle_is_reported_with_its_place() {
    // progenitor has no encoding for an object-typed query parameter.
    let err = broken(|s| {
        s.replacen(
            "          description: Only contacts of this team.\n          schema:\n            type: string",
            "          description: Only contacts of this team.\n          schema:\n            type: object\n            properties:\n              a: {type: string}",
            1,
        )
    });
    assert!(err.contains("progenitor cannot generate"), "{err}");
    assert!(err.contains("at /paths/~1contacts/get"), "{err}");
}

#[test]
fn generator_panic_becomes_an_error_with_the_operation() {
    // progenitor panics on a path template naming an undeclared parameter.
    let err = broken(|s| {
        s.replacen(
            "  /contacts/bsuid/{bsuid}:",
            "  /contacts/bsuid/{bsuid}/{extra}:",
            1,
        )
    });
    assert!(err.contains("missing path name mapping extra"), "{err}");
    assert!(
        err.contains("at /paths/~1contacts~1bsuid~1{bsuid}~1{extra}/get"),
        "{err}"
    );
}

#[test]
fn help_explains_the_commands() {
    let top = xtask(&["--help"]);
    let text = stdout(&top);
    assert!(top.status.success() && text.contains("codegen"), "{text}");
    let sub = xtask(&["codegen", "--help"]);
    let text = stdout(&sub);
    assert!(sub.status.success() && text.contains("--check"), "{text}");
}

#[test]
fn a_new_enum_value_reaches_its_open_enum_without_hand_edits() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("callbell.yaml");
    let listed = "enum: [whatsapp, instagram, facebook, telegram]";
    assert!(spec_text().contains(listed));
    std::fs::write(
        &spec,
        spec_text().replacen(
            listed,
            "enum: [whatsapp, instagram, facebook, telegram, tiktok]",
            1,
        ),
    )
    .unwrap();
    let out = dir.path().join("generated");
    let run = codegen(&spec, &out, false);
    assert!(run.status.success(), "{}", stderr(&run));
    let open_enums = std::fs::read_to_string(out.join("open_enums.rs")).unwrap();
    for new in [
        "    Telegram,\n    /// `tiktok`.\n    Tiktok,\n",
        "\"telegram\",\n        \"tiktok\",\n    ];",
        "Self::Tiktok => \"tiktok\",",
        "\"tiktok\" => Some(Self::Tiktok),",
    ] {
        assert!(open_enums.contains(new), "{new:?} missing:\n{open_enums}");
    }
    // Only the enum changes: the types name it, they do not restate its values.
    for name in rust_files().iter().filter(|name| name.starts_with("types")) {
        assert_eq!(
            std::fs::read_to_string(out.join(name)).unwrap(),
            generated_text(name),
            "{name}"
        );
    }
}
