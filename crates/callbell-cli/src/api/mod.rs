//! The runtime of the generated operation subcommands: connecting, building
//! request bodies from flags, sending, printing answers.

mod body;
mod connect;
mod output;

pub use body::{BodyField, FieldKind, body};
pub use connect::{Connection, connect};
pub use output::Output;

pub use crate::exit::Failure;
