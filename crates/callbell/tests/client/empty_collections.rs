//! "Set to empty" and "leave unchanged" are different requests: an update
//! with `tags: []` sends the empty list, one without tags sends no `tags`.

use callbell::types::UpdateContactRequest;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::stand_in::{base_url, builder_for, contact, server};

#[tokio::test]
async fn an_update_with_empty_tags_sends_them_and_one_without_leaves_them_out() {
    let server = server().await;
    Mock::given(method("PATCH"))
        .and(path("/v1/contacts/a1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contact": contact("a1", "Ann")})),
        )
        .mount(&server)
        .await;
    let callbell = builder_for(&base_url(&server)).build().unwrap();

    let cleared = UpdateContactRequest::builder().tags(Vec::<String>::new());
    callbell
        .raw()
        .update_contact()
        .uuid("a1")
        .body(cleared)
        .send()
        .await
        .unwrap();
    let renamed = UpdateContactRequest::builder().name("Ann B");
    callbell
        .raw()
        .update_contact()
        .uuid("a1")
        .body(renamed)
        .send()
        .await
        .unwrap();

    let requests = server.received_requests().await.unwrap();
    let bodies: Vec<Value> = requests
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    assert_eq!(bodies, [json!({"tags": []}), json!({"name": "Ann B"})]);
    assert!(String::from_utf8_lossy(&requests[0].body).contains(r#""tags":[]"#));
}
