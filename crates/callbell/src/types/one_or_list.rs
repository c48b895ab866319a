//! [`OneOrList`]: a value the spec allows as an object or as a list holding
//! exactly one (`oneOf` of the two), because Callbell's docs show it both
//! ways (`openapi/ERRATA.md`). `cargo xtask codegen` names each such schema
//! as an alias, e.g. `types::ContactOrList = OneOrList<Contact>`.

use std::ops::{Deref, DerefMut};

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How a [`OneOrList`] was written on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum WireShape {
    /// `{...}`.
    #[default]
    Object,
    /// `[{...}]`.
    List,
}

/// One `T`, read from either `{...}` or `[{...}]`. Dereferences to `T` and
/// is written back in the shape it was read in.
///
/// ```
/// use callbell::types::ContactResponse;
/// use callbell::WireShape;
///
/// let as_list: ContactResponse =
///     serde_json::from_str(r#"{"contact": [{"uuid": "a1", "name": "Ann"}]}"#).unwrap();
/// let as_object: ContactResponse =
///     serde_json::from_str(r#"{"contact": {"uuid": "a1", "name": "Ann"}}"#).unwrap();
/// assert_eq!(as_list.contact.name, "Ann");
/// assert_eq!(as_list.contact.get(), as_object.contact.get());
/// assert_eq!(as_list.contact.shape(), WireShape::List);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct OneOrList<T> {
    item: T,
    shape: WireShape,
}

impl<T> OneOrList<T> {
    /// Wraps `item`, to be written as an object.
    pub fn new(item: T) -> Self {
        Self {
            item,
            shape: WireShape::Object,
        }
    }

    /// The item.
    pub fn get(&self) -> &T {
        &self.item
    }

    /// The item, by value.
    pub fn into_inner(self) -> T {
        self.item
    }

    /// How it was written on the wire.
    pub fn shape(&self) -> WireShape {
        self.shape
    }
}

impl<T> From<T> for OneOrList<T> {
    fn from(item: T) -> Self {
        Self::new(item)
    }
}

impl<T> Deref for OneOrList<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.item
    }
}

impl<T> DerefMut for OneOrList<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.item
    }
}

impl<T: Serialize> Serialize for OneOrList<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.shape {
            WireShape::Object => self.item.serialize(serializer),
            WireShape::List => [&self.item].serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrList<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct One<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for One<T> {
            type Value = OneOrList<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object, or a list holding exactly one")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(OneOrList::new)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let item = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &"a list holding one object"))?;
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::invalid_length(2, &"a list holding one object"));
                }
                Ok(OneOrList {
                    item,
                    shape: WireShape::List,
                })
            }
        }
        deserializer.deserialize_any(One(std::marker::PhantomData))
    }
}

#[cfg(feature = "schemars")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for OneOrList<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("{}OrList", T::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let item = generator.subschema_for::<T>();
        schemars::json_schema!({
            "oneOf": [
                item,
                {"type": "array", "items": item, "minItems": 1, "maxItems": 1},
            ]
        })
    }
}
