//! Faults to inject into the answers of one operation: what a flaky or
//! overloaded Callbell does to a client.

use std::time::Duration;

use http::StatusCode;

use crate::operation::OperationId;

/// How the fake misbehaves for one request. Inject with
/// [`FakeCallbell::inject`](crate::FakeCallbell::inject).
///
/// ```
/// use std::time::Duration;
/// use callbell_fake::Fault;
///
/// let faults = [
///     Fault::TooManyRequests { retry_after: 1 },
///     Fault::Status(callbell_fake::StatusCode::SERVICE_UNAVAILABLE),
///     Fault::Delay(Duration::from_secs(2)),
///     Fault::TruncatedBody,
///     Fault::ConnectionReset,
/// ];
/// assert_eq!(faults.len(), 5);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// `429 Too Many Requests` with `Retry-After: <retry_after>` (seconds)
    /// and Callbell's error body. The request has no effect.
    TooManyRequests {
        /// The `Retry-After` header, in seconds.
        retry_after: u64,
    },
    /// This status (a `5xx`, typically) with Callbell's error body. The
    /// request has no effect.
    Status(StatusCode),
    /// Waits this long, then handles the request as usual (a client whose
    /// timeout is shorter has given up by then).
    Delay(Duration),
    /// Handles the request, sends the status, the headers and half of the
    /// body announced in `Content-Length`, then closes the connection.
    TruncatedBody,
    /// Resets the connection (TCP `RST`) without answering. The request has
    /// no effect.
    ConnectionReset,
}

/// A fault waiting for requests to one operation.
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) operation: OperationId,
    pub(crate) fault: Fault,
    /// How many more requests it applies to.
    pub(crate) remaining: u32,
}

/// Takes the first rule for `operation` that still applies, counting one use.
pub(crate) fn take(rules: &mut Vec<Rule>, operation: OperationId) -> Option<Fault> {
    let index = rules
        .iter()
        .position(|r| r.operation == operation && r.remaining > 0)?;
    let rule = &mut rules[index];
    rule.remaining -= 1;
    let fault = rule.fault.clone();
    if rule.remaining == 0 {
        rules.remove(index);
    }
    Some(fault)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_apply_as_often_as_asked_in_the_order_given() {
        let op = OperationId::ALL[0];
        let mut rules = vec![
            Rule {
                operation: op,
                fault: Fault::TruncatedBody,
                remaining: 2,
            },
            Rule {
                operation: op,
                fault: Fault::ConnectionReset,
                remaining: 1,
            },
        ];
        assert_eq!(take(&mut rules, op), Some(Fault::TruncatedBody));
        assert_eq!(take(&mut rules, OperationId::ALL[1]), None);
        assert_eq!(take(&mut rules, op), Some(Fault::TruncatedBody));
        assert_eq!(take(&mut rules, op), Some(Fault::ConnectionReset));
        assert_eq!(take(&mut rules, op), None);
        assert!(rules.is_empty());
    }
}
