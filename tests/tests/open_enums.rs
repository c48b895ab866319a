//! The hand-written open enums that replace the spec's string enums list
//! exactly the values the spec lists, so the two cannot drift apart.

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

#[test]
fn open_enums_list_the_spec_values_in_order() {
    assert_matches_spec!(
        Source,
        BotStatus,
        BotStatusChange,
        MessageStatus,
        CustomFieldType,
        ContactEventType
    );
}
