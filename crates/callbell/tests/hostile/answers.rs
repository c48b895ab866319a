//! Answers too large to hold: an endless body, a huge `Content-Length`, and
//! bodies that trickle in.

use std::time::{Duration, Instant};

use callbell::{DEFAULT_MAX_ANSWER_BYTES, Error, RetryPolicy};

use crate::peer::{Exchange, Peer, TOKEN};

/// A chunked body that never ends: 64 KiB chunks for as long as the client reads.
async fn endless(mut exchange: Exchange, status: &str) -> std::io::Result<()> {
    exchange
        .head(
            status,
            &[
                "Content-Type: application/json",
                "Transfer-Encoding: chunked",
            ],
        )
        .await?;
    let mut chunk = format!("{:x}\r\n", 64 * 1024).into_bytes();
    chunk.extend(std::iter::repeat_n(b' ', 64 * 1024));
    chunk.extend_from_slice(b"\r\n");
    exchange.body(b"4\r\n{\"a\"\r\n").await?;
    loop {
        exchange.body(&chunk).await?;
    }
}

#[tokio::test]
async fn an_endless_body_is_cut_at_the_default_limit_and_not_retried() {
    for status in ["200 OK", "503 Service Unavailable"] {
        let peer = Peer::start(move |exchange| endless(exchange, status)).await;
        let callbell = peer
            .builder()
            .timeout(Duration::from_secs(20))
            .retry_policy(RetryPolicy::default().with_base_delay(Duration::from_millis(1)))
            .build()
            .unwrap();
        let started = Instant::now();
        let err = callbell.list_contacts().page(1).await.unwrap_err();
        let took = started.elapsed();
        assert!(
            matches!(
                err,
                Error::AnswerTooLarge {
                    limit: DEFAULT_MAX_ANSWER_BYTES,
                    announced: None,
                    ..
                }
            ),
            "{status}: {err:?}"
        );
        assert!(!err.is_retryable());
        assert_eq!(err.attempts(), Some(1), "{err}");
        assert_eq!(
            peer.requests(),
            1,
            "{status}: an answer over the limit was retried"
        );
        assert!(took < Duration::from_secs(15), "{status}: took {took:?}");
        // What was written: the limit, plus what the sockets buffer.
        let sent = peer.sent();
        assert!(
            sent < DEFAULT_MAX_ANSWER_BYTES + (16 << 20),
            "{status}: {sent} bytes sent"
        );
        assert!(
            err.to_string().ends_with(&format!(
                "the answer grew past the limit of {DEFAULT_MAX_ANSWER_BYTES} bytes and was cut"
            )),
            "{err}"
        );
    }
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn a_larger_content_length_is_refused_before_the_body_is_read() {
    let huge = 10u64 << 30;
    let peer = Peer::start(move |mut exchange| async move {
        let length = format!("Content-Length: {huge}");
        exchange
            .head("200 OK", &["Content-Type: application/json", &length])
            .await?;
        let block = vec![b' '; 64 * 1024];
        loop {
            exchange.body(&block).await?;
        }
    })
    .await;
    let callbell = peer
        .builder()
        .max_answer_bytes(1 << 20)
        .max_retries(3)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = callbell.get_contact().uuid("a1").await.unwrap_err();
    assert!(
        matches!(err, Error::AnswerTooLarge { limit: 1_048_576, announced: Some(n), .. } if n == huge),
        "{err:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(peer.requests(), 1);
    assert_eq!(
        err.to_string(),
        format!(
            "get_contact (GET /contacts/{{uuid}}) after 1 attempt: the answer announces {huge} bytes, more than the limit of 1048576 bytes"
        )
    );
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn a_body_within_the_limit_is_read() {
    let body = br#"{"contacts": []}"#;
    let peer =
        Peer::start(move |mut exchange| async move { exchange.json("200 OK", body).await }).await;
    let exact = peer
        .builder()
        .max_answer_bytes(body.len() as u64)
        .build()
        .unwrap();
    assert!(
        exact
            .list_contacts()
            .page(1)
            .await
            .unwrap()
            .contacts
            .is_empty()
    );
    let short = peer
        .builder()
        .max_answer_bytes(body.len() as u64 - 1)
        .build()
        .unwrap();
    let err = short.list_contacts().page(1).await.unwrap_err();
    assert!(matches!(err, Error::AnswerTooLarge { .. }), "{err:?}");
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn a_body_in_pieces_is_read_whole_and_scrubbed_across_them() {
    let body = format!(r#"{{"message": "echo: {TOKEN} here"}}"#);
    let peer = Peer::start(move |mut exchange| {
        let body = body.clone();
        async move {
            let length = format!("Content-Length: {}", body.len());
            exchange
                .head(
                    "422 Unprocessable Entity",
                    &["Content-Type: application/json", &length],
                )
                .await?;
            // Cut inside the token, each piece sent on its own.
            for piece in body.as_bytes().chunks(7) {
                exchange.body(piece).await?;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Ok(())
        }
    })
    .await;
    let err = peer
        .builder()
        .build()
        .unwrap()
        .list_contacts()
        .page(1)
        .await
        .unwrap_err();
    match &err {
        Error::Api { message, .. } => assert_eq!(message, "echo: *** here"),
        other => panic!("{other:?}"),
    }
}

/// Writes `bytes` one at a time, `every` apart.
async fn trickle(exchange: &mut Exchange, bytes: &[u8], every: Duration) -> std::io::Result<()> {
    for byte in bytes {
        exchange.body(std::slice::from_ref(byte)).await?;
        tokio::time::sleep(every).await;
    }
    Ok(())
}

#[tokio::test]
async fn a_trickling_body_ends_at_the_timeout_of_each_attempt() {
    let peer = Peer::start(|mut exchange| async move {
        exchange
            .head(
                "200 OK",
                &["Content-Type: application/json", "Content-Length: 100000"],
            )
            .await?;
        trickle(&mut exchange, &[b' '; 100_000], Duration::from_millis(20)).await
    })
    .await;
    let callbell = peer
        .builder()
        .timeout(Duration::from_millis(600))
        .retry_policy(
            RetryPolicy::default()
                .with_max_retries(1)
                .with_base_delay(Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let err = callbell.list_contacts().page(1).await.unwrap_err();
    let took = started.elapsed();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert_eq!(err.attempts(), Some(2), "{err}");
    assert_eq!(peer.requests(), 2);
    assert!(took < Duration::from_secs(3), "took {took:?}");
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn a_trickling_head_ends_at_the_timeout() {
    let peer = Peer::start(|mut exchange| async move {
        let head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: ";
        trickle(&mut exchange, head, Duration::ZERO).await?;
        trickle(&mut exchange, &[b'a'; 10_000], Duration::from_millis(20)).await
    })
    .await;
    let callbell = peer
        .builder()
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = callbell.get_contact().uuid("a1").await.unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    crate::assert_bounded_memory();
}
