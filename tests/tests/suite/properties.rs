//! Property tests (proptest, bounded to a few hundred cases each):
//!
//! - arbitrary JSON, and random mutations of every docs fixture
//!   (`tests/fixtures/<Schema>/*.json`) and of generated payloads, never
//!   panic the typed reader of any schema; whatever it accepts, it writes
//!   back and reads again to an equal value; whatever it refuses gets an
//!   error (with a position, except for data errors of untagged enums);
//! - arbitrary valid `Contact` values round-trip through serde exactly;
//! - the strict validator and the webhook parser never panic on such input,
//!   and every problem the validator reports points into the payload;
//! - validator and typed reader agree: contacts the strategy generates pass
//!   the strict schema, and what the validator accepts, the reader reads.

use std::fmt::Debug;
use std::sync::OnceLock;

use callbell::schema::{self, ValidationErrors};
use callbell::types;
use callbell::webhook::{WebhookError, WebhookEvent};
use callbell_tests::{fixtures, payload};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

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
        /// The typed reader of every component schema of the spec (generated
        /// types and the hand-written ones that replace some of them).
        const READERS: &[(&str, Reader)] =
            &[$((stringify!($schema), check_reader::<types::$schema> as Reader)),+];
    };
}

callbell::for_each_schema_type!(readers);

/// Validates `value` as `schema`. Every reported problem must point into
/// the value (a missing required property: at a place whose parent exists).
/// Returns whether it is valid.
fn check_validator(schema: &str, value: &Value) -> Result<bool, TestCaseError> {
    let errors: ValidationErrors = match schema::validate(schema, value) {
        Ok(()) => return Ok(true),
        Err(error) => error
            .into_invalid()
            .ok_or_else(|| TestCaseError::fail(format!("{schema}: not a known schema")))?,
    };
    prop_assert!(!errors.is_empty(), "{schema}: invalid without a reason");
    for error in &errors {
        let pointer = error.pointer();
        let parent = pointer.rsplit_once('/').map_or("", |(parent, _)| parent);
        prop_assert!(
            value.pointer(pointer).is_some()
                || (error.keyword() == "required" && value.pointer(parent).is_some()),
            "{schema}: {error} points outside {value}"
        );
        prop_assert!(
            !error.message().is_empty(),
            "{schema}: {pointer}: empty message"
        );
    }
    Ok(false)
}

/// Parses `body` as a webhook, tolerantly and strictly. What the strict
/// parser accepts, the tolerant one reads to the same event.
fn check_webhook_parser(body: &[u8]) -> Result<(), TestCaseError> {
    let tolerant = WebhookEvent::from_slice(body);
    let strict = WebhookEvent::from_slice_strict(body);
    if let Ok(event) = &strict {
        prop_assert_eq!(tolerant.as_ref().ok(), Some(event));
    }
    if let Err(WebhookError::Malformed(error)) = &tolerant {
        prop_assert!(error.line() > 0, "malformed without a position: {error}");
    }
    if let Ok(event) = &tolerant {
        let parsed: Value = serde_json::from_slice(body).unwrap();
        prop_assert_eq!(parsed["event"].as_str(), Some(event.name()));
    }
    Ok(())
}

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

/// A document the mutations start from.
#[derive(Clone, Debug)]
struct Seed {
    label: String,
    schema: String,
    json: Value,
}

/// What the mutations start from: every docs fixture, plus generated
/// payloads of the main response and webhook shapes.
fn seeds() -> &'static [Seed] {
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(load_seeds)
}

fn load_seeds() -> Vec<Seed> {
    let fixtures = fixtures::load_all().expect("the docs fixtures load");
    assert!(
        !fixtures.is_empty(),
        "no fixtures under {}",
        fixtures::dir().display()
    );
    let mut seeds: Vec<Seed> = fixtures
        .into_iter()
        .map(|f| Seed {
            label: f.relative(),
            schema: f.schema,
            json: f.json,
        })
        .collect();
    let mut generated = |schema: &str, json: Value| {
        seeds.push(Seed {
            label: format!("generated {schema}"),
            schema: schema.into(),
            json,
        })
    };
    generated("ContactList", payload::contact_list(0, 5));
    generated(
        "ContactResponse",
        json!({ "contact": [payload::contact(7)] }),
    );
    generated(
        "ContactEvent",
        json!({ "event": "contact_updated", "payload": payload::contact(10) }),
    );
    generated(
        "ContactDeletedEvent",
        json!({
            "event": "contact_deleted",
            "payload": { "uuid": payload::uuid(3), "deleted": "2024-05-01T10:00:00Z" }
        }),
    );
    seeds
}

#[test]
fn seeds_read_as_their_schema_and_pass_the_validator() {
    for seed in seeds() {
        let read = reader(&seed.schema)
            .unwrap_or_else(|| panic!("{}: no schema named {}", seed.label, seed.schema));
        let bytes = serde_json::to_vec(&seed.json).unwrap();
        assert!(
            read(&bytes).unwrap(),
            "{} does not read as {}",
            seed.label,
            seed.schema
        );
        if let Err(errors) = schema::validate(&seed.schema, &seed.json) {
            panic!("{} is not a valid {}: {errors}", seed.label, seed.schema);
        }
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
        let seed = &seeds[seed.index(seeds.len())];
        let mut value = seed.json.clone();
        for mutation in &mutations {
            mutation.apply(&mut value);
        }
        let mut text = serde_json::to_vec(&value).unwrap();
        bytes.apply(&mut text);
        check_all_readers(&text)?;
        check_webhook_parser(&text)?;
        // What the strict validator accepts, the tolerant reader reads.
        if let Ok(parsed) = serde_json::from_slice::<Value>(&text) {
            let valid = check_validator(&seed.schema, &parsed)?;
            if valid {
                let read = reader(&seed.schema).expect("seeds name known schemas");
                prop_assert!(
                    read(&text)?,
                    "valid {} that the typed reader refuses: {}",
                    seed.schema,
                    String::from_utf8_lossy(&text)
                );
            }
        }
    }

    #[test]
    fn validator_and_webhook_parser_never_panic_on_arbitrary_json(value in strategies::json()) {
        for name in schema::schema_names() {
            check_validator(name, &value)?;
        }
        check_webhook_parser(&serde_json::to_vec(&value).unwrap())?;
    }

    #[test]
    fn webhook_parser_never_panics_on_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        check_webhook_parser(&bytes)?;
    }

    #[test]
    fn generated_contacts_pass_the_strict_validator(
        contacts in prop::collection::vec(strategies::contact(strategies::Enums::Spec), 1..4),
    ) {
        for contact in &contacts {
            let value = serde_json::to_value(contact).unwrap();
            if let Err(errors) = schema::validate("Contact", &value) {
                return Err(TestCaseError::fail(format!("{errors}\nin {value}")));
            }
            let event = json!({ "event": "contact_created", "payload": value });
            let body = serde_json::to_vec(&event).unwrap();
            let strict = WebhookEvent::from_slice_strict(&body)
                .map_err(|e| TestCaseError::fail(format!("{e}\nin {event}")))?;
            prop_assert_eq!(strict.contact(), Some(contact));
        }
        let list: types::ContactList = types::ContactList::builder()
            .contacts(contacts)
            .try_into()
            .unwrap();
        let list = serde_json::to_value(list).unwrap();
        prop_assert!(schema::validate("ContactList", &list).is_ok());
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
        let list: types::ContactList = types::ContactList::builder()
            .contacts(contacts.clone())
            .try_into()
            .unwrap();
        let again: types::ContactList =
            serde_json::from_str(&serde_json::to_string(&list).unwrap()).unwrap();
        prop_assert_eq!(again, list);
        for contact in contacts {
            let event: types::ContactEvent = types::ContactEvent::builder()
                .event(types::ContactEventType::ContactUpdated)
                .payload(contact)
                .try_into()
                .unwrap();
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
        prop_assert!(contact
            .custom_fields_metadata
            .iter()
            .flat_map(|m| m.values())
            .all(|m| m.type_.is_known()));
        prop_assert!(contact.team.as_ref().and_then(|t| t.members).is_none_or(|m| m >= 0));
        prop_assert!(contact.note.clone().flatten().is_none_or(|n| n.chars().count() <= 1000));
    }
}
