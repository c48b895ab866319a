//! Unit tests of `src/types/open_enum.rs` (private items included), compiled as its
//! `tests` module.

use crate::types::{BotStatus, Source};

#[test]
fn known_and_unknown_values_round_trip() {
    for raw in Source::KNOWN.iter().copied().chain(["tiktok", ""]) {
        let parsed: Source = serde_json::from_value(raw.into()).unwrap();
        assert_eq!(parsed.is_known(), Source::KNOWN.contains(&raw));
        assert_eq!(serde_json::to_value(&parsed).unwrap(), raw);
        assert_eq!(parsed.to_string(), raw);
    }
}

#[test]
fn non_strings_are_refused_with_the_type_name() {
    let err = serde_json::from_str::<BotStatus>("3")
        .unwrap_err()
        .to_string();
    assert!(err.contains("a string (BotStatus)"), "{err}");
}
