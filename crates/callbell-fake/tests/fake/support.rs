//! Shared seeds and helpers.

use callbell::types::Contact;
use callbell_fake::{FakeCallbell, LoggedRequest};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

pub const ANN: &str = "414a6d692bd645ed803f2e7ce360d4c8";
pub const BOB: &str = "5f1a0b6e2c3d4e5f8a9b0c1d2e3f4a5b";
pub const CID: &str = "6a7b8c9d0e1f4a5b8c9d0e1f2a3b4c5d";

/// Three contacts in the shape Callbell's docs show.
pub fn contacts() -> Vec<Contact> {
    let seed = json!([
        {
            "uuid": ANN, "name": "Ann", "source": "whatsapp", "phoneNumber": "+39 333 1234567",
            "tags": ["Lead", "sales"], "team": {"uuid": "team-a", "name": "Sales"},
            "channel": {"uuid": "chan-1", "type": "whatsapp"}, "bsuid": "IT.1234567890",
            "customFields": {"city": "Milan"}, "closedAt": null, "createdAt": "2024-03-01T10:00:00Z"
        },
        {
            "uuid": BOB, "name": "Bob", "source": "instagram", "tags": ["lead"],
            "team": {"uuid": "team-b"}, "createdAt": "2024-03-02T10:00:00Z"
        },
        {
            "uuid": CID, "name": "Cid", "source": "whatsapp", "phoneNumber": "+39 333 7654321",
            "tags": ["LEAD", "Sales", "vip"], "team": {"uuid": "team-a"}
        }
    ]);
    callbell_fake::seed_from_json(seed.to_string().as_bytes()).expect("the seed is valid")
}

/// A fake seeded with [`contacts`].
pub async fn seeded() -> FakeCallbell {
    let fake = FakeCallbell::start().await;
    fake.seed(contacts());
    fake
}

/// A request or response type read from JSON (never a struct literal).
pub fn typed<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the JSON fits the type")
}

/// The log entries that a client request should never produce: refusals of
/// a well-formed request and answers that do not match the spec.
pub fn surprises(log: &[LoggedRequest]) -> Vec<&LoggedRequest> {
    log.iter()
        .filter(|entry| {
            entry.status == Some(callbell_fake::StatusCode::UNPROCESSABLE_ENTITY)
                || !entry.answer_matches_spec
                || entry.served_example
        })
        .collect()
}

pub fn uuids(contacts: &[Contact]) -> Vec<&str> {
    contacts.iter().map(|c| c.uuid.as_str()).collect()
}
