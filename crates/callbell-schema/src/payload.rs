//! Reading a payload for strict validation: at most [`MAX_PAYLOAD_BYTES`],
//! and JSON in which no object has the same key twice.
//!
//! `serde_json::Value` keeps the last of two equal keys, so
//! `{"contacts": 5, "contacts": []}` would validate as a valid list. A strict
//! check must see both: [`parse`] reads the bytes with its own visitor and
//! refuses a repeated key, naming its JSON pointer.

use std::fmt;
use std::io::Read;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// The largest payload [`read`] accepts: 64 MiB. Callbell's pages are a few
/// hundred kilobytes and its webhook deliveries at most 1 MiB.
pub const MAX_PAYLOAD_BYTES: u64 = 64 * 1024 * 1024;

/// Why a payload could not be read for validation.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PayloadError {
    /// Reading failed.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The payload is larger than the limit.
    #[error("larger than {limit} bytes; not read further")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The bytes are not JSON (serde_json's message ends with line and column).
    #[error("not JSON: {0}")]
    NotJson(serde_json::Error),
    /// An object has the same key twice.
    #[error("duplicate key {key:?} at {pointer:?} (line {line}, column {column})")]
    DuplicateKey {
        /// The JSON pointer of the repeated member, e.g. `/contacts`.
        pointer: String,
        /// The repeated key.
        key: String,
        /// Where the repetition was read (1-based).
        line: usize,
        /// Where the repetition was read (1-based).
        column: usize,
    },
}

/// All of `reader`, if it is at most `limit` bytes.
///
/// ```
/// use callbell_schema::{read, PayloadError};
///
/// assert_eq!(read(&b"{}"[..], 16).unwrap(), b"{}");
/// assert!(matches!(read(&[b' '; 17][..], 16), Err(PayloadError::TooLarge { limit: 16 })));
/// ```
pub fn read(reader: impl Read, limit: u64) -> Result<Vec<u8>, PayloadError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(PayloadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// `bytes` as a JSON value, refusing an object with a repeated key.
///
/// ```
/// use callbell_schema::{parse, PayloadError};
///
/// assert_eq!(parse(br#"{"contacts": []}"#).unwrap()["contacts"], serde_json::json!([]));
/// let Err(PayloadError::DuplicateKey { pointer, .. }) =
///     parse(br#"{"contacts": 5, "contacts": []}"#) else { panic!() };
/// assert_eq!(pointer, "/contacts");
/// ```
pub fn parse(bytes: &[u8]) -> Result<Value, PayloadError> {
    let mut found = None;
    let mut reader = serde_json::Deserializer::from_slice(bytes);
    let seed = Strict {
        pointer: String::new(),
        found: &mut found,
    };
    let parsed = seed.deserialize(&mut reader).and_then(|value| {
        reader.end()?;
        Ok(value)
    });
    match (parsed, found) {
        (Ok(value), _) => Ok(value),
        (Err(e), Some((pointer, key))) => Err(PayloadError::DuplicateKey {
            pointer,
            key,
            line: e.line(),
            column: e.column(),
        }),
        (Err(e), None) => Err(PayloadError::NotJson(e)),
    }
}

/// Reads one value at `pointer`; records the first repeated key in `found`.
struct Strict<'a> {
    pointer: String,
    found: &'a mut Option<(String, String)>,
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let seed = Strict {
                pointer: format!("{}/{}", self.pointer, items.len()),
                found: &mut *self.found,
            };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let pointer = format!("{}/{}", self.pointer, crate::escape(&key));
            if members.contains_key(&key) {
                let message = format!("duplicate key {key:?} at {pointer:?}");
                *self.found = Some((pointer, key));
                return Err(A::Error::custom(message));
            }
            let seed = Strict {
                pointer,
                found: &mut *self.found,
            };
            let value = map.next_value_seed(seed)?;
            members.insert(key, value);
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn repeated_keys_are_named_by_pointer_at_any_depth() {
        let cases = [
            (r#"{"contacts": 5, "contacts": []}"#, "/contacts", 1),
            (
                "{\"contacts\": [{\"uuid\": \"a\"},\n {\"name\": 1, \"name\": 2}]}",
                "/contacts/1/name",
                2,
            ),
            (r#"{"a/b~": {"x": 1, "x": 1}}"#, "/a~1b~0/x", 1),
        ];
        for (text, expected, line) in cases {
            let err = parse(text.as_bytes()).unwrap_err();
            let PayloadError::DuplicateKey {
                pointer, line: at, ..
            } = &err
            else {
                panic!("{err:?}")
            };
            assert_eq!(pointer, expected, "{text}");
            assert_eq!(*at, line, "{text}");
            assert!(err.to_string().contains(expected), "{err}");
        }
    }

    #[test]
    fn values_read_as_serde_json_reads_them() {
        let text =
            r#"{"a": [1, -2, 3.5, "x\u00e9", true, null, {}], "b": {"c": 18446744073709551615}}"#;
        assert_eq!(
            parse(text.as_bytes()).unwrap(),
            serde_json::from_str::<Value>(text).unwrap()
        );
        assert_eq!(parse(b"[]").unwrap(), json!([]));
    }

    #[test]
    fn bad_json_and_deep_nesting_are_errors_not_panics() {
        for text in ["{", "1e400", "[1] x", "\"\\ud800\""] {
            assert!(
                matches!(parse(text.as_bytes()), Err(PayloadError::NotJson(_))),
                "{text}"
            );
        }
        let deep = "[".repeat(100_000);
        assert!(matches!(
            parse(deep.as_bytes()),
            Err(PayloadError::NotJson(_))
        ));
    }

    #[test]
    fn reading_stops_past_the_limit() {
        let endless = std::io::repeat(b' ');
        assert!(matches!(
            read(endless, 1024),
            Err(PayloadError::TooLarge { limit: 1024 })
        ));
        assert_eq!(read(&b"12345"[..], 5).unwrap(), b"12345");
    }
}
