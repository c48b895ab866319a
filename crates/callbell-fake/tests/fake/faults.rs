//! Each injected fault, seen by the client as the right retry or error.

use std::time::Duration;

use callbell::types::CreateContactRequest;
use callbell_fake::{Fault, OperationId, StatusCode};
use serde_json::json;

use crate::support::{ANN, seeded, typed};

fn statuses(fake: &callbell_fake::FakeCallbell) -> Vec<Option<u16>> {
    fake.requests()
        .iter()
        .map(|e| e.status.map(|s| s.as_u16()))
        .collect()
}

#[tokio::test]
async fn too_many_requests_is_retried_after_the_wait_it_names() {
    let fake = seeded().await;
    fake.inject(
        OperationId::GetContact,
        Fault::TooManyRequests { retry_after: 0 },
        2,
    );
    let contact = fake.client().get_contact().uuid(ANN).await.unwrap();
    assert_eq!(contact.uuid, ANN);
    assert_eq!(statuses(&fake), [Some(429), Some(429), Some(200)]);
    assert_eq!(
        fake.requests()[0].fault,
        Some(Fault::TooManyRequests { retry_after: 0 })
    );

    // More 429s than retries: the error carries the status and the wait.
    fake.inject(
        OperationId::GetContact,
        Fault::TooManyRequests { retry_after: 0 },
        10,
    );
    let callbell = fake.client_builder().max_retries(1).build().unwrap();
    let err = callbell.get_contact().uuid(ANN).await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::TOO_MANY_REQUESTS));
    assert_eq!(err.retry_after(), Some(Duration::ZERO));
    assert!(err.is_retryable());
}

#[tokio::test]
async fn server_errors_are_retried_for_reads_and_not_for_creates() {
    let fake = seeded().await;
    fake.inject(
        OperationId::ListContacts,
        Fault::Status(StatusCode::SERVICE_UNAVAILABLE),
        1,
    );
    let page = fake.client().list_contacts().await.unwrap();
    assert_eq!(page.contacts.len(), 3);
    assert_eq!(statuses(&fake), [Some(503), Some(200)]);

    fake.clear_requests();
    fake.inject(
        OperationId::CreateContact,
        Fault::Status(StatusCode::INTERNAL_SERVER_ERROR),
        1,
    );
    let request = typed::<CreateContactRequest>(
        json!({"identifier": "1", "source": "whatsapp", "name": "Eve"}),
    );
    let err = fake
        .client()
        .create_contact()
        .body(request)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert!(err.is_retryable());
    assert_eq!(
        statuses(&fake),
        [Some(500)],
        "POST is not retried on 5xx by default"
    );
    assert_eq!(fake.contacts().len(), 3, "the failed create had no effect");
}

#[tokio::test]
async fn a_delay_past_the_client_timeout_is_a_timeout() {
    let fake = seeded().await;
    fake.inject(
        OperationId::GetContactBot,
        Fault::Delay(Duration::from_secs(2)),
        1,
    );
    let callbell = fake
        .client_builder()
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    let err = callbell.get_contact_bot().uuid(ANN).await.unwrap_err();
    assert!(matches!(err, callbell::Error::Timeout { .. }), "{err:?}");
    assert!(err.is_retryable());

    // With a retry, the second attempt (no delay) answers.
    fake.inject(
        OperationId::GetContactBot,
        Fault::Delay(Duration::from_secs(2)),
        1,
    );
    let callbell = fake
        .client_builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    assert!(callbell.get_contact_bot().uuid(ANN).await.is_ok());
}

#[tokio::test]
async fn a_body_that_breaks_off_is_a_network_error_and_retried() {
    let fake = seeded().await;
    fake.inject(OperationId::ListContacts, Fault::TruncatedBody, 1);
    let once = fake.client_builder().max_retries(0).build().unwrap();
    let err = once.list_contacts().await.unwrap_err();
    assert!(matches!(err, callbell::Error::Network { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(
        fake.requests()[0].status,
        Some(StatusCode::OK),
        "the status went out"
    );

    fake.inject(OperationId::ListContacts, Fault::TruncatedBody, 1);
    let page = fake.client().list_contacts().await.unwrap();
    assert_eq!(page.contacts.len(), 3);
}

#[tokio::test]
async fn a_reset_connection_is_a_network_error_and_retried() {
    let fake = seeded().await;
    fake.inject(OperationId::GetContact, Fault::ConnectionReset, 1);
    let once = fake.client_builder().max_retries(0).build().unwrap();
    let err = once.get_contact().uuid(ANN).await.unwrap_err();
    assert!(matches!(err, callbell::Error::Network { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(fake.requests()[0].status, None);
    assert_eq!(fake.requests()[0].fault, Some(Fault::ConnectionReset));

    fake.inject(OperationId::GetContact, Fault::ConnectionReset, 2);
    let contact = fake.client().get_contact().uuid(ANN).await.unwrap();
    assert_eq!(contact.uuid, ANN);
}

#[tokio::test]
async fn faults_apply_only_to_their_operation_and_can_be_cleared() {
    let fake = seeded().await;
    fake.inject(
        OperationId::DeleteContact,
        Fault::Status(StatusCode::BAD_GATEWAY),
        5,
    );
    let callbell = fake.client_builder().max_retries(0).build().unwrap();
    assert!(callbell.get_contact().uuid(ANN).await.is_ok());
    fake.clear_faults();
    assert!(callbell.delete_contact().uuid(ANN).await.is_ok());
}
