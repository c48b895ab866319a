//! Every request, response and webhook body of the API, generated from the
//! spec's component schemas, with the spec's string enums as open enums
//! (unknown values are kept, see [`Source`]).

pub(crate) mod contact_or_list;
mod conversions;
pub(crate) mod open_enum;

pub use crate::generated::open_enums::*;
pub use crate::generated::types::*;
pub use contact_or_list::ContactOrList;
