//! [`ContactOrList`]: the `contact` of a single-contact response, which
//! Callbell's docs show both as an object and as a one-item list
//! (`openapi/ERRATA.md`).

use std::ops::{Deref, DerefMut};

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::types::Contact;

/// How a [`ContactOrList`] was written on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum WireShape {
    /// `{"contact": {...}}`.
    #[default]
    Object,
    /// `{"contact": [{...}]}`.
    List,
}

/// One contact, read from either `{...}` or `[{...}]`. Dereferences to
/// [`Contact`] and is written back in the shape it was read in.
///
/// ```
/// use callbell::types::ContactResponse;
///
/// let as_list: ContactResponse =
///     serde_json::from_str(r#"{"contact": [{"uuid": "a1", "name": "Ann"}]}"#).unwrap();
/// let as_object: ContactResponse =
///     serde_json::from_str(r#"{"contact": {"uuid": "a1", "name": "Ann"}}"#).unwrap();
/// assert_eq!(as_list.contact.name, "Ann");
/// assert_eq!(as_list.contact.contact(), as_object.contact.contact());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ContactOrList {
    contact: Contact,
    shape: WireShape,
}

impl ContactOrList {
    /// Wraps a contact, to be written as an object.
    pub fn new(contact: Contact) -> Self {
        Self {
            contact,
            shape: WireShape::Object,
        }
    }

    /// The contact.
    pub fn contact(&self) -> &Contact {
        &self.contact
    }

    /// The contact, by value.
    pub fn into_contact(self) -> Contact {
        self.contact
    }

    /// How it was written on the wire.
    pub fn shape(&self) -> WireShape {
        self.shape
    }
}

impl From<Contact> for ContactOrList {
    fn from(contact: Contact) -> Self {
        Self::new(contact)
    }
}

impl From<ContactOrList> for Contact {
    fn from(value: ContactOrList) -> Self {
        value.contact
    }
}

impl Deref for ContactOrList {
    type Target = Contact;
    fn deref(&self) -> &Contact {
        &self.contact
    }
}

impl DerefMut for ContactOrList {
    fn deref_mut(&mut self) -> &mut Contact {
        &mut self.contact
    }
}

impl Serialize for ContactOrList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.shape {
            WireShape::Object => self.contact.serialize(serializer),
            WireShape::List => [&self.contact].serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ContactOrList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneContact;
        impl<'de> Visitor<'de> for OneContact {
            type Value = ContactOrList;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a contact object, or a list holding exactly one")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ContactOrList, A::Error> {
                Contact::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(ContactOrList::new)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ContactOrList, A::Error> {
                let contact: Contact = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &"a list holding one contact"))?;
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::invalid_length(2, &"a list holding one contact"));
                }
                Ok(ContactOrList {
                    contact,
                    shape: WireShape::List,
                })
            }
        }
        deserializer.deserialize_any(OneContact)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for ContactOrList {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ContactOrList".into()
    }

    fn json_schema(gen: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let contact = gen.subschema_for::<Contact>();
        schemars::json_schema!({
            "oneOf": [
                contact,
                {"type": "array", "items": contact, "minItems": 1, "maxItems": 1},
            ]
        })
    }
}
