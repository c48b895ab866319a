// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.

//!`ContactOrList`: the type, its impls and its builder.
#[allow(unused_imports)]
use super::*;
///`ContactOrList`: one [`Contact`], read from an object or a list of exactly one, and written back in the shape it was read in (see [`OneOrList`](crate::types::OneOrList)).
pub type ContactOrList = crate::types::OneOrList<Contact>;
