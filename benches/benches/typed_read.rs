//! Typed read: a `ContactList` of 1,000 realistic contacts (about 1 MB of JSON)
//! deserialized into `callbell::types::ContactList`, versus a minimal
//! hand-written serde struct, versus `serde_json::Value`.
//!
//! Target: the generated types read at least 0.8× as fast as the hand-written
//! struct. Run: `cargo bench -p callbell-benches --bench typed_read`.

use std::collections::HashMap;
use std::hint::black_box;

use callbell_tests::payload;
use criterion::{Criterion, Throughput, criterion_group};
use serde::Deserialize;

mod config;
mod interleave;

/// What a user would write by hand from the documentation's Contact table:
/// every field, plain std types, timestamps and enums as strings, custom
/// fields as JSON values. (Its fields are deserialized, never read.)
#[allow(dead_code)]
mod hand_written {
    use super::*;

    #[derive(Deserialize)]
    pub struct ContactList {
        pub contacts: Vec<Contact>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Contact {
        pub uuid: String,
        pub name: String,
        pub phone_number: Option<String>,
        pub avatar_url: Option<String>,
        pub blocked_at: Option<String>,
        pub created_at: Option<String>,
        pub source: Option<String>,
        pub funnel_id: Option<String>,
        pub closed_at: Option<String>,
        pub href: Option<String>,
        pub conversation_href: Option<String>,
        #[serde(default)]
        pub tags: Vec<String>,
        pub assigned_user: Option<String>,
        #[serde(default)]
        pub custom_fields: HashMap<String, serde_json::Value>,
        #[serde(default)]
        pub custom_fields_metadata: HashMap<String, serde_json::Value>,
        pub team: Option<Team>,
        pub channel: Option<Channel>,
        pub bsuid: Option<String>,
        pub note: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Team {
        pub uuid: Option<String>,
        pub name: Option<String>,
        pub created_at: Option<String>,
        pub default: Option<bool>,
        pub members: Option<i64>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Channel {
        pub uuid: Option<String>,
        pub title: Option<String>,
        #[serde(rename = "type")]
        pub type_: Option<String>,
        pub main: Option<bool>,
        pub discarded_at: Option<serde_json::Value>,
    }
}

fn typed_read(c: &mut Criterion) {
    let body = payload::contact_list_json(0, 1000).into_bytes();
    let mut group = c.benchmark_group("typed_read_1000_contacts");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("callbell_types", |b| {
        b.iter(|| {
            let list: callbell::types::ContactList =
                serde_json::from_slice(black_box(&body)).unwrap();
            list
        })
    });
    // The same read with serde_path_to_error tracking the path: what naming
    // the JSON pointer of a misfit would cost on every read. (The client
    // reads with plain serde_json and tracks the path only to explain a
    // body that failed.)
    group.bench_function("callbell_types_path_tracked", |b| {
        b.iter(|| {
            let mut reader = serde_json::Deserializer::from_slice(black_box(&body));
            let list: callbell::types::ContactList =
                serde_path_to_error::deserialize(&mut reader).unwrap();
            list
        })
    });
    group.bench_function("hand_written_struct", |b| {
        b.iter(|| {
            let list: hand_written::ContactList = serde_json::from_slice(black_box(&body)).unwrap();
            list
        })
    });
    group.bench_function("serde_json_value", |b| {
        b.iter(|| {
            let value: serde_json::Value = serde_json::from_slice(black_box(&body)).unwrap();
            value
        })
    });
    group.finish();

    let ratios = interleave::ratios(
        300,
        || drop(black_box(read::<callbell::types::ContactList>(&body))),
        || drop(black_box(read::<hand_written::ContactList>(&body))),
    );
    interleave::print(
        "typed_read_1000_contacts: time callbell types / hand-written struct",
        &ratios,
        "target: speed >= 0.8x, i.e. time ratio <= 1.25",
    );
}

fn read<T: serde::de::DeserializeOwned>(body: &[u8]) -> T {
    serde_json::from_slice(black_box(body)).unwrap()
}

criterion_group! {
    name = benches;
    config = config::shared_machine();
    targets = typed_read
}
fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
