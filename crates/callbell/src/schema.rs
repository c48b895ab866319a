//! Strict validation of payloads against the spec (cargo feature `validate`):
//! the [`callbell_schema`] crate, with [`ComponentSchema`] implemented for
//! every type of [`crate::types`], so that a type names its schema.
//!
//! ```
//! use callbell::schema::{self, Schema};
//! use callbell::types::{Contact, CreateContactRequest};
//! use serde_json::json;
//!
//! let body = json!({"identifier": "123456789", "source": "whatsapp", "name": "Ann", "note": 5});
//! let errors = schema::validate_as::<CreateContactRequest>(&body).unwrap_err();
//! assert_eq!(errors.to_string(), "not a valid CreateContactRequest:\n  /note: expected string, found integer");
//! assert_eq!(Schema::of::<Contact>().name(), "Contact");
//! ```

pub use callbell_schema::*;

/// Implements [`ComponentSchema`] for each type, named after its schema.
macro_rules! component_schemas {
    ($($ty:ident),+ $(,)?) => {
        $(
            impl ComponentSchema for crate::types::$ty {
                const SCHEMA: &'static str = stringify!($ty);
            }
        )+
    };
}

crate::for_each_schema_type!(component_schemas);
