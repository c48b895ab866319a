//! The generated operation subcommands, by running the built `callbell`
//! binary against a wiremock stand-in on 127.0.0.1: JSON on stdout, JSON
//! Lines with `--all`, request bodies from flags, exit codes 0/1/2, and the
//! token never printed.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::text;

const TOKEN: &str = "test_Sup3rS3cretT0ken_cliXq8Zr2";

fn contact(uuid: &str, name: &str) -> Value {
    json!({"uuid": uuid, "name": name, "source": "whatsapp", "tags": ["lead"]})
}

/// Runs `callbell` with `args`, the token in the environment (unless
/// `token` is `None`) and the stand-in as base URL, off the runtime's threads.
async fn callbell(server: &MockServer, token: Option<&str>, args: &[&str], stdin: &str) -> Output {
    let base_url = format!("{}/v1", server.uri());
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let token = token.map(str::to_owned);
    let stdin = stdin.to_owned();
    tokio::task::spawn_blocking(move || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_callbell"));
        command
            .args(&args)
            .env_remove("CALLBELL_API_TOKEN")
            .env("CALLBELL_BASE_URL", base_url)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(token) = token {
            command.env("CALLBELL_API_TOKEN", token);
        }
        let mut child = command.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap()
}

/// Neither output mentions the token.
fn assert_no_token(output: &Output) {
    for stream in [&output.stdout, &output.stderr] {
        assert!(!text(stream).contains(TOKEN), "{}", text(stream));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_with_all_streams_json_lines_across_pages() {
    let server = MockServer::start().await;
    let pages = [
        vec![contact("a1", "Ann"), contact("b2", "Bob")],
        vec![contact("c3", "Cid")],
        vec![],
    ];
    for (n, items) in pages.iter().enumerate() {
        Mock::given(method("GET"))
            .and(path("/v1/contacts"))
            .and(query_param("page", (n + 1).to_string()))
            .and(query_param("tags", "sales,lead"))
            .and(query_param("source", "whatsapp"))
            .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"contacts": items})))
            .expect(1)
            .mount(&server)
            .await;
    }
    let out = callbell(
        &server,
        Some(TOKEN),
        &[
            "list-contacts",
            "--all",
            "--tags",
            "sales,lead",
            "--source",
            "whatsapp",
        ],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines, pages.concat());
    // Not a terminal: no progress line.
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    assert_no_token(&out);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_page_is_one_json_document_and_a_repeating_server_is_stopped() {
    let server = MockServer::start().await;
    // Every page number gets the same page: a server that clamps page numbers.
    Mock::given(method("GET"))
        .and(path("/v1/contacts/c3/messages"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"messages": [{"createdAt": "2020-11-13T21:08:53Z", "status": "sent", "text": "hi"}]}),
        ))
        .mount(&server)
        .await;
    let out = callbell(
        &server,
        Some(TOKEN),
        &["list-contact-messages", "--uuid", "c3"],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(page["messages"][0]["text"], "hi");

    let out = callbell(
        &server,
        Some(TOKEN),
        &["list-contact-messages", "--uuid", "c3", "--all"],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout).lines().count(),
        1,
        "the first page is printed once"
    );
    assert!(
        text(&out.stderr).contains("page 2 repeats page 1"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 3);

    let out = callbell(
        &server,
        Some(TOKEN),
        &[
            "list-contact-messages",
            "--uuid",
            "c3",
            "--all",
            "--page",
            "5",
            "--max-pages",
            "1",
        ],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--max-pages 1"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_from_flags_and_a_file_is_checked_then_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/contacts"))
        .and(body_json(json!({
            "identifier": "+393331234567", "source": "instagram", "name": "Ann",
            "tags": ["a", "b"], "custom_fields": {"Age": "30"}
        })))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contact": [contact("a1", "Ann")]})),
        )
        .expect(2)
        .mount(&server)
        .await;
    let out = callbell(
        &server,
        Some(TOKEN),
        &[
            "create-contact",
            "--identifier",
            "+393331234567",
            "--source",
            "instagram",
            "--name",
            "Ann",
            "--tags",
            "a,b",
            "--custom-fields",
            r#"{"Age": "30"}"#,
        ],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(printed["contact"][0]["name"], "Ann");

    // The same body from stdin, one member overridden by a flag.
    let out = callbell(
        &server,
        Some(TOKEN),
        &["create-contact", "--body", "-", "--name", "Ann"],
        r#"{"identifier": "+393331234567", "source": "instagram", "name": "Bob",
            "tags": ["a", "b"], "custom_fields": {"Age": "30"}}"#,
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // A body the spec refuses never leaves: exit 2 with the pointer.
    let out = callbell(
        &server,
        Some(TOKEN),
        &[
            "create-contact",
            "--name",
            "Ann",
            "--source",
            "whatsapp",
            "--assigned-user",
            "nobody",
        ],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("CreateContactRequest"), "{err}");
    assert!(err.contains("/assigned_user"), "{err}");
    assert!(err.contains("identifier"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_errors_exit_2() {
    let server = MockServer::start().await;
    for args in [
        vec!["get-contact"],                         // required --uuid missing
        vec!["list-contacts", "--source", "tiktok"], // not a listed value
        vec!["list-contacts", "--page", "0"],        // not a page number
        vec!["list-contacts", "--max-pages", "2"],   // needs --all
        vec!["frobnicate"],
        vec!["create-contact", "--custom-fields", "{nope"], // not JSON
        vec!["create-contact", "--body", "/nonexistent/body.json"],
    ] {
        let out = callbell(&server, Some(TOKEN), &args, "").await;
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!out.stderr.is_empty(), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // No token at all: a usage error naming where the token comes from.
    let out = callbell(&server, None, &["get-contact", "--uuid", "a1"], "").await;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("CALLBELL_API_TOKEN"),
        "{}",
        text(&out.stderr)
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_errors_exit_1_and_never_show_the_token() {
    let server = MockServer::start().await;
    // An error body that echoes the token back.
    Mock::given(method("GET"))
        .and(path("/v1/contacts/a1"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(
                json!({"error": format!("invalid api token Bearer {TOKEN}\u{1b}[2J")}),
            ),
        )
        .mount(&server)
        .await;
    let out = callbell(&server, Some(TOKEN), &["get-contact", "--uuid", "a1"], "").await;
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("callbell: get-contact: 401 Unauthorized"),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "terminal escapes are written out: {err}"
    );
    assert!(out.stdout.is_empty());
    assert_no_token(&out);

    // The token from --token-file: sent, never printed.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, format!("{TOKEN}\n")).unwrap();
    let out = callbell(
        &server,
        None,
        &[
            "get-contact",
            "--uuid",
            "a1",
            "--token-file",
            file.to_str().unwrap(),
        ],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert_no_token(&out);
    let sent = server.received_requests().await.unwrap();
    assert_eq!(sent.len(), 2);
    assert_eq!(
        sent[1].headers["authorization"],
        format!("Bearer {TOKEN}").as_str()
    );

    // Not found: exit 1 with Callbell's message.
    let out = callbell(
        &server,
        Some(TOKEN),
        &["delete-contact", "--uuid", "zz"],
        "",
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("404"), "{}", text(&out.stderr));
}

/// On a terminal (a pseudo-terminal from util-linux's `script`), `--all`
/// draws a progress line on stderr; stdout keeps only the JSON Lines.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_shows_progress_on_a_terminal() {
    use std::time::Duration;
    let server = MockServer::start().await;
    for (n, items) in [
        vec![contact("a1", "Ann")],
        vec![contact("b2", "Bob")],
        vec![],
    ]
    .into_iter()
    .enumerate()
    {
        Mock::given(method("GET"))
            .and(path("/v1/contacts"))
            .and(query_param("page", (n + 1).to_string()))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(json!({"contacts": items}))
                    .set_delay(Duration::from_millis(300)),
            )
            .mount(&server)
            .await;
    }
    let dir = tempfile::tempdir().unwrap();
    let lines = dir.path().join("contacts.jsonl");
    let shell = format!(
        "'{}' list-contacts --all > '{}'",
        env!("CARGO_BIN_EXE_callbell"),
        lines.display()
    );
    let base_url = format!("{}/v1", server.uri());
    let terminal = tokio::task::spawn_blocking(move || {
        Command::new("script")
            .args(["-qec", &shell, "/dev/null"])
            .env("CALLBELL_API_TOKEN", TOKEN)
            .env("CALLBELL_BASE_URL", base_url)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(terminal.status.success(), "{}", text(&terminal.stdout));
    let shown = text(&terminal.stdout);
    assert!(shown.contains("1 contacts, 1 page"), "{shown:?}");
    assert!(!shown.contains(TOKEN));
    let printed = std::fs::read_to_string(&lines).unwrap();
    assert_eq!(printed.lines().count(), 2, "{printed}");
}
