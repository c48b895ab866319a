//! Page-numbered listings (from 1, ended by an empty page) as lazy streams for
//! the generated listing builders: page `n + 1` is fetched once page `n` is
//! consumed, so one page is in memory. A repeated page
//! ([`Error::RepeatedPage`]) or one past [`PageLimits::max_pages`]
//! ([`Error::TooManyPages`]) ends the stream.

use std::future::Future;
use std::num::NonZeroU32;

use futures::stream::{self, Stream, TryStreamExt};

use crate::error::Error;

/// How far a listing may go (no page limit by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PageLimits {
    /// The most pages to fetch; more end with [`Error::TooManyPages`].
    pub(crate) max_pages: Option<NonZeroU32>,
}

impl PageLimits {
    /// Limits with at most `max_pages` pages (0 counts as 1).
    pub(crate) fn with_max_pages(mut self, max_pages: u32) -> Self {
        self.max_pages = Some(NonZeroU32::new(max_pages).unwrap_or(NonZeroU32::MIN));
        self
    }
}

/// Where a listing is; `previous` spots a repeated page.
struct Cursor<T, F> {
    next: Option<NonZeroU32>,
    fetched: u32,
    previous: Option<Vec<T>>,
    fetch: F,
}

/// The pages `first`, `first + 1`, … from `fetch`, up to the first empty
/// one or the first error. Each page is cloned once, to spot a repeat.
pub(crate) fn pages<T, F, Fut>(
    first: NonZeroU32,
    limits: PageLimits,
    fetch: F,
) -> impl Stream<Item = Result<Vec<T>, Error>>
where
    T: Clone + PartialEq,
    F: FnMut(NonZeroU32) -> Fut,
    Fut: Future<Output = Result<Vec<T>, Error>>,
{
    let start = Cursor {
        next: Some(first),
        fetched: 0,
        previous: None,
        fetch,
    };
    stream::try_unfold(start, move |mut cursor| async move {
        let Some(page) = cursor.next else {
            return Ok(None);
        };
        let items = (cursor.fetch)(page).await?;
        if items.is_empty() {
            return Ok(None);
        }
        if let Some(max_pages) = limits.max_pages
            && cursor.fetched >= max_pages.get()
        {
            return Err(Error::TooManyPages {
                max_pages: max_pages.get(),
            });
        }
        if cursor.previous.as_ref() == Some(&items) {
            return Err(Error::RepeatedPage { page: page.get() });
        }
        cursor.fetched += 1;
        cursor.previous = Some(items.clone());
        cursor.next = page.checked_add(1);
        Ok(Some((items, cursor)))
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
#[path = "../../tests/unit/client_paginate.rs"]
mod tests;
