//! `null` and an absent key are different answers: the client reads them
//! apart, and writes each back as it came.

use callbell::types::{Contact, ContactList, UpdateContactRequest};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::stand_in::{base_url, builder_for, contact, server};

#[tokio::test]
async fn null_and_absent_answers_read_apart_and_write_back_as_they_came() {
    let server = server().await;
    let mut nulls = contact("a1", "Ann");
    let fields = nulls.as_object_mut().unwrap();
    fields.insert("avatarUrl".into(), Value::Null);
    fields.insert("closedAt".into(), Value::Null);
    fields.insert("assignedUser".into(), json!("agent@example.com"));
    let absent = contact("b2", "Bob");
    for (uuid, body) in [("a1", &nulls), ("b2", &absent)] {
        Mock::given(method("GET"))
            .and(path(format!("/v1/contacts/{uuid}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "contact": body })))
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/v1/contacts"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contacts": [&nulls, &absent]})),
        )
        .mount(&server)
        .await;
    let callbell = builder_for(&base_url(&server)).build().unwrap();

    let ann: Contact = callbell.get_contact().uuid("a1").await.unwrap();
    let bob: Contact = callbell.get_contact().uuid("b2").await.unwrap();
    assert_eq!(ann.avatar_url, Some(None));
    assert_eq!(ann.closed_at, Some(None));
    assert_eq!(ann.assigned_user, Some(Some("agent@example.com".into())));
    assert_eq!(bob.avatar_url, None);
    assert_eq!(bob.closed_at, None);
    assert_eq!(serde_json::to_value(&ann).unwrap(), nulls);
    assert_eq!(serde_json::to_value(&bob).unwrap(), absent);

    let page: ContactList = callbell
        .raw()
        .list_contacts()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        serde_json::to_value(&page).unwrap(),
        json!({"contacts": [nulls, absent]})
    );
}

#[tokio::test]
async fn an_update_sends_exactly_the_fields_set() {
    let server = server().await;
    Mock::given(method("PATCH"))
        .and(path("/v1/contacts/a1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contact": contact("a1", "Ann")})),
        )
        .mount(&server)
        .await;
    let callbell = builder_for(&base_url(&server)).build().unwrap();
    for body in [
        UpdateContactRequest::builder(),
        UpdateContactRequest::builder().note("").name("Ann B"),
    ] {
        callbell
            .update_contact()
            .uuid("a1")
            .body(body)
            .await
            .unwrap();
    }
    let requests = server.received_requests().await.unwrap();
    let bodies: Vec<&[u8]> = requests.iter().map(|r| r.body.as_slice()).collect();
    // Nothing invented: no `null` for a field left alone.
    assert_eq!(bodies, [&b"{}"[..], &br#"{"name":"Ann B","note":""}"#[..]]);
}
