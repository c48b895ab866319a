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

pub(super) fn join(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_string()
    } else {
        format!("{module}::{name}")
    }
}
