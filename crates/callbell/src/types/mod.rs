//! Every request, response and webhook body of the API, generated from the
//! spec's component schemas, with the spec's string enums as open enums
//! (unknown values are kept, see [`Source`]).
//!
//! The types are `#[non_exhaustive]`, so a field the spec adds later is not a
//! breaking change: build them with their builders, whose setters take plain
//! values, or `Default`. An optional list is an `Option<Vec<_>>`: `Some` of an
//! empty list is sent as `[]` ("set to empty"), `None` is left out ("leave
//! unchanged"). An optional field that accepts `null` is an
//! `Option<Option<T>>`: `None` is left out, `Some(None)` is sent as `null`,
//! `Some(Some(v))` as the value; its builder sets a value with `.field(v)`
//! and `null` with `.field_null()`. What Callbell sends is written back the
//! same, `null` included.
//!
//! ```
//! use callbell::types::{CreateContactRequest, Source, UpdateContactRequest};
//!
//! let create: CreateContactRequest = CreateContactRequest::builder()
//!     .identifier("+393331234567")
//!     .source(Source::Whatsapp)
//!     .name("Ann")
//!     .tags(["lead"])
//!     .custom_fields([("plan", "gold")].into_iter().collect::<callbell::types::CustomFields>())
//!     .try_into()
//!     .unwrap();
//! assert_eq!(create.tags.as_deref(), Some(&["lead".to_string()][..]));
//!
//! let clear_tags: UpdateContactRequest = UpdateContactRequest::builder()
//!     .tags(Vec::<String>::new())
//!     .try_into()
//!     .unwrap();
//! assert_eq!(serde_json::to_string(&clear_tags).unwrap(), r#"{"tags":[]}"#);
//! let unchanged = UpdateContactRequest::default();
//! assert_eq!(serde_json::to_string(&unchanged).unwrap(), "{}");
//!
//! // A nullable field: a value, `null`, or absent.
//! use callbell::types::Contact;
//! let contact = |b: callbell::types::builder::Contact| -> String {
//!     let c: Contact = b.uuid("414a6d692bd645ed803f2e7ce360d4c8").name("Ann").try_into().unwrap();
//!     serde_json::to_string(&c).unwrap()
//! };
//! assert!(contact(Contact::builder().assigned_user("ann@example.com"))
//!     .contains(r#""assignedUser":"ann@example.com""#));
//! assert!(contact(Contact::builder().assigned_user_null()).contains(r#""assignedUser":null"#));
//! assert!(!contact(Contact::builder()).contains("assignedUser"));
//! ```
//!
//! Struct literals do not compile outside the crate:
//!
//! ```compile_fail,E0639
//! let team = callbell::types::Team {
//!     created_at: None,
//!     default: None,
//!     members: None,
//!     name: None,
//!     uuid: None,
//! };
//! ```
#![doc = include_str!("../../docs/open_enums.md")]

pub(crate) mod contact_or_list;
mod conversions;
pub(crate) mod nullable;

pub use crate::generated::open_enums::*;
pub use crate::generated::types::*;
pub use contact_or_list::ContactOrList;
