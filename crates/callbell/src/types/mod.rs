#![doc = include_str!("../../docs/types.md")]
#![doc = include_str!("../../docs/open_enums.md")]

mod conversions;
pub(crate) mod nullable;
pub(crate) mod one_or_list;

pub use crate::generated::open_enums::*;
pub use crate::generated::types::*;
pub use one_or_list::OneOrList;
