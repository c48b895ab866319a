//! The load run: many concurrent `getContact` calls from one tokio runtime
//! against a [`Loopback`] stand-in. The load test runs it with a modest
//! count, the `load` bench with the full one.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::loopback::{Loopback, Reply};
use crate::{memory, payload};

/// What a load run did.
#[derive(Debug)]
pub struct LoadReport {
    /// Calls made, all at once.
    pub calls: usize,
    /// Calls that returned the contact they asked for.
    pub correct: usize,
    /// Every failure, as text (a wrong contact counts too).
    pub failures: Vec<String>,
    /// Requests the stand-in received.
    pub requests: usize,
    /// Connections the stand-in accepted (how many calls were really in flight together).
    pub connections: usize,
    /// From the first call to the last answer.
    pub elapsed: Duration,
    /// How much the process's peak RSS grew during the run, in KiB.
    pub peak_rss_growth_kib: u64,
}

/// Makes `calls` concurrent `getContact` calls (one task each, all spawned
/// before any finishes) through a `callbell::Callbell` built for the stand-in.
/// Each answer comes after `delay`, so the calls overlap.
pub async fn concurrent_get_contact(calls: usize, delay: Duration) -> LoadReport {
    let bodies: Arc<HashMap<String, String>> = Arc::new(
        (0..calls)
            .map(|i| (payload::uuid(i), payload::contact_response_json(i)))
            .collect(),
    );
    let served = Arc::clone(&bodies);
    let server = Loopback::start(move |request| {
        let uuid = request.path().rsplit('/').next().unwrap_or_default();
        match served.get(uuid) {
            Some(body) => Reply::Delayed(delay, Box::new(Reply::json(200, body.clone()))),
            None => Reply::json(404, r#"{"error": "no such contact"}"#),
        }
    })
    .await
    .expect("the stand-in starts");
    let client = server
        .callbell()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("a client for the stand-in");

    let peak_before = memory::peak_rss_kib().unwrap_or(0);
    let start = Instant::now();
    let tasks: Vec<_> = (0..calls)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                let uuid = payload::uuid(i);
                match client.get_contact().uuid(&uuid).await {
                    Ok(contact) if contact.uuid == uuid => Ok(()),
                    Ok(contact) => Err(format!("asked for {uuid}, got {}", contact.uuid)),
                    Err(error) => Err(format!("{uuid}: {error}")),
                }
            })
        })
        .collect();
    let mut failures = Vec::new();
    for task in tasks {
        match task.await {
            Ok(Ok(())) => {}
            Ok(Err(failure)) => failures.push(failure),
            Err(panic) => failures.push(format!("task failed: {panic}")),
        }
    }
    let elapsed = start.elapsed();
    let peak_after = memory::peak_rss_kib().unwrap_or(0);
    LoadReport {
        calls,
        correct: calls - failures.len(),
        failures,
        requests: server.requests(),
        connections: server.connections(),
        elapsed,
        peak_rss_growth_kib: peak_after.saturating_sub(peak_before),
    }
}
