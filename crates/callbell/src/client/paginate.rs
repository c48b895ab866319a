//! Page-numbered listings as lazy streams.
//!
//! Callbell numbers pages from 1 and signals the end with an empty page. The
//! streams here ask for page `n + 1` only once page `n` has been consumed,
//! so at most one page is held in memory, and stop at the first empty page
//! or the first error.

use std::future::Future;
use std::num::NonZeroU32;

use futures::stream::{self, Stream, TryStreamExt};

use crate::error::Error;

/// The pages `first`, `first + 1`, … as fetched by `fetch`, up to (not
/// including) the first empty one. Ends after the first error.
pub(crate) fn pages<T, F, Fut>(
    first: NonZeroU32,
    fetch: F,
) -> impl Stream<Item = Result<Vec<T>, Error>>
where
    F: FnMut(NonZeroU32) -> Fut,
    Fut: Future<Output = Result<Vec<T>, Error>>,
{
    stream::try_unfold((Some(first), fetch), |(next, mut fetch)| async move {
        let Some(page) = next else {
            return Ok(None);
        };
        let items = fetch(page).await?;
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some((items, (page.checked_add(1), fetch))))
    })
}

/// The items of [`pages`], one by one.
pub(crate) fn items<T, S>(pages: S) -> impl Stream<Item = Result<T, Error>>
where
    S: Stream<Item = Result<Vec<T>, Error>>,
{
    pages
        .map_ok(|page| stream::iter(page.into_iter().map(Ok)))
        .try_flatten()
}

#[cfg(test)]
mod tests {
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
        let stream = items(pages(first(), move |page: NonZeroU32| {
            log.lock().unwrap().push(page.get());
            async move {
                Ok(match page.get() {
                    1 => vec![1, 2],
                    2 => vec![3],
                    3 => vec![],
                    _ => vec![99],
                })
            }
        }));
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
        let stream = pages(first(), |page: NonZeroU32| async move {
            match page.get() {
                1 => Ok(vec![1]),
                _ => Err(Error::InvalidRequest("boom".into())),
            }
        });
        let got: Vec<_> = stream.collect().await;
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].as_ref().unwrap(), &[1]);
        assert!(matches!(got[1], Err(Error::InvalidRequest(_))));
    }
}
