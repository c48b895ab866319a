//! All operations through the typed client, each checked against the fake's state.

use std::collections::BTreeSet;

use callbell::types::{
    Bot, CreateContactRequest, CreateNoteRequest, UpdateBotRequest, UpdateContactRequest,
    UpdateFunnelRequest,
};
use callbell_fake::{OperationId, StatusCode};
use serde_json::json;

use crate::support::{ANN, BOB, CID, seeded, surprises, typed, uuids};

#[tokio::test]
async fn every_operation_changes_and_reads_the_state_like_callbell() {
    let fake = seeded().await;
    fake.set_page_size(2);
    let callbell = fake.client();

    // createContact
    let created = callbell
        .create_contact()
        .body(typed::<CreateContactRequest>(json!({
            "identifier": "+44 20 7946 0000", "source": "whatsapp", "name": "Dee",
            "tags": ["lead"], "custom_fields": {"city": "London"}, "team_uuid": "team-a",
            "assigned_user": "agent@example.com"
        })))
        .await
        .unwrap();
    let dee = created.uuid.clone();
    assert_eq!(dee.len(), 32);
    let stored = fake.contact(&dee).expect("the new contact is stored");
    assert_eq!(stored.name, "Dee");
    assert_eq!(stored.phone_number, Some(Some("+44 20 7946 0000".into())));
    assert_eq!(stored.assigned_user, Some(Some("agent@example.com".into())));
    assert_eq!(uuids(&fake.contacts()), [ANN, BOB, CID, dee.as_str()]);

    // getContact, with and without field types
    let got = callbell.get_contact().uuid(&dee).await.unwrap();
    assert_eq!(got.name, "Dee");
    assert!(got.custom_fields_metadata.is_none());
    let typed_fields = callbell
        .get_contact()
        .uuid(&dee)
        .include_field_types(true)
        .await
        .unwrap();
    assert_eq!(
        typed_fields
            .custom_fields_metadata
            .as_ref()
            .map(|m| m.len()),
        Some(1)
    );

    // listContacts: paging from 1, an empty page at the end, and every filter
    let page = |n: u32| callbell.list_contacts().page(n);
    assert_eq!(uuids(&page(1).await.unwrap().contacts), [ANN, BOB]);
    assert_eq!(uuids(&page(2).await.unwrap().contacts), [CID, dee.as_str()]);
    assert!(page(3).await.unwrap().contacts.is_empty());
    let first_page = callbell.list_contacts().await.unwrap();
    assert_eq!(
        uuids(&first_page.contacts),
        [ANN, BOB],
        "page 1 is the default"
    );
    let everyone = callbell.list_contacts().collect_all().await.unwrap();
    assert_eq!(
        uuids(&everyone),
        [ANN, BOB, CID, dee.as_str()],
        "every page, up to the empty one"
    );
    let by_source = callbell
        .list_contacts()
        .source("instagram".parse::<callbell::types::Source>().unwrap())
        .await
        .unwrap();
    assert_eq!(uuids(&by_source.contacts), [BOB]);
    let by_tags = callbell.list_contacts().tags("lead,SALES").await.unwrap();
    assert_eq!(
        uuids(&by_tags.contacts),
        [ANN, CID],
        "all tags, case-insensitively"
    );
    let by_team = callbell
        .list_contacts()
        .team_uuid("team-a")
        .tags("vip")
        .await
        .unwrap();
    assert_eq!(uuids(&by_team.contacts), [CID]);

    // updateContact: only the fields given change
    let updated = callbell
        .update_contact()
        .uuid(&dee)
        .body(typed::<UpdateContactRequest>(json!({
            "name": "Deirdre", "tags": ["customer"], "custom_fields": {"plan": "pro"},
            "unassign_user": true, "note": "prefers email"
        })))
        .await
        .unwrap();
    assert_eq!(updated.name, "Deirdre");
    let stored = fake.contact(&dee).unwrap();
    assert_eq!(stored.tags, Some(vec!["customer".to_string()]));
    assert_eq!(
        serde_json::to_value(&stored.custom_fields).unwrap(),
        json!({"city": "London", "plan": "pro"}),
        "custom fields merge"
    );
    // Unassigned: `"assignedUser": null`, as Callbell sends it.
    assert_eq!(stored.assigned_user, Some(None));
    assert_eq!(stored.note, Some(Some("prefers email".into())));
    assert_eq!(stored.phone_number, Some(Some("+44 20 7946 0000".into())));

    // getContactByPhone (formatting ignored, channel narrowing) and getContactByBsuid
    let by_phone = callbell
        .get_contact_by_phone()
        .phone_number("393331234567")
        .await
        .unwrap();
    assert_eq!(by_phone.uuid, ANN);
    let other_channel = callbell
        .get_contact_by_phone()
        .phone_number("393331234567")
        .channel_uuid("chan-2")
        .await;
    assert_eq!(
        other_channel.unwrap_err().status(),
        Some(StatusCode::NOT_FOUND)
    );
    let by_bsuid = callbell
        .get_contact_by_bsuid()
        .bsuid("IT.1234567890")
        .await
        .unwrap();
    assert_eq!(by_bsuid.uuid, ANN);

    // Conversation: close, open, note, funnel
    let closed = callbell
        .close_contact_conversation()
        .uuid(ANN)
        .await
        .unwrap();
    assert!(matches!(closed.closed_at, Some(Some(_))));
    assert!(matches!(
        fake.contact(ANN).unwrap().closed_at,
        Some(Some(_))
    ));
    let reopened = callbell
        .open_contact_conversation()
        .uuid(ANN)
        .await
        .unwrap();
    // Open again: `"closedAt": null`, as Callbell sends it.
    assert_eq!(reopened.closed_at, Some(None));
    assert_eq!(fake.contact(ANN).unwrap().closed_at, Some(None));
    let noted = callbell
        .create_contact_conversation_note()
        .uuid(ANN)
        .body(typed::<CreateNoteRequest>(
            json!({"text": "Hey @john.doe, look here!"}),
        ))
        .await
        .unwrap();
    assert!(noted.success);
    let funnel = "ff0f96b9-b003-4d0c-b14f-27f3f6868dd6";
    callbell
        .update_contact_conversation_funnel()
        .uuid(ANN)
        .body(typed::<UpdateFunnelRequest>(json!({"funnel_id": funnel})))
        .await
        .unwrap();
    assert_eq!(
        fake.contact(ANN).unwrap().funnel_id,
        Some(Some(funnel.into()))
    );

    // listContactMessages: the note, newest first; then an empty page
    callbell
        .create_contact_conversation_note()
        .uuid(ANN)
        .body(typed::<CreateNoteRequest>(json!({"text": "second"})))
        .await
        .unwrap();
    let messages = callbell.list_contact_messages().uuid(ANN).await.unwrap();
    let texts: Vec<_> = messages
        .messages
        .iter()
        .map(|m| m.text.clone().flatten())
        .collect();
    assert_eq!(
        texts,
        [
            Some("second".into()),
            Some("Hey @john.doe, look here!".into())
        ]
    );
    assert_eq!(fake.messages(ANN).len(), 2);
    let past_the_end = callbell
        .list_contact_messages()
        .uuid(ANN)
        .page(2)
        .await
        .unwrap();
    assert!(past_the_end.messages.is_empty());
    let all_messages = callbell
        .list_contact_messages()
        .uuid(ANN)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all_messages, messages.messages);

    // Bot: get, start, stop
    let bot: Bot = callbell.get_contact_bot().uuid(BOB).await.unwrap();
    assert_eq!(bot.status.as_str(), "ended");
    assert!(fake.bot(BOB).is_none(), "not stored until changed");
    let started = callbell
        .update_contact_bot()
        .uuid(BOB)
        .body(typed::<UpdateBotRequest>(json!({"status": "bot_start"})))
        .await
        .unwrap();
    assert_eq!(started.status.as_str(), "started");
    assert!(matches!(started.conversation_started_at, Some(Some(_))));
    assert_eq!(fake.bot(BOB).unwrap().status.as_str(), "started");
    let ended = callbell
        .update_contact_bot()
        .uuid(BOB)
        .body(typed::<UpdateBotRequest>(json!({"status": "bot_end"})))
        .await
        .unwrap();
    assert_eq!(ended.status.as_str(), "ended");
    assert_eq!(fake.bot(BOB).unwrap().status.as_str(), "ended");

    // deleteContact, then 404 with Callbell's error shape
    let deleted = callbell.delete_contact().uuid(&dee).await.unwrap();
    assert!(!deleted.status.is_empty());
    assert!(fake.contact(&dee).is_none());
    let gone = callbell.get_contact().uuid(&dee).await.unwrap_err();
    assert_eq!(gone.status(), Some(StatusCode::NOT_FOUND));
    assert!(gone.to_string().contains("contact not found"), "{gone}");
    assert!(!gone.is_retryable());
    let gone_again = callbell.delete_contact().uuid(&dee).await.unwrap_err();
    assert_eq!(gone_again.status(), Some(StatusCode::NOT_FOUND));

    // The log: every operation of the spec was exercised, every answer
    // matches the spec, no request of the client was refused.
    let log = fake.requests();
    let seen: BTreeSet<OperationId> = log.iter().filter_map(|e| e.operation).collect();
    let all: BTreeSet<OperationId> = OperationId::ALL.iter().copied().collect();
    assert_eq!(
        seen,
        all,
        "operations not exercised: {:?}",
        all.difference(&seen)
    );
    assert!(surprises(&log).is_empty(), "{:#?}", surprises(&log));
    let delete = log
        .iter()
        .find(|e| e.operation == Some(OperationId::DeleteContact))
        .unwrap();
    assert_eq!(delete.path_template, Some("/contacts/{uuid}"));
    assert_eq!(delete.method, "DELETE");
    assert_eq!(delete.status, Some(StatusCode::OK));
}

#[tokio::test]
async fn missing_contacts_are_404_for_every_operation_on_one() {
    let fake = seeded().await;
    let callbell = fake.client();
    let missing = "00000000000000000000000000000000";
    let statuses = [
        callbell.get_contact().uuid(missing).await.map(drop),
        callbell
            .list_contact_messages()
            .uuid(missing)
            .await
            .map(drop),
        callbell.get_contact_bot().uuid(missing).await.map(drop),
        callbell
            .close_contact_conversation()
            .uuid(missing)
            .await
            .map(drop),
        callbell
            .open_contact_conversation()
            .uuid(missing)
            .await
            .map(drop),
        callbell
            .get_contact_by_bsuid()
            .bsuid("nobody")
            .await
            .map(drop),
    ];
    for result in statuses {
        let err = result.unwrap_err();
        assert_eq!(err.status(), Some(StatusCode::NOT_FOUND), "{err}");
    }
    assert_eq!(fake.contacts().len(), 3, "nothing changed");
}

#[tokio::test]
async fn an_operation_told_to_serve_examples_answers_the_spec_example_and_logs_it() {
    let fake = seeded().await;
    let callbell = fake.client();
    for &operation in OperationId::ALL {
        fake.serve_example(operation);
    }
    let page = callbell.list_contacts().await.unwrap();
    assert_eq!(
        page.contacts.len(),
        1,
        "the example page, not the three seeded contacts"
    );
    callbell.delete_contact().uuid(ANN).await.unwrap();
    assert!(fake.contact(ANN).is_some(), "an example changes nothing");
    let log = fake.requests();
    assert!(
        log.iter()
            .all(|e| e.served_example && e.answer_matches_spec),
        "{log:#?}"
    );
    assert!(log[0].note.as_deref().unwrap().contains("listContacts"));
}
