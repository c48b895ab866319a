//! From a spec schema name to the generated type `callbell::types::<Schema>`:
//! read JSON into it, write it back, and derive its JSON Schema with schemars.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What the tests can do with one generated type.
pub struct SchemaType {
    /// The spec's component schema name (and the Rust type's name).
    pub name: &'static str,
    /// Reads JSON into the type and writes the typed value back as JSON. A
    /// read error names the JSON pointer where it happened.
    pub round_trip: fn(&Value) -> Result<Value, String>,
    /// The JSON Schema `schemars::schema_for!` derives for the type.
    pub json_schema: fn() -> Value,
}

fn round_trip<T: DeserializeOwned + Serialize>(json: &Value) -> Result<Value, String> {
    let typed: T = serde_path_to_error::deserialize(json).map_err(|e| {
        let mut pointer = String::new();
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            pointer.push('/');
            match segment {
                Segment::Seq { index } => pointer.push_str(&index.to_string()),
                Segment::Map { key } => pointer.push_str(&crate::pointer_segment(key)),
                Segment::Enum { variant } => pointer.push_str(variant),
                Segment::Unknown => pointer.push('?'),
            }
        }
        let at = if pointer.is_empty() { "/" } else { &pointer };
        format!("at {at}: {}", e.inner())
    })?;
    serde_json::to_value(&typed).map_err(|e| format!("writing it back failed: {e}"))
}

fn json_schema<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).expect("a schemars schema is JSON")
}

/// Builds [`SCHEMA_TYPES`] from a list of `callbell::types` names.
macro_rules! schema_types {
    ($($name:ident),+ $(,)?) => {
        /// Every component schema of the spec, with its generated type.
        pub const SCHEMA_TYPES: &[SchemaType] = &[$(
            SchemaType {
                name: stringify!($name),
                round_trip: round_trip::<callbell::types::$name>,
                json_schema: json_schema::<callbell::types::$name>,
            },
        )+];
    };
}

callbell::for_each_schema_type!(schema_types);

/// The generated type named `name`, if the table has it.
pub fn lookup(name: &str) -> Option<&'static SchemaType> {
    SCHEMA_TYPES.iter().find(|s| s.name == name)
}
