//! proptest strategies: arbitrary JSON biased towards Callbell's shapes,
//! mutations of existing payloads, byte-level damage, and valid `Contact`
//! values built through the generated builders.

use std::collections::BTreeMap;

use callbell::types::{self, CustomFieldValue};
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Number, Value};

/// Property names of the spec's schemas, so arbitrary objects often hit real fields.
const FIELDS: &[&str] = &[
    "uuid",
    "name",
    "phoneNumber",
    "avatarUrl",
    "blockedAt",
    "createdAt",
    "source",
    "funnelId",
    "closedAt",
    "href",
    "conversationHref",
    "tags",
    "assignedUser",
    "customFields",
    "customFieldsMetadata",
    "team",
    "channel",
    "bsuid",
    "note",
    "contacts",
    "contact",
    "messages",
    "bot",
    "status",
    "event",
    "payload",
    "deleted",
    "value",
    "type",
    "options",
    "success",
    "error",
    "errors",
    "message",
    "text",
    "from",
    "to",
    "title",
    "main",
    "discardedAt",
    "members",
    "default",
    "version",
    "latestBotVersion",
    "conversationStartedAt",
    "bot_status",
    "funnel_id",
];

/// Strings the readers treat specially: enum values (known and not), timestamps, booleans as text.
const WORDS: &[&str] = &[
    "whatsapp",
    "tiktok",
    "in_progress",
    "bot_start",
    "sent",
    "note",
    "checkbox",
    "text",
    "contact_created",
    "contact_updated",
    "contact_deleted",
    "2020-11-13T21:08:53Z",
    "2020-11-13T21:08:53+02:00",
    "2020-13-45T99:99:99Z",
    "true",
    "",
    "null",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // Dyadic fractions: exactly representable, so they print and parse back unchanged.
        (any::<i32>(), 0..12i32).prop_map(|(m, e)| {
            Value::Number(Number::from_f64(f64::from(m) / 2f64.powi(e)).expect("finite"))
        }),
        prop::sample::select(WORDS).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FIELDS).prop_map(str::to_string),
        1 => ".{0,8}",
    ]
}

/// Arbitrary JSON, at most 4 levels deep, with keys mostly from the spec.
pub fn json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One change to a JSON document, at a node picked by index (pre-order).
#[derive(Clone, Debug)]
pub enum Mutation {
    /// Remove the node from its object or array (the root becomes `null`).
    Remove(Index),
    /// Replace the node with `null`.
    Null(Index),
    /// Replace the node with an arbitrary value.
    Replace(Index, Value),
    /// Put the node inside a one-element array.
    WrapInArray(Index),
    /// Replace an array by its first element (or `null` when empty).
    Unwrap(Index),
    /// Replace the node with a 1,001-character string (past `note`'s limit).
    LongString(Index),
    /// Add an unknown property to the node if it is an object.
    ExtraProperty(Index, Value),
}

/// A random [`Mutation`].
pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::Remove),
        any::<Index>().prop_map(Mutation::Null),
        (any::<Index>(), leaf()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<Index>(), json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        any::<Index>().prop_map(Mutation::WrapInArray),
        any::<Index>().prop_map(Mutation::Unwrap),
        any::<Index>().prop_map(Mutation::LongString),
        (any::<Index>(), leaf()).prop_map(|(i, v)| Mutation::ExtraProperty(i, v)),
    ]
}

/// The JSON pointer of every node of `value`, root first.
fn pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                out.push(at.clone());
                for (key, child) in map {
                    let escaped = key.replace('~', "~0").replace('/', "~1");
                    walk(child, format!("{at}/{escaped}"), out);
                }
            }
            Value::Array(items) => {
                out.push(at.clone());
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{at}/{i}"), out);
                }
            }
            _ => out.push(at),
        }
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

impl Mutation {
    /// Applies the mutation to `document`.
    pub fn apply(&self, document: &mut Value) {
        let all = pointers(document);
        let (Self::Remove(i)
        | Self::Null(i)
        | Self::Replace(i, _)
        | Self::WrapInArray(i)
        | Self::Unwrap(i)
        | Self::LongString(i)
        | Self::ExtraProperty(i, _)) = self;
        let at = all[i.index(all.len())].clone();
        if let Self::Remove(_) = self {
            remove(document, &at);
            return;
        }
        let node = document.pointer_mut(&at).expect("pointer from pointers()");
        match self {
            Self::Remove(_) => unreachable!("handled above"),
            Self::Null(_) => *node = Value::Null,
            Self::Replace(_, value) => *node = value.clone(),
            Self::WrapInArray(_) => *node = Value::Array(vec![node.take()]),
            Self::Unwrap(_) => {
                if let Value::Array(items) = node {
                    *node = items.first().cloned().unwrap_or(Value::Null);
                }
            }
            Self::LongString(_) => *node = Value::String("x".repeat(1001)),
            Self::ExtraProperty(_, value) => {
                if let Value::Object(map) = node {
                    map.insert("addedByCallbellLater".into(), value.clone());
                }
            }
        }
    }
}

fn remove(document: &mut Value, at: &str) {
    let Some((parent, last)) = at.rsplit_once('/') else {
        *document = Value::Null;
        return;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match document.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.remove(&key);
        }
        Some(Value::Array(items)) => {
            if let Ok(i) = key.parse::<usize>() {
                items.remove(i);
            }
        }
        _ => {}
    }
}

/// Damage to the serialized bytes.
#[derive(Clone, Debug)]
pub enum ByteDamage {
    /// None: the mutated document is read as written.
    Intact,
    /// Cut the text short.
    Truncate(Index),
    /// Replace one byte (may break UTF-8).
    Overwrite(Index, u8),
    /// Insert one byte.
    Insert(Index, u8),
}

/// Random [`ByteDamage`], intact half of the time.
pub fn byte_damage() -> impl Strategy<Value = ByteDamage> {
    prop_oneof![
        3 => Just(ByteDamage::Intact),
        1 => any::<Index>().prop_map(ByteDamage::Truncate),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteDamage::Overwrite(i, b)),
        1 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| ByteDamage::Insert(i, b)),
    ]
}

impl ByteDamage {
    /// Applies the damage to `bytes` (not empty).
    pub fn apply(&self, bytes: &mut Vec<u8>) {
        match self {
            Self::Intact => {}
            Self::Truncate(i) => bytes.truncate(i.index(bytes.len())),
            Self::Overwrite(i, b) => {
                let at = i.index(bytes.len());
                bytes[at] = *b;
            }
            Self::Insert(i, b) => {
                let at = i.index(bytes.len() + 1);
                bytes.insert(at, *b);
            }
        }
    }
}

/// How far a generated contact may stray from the spec.
#[derive(Clone, Copy, Debug)]
pub enum Enums {
    /// As far as the typed reader allows: enum values the spec does not list
    /// (kept in `Other`), notes over 1,000 characters, negative team sizes.
    Open,
    /// Only what the spec allows, so the contact is valid against the strict schema.
    Spec,
}

fn open_enum<T: From<String> + std::fmt::Debug + Send + Sync + 'static>(
    known: &'static [&'static str],
    enums: Enums,
) -> BoxedStrategy<T> {
    let listed = prop::sample::select(known).prop_map(|s| T::from(s.to_string()));
    match enums {
        Enums::Spec => listed.boxed(),
        // `T::from` maps a listed value to its variant, so `Other` only ever
        // holds unlisted strings, as when read from the wire.
        Enums::Open => prop_oneof![listed, "[a-z_]{0,10}".prop_map(T::from)].boxed(),
    }
}

fn text() -> impl Strategy<Value = String> {
    ".{0,16}"
}

fn timestamp() -> impl Strategy<Value = DateTime<Utc>> {
    // 1970 to 2099, with nanoseconds: RFC 3339 both ways.
    (0i64..4_102_444_800, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).expect("in range"))
}

fn custom_field_value() -> impl Strategy<Value = CustomFieldValue> {
    prop_oneof![
        text().prop_map(CustomFieldValue::String),
        prop::collection::vec(text(), 0..3).prop_map(CustomFieldValue::Array),
    ]
}

/// A typed value of `customFieldsMetadata`: a string, a list of strings, a
/// number (integral or not), a boolean or null.
fn custom_field_typed_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        text().prop_map(Value::String),
        prop::collection::vec(text(), 0..3)
            .prop_map(|items| Value::Array(items.into_iter().map(Value::String).collect())),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
    ]
}

fn team(enums: Enums) -> impl Strategy<Value = types::Team> {
    // The spec says `minimum: 0`; the typed reader accepts any i64.
    let members = match enums {
        Enums::Spec => (0i64..10_000).boxed(),
        Enums::Open => any::<i64>().boxed(),
    };
    (
        proptest::option::of(timestamp()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(members),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(|(created_at, default, members, name, uuid)| {
            // Optional values that may be absent are assigned: the builder's
            // setters take present values.
            let mut team = types::Team::default();
            team.created_at = created_at;
            team.default = default;
            team.members = members;
            team.name = name;
            team.uuid = uuid;
            team
        })
}

fn channel(enums: Enums) -> impl Strategy<Value = types::Channel> {
    let discarded_at = prop_oneof![
        any::<bool>().prop_map(types::ChannelDiscardedAt::Boolean),
        timestamp().prop_map(|t| types::ChannelDiscardedAt::DateTime(Some(t))),
    ];
    (
        tri_state(discarded_at),
        proptest::option::of(any::<bool>()),
        proptest::option::of(text()),
        proptest::option::of(open_enum::<types::Source>(types::Source::KNOWN, enums)),
        proptest::option::of(text()),
    )
        .prop_map(|(discarded_at, main, title, type_, uuid)| {
            let mut channel = types::Channel::default();
            channel.discarded_at = discarded_at;
            channel.main = main;
            channel.title = title;
            channel.type_ = type_;
            channel.uuid = uuid;
            channel
        })
}

fn custom_field_metadata(enums: Enums) -> impl Strategy<Value = types::CustomFieldMetadata> {
    (
        prop::collection::vec(text(), 0..3),
        open_enum::<types::CustomFieldType>(types::CustomFieldType::KNOWN, enums),
        custom_field_typed_value(),
    )
        .prop_map(|(options, type_, value)| {
            types::CustomFieldMetadata::builder()
                .options(options)
                .type_(type_)
                .value(value)
                .try_into()
                .expect("a valid CustomFieldMetadata")
        })
}

fn note(enums: Enums) -> BoxedStrategy<String> {
    // Right at the spec's maxLength of 1,000 characters.
    let at_limit = Just("é".repeat(1000));
    match enums {
        Enums::Spec => prop_oneof![4 => ".{0,40}", 1 => at_limit].boxed(),
        // The typed reader also keeps a longer note (the validator reports it).
        Enums::Open => {
            prop_oneof![4 => ".{0,40}", 1 => at_limit, 1 => Just("n".repeat(1001))].boxed()
        }
    }
}

/// A field that accepts `null`: absent, `null` or a value, at random.
fn tri_state<S: Strategy>(value: S) -> impl Strategy<Value = Option<Option<S::Value>>> {
    proptest::option::of(proptest::option::of(value))
}

/// A `Contact` with every optional part present or absent at random, and
/// every field that accepts `null` also `null` at random.
/// With [`Enums::Spec`] it is valid against the spec's strict schema.
pub fn contact(enums: Enums) -> impl Strategy<Value = types::Contact> {
    let ids = (
        "[0-9a-f]{32}",
        text(),
        tri_state(text()),
        tri_state(text()),
        tri_state(timestamp()),
        tri_state(text()),
        proptest::option::of(channel(enums)),
        tri_state(timestamp()),
        proptest::option::of(text()),
        proptest::option::of(timestamp()),
    );
    let rest = (
        proptest::option::of(
            prop::collection::btree_map(text(), custom_field_value(), 0..4)
                .prop_map(types::CustomFields::from),
        ),
        proptest::option::of(prop::collection::btree_map(
            text(),
            custom_field_metadata(enums),
            0..3,
        )),
        tri_state(text()),
        proptest::option::of(text()),
        tri_state(note(enums)),
        tri_state(text()),
        proptest::option::of(open_enum::<types::Source>(types::Source::KNOWN, enums)),
        proptest::option::of(prop::collection::vec(text(), 0..4)),
        proptest::option::of(team(enums)),
    );
    (ids, rest).prop_map(
        |(
            (
                uuid,
                name,
                assigned_user,
                avatar_url,
                blocked_at,
                bsuid,
                channel,
                closed_at,
                conversation_href,
                created_at,
            ),
            (
                custom_fields,
                custom_fields_metadata,
                funnel_id,
                href,
                note,
                phone_number,
                source,
                tags,
                team,
            ),
        )| {
            let metadata: Option<BTreeMap<_, _>> = custom_fields_metadata;
            let mut contact: types::Contact = types::Contact::builder()
                .uuid(uuid)
                .name(name)
                .try_into()
                .expect("a valid Contact");
            contact.assigned_user = assigned_user;
            contact.avatar_url = avatar_url;
            contact.blocked_at = blocked_at;
            contact.bsuid = bsuid;
            contact.channel = channel;
            contact.closed_at = closed_at;
            contact.conversation_href = conversation_href;
            contact.created_at = created_at;
            contact.custom_fields = custom_fields;
            contact.custom_fields_metadata = metadata;
            contact.funnel_id = funnel_id;
            contact.href = href;
            contact.note = note;
            contact.phone_number = phone_number;
            contact.source = source;
            contact.tags = tags;
            contact.team = team;
            contact
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn mutations_reach_every_node() {
        let doc = json!({"a": [1, {"b/c": null}], "d": "x"});
        assert_eq!(
            pointers(&doc),
            ["", "/a", "/a/0", "/a/1", "/a/1/b~1c", "/d"]
        );
        let mut removed = doc.clone();
        remove(&mut removed, "/a/1/b~1c");
        assert_eq!(removed, json!({"a": [1, {}], "d": "x"}));
        let mut removed = doc.clone();
        remove(&mut removed, "/a/0");
        assert_eq!(removed, json!({"a": [{"b/c": null}], "d": "x"}));
        let mut root = doc;
        remove(&mut root, "");
        assert_eq!(root, Value::Null);
    }
}
