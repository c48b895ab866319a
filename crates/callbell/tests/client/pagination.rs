//! Listings fetch pages 1, 2, 3… lazily and stop at the first empty page.

use std::ops::RangeInclusive;

use callbell::types::Source;
use futures::{StreamExt, TryStreamExt};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::stand_in::{client, contact, paged, queries, server};

/// Pages 1–3 hold 2, 2 and 1 contacts; page 4 is empty; page 5 must not be asked for.
/// `expect_each`: how often each of pages 1–4 may be asked for.
async fn three_pages_then_empty(server: &MockServer, expect_each: RangeInclusive<u64>) {
    let pages = [
        vec![contact("a1", "Ann"), contact("b2", "Bob")],
        vec![contact("c3", "Cid"), contact("d4", "Dee")],
        vec![contact("e5", "Eve")],
        vec![],
    ];
    paged(server, "/v1/contacts", "contacts", &pages, expect_each).await;
    Mock::given(method("GET"))
        .and(path("/v1/contacts"))
        .and(query_param("page", "5"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"contacts": []})))
        .expect(0)
        .mount(server)
        .await;
}

#[tokio::test]
async fn stream_yields_every_contact_of_every_page_and_sends_the_filters() {
    let server = server().await;
    three_pages_then_empty(&server, 1..=1).await;
    let names: Vec<String> = client(&server)
        .list_contacts()
        .tags("sales,lead")
        .source(Source::Whatsapp)
        .team_uuid("team-1")
        .stream()
        .map_ok(|contact| contact.name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, ["Ann", "Bob", "Cid", "Dee", "Eve"]);

    assert_eq!(
        queries(&server).await,
        (1..=4)
            .map(|page| format!("page={page}&source=whatsapp&tags=sales,lead&team_uuid=team-1"))
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn next_page_is_fetched_only_when_the_current_one_is_used_up() {
    let server = server().await;
    three_pages_then_empty(&server, 0..=1).await;
    let mut stream = std::pin::pin!(client(&server).list_contacts().stream());
    assert_eq!(stream.next().await.unwrap().unwrap().name, "Ann");
    assert_eq!(stream.next().await.unwrap().unwrap().name, "Bob");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    assert_eq!(stream.next().await.unwrap().unwrap().name, "Cid");
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn pages_collect_all_and_single_pages() {
    let server = server().await;
    three_pages_then_empty(&server, 3..=3).await;
    let listing = client(&server).list_contacts();

    let sizes: Vec<usize> = listing
        .clone()
        .pages()
        .map_ok(|page| page.len())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sizes, [2, 2, 1]);

    let all = listing.clone().collect_all().await.unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(all[4].uuid, "e5");
    assert_eq!(all[0].source, Some(Source::Whatsapp));

    let from_two: Vec<String> = listing
        .page(2)
        .stream()
        .map_ok(|c| c.uuid)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(from_two, ["c3", "d4", "e5"]);
    // With this, pages 1-4 have each been asked for three times (`expect(3..=3)`).
    let page_one = client(&server).list_contacts().page(1).await.unwrap();
    assert_eq!(page_one.contacts.len(), 2);
}

#[tokio::test]
async fn stream_ends_after_an_error() {
    let server = server().await;
    Mock::given(method("GET"))
        .and(query_param("page", "1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"contacts": [contact("a1", "Ann")]})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"error": "not found"})))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server).list_contacts().stream().collect().await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().unwrap().name, "Ann");
    let err = results[1].as_ref().unwrap_err();
    assert_eq!(
        err.to_string(),
        "list_contacts (GET /contacts) after 1 attempt: 404 Not Found: not found"
    );
}

#[tokio::test]
async fn messages_are_listed_page_by_page() {
    let server = server().await;
    let message = |uuid: &str, text: &str| {
        json!({
            "uuid": uuid, "text": text, "status": "received", "channel": "whatsapp",
            "from": "+393331234567", "to": "+390000000000",
            "createdAt": "2024-03-11T17:57:09Z"
        })
    };
    let pages = [
        vec![message("m1", "hi"), message("m2", "there")],
        vec![message("m3", "bye")],
        vec![],
    ];
    paged(
        &server,
        "/v1/contacts/c0ffee/messages",
        "messages",
        &pages,
        1..=1,
    )
    .await;
    let texts: Vec<Option<String>> = client(&server)
        .list_contact_messages()
        .uuid("c0ffee")
        .stream()
        .map_ok(|m| m.text.flatten())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        texts,
        [Some("hi".into()), Some("there".into()), Some("bye".into())]
    );
}
