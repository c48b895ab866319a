//! The hand-written open enums that replace the spec's string enums list
//! exactly the values the spec lists, so the two cannot drift apart, and
//! never read a listed value as `Other`.

use std::path::Path;

use callbell::types::{
    BotStatus, BotStatusChange, ContactEventType, CustomFieldType, MessageStatus, Source,
};

fn spec_enum(schema: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/callbell.yaml");
    let spec: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let values = spec
        .pointer(&format!("/components/schemas/{schema}/enum"))
        .unwrap_or_else(|| panic!("schema {schema} has no enum in the spec"));
    values
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

macro_rules! assert_matches_spec {
    ($($ty:ty),+) => {$(
        assert_eq!(
            <$ty>::KNOWN.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            spec_enum(<$ty>::SCHEMA),
            "{} differs from the spec's enum",
            stringify!($ty)
        );
    )+};
}

/// Applies the macro `$check` to every open enum.
macro_rules! for_each_open_enum {
    ($check:ident) => {
        $check!(
            Source,
            BotStatus,
            BotStatusChange,
            MessageStatus,
            CustomFieldType,
            ContactEventType
        )
    };
}

#[test]
fn open_enums_list_the_spec_values_in_order() {
    for_each_open_enum!(assert_matches_spec);
}

/// Parsing, `From` and serde map every listed value to its variant, never to
/// `Other`; a hand-built `Other` holding a listed value is a different value
/// (as the types' docs say) until normalised through `From<&str>`.
macro_rules! assert_listed_values_are_never_other {
    ($($ty:ident),+) => {$(
        for &wire in $ty::KNOWN {
            let parsed: $ty = wire.parse().unwrap();
            assert!(parsed.is_known(), "{wire}");
            assert_eq!($ty::from(wire), parsed);
            assert_eq!($ty::from(wire.to_owned()), parsed);
            assert_eq!(serde_json::from_value::<$ty>(wire.into()).unwrap(), parsed);
            let hand_built = $ty::Other(wire.to_owned());
            assert_ne!(hand_built, parsed, "{wire}");
            assert_eq!(hand_built.as_str(), parsed.as_str());
            assert_eq!($ty::from(hand_built.as_str()), parsed);
        }
    )+};
}

#[test]
fn listed_values_never_become_other() {
    for_each_open_enum!(assert_listed_values_are_never_other);
}
