//! What every request goes through ([`hooks`]): token, retries, tracing,
//! and reading the answer.

pub(crate) mod answer;
pub(crate) mod hooks;
pub(crate) mod tls;
