//! Errors name the operation and its path template, never the URL: a phone
//! number in the path or an identifier in the query is personal data.

use std::time::Duration;

use callbell::Error;

use crate::peer::Peer;

const PHONE: &str = "+393331234567";
const CHANNEL: &str = "d3a1f0c2b4e5";

/// Asserts that no rendering of `err` shows the URL or its parts, and that
/// it names the operation by its template.
fn assert_no_url(err: &Error, port: u16) {
    let mut shown = vec![err.to_string(), format!("{err:?}"), format!("{err:#?}")];
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        shown.push(cause.to_string());
        source = cause.source();
    }
    for text in &shown {
        for secret in [
            "393331234567",
            CHANNEL,
            "channel_uuid",
            "http://",
            "/v1/",
            "/contacts/phone/%2B",
            &format!(":{port}"),
        ] {
            assert!(!text.contains(secret), "{secret:?} in {text}");
        }
    }
    assert!(
        shown[0].starts_with(
            "get_contact_by_phone (GET /contacts/phone/{phone_number}) after 1 attempt: "
        ),
        "{}",
        shown[0]
    );
    let operation = err.operation().expect("the operation is named");
    assert_eq!(operation.id, "get_contact_by_phone");
    assert_eq!(operation.path, "/contacts/phone/{phone_number}");
}

#[tokio::test]
async fn a_phone_lookup_that_times_out_shows_no_url() {
    // Reads the request, keeps the connection open, and never answers.
    let peer = Peer::start(|exchange| async move {
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(exchange);
        Ok(())
    })
    .await;
    let port: u16 = peer
        .base_url()
        .rsplit(':')
        .next()
        .unwrap()
        .trim_end_matches("/v1")
        .parse()
        .unwrap();
    let callbell = peer
        .builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = look_up_the_phone(&callbell).await;
    assert!(
        matches!(&err, Error::Timeout(e) if e.is_timeout()),
        "{err:?}"
    );
    assert_no_url(&err, port);
    crate::assert_bounded_memory();
}

#[tokio::test]
async fn a_phone_lookup_that_cannot_connect_shows_no_url() {
    // A port nothing listens on: bound, then released.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let callbell = callbell::Callbell::builder()
        .token(crate::peer::TOKEN)
        .base_url(format!("http://127.0.0.1:{port}/v1"))
        .max_retries(0)
        .build()
        .unwrap();
    let err = look_up_the_phone(&callbell).await;
    assert!(
        matches!(&err, Error::Network(e) if e.is_connect()),
        "{err:?}"
    );
    assert!(err.to_string().contains("Connection refused"), "{err}");
    assert_no_url(&err, port);
    crate::assert_bounded_memory();
}

/// The lookup both tests send: a phone number and a channel in the URL.
async fn look_up_the_phone(callbell: &callbell::Callbell) -> Error {
    callbell
        .get_contact_by_phone()
        .phone_number(PHONE)
        .channel_uuid(CHANNEL)
        .await
        .unwrap_err()
}
