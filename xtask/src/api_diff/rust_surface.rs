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

use quote::ToTokens;

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

fn join(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_string()
    } else {
        format!("{module}::{name}")
    }
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// Token text without the spaces `quote` puts between every token, except
/// where two words would merge (`dyn Trait`, `impl Fn`).
fn compact(tokens: &impl ToTokens) -> String {
    let text = tokens.to_token_stream().to_string();
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1);
            let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() || *c == '_');
            // Keep the space in `a b` (words) and `T: ::path` (no `:::`).
            let colons = before == Some(':') && after == Some(&':');
            if (word(before.as_ref()) && word(after)) || colons || before == Some(',') {
                out.push(' ');
            }
            continue;
        }
        out.push(c);
    }
    out
}

fn docs(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value().trim().to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn non_exhaustive(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
}

/// The traits of `#[derive(..)]` attributes, by their last path segment.
fn derives(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                out.push(last.ident.to_string());
            }
            Ok(())
        });
    }
    out
}

/// `#[serde(rename = "..")]` of a field or variant.
fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut rename = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                if let Ok(value) = meta.value() {
                    if let Ok(s) = value.parse::<syn::LitStr>() {
                        rename = Some(s.value());
                    }
                }
            } else if meta.input.peek(syn::Token![=]) {
                // Skip the value of other keys (`skip_serializing_if = ".."`).
                let _ = meta.value()?.parse::<syn::Expr>();
            } else if meta.input.peek(syn::token::Paren) {
                let _ = meta.input.parse::<proc_macro2::Group>();
            }
            Ok(())
        });
    }
    rename
}

fn entry(kind: Kind, owner: Option<&str>, sig: String, docs: String) -> Entry {
    Entry {
        kind,
        owner: owner.map(str::to_string),
        sig,
        docs,
        non_exhaustive: false,
        required: false,
        wire: None,
    }
}

/// The name of an impl's self type, by its last path segment.
fn self_type(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn collect(
    items: &[syn::Item],
    module: &str,
    out: &mut Surface,
    required: &mut BTreeMap<String, BTreeSet<String>>,
) {
    for item in items {
        match item {
            syn::Item::Mod(m) => {
                if let (true, Some((_, inner))) = (is_pub(&m.vis), &m.content) {
                    collect(inner, &join(module, &m.ident.to_string()), out, required);
                }
            }
            syn::Item::Struct(s) if is_pub(&s.vis) => struct_entries(s, module, out),
            syn::Item::Enum(e) if is_pub(&e.vis) => enum_entries(e, module, out),
            syn::Item::Impl(imp) => impl_entries(imp, module, out, required),
            syn::Item::Type(t) if is_pub(&t.vis) => {
                let path = join(module, &t.ident.to_string());
                let sig = format!("type{} = {}", compact(&t.generics), compact(&t.ty));
                out.entries
                    .insert(path, entry(Kind::Type, None, sig, docs(&t.attrs)));
            }
            syn::Item::Trait(t) if is_pub(&t.vis) => {
                let path = join(module, &t.ident.to_string());
                let items: Vec<String> = t
                    .items
                    .iter()
                    .map(|item| match item {
                        syn::TraitItem::Fn(f) => compact(&f.sig),
                        other => compact(other),
                    })
                    .collect();
                let sig = format!("trait{} {{{}}}", compact(&t.generics), items.join("; "));
                out.entries
                    .insert(path, entry(Kind::Type, None, sig, docs(&t.attrs)));
            }
            syn::Item::Fn(f) if is_pub(&f.vis) => {
                let path = format!("{}()", join(module, &f.sig.ident.to_string()));
                out.entries.insert(
                    path,
                    entry(Kind::Other, None, compact(&f.sig), docs(&f.attrs)),
                );
            }
            syn::Item::Const(c) if is_pub(&c.vis) => {
                let path = join(module, &c.ident.to_string());
                let sig = format!("const: {}", compact(&c.ty));
                out.entries
                    .insert(path, entry(Kind::Other, None, sig, docs(&c.attrs)));
            }
            syn::Item::Static(s) if is_pub(&s.vis) => {
                let path = join(module, &s.ident.to_string());
                let sig = format!("static: {}", compact(&s.ty));
                out.entries
                    .insert(path, entry(Kind::Other, None, sig, docs(&s.attrs)));
            }
            syn::Item::Macro(m) if m.ident.is_none() => macro_entries(m, module, out),
            syn::Item::Use(u) if is_pub(&u.vis) => {
                let path = format!("{} (use {})", join(module, "*"), compact(&u.tree));
                out.entries.insert(
                    path,
                    entry(Kind::Other, None, "use".to_string(), String::new()),
                );
            }
            _ => {}
        }
    }
}

fn struct_entries(s: &syn::ItemStruct, module: &str, out: &mut Surface) {
    let path = join(module, &s.ident.to_string());
    let ne = non_exhaustive(&s.attrs);
    let shape = match &s.fields {
        syn::Fields::Named(_) => "struct {..}",
        syn::Fields::Unnamed(_) => "struct (..)",
        syn::Fields::Unit => "struct",
    };
    // Private fields still matter: a struct with one cannot be built by a
    // literal, and a tuple struct's field types are part of its shape.
    let private = s.fields.iter().filter(|f| !is_pub(&f.vis)).count();
    let sig = format!(
        "{shape}{}{}",
        compact(&s.generics),
        if private > 0 {
            " (with private fields)"
        } else {
            ""
        }
    );
    let mut ty = entry(Kind::Type, None, sig, docs(&s.attrs));
    ty.non_exhaustive = ne;
    out.entries.insert(path.clone(), ty);
    for derived in derives(&s.attrs) {
        out.entries.insert(
            format!("impl {derived} for {path}"),
            entry(Kind::Impl, Some(&path), "derive".into(), String::new()),
        );
    }
    for (i, field) in s.fields.iter().enumerate() {
        if !is_pub(&field.vis) {
            continue;
        }
        let name = field
            .ident
            .as_ref()
            .map_or_else(|| i.to_string(), ToString::to_string);
        let mut e = entry(
            Kind::Field,
            Some(&path),
            compact(&field.ty),
            docs(&field.attrs),
        );
        // A new field breaks struct literals unless the struct is
        // non-exhaustive or already has private fields.
        e.non_exhaustive = ne || private > 0;
        e.wire = Some(serde_rename(&field.attrs).unwrap_or_else(|| name.clone()));
        out.entries.insert(format!("{path}.{name}"), e);
    }
}

fn enum_entries(e: &syn::ItemEnum, module: &str, out: &mut Surface) {
    let path = join(module, &e.ident.to_string());
    let ne = non_exhaustive(&e.attrs);
    let mut ty = entry(
        Kind::Type,
        None,
        format!("enum{}", compact(&e.generics)),
        docs(&e.attrs),
    );
    ty.non_exhaustive = ne;
    out.entries.insert(path.clone(), ty);
    for derived in derives(&e.attrs) {
        out.entries.insert(
            format!("impl {derived} for {path}"),
            entry(Kind::Impl, Some(&path), "derive".into(), String::new()),
        );
    }
    for variant in &e.variants {
        let name = variant.ident.to_string();
        let mut v = entry(
            Kind::Variant,
            Some(&path),
            compact(&variant.fields),
            docs(&variant.attrs),
        );
        v.non_exhaustive = ne;
        v.wire = Some(serde_rename(&variant.attrs).unwrap_or_else(|| name.clone()));
        out.entries.insert(format!("{path}::{name}"), v);
    }
}

/// Item macros that expand to a `#[non_exhaustive]` enum with one variant
/// per listed value (plus a catch-all): the project's open enums.
const OPEN_ENUM_MACROS: &[&str] = &["open_enum"];

/// An enum declared through a macro: `[attrs] Name .. { [attrs] Variant = "wire", .. }`.
struct MacroEnum {
    attrs: Vec<syn::Attribute>,
    name: syn::Ident,
    variants: Vec<(Vec<syn::Attribute>, syn::Ident, Option<String>)>,
}

fn parse_macro_enum(input: syn::parse::ParseStream) -> syn::Result<MacroEnum> {
    let attrs = input.call(syn::Attribute::parse_outer)?;
    let name: syn::Ident = input.parse()?;
    // Skip what sits between the name and the body (`from "Schema"`).
    while !input.peek(syn::token::Brace) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    let body;
    syn::braced!(body in input);
    let mut variants = Vec::new();
    while !body.is_empty() {
        let vattrs = body.call(syn::Attribute::parse_outer)?;
        let ident: syn::Ident = body.parse()?;
        let wire = if body.peek(syn::Token![=]) {
            body.parse::<syn::Token![=]>()?;
            Some(body.parse::<syn::LitStr>()?.value())
        } else {
            None
        };
        if !body.is_empty() {
            body.parse::<syn::Token![,]>()?;
        }
        variants.push((vattrs, ident, wire));
    }
    if !input.is_empty() {
        return Err(input.error("tokens after the enum body"));
    }
    Ok(MacroEnum {
        attrs,
        name,
        variants,
    })
}

/// A macro invocation that declares an enum (see [`OPEN_ENUM_MACROS`]) is
/// read as that enum; any other is kept whole, so that any change of it counts.
fn macro_entries(m: &syn::ItemMacro, module: &str, out: &mut Surface) {
    let macro_name = m
        .mac
        .path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default();
    let Ok(decl) = syn::parse::Parser::parse2(parse_macro_enum, m.mac.tokens.clone()) else {
        let key = format!("{} ({macro_name}!)", join(module, "*"));
        let sig = compact(&m.mac.tokens);
        let key = format!("{key} #{}", out.entries.len());
        out.entries
            .insert(key, entry(Kind::Other, None, sig, String::new()));
        return;
    };
    let path = join(module, &decl.name.to_string());
    let ne = OPEN_ENUM_MACROS.contains(&macro_name.as_str()) || non_exhaustive(&decl.attrs);
    let mut ty = entry(
        Kind::Type,
        None,
        format!("enum (from {macro_name}!)"),
        docs(&decl.attrs),
    );
    ty.non_exhaustive = ne;
    out.entries.insert(path.clone(), ty);
    for (attrs, ident, wire) in decl.variants {
        let name = ident.to_string();
        let mut v = entry(Kind::Variant, Some(&path), String::new(), docs(&attrs));
        v.non_exhaustive = ne;
        v.wire = Some(wire.unwrap_or_else(|| name.clone()));
        out.entries.insert(format!("{path}::{name}"), v);
    }
}

fn impl_entries(
    imp: &syn::ItemImpl,
    module: &str,
    out: &mut Surface,
    required: &mut BTreeMap<String, BTreeSet<String>>,
) {
    let Some(name) = self_type(&imp.self_ty) else {
        return;
    };
    let owner = join(module, &name);
    if let Some((_, trait_path, _)) = &imp.trait_ {
        let key = format!(
            "impl{} {} for {}",
            compact(&imp.generics),
            compact(trait_path),
            compact(&imp.self_ty)
        );
        out.entries.insert(
            format!("{key} ({owner})"),
            entry(Kind::Impl, Some(&owner), "impl".into(), String::new()),
        );
        if trait_path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Default")
        {
            required_fields(&imp.items, "default", &owner, required);
        }
        return;
    }
    required_fields(&imp.items, "new", &owner, required);
    for item in &imp.items {
        let syn::ImplItem::Fn(f) = item else { continue };
        if !is_pub(&f.vis) {
            continue;
        }
        let path = format!("{owner}::{}()", f.sig.ident);
        out.entries.insert(
            path,
            entry(Kind::Method, Some(&owner), compact(&f.sig), docs(&f.attrs)),
        );
    }
}

/// Fields that a builder's `new` or `default` starts as `Err(..)`: their
/// setters must be called before the builder can be used.
fn required_fields(
    items: &[syn::ImplItem],
    constructor: &str,
    owner: &str,
    required: &mut BTreeMap<String, BTreeSet<String>>,
) {
    for item in items {
        let syn::ImplItem::Fn(f) = item else { continue };
        if f.sig.ident != constructor {
            continue;
        }
        let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = f.block.stmts.last() else {
            continue;
        };
        for field in &init.fields {
            let syn::Member::Named(name) = &field.member else {
                continue;
            };
            let starts_as_err = match &field.expr {
                syn::Expr::Call(call) => match call.func.as_ref() {
                    syn::Expr::Path(p) => p.path.segments.last().is_some_and(|s| s.ident == "Err"),
                    _ => false,
                },
                _ => false,
            };
            if starts_as_err {
                required
                    .entry(owner.to_string())
                    .or_default()
                    .insert(name.to_string());
            }
        }
    }
}

/// One difference between two surfaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The surface key of the item (see [`Surface`]).
    pub item: String,
    /// The entry in the new surface, else the old one.
    pub entry: Entry,
    /// What it costs users.
    pub bump: Bump,
    /// What changed, for people.
    pub message: String,
}

/// Compares two surfaces. Members of types that were added or removed as a
/// whole are not listed one by one: the type's own change covers them.
pub fn compare(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Vec::new();
    let type_gone_or_new = |owner: &Option<String>| {
        owner
            .as_ref()
            .is_some_and(|o| old.entries.contains_key(o) != new.entries.contains_key(o))
    };
    for (key, o) in &old.entries {
        match new.entries.get(key) {
            None => {
                if type_gone_or_new(&o.owner) {
                    continue;
                }
                out.push(Change {
                    item: key.clone(),
                    entry: o.clone(),
                    bump: Bump::Major,
                    message: format!("removed {} `{key}`", noun(o)),
                });
            }
            Some(n) => {
                if let Some(change) = changed(key, o, n) {
                    out.push(change);
                }
            }
        }
    }
    for (key, n) in &new.entries {
        if old.entries.contains_key(key) || type_gone_or_new(&n.owner) {
            continue;
        }
        let (bump, why) = match n.kind {
            Kind::Field | Kind::Variant if !n.non_exhaustive => (
                Bump::Major,
                format!(
                    " (its {} is not `#[non_exhaustive]`: exhaustive {} no longer compile)",
                    if n.kind == Kind::Field {
                        "struct"
                    } else {
                        "enum"
                    },
                    if n.kind == Kind::Field {
                        "struct literals and patterns"
                    } else {
                        "matches"
                    }
                ),
            ),
            Kind::Method if n.required => (
                Bump::Major,
                " (required: code that built this without it now fails at run time)".to_string(),
            ),
            _ => (Bump::Minor, String::new()),
        };
        out.push(Change {
            item: key.clone(),
            entry: n.clone(),
            bump,
            message: format!("added {} `{key}`{why}", noun(n)),
        });
    }
    out
}

fn changed(key: &str, o: &Entry, n: &Entry) -> Option<Change> {
    let change = |bump, message: String| {
        Some(Change {
            item: key.to_string(),
            entry: n.clone(),
            bump,
            message,
        })
    };
    if o.kind != n.kind || o.sig != n.sig {
        return change(
            Bump::Major,
            format!(
                "{} `{key}` changed from `{}` to `{}`",
                noun(n),
                short(&o.sig),
                short(&n.sig)
            ),
        );
    }
    if o.kind == Kind::Type && o.non_exhaustive != n.non_exhaustive {
        return if n.non_exhaustive {
            change(
                Bump::Major,
                format!("`{key}` became `#[non_exhaustive]`: literals and exhaustive matches no longer compile"),
            )
        } else {
            change(
                Bump::Minor,
                format!("`{key}` is no longer `#[non_exhaustive]`"),
            )
        };
    }
    if o.required != n.required {
        return if n.required {
            change(
                Bump::Major,
                format!(
                    "setter `{key}` became required: code that skipped it now fails at run time"
                ),
            )
        } else {
            change(Bump::Minor, format!("setter `{key}` became optional"))
        };
    }
    if o.wire != n.wire {
        return change(
            Bump::Patch,
            format!(
                "`{key}` now reads the wire name `{}` instead of `{}`",
                n.wire.as_deref().unwrap_or_default(),
                o.wire.as_deref().unwrap_or_default()
            ),
        );
    }
    if o.docs != n.docs {
        return change(Bump::Patch, format!("documentation of `{key}` changed"));
    }
    None
}

fn noun(e: &Entry) -> &'static str {
    match e.kind {
        Kind::Type => "type",
        Kind::Field => "field",
        Kind::Variant => "variant",
        Kind::Method => "method",
        Kind::Impl => "trait impl",
        Kind::Other => "item",
    }
}

/// Shortens paths in a signature for reading: `::std::option::Option` → `Option`.
fn short(sig: &str) -> String {
    let mut s = sig.to_string();
    for prefix in [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::collections::",
        "::std::num::",
        "::std::convert::",
        "std::convert::",
        "::chrono::offset::",
        "::chrono::",
        "crate::types::",
        "types::",
        "super::",
    ] {
        s = s.replace(prefix, "");
    }
    if s.chars().count() > 160 {
        let cut: String = s.chars().take(157).collect();
        s = format!("{cut}...");
    }
    s
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
    fn open_enum_macros_are_read_as_non_exhaustive_enums() {
        let old = r#"open_enum! { #[doc = "Where."] Source from "Source" {
            #[doc = "`a`."] A = "a", #[doc = "`b`."] B = "b", } }"#;
        let added = old.replace(r#"B = "b","#, r#"B = "b", C = "c","#);
        let removed = old.replace(r#"#[doc = "`b`."] B = "b","#, "");
        assert_eq!(
            bumps(&diff(old, &added)),
            [("Source::C".to_string(), Bump::Minor)]
        );
        assert_eq!(
            bumps(&diff(old, &removed)),
            [("Source::B".to_string(), Bump::Major)]
        );
        let s = surface(&[old.to_string()]).unwrap();
        assert_eq!(s.entries["Source::A"].wire.as_deref(), Some("a"));
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
