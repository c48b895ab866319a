//! Realistic, deterministic Callbell payloads for benchmarks, load tests and
//! stand-in servers.
//!
//! Every contact is built from the shapes in Callbell's documentation
//! (`reference/contacts_api/get_contacts.md`, `get_contact.md`,
//! `object_types/*.md`): string custom fields, checkbox custom fields with
//! metadata, `null` for absent avatars, assignees, notes and closing dates,
//! teams given as `{}` or in full, channels whose `discardedAt` is a boolean
//! or a timestamp. Which optional parts a contact has depends only on its
//! index, so `contact(7)` is the same on every run and every machine, and the
//! whole payload is valid against the spec's strict schema.

use serde_json::{Map, Value, json};

const FIRST_NAMES: &[&str] = &[
    "John", "Mario", "Anna", "Li", "Fatima", "Olga", "Pedro", "Aiko", "Noah", "Zoë",
];
const LAST_NAMES: &[&str] = &[
    "Doe", "Rossi", "Müller", "Wang", "Haddad", "Ivanova", "Silva", "Tanaka", "Smith", "Dubois",
];
const SOURCES: &[&str] = &["whatsapp", "instagram", "facebook", "telegram"];
const TAGS: &[&str] = &["sales", "lead", "hot", "vip", "newsletter", "support"];
const TEAMS: &[&str] = &["Sales", "Support", "Billing"];
const CHECKBOX_OPTIONS: &[&str] = &["Newsletter", "Promotions", "Updates"];
const NOTE: &str = "Prefers to be contacted in the afternoon; asked about the annual plan.";

/// A well-mixed 64-bit value for `index` and `salt` (splitmix64), so that
/// contacts differ from each other without a random number generator.
fn mix(index: usize, salt: u64) -> u64 {
    let mut z = (index as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(salt.wrapping_mul(0xBF58_476D_1CE4_E5B9));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn pick<'a>(items: &[&'a str], index: usize, salt: u64) -> &'a str {
    items[(mix(index, salt) % items.len() as u64) as usize]
}

/// An RFC 3339 UTC timestamp between 2020 and early 2025, derived from `index`.
fn timestamp(index: usize, salt: u64) -> String {
    let seconds = mix(index, salt) % (5 * 365 * 24 * 3600);
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let year = 2020 + days / 365;
    let day_of_year = days % 365;
    let (month, day) = (1 + day_of_year / 31 % 12, 1 + day_of_year % 28);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// A Callbell identifier: 32 hexadecimal digits, no dashes.
pub fn uuid(index: usize) -> String {
    format!("{:016x}{:016x}", mix(index, 1), mix(index, 2))
}

/// The contact with the given index, as Callbell's `GET /contacts` sends it.
pub fn contact(index: usize) -> Value {
    let id = uuid(index);
    let name = format!(
        "{} {}",
        pick(FIRST_NAMES, index, 3),
        pick(LAST_NAMES, index, 4)
    );
    let roll = mix(index, 5);
    let mut contact = Map::new();
    contact.insert("uuid".into(), json!(id));
    contact.insert("name".into(), json!(name));
    contact.insert(
        "phoneNumber".into(),
        json!(format!(
            "+39 {:03} {:03} {:04}",
            roll % 1000,
            roll / 7 % 1000,
            index % 10_000
        )),
    );
    contact.insert(
        "avatarUrl".into(),
        if roll.is_multiple_of(3) {
            json!(format!("https://cdn.callbell.eu/avatars/{id}.jpg"))
        } else {
            Value::Null
        },
    );
    contact.insert("createdAt".into(), json!(timestamp(index, 6)));
    contact.insert("source".into(), json!(pick(SOURCES, index, 7)));
    contact.insert(
        "href".into(),
        json!(format!("https://dash.callbell.eu/contacts/{id}")),
    );
    contact.insert(
        "conversationHref".into(),
        json!(format!(
            "https://dash.callbell.eu/chat/{}",
            uuid(index + 1_000_000)
        )),
    );
    contact.insert(
        "assignedUser".into(),
        if roll.is_multiple_of(2) {
            json!(format!(
                "{}@example.com",
                pick(FIRST_NAMES, index, 8).to_lowercase()
            ))
        } else {
            Value::Null
        },
    );
    let tag_count = (roll % 4) as usize;
    let tags: Vec<&str> = (0..tag_count)
        .map(|t| TAGS[(index + t) % TAGS.len()])
        .collect();
    contact.insert("tags".into(), json!(tags));
    contact.insert("customFields".into(), custom_fields(index));
    if index.is_multiple_of(5) {
        contact.insert("customFieldsMetadata".into(), custom_fields_metadata(index));
    }
    contact.insert(
        "closedAt".into(),
        if roll % 4 == 1 {
            json!(timestamp(index, 9))
        } else {
            Value::Null
        },
    );
    contact.insert(
        "blockedAt".into(),
        if index % 50 == 7 {
            json!(timestamp(index, 10))
        } else {
            Value::Null
        },
    );
    contact.insert(
        "funnelId".into(),
        json!(format!(
            "ff0f96b9-b003-4d0c-b14f-{:012x}",
            roll % 0xffff_ffff_ffff
        )),
    );
    contact.insert("team".into(), team(index));
    contact.insert("channel".into(), channel(index));
    if roll % 10 == 3 {
        contact.insert("bsuid".into(), json!(format!("bsuid_{:08x}", roll >> 32)));
    }
    contact.insert(
        "note".into(),
        if roll % 6 == 5 {
            json!(NOTE)
        } else {
            Value::Null
        },
    );
    Value::Object(contact)
}

fn custom_fields(index: usize) -> Value {
    let mut fields = Map::new();
    fields.insert(
        "Stripe link".into(),
        json!(format!("https://stripe.com/contacts/cus{:07}", index)),
    );
    if index.is_multiple_of(2) {
        fields.insert("Billing Address".into(), json!("3 Abbey Rd, London"));
    }
    if index.is_multiple_of(3) {
        fields.insert("VAT".into(), json!(format!("ABC{:06}DCE", index)));
    }
    if index.is_multiple_of(5) {
        fields.insert("Join Date".into(), json!("2024-01-15"));
        fields.insert(
            "Preferences".into(),
            json!("[\"Newsletter\", \"Promotions\"]"),
        );
    }
    Value::Object(fields)
}

fn custom_fields_metadata(index: usize) -> Value {
    json!({
        "Stripe link": {
            "value": format!("https://stripe.com/contacts/cus{:07}", index),
            "type": "text"
        },
        "Join Date": { "value": "2024-01-15", "type": "date" },
        "Preferences": {
            "value": ["Newsletter", "Promotions"],
            "type": "checkbox",
            "options": CHECKBOX_OPTIONS
        }
    })
}

fn team(index: usize) -> Value {
    if index % 4 == 3 {
        // What Callbell sends for a contact without a team.
        return json!({});
    }
    let t = index % TEAMS.len();
    json!({
        "uuid": uuid(2_000_000 + t),
        "name": TEAMS[t],
        "createdAt": timestamp(t, 11),
        "default": t == 0,
        "members": 3 + t * 4
    })
}

fn channel(index: usize) -> Value {
    let c = index % 3;
    let discarded = match c {
        0 => json!(false),
        1 => json!(true),
        _ => json!(timestamp(c, 12)),
    };
    json!({
        "uuid": uuid(3_000_000 + c),
        "title": format!("phone_number_{}", c + 1),
        "type": pick(SOURCES, index, 7),
        "main": c == 0,
        "discardedAt": discarded
    })
}

/// Contacts `first..first + count`.
pub fn contacts(first: usize, count: usize) -> Vec<Value> {
    (first..first + count).map(contact).collect()
}

/// A `ContactList` body (`{"contacts": [...]}`) with contacts `first..first + count`.
pub fn contact_list(first: usize, count: usize) -> Value {
    json!({ "contacts": contacts(first, count) })
}

/// [`contact_list`] as the compact JSON text a server sends.
pub fn contact_list_json(first: usize, count: usize) -> String {
    contact_list(first, count).to_string()
}

/// A `ContactResponse` body for one contact, in the documented one-element-list shape.
pub fn contact_response_json(index: usize) -> String {
    json!({ "contact": [contact(index)] }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_deterministic_and_distinct() {
        assert_eq!(contact(42), contact(42));
        assert_ne!(contact(41)["uuid"], contact(42)["uuid"]);
        let list = contact_list(0, 1000);
        let ids: std::collections::BTreeSet<_> = list["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["uuid"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(ids.len(), 1000);
    }

    #[test]
    fn payload_mixes_every_documented_shape() {
        let list = contact_list(0, 1000);
        let contacts = list["contacts"].as_array().unwrap();
        let count = |f: &dyn Fn(&Value) -> bool| contacts.iter().filter(|c| f(c)).count();
        // Nulls and values both occur for every nullable field.
        for field in ["avatarUrl", "assignedUser", "closedAt", "blockedAt", "note"] {
            let nulls = count(&|c| c[field].is_null());
            assert!(nulls > 0 && nulls < 1000, "{field}: {nulls} nulls");
        }
        assert!(count(&|c| c["team"] == json!({})) > 0);
        assert!(count(&|c| c["channel"]["discardedAt"].is_boolean()) > 0);
        assert!(count(&|c| c["channel"]["discardedAt"].is_string()) > 0);
        assert!(count(&|c| c.get("customFieldsMetadata").is_some()) == 200);
        assert!(count(&|c| c.get("bsuid").is_some()) > 0);
        assert!(count(&|c| c["tags"].as_array().unwrap().is_empty()) > 0);
        // Around 1 KB a contact, like the documentation's examples.
        let bytes = contact_list_json(0, 1000).len();
        assert!((600_000..1_500_000).contains(&bytes), "{bytes} bytes");
    }

    #[test]
    fn payload_reads_as_the_typed_contact_list() {
        let list: callbell::types::ContactList =
            serde_json::from_str(&contact_list_json(0, 1000)).unwrap();
        assert_eq!(list.contacts.len(), 1000);
        let first = &list.contacts[0];
        assert_eq!(first.uuid, uuid(0));
        assert!(
            first
                .custom_fields_metadata
                .as_ref()
                .is_some_and(|m| m.contains_key("Preferences"))
        );
        assert!(
            list.contacts
                .iter()
                .all(|c| c.source.as_ref().is_some_and(|s| s.is_known()))
        );
        let response: callbell::types::ContactResponse =
            serde_json::from_str(&contact_response_json(3)).unwrap();
        assert_eq!(response.contact.uuid, uuid(3));
    }

    #[test]
    fn payload_is_valid_against_the_strict_schema() {
        if let Err(errors) = callbell::schema::validate("ContactList", &contact_list(0, 1000)) {
            panic!("{errors}");
        }
        let response: Value = serde_json::from_str(&contact_response_json(3)).unwrap();
        assert!(callbell::schema::validate("ContactResponse", &response).is_ok());
    }

    #[test]
    fn timestamps_are_rfc3339() {
        for i in 0..500 {
            let t = timestamp(i, 6);
            assert_eq!(t.len(), 20, "{t}");
            let (date, time) = t.split_once('T').unwrap();
            let parts: Vec<u32> = date.split('-').map(|p| p.parse().unwrap()).collect();
            assert!((2020..2026).contains(&parts[0]), "{t}");
            assert!(
                (1..=12).contains(&parts[1]) && (1..=28).contains(&parts[2]),
                "{t}"
            );
            let hms: Vec<u32> = time
                .trim_end_matches('Z')
                .split(':')
                .map(|p| p.parse().unwrap())
                .collect();
            assert!(hms[0] < 24 && hms[1] < 60 && hms[2] < 60, "{t}");
        }
    }
}
