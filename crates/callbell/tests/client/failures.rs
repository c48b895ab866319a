//! Error answers and unreadable bodies become clear errors, never panics,
//! and the token never appears in them.

use callbell::types::{
    BotStatusChange, CreateContactRequest, CreateNoteRequest, UpdateBotRequest,
    UpdateContactRequest, UpdateFunnelRequest,
};
use callbell::{Callbell, Error, RawError};
use serde_json::json;
use wiremock::matchers::path;
use wiremock::{Mock, Request, ResponseTemplate};

use crate::stand_in::{TOKEN, answer, base_url, builder_for, client, server};

/// The error of `GET /contacts/{uuid}` through the generated client.
async fn raw_get_error(callbell: &Callbell, uuid: &str) -> RawError {
    let result = callbell.raw().get_contact().uuid(uuid).send().await;
    result.expect_err("the stand-in answers with an error")
}

const MAINTENANCE_PAGE: &str = "<!DOCTYPE html>\n<html>\n  <head><title>Maintenance</title></head>\n  <body>We'll be back soon.</body>\n</html>";

#[tokio::test]
async fn html_instead_of_json_is_a_decode_error_with_an_excerpt() {
    let server = server().await;
    answer(
        &server,
        "/v1/contacts",
        ResponseTemplate::new(200).set_body_raw(MAINTENANCE_PAGE, "text/html"),
    )
    .await;
    let err = client(&server).list_contacts().page(1).await.unwrap_err();
    let Error::Decode {
        excerpt,
        reason,
        pointer,
        ..
    } = &err
    else {
        panic!("expected a decode error, got {err:?}");
    };
    assert_eq!(pointer, &None);
    assert!(
        excerpt.starts_with("<!DOCTYPE html> <html> <head><title>Maintenance"),
        "{excerpt}"
    );
    assert!(reason.contains("line 1"), "{reason}");
    assert!(
        err.to_string().starts_with(
            "list_contacts (GET /contacts) after 1 attempt: the response body is not the documented JSON"
        ),
        "{err}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_value_of_the_wrong_type_is_named_by_its_json_pointer() {
    let server = server().await;
    let mut odd = crate::stand_in::contact("b2", "Bob");
    odd["createdAt"] = json!("yesterday");
    answer(
        &server,
        "/v1/contacts",
        ResponseTemplate::new(200)
            .set_body_json(json!({"contacts": [crate::stand_in::contact("a1", "Ann"), odd]})),
    )
    .await;
    let err = client(&server).list_contacts().page(1).await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { pointer: Some(p), .. } if p == "/contacts/1/createdAt"),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with(
            "list_contacts (GET /contacts) after 1 attempt: the response body is not the documented JSON (at \"/contacts/1/createdAt\": "
        ),
        "{err}"
    );
}

#[tokio::test]
async fn an_html_error_page_keeps_its_status() {
    let server = server().await;
    answer(
        &server,
        "/v1/contacts/a1",
        ResponseTemplate::new(502).set_body_raw(MAINTENANCE_PAGE, "text/html"),
    )
    .await;
    let callbell = builder_for(&base_url(&server))
        .max_retries(0)
        .build()
        .unwrap();
    let err = callbell.get_contact().uuid("a1").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert!(
        err.to_string()
            .starts_with("get_contact (GET /contacts/{uuid}) after 1 attempt: 502 Bad Gateway: <!DOCTYPE html> <html>"),
        "{err}"
    );
    // The raw client sees the same: a typed error response, not a payload error.
    let raw = raw_get_error(&callbell, "a1").await;
    assert_eq!(raw.status().map(|s| s.as_u16()), Some(502));
    assert!(matches!(raw, RawError::ErrorResponse(_)));
}

#[tokio::test]
async fn another_success_status_with_the_documented_body_is_accepted() {
    let server = server().await;
    answer(
        &server,
        "/v1/contacts",
        ResponseTemplate::new(201)
            .set_body_json(json!({"contact": crate::stand_in::contact("a1", "Ann")})),
    )
    .await;
    answer(
        &server,
        "/v1/contacts/a1",
        ResponseTemplate::new(202).set_body_string("accepted"),
    )
    .await;
    let callbell = client(&server);
    let request = CreateContactRequest::builder()
        .identifier("+393331234567")
        .name("Ann")
        .source(callbell::types::Source::Whatsapp);
    assert_eq!(
        callbell.create_contact().body(request).await.unwrap().uuid,
        "a1"
    );
    let err = callbell.get_contact().uuid("a1").await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { excerpt, .. } if excerpt == "accepted"),
        "{err:?}"
    );
}

#[tokio::test]
async fn undocumented_statuses_report_callbell_message() {
    let server = server().await;
    answer(
        &server,
        "/v1/contacts/a1",
        ResponseTemplate::new(403).set_body_json(json!({"message": "not on your plan"})),
    )
    .await;
    let err = client(&server).get_contact().uuid("a1").await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "get_contact (GET /contacts/{uuid}) after 1 attempt: 403 Forbidden: not on your plan"
    );
    // Converting the raw error directly keeps the status (the body is not read there).
    let raw = raw_get_error(&client(&server), "a1").await;
    assert_eq!(Error::from(raw).to_string(), "403 Forbidden: Forbidden");
}

#[tokio::test]
async fn validation_errors_carry_details_and_empty_bodies_the_reason_phrase() {
    let server = server().await;
    answer(
        &server,
        "/v1/contacts/a1",
        ResponseTemplate::new(422).set_body_json(
            json!({"message": "invalid params", "errors": {"tags": ["unknown tag vip"]}}),
        ),
    )
    .await;
    answer(&server, "/v1/contacts/gone", ResponseTemplate::new(404)).await;
    let contacts = client(&server);
    let err = contacts.get_contact().uuid("a1").await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "get_contact (GET /contacts/{uuid}) after 1 attempt: 422 Unprocessable Entity: invalid params"
    );
    let Error::Api { details, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(details, &Some(json!({"tags": ["unknown tag vip"]})));
    let err = contacts.get_contact().uuid("gone").await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "get_contact (GET /contacts/{uuid}) after 1 attempt: 404 Not Found: Not Found"
    );
}

#[tokio::test]
async fn invalid_arguments_fail_before_sending() {
    let server = server().await;
    let err = client(&server)
        .create_contact()
        .body(CreateContactRequest::builder().identifier("+393331234567"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(
        err.to_string().contains("no value supplied for name"),
        "{err}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn empty_and_dot_identifiers_fail_before_sending() {
    let server = server().await;
    let callbell = client(&server);
    for bad in ["", ".", ".."] {
        let note = CreateNoteRequest::builder().text("hello");
        let funnel = UpdateFunnelRequest::builder().funnel_id("f1");
        let errors = [
            callbell.get_contact().uuid(bad).await.unwrap_err(),
            callbell
                .get_contact()
                .uuid(bad)
                .include_field_types(true)
                .await
                .unwrap_err(),
            callbell
                .get_contact_by_phone()
                .phone_number(bad)
                .await
                .unwrap_err(),
            callbell
                .get_contact_by_phone()
                .phone_number(bad)
                .channel_uuid("c1")
                .await
                .unwrap_err(),
            callbell
                .get_contact_by_bsuid()
                .bsuid(bad)
                .await
                .unwrap_err(),
            callbell
                .update_contact()
                .uuid(bad)
                .body(UpdateContactRequest::builder().name("Ann"))
                .await
                .unwrap_err(),
            callbell.delete_contact().uuid(bad).await.unwrap_err(),
            callbell.get_contact_bot().uuid(bad).await.unwrap_err(),
            callbell
                .update_contact_bot()
                .uuid(bad)
                .body(UpdateBotRequest::builder().status(BotStatusChange::BotEnd))
                .await
                .unwrap_err(),
            callbell
                .open_contact_conversation()
                .uuid(bad)
                .await
                .unwrap_err(),
            callbell
                .close_contact_conversation()
                .uuid(bad)
                .await
                .unwrap_err(),
            callbell
                .create_contact_conversation_note()
                .uuid(bad)
                .body(note)
                .await
                .unwrap_err(),
            callbell
                .update_contact_conversation_funnel()
                .uuid(bad)
                .body(funnel)
                .await
                .unwrap_err(),
            callbell
                .list_contact_messages()
                .uuid(bad)
                .page(1)
                .await
                .unwrap_err(),
            callbell
                .list_contact_messages()
                .uuid(bad)
                .collect_all()
                .await
                .unwrap_err(),
        ];
        for err in errors {
            assert!(matches!(err, Error::InvalidRequest(_)), "{bad:?}: {err:?}");
            let text = err.to_string();
            assert!(
                text.contains(&format!("{bad:?} is not an identifier")),
                "{text}"
            );
        }
    }
    // A dot inside an identifier is fine (BSUIDs have one).
    assert!(!matches!(
        callbell.get_contact_by_bsuid().bsuid("IT.123").await,
        Err(Error::InvalidRequest(_))
    ));
    let sent: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(sent, ["/v1/contacts/bsuid/IT.123"]);
}

/// Echoes the request's `Authorization` header back, as a careless proxy might.
fn echo_authorization(status: u16) -> impl Fn(&Request) -> ResponseTemplate {
    move |request: &Request| {
        let auth = request
            .headers
            .get("authorization")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        ResponseTemplate::new(status).set_body_json(json!({
            "message": format!("rejected {auth}"),
            "errors": {"authorization": [auth]}
        }))
    }
}

#[tokio::test]
async fn the_token_never_shows_in_errors_or_debug_output() {
    let server = server().await;
    answer(&server, "/v1/contacts/a1", echo_authorization(401)).await;
    answer(&server, "/v1/contacts/a2", echo_authorization(403)).await;
    Mock::given(path("/v1/contacts"))
        .respond_with(|request: &Request| {
            let auth = request
                .headers
                .get("authorization")
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned();
            ResponseTemplate::new(200).set_body_string(format!("<html>{auth}</html>"))
        })
        .mount(&server)
        .await;
    let callbell = client(&server);
    let errors = [
        callbell.get_contact().uuid("a1").await.unwrap_err(),
        callbell.get_contact().uuid("a2").await.unwrap_err(),
        callbell.list_contacts().page(1).await.unwrap_err(),
    ];
    assert!(
        errors[0]
            .to_string()
            .ends_with("401 Unauthorized: rejected Bearer ***")
    );
    assert!(
        errors[1]
            .to_string()
            .ends_with("403 Forbidden: rejected Bearer ***")
    );
    for err in &errors {
        for shown in [err.to_string(), format!("{err:?}"), format!("{err:#?}")] {
            assert!(!shown.contains(TOKEN), "token leaked: {shown}");
        }
    }
    let shown = format!("{callbell:?} {:?}", callbell.list_contacts());
    assert!(!shown.contains(TOKEN), "token leaked: {shown}");
    assert!(shown.contains("ApiToken(***)"));
}

#[tokio::test]
async fn the_token_never_shows_in_errors_of_raw_calls() {
    let server = server().await;
    // A documented error status, an undocumented one that also echoes the
    // token in a header, and a success whose body is not the documented JSON.
    answer(&server, "/v1/contacts/a1", echo_authorization(401)).await;
    Mock::given(path("/v1/contacts/a2"))
        .respond_with(|request: &Request| {
            let auth = request.headers.get("authorization").unwrap().clone();
            echo_authorization(403)(request).insert_header("x-echo", auth)
        })
        .mount(&server)
        .await;
    Mock::given(path("/v1/contacts/a3"))
        .respond_with(|request: &Request| {
            let auth = request.headers.get("authorization").unwrap();
            ResponseTemplate::new(200)
                .set_body_string(format!("<html>{}</html>", auth.to_str().unwrap()))
        })
        .mount(&server)
        .await;
    let callbell = client(&server);
    let mut shown = Vec::new();
    for uuid in ["a1", "a2", "a3"] {
        let err = raw_get_error(&callbell, uuid).await;
        shown.push(format!("{err} {err:?} {err:#}"));
        // What `?` does in a function returning `callbell::Result`.
        let err = Error::from(err);
        shown.push(format!("{err} {err:?} {err:#?}"));
    }
    for text in &shown {
        assert!(!text.contains(TOKEN), "token leaked: {text}");
    }
    assert!(
        shown[1].starts_with("401 Unauthorized: rejected Bearer ***"),
        "{}",
        shown[1]
    );
    // The undocumented answer, as progenitor shows it: scrubbed header, real URL.
    assert!(
        shown[2].contains("\"x-echo\": \"Bearer ***\""),
        "{}",
        shown[2]
    );
    assert!(
        shown[2].contains(&format!("{}/contacts/a2", base_url(&server))),
        "{}",
        shown[2]
    );
    assert!(shown[5].contains("<html>Bearer ***</html>"), "{}", shown[5]);
    // The request itself still carried the real token.
    for request in server.received_requests().await.unwrap() {
        assert_eq!(
            request.headers.get("authorization").unwrap(),
            &format!("Bearer {TOKEN}")
        );
    }
}
