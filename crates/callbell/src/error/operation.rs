//! [`Operation`]: which request an [`Error`](crate::Error) comes from, named
//! by its operation id and path template (never the concrete path, which may
//! hold a phone number), and how many attempts it took.
//!
//! The request hook records it while a [`Callbell`](crate::Callbell) call
//! runs (a task-local set up by [`recording`]); the call attaches it to the
//! error it returns.

use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex};

use reqwest::Method;

/// The request an error comes from, as far as it is safe to show: the
/// operation id, the method, the path template and the number of attempts.
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

/// Where the hook writes the operation of the call that is running.
type Slot = Arc<Mutex<Option<Operation>>>;

tokio::task_local! {
    static CURRENT: Slot;
}

/// Runs `call` and returns its output with the last [`Operation`] the hook
/// recorded while it ran.
pub(crate) async fn recording<F: Future>(call: F) -> (F::Output, Option<Operation>) {
    let slot = Slot::default();
    let output = CURRENT.scope(slot.clone(), call).await;
    let operation = slot.lock().map(|mut slot| slot.take()).unwrap_or(None);
    (output, operation)
}

/// Records `operation` for the call running on this task, if any (a raw
/// client's call records nothing).
pub(crate) fn record(operation: Operation) {
    let _ = CURRENT.try_with(|slot| {
        if let Ok(mut slot) = slot.lock() {
            *slot = Some(operation);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operation(attempts: u32) -> Operation {
        Operation {
            id: "get_contact",
            method: Method::GET,
            path: "/contacts/{uuid}",
            attempts,
        }
    }

    #[test]
    fn display_names_the_template_and_the_attempts() {
        assert_eq!(
            operation(1).to_string(),
            "get_contact (GET /contacts/{uuid}) after 1 attempt"
        );
        assert_eq!(
            operation(4).to_string(),
            "get_contact (GET /contacts/{uuid}) after 4 attempts"
        );
    }

    #[tokio::test]
    async fn the_last_record_inside_the_scope_is_returned() {
        record(operation(9));
        let ((), seen) = recording(async {
            record(operation(1));
            record(operation(2));
        })
        .await;
        assert_eq!(seen, Some(operation(2)));
        let ((), seen) = recording(async {}).await;
        assert_eq!(seen, None);
    }
}
