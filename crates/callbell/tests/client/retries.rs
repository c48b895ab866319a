//! Which failures are retried, how often, and how long the client waits.

use std::time::{Duration, Instant};

use callbell::types::{CreateContactRequest, Source};
use callbell::{Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::stand_in::{
    Behaviour, RawServer, answer, base_url, builder_for, client, contact, server,
};

/// `method` requests to `at` are answered `status` (with `headers`) `times`
/// times, then `200` with a contact.
async fn flaky(
    server: &MockServer,
    (method_name, at): (&str, &str),
    status: u16,
    headers: &[(&str, &str)],
    times: u64,
) {
    let mut failure = ResponseTemplate::new(status).set_body_json(json!({"error": "slow down"}));
    for (name, value) in headers {
        failure = failure.insert_header(*name, *value);
    }
    Mock::given(method(method_name))
        .and(path(at))
        .respond_with(failure)
        .up_to_n_times(times)
        .mount(server)
        .await;
    Mock::given(method(method_name))
        .and(path(at))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contact": contact("a1", "Ann")})),
        )
        .mount(server)
        .await;
}

/// `GET /contacts/{uuid}`.
const GET: (&str, &str) = ("GET", "/v1/contacts/a1");
/// `POST /contacts`.
const CREATE: (&str, &str) = ("POST", "/v1/contacts");

fn new_contact() -> CreateContactRequest {
    CreateContactRequest::builder()
        .identifier("+393331234567")
        .name("Ann")
        .source(Source::Whatsapp)
        .try_into()
        .unwrap()
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn too_many_requests_waits_as_long_as_retry_after_says() {
    let server = server().await;
    flaky(&server, GET, 429, &[("retry-after", "1")], 1).await;
    // A backoff step of 30 s: finishing within seconds shows the wait came
    // from Retry-After, not from the backoff.
    let slow_backoff = RetryPolicy::default()
        .with_base_delay(Duration::from_secs(30))
        .with_max_delay(Duration::from_secs(30))
        .with_max_total_delay(Duration::from_secs(60));
    let callbell = builder_for(&base_url(&server))
        .retry_policy(slow_backoff)
        .build()
        .unwrap();
    let started = Instant::now();
    let contact = callbell.get_contact().uuid("a1").await.unwrap();
    let waited = started.elapsed();
    assert_eq!(contact.name, "Ann");
    assert_eq!(requests(&server).await, 2);
    assert!(waited >= Duration::from_secs(1), "retried after {waited:?}");
    assert!(waited < Duration::from_secs(10), "retried after {waited:?}");
}

#[tokio::test]
async fn too_many_requests_is_retried_for_post_too() {
    let server = server().await;
    flaky(&server, CREATE, 429, &[("retry-after", "0")], 1).await;
    let contact = client(&server)
        .create_contact()
        .body(new_contact())
        .await
        .unwrap();
    assert_eq!(contact.uuid, "a1");
    assert_eq!(requests(&server).await, 2);
}

#[tokio::test]
async fn retry_after_beyond_the_total_budget_is_returned_at_once() {
    let server = server().await;
    flaky(&server, GET, 429, &[("retry-after", "3600")], 1).await;
    let started = Instant::now();
    let err = client(&server).get_contact().uuid("a1").await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(requests(&server).await, 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "get_contact (GET /contacts/{uuid}) after 1 attempt: 429 Too Many Requests: slow down"
    );
}

#[tokio::test]
async fn service_unavailable_is_retried_for_get() {
    let server = server().await;
    flaky(&server, GET, 503, &[], 2).await;
    let contact = client(&server).get_contact().uuid("a1").await.unwrap();
    assert_eq!(contact.name, "Ann");
    assert_eq!(requests(&server).await, 3);
}

#[tokio::test]
async fn retries_stop_after_max_retries() {
    let server = server().await;
    flaky(&server, GET, 503, &[], 100).await;
    let callbell = builder_for(&base_url(&server))
        .max_retries(2)
        .build()
        .unwrap();
    let err = callbell.get_contact().uuid("a1").await.unwrap_err();
    assert_eq!(requests(&server).await, 3);
    assert!(matches!(err, Error::Api { .. }));
    assert_eq!(
        err.to_string(),
        "get_contact (GET /contacts/{uuid}) after 3 attempts: 503 Service Unavailable: slow down"
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn post_is_not_retried_on_503_unless_opted_in() {
    let server = server().await;
    flaky(&server, CREATE, 503, &[], 1).await;
    let err = client(&server)
        .create_contact()
        .body(new_contact())
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(requests(&server).await, 1);

    let server = self::server().await;
    flaky(&server, CREATE, 503, &[], 1).await;
    let opted_in = builder_for(&base_url(&server))
        .retry_non_idempotent(true)
        .build()
        .unwrap();
    let contact = opted_in.create_contact().body(new_contact()).await.unwrap();
    assert_eq!(contact.uuid, "a1");
    assert_eq!(requests(&server).await, 2);
}

#[tokio::test]
async fn unauthorized_is_not_retried_and_names_its_status() {
    let server = server().await;
    answer(
        &server,
        "/v1/contacts/a1",
        ResponseTemplate::new(401).set_body_json(json!({"error": "invalid api token"})),
    )
    .await;
    let err = client(&server).get_contact().uuid("a1").await.unwrap_err();
    assert_eq!(requests(&server).await, 1);
    assert_eq!(
        err.to_string(),
        "get_contact (GET /contacts/{uuid}) after 1 attempt: 401 Unauthorized: invalid api token"
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn broken_connections_are_retried_for_get_but_not_for_post() {
    let answer = r#"{"contact": {"uuid": "a1", "name": "Ann"}}"#;
    let server = RawServer::start(vec![Behaviour::Hang, Behaviour::Answer(answer)]).await;
    let callbell = builder_for(&server.base_url).build().unwrap();
    assert_eq!(callbell.get_contact().uuid("a1").await.unwrap().name, "Ann");
    assert_eq!(server.connections(), 2);

    let server = RawServer::start(vec![Behaviour::Hang, Behaviour::Answer(answer)]).await;
    let callbell = builder_for(&server.base_url).build().unwrap();
    let err = callbell
        .create_contact()
        .body(new_contact())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Network(_)), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let server = RawServer::start(vec![Behaviour::Silent]).await;
    let callbell = builder_for(&server.base_url)
        .timeout(Duration::from_millis(200))
        .max_retries(1)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = callbell.get_contact().uuid("a1").await.unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert!(
        err.to_string().starts_with(
            "get_contact (GET /contacts/{uuid}) after 2 attempts: the request timed out"
        ),
        "{err}"
    );
    assert!(err.is_retryable());
    assert_eq!(err.status(), None);
    // Two attempts of 200 ms each, well before any default timeout.
    assert_eq!(server.connections(), 2);
    assert!(started.elapsed() < Duration::from_secs(5));
}
