//! The runtime of the [`callbell`](https://docs.rs/callbell) client that no
//! fact of the API spec touches, so a spec change never edits it: when a
//! failed request is sent again ([`retry`]).
//!
//! Applications reach these items through `callbell` (e.g. `callbell::RetryPolicy`).

#![warn(missing_docs)]

pub mod retry;
