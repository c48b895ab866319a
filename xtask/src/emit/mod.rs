//! Emitters of derived files other than the client: each turns the checked
//! spec into one `@generated` file of another crate.

pub mod fake;
