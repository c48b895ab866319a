//! Unit tests of `src/client/paginate.rs` (private items included), compiled as its
//! `tests` module.

use super::*;
use futures::StreamExt;
use std::sync::{Arc, Mutex};

fn first() -> NonZeroU32 {
    NonZeroU32::MIN
}

#[tokio::test]
async fn stops_at_the_first_empty_page_and_fetches_lazily() {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = asked.clone();
    let stream = items(pages(
        first(),
        PageLimits::default(),
        move |page: NonZeroU32| {
            log.lock().unwrap().push(page.get());
            async move {
                Ok(match page.get() {
                    1 => vec![1, 2],
                    2 => vec![3],
                    3 => vec![],
                    _ => vec![99],
                })
            }
        },
    ));
    let mut stream = std::pin::pin!(stream);
    assert_eq!(stream.next().await.unwrap().unwrap(), 1);
    assert_eq!(*asked.lock().unwrap(), [1], "page 2 fetched too early");
    assert_eq!(stream.next().await.unwrap().unwrap(), 2);
    assert_eq!(stream.next().await.unwrap().unwrap(), 3);
    assert!(stream.next().await.is_none());
    assert_eq!(*asked.lock().unwrap(), [1, 2, 3]);
}

#[tokio::test]
async fn ends_after_an_error() {
    let stream = pages(
        first(),
        PageLimits::default(),
        |page: NonZeroU32| async move {
            match page.get() {
                1 => Ok(vec![1]),
                _ => Err(Error::InvalidRequest("boom".into())),
            }
        },
    );
    let got: Vec<_> = stream.collect().await;
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].as_ref().unwrap(), &[1]);
    assert!(matches!(got[1], Err(Error::InvalidRequest(_))));
}

#[tokio::test]
async fn a_repeated_page_ends_the_listing_with_an_error() {
    // A server that clamps out-of-range pages: page 2 on is page 2.
    let stream = pages(
        first(),
        PageLimits::default(),
        |page: NonZeroU32| async move { Ok(vec![page.get().min(2)]) },
    );
    let got: Vec<_> = stream.collect().await;
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].as_ref().unwrap(), &[2]);
    assert!(
        matches!(got[2], Err(Error::RepeatedPage { page: 3 })),
        "{got:?}"
    );
}

#[tokio::test]
async fn max_pages_bounds_a_listing_of_distinct_pages() {
    let fetched = Arc::new(Mutex::new(0));
    let count = fetched.clone();
    let limits = PageLimits::default().with_max_pages(3);
    let stream = pages(first(), limits, move |page: NonZeroU32| {
        *count.lock().unwrap() += 1;
        async move { Ok(vec![page.get()]) }
    });
    let got: Vec<_> = stream.collect().await;
    assert_eq!(got.len(), 4);
    assert!(
        matches!(got[3], Err(Error::TooManyPages { max_pages: 3 })),
        "{got:?}"
    );
    assert_eq!(*fetched.lock().unwrap(), 4);
    // Exactly `max_pages` pages, then an empty one: no error.
    let stream = pages(first(), limits, |page: NonZeroU32| async move {
        Ok(if page.get() <= 3 {
            vec![page.get()]
        } else {
            vec![]
        })
    });
    let got: Vec<_> = stream.try_collect().await.unwrap();
    assert_eq!(got, [[1], [2], [3]]);
}
