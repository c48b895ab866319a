//! From progenitor's output to the files of `crates/callbell/src/generated/`,
//! one module per job:
//!
//! - [`collections`]: the spec progenitor sees (optional arrays and maps keep
//!   "empty" apart from "absent");
//! - [`open_enums`]: the spec's string enums, open to values added later;
//! - [`nullable`]: optional properties that accept `null` keep it apart from
//!   "absent";
//! - [`attributes`]: `#[non_exhaustive]`, and `JsonSchema` behind a feature;
//! - [`setters`]: type builders whose optional setters take plain values;
//! - [`status_arms`]: the client's error statuses that are read alike share
//!   one `match` arm (one await point per request instead of one per status);
//! - [`tables`]: the schema list and the operation table;
//! - [`operations`]: one builder method per operation on `Callbell`;
//! - [`webhooks`]: `WebhookEvent`, one variant per webhook of the spec;
//! - [`type_files`]: `types.rs` and one file per type in `types/`;
//! - [`fake`], [`cli`]: the fake's operation table and the CLI's
//!   subcommands, written into their own crates;
//! - this module: the split into `types.rs` (serde only, always compiled)
//!   and `client.rs` (progenitor's `Client`, behind the `client` feature).

pub mod attributes;
pub mod cli;
pub mod collections;
pub mod fake;
pub mod nullable;
pub mod one_or_list;
pub mod open_enums;
pub mod operations;
pub mod setters;
pub mod spec_json;
pub mod status_arms;
pub mod tables;
pub mod type_files;
pub mod webhooks;

use syn::{Item, parse_quote};

use crate::spec::{Spec, SpecError};
use open_enums::OpenEnum;

/// The first lines of every generated file.
pub const HEADER: &str = "\
// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/) and run `cargo xtask codegen` again.
";

/// The name of the generated client file (progenitor's `Client` and builders).
pub const CLIENT_FILE: &str = "client.rs";

/// One generated Rust file: its name inside the output directory, its text.
#[derive(Clone, Debug, PartialEq)]
pub struct GeneratedFile {
    /// `types.rs`, `types/contact.rs`, `client.rs`, ... (relative to the output folder).
    pub name: String,
    /// The whole file, header included.
    pub content: String,
}

/// Turns progenitor's file into the generated files.
pub fn files(
    spec: &Spec,
    enums: &[OpenEnum],
    replacements: &[(&str, &str)],
    progenitor: syn::File,
) -> Result<Vec<GeneratedFile>, SpecError> {
    let (mut types, mut client) = split(progenitor);
    nullable::apply(&mut types, &nullable::tri_states(&spec.json)).map_err(
        |(property, message)| {
            spec.error_at(
                &property.pointer(),
                format!("cannot keep `null` apart from absent here: {message}"),
            )
        },
    )?;
    attributes::apply(&mut types);
    attributes::apply(&mut client);
    status_arms::apply(&mut client);
    setters::apply(&mut types);
    types.extend(one_or_list::items(&one_or_list::collect(&spec.json)));

    let defined = defined_types(&types);
    let client_code = render(
        "The generated client: `Client` and one request builder per operation \
         (cargo feature `client`).",
        client,
    )
    // progenitor's usage snippets are fragments, not compilable doctests:
    // show them as text instead of leaving ignored tests in every run.
    .replace("```ignore", "```text");
    let (macros, tables) = tables::items(spec, enums, replacements, &defined, &client_code)?;
    let rust_type = |schema: &str| match replacements.iter().find(|(name, _)| *name == schema) {
        Some((_, rust)) => Some(rust.to_string()),
        None => defined
            .iter()
            .any(|name| name == schema)
            .then(|| format!("crate::types::{schema}")),
    };
    let hooks = webhooks::items(spec, &webhooks::collect(spec)?, rust_type)?;
    let (root, type_files) = type_files::split(types);
    let mut files = vec![GeneratedFile {
        name: "types.rs".into(),
        content: render(
            "Every request, response and webhook body of the spec, with serde derives \
             (one file per type in `types/`, re-exported here).",
            type_files::root_items(root, &type_files),
        ),
    }];
    for file in type_files {
        files.push(GeneratedFile {
            name: format!("{}/{}.rs", type_files::DIR, file.module),
            content: render(
                &format!("`{}`: the type, its impls and its builder.", file.name),
                type_files::file_items(file),
            ),
        });
    }
    files.extend([
        GeneratedFile {
            name: CLIENT_FILE.into(),
            content: client_code,
        },
        GeneratedFile {
            name: "open_enums.rs".into(),
            content: render(
                "The spec's string enums, open to values added later \
                 (see `crates/callbell/docs/open_enums.md`).",
                open_enums::items(enums),
            ),
        },
        GeneratedFile {
            name: "tables.rs".into(),
            content: format!(
                "{}{macros}",
                render(
                    "Spec facts the hand-written code looks up: schema list, operations.",
                    tables,
                )
            ),
        },
        GeneratedFile {
            name: webhooks::FILE.into(),
            content: render(
                "The spec's webhooks (`x-webhooks`): `WebhookEvent`, one variant per event \
                 (cargo feature `webhook`).",
                hooks,
            ),
        },
    ]);
    Ok(files)
}

/// The items of progenitor's `types` module, and everything else (the
/// client), which reaches the types through `super::types`.
fn split(file: syn::File) -> (Vec<Item>, Vec<Item>) {
    let mut types = Vec::new();
    let mut client: Vec<Item> = vec![parse_quote! {
        #[allow(unused_imports)]
        use super::types;
    }];
    for item in file.items {
        match item {
            Item::Mod(m) if m.ident == "types" && m.content.is_some() => {
                types.extend(m.content.map(|(_, items)| items).unwrap_or_default());
            }
            other => client.push(other),
        }
    }
    (types, client)
}

/// The names of the top-level structs, enums and aliases in `items`.
fn defined_types(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.to_string()),
            Item::Enum(e) => Some(e.ident.to_string()),
            Item::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// Header, module doc, then the formatted items.
fn render(doc: &str, items: Vec<Item>) -> String {
    let file = syn::File {
        shebang: None,
        attrs: vec![parse_quote!(#![doc = #doc])],
        items,
    };
    format!("{HEADER}\n{}", prettyplease::unparse(&file))
}
