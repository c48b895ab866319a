//! The runtime of the generated operation subcommands: connecting, building
//! request bodies from flags, sending, printing answers.

mod body;
mod connect;
mod output;

pub use body::{body, BodyField, FieldKind};
pub use connect::{connect, Connection};
pub use output::Output;

pub use crate::exit::Failure;
