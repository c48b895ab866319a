//! Unit tests of `src/error/decode.rs` (private items included), compiled as its
//! `tests` module.

use serde::de::DeserializeOwned;

use super::*;
use crate::types::ContactList;

/// `body` as a `T`, read as the client reads answers.
fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| undecodable(body, e))
}

#[test]
fn a_misfit_value_is_named_by_its_pointer() {
    let body = br#"{"contacts": [{"uuid": "a", "name": "A"}, {"uuid": "b", "name": "B", "createdAt": 5}]}"#;
    let err = decode::<ContactList>(body).unwrap_err();
    let Error::Decode {
        pointer, reason, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(pointer.as_deref(), Some("/contacts/1/createdAt"));
    // The reader's own error stays reachable as the source.
    let source = std::error::Error::source(&err).expect("a source");
    let serde = source
        .downcast_ref::<serde_json::Error>()
        .expect("serde's error");
    assert!(serde.is_data() && serde.line() == 1, "{serde}");
    assert!(reason.contains("line 1"), "{reason}");
    assert!(
        err.to_string().starts_with(
            "the response body is not the documented JSON (at \"/contacts/1/createdAt\": invalid type: integer `5`"
        ),
        "{err}"
    );
}

#[test]
fn pointer_escapes_and_missing_fields() {
    let err =
        decode::<std::collections::BTreeMap<String, ContactList>>(br#"{"a/b~c": {}}"#).unwrap_err();
    assert!(
        matches!(&err, Error::Decode { pointer: Some(p), reason, .. }
            if p == "/a~1b~0c" && reason.contains("missing field `contacts`")),
        "{err:?}"
    );
}

#[test]
fn non_json_and_trailing_text_have_no_pointer() {
    for body in [&b"<html>"[..], br#"{"contacts": []} trailing"#] {
        let err = decode::<ContactList>(body).unwrap_err();
        assert!(
            matches!(err, Error::Decode { pointer: None, .. }),
            "{err:?}"
        );
    }
    assert!(
        decode::<ContactList>(br#"{"contacts": []}"#)
            .unwrap()
            .contacts
            .is_empty()
    );
}
