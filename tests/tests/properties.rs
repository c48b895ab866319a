//! Property tests (proptest, bounded to a few hundred cases each):
//!
//! - arbitrary JSON, and random mutations of every docs fixture
//!   (`tests/fixtures/<Schema>/*.json`) and of generated payloads, never
//!   panic the typed reader of any schema; whatever it accepts, it writes
//!   back and reads again to an equal value; whatever it refuses gets an
//!   error (with a position, except for data errors of untagged enums);
//! - arbitrary valid `Contact` values round-trip through serde exactly.

use std::fmt::Debug;
use std::path::{Path, PathBuf};

use callbell::types;
use callbell_tests::payload;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

#[path = "properties/strategies.rs"]
mod strategies;

/// Reads `bytes` as `T`. Accepted input must survive write-then-read
/// unchanged; refused input must get an error that says where. Returns
/// whether the input was accepted.
fn check_reader<T>(bytes: &[u8]) -> Result<bool, TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    match serde_json::from_slice::<T>(bytes) {
        Ok(value) => {
            let text = serde_json::to_string(&value)
                .map_err(|e| TestCaseError::fail(format!("cannot write back {value:?}: {e}")))?;
            let again: T = serde_json::from_str(&text).map_err(|e| {
                TestCaseError::fail(format!("cannot read back what it wrote ({text}): {e}"))
            })?;
            prop_assert_eq!(again, value, "changed by a round trip through {}", text);
            Ok(true)
        }
        Err(error) => {
            // Syntax errors always say where. Data errors do too, except
            // those of untagged enums (serde decides after buffering the
            // value, when the position is gone).
            prop_assert!(
                error.line() > 0 || error.classify() == serde_json::error::Category::Data,
                "{:?} error without a position: {}",
                error.classify(),
                error
            );
            Ok(false)
        }
    }
}

type Reader = fn(&[u8]) -> Result<bool, TestCaseError>;

macro_rules! readers {
    ($($schema:ident),+ $(,)?) => {
        &[$((stringify!($schema), check_reader::<types::$schema> as Reader)),+]
    };
}

/// The typed reader of every component schema of the spec (generated types
/// and the hand-written ones that replace some of them).
const READERS: &[(&str, Reader)] = readers![
    ApiError,
    Bot,
    BotResponse,
    BotStatus,
    BotStatusChange,
    Channel,
    Contact,
    ContactDeletedEvent,
    ContactDeletedEventType,
    ContactEvent,
    ContactEventType,
    ContactList,
    ContactOrList,
    ContactResponse,
    CreateContactRequest,
    CreateNoteRequest,
    CustomFieldMetadata,
    CustomFields,
    CustomFieldType,
    CustomFieldValue,
    DeleteContactResponse,
    DeletedContact,
    Message,
    MessageList,
    MessageStatus,
    NoteResponse,
    Source,
    Team,
    UpdateBotRequest,
    UpdateContactRequest,
    UpdateFunnelRequest,
];

/// Runs every typed reader on `bytes`.
fn check_all_readers(bytes: &[u8]) -> Result<(), TestCaseError> {
    for (schema, read) in READERS {
        read(bytes).map_err(|e| TestCaseError::fail(format!("{schema}: {e}")))?;
    }
    Ok(())
}

fn reader(schema: &str) -> Option<Reader> {
    READERS
        .iter()
        .find(|(name, _)| *name == schema)
        .map(|(_, read)| *read)
}

fn workspace_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Every fixture under `tests/fixtures/<Schema>/*.json`, as (label, text).
fn fixtures() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let Ok(schemas) = std::fs::read_dir(workspace_file("fixtures")) else {
        return found;
    };
    for schema in schemas.flatten().filter(|e| e.path().is_dir()) {
        for file in std::fs::read_dir(schema.path()).unwrap().flatten() {
            let path = file.path();
            if path.extension().is_some_and(|ext| ext == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                found.push((path.display().to_string(), text));
            }
        }
    }
    found.sort();
    found
}

/// What the mutations start from: every docs fixture, plus generated
/// payloads of the main response and webhook shapes.
fn seeds() -> Vec<(String, Value)> {
    let mut seeds: Vec<(String, Value)> = fixtures()
        .into_iter()
        .map(|(label, text)| {
            let value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{label} is not JSON: {e}"));
            (label, value)
        })
        .collect();
    seeds.push(("payload: ContactList".into(), payload::contact_list(0, 5)));
    seeds.push((
        "payload: ContactResponse".into(),
        json!({ "contact": [payload::contact(7)] }),
    ));
    seeds.push((
        "payload: ContactEvent".into(),
        json!({ "event": "contact_updated", "payload": payload::contact(10) }),
    ));
    seeds.push((
        "payload: ContactDeletedEvent".into(),
        json!({
            "event": "contact_deleted",
            "payload": { "uuid": payload::uuid(3), "deleted": "2024-05-01T10:00:00Z" }
        }),
    ));
    seeds
}

#[test]
fn every_component_schema_has_a_typed_reader() {
    let spec: Value = serde_yaml::from_str(
        &std::fs::read_to_string(workspace_file("../openapi/callbell.yaml")).unwrap(),
    )
    .unwrap();
    let schemas: Vec<&str> = spec["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let covered: Vec<&str> = READERS.iter().map(|(name, _)| *name).collect();
    for schema in &schemas {
        assert!(
            covered.contains(schema),
            "no typed reader for schema {schema} in READERS"
        );
    }
    assert_eq!(
        covered.len(),
        schemas.len(),
        "READERS names a schema the spec lacks"
    );
}

#[test]
fn seeds_read_as_their_schema() {
    for (label, value) in seeds() {
        // `payload: Schema`, or the fixture's directory `tests/fixtures/<Schema>/`.
        let schema = match label.strip_prefix("payload: ") {
            Some(schema) => schema.to_string(),
            None => Path::new(&label)
                .parent()
                .and_then(Path::file_name)
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap(),
        };
        let read = reader(&schema).unwrap_or_else(|| panic!("{label}: no schema named {schema}"));
        let bytes = serde_json::to_vec(&value).unwrap();
        assert!(read(&bytes).unwrap(), "{label} does not read as {schema}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn typed_readers_never_panic_on_arbitrary_json(value in strategies::json()) {
        check_all_readers(&serde_json::to_vec(&value).unwrap())?;
    }

    #[test]
    fn typed_readers_never_panic_on_mutated_seeds(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(strategies::mutation(), 1..4),
        bytes in strategies::byte_damage(),
    ) {
        let seeds = seeds();
        let (_, mut value) = seeds[seed.index(seeds.len())].clone();
        for mutation in &mutations {
            mutation.apply(&mut value);
        }
        let mut text = serde_json::to_vec(&value).unwrap();
        bytes.apply(&mut text);
        check_all_readers(&text)?;
    }

    #[test]
    fn contacts_round_trip_exactly(contact in strategies::contact(strategies::Enums::Open)) {
        let text = serde_json::to_string(&contact).unwrap();
        let again: types::Contact = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&again, &contact);
        // Through serde_json::Value too (how a webhook body is often handled).
        let value = serde_json::to_value(&contact).unwrap();
        let again: types::Contact = serde_json::from_value(value).unwrap();
        prop_assert_eq!(again, contact);
    }

    #[test]
    fn contact_lists_and_events_round_trip_exactly(
        contacts in prop::collection::vec(strategies::contact(strategies::Enums::Open), 0..4),
    ) {
        let list = types::ContactList { contacts: contacts.clone() };
        let again: types::ContactList =
            serde_json::from_str(&serde_json::to_string(&list).unwrap()).unwrap();
        prop_assert_eq!(again, list);
        for contact in contacts {
            let event = types::ContactEvent {
                event: types::ContactEventType::ContactUpdated,
                payload: contact,
            };
            let again: types::ContactEvent =
                serde_json::from_str(&serde_json::to_string(&event).unwrap()).unwrap();
            prop_assert_eq!(again, event);
        }
    }

    #[test]
    fn spec_mode_contacts_stay_inside_the_spec(contact in strategies::contact(strategies::Enums::Spec)) {
        // What the strict validator will be asked to agree with: listed enum
        // values only, and `members >= 0`.
        let listed = |value: &Option<types::Source>| value.as_ref().is_none_or(|s| s.is_known());
        prop_assert!(listed(&contact.source));
        if let Some(channel) = &contact.channel {
            prop_assert!(listed(&channel.type_));
        }
        prop_assert!(contact.custom_fields_metadata.values().all(|m| m.type_.is_known()));
        prop_assert!(contact.team.as_ref().and_then(|t| t.members).is_none_or(|m| m >= 0));
    }
}
