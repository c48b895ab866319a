//! Fault suite: the client against a stand-in that misbehaves on the wire
//! (raw HTTP from `callbell_tests::loopback`). Every fault must end in the
//! right `callbell::Error`, promptly, without a panic:
//!
//! - a body cut short (the server closes before `Content-Length` bytes);
//! - a connection reset half-way through a body;
//! - a server that never answers, past the client's timeout;
//! - a storm of 5xx answers beyond `max_retries`.

use std::future::IntoFuture;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use callbell::types::CreateNoteRequest;
use callbell::{Callbell, Error, RetryPolicy};
use callbell_tests::loopback::{Loopback, Reply, Request};
use callbell_tests::payload;
use futures::StreamExt;

/// No fault may take longer than this to surface.
const PROMPT: Duration = Duration::from_secs(5);

/// Retries with millisecond waits, so the suite does not sleep.
fn quick_retries(max_retries: u32) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_retries(max_retries)
        .with_base_delay(Duration::from_millis(5))
        .with_max_delay(Duration::from_millis(20))
}

fn client(server: &Loopback, timeout: Duration, max_retries: u32) -> Callbell {
    server
        .callbell()
        .timeout(timeout)
        .retry_policy(quick_retries(max_retries))
        .build()
        .unwrap()
}

/// Runs `call`, failing the test if it takes longer than [`PROMPT`]; returns
/// its output and how long it took.
async fn promptly<F: IntoFuture>(call: F) -> (F::Output, Duration) {
    let start = Instant::now();
    let output = tokio::time::timeout(PROMPT, call.into_future())
        .await
        .unwrap_or_else(|_| panic!("no result within {PROMPT:?}"));
    (output, start.elapsed())
}

/// A page of 50 generated contacts, as the stand-in's body.
fn page_body(page: usize) -> Vec<u8> {
    payload::contact_list_json((page - 1) * 50, 50).into_bytes()
}

fn page_of(request: &Request) -> usize {
    request
        .query("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
}

fn assert_network_error(error: &Error) {
    assert!(
        matches!(error, Error::Network(_)),
        "expected a network error, got {error:?}"
    );
    assert_eq!(error.status(), None);
    let text = error.to_string();
    // Named by operation and attempts, e.g. `list_contacts (GET /contacts) after 3 attempts: network error: …`.
    let operation = error.operation().expect("the operation is named");
    assert!(
        text.starts_with(&format!("{operation}: network error: ")),
        "{text}"
    );
    assert!(!text.contains(callbell_tests::loopback::TOKEN), "{text}");
}

/// A server whose every answer breaks off with `reply`: a `GET` is sent
/// again as the retry policy allows (the body is read inside the retry loop,
/// so a break counts as a connection failure), then ends in a network error
/// that says it may be retried; a `POST` is sent once, because the server may
/// have acted on it.
async fn assert_broken_answer_is_retried_then_a_network_error(reply: Reply) {
    let server = Loopback::start(move |_| reply.clone()).await.unwrap();
    let client = client(&server, Duration::from_secs(5), 2);
    let (listed, _) = promptly(client.list_contacts().page(1)).await;
    let error = listed.unwrap_err();
    assert_network_error(&error);
    assert!(error.is_retryable(), "{error:?}");
    assert_eq!(server.requests(), 3, "the first attempt and 2 retries");
    let (got, _) = promptly(client.get_contact().uuid(payload::uuid(1))).await;
    assert_network_error(&got.unwrap_err());
    assert_eq!(server.requests(), 6);
    let note = client
        .create_contact_conversation_note()
        .uuid(payload::uuid(1))
        .body(CreateNoteRequest::builder().text("hello"));
    let (noted, _) = promptly(note).await;
    assert_network_error(&noted.unwrap_err());
    assert_eq!(server.requests(), 7, "a POST is not sent again");
}

#[tokio::test]
async fn a_body_cut_short_is_retried_then_a_network_error() {
    assert_broken_answer_is_retried_then_a_network_error(Reply::Truncated {
        body: page_body(1),
        sent: 1000,
    })
    .await;
}

#[tokio::test]
async fn a_connection_reset_mid_body_is_retried_then_a_network_error() {
    assert_broken_answer_is_retried_then_a_network_error(Reply::ResetMidBody {
        body: page_body(1),
        sent: 2000,
    })
    .await;
}

#[tokio::test]
async fn a_body_cut_short_once_is_survived() {
    let answered = std::sync::atomic::AtomicUsize::new(0);
    let server = Loopback::start(move |_| {
        match answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst) {
            0 => Reply::Truncated {
                body: page_body(1),
                sent: 700,
            },
            _ => Reply::json(200, page_body(1)),
        }
    })
    .await
    .unwrap();
    let client = client(&server, Duration::from_secs(5), 2);
    let (page, _) = promptly(client.list_contacts().page(1)).await;
    assert_eq!(page.unwrap().contacts.len(), 50);
    assert_eq!(server.requests(), 2);
}

#[tokio::test]
async fn a_stream_ends_with_the_error_of_the_page_that_broke() {
    // Page 1 is fine, page 2 is cut short: the stream yields page 1's 50
    // contacts, then the error, then ends.
    let server = Loopback::start(|request| match page_of(request) {
        1 => Reply::json(200, page_body(1)),
        page => Reply::Truncated {
            body: page_body(page),
            sent: 500,
        },
    })
    .await
    .unwrap();
    let client = client(&server, Duration::from_secs(5), 0);
    let (items, _) = promptly(client.list_contacts().stream().collect::<Vec<_>>()).await;
    assert_eq!(items.len(), 51, "50 contacts, then the error");
    assert!(items[..50].iter().all(Result::is_ok));
    assert_eq!(
        items[49].as_ref().unwrap().uuid,
        payload::uuid(49),
        "page 1's contacts in order"
    );
    assert_network_error(items[50].as_ref().unwrap_err());
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_after_the_retries() {
    let server = Loopback::start(|_| Reply::Stall).await.unwrap();
    let timeout = Duration::from_millis(150);
    let client = client(&server, timeout, 2);
    let (result, elapsed) = promptly(client.get_contact().uuid(payload::uuid(1))).await;
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::Timeout(_)),
        "expected a timeout, got {error:?}"
    );
    assert!(error.is_retryable());
    assert!(
        error.to_string().starts_with(
            "get_contact (GET /contacts/{uuid}) after 3 attempts: the request timed out"
        ),
        "{error}"
    );
    // The first attempt and two retries, each waiting out the timeout.
    assert_eq!(server.requests(), 3);
    assert!(elapsed >= timeout * 3, "gave up after {elapsed:?}");
}

#[tokio::test]
async fn a_slow_answer_past_the_timeout_is_a_timeout_not_the_late_answer() {
    let server = Loopback::start(|_| {
        Reply::Delayed(
            Duration::from_millis(600),
            Box::new(Reply::json(200, payload::contact_response_json(1))),
        )
    })
    .await
    .unwrap();
    let client = client(&server, Duration::from_millis(100), 0);
    let (result, elapsed) = promptly(client.get_contact().uuid(payload::uuid(1))).await;
    assert!(matches!(result, Err(Error::Timeout(_))), "{result:?}");
    assert!(
        elapsed < Duration::from_millis(600),
        "waited for the late answer: {elapsed:?}"
    );
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn a_5xx_storm_beyond_max_retries_ends_with_the_last_status() {
    let server = Loopback::start({
        let calls = AtomicUsize::new(0);
        move |_| {
            let status = [502, 503, 504, 500][calls.fetch_add(1, Ordering::SeqCst) % 4];
            Reply::json(status, r#"{"error": "maintenance"}"#)
        }
    })
    .await
    .unwrap();
    let client = client(&server, Duration::from_secs(5), 3);
    let (result, elapsed) = promptly(client.list_contacts().page(2)).await;
    let error = result.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(
        error.to_string(),
        "list_contacts (GET /contacts) after 4 attempts: 500 Internal Server Error: maintenance"
    );
    assert!(error.is_retryable());
    assert_eq!(server.requests(), 4, "the first attempt and 3 retries");
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn a_storm_that_ends_within_max_retries_is_survived() {
    let server = Loopback::start({
        let calls = AtomicUsize::new(0);
        move |_| match calls.fetch_add(1, Ordering::SeqCst) {
            0..=2 => Reply::json(503, r#"{"error": "busy"}"#),
            _ => Reply::json(200, payload::contact_response_json(5)),
        }
    })
    .await
    .unwrap();
    let client = client(&server, Duration::from_secs(5), 3);
    let (result, _) = promptly(client.get_contact().uuid(payload::uuid(5))).await;
    assert_eq!(result.unwrap().uuid, payload::uuid(5));
    assert_eq!(server.requests(), 4);
}
