//! The examples: their logic called directly, and the compiled
//! `list_contacts` binary run against a stand-in.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

use callbell::types::Source;
use callbell::webhook::WebhookEvent;
use serde_json::{json, Value};
use tokio::net::TcpListener;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::stand_in::{answer, base_url, client, contact, paged, queries, server, TOKEN};

#[path = "../../examples/list_contacts.rs"]
#[allow(dead_code)]
mod list_contacts;

#[path = "../../examples/create_contact.rs"]
#[allow(dead_code)]
mod create_contact;

#[path = "../../examples/webhook.rs"]
#[allow(dead_code)]
mod webhook;

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

/// The compiled `list_contacts` example, (re)built with the cargo that runs
/// the tests, in the same target directory and profile as this test binary.
fn list_contacts_binary() -> PathBuf {
    // <target>/<profile>/deps/client-<hash>
    let test_binary = std::env::current_exe().unwrap();
    let profile_dir = test_binary.parent().and_then(|deps| deps.parent()).unwrap();
    let target_dir = profile_dir.parent().unwrap();
    let mut build = Command::new(env!("CARGO"));
    build
        .args([
            "build",
            "--quiet",
            "-p",
            "callbell",
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
        "list_contacts: 401 Unauthorized: invalid api token"
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

/// The docs' webhook bodies (`tests/fixtures/<schema>/*.json` of the workspace), sorted.
fn webhook_fixtures() -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut fixtures = Vec::new();
    for schema in ["ContactEvent", "ContactDeletedEvent"] {
        for entry in std::fs::read_dir(root.join(schema)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "json") {
                let body = std::fs::read(&path).unwrap();
                fixtures.push((path, body));
            }
        }
    }
    fixtures.sort();
    fixtures
}

#[test]
fn webhook_reads_its_flags() {
    assert_eq!(webhook::parse_args(args("")).unwrap(), Some(0));
    assert_eq!(
        webhook::parse_args(args("--port 8080")).unwrap(),
        Some(8080)
    );
    assert_eq!(webhook::parse_args(args("--port=9")).unwrap(), Some(9));
    assert_eq!(webhook::parse_args(args("--help")).unwrap(), None);
    assert_eq!(
        webhook::parse_args(args("--port 99999")).unwrap_err(),
        "--port \"99999\" is not a port number"
    );
    assert_eq!(
        webhook::parse_args(args("--port")).unwrap_err(),
        "--port needs a value"
    );
}

#[tokio::test]
async fn the_webhook_receiver_prints_events_and_answers_checks_on_a_socket() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/callbell", listener.local_addr().unwrap());
    let printed = Arc::new(Mutex::new(Vec::new()));
    let sink = printed.clone();
    let receiver = tokio::spawn(webhook::serve(listener, move |line: String| {
        sink.lock().unwrap().push(line)
    }));
    let http = reqwest::Client::new();
    let send = |method: reqwest::Method, body: Vec<u8>| {
        let request = http.request(method, &url).body(body);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let answer: Value = response.json().await.unwrap();
            (status, answer)
        }
    };
    let ok = json!({"status": "ok"});

    // Every docs fixture: 200 {"status":"ok"}, and one line with the same event.
    let fixtures = webhook_fixtures();
    for (path, body) in &fixtures {
        assert_eq!(
            send(reqwest::Method::POST, body.clone()).await,
            (200, ok.clone()),
            "{path:?}"
        );
    }
    let lines = printed.lock().unwrap().clone();
    assert_eq!(lines.len(), fixtures.len(), "{lines:?}");
    let mut events: Vec<String> = lines
        .iter()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["event"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    events.sort_unstable();
    events.dedup();
    // Each event of the docs is among the fixtures.
    assert_eq!(
        events,
        ["contact_created", "contact_deleted", "contact_updated"]
    );
    for (line, (path, body)) in lines.iter().zip(&fixtures) {
        assert!(!line.contains('\n'), "{line}");
        assert_eq!(
            WebhookEvent::from_slice(line.as_bytes()).unwrap(),
            WebhookEvent::from_slice(body).unwrap(),
            "{path:?}"
        );
    }

    // Connection checks and other events: 200 {"status":"ok"}, nothing printed.
    for (method, body) in [
        (reqwest::Method::GET, ""),
        (reqwest::Method::POST, ""),
        (reqwest::Method::POST, "{}"),
        (
            reqwest::Method::POST,
            r#"{"event": "message_created", "payload": {}}"#,
        ),
    ] {
        let what = format!("{method} {body:?}");
        assert_eq!(send(method, body.into()).await, (200, ok.clone()), "{what}");
    }

    // Malformed bodies: 400 with a short reason.
    for (body, reason) in [
        ("<html>", "webhook body is not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        (
            r#"{"event": "contact_created", "payload": {"uuid": "a1", "name": "Ann", "tags": [5]}}"#,
            "/payload/tags/0",
        ),
    ] {
        let (status, answer) = send(reqwest::Method::POST, body.into()).await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(answer["status"], "error", "{body}");
        let message = answer["message"].as_str().unwrap();
        assert!(message.contains(reason), "{body}: {message}");
    }
    assert_eq!(send(reqwest::Method::PUT, Vec::new()).await.0, 405);
    assert_eq!(printed.lock().unwrap().len(), fixtures.len());
    receiver.abort();
}
