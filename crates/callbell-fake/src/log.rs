//! The request log: one entry per request the fake received.

use http::StatusCode;

use crate::fault::Fault;
use crate::operation::OperationId;

/// The most entries the request log keeps; older ones are dropped first.
pub const MAX_LOGGED_REQUESTS: usize = 10_000;

/// What the fake made of one request, from
/// [`FakeCallbell::requests`](crate::FakeCallbell::requests). It holds no
/// identifier, body or header: the path is the spec's template.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LoggedRequest {
    /// The operation the request was routed to; `None` when no path of the spec matched.
    pub operation: Option<OperationId>,
    /// The HTTP method.
    pub method: String,
    /// The operation's path template (`/contacts/{uuid}`), when routed.
    pub path_template: Option<&'static str>,
    /// The status answered; `None` when the connection was reset instead.
    pub status: Option<StatusCode>,
    /// The fault injected into this request, if any.
    pub fault: Option<Fault>,
    /// Whether the answer is the spec's example, because the operation has
    /// no behaviour in the fake.
    pub served_example: bool,
    /// Whether the answer validates against the spec's schema for it (always
    /// `true` for error answers and resets). `false` means the fake sent what
    /// it holds — e.g. a seeded contact the spec does not allow — and `note`
    /// says what does not match.
    pub answer_matches_spec: bool,
    /// Why the fake refused the request or answered as it did, when it says
    /// more than the status (e.g. the failing JSON pointer of a `422`).
    pub note: Option<String>,
}
