//! Load test: many concurrent `getContact` calls from one tokio runtime
//! against the loopback stand-in all succeed, and memory stays bounded.
//! CI runs 200 calls; `cargo bench -p callbell-benches --bench load` runs
//! 1,000 (see BENCHMARKS.md). This file holds one test, so the process's
//! peak memory is this test's alone.

use std::time::Duration;

use callbell_tests::load::concurrent_get_contact;

/// Calls in CI: enough to open hundreds of connections at once, quick on two cores.
const CALLS: usize = 200;

/// A generous ceiling for the peak memory each in-flight call may add (a
/// connection, its buffers, a task and one contact): it catches memory that
/// grows with the whole run instead of with one call.
const MAX_KIB_PER_CALL: u64 = 256;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_get_contact_calls_all_succeed_with_bounded_memory() {
    let report = concurrent_get_contact(CALLS, Duration::from_millis(50)).await;
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
    assert_eq!(report.correct, CALLS);
    assert_eq!(report.requests, CALLS, "no call needed a retry");
    // The answers were delayed, so the calls really overlapped: many
    // connections were open at once.
    assert!(report.connections > CALLS / 2, "{report:?}");
    assert!(
        report.peak_rss_growth_kib < MAX_KIB_PER_CALL * CALLS as u64,
        "{report:?}"
    );
    assert!(report.elapsed < Duration::from_secs(30), "{report:?}");
    eprintln!("{report:?}");
}
