//! Rust verdicts: the public surface of generated sources, compared old
//! against new with Rust's semver rules.
//!
//! The surface is read from the generated token trees (parsed with `syn`),
//! never guessed from the spec: types, their `#[non_exhaustive]` attribute
//! and derived or implemented traits, public fields and their types, enum
//! variants, public methods (operation methods, builder setters) with their
//! signatures, and which builder setters must be called before sending or
//! building (their field starts as `Err(..)`).

use std::collections::{BTreeMap, BTreeSet};

mod compare;
mod read;

pub use compare::{Change, compare};
use read::{collect, join};

/// How much a change costs users of the crate (semver).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bump {
    /// Documentation only, or no change of the public surface.
    Patch,
    /// Additions that cannot break code written against the old surface.
    Minor,
    /// Code written against the old surface may stop compiling or working.
    Major,
}

impl Bump {
    /// `patch`, `minor` or `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// What kind of public item an entry of the surface is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A struct, enum, type alias or trait (`sig` names which and its shape).
    Type,
    /// A public field of a struct (`sig` is its type).
    Field,
    /// An enum variant (`sig` is its shape).
    Variant,
    /// A public method (`sig` is its signature).
    Method,
    /// A trait implemented or derived for a type.
    Impl,
    /// Anything else public (functions, constants, re-exports, modules).
    Other,
}

/// One public item of the generated code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What it is.
    pub kind: Kind,
    /// The type it belongs to (for fields, variants, methods and impls).
    pub owner: Option<String>,
    /// Its shape: type, signature or kind; a change here is a breaking change.
    pub sig: String,
    /// Its doc comment.
    pub docs: String,
    /// For types: `#[non_exhaustive]`; for fields and variants: whether
    /// their owner is, so that adding one is not breaking.
    pub non_exhaustive: bool,
    /// For methods: a builder setter that must be called (its field starts as `Err`).
    pub required: bool,
    /// For fields and variants: the name on the wire (`serde(rename)`), else the Rust name.
    pub wire: Option<String>,
}

/// The public surface of generated sources, keyed by a path such as
/// `types::Contact`, `types::Contact.name` (field), `types::Source::Whatsapp`
/// (variant), `Client::list_contacts()` (method) or
/// `impl Clone for types::Contact`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Surface {
    /// Every public item.
    pub entries: BTreeMap<String, Entry>,
}

/// Reads the public surface of generated sources. Each source is one file;
/// items are keyed by their module path inside it. Sources that do not parse
/// are an error naming the source's index and the parser's message.
pub fn surface(sources: &[String]) -> Result<Surface, String> {
    let mut out = Surface::default();
    for (i, source) in sources.iter().enumerate() {
        let file = syn::parse_file(source)
            .map_err(|e| format!("generated source #{i} does not parse: {e}"))?;
        let mut files = Surface::default();
        let mut required = BTreeMap::new();
        collect(&file.items, "", &mut files, &mut required);
        own_foreign_impls(&mut files);
        for (key, entry) in &mut files.entries {
            if entry.kind == Kind::Method {
                let setter = key.trim_end_matches("()");
                if let (Some(owner), Some((_, name))) = (&entry.owner, setter.rsplit_once("::")) {
                    entry.required = required
                        .get(owner)
                        .is_some_and(|fields: &BTreeSet<String>| fields.contains(name));
                }
            }
        }
        for (key, entry) in files.entries {
            // Two files defining the same path: keep both, told apart by file.
            let key = if out.entries.contains_key(&key) {
                format!("{key} (file {i})")
            } else {
                key
            };
            out.entries.insert(key, entry);
        }
    }
    Ok(out)
}

/// `impl From<Local> for String` belongs to `Local`, not to `String`: trait
/// impls whose self type is not defined here go to the first type of this
/// module named in the impl.
fn own_foreign_impls(surface: &mut Surface) {
    let defined: BTreeSet<String> = surface
        .entries
        .iter()
        .filter(|(_, e)| e.kind == Kind::Type)
        .map(|(k, _)| k.clone())
        .collect();
    for (key, entry) in surface.entries.iter_mut() {
        let Some(owner) = entry.owner.clone() else {
            continue;
        };
        if entry.kind != Kind::Impl || defined.contains(&owner) {
            continue;
        }
        let module = owner.rsplit_once("::").map_or("", |(m, _)| m);
        let local = key
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map(|word| join(module, word))
            .find(|path| defined.contains(path));
        if let Some(local) = local {
            entry.owner = Some(local);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(old: &str, new: &str) -> Vec<Change> {
        let old = surface(&[old.to_string()]).unwrap();
        let new = surface(&[new.to_string()]).unwrap();
        compare(&old, &new)
    }

    fn bumps(changes: &[Change]) -> Vec<(String, Bump)> {
        changes.iter().map(|c| (c.item.clone(), c.bump)).collect()
    }

    #[test]
    fn option_around_a_field_type_is_major() {
        let changes = diff(
            "pub struct A { pub x: String }",
            "pub struct A { pub x: Option<String> }",
        );
        assert_eq!(bumps(&changes), [("A.x".to_string(), Bump::Major)]);
        assert!(changes[0].message.contains("Option<String>"), "{changes:?}");
    }

    #[test]
    fn new_field_is_minor_only_on_non_exhaustive_structs() {
        let exhaustive = diff(
            "pub struct A { pub x: String }",
            "pub struct A { pub x: String, pub y: u8 }",
        );
        assert_eq!(bumps(&exhaustive), [("A.y".to_string(), Bump::Major)]);
        let open = diff(
            "#[non_exhaustive] pub struct A { pub x: String }",
            "#[non_exhaustive] pub struct A { pub x: String, pub y: u8 }",
        );
        assert_eq!(bumps(&open), [("A.y".to_string(), Bump::Minor)]);
    }

    #[test]
    fn new_variant_is_minor_only_on_non_exhaustive_enums() {
        let exhaustive = diff("pub enum E { A }", "pub enum E { A, B }");
        assert_eq!(bumps(&exhaustive), [("E::B".to_string(), Bump::Major)]);
        let open = diff(
            "#[non_exhaustive] pub enum E { A }",
            "#[non_exhaustive] pub enum E { A, B }",
        );
        assert_eq!(bumps(&open), [("E::B".to_string(), Bump::Minor)]);
        let removed = diff(
            "#[non_exhaustive] pub enum E { A, B }",
            "#[non_exhaustive] pub enum E { A }",
        );
        assert_eq!(bumps(&removed), [("E::B".to_string(), Bump::Major)]);
    }

    #[test]
    fn renamed_type_is_a_removal_and_an_addition() {
        let changes = diff("pub struct Old;", "pub struct New;");
        assert_eq!(
            bumps(&changes),
            [
                ("Old".to_string(), Bump::Major),
                ("New".to_string(), Bump::Minor)
            ]
        );
    }

    #[test]
    fn setters_that_start_as_err_are_required() {
        let old = "pub struct B { a: Result<u8, String> }
            impl B { pub fn new() -> Self { Self { a: Ok(0) } } pub fn a(self, v: u8) -> Self { self } }";
        let new_optional = "pub struct B { a: Result<u8, String>, b: Result<Option<u8>, String> }
            impl B { pub fn new() -> Self { Self { a: Ok(0), b: Ok(None) } }
                pub fn a(self, v: u8) -> Self { self } pub fn b(self, v: u8) -> Self { self } }";
        let new_required = new_optional.replace("b: Ok(None)", "b: Err(\"b\".into())");
        assert_eq!(
            bumps(&diff(old, new_optional)),
            [("B::b()".to_string(), Bump::Minor)]
        );
        assert_eq!(
            bumps(&diff(old, &new_required)),
            [("B::b()".to_string(), Bump::Major)]
        );
    }

    #[test]
    fn docs_only_is_patch_and_private_items_do_not_count() {
        let changes = diff(
            "/// one\npub struct A { pub x: u8, y: u8 } struct Hidden;",
            "/// two\npub struct A { pub x: u8, y: u16 } struct Hidden2;",
        );
        assert_eq!(bumps(&changes), [("A".to_string(), Bump::Patch)]);
    }

    #[test]
    fn modules_and_methods_are_keyed_by_path() {
        let s = surface(&["pub mod types { pub struct A; impl A { pub fn go(&self) -> u8 { 1 } fn hidden(&self) {} } }".to_string()]).unwrap();
        assert!(s.entries.contains_key("types::A"), "{:?}", s.entries.keys());
        assert!(s.entries.contains_key("types::A::go()"));
        assert!(!s.entries.contains_key("types::A::hidden()"));
        assert_eq!(s.entries["types::A::go()"].sig, "fn go(&self)->u8");
    }

    #[test]
    fn open_enums_take_their_wire_names_from_as_str() {
        let old = r#"#[non_exhaustive] pub enum Source { A, B, Other(String) }
            impl Source { pub fn as_str(&self) -> &str { match self {
                Self::A => "a", Self::B => "b", Self::Other(raw) => raw } } }"#;
        let added = old
            .replace("B, Other", "B, C, Other")
            .replace(r#"Self::B => "b","#, r#"Self::B => "b", Self::C => "c","#);
        assert_eq!(
            bumps(&diff(old, &added)),
            [("Source::C".to_string(), Bump::Minor)]
        );
        let renamed = old.replace(r#"Self::B => "b""#, r#"Self::B => "bee""#);
        assert_eq!(
            bumps(&diff(old, &renamed)),
            [("Source::B".to_string(), Bump::Patch)]
        );
        let s = surface(&[old.to_string()]).unwrap();
        assert_eq!(s.entries["Source::A"].wire.as_deref(), Some("a"));
        assert_eq!(s.entries["Source::Other"].wire.as_deref(), Some("Other"));
    }

    #[test]
    fn other_macros_count_whole() {
        let changes = diff("some_macro! { 1 }", "some_macro! { 2 }");
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].bump, Bump::Major);
    }

    #[test]
    fn broken_source_is_an_error_not_a_panic() {
        let err = surface(&["pub struct".to_string()]).unwrap_err();
        assert!(err.contains("does not parse"), "{err}");
    }
}
