//! Client overhead: fetching one page of 50 contacts through `callbell`
//! (`client.list_contacts().page(1).send()`: the generated client, its hooks,
//! retry policy and error mapping) versus raw `reqwest` + `serde_json` into
//! the same `callbell::types::ContactList`, against the same loopback
//! stand-in serving a pre-rendered body over kept-alive connections.
//!
//! Target: callbell at most 1.05× the raw time.
//!
//! Loopback round trips on a shared machine drift with the other load, and
//! criterion measures one function after the other. So after criterion's
//! two measurements this bench also times the two in interleaved pairs
//! (ABBA order, so neither always goes first) and prints the median of the
//! per-pair ratios, which drift affects far less.
//! Run: `cargo bench -p callbell-benches --bench client_overhead`.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use callbell::types::ContactList;
use callbell_tests::loopback::{Loopback, Reply, TOKEN};
use callbell_tests::payload;
use criterion::{Criterion, Throughput, criterion_group};

mod config;
mod interleave;

fn one_page(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let body: Arc<Vec<u8>> = Arc::new(payload::contact_list_json(0, 50).into_bytes());
    let served = Arc::clone(&body);
    let server = runtime
        .block_on(Loopback::start(move |_| {
            Reply::json(200, served.as_slice())
        }))
        .unwrap();

    let callbell = server.callbell().build().unwrap();
    let raw = reqwest::Client::new();
    let url = format!("{}/v1/contacts?page=1", server.base_url());

    let through_callbell = || async {
        // `send()`: the generated builder's unboxed future (awaiting the builder boxes it).
        let contacts = callbell
            .list_contacts()
            .page(1)
            .send()
            .await
            .unwrap()
            .contacts;
        assert_eq!(contacts.len(), 50);
        contacts
    };
    let through_reqwest = || async {
        let response = raw
            .get(&url)
            .bearer_auth(TOKEN)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .unwrap()
            .error_for_status()
            .unwrap();
        let bytes = response.bytes().await.unwrap();
        let list: ContactList = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(list.contacts.len(), 50);
        list.contacts
    };
    // Both agree before anything is timed.
    assert_eq!(
        runtime.block_on(through_callbell()),
        runtime.block_on(through_reqwest())
    );

    let mut group = c.benchmark_group("one_page_50_contacts");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("callbell", |b| {
        b.iter(|| black_box(runtime.block_on(through_callbell())))
    });
    group.bench_function("raw_reqwest_serde_json", |b| {
        b.iter(|| black_box(runtime.block_on(through_reqwest())))
    });
    group.finish();

    let ratios = interleave::ratios(
        2_000,
        || drop(black_box(runtime.block_on(through_callbell()))),
        || drop(black_box(runtime.block_on(through_reqwest()))),
    );
    interleave::print(
        "one_page_50_contacts: time callbell / raw reqwest",
        &ratios,
        "target <= 1.05",
    );
    drop(server);
}

criterion_group! {
    name = benches;
    // Loopback round trips are noisier than parsing: more and longer samples.
    config = config::shared_machine()
        .sample_size(60)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    targets = one_page
}
fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
