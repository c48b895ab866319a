//! The spec's string enums as open enums: every component schema that is a
//! `type: string` with an `enum` becomes a Rust enum with one variant per
//! listed value plus `Other(String)`, and the impls that read and write it
//! (`crates/callbell/docs/open_enums.md` explains them to users).

use proc_macro2::{Span, TokenStream};
use quote::quote;
use serde_json::Value;
use syn::{Ident, Item, parse_quote};

use crate::spec::{self, Spec, SpecError};

/// One open enum: its schema and its listed values.
#[derive(Clone, Debug)]
pub struct OpenEnum {
    /// The component schema's name, also the Rust type's name.
    pub schema: String,
    /// The schema's description.
    pub description: Option<String>,
    /// `(variant, wire value)` in the spec's order; never empty ([`collect`]
    /// refuses an enum without values).
    pub variants: Vec<(String, String)>,
}

impl OpenEnum {
    /// The Rust path the generated types name it by.
    pub fn rust_path(&self) -> String {
        format!("crate::types::{}", self.schema)
    }
}

/// Every string enum among the spec's component schemas, in name order.
pub fn collect(spec: &Spec) -> Result<Vec<OpenEnum>, SpecError> {
    let Some(schemas) = spec
        .json
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (name, schema) in schemas {
        if schema.get("type").and_then(Value::as_str) != Some("string") {
            continue;
        }
        let Some(values) = schema.get("enum").and_then(Value::as_array) else {
            continue;
        };
        let pointer = format!("/components/schemas/{}/enum", spec::escape(name));
        if !is_rust_type_name(name) {
            return Err(spec.error_at(
                &pointer,
                format!("string enum `{name}` cannot be a Rust type name"),
            ));
        }
        let mut variants: Vec<(String, String)> = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let Some(wire) = value.as_str() else {
                return Err(spec.error_at(
                    &format!("{pointer}/{i}"),
                    format!("value {value} of string enum `{name}` is not a string"),
                ));
            };
            let variant = variant_name(wire);
            if variant == "Other" {
                return Err(spec.error_at(
                    &format!("{pointer}/{i}"),
                    format!(
                        "`{wire}` would be named `Other`, which open enums keep for unknown values"
                    ),
                ));
            }
            if let Some((_, earlier)) = variants.iter().find(|(v, _)| *v == variant) {
                return Err(spec.error_at(
                    &format!("{pointer}/{i}"),
                    format!(
                        "`{wire}` and `{earlier}` of `{name}` would both be the variant `{variant}`"
                    ),
                ));
            }
            variants.push((variant, wire.to_string()));
        }
        if variants.is_empty() {
            return Err(spec.error_at(&pointer, format!("string enum `{name}` lists no value")));
        }
        out.push(OpenEnum {
            schema: name.clone(),
            description: schema
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_string),
            variants,
        });
    }
    out.sort_by(|a, b| a.schema.cmp(&b.schema));
    Ok(out)
}

/// The variant name of a wire value: `in_progress` → `InProgress`,
/// `whatsapp` → `Whatsapp`; a leading digit gets a `V`, an empty value is `Empty`.
pub fn variant_name(wire: &str) -> String {
    let mut name = String::new();
    for word in wire.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    if name.is_empty() {
        return "Empty".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    name
}

fn is_rust_type_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `#[doc]` attributes, one per line of `text`, as `///` comments write them.
fn doc_lines(text: &str) -> TokenStream {
    let lines = text.trim_end().lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The items of `generated/open_enums.rs`: each enum with its impls.
pub fn items(enums: &[OpenEnum]) -> Vec<Item> {
    enums.iter().flat_map(open_enum).collect()
}

fn open_enum(open: &OpenEnum) -> Vec<Item> {
    let name = Ident::new(&open.schema, Span::call_site());
    let schema = &open.schema;
    let (first_variant, first_wire) = &open.variants[0];
    let description = open
        .description
        .clone()
        .unwrap_or_else(|| format!("The spec's `{schema}`."));
    let doc = doc_lines(&format!(
        "{}\n\n\
         Open: a value the spec does not list reads as `Other(raw)` and is\n\
         written back unchanged. Build values from text with\n\
         `{schema}::from(text)` or `text.parse::<{schema}>()`:\n\
         they map a listed value to its variant, so parsing and `From`\n\
         never produce `Other({first_wire:?})`. A hand-built `Other` holding a listed\n\
         value serializes the same but compares unequal to its variant (`Other({first_wire:?})`\n\
         `!=` `{first_variant}`); pass it through `From<&str>` to normalise it.",
        description.trim_end()
    ));
    let variants: Vec<Ident> = open
        .variants
        .iter()
        .map(|(v, _)| Ident::new(v, Span::call_site()))
        .collect();
    let wires: Vec<&str> = open.variants.iter().map(|(_, w)| w.as_str()).collect();
    let variant_docs = wires.iter().map(|w| format!(" `{w}`."));
    let expecting = format!("a string ({schema})");
    let schema_doc = format!("One of {wires:?}, or a value added to the API later.");
    let file: syn::File = parse_quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this version of the crate does not know, kept as sent.
            /// Parsing and `From` never put a listed value here (see the type's docs).
            Other(String),
        }

        impl #name {
            /// The name of the spec's component schema this type stands for.
            pub const SCHEMA: &'static str = #schema;
            /// The values the spec lists, in its order.
            pub const KNOWN: &'static [&'static str] = &[#(#wires),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wires, )*
                    Self::Other(raw) => raw,
                }
            }

            /// Whether the value is one the spec lists (not [`Self::Other`]).
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }

            /// The variant of a listed value.
            fn listed(s: &str) -> Option<Self> {
                match s {
                    #( #wires => Some(Self::#variants), )*
                    _ => None,
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }

        impl From<&str> for #name {
            fn from(s: &str) -> Self {
                Self::listed(s).unwrap_or_else(|| Self::Other(s.to_string()))
            }
        }

        impl From<String> for #name {
            fn from(s: String) -> Self {
                Self::listed(&s).unwrap_or(Self::Other(s))
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl ::serde::de::Visitor<'_> for Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<#name, E> {
                        Ok(#name::from(v))
                    }
                    fn visit_string<E: ::serde::de::Error>(self, v: String) -> Result<#name, E> {
                        Ok(#name::from(v))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        #[cfg(feature = "schemars")]
        impl ::schemars::JsonSchema for #name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                #schema.into()
            }

            /// Any string: the listed values are documented, others are accepted.
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({ "type": "string", "description": #schema_doc })
            }
        }
    };
    file.items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_follow_the_wire_values() {
        assert_eq!(variant_name("in_progress"), "InProgress");
        assert_eq!(variant_name("whatsapp"), "Whatsapp");
        assert_eq!(variant_name("bot-start"), "BotStart");
        assert_eq!(variant_name("2fa"), "V2fa");
        assert_eq!(variant_name(""), "Empty");
    }

    #[test]
    fn the_project_spec_has_its_string_enums_open() {
        let spec = spec::load(
            &crate::paths::workspace_root().join(crate::paths::SPEC),
            crate::paths::SPEC,
        )
        .unwrap();
        let enums = collect(&spec).unwrap();
        let source = enums.iter().find(|e| e.schema == "Source").unwrap();
        assert_eq!(source.variants[0], ("Whatsapp".into(), "whatsapp".into()));
        assert!(enums.iter().any(|e| e.schema == "BotStatus"));
        let file = syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: items(&enums),
        };
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("pub enum Source {\n    /// `whatsapp`.\n    Whatsapp,\n"),
            "{text}"
        );
        assert!(
            text.contains("\"whatsapp\" => Some(Self::Whatsapp),"),
            "{text}"
        );
        assert!(
            text.contains("/// never produce `Other(\"whatsapp\")`."),
            "{text}"
        );
    }

    #[test]
    fn clashing_variants_are_refused_with_their_place() {
        let text = crate::paths::workspace_root().join(crate::paths::SPEC);
        let text = std::fs::read_to_string(text)
            .unwrap()
            .replace("enum: [bot_start, bot_end]", "enum: [bot_start, bot-start]");
        let spec = spec::parse(&text, "spec.yaml").unwrap();
        let err = collect(&spec).unwrap_err().to_string();
        assert!(err.contains("spec.yaml"), "{err}");
        assert!(err.contains("`BotStart`"), "{err}");
    }
}
