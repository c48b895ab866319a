//! `generated/types.rs` and one file per type in `generated/types/`: a
//! schema's struct or enum, its impls and its builder. rustc's incremental
//! build reuses what it checked and compiled for a file whose text did not
//! move, so after an edit of one schema it redoes that schema's file (and
//! what uses the type), not every derive of every type below it in a shared
//! file. `types.rs` re-exports everything, so paths stay `types::Contact`
//! and `types::builder::Contact`.

use std::collections::BTreeSet;

use proc_macro2::Span;
use syn::{GenericArgument, Ident, Item, PathArguments, Type, parse_quote};

/// The folder of the per-type files, beside `types.rs`.
pub const DIR: &str = "types";

/// One type's file: its module name and its items, builder items apart.
pub struct TypeFile {
    /// The module (and file stem), the type's name in snake case.
    pub module: String,
    /// The type's name.
    pub name: String,
    /// The type, its impls and the impls naming it.
    pub items: Vec<Item>,
    /// Its builder and the builder's impls (from the `builder` module).
    pub builder: Vec<Item>,
}

/// Splits the items of the `types` module: what stays in `types.rs`
/// (modules other than `builder`, imports, impls of no generated type)
/// and one [`TypeFile`] per struct, enum or alias, in their order.
pub fn split(items: Vec<Item>) -> (Vec<Item>, Vec<TypeFile>) {
    let names: Vec<String> = items.iter().filter_map(defined_name).collect();
    let known: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    let mut files: Vec<TypeFile> = names
        .iter()
        .map(|name| TypeFile {
            module: module_name(name),
            name: name.clone(),
            items: Vec::new(),
            builder: Vec::new(),
        })
        .collect();
    let index = |name: &str| names.iter().position(|n| n == name);
    let mut root = Vec::new();
    for item in items {
        match item {
            Item::Mod(m) if m.ident == "builder" => {
                for inner in m.content.map(|(_, items)| items).unwrap_or_default() {
                    match owner(&inner, &known).and_then(index) {
                        Some(i) => files[i].builder.push(inner),
                        None => root.push(inner),
                    }
                }
            }
            item => match owner(&item, &known).and_then(index) {
                Some(i) => files[i].items.push(item),
                None => root.push(item),
            },
        }
    }
    (root, files)
}

/// The items of `types.rs`: the per-type modules and their re-exports, the
/// `builder` module re-exporting every builder, then `root`.
pub fn root_items(root: Vec<Item>, files: &[TypeFile]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for file in files {
        let module = ident(&file.module);
        let doc = format!("`{}`, its impls and its builder.", file.name);
        items.push(parse_quote!(#[doc = #doc] mod #module;));
        items.push(parse_quote!(pub use #module::*;));
    }
    let builders = files
        .iter()
        .filter(|file| !file.builder.is_empty())
        .map(|file| ident(&file.module));
    items.push(parse_quote! {
        /// Types for composing complex structures.
        pub mod builder {
            #(pub use super::#builders::builder::*;)*
        }
    });
    items.extend(root);
    items
}

/// The items of one type's file.
pub fn file_items(file: TypeFile) -> Vec<Item> {
    let mut items: Vec<Item> = vec![parse_quote! {
        #[allow(unused_imports)]
        use super::*;
    }];
    items.extend(file.items);
    if !file.builder.is_empty() {
        let builder = file.builder;
        items.push(parse_quote! {
            pub mod builder {
                #(#builder)*
            }
        });
    }
    items
}

/// The name a struct, enum or alias defines.
fn defined_name(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The generated type an item belongs to: the one it defines, else the
/// type an impl is for, else a generated type among the impl's trait
/// arguments (`impl From<CustomFields> for BTreeMap<..>`).
fn owner<'a>(item: &Item, known: &BTreeSet<&'a str>) -> Option<&'a str> {
    let find = |name: String| known.get(name.as_str()).copied();
    match item {
        Item::Impl(imp) => last_ident(&imp.self_ty).and_then(find).or_else(|| {
            let (_, trait_path, _) = imp.trait_.as_ref()?;
            let PathArguments::AngleBracketed(args) = &trait_path.segments.last()?.arguments else {
                return None;
            };
            args.args.iter().find_map(|arg| match arg {
                GenericArgument::Type(ty) => last_ident(ty).and_then(find),
                _ => None,
            })
        }),
        other => defined_name(other).and_then(find),
    }
}

/// The last segment of a path type (`super::Contact` → `Contact`).
fn last_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        Type::Reference(r) => last_ident(&r.elem),
        _ => None,
    }
}

/// `ContactList` → `contact_list`; names that are keywords or that `types`
/// already uses (`builder`, `error`) get a trailing `_`.
fn module_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let after_lower =
                i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let acronym_end = i > 0
                && chars[i - 1].is_uppercase()
                && chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if after_lower || acronym_end {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(*c);
        }
    }
    if matches!(out.as_str(), "builder" | "error") || syn::parse_str::<Ident>(&out).is_err() {
        out.push('_');
    }
    out
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn module_names_are_snake_case_and_never_a_keyword_or_taken() {
        assert_eq!(module_name("ContactList"), "contact_list");
        assert_eq!(module_name("ApiError"), "api_error");
        assert_eq!(module_name("HTTPStatus2Code"), "http_status2_code");
        assert_eq!(module_name("Type"), "type_");
        assert_eq!(module_name("Builder"), "builder_");
        assert_eq!(module_name("Error"), "error_");
    }

    #[test]
    fn each_type_takes_its_impls_and_builder_and_the_rest_stays() {
        let file: syn::File = parse_quote! {
            pub struct Contact { pub name: String }
            impl Contact { pub fn builder() -> builder::Contact { Default::default() } }
            pub enum Source { A }
            impl ::std::convert::From<Source> for ::std::string::String { fn from(_: Source) -> Self { todo!() } }
            pub type ContactOrList = crate::types::OneOrList<Contact>;
            impl ::std::convert::From<&Self> for Contact { fn from(v: &Self) -> Self { v.clone() } }
            pub mod builder {
                pub struct Contact { name: Result<String, String> }
                impl ::std::convert::TryFrom<Contact> for super::Contact {
                    type Error = super::error::ConversionError;
                    fn try_from(v: Contact) -> Result<Self, Self::Error> { todo!() }
                }
            }
            pub mod error { pub struct ConversionError; }
        };
        let (root, files) = split(file.items);
        let names: Vec<_> = files
            .iter()
            .map(|f| (f.module.as_str(), f.items.len(), f.builder.len()))
            .collect();
        assert_eq!(
            names,
            [
                ("contact", 3, 2),
                ("source", 2, 0),
                ("contact_or_list", 1, 0)
            ]
        );
        assert_eq!(root.len(), 1, "the error module");

        let types = syn::File {
            shebang: None,
            attrs: vec![],
            items: root_items(root, &files),
        };
        let text = types.to_token_stream().to_string();
        assert!(text.contains("mod contact ;"), "{text}");
        assert!(text.contains("pub use contact :: * ;"), "{text}");
        assert!(
            text.contains("pub mod builder { pub use super :: contact :: builder :: * ; }"),
            "{text}"
        );

        let contact = files.into_iter().next().unwrap();
        let text = syn::File {
            shebang: None,
            attrs: vec![],
            items: file_items(contact),
        }
        .to_token_stream()
        .to_string();
        assert!(
            text.starts_with("# [allow (unused_imports)] use super :: * ;"),
            "{text}"
        );
        assert!(
            text.contains("pub mod builder { pub struct Contact"),
            "{text}"
        );
    }
}
