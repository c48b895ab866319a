//! What every request goes through: the bearer token, retries, tracing, and
//! reading the answer (size, token scrubbing, error bodies).

pub(crate) mod answer;
pub(crate) mod auth;
pub(crate) mod hooks;
pub(crate) mod redact;
pub(crate) mod retry;
pub(crate) mod tls;
