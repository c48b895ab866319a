//! Every request, response and webhook body of the API, generated from the
//! spec's component schemas, plus the hand-written types that stand in for
//! the spec's string enums (open: unknown values are kept, see [`Source`]).

pub(crate) mod contact_or_list;
mod open_enums;
pub(crate) mod schema_list;

pub use crate::generated::types::*;
pub use contact_or_list::ContactOrList;
pub use open_enums::{
    BotStatus, BotStatusChange, ContactEventType, CustomFieldType, MessageStatus, Source,
};
