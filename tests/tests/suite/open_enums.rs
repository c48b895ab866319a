//! The generated open enums never read a listed value as `Other`, and keep
//! an unknown one as sent.

use callbell::types::*;

/// Parsing, `From` and serde map every listed value to its variant, never to
/// `Other`; a hand-built `Other` holding a listed value is a different value
/// (as the types' docs say) until normalised through `From<&str>`.
macro_rules! assert_listed_values_are_never_other {
    ($($ty:ident),+ $(,)?) => {$(
        assert!(!$ty::KNOWN.is_empty(), stringify!($ty));
        for &wire in $ty::KNOWN {
            let parsed: $ty = wire.parse().unwrap();
            assert!(parsed.is_known(), "{wire}");
            assert_eq!($ty::from(wire), parsed);
            assert_eq!($ty::from(wire.to_owned()), parsed);
            assert_eq!(serde_json::from_value::<$ty>(wire.into()).unwrap(), parsed);
            assert_eq!(serde_json::to_value(&parsed).unwrap(), wire);
            let hand_built = $ty::Other(wire.to_owned());
            assert_ne!(hand_built, parsed, "{wire}");
            assert_eq!(hand_built.as_str(), parsed.as_str());
            assert_eq!($ty::from(hand_built.as_str()), parsed);
        }
        let unknown: $ty = serde_json::from_value("added-later".into()).unwrap();
        assert_eq!(unknown, $ty::Other("added-later".into()));
        assert_eq!(serde_json::to_value(&unknown).unwrap(), "added-later");
    )+};
}

#[test]
fn listed_values_never_become_other() {
    callbell::for_each_open_enum!(assert_listed_values_are_never_other);
}

#[test]
fn every_string_enum_of_the_spec_is_open_with_its_values_in_order() {
    let spec: serde_json::Value =
        serde_yaml::from_str(include_str!("../../../openapi/callbell.yaml"))
            .expect("the spec is YAML");
    let mut string_enums: Vec<(String, Vec<String>)> = spec["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, s)| s["type"] == "string" && s.get("enum").is_some())
        .map(|(name, s)| {
            let values = s["enum"].as_array().unwrap();
            let values = values.iter().map(|v| v.as_str().unwrap().to_string());
            (name.clone(), values.collect())
        })
        .collect();
    string_enums.sort();
    macro_rules! open_enums {
        ($($ty:ident),+ $(,)?) => {
            vec![$(($ty::SCHEMA.to_string(), $ty::KNOWN.iter().map(|s| s.to_string()).collect::<Vec<_>>())),+]
        };
    }
    let mut generated: Vec<(String, Vec<String>)> = callbell::for_each_open_enum!(open_enums);
    generated.sort();
    assert_eq!(generated, string_enums);
}
