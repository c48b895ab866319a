//! Reading generated items with `syn`: which are public, their shapes,
//! docs, derives, `serde` wire names, and the builder fields that start as
//! `Err` (setters that must be called).

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;

use super::{Entry, Kind, Surface};

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
                if let Ok(value) = meta.value()
                    && let Ok(s) = value.parse::<syn::LitStr>()
                {
                    rename = Some(s.value());
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

pub(super) fn collect(
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

/// A macro invocation is kept whole, so that any change of it counts.
fn macro_entries(m: &syn::ItemMacro, module: &str, out: &mut Surface) {
    let macro_name = m
        .mac
        .path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default();
    let key = format!(
        "{} ({macro_name}!) #{}",
        join(module, "*"),
        out.entries.len()
    );
    let sig = compact(&m.mac.tokens);
    out.entries
        .insert(key, entry(Kind::Other, None, sig, String::new()));
}

/// The wire names an enum's `as_str` gives its variants (`Self::A => "a"`):
/// how the generated open enums, which write themselves, name their values.
fn wire_names(f: &syn::ImplItemFn, owner: &str, out: &mut Surface) {
    let Some(syn::Stmt::Expr(syn::Expr::Match(m), None)) = f.block.stmts.last() else {
        return;
    };
    for arm in &m.arms {
        let (syn::Pat::Path(pat), syn::Expr::Lit(lit)) = (&arm.pat, arm.body.as_ref()) else {
            continue;
        };
        let (Some(variant), syn::Lit::Str(wire)) = (pat.path.segments.last(), &lit.lit) else {
            continue;
        };
        if let Some(v) = out.entries.get_mut(&format!("{owner}::{}", variant.ident)) {
            v.wire = Some(wire.value());
        }
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
        if f.sig.ident == "as_str" {
            wire_names(f, &owner, out);
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

pub(super) fn join(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_string()
    } else {
        format!("{module}::{name}")
    }
}
