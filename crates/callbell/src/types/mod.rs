#![doc = include_str!("../../docs/types.md")]
#![doc = include_str!("../../docs/open_enums.md")]

pub(crate) mod contact_or_list;
mod conversions;
pub(crate) mod nullable;

pub use crate::generated::open_enums::*;
pub use crate::generated::types::*;
pub use contact_or_list::ContactOrList;
