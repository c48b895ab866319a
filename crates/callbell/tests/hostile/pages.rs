//! Listings a server never ends: the same page for every page number, or
//! ever new pages.

use std::time::Duration;

use callbell::Error;
use futures::{StreamExt, TryStreamExt};

use crate::peer::Peer;

/// The page number a listing request asks for.
fn page_of(target: &str) -> u32 {
    target
        .split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("page="))
        .and_then(|page| page.parse().ok())
        .unwrap_or(1)
}

#[tokio::test]
async fn a_server_that_repeats_its_page_is_stopped() {
    // An API that clamps out-of-range page numbers to its last page.
    let peer = Peer::start(|mut exchange| async move {
        let page = page_of(exchange.target()).min(2);
        let body = format!(r#"{{"contacts": [{{"uuid": "u{page}", "name": "N"}}]}}"#);
        exchange.json("200 OK", body.as_bytes()).await
    })
    .await;
    let callbell = peer.builder().build().unwrap();
    let run = async {
        let items: Vec<_> = callbell.list_contacts().stream().collect().await;
        let all = callbell.list_contacts().collect_all().await;
        (items, all)
    };
    let (items, all) = tokio::time::timeout(Duration::from_secs(10), run)
        .await
        .expect("the listing never ended");
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(items[1].as_ref().unwrap().uuid, "u2");
    let Err(err) = &items[2] else {
        panic!("{items:?}")
    };
    assert!(
        matches!(err, Error::RepeatedPage { page: 3, .. }),
        "{err:?}"
    );
    assert!(!err.is_retryable());
    assert!(
        err.to_string()
            .starts_with("page 3 of the listing repeats page 2"),
        "{err}"
    );
    assert!(
        matches!(all, Err(Error::RepeatedPage { page: 3, .. })),
        "{all:?}"
    );
    assert_eq!(peer.requests(), 6);
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn max_pages_bounds_a_listing_of_ever_new_pages() {
    let peer = Peer::start(|mut exchange| async move {
        let page = page_of(exchange.target());
        let body =
            format!(r#"{{"messages": [], "contacts": [{{"uuid": "u{page}", "name": "N"}}]}}"#);
        exchange.json("200 OK", body.as_bytes()).await
    })
    .await;
    let callbell = peer.builder().build().unwrap();
    let err = callbell
        .list_contacts()
        .max_pages(5)
        .collect_all()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::TooManyPages { max_pages: 5, .. }),
        "{err:?}"
    );
    assert_eq!(peer.requests(), 6);
    // The pages before the limit are handed out.
    let pages: Vec<_> = callbell
        .list_contacts()
        .max_pages(2)
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 3);
    assert!(pages[1].is_ok() && pages[2].is_err());
    let first: Vec<_> = callbell
        .list_contacts()
        .max_pages(3)
        .stream()
        .take(3)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(first.len(), 3);
    crate::assert_bounded_memory();
}
