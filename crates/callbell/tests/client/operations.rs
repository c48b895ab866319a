//! Every `/contacts` operation through the typed methods: what goes on the
//! wire (method, path, body, headers) and what comes back.

use callbell::types::{
    BotStatus, BotStatusChange, CreateContactRequest, CreateNoteRequest, Source, UpdateBotRequest,
    UpdateContactRequest, UpdateFunnelRequest,
};
use std::future::IntoFuture;

use futures::TryStreamExt;
use serde_json::{Value, json};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::stand_in::{TOKEN, base_url, builder_for, client, contact, server};

/// The headers a request may carry: the documented `Authorization`, and what
/// any HTTP client sends. Progenitor's `api-version` is not among them.
const ALLOWED_HEADERS: &[&str] = &[
    "authorization",
    "accept",
    "content-type",
    "content-length",
    "user-agent",
    "host",
    "accept-encoding",
];

/// Answers like Callbell: each path gets a body of its documented shape.
fn callbell_like(request: &Request) -> ResponseTemplate {
    let path = request.url.path();
    let bot = json!({"uuid": "b07", "name": "My Bot", "status": "in_progress", "version": 5});
    let body = match (request.method.as_str(), path) {
        ("GET", "/v1/contacts") => json!({"contacts": [contact("a1", "Ann")]}),
        (_, p) if p.ends_with("/messages") => json!({"messages": []}),
        (_, p) if p.ends_with("/bot") => json!({"bot": bot}),
        (_, p) if p.ends_with("/note") => json!({"success": true}),
        ("DELETE", _) => json!({"status": "Contact deleted"}),
        // Callbell documents some single-contact answers as a one-element list.
        (_, p) if p.contains("/phone/") => json!({"contact": [contact("a1", "Ann")]}),
        _ => json!({"contact": contact("a1", "Ann")}),
    };
    ResponseTemplate::new(200).set_body_json(body)
}

/// A stand-in answering every request [`callbell_like`].
async fn callbell_like_server() -> MockServer {
    let server = server().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(callbell_like)
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn all_fourteen_operations_send_the_token_and_only_documented_headers() {
    let server = callbell_like_server().await;
    let callbell = client(&server);

    let page = callbell.list_contacts().page(1).await.unwrap();
    assert_eq!(page.contacts[0].name, "Ann");
    assert_eq!(callbell.get_contact().uuid("a1").await.unwrap().uuid, "a1");
    assert_eq!(
        callbell
            .get_contact_by_phone()
            .phone_number("+393331234567")
            .await
            .unwrap()
            .name,
        "Ann"
    );
    assert_eq!(
        callbell
            .get_contact_by_bsuid()
            .bsuid("IT.123")
            .await
            .unwrap()
            .name,
        "Ann"
    );
    let created = callbell
        .create_contact()
        .body(
            CreateContactRequest::builder()
                .identifier("+393331234567")
                .name("Ann")
                .source(Source::Whatsapp)
                .tags(vec!["lead".to_string()]),
        )
        .await
        .unwrap();
    assert_eq!(created.uuid, "a1");
    callbell
        .update_contact()
        .uuid("a1")
        .body(UpdateContactRequest::builder().name("Ann B"))
        .await
        .unwrap();
    assert_eq!(
        callbell.delete_contact().uuid("a1").await.unwrap().status,
        "Contact deleted"
    );
    assert!(
        callbell
            .list_contact_messages()
            .uuid("a1")
            .collect_all()
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        callbell.get_contact_bot().uuid("a1").await.unwrap().status,
        BotStatus::InProgress
    );
    callbell
        .update_contact_bot()
        .uuid("a1")
        .body(UpdateBotRequest::builder().status(BotStatusChange::BotEnd))
        .await
        .unwrap();
    callbell
        .open_contact_conversation()
        .uuid("a1")
        .await
        .unwrap();
    callbell
        .close_contact_conversation()
        .uuid("a1")
        .await
        .unwrap();
    assert!(
        callbell
            .create_contact_conversation_note()
            .uuid("a1")
            .body(CreateNoteRequest::builder().text("call back @ann"))
            .await
            .unwrap()
            .success
    );
    callbell
        .update_contact_conversation_funnel()
        .uuid("a1")
        .body(UpdateFunnelRequest::builder().funnel_id("0b4f6a36-2f0e-4a4e-8f6a-6c1d2e3f4a5b"))
        .await
        .unwrap();

    let requests = server.received_requests().await.unwrap();
    let seen: Vec<(String, String, Value)> = requests
        .iter()
        .map(|r| {
            let body = if r.body.is_empty() {
                Value::Null
            } else {
                r.body_json().unwrap()
            };
            (r.method.to_string(), r.url.path().to_owned(), body)
        })
        .collect();
    let expected = [
        ("GET", "/v1/contacts", Value::Null),
        ("GET", "/v1/contacts/a1", Value::Null),
        ("GET", "/v1/contacts/phone/+393331234567", Value::Null),
        ("GET", "/v1/contacts/bsuid/IT.123", Value::Null),
        (
            "POST",
            "/v1/contacts",
            json!({"identifier": "+393331234567", "name": "Ann", "source": "whatsapp", "tags": ["lead"]}),
        ),
        ("PATCH", "/v1/contacts/a1", json!({"name": "Ann B"})),
        ("DELETE", "/v1/contacts/a1", Value::Null),
        ("GET", "/v1/contacts/a1/messages", Value::Null),
        ("GET", "/v1/contacts/a1/bot", Value::Null),
        ("POST", "/v1/contacts/a1/bot", json!({"status": "bot_end"})),
        ("POST", "/v1/contacts/a1/conversation/open", Value::Null),
        ("POST", "/v1/contacts/a1/conversation/close", Value::Null),
        ("POST", "/v1/contacts/a1/conversation/note", json!({"text": "call back @ann"})),
        (
            "PUT",
            "/v1/contacts/a1/conversation/update_funnel",
            json!({"funnel_id": "0b4f6a36-2f0e-4a4e-8f6a-6c1d2e3f4a5b"}),
        ),
    ]
    .map(|(m, p, b)| (m.to_owned(), p.to_owned(), b));
    assert_eq!(seen, expected);

    for request in &requests {
        let what = format!("{} {}", request.method, request.url.path());
        assert_eq!(
            request.headers.get("authorization").unwrap(),
            &format!("Bearer {TOKEN}"),
            "{what}"
        );
        assert_eq!(
            request.headers.get("accept").unwrap(),
            "application/json",
            "{what}"
        );
        assert_eq!(
            request.headers.get("user-agent").unwrap(),
            concat!("callbell-rs/", env!("CARGO_PKG_VERSION")),
            "{what}"
        );
        for name in request.headers.keys() {
            assert!(
                ALLOWED_HEADERS.contains(&name.as_str()),
                "{what} carries undocumented header {name}"
            );
        }
    }
}

#[tokio::test]
async fn raw_client_stays_reachable_and_user_agent_is_configurable() {
    let server = callbell_like_server().await;
    let callbell = builder_for(&base_url(&server))
        .user_agent("crm-sync/2.1")
        .build()
        .unwrap();
    // The generated client, through `raw()` and `into_raw()`.
    let page = callbell
        .raw()
        .list_contacts()
        .page(1)
        .tags("a,b")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(page.contacts[0].name, "Ann");
    let page = callbell.into_raw().list_contacts().send().await.unwrap();
    assert_eq!(page.into_inner().contacts.len(), 1);

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.query(), Some("page=1&tags=a,b"));
    for request in &requests {
        assert_eq!(request.headers.get("user-agent").unwrap(), "crm-sync/2.1");
        assert_eq!(
            request.headers.get("authorization").unwrap(),
            &format!("Bearer {TOKEN}")
        );
        assert!(request.headers.get("api-version").is_none());
    }
}

#[tokio::test]
async fn streams_are_send_and_static() {
    fn assert_send_static<T: Send + 'static>(_: &T) {}
    let server = callbell_like_server().await;
    let stream = client(&server).list_contacts().pages();
    assert_send_static(&stream);
    // Spawnable on a multi-threaded runtime; page 1 answers one contact, and
    // the stand-in answers every page the same way, which the listing spots.
    let task = tokio::spawn(async move {
        let mut stream = std::pin::pin!(stream);
        let first = stream.try_next().await.unwrap().unwrap();
        let second = stream.try_next().await.unwrap_err();
        (first.len(), second)
    });
    let (first, second) = task.await.unwrap();
    assert_eq!(first, 1);
    assert!(
        matches!(second, callbell::Error::RepeatedPage { page: 2, .. }),
        "{second:?}"
    );
}

#[tokio::test]
async fn lookup_options_are_sent_as_documented_query_parameters() {
    let server = callbell_like_server().await;
    let callbell = client(&server);
    callbell.get_contact().uuid("a1").await.unwrap();
    let get = || callbell.get_contact().uuid("a1");
    get().include_field_types(true).await.unwrap();
    get().include_field_types(false).await.unwrap();
    let by_phone = || {
        callbell
            .get_contact_by_phone()
            .phone_number("+393331234567")
    };
    by_phone().await.unwrap();
    let found = by_phone().channel_uuid("c4a1").await.unwrap();
    assert_eq!(found.name, "Ann");
    // Awaiting a builder runs a `Send + 'static` future: it can be spawned.
    let spawned = tokio::spawn(get().include_field_types(true).into_future());
    assert_eq!(spawned.await.unwrap().unwrap().uuid, "a1");

    let requests = server.received_requests().await.unwrap();
    let seen: Vec<(&str, Option<&str>)> = requests
        .iter()
        .map(|r| (r.url.path(), r.url.query()))
        .collect();
    assert_eq!(
        seen,
        [
            ("/v1/contacts/a1", None),
            ("/v1/contacts/a1", Some("include_field_types=true")),
            ("/v1/contacts/a1", Some("include_field_types=false")),
            ("/v1/contacts/phone/+393331234567", None),
            (
                "/v1/contacts/phone/+393331234567",
                Some("channel_uuid=c4a1")
            ),
            ("/v1/contacts/a1", Some("include_field_types=true")),
        ]
    );
}

#[tokio::test]
async fn a_given_http_client_sends_the_requests() {
    let server = callbell_like_server().await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-via-proxy", "corporate".parse().unwrap());
    callbell::install_crypto_provider();
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    let callbell = callbell::Callbell::builder()
        .token(TOKEN)
        .base_url(base_url(&server))
        .http_client(http)
        .build()
        .unwrap();
    callbell.list_contacts().page(1).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let request = requests.last().unwrap();
    assert_eq!(request.headers.get("x-via-proxy").unwrap(), "corporate");
    // Token and hooks still apply.
    assert_eq!(
        request.headers.get("authorization").unwrap(),
        &format!("Bearer {TOKEN}")
    );
    assert!(request.headers.get("api-version").is_none());
}
