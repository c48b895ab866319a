//! Reading contacts to seed the fake with from a JSON document.

use std::fmt;

use callbell::schema::Schema;
use callbell::types::Contact;
use serde_json::Value;

/// Why a seed document cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SeedError {
    /// The JSON pointer of the offending value (`""` for the whole document).
    pub pointer: String,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(f, "invalid seed: {pointer}: {}", self.message)
    }
}

impl std::error::Error for SeedError {}

/// Reads contacts from a JSON document: a list of contacts, or a page of
/// them as Callbell sends it (`{"contacts": [...]}`). Every contact must
/// validate strictly against the spec's `Contact` schema, since the fake
/// answers with it; the first problem is reported with its JSON pointer.
///
/// ```
/// let contacts = callbell_fake::seed_from_json(br#"[
///     {"uuid": "414a6d692bd645ed803f2e7ce360d4c8", "name": "Ann", "source": "whatsapp"}
/// ]"#)?;
/// assert_eq!(contacts[0].name, "Ann");
///
/// let err = callbell_fake::seed_from_json(br#"{"contacts": [{"uuid": "a1"}]}"#).unwrap_err();
/// assert_eq!(err.pointer, "/contacts/0/name");
/// # Ok::<(), callbell_fake::SeedError>(())
/// ```
pub fn seed_from_json(json: &[u8]) -> Result<Vec<Contact>, SeedError> {
    let error = |pointer: String, message: String| SeedError { pointer, message };
    let document: Value =
        serde_json::from_slice(json).map_err(|e| error(String::new(), format!("not JSON: {e}")))?;
    let (list, prefix) = match &document {
        Value::Array(list) => (list, ""),
        Value::Object(page) => match page.get("contacts") {
            Some(Value::Array(list)) => (list, "/contacts"),
            _ => {
                return Err(error(
                    "/contacts".into(),
                    "expected a list of contacts here".into(),
                ));
            }
        },
        _ => {
            return Err(error(
                String::new(),
                "expected a list of contacts or {\"contacts\": [...]}".into(),
            ));
        }
    };
    let schema = Schema::of::<Contact>();
    list.iter()
        .enumerate()
        .map(|(i, value)| {
            let at = format!("{prefix}/{i}");
            if let Err(errors) = schema.validate(value) {
                let first = errors.iter().next();
                return Err(error(
                    format!("{at}{}", first.map_or("", |e| e.pointer())),
                    first.map_or_else(|| errors.to_string(), |e| e.message().to_string()),
                ));
            }
            serde_json::from_value(value.clone()).map_err(|e| error(at, e.to_string()))
        })
        .collect()
}
