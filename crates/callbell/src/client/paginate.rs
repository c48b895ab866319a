//! Page-numbered listings as lazy streams: the runtime every listing
//! builder calls.
//!
//! Callbell numbers pages from 1 and signals the end with an empty page. The
//! streams here ask for page `n + 1` only once page `n` has been consumed,
//! so at most one page is held in memory, and stop at the first empty page
//! or the first error.
//!
//! A server can keep a listing going for ever: one that ignores the page
//! number answers every page with the same items (an API that clamps
//! out-of-range pages does exactly this). [`pages`] therefore stops with
//! [`Error::RepeatedPage`] when a page holds the same items as the one
//! before it, and with [`Error::TooManyPages`] past [`PageLimits::max_pages`].
//!
//! A listing builder keeps a [`PageLimits`], offers `.max_pages(n)` to set
//! it, and streams with `paginate::pages(first, limits, |page| fetch(page))`
//! and [`items`].

use std::future::Future;
use std::num::NonZeroU32;

use futures::stream::{self, Stream, TryStreamExt};

use crate::error::Error;

/// How far a listing may go. The default has no page limit: a listing ends
/// at its first empty page, and a server repeating a page is stopped anyway.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PageLimits {
    /// The most pages to fetch; a listing with more non-empty pages ends
    /// with [`Error::TooManyPages`] instead of a further page.
    pub(crate) max_pages: Option<NonZeroU32>,
}

impl PageLimits {
    /// Limits with at most `max_pages` pages (0 counts as 1).
    pub(crate) fn with_max_pages(mut self, max_pages: u32) -> Self {
        self.max_pages = Some(NonZeroU32::new(max_pages).unwrap_or(NonZeroU32::MIN));
        self
    }
}

/// Where a listing is: the next page to fetch, how many were fetched, and
/// the last page (to spot a repeat).
struct Cursor<T, F> {
    next: Option<NonZeroU32>,
    fetched: u32,
    previous: Option<Vec<T>>,
    fetch: F,
}

/// The pages `first`, `first + 1`, … as fetched by `fetch`, up to (not
/// including) the first empty one. Ends after the first error, which may be
/// [`Error::RepeatedPage`] (a page equal to the one before it) or
/// [`Error::TooManyPages`] (a non-empty page past `limits.max_pages`).
///
/// Items are compared with the page before them, so each page is cloned once.
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
        if let Some(max_pages) = limits.max_pages {
            if cursor.fetched >= max_pages.get() {
                return Err(Error::TooManyPages {
                    max_pages: max_pages.get(),
                });
            }
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
