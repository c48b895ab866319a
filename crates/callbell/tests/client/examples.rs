//! The examples: their logic called directly, the compiled `list_contacts`
//! binary run against a stand-in, and the axum webhook app over HTTP.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex, OnceLock};

use callbell::types::Source;
use callbell::webhook::WebhookEvent;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::stand_in::{TOKEN, answer, base_url, client, contact, paged, queries, server};

#[path = "../../examples/list_contacts.rs"]
#[allow(dead_code)]
mod list_contacts;

#[path = "../../examples/create_contact.rs"]
#[allow(dead_code)]
mod create_contact;

#[path = "../../examples/axum_webhook.rs"]
#[allow(dead_code)]
mod axum_webhook;

fn args(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_owned).collect()
}

/// Two pages of contacts, then an empty one; returns the contacts.
async fn two_pages(server: &MockServer) -> Vec<Value> {
    let pages = [
        vec![contact("a1", "Ann"), contact("b2", "Bob")],
        vec![contact("c3", "Cid")],
        vec![],
    ];
    paged(server, "/v1/contacts", "contacts", &pages, 1..=1).await;
    pages.concat()
}

/// The query strings [`two_pages`] is asked with when filtered by tags.
const TAGGED_QUERIES: [&str; 3] = [
    "page=1&tags=sales,lead",
    "page=2&tags=sales,lead",
    "page=3&tags=sales,lead",
];

#[test]
fn list_contacts_reads_its_flags() {
    let parsed =
        list_contacts::parse_args(args("--tags sales,lead --source=whatsapp --team-uuid t1"))
            .unwrap()
            .unwrap();
    assert_eq!(parsed.tags, ["sales", "lead"]);
    assert_eq!(parsed.source, Some(Source::Whatsapp));
    assert_eq!(parsed.team_uuid.as_deref(), Some("t1"));
    assert_eq!(
        list_contacts::parse_args(args("")).unwrap().unwrap(),
        list_contacts::Args::default()
    );
    assert_eq!(list_contacts::parse_args(args("--help")).unwrap(), None);
    assert_eq!(
        list_contacts::parse_args(args("--tags")).unwrap_err(),
        "--tags needs a value"
    );
    assert_eq!(
        list_contacts::parse_args(args("--nope")).unwrap_err(),
        "unknown argument \"--nope\""
    );
}

#[tokio::test]
async fn list_contacts_writes_one_json_object_per_line() {
    let server = server().await;
    let expected = two_pages(&server).await;
    let parsed = list_contacts::parse_args(args("--tags sales,lead"))
        .unwrap()
        .unwrap();
    let mut out = Vec::new();
    let written = list_contacts::run(&client(&server), &parsed, &mut out)
        .await
        .unwrap();
    assert_eq!(written, 3);
    assert_eq!(queries(&server).await, TAGGED_QUERIES);
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines, expected);
}

#[test]
fn create_contact_reads_its_flags() {
    let request =
        create_contact::parse_args(args("--identifier +393331234567 --name Ann --tags a,b"))
            .unwrap()
            .unwrap();
    assert_eq!(request.identifier, "+393331234567");
    assert_eq!(request.source, Source::Whatsapp);
    assert_eq!(request.tags, Some(vec!["a".to_string(), "b".to_string()]));
    let err = create_contact::parse_args(args("--name Ann")).unwrap_err();
    assert!(err.contains("identifier"), "{err}");
}

#[tokio::test]
async fn create_contact_posts_the_request() {
    let server = server().await;
    Mock::given(method("POST"))
        .and(path("/v1/contacts"))
        .and(body_json(json!({
            "identifier": "+393331234567", "name": "Ann", "source": "instagram", "tags": ["lead"]
        })))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contact": [contact("a1", "Ann")]})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let request = create_contact::parse_args(args(
        "--identifier +393331234567 --name Ann --source instagram --tags lead",
    ))
    .unwrap()
    .unwrap();
    let printed = create_contact::run(&client(&server), request)
        .await
        .unwrap();
    let printed: Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(printed, contact("a1", "Ann"));
}

/// The compiled `list_contacts` example, (re)built once per test run with the
/// cargo that runs the tests, in the same target directory and profile as this
/// test binary. `--workspace` resolves features as `cargo test --workspace`
/// does, so after that command the build reuses its `callbell` (and its
/// example) instead of compiling `callbell` and its HTTP stack again with
/// other features.
fn list_contacts_binary() -> PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(build_list_contacts).clone()
}

fn build_list_contacts() -> PathBuf {
    // <target>/<profile>/deps/client-<hash>
    let test_binary = std::env::current_exe().unwrap();
    let profile_dir = test_binary.parent().and_then(|deps| deps.parent()).unwrap();
    let target_dir = profile_dir.parent().unwrap();
    let mut build = crate::child_cargo::command();
    build
        .args([
            "build",
            "--quiet",
            "--workspace",
            "--example",
            "list_contacts",
        ])
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    if profile_dir
        .file_name()
        .is_some_and(|name| name == "release")
    {
        build.arg("--release");
    }
    let status = build.status().expect("cargo runs");
    assert!(
        status.success(),
        "building the list_contacts example failed"
    );
    profile_dir
        .join("examples")
        .join(format!("list_contacts{}", std::env::consts::EXE_SUFFIX))
}

/// Runs the example binary with the given environment and arguments, off the
/// runtime's threads so the stand-in keeps answering.
async fn run_example(env: Vec<(&'static str, String)>, arguments: &'static str) -> Output {
    tokio::task::spawn_blocking(move || {
        let mut command = Command::new(list_contacts_binary());
        command
            .args(args(arguments))
            .env_remove("CALLBELL_API_TOKEN")
            .env_remove("CALLBELL_BASE_URL");
        for (name, value) in env {
            command.env(name, value);
        }
        command.output().unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_contacts_binary_streams_a_stand_in() {
    let server = server().await;
    let expected = two_pages(&server).await;
    let env = vec![
        ("CALLBELL_API_TOKEN", TOKEN.to_owned()),
        ("CALLBELL_BASE_URL", base_url(&server)),
    ];
    let output = run_example(env.clone(), "--tags sales,lead").await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "exit {:?}: {stderr}",
        output.status
    );
    let lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines, expected);
    assert_eq!(queries(&server).await, TAGGED_QUERIES);

    // A refused token: the error on stderr, a failure exit, nothing on stdout.
    let refusing = self::server().await;
    answer(
        &refusing,
        "/v1/contacts",
        ResponseTemplate::new(401).set_body_json(json!({"error": "invalid api token"})),
    )
    .await;
    let env = vec![
        ("CALLBELL_API_TOKEN", TOKEN.to_owned()),
        ("CALLBELL_BASE_URL", base_url(&refusing)),
    ];
    let output = run_example(env, "").await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr.trim(),
        "list_contacts: list_contacts (GET /contacts) after 1 attempt: 401 Unauthorized: invalid api token"
    );
    assert!(output.stdout.is_empty());

    // No token at all: a clear message naming the variable.
    let output = run_example(vec![], "").await;
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("CALLBELL_API_TOKEN"));

    // A bad command line: usage, exit status 2.
    let output = run_example(vec![], "--frobnicate").await;
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: list_contacts"));
}

/// A docs fixture of a webhook body (`tests/fixtures/<schema>/`), the first by name.
fn webhook_fixture(schema: &str) -> Vec<u8> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(schema);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    std::fs::read(&files[0]).unwrap()
}

#[tokio::test]
async fn the_axum_webhook_app_answers_checks_events_and_malformed_bodies_over_http() {
    const PATH: &str = "/callbell/3f9c2b7e5a1d4c8e9b0a6f2d7c1e5b3a";
    let received = Arc::new(Mutex::new(Vec::new()));
    let sink = received.clone();
    let app = axum_webhook::app(PATH, move |event| sink.lock().unwrap().push(event));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}{PATH}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let http = reqwest::Client::new();
    let send = |method: reqwest::Method, url: String, body: Vec<u8>| {
        let request = http.request(method, url).body(body);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let content_type = response.headers().get("content-type").cloned();
            (status, content_type, response.text().await.unwrap())
        }
    };
    let ok = r#"{"status":"ok"}"#;

    // Connection checks: by GET, by an empty POST, by a POST without an event.
    for (method, body) in [
        (reqwest::Method::GET, ""),
        (reqwest::Method::POST, ""),
        (reqwest::Method::POST, "{}"),
    ] {
        let (status, content_type, text) = send(method.clone(), url.clone(), body.into()).await;
        assert_eq!((status, text.as_str()), (200, ok), "{method} {body:?}");
        assert_eq!(content_type.unwrap(), "application/json");
    }
    assert!(received.lock().unwrap().is_empty());

    // Contact events: 200, and the typed event reaches the app.
    for schema in ["ContactEvent", "ContactDeletedEvent"] {
        let body = webhook_fixture(schema);
        let (status, _, text) = send(reqwest::Method::POST, url.clone(), body.clone()).await;
        assert_eq!((status, text.as_str()), (200, ok), "{schema}");
        let got = received
            .lock()
            .unwrap()
            .pop()
            .expect("the event reached the app");
        assert_eq!(got, WebhookEvent::from_slice(&body).unwrap());
        let line: Value = serde_json::from_str(&axum_webhook::event_line(&got)).unwrap();
        assert_eq!(line["event"], got.name());
    }

    // Malformed bodies: 400 with a reason; nothing reaches the app.
    for body in [
        "<html>",
        r#"{"event": "contact_created", "payload": {"uuid": "a1", "name": "Ann", "tags": [5]}}"#,
    ] {
        let (status, _, text) = send(reqwest::Method::POST, url.clone(), body.into()).await;
        assert_eq!(status, 400, "{body}");
        let text: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(text["status"], "error", "{body}");
    }
    // Too large, and other paths.
    let huge = vec![b' '; callbell::webhook::MAX_BODY + 1];
    assert_eq!(send(reqwest::Method::POST, url.clone(), huge).await.0, 413);
    let elsewhere = url.replace(PATH, "/callbell");
    let body = webhook_fixture("ContactEvent");
    assert_eq!(send(reqwest::Method::POST, elsewhere, body).await.0, 404);
    assert!(received.lock().unwrap().is_empty());
    server.abort();
}
