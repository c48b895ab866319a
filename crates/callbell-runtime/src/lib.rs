//! The runtime of the [`callbell`](https://docs.rs/callbell) client that no
//! fact of the API spec touches, so a spec change never edits it:
//!
//! - [`json_pointer`]: where a JSON value that does not fit its type is;
//! - with the `client` feature, [`auth`]: the API token, kept out of logs;
//!   [`redact`]: scrubbing it out of answers; [`retry`]: when a failed
//!   request is sent again.
//!
//! Applications reach these items through `callbell` (e.g.
//! `callbell::RetryPolicy`, `callbell::ApiToken`).

#![warn(missing_docs)]

#[cfg(feature = "client")]
pub mod auth;
pub mod json_pointer;
#[cfg(feature = "client")]
pub mod redact;
#[cfg(feature = "client")]
pub mod retry;
