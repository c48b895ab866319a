//! What every request goes through ([`hooks`]): token, retries, tracing,
//! and reading the answer.

pub(crate) mod answer;
pub(crate) mod auth;
pub(crate) mod hooks;
pub(crate) mod redact;
pub(crate) mod tls;
