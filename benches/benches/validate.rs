//! Validation throughput: `callbell::schema` (strict JSON Schema validation,
//! every error collected) on the same 1,000-contact `ContactList` as the
//! typed-read bench. Throughput is in bytes of the payload's JSON text.
//!
//! Target: at least 100 MB/s for validating an already parsed value.
//! Run: `cargo bench -p callbell-benches --bench validate`.

use std::hint::black_box;

use callbell::schema::{self, Schema};
use callbell::types::ContactList;
use callbell_tests::payload;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod config;

fn validation(c: &mut Criterion) {
    let text = payload::contact_list_json(0, 1000);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let compiled = Schema::of::<ContactList>();
    assert!(compiled.validate(&value).is_ok(), "the payload is valid");

    let mut group = c.benchmark_group("validate_1000_contacts");
    group.throughput(Throughput::Bytes(text.len() as u64));
    // The entry point users call: looks the schema up by name each time.
    group.bench_function("validate_by_name", |b| {
        b.iter(|| schema::validate("ContactList", black_box(&value)).unwrap())
    });
    // A compiled schema kept by the caller.
    group.bench_function("compiled_schema", |b| {
        b.iter(|| compiled.validate(black_box(&value)).unwrap())
    });
    // A yes/no answer, without collecting errors.
    group.bench_function("is_valid", |b| {
        b.iter(|| assert!(compiled.is_valid(black_box(&value))))
    });
    // From the raw body: parse to serde_json::Value, then validate.
    group.bench_function("parse_and_validate", |b| {
        b.iter(|| {
            let value: serde_json::Value = serde_json::from_str(black_box(&text)).unwrap();
            compiled.validate(&value).unwrap();
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = config::shared_machine();
    targets = validation
}
criterion_main!(benches);
