//! Requests that do not fit the spec get 422 with Callbell's error shape and
//! the failing JSON pointer.

use callbell::types::CreateContactRequest;
use callbell_fake::{FAKE_TOKEN, FakeCallbell, OperationId, StatusCode};
use serde_json::{Value, json};

use crate::support::{ANN, seeded, typed};

/// Sends a request the typed client would not build.
async fn send(
    fake: &FakeCallbell,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = reqwest::Client::new()
        .request(method, format!("{}{path}", fake.base_url()))
        .bearer_auth(FAKE_TOKEN);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = StatusCode::from_u16(response.status().as_u16()).unwrap();
    let body: Value = response.json().await.unwrap();
    callbell::schema::validate("ApiError", &body).unwrap();
    (status, body)
}

fn pointers(body: &Value) -> Vec<&str> {
    body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["pointer"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn an_invalid_body_gets_422_naming_every_failing_pointer() {
    let fake = FakeCallbell::start().await;
    let (status, body) = send(
        &fake,
        reqwest::Method::POST,
        "/contacts",
        Some(json!({"identifier": "123", "source": "tiktok", "name": 5, "note": "x".repeat(1001)})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(pointers(&body), ["/name", "/note", "/source"]);
    let message = body["error"].as_str().unwrap();
    assert!(
        message.starts_with("invalid request body (CreateContactRequest): /name: "),
        "{message}"
    );
    assert!(
        fake.contacts().is_empty(),
        "a refused request changes nothing"
    );
    let log = fake.requests();
    assert_eq!(log[0].operation, Some(OperationId::CreateContact));
    assert_eq!(log[0].status, Some(StatusCode::UNPROCESSABLE_ENTITY));
    assert!(log[0].note.as_deref().unwrap().contains("/name"));
}

#[tokio::test]
async fn a_missing_or_malformed_body_gets_422_at_the_root() {
    let fake = seeded().await;
    let (status, body) = send(
        &fake,
        reqwest::Method::PUT,
        &format!("/contacts/{ANN}/conversation/update_funnel"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(pointers(&body), [""]);
    let (status, body) = send(
        &fake,
        reqwest::Method::POST,
        &format!("/contacts/{ANN}/bot"),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(pointers(&body), ["/status"], "{body}");
}

#[tokio::test]
async fn invalid_parameters_get_422_naming_the_parameter() {
    let fake = seeded().await;
    for (query, pointer) in [
        ("page=0", "/query/page"),
        ("page=two", "/query/page"),
        ("source=tiktok", "/query/source"),
        ("include_field_types=yes", "/query/include_field_types"),
    ] {
        let (status, body) = send(
            &fake,
            reqwest::Method::GET,
            &format!("/contacts?{query}"),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(pointers(&body), [pointer], "{query}: {body}");
    }
    let (status, _) = send(
        &fake,
        reqwest::Method::GET,
        "/contacts?page=2&unknown=1",
        None,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "unknown query parameters are ignored"
    );
}

#[tokio::test]
async fn the_typed_client_sees_the_refusal_as_an_api_error_with_details() {
    let fake = FakeCallbell::start().await;
    // The typed request does not check formats; the fake does.
    let request = typed::<CreateContactRequest>(json!({
        "identifier": "123", "source": "whatsapp", "name": "Ann", "assigned_user": "not an email"
    }));
    let err = fake
        .client()
        .create_contact()
        .body(request)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::UNPROCESSABLE_ENTITY));
    assert!(err.to_string().contains("/assigned_user"), "{err}");
    assert!(!err.is_retryable());
    let callbell::Error::Api {
        details: Some(details),
        ..
    } = &err
    else {
        panic!("expected details: {err:?}");
    };
    assert_eq!(details[0]["pointer"], "/assigned_user");
}

#[tokio::test]
async fn unknown_paths_wrong_methods_and_missing_tokens_are_refused() {
    let fake = seeded().await;
    let (status, _) = send(&fake, reqwest::Method::GET, "/accounts", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = send(&fake, reqwest::Method::DELETE, "/contacts", None).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let anonymous = reqwest::get(format!("{}/contacts", fake.base_url()))
        .await
        .unwrap();
    assert_eq!(anonymous.status().as_u16(), 401);
    let log = fake.requests();
    assert_eq!(log[0].operation, None);
    assert_eq!(log[0].path_template, None);
    assert_eq!(log[2].operation, Some(OperationId::ListContacts));
}

#[tokio::test]
async fn seeds_are_checked_against_the_spec() {
    let err = callbell_fake::seed_from_json(
        br#"[{"uuid": "a1", "name": "Ann", "source": "whatsapp", "note": 5}]"#,
    )
    .unwrap_err();
    assert_eq!(err.pointer, "/0/note");
    assert!(err.to_string().contains("/0/note"), "{err}");
    assert!(callbell_fake::seed_from_json(b"{").is_err());
    assert!(callbell_fake::seed_from_json(b"{\"contact\": []}").is_err());
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413_without_being_read_whole() {
    let fake = FakeCallbell::start().await;
    let huge = "x".repeat(callbell_fake::MAX_REQUEST_BODY + 1);
    let response = reqwest::Client::new()
        .post(format!("{}/contacts", fake.base_url()))
        .bearer_auth(FAKE_TOKEN)
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    assert!(fake.contacts().is_empty());
}
