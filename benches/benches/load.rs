//! Load: 1,000 concurrent `getContact` calls from one tokio runtime (two
//! worker threads) against the loopback stand-in, each answered after 50 ms
//! so that they overlap. Prints the time, connections and peak-RSS growth;
//! fails if any call fails. The test suite runs the same with 200 calls
//! (`tests/tests/load.rs`).
//! Run: `cargo bench -p callbell-benches --bench load`.

use std::process::ExitCode;
use std::time::Duration;

use callbell_tests::load::concurrent_get_contact;

const CALLS: usize = 1_000;

fn main() -> ExitCode {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let report = runtime.block_on(concurrent_get_contact(CALLS, Duration::from_millis(50)));
    println!(
        "load: {} concurrent getContact calls: {} correct, {} failed, {} requests over {} connections \
         in {:.2} s; peak RSS grew {:.1} MiB ({:.1} KiB per call)",
        report.calls,
        report.correct,
        report.failures.len(),
        report.requests,
        report.connections,
        report.elapsed.as_secs_f64(),
        report.peak_rss_growth_kib as f64 / 1024.0,
        report.peak_rss_growth_kib as f64 / report.calls as f64,
    );
    for failure in report.failures.iter().take(10) {
        eprintln!("  {failure}");
    }
    if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
