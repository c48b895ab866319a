//! `Retry-After` values no server should send: past any budget, past `u64`,
//! and as HTTP dates.

use std::time::{Duration, Instant, SystemTime};

use callbell::{Error, MAX_RETRY_AFTER, RetryPolicy};

use crate::peer::Peer;

const CONTACT: &[u8] = br#"{"contact": {"uuid": "a1", "name": "Ann"}}"#;

/// A peer that answers `429` with each of `waits` as `Retry-After` in turn, then `200`.
async fn throttling(waits: Vec<String>) -> Peer {
    Peer::start(move |mut exchange| {
        let wait = waits.get(exchange.index).cloned();
        async move {
            match wait {
                Some(wait) => {
                    let header = format!("Retry-After: {wait}");
                    exchange
                        .head("429 Too Many Requests", &[&header, "Content-Length: 0"])
                        .await
                }
                None => exchange.json("200 OK", CONTACT).await,
            }
        }
    })
    .await
}

#[tokio::test]
async fn a_retry_after_past_u64_neither_panics_nor_waits() {
    let peer = throttling(vec!["1".into(), "18446744073709551615".into()]).await;
    let callbell = peer.builder().max_retries(3).build().unwrap();
    let started = Instant::now();
    let err = callbell.get_contact().uuid("a1").await.unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(err, Error::Api { status, .. } if status.as_u16() == 429),
        "{err:?}"
    );
    assert_eq!(err.retry_after(), Some(MAX_RETRY_AFTER));
    assert_eq!(err.attempts(), Some(2));
    assert_eq!(peer.requests(), 2);
    assert!(
        took >= Duration::from_secs(1) && took < Duration::from_secs(4),
        "took {took:?}"
    );
    // A caller may add the wait to the clock without overflowing.
    assert!(
        Instant::now()
            .checked_add(err.retry_after().unwrap())
            .is_some()
    );
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn retry_after_values_over_the_budget_end_the_retries() {
    for huge in [
        "99999999999999999999999999",
        "86400",
        "Fri, 31 Dec 9999 23:59:59 GMT",
    ] {
        let peer = throttling(vec![huge.into()]).await;
        let callbell = peer.builder().max_retries(3).build().unwrap();
        let started = Instant::now();
        let err = callbell.get_contact().uuid("a1").await.unwrap_err();
        assert_eq!(
            err.status().map(|s| s.as_u16()),
            Some(429),
            "{huge}: {err:?}"
        );
        assert_eq!(err.retry_after(), Some(MAX_RETRY_AFTER), "{huge}");
        assert_eq!(peer.requests(), 1, "{huge}");
        assert!(started.elapsed() < Duration::from_secs(2), "{huge}");
    }
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn a_retry_after_date_is_honoured() {
    // Two seconds ahead, to the second: a wait of 1 to 2 s, where the
    // backoff alone would wait a millisecond.
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    let started = Instant::now();
    let peer = throttling(vec![at.clone()]).await;
    let callbell = peer
        .builder()
        .retry_policy(RetryPolicy::default().with_base_delay(Duration::from_millis(1)))
        .build()
        .unwrap();
    let contact = callbell.get_contact().uuid("a1").await.unwrap();
    let took = started.elapsed();
    assert_eq!(contact.uuid, "a1");
    assert_eq!(peer.requests(), 2);
    assert!(
        took >= Duration::from_millis(900) && took < Duration::from_secs(6),
        "{at}: took {took:?}"
    );
    crate::assert_bounded_memory();
}
