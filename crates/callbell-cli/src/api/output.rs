//! Printing answers: one JSON document, or with `--all` every item of every
//! page as JSON Lines (and a progress line on stderr when it is a terminal).

use std::future::Future;
use std::io::{IsTerminal, Write};

use callbell::{RawError, ResponseValue};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use serde_json::Value;

use crate::exit::Failure;
use crate::terminal::safe_json;

/// Where answers go: stdout, or a buffer in tests.
pub struct Output {
    out: Box<dyn Write>,
    /// Whether to draw a progress line on stderr during `--all`.
    progress: bool,
}

impl Output {
    /// Answers on stdout; progress on stderr when stderr is a terminal.
    pub fn stdout() -> Self {
        Self {
            out: Box::new(std::io::stdout().lock()),
            progress: std::io::stderr().is_terminal(),
        }
    }

    /// Prints a whole answer as pretty JSON.
    pub fn one<T: Serialize>(
        &mut self,
        answer: Result<ResponseValue<T>, RawError>,
    ) -> Result<(), Failure> {
        let answer = answer.map_err(|e| Failure::from_client(e.into()))?;
        let json = serde_json::to_string_pretty(answer.as_ref())
            .map_err(|e| Failure::Api(format!("cannot print the answer: {e}")))?;
        self.line(&json)
    }

    /// Fetches page `first`, `first + 1`, … with `fetch` until a page has no
    /// `items`, printing each item as one JSON line as soon as its page
    /// arrives. Stops with an API error when a page repeats the one before
    /// (a server that clamps page numbers would never end), or when
    /// `max_pages` pages were not enough.
    pub async fn all<T, F, Fut>(
        &mut self,
        items: &str,
        first: u32,
        max_pages: Option<u32>,
        mut fetch: F,
    ) -> Result<(), Failure>
    where
        T: Serialize,
        F: FnMut(u32) -> Fut,
        Fut: Future<Output = Result<ResponseValue<T>, RawError>>,
    {
        let progress = self.progress_bar();
        let mut previous: Option<Vec<Value>> = None;
        let mut count: u64 = 0;
        let mut pages: u32 = 0;
        let mut page = first.max(1);
        let outcome = loop {
            if max_pages.is_some_and(|max| pages >= max) {
                break Err(Failure::Api(format!(
                    "stopped after --max-pages {pages}: page {page} may hold more `{items}`"
                )));
            }
            let answer = match fetch(page).await {
                Ok(answer) => answer,
                Err(e) => break Err(Failure::from_client(e.into())),
            };
            pages += 1;
            let mut body = match serde_json::to_value(answer.as_ref()) {
                Ok(body) => body,
                Err(e) => break Err(Failure::Api(format!("cannot print the answer: {e}"))),
            };
            let list = match body.get_mut(items).map(Value::take) {
                Some(Value::Array(list)) => list,
                _ => break Err(Failure::Api(format!("page {page} has no `{items}` list"))),
            };
            if list.is_empty() {
                break Ok(());
            }
            if previous.as_ref() == Some(&list) {
                break Err(Failure::Api(format!(
                    "page {page} repeats page {}: the server does not page forward",
                    page - 1
                )));
            }
            if let Err(e) = list
                .iter()
                .try_for_each(|item| self.line(&item.to_string()))
            {
                break Err(e);
            }
            count += list.len() as u64;
            let s = if pages == 1 { "" } else { "s" };
            progress.set_message(format!("{count} {items}, {pages} page{s}"));
            previous = Some(list);
            match page.checked_add(1) {
                Some(next) => page = next,
                None => break Ok(()),
            }
        };
        progress.finish_and_clear();
        outcome
    }

    /// Writes one line of JSON, safe for a terminal.
    fn line(&mut self, json: &str) -> Result<(), Failure> {
        writeln!(self.out, "{}", safe_json(json))
            .and_then(|()| self.out.flush())
            .map_err(|e| Failure::Api(format!("cannot write the answer: {e}")))
    }

    /// A spinner with a count on stderr, or a hidden one.
    fn progress_bar(&self) -> ProgressBar {
        if !self.progress {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    }
}
