//! Memory: streaming 100,000 contacts (2,000 pages of 50) from a loopback
//! stand-in with `client.list_contacts().stream()`, printing the peak RSS
//! (`VmHWM` in `/proc/self/status`). The stream holds one page at a time, so
//! the peak should stay near the baseline plus about one page, not grow with
//! the 100,000 contacts. For contrast, the same listing is then gathered with
//! `collect_all()` in a fresh process (this binary run again).
//!
//! A plain binary (`harness = false`), run by `cargo bench`; it fails if a
//! contact is missing or out of order.
//! Run: `cargo bench -p callbell-benches --bench stream_memory`.

use std::process::{Command, ExitCode};
use std::time::Instant;

use callbell_tests::loopback::{Loopback, Reply};
use callbell_tests::{memory, payload};
use futures::StreamExt;

const PAGES: usize = 2_000;
const PER_PAGE: usize = 50;
/// Set (to anything) in the child process that measures `collect_all()`.
const COLLECT_MODE: &str = "CALLBELL_BENCH_COLLECT_ALL";

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn main() -> ExitCode {
    let collect = std::env::var_os(COLLECT_MODE).is_some();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let outcome = runtime.block_on(run(collect));
    match outcome {
        Ok(()) if collect => ExitCode::SUCCESS,
        Ok(()) => {
            // The contrast, in a fresh process so its peak is its own.
            let status = Command::new(std::env::current_exe().unwrap())
                .env(COLLECT_MODE, "1")
                .status()
                .unwrap();
            if status.success() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(message) => {
            eprintln!("stream_memory: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(collect: bool) -> Result<(), String> {
    let server = Loopback::start(|request| {
        let page: usize = request
            .query("page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        if (1..=PAGES).contains(&page) {
            Reply::json(
                200,
                payload::contact_list_json((page - 1) * PER_PAGE, PER_PAGE),
            )
        } else {
            Reply::json(200, r#"{"contacts": []}"#)
        }
    })
    .await
    .map_err(|e| e.to_string())?;
    let client = server.callbell().build().map_err(|e| e.to_string())?;
    let page_bytes = payload::contact_list_json(0, PER_PAGE).len();
    // Warm up: one page, so the runtime, connection pool and TLS-free HTTP
    // stack are already in the baseline.
    client
        .list_contacts()
        .page(1)
        .await
        .map_err(|e| e.to_string())?;
    let baseline = memory::peak_rss_kib().ok_or("no /proc/self/status")?;

    let start = Instant::now();
    let mut count = 0usize;
    let mode = if collect {
        let all = client
            .list_contacts()
            .collect_all()
            .await
            .map_err(|e| e.to_string())?;
        for (i, contact) in all.iter().enumerate() {
            if contact.uuid != payload::uuid(i) {
                return Err(format!("contact {i} is {}", contact.uuid));
            }
        }
        count = all.len();
        "collect_all()"
    } else {
        let mut stream = std::pin::pin!(client.list_contacts().stream());
        while let Some(contact) = stream.next().await {
            let contact = contact.map_err(|e| e.to_string())?;
            if contact.uuid != payload::uuid(count) {
                return Err(format!("contact {count} is {}", contact.uuid));
            }
            count += 1;
        }
        "stream()"
    };
    let elapsed = start.elapsed();
    let peak = memory::peak_rss_kib().ok_or("no /proc/self/status")?;
    if count != PAGES * PER_PAGE {
        return Err(format!(
            "{mode}: {count} contacts, expected {}",
            PAGES * PER_PAGE
        ));
    }
    println!(
        "{mode:<14} {count} contacts, {} pages + the empty one ({} requests) in {:.2} s; \
         one page is {:.1} KiB of JSON\n\
         {:<14} peak RSS {:.1} MiB (baseline {:.1} MiB after one page, growth {:.1} MiB)",
        PAGES,
        server.requests() - 1,
        elapsed.as_secs_f64(),
        page_bytes as f64 / 1024.0,
        "",
        mib(peak),
        mib(baseline),
        mib(peak.saturating_sub(baseline)),
    );
    Ok(())
}
