//! [`Operation`], recorded by the request hook in a task-local set up by
//! [`recording`] while a [`Callbell`](crate::Callbell) call runs.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex};

use reqwest::Method;

/// The request an [`Error`](crate::Error) comes from, as far as it is safe
/// to show: never the concrete path, which may hold a phone number.
///
/// Its `Display` reads `get_contact_by_phone (GET /contacts/phone/{phone_number}) after 4 attempts`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The spec's `operationId`, e.g. `get_contact_by_phone`.
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template relative to the base URL, e.g. `/contacts/phone/{phone_number}`.
    pub path: &'static str,
    /// How many times the request was sent (1 when it was not retried).
    pub attempts: u32,
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.attempts == 1 { "" } else { "s" };
        write!(
            f,
            "{} ({} {}) after {} attempt{plural}",
            self.id, self.method, self.path, self.attempts
        )
    }
}

/// Where the hook writes the running call's operation.
type Slot = Arc<Mutex<Option<Operation>>>;

tokio::task_local! {
    static CURRENT: Slot;
}

/// Runs `call`, returning the last [`Operation`] recorded while it ran.
pub(crate) async fn recording<F: Future>(call: F) -> (F::Output, Option<Operation>) {
    let slot = Slot::default();
    let output = CURRENT.scope(slot.clone(), call).await;
    let operation = slot.lock().map(|mut slot| slot.take()).unwrap_or(None);
    (output, operation)
}

/// Records `operation` for the call running on this task, if any.
pub(crate) fn record(operation: Operation) {
    let _ = CURRENT.try_with(|slot| {
        if let Ok(mut slot) = slot.lock() {
            *slot = Some(operation);
        }
    });
}

#[cfg(test)]
#[path = "../../tests/unit/error_operation.rs"]
mod tests;
