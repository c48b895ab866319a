//! Optional properties that accept `null`: three states, absent, `null` and
//! a value.
//!
//! typify reads an optional `nullable` property as an `Option<T>` skipped
//! when `None`, so `"avatarUrl": null` sent by Callbell is read as `None` and
//! left out on the way back, and a request cannot send an explicit `null`
//! apart from leaving the key out. Each such field of a component schema
//! becomes an `Option<Option<T>>`: `None` is absent (not written), `Some(None)`
//! is `null`, `Some(Some(v))` a value. Reading goes through
//! `crate::types::nullable::deserialize` (a `null` becomes `Some(None)`),
//! writing is serde's own. Its builder field and setter follow (see
//! [`super::setters`] for the setters users see). A required nullable
//! property stays an `Option<T>` written as `null` when `None`.
//!
//! The properties come from the spec as written, not from the copy handed to
//! progenitor, where optional collections are marked `nullable` only to keep
//! `[]` apart from absent (see [`super::collections`]).

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use serde_json::Value;
use syn::punctuated::Punctuated;
use syn::{
    Field, Fields, GenericArgument, ImplItem, Item, Meta, PathArguments, Token, Type,
    TypeParamBound, WherePredicate, parse_quote,
};

/// The hand-written function that reads a tri-state field.
const DESERIALIZE: &str = "crate::types::nullable::deserialize";

/// An optional property that accepts `null`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriState {
    /// The component schema, which is also the Rust struct's name.
    pub schema: String,
    /// The property's JSON name.
    pub property: String,
}

impl TriState {
    /// The JSON pointer of the property in the spec.
    pub fn pointer(&self) -> String {
        format!(
            "/components/schemas/{}/properties/{}",
            crate::spec::escape(&self.schema),
            crate::spec::escape(&self.property)
        )
    }
}

/// Every optional property of a component schema that accepts `null`:
/// `nullable: true`, a `$ref` to a schema that does, or a `oneOf`/`anyOf`
/// with a branch that does.
pub fn tri_states(spec: &Value) -> Vec<TriState> {
    let Some(Value::Object(schemas)) = spec.pointer("/components/schemas") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (schema, body) in schemas {
        let Some(Value::Object(properties)) = body.get("properties") else {
            continue;
        };
        let required: Vec<&str> = body
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (property, property_schema) in properties {
            if !required.contains(&property.as_str()) && accepts_null(spec, property_schema, 0) {
                found.push(TriState {
                    schema: schema.clone(),
                    property: property.clone(),
                });
            }
        }
    }
    found
}

/// Whether `schema` lets `null` through (references followed a few levels deep).
fn accepts_null(spec: &Value, schema: &Value, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        return true;
    }
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        return crate::spec::resolve_ref(spec, target)
            .is_some_and(|resolved| accepts_null(spec, resolved, depth + 1));
    }
    ["oneOf", "anyOf"].iter().any(|key| {
        schema
            .get(*key)
            .and_then(Value::as_array)
            .is_some_and(|branches| branches.iter().any(|b| accepts_null(spec, b, depth + 1)))
    })
}

/// Makes each of `tri_states` an `Option<Option<T>>` in its struct, its
/// builder's field and its builder's setter bound. Names the first property
/// whose field is not where it should be.
pub fn apply(items: &mut [Item], tri_states: &[TriState]) -> Result<(), (TriState, String)> {
    for tri_state in tri_states {
        let fail = |message: &str| (tri_state.clone(), message.to_string());
        let item = items
            .iter_mut()
            .find_map(|item| match item {
                Item::Struct(s) if s.ident == tri_state.schema => Some(s),
                _ => None,
            })
            .ok_or_else(|| fail("no generated struct has the schema's name"))?;
        let Fields::Named(fields) = &mut item.fields else {
            return Err(fail("the generated struct has no named fields"));
        };
        let is_the_field = |f: &Field| json_name(f).as_deref() == Some(tri_state.property.as_str());
        let rust_name = fields
            .named
            .iter()
            .find(|f| is_the_field(f))
            .ok_or_else(|| fail("the generated struct has no field for the property"))?
            .ident
            .as_ref()
            .map(ToString::to_string)
            .ok_or_else(|| fail("the generated field has no name"))?;
        let null_setter = format!("{rust_name}_null");
        if fields
            .named
            .iter()
            .any(|f| f.ident.as_ref().is_some_and(|i| *i == null_setter))
        {
            return Err(fail(&format!(
                "its builder's `{null_setter}()` setter would clash with the field `{null_setter}`"
            )));
        }
        let Some(field) = fields.named.iter_mut().find(|f| is_the_field(f)) else {
            return Err(fail("the generated struct has no field for the property"));
        };
        let inner = option_inner(&field.ty)
            .ok_or_else(|| fail("the generated field is not an `Option`"))?;
        field.ty = parse_quote!(::std::option::Option<::std::option::Option<#inner>>);
        let serde = field
            .attrs
            .iter_mut()
            .find_map(|a| match &mut a.meta {
                Meta::List(list) if list.path.is_ident("serde") => Some(list),
                _ => None,
            })
            .ok_or_else(|| fail("the generated field has no serde attribute"))?;
        serde
            .tokens
            .extend(quote!(, default, deserialize_with = #DESERIALIZE));
        let doc = "`None`: absent (not written); `Some(None)`: `null`; `Some(Some(_))`: a value.";
        match field.attrs.iter().rposition(|a| a.path().is_ident("doc")) {
            Some(last) => {
                field.attrs.insert(last + 1, parse_quote!(#[doc = #doc]));
                field.attrs.insert(last + 1, parse_quote!(#[doc = ""]));
            }
            None => field.attrs.insert(0, parse_quote!(#[doc = #doc])),
        }

        builder(items, &tri_state.schema, &rust_name).map_err(|m| fail(&m))?;
    }
    Ok(())
}

/// Wraps the builder field `name` of `schema` and its setter's bound in one
/// more `Option`.
fn builder(items: &mut [Item], schema: &str, name: &str) -> Result<(), String> {
    let module = items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "builder" => m.content.as_mut().map(|(_, c)| c),
            _ => None,
        })
        .ok_or("there is no `builder` module")?;
    let mut field_done = false;
    let mut setter_done = false;
    for item in module.iter_mut() {
        match item {
            Item::Struct(s) if s.ident == schema => {
                let Fields::Named(fields) = &mut s.fields else {
                    continue;
                };
                for field in fields.named.iter_mut() {
                    if field.ident.as_ref().is_some_and(|i| i == name) {
                        // `Result<Option<T>, String>` → `Result<Option<Option<T>>, String>`.
                        let ok = first_generic_mut(&mut field.ty)
                            .ok_or("the builder field is not a `Result`")?;
                        wrap_in_option(ok);
                        field_done = true;
                    }
                }
            }
            Item::Impl(block) if block.trait_.is_none() && is_named(&block.self_ty, schema) => {
                for impl_item in block.items.iter_mut() {
                    let ImplItem::Fn(setter) = impl_item else {
                        continue;
                    };
                    if setter.sig.ident != name {
                        continue;
                    }
                    let target = setter
                        .sig
                        .generics
                        .where_clause
                        .as_mut()
                        .and_then(|clause| {
                            clause.predicates.iter_mut().find_map(|p| match p {
                                WherePredicate::Type(p) => p.bounds.iter_mut().find_map(|b| {
                                    let TypeParamBound::Trait(t) = b else {
                                        return None;
                                    };
                                    let last = t.path.segments.last_mut()?;
                                    (last.ident == "TryInto").then_some(())?;
                                    first_generic_in(&mut last.arguments)
                                }),
                                _ => None,
                            })
                        })
                        .ok_or("the builder setter has no `TryInto` bound")?;
                    wrap_in_option(target);
                    setter_done = true;
                }
            }
            _ => {}
        }
    }
    match (field_done, setter_done) {
        (true, true) => Ok(()),
        (false, _) => Err("the builder has no field for the property".into()),
        (_, false) => Err("the builder has no setter for the property".into()),
    }
}

/// The property name serde reads: `rename = "..."`, else the field's name.
fn json_name(field: &Field) -> Option<String> {
    for attr in &field.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let Ok(metas) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        else {
            continue;
        };
        for meta in metas {
            if let Meta::NameValue(nv) = meta
                && nv.path.is_ident("rename")
                && let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = nv.value
            {
                return Some(s.value());
            }
        }
    }
    field.ident.as_ref().map(|i| {
        let name = i.to_string();
        name.strip_prefix("r#").map(str::to_string).unwrap_or(name)
    })
}

fn is_named(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name))
}

/// `T` when `ty` is an `Option<T>` (as tokens: syn is built without `clone-impls`).
fn option_inner(ty: &Type) -> Option<TokenStream> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>().as_slice() {
        [GenericArgument::Type(t)] => Some(t.to_token_stream()),
        _ => None,
    }
}

fn first_generic_mut(ty: &mut Type) -> Option<&mut Type> {
    let Type::Path(path) = ty else { return None };
    first_generic_in(&mut path.path.segments.last_mut()?.arguments)
}

fn first_generic_in(arguments: &mut PathArguments) -> Option<&mut Type> {
    let PathArguments::AngleBracketed(args) = arguments else {
        return None;
    };
    args.args.iter_mut().find_map(|a| match a {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

fn wrap_in_option(ty: &mut Type) {
    let inner = ty.to_token_stream();
    *ty = parse_quote!(::std::option::Option<#inner>);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn optional_properties_that_accept_null_are_found() {
        let spec = json!({"components": {"schemas": {
            "Note": {"type": "string", "nullable": true},
            "C": {
                "type": "object",
                "required": ["kept"],
                "properties": {
                    "kept": {"type": "string", "nullable": true},
                    "plain": {"type": "string"},
                    "direct": {"type": "string", "nullable": true},
                    "viaRef": {"$ref": "#/components/schemas/Note"},
                    "branch": {"oneOf": [{"type": "boolean"}, {"type": "string", "nullable": true}]},
                    "tags": {"type": "array", "items": {"type": "string"}}
                }
            }
        }}});
        let names: Vec<String> = tri_states(&spec).into_iter().map(|t| t.property).collect();
        assert_eq!(names, ["branch", "direct", "viaRef"]);
    }

    #[test]
    fn a_tri_state_field_its_builder_field_and_setter_bound_gain_an_option() {
        let mut file: syn::File = parse_quote! {
            pub struct Contact {
                ///Where the avatar is.
                #[serde(rename = "avatarUrl", skip_serializing_if = "::std::option::Option::is_none")]
                pub avatar_url: ::std::option::Option<::std::string::String>,
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub href: ::std::option::Option<::std::string::String>,
            }
            pub mod builder {
                pub struct Contact {
                    avatar_url: ::std::result::Result<::std::option::Option<::std::string::String>, ::std::string::String>,
                }
                impl Contact {
                    pub fn avatar_url<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.avatar_url = value.try_into().map_err(|e| format!("x: {e}"));
                        self
                    }
                }
            }
        };
        let avatar = TriState {
            schema: "Contact".into(),
            property: "avatarUrl".into(),
        };
        apply(&mut file.items, &[avatar]).unwrap();
        let code = file.to_token_stream().to_string().replace(' ', "");
        let double = "::std::option::Option<::std::option::Option<::std::string::String>>";
        assert_eq!(code.matches(double).count(), 3, "{code}");
        assert!(
            code.contains(
                "skip_serializing_if=\"::std::option::Option::is_none\",default,deserialize_with=\"crate::types::nullable::deserialize\""
            ),
            "{code}"
        );
        assert!(
            code.contains("pubhref:::std::option::Option<::std::string::String>"),
            "{code}"
        );

        let mut clash: syn::File = parse_quote! {
            pub struct C {
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub x: ::std::option::Option<::std::string::String>,
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub x_null: ::std::option::Option<bool>,
            }
        };
        let x = TriState {
            schema: "C".into(),
            property: "x".into(),
        };
        let (_, message) = apply(&mut clash.items, &[x]).unwrap_err();
        assert!(
            message.contains("`x_null()` setter would clash"),
            "{message}"
        );

        let missing = TriState {
            schema: "Contact".into(),
            property: "nickname".into(),
        };
        let (which, message) = apply(&mut file.items, std::slice::from_ref(&missing)).unwrap_err();
        assert_eq!(which, missing);
        assert!(message.contains("no field"), "{message}");
        assert_eq!(
            which.pointer(),
            "/components/schemas/Contact/properties/nickname"
        );
    }
}
