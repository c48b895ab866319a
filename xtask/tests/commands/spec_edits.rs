//! The maintainer's loop: edit the spec, run `cargo xtask codegen`, and the
//! change reaches `Callbell`'s generated surface with no hand edit.
//!
//! Each test edits a copy of `openapi/callbell.yaml`, regenerates into a
//! temporary directory and checks the regenerated code. One of them copies
//! the `callbell` crate with the regenerated files next to a tiny user crate
//! and type-checks it with `cargo check` (the one test here that runs cargo).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_yaml::Value;

use crate::root;

fn spec() -> Value {
    let text = std::fs::read_to_string(root().join("openapi/callbell.yaml")).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

/// The mapping at `keys` (each level must exist).
fn at<'v>(value: &'v mut Value, keys: &[&str]) -> &'v mut Value {
    keys.iter().fold(value, |v, key| {
        v.get_mut(*key)
            .unwrap_or_else(|| panic!("no `{key}` in the spec"))
    })
}

fn insert(value: &mut Value, keys: &[&str], key: &str, new: Value) {
    let Value::Mapping(map) = at(value, keys) else {
        panic!("{keys:?} is not a mapping")
    };
    map.insert(Value::String(key.into()), new);
}

/// A new optional query parameter on `listContacts`.
fn add_query_parameter(spec: &mut Value) {
    let Value::Sequence(params) = at(spec, &["paths", "/contacts", "get", "parameters"]) else {
        panic!("listContacts has no parameter list")
    };
    params.push(yaml(
        "{name: updated_since, in: query, description: Only contacts changed since then., schema: {type: string}}",
    ));
}

/// A new value of the `Source` enum.
fn add_enum_value(spec: &mut Value) {
    let Value::Sequence(values) = at(spec, &["components", "schemas", "Source", "enum"]) else {
        panic!("Source has no enum")
    };
    values.push(Value::String("new_value".into()));
}

/// A new (optional) field of the `Contact` answer.
fn add_response_field(spec: &mut Value) {
    let field = yaml("{type: string, description: What the contact likes to be called.}");
    insert(
        spec,
        &["components", "schemas", "Contact", "properties"],
        "nickname",
        field,
    );
}

/// A new optional field of the `createContact` body.
fn add_request_field(spec: &mut Value) {
    let field = yaml("{type: string, description: The contact's language.}");
    insert(
        spec,
        &[
            "components",
            "schemas",
            "CreateContactRequest",
            "properties",
        ],
        "language",
        field,
    );
}

/// A new optional field of the `updateContact` body that accepts `null`
/// (no contacts request has one yet).
fn add_nullable_request_field(spec: &mut Value) {
    let field = yaml(
        "{type: string, nullable: true, description: The contact's nickname; null removes it.}",
    );
    insert(
        spec,
        &[
            "components",
            "schemas",
            "UpdateContactRequest",
            "properties",
        ],
        "nickname",
        field,
    );
}

/// A new operation, `GET /contacts/{uuid}/team`, answering `{"team": Team}`.
fn add_operation(spec: &mut Value) {
    let operation = yaml(
        r##"
parameters:
  - $ref: "#/components/parameters/ContactUuid"
get:
  operationId: getContactTeam
  summary: Get the contact's team
  responses:
    "200":
      description: The team.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/TeamResponse"
    "404": { $ref: "#/components/responses/NotFound" }
"##,
    );
    insert(spec, &["paths"], "/contacts/{uuid}/team", operation);
    let answer = yaml(
        r##"{type: object, required: [team], properties: {team: {$ref: "#/components/schemas/Team"}}}"##,
    );
    insert(spec, &["components", "schemas"], "TeamResponse", answer);
}

/// A new webhook, `contact_merged`, whose body carries a `MergedContact`.
fn add_webhook(spec: &mut Value) {
    let webhook = yaml(
        r##"
post:
  operationId: contactMergedWebhook
  summary: Two contacts were merged into one
  requestBody:
    required: true
    content:
      application/json:
        schema:
          $ref: "#/components/schemas/ContactMergedEvent"
  responses:
    "2XX":
      description: The event was received.
"##,
    );
    insert(spec, &["x-webhooks"], "contact_merged", webhook);
    let body = yaml(
        r##"{type: object, required: [event, payload], properties: {event: {type: string}, payload: {$ref: "#/components/schemas/MergedContact"}}}"##,
    );
    insert(spec, &["components", "schemas"], "ContactMergedEvent", body);
    let payload = yaml(
        "{type: object, required: [uuid, merged_into], properties: {uuid: {type: string}, merged_into: {type: string}}}",
    );
    insert(spec, &["components", "schemas"], "MergedContact", payload);
}

/// The generated files of a regeneration.
struct Regenerated {
    dir: tempfile::TempDir,
    client: String,
    operations: String,
    webhooks: String,
}

impl Regenerated {
    /// Everything generated, for checks that do not care which file holds what.
    fn all(&self) -> String {
        let mut all = String::new();
        for entry in walk(self.dir.path()) {
            if entry.extension().is_some_and(|e| e == "rs") {
                all.push_str(&std::fs::read_to_string(entry).unwrap());
            }
        }
        all
    }

    /// The text of `impl NAME { ... }` in the operations file.
    fn builder_impl(&self, name: &str) -> &str {
        let start = self
            .operations
            .find(&format!("\nimpl {name} {{"))
            .unwrap_or_else(|| panic!("no `impl {name}` in:\n{}", self.operations));
        let rest = &self.operations[start + 1..];
        let end = rest.find("\n}\n").unwrap_or(rest.len());
        &rest[..end]
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// Runs `cargo xtask codegen` on the edited spec, writing into `src` (made
/// when missing) as if it were `crates/callbell/src`.
fn regenerate_into(spec: &Value, dir: tempfile::TempDir, src: &Path) -> Regenerated {
    std::fs::create_dir_all(src).unwrap();
    let spec_path = dir.path().join("callbell.yaml");
    std::fs::write(&spec_path, serde_yaml::to_string(spec).unwrap()).unwrap();
    let out = src.join("generated");
    let run = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--spec"])
        .arg(&spec_path)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "codegen failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let operations = std::fs::read_to_string(out.join("operations.rs")).unwrap();
    let client = std::fs::read_to_string(out.join("client.rs")).unwrap();
    let webhooks = std::fs::read_to_string(out.join("webhooks.rs")).unwrap();
    Regenerated {
        dir,
        client,
        operations,
        webhooks,
    }
}

fn regenerate(edit: impl FnOnce(&mut Value)) -> Regenerated {
    let mut spec = spec();
    edit(&mut spec);
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    regenerate_into(&spec, dir, &src)
}

#[test]
fn a_new_query_parameter_is_a_setter_of_the_paginated_builder() {
    let new = regenerate(add_query_parameter);
    let list = new.builder_impl("ListContacts");
    assert!(
        list.contains("pub fn updated_since<V>(mut self, value: V) -> Self"),
        "{list}"
    );
    assert!(
        list.contains("request = request.updated_since(value);"),
        "{list}"
    );
    for paging in [
        "pub fn stream(",
        "pub fn pages(",
        "pub async fn collect_all(",
    ] {
        assert!(list.contains(paging), "{paging} missing:\n{list}");
    }
    // Not added to another operation.
    assert!(!new.builder_impl("GetContact").contains("updated_since"));
    assert!(new.client.contains("\"updated_since\""));
}

#[test]
fn a_new_operation_is_a_method_of_callbell_with_its_builder() {
    let new = regenerate(add_operation);
    assert!(
        new.operations
            .contains("pub fn get_contact_team(&self) -> GetContactTeam {"),
        "{}",
        new.operations
    );
    let builder = new.builder_impl("GetContactTeam");
    assert!(
        builder.contains("pub fn uuid<V>(mut self, value: V) -> Self"),
        "{builder}"
    );
    // The path parameter is checked, and the answer wrapping one object gives it.
    assert!(
        builder.contains("crate::client::path_segment(\"uuid\", &value)?"),
        "{builder}"
    );
    assert!(
        builder.contains("crate::Result<crate::types::Team>"),
        "{builder}"
    );
    assert!(
        !builder.contains("pub fn stream("),
        "not paginated:\n{builder}"
    );
    assert!(
        new.operations
            .contains("impl ::std::future::IntoFuture for GetContactTeam {")
    );
}

#[test]
fn new_fields_reach_the_generated_types() {
    let new = regenerate(|spec| {
        add_response_field(spec);
        add_request_field(spec);
        add_nullable_request_field(spec);
    });
    let all = new.all();
    assert!(all.contains("pub nickname: ::std::option::Option<::std::string::String>"));
    assert!(all.contains("pub fn language<T>(mut self, value: T) -> Self"));
    // A nullable one has three states, and a setter for each set state.
    assert!(all.contains(
        "pub nickname: ::std::option::Option<::std::option::Option<::std::string::String>>"
    ));
    assert!(all.contains("pub fn nickname_null(mut self) -> Self"));
    // The operations file needs no change for either: it names the types only.
    let (old_operations, new_operations) = (
        std::fs::read_to_string(root().join("crates/callbell/src/generated/operations.rs"))
            .unwrap(),
        &new.operations,
    );
    assert_eq!(&old_operations, new_operations);
}

#[test]
fn a_new_enum_value_is_a_variant_that_parses_from_its_wire_string() {
    let new = regenerate(add_enum_value);
    let all = new.all();
    assert!(all.contains("NewValue"), "no NewValue variant generated");
    assert!(all.contains("\"new_value\""), "no wire string for NewValue");
}

#[test]
fn a_new_webhook_is_a_variant_of_webhook_event_read_from_its_name() {
    let new = regenerate(add_webhook);
    let hooks = &new.webhooks;
    for expected in [
        "ContactMerged(crate::types::MergedContact),",
        "\"contact_merged\",\n    ];",
        "Self::ContactMerged(_) => \"contact_merged\",",
        "read::<crate::types::ContactMergedEvent>(\"contact_merged\", body)?",
        "\"contact_merged\" => Some((\"contact_merged\", \"ContactMergedEvent\")),",
        "pub fn merged_contact(&self) -> Option<&crate::types::MergedContact>",
    ] {
        assert!(hooks.contains(expected), "{expected} missing:\n{hooks}");
    }
    // The contact events are still there, in the spec's order before it.
    let order: Vec<usize> = [
        "\"contact_created\",",
        "\"contact_deleted\",",
        "\"contact_merged\",",
    ]
    .iter()
    .map(|name| hooks.find(name).unwrap_or_else(|| panic!("{name} missing")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{hooks}");
}

/// Copies what building a crate needs (manifest, `src/`, `docs/`, and the
/// examples and tests its manifest names) into `to`.
fn copy_crate(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    std::fs::copy(from.join("Cargo.toml"), to.join("Cargo.toml")).unwrap();
    let dirs = ["src", "docs", "examples", "tests"].map(|dir| from.join(dir));
    for file in dirs
        .iter()
        .filter(|dir| dir.is_dir())
        .flat_map(|dir| walk(dir))
    {
        let target = to.join(file.strip_prefix(from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&file, &target).unwrap();
    }
}

const USER_CODE: &str = r##"
use std::io::{BufRead, BufReader, Read, Write};

use callbell::types::{CreateContactRequest, Source, UpdateContactRequest};
use futures::TryStreamExt;

/// README-style use of every addition; compiled, never run (`main` runs the
/// wire check below).
pub async fn use_the_additions(callbell: callbell::Callbell) -> Result<(), callbell::Error> {
    let mut recent = std::pin::pin!(callbell.list_contacts().updated_since("2024-01-01").tags("vip").stream());
    while let Some(contact) = recent.try_next().await? {
        let _: Option<String> = contact.nickname;
    }
    let team: callbell::types::Team = callbell.get_contact_team().uuid("414a6d692bd645ed803f2e7ce360d4c8").await?;
    let _ = team.name;
    let created = callbell
        .create_contact()
        .body(CreateContactRequest::builder().identifier("+393331234567").name("Ann").source(Source::Whatsapp).language("it"))
        .await?;
    let _ = created.uuid;
    Ok(())
}

/// A new webhook, read from its wire name.
pub fn read_the_new_webhook() -> Option<String> {
    let body = b"{\"event\": \"contact_merged\", \"payload\": {\"uuid\": \"a1\", \"merged_into\": \"b2\"}}";
    match callbell::webhook::WebhookEvent::from_slice(body).ok()? {
        callbell::webhook::WebhookEvent::ContactMerged(merged) => Some(merged.merged_into),
        other => other.merged_contact().map(|m| m.uuid.clone()),
    }
}

/// Reads one HTTP/1.1 request from `stream` and returns its body.
fn read_request(stream: &std::net::TcpStream) -> Vec<u8> {
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if line.trim_end().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap();
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    body
}

/// Sends three updates through the regenerated client to a stand-in on
/// 127.0.0.1 and returns the bodies it received, as sent.
fn bodies_on_the_wire(updates: Vec<callbell::types::builder::UpdateContactRequest>) -> Vec<String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}/v1", listener.local_addr().unwrap());
    let count = updates.len();
    let stand_in = std::thread::spawn(move || {
        let answer = r#"{"contact": {"uuid": "a1", "name": "Ann"}}"#;
        (0..count)
            .map(|_| {
                let (mut stream, _) = listener.accept().unwrap();
                stream.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
                let body = read_request(&stream);
                write!(
                    stream,
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
                    answer.len()
                )
                .unwrap();
                String::from_utf8(body).unwrap()
            })
            .collect::<Vec<_>>()
    });
    let callbell = callbell::Callbell::builder()
        .token("test_gshuPaZoeEG6ovbc8M79w0QyM")
        .base_url(&base_url)
        .build()
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        for update in updates {
            callbell.update_contact().uuid("a1").body(update).await.unwrap();
        }
    });
    stand_in.join().unwrap()
}

fn main() {
    fn spawnable<T: Send + 'static>(_: &T) {}
    let callbell = callbell::Callbell::builder().token("test_gshuPaZoeEG6ovbc8M79w0QyM").build().unwrap();
    spawnable(&std::future::IntoFuture::into_future(callbell.get_contact_team().uuid("a1")));
    spawnable(&callbell.list_contacts().updated_since("x").stream());

    let sent = bodies_on_the_wire(vec![
        UpdateContactRequest::builder().nickname_null(),
        UpdateContactRequest::builder().name("Ann"),
        UpdateContactRequest::builder().nickname("Annie"),
    ]);
    assert_eq!(sent, [r#"{"nickname":null}"#, r#"{"name":"Ann"}"#, r#"{"nickname":"Annie"}"#]);
    let built: UpdateContactRequest = UpdateContactRequest::builder().nickname_null().try_into().unwrap();
    assert_eq!(built.nickname, Some(None));
    println!("bodies on the wire: {sent:?}");
}
"##;

#[test]
fn user_code_type_checks_against_the_regenerated_crate() {
    let mut spec = spec();
    add_query_parameter(&mut spec);
    add_response_field(&mut spec);
    add_request_field(&mut spec);
    add_nullable_request_field(&mut spec);
    add_operation(&mut spec);
    add_webhook(&mut spec);

    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().to_path_buf();
    // `callbell`, its runtime and the strict validator it depends on (feature `validate`).
    for member in [
        "crates/callbell",
        "crates/callbell-runtime",
        "crates/callbell-schema",
    ] {
        copy_crate(&root().join(member), &workspace.join(member));
    }
    let new = regenerate_into(&spec, dir, &workspace.join("crates/callbell/src"));
    assert!(new.operations.contains("pub fn get_contact_team("));

    // The workspace's manifest (dependency versions, profiles) with two members,
    // and its lock file, so the dependencies already built are reused.
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let manifest = with_members(&manifest, "\"crates/callbell\", \"user\"");
    std::fs::write(workspace.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(root().join("Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    std::fs::create_dir_all(workspace.join("user/src")).unwrap();
    std::fs::write(
        workspace.join("user/Cargo.toml"),
        "[package]\nname = \"spec-edits-user\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ncallbell.workspace = true\nfutures.workspace = true\n\
         tokio = { workspace = true, features = [\"rt\"] }\n",
    )
    .unwrap();
    std::fs::write(workspace.join("user/src/main.rs"), USER_CODE).unwrap();

    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("target"));
    // Type-checked, not run: its `main` (sending updates through the
    // regenerated client to a stand-in and comparing the bodies) must compile
    // against the regenerated surface; what a null writes is serde's, which
    // the client tests check on the real types.
    let build = crate::child_cargo::command()
        // `check`: type-checking is what the generated code can fail; it skips code
        // generation and linking of the scratch crate and its dependencies.
        .args(["check", "--quiet", "-p", "spec-edits-user"])
        .current_dir(&workspace)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "user code does not type-check against the regenerated crate:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
}

/// The workspace manifest with `members` and `default-members` set to `members`.
fn with_members(manifest: &str, members: &str) -> String {
    let lines: Vec<String> = manifest
        .lines()
        .map(|line| match line.split_once(" = [") {
            Some((key @ ("members" | "default-members"), _)) => format!("{key} = [{members}]"),
            _ => line.to_string(),
        })
        .collect();
    assert!(lines.iter().any(|l| l == &format!("members = [{members}]")));
    lines.join("\n") + "\n"
}
