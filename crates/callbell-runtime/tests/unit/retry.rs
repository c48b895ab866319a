//! Unit tests of `src/retry.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

fn policy() -> RetryPolicy {
    RetryPolicy::default()
}

#[test]
fn too_many_requests_is_retried_for_every_method() {
    for method in [Method::GET, Method::POST, Method::PATCH, Method::DELETE] {
        assert!(
            policy().is_retryable(&method, Outcome::Status(StatusCode::TOO_MANY_REQUESTS)),
            "{method}"
        );
    }
}

#[test]
fn transient_failures_are_retried_for_idempotent_methods_only() {
    let outcomes = [
        Outcome::Status(StatusCode::SERVICE_UNAVAILABLE),
        Outcome::Status(StatusCode::INTERNAL_SERVER_ERROR),
        Outcome::Timeout,
        Outcome::Connection,
    ];
    for outcome in outcomes {
        for method in [Method::GET, Method::PUT, Method::DELETE] {
            assert!(
                policy().is_retryable(&method, outcome),
                "{method} {outcome:?}"
            );
        }
        for method in [Method::POST, Method::PATCH] {
            assert!(
                !policy().is_retryable(&method, outcome),
                "{method} {outcome:?}"
            );
            assert!(
                policy()
                    .with_retry_non_idempotent(true)
                    .is_retryable(&method, outcome),
                "{method} {outcome:?} opted in"
            );
        }
    }
}

#[test]
fn client_errors_and_permanent_server_errors_are_not_retried() {
    let opted_in = policy().with_retry_non_idempotent(true);
    for status in [400, 401, 403, 404, 409, 422, 501, 505] {
        let outcome = Outcome::Status(StatusCode::from_u16(status).unwrap());
        assert!(!opted_in.is_retryable(&Method::GET, outcome), "{status}");
    }
    assert!(!opted_in.is_retryable(&Method::GET, Outcome::Other));
}

#[test]
fn backoff_grows_with_jitter_and_is_capped() {
    let policy = policy()
        .with_base_delay(Duration::from_millis(100))
        .with_max_delay(Duration::from_millis(700))
        .with_max_retries(10)
        .with_max_total_delay(Duration::from_secs(100));
    for _ in 0..100 {
        for (retry, step_ms) in [(0, 100), (1, 200), (2, 400), (3, 700), (9, 700)] {
            let delay = policy.delay(retry, None, Duration::ZERO).unwrap();
            let step = Duration::from_millis(step_ms);
            assert!(delay >= step / 2 && delay <= step, "{retry}: {delay:?}");
        }
    }
}

#[test]
fn retry_after_replaces_the_backoff() {
    let policy = policy().with_base_delay(Duration::from_secs(5));
    assert_eq!(
        policy.delay(0, Some(Duration::ZERO), Duration::ZERO),
        Some(Duration::ZERO)
    );
    assert_eq!(
        policy.delay(1, Some(Duration::from_secs(20)), Duration::ZERO),
        Some(Duration::from_secs(20))
    );
}

#[test]
fn retries_stop_at_the_count_and_the_total_budget() {
    let policy = policy()
        .with_max_retries(2)
        .with_max_total_delay(Duration::from_secs(10));
    assert_eq!(policy.delay(2, Some(Duration::ZERO), Duration::ZERO), None);
    assert_eq!(
        policy.delay(0, Some(Duration::from_secs(11)), Duration::ZERO),
        None
    );
    assert_eq!(
        policy.delay(1, Some(Duration::from_secs(4)), Duration::from_secs(7)),
        None
    );
    assert_eq!(RetryPolicy::never().delay(0, None, Duration::ZERO), None);
}

#[test]
fn retry_after_reads_seconds_and_dates() {
    let mut headers = HeaderMap::new();
    assert_eq!(retry_after(&headers), None);
    headers.insert(RETRY_AFTER, " 7 ".parse().unwrap());
    assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
    // A date in the past: no wait.
    headers.insert(
        RETRY_AFTER,
        "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
    );
    assert_eq!(retry_after(&headers), Some(Duration::ZERO));
    for malformed in ["-1", "1.5", "soon", ""] {
        headers.insert(RETRY_AFTER, malformed.parse().unwrap());
        assert_eq!(retry_after(&headers), None, "{malformed:?}");
    }
}

#[test]
fn retry_after_dates_are_relative_to_now() {
    let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").unwrap();
    let at = |value| retry_after_at(value, now);
    assert_eq!(
        at("Wed, 21 Oct 2015 07:28:30 GMT"),
        Some(Duration::from_secs(30))
    );
    // The obsolete RFC 850 and asctime forms, as RFC 9110 requires.
    assert_eq!(
        at("Wednesday, 21-Oct-15 07:29:00 GMT"),
        Some(Duration::from_secs(60))
    );
    assert_eq!(at("Wed Oct 21 07:28:05 2015"), Some(Duration::from_secs(5)));
    assert_eq!(at("Fri, 31 Dec 9999 23:59:59 GMT"), Some(MAX_RETRY_AFTER));
}

#[test]
fn huge_retry_after_values_are_capped_and_never_overflow() {
    for huge in [
        "18446744073709551615",
        "99999999999999999999999999",
        "86401",
    ] {
        assert_eq!(
            retry_after_at(huge, std::time::SystemTime::now()),
            Some(MAX_RETRY_AFTER),
            "{huge}"
        );
    }
    // The sum of the time already waited and a maximal wait is checked.
    let policy = policy().with_max_total_delay(Duration::MAX);
    assert_eq!(
        policy.delay(1, Some(Duration::MAX), Duration::from_secs(1)),
        None
    );
    assert_eq!(
        policy.delay(1, Some(Duration::from_secs(1)), Duration::from_secs(1)),
        Some(Duration::from_secs(1))
    );
}
