//! `generated/webhooks.rs`: the spec's webhooks (`x-webhooks`) as
//! `WebhookEvent`, one variant per event, with its event names, its
//! dispatch from a parsed body and one accessor per payload type.
//!
//! Each webhook's `post` request body is a component schema. When that
//! schema has a `payload` property (Callbell's envelope:
//! `{"event": ..., "payload": ...}`), the variant carries the payload;
//! otherwise it carries the whole body.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::Value;
use syn::{Item, parse_quote};

use super::open_enums::variant_name;
use super::spec_json;
use super::tables::snake_case;
use crate::spec::{self, Spec, SpecError};

/// The name of the generated file.
pub const FILE: &str = "webhooks.rs";

/// One webhook of the spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// The event name, as sent in the body's `event` (`contact_created`).
    pub event: String,
    /// The `post` operation's summary.
    pub summary: String,
    /// The component schema of the whole body (`ContactEvent`).
    pub body: String,
    /// The component schema of its `payload` property, when it has one.
    pub payload: Option<String>,
}

/// The webhooks of `spec`, in the spec's order (none without `x-webhooks`:
/// `WebhookEvent` is then an empty enum).
pub fn collect(spec: &Spec) -> Result<Vec<Webhook>, SpecError> {
    let Some(hooks) = spec.json.get("x-webhooks") else {
        return Ok(Vec::new());
    };
    let Some(hooks) = hooks.as_object() else {
        return Err(spec.error_at("/x-webhooks", "`x-webhooks` must be a mapping"));
    };
    // The JSON map is sorted; the YAML text has the spec's order.
    let yaml: serde_yaml::Value = serde_yaml::from_str(&spec.text).unwrap_or_default();
    let order: Vec<String> = yaml
        .get("x-webhooks")
        .and_then(serde_yaml::Value::as_mapping)
        .map(|m| {
            m.keys()
                .filter_map(|k| k.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let mut events: Vec<(&String, &Value)> = hooks.iter().collect();
    events.sort_by_key(|(event, _)| order.iter().position(|o| o == *event));
    let mut out: Vec<Webhook> = Vec::new();
    for (event, item) in events {
        let here = format!("/x-webhooks/{}", spec::escape(event));
        let variant = variant_name(event);
        if let Some(other) = out.iter().find(|w| variant_name(&w.event) == variant) {
            return Err(spec.error_at(
                &here,
                format!(
                    "webhook `{event}` and `{}` would both be the variant `{variant}`",
                    other.event
                ),
            ));
        }
        let post = format!("{here}/post");
        let schema_at = format!("{post}/requestBody/content/application~1json/schema/$ref");
        let body = item
            .pointer("/post/requestBody/content/application~1json/schema")
            .and_then(spec_json::component_name)
            .ok_or_else(|| {
                spec.error_at(
                    &post,
                    "a webhook needs a JSON request body that `$ref`s a component schema",
                )
            })?;
        let body_schema = spec
            .json
            .pointer(&format!("/components/schemas/{}", spec::escape(&body)))
            .ok_or_else(|| spec.error_at(&schema_at, format!("no component schema `{body}`")))?;
        let payload = match body_schema.pointer("/properties/payload") {
            None => None,
            Some(payload) => Some(spec_json::component_name(payload).ok_or_else(|| {
                spec.error_at(
                    &format!(
                        "/components/schemas/{}/properties/payload",
                        spec::escape(&body)
                    ),
                    "a webhook payload must `$ref` a component schema",
                )
            })?),
        };
        let summary = item
            .pointer("/post/summary")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string();
        out.push(Webhook {
            event: event.clone(),
            summary,
            body,
            payload,
        });
    }
    Ok(out)
}

/// The items of `generated/webhooks.rs`. `rust_type` gives the Rust type of
/// a component schema, or `None` when nothing stands for it.
pub fn items(
    spec: &Spec,
    hooks: &[Webhook],
    rust_type: impl Fn(&str) -> Option<String>,
) -> Result<Vec<Item>, SpecError> {
    let ty = |schema: &str| -> Result<TokenStream, SpecError> {
        let path = rust_type(schema).ok_or_else(|| {
            spec.error_at(
                &format!("/components/schemas/{}", spec::escape(schema)),
                format!("no Rust type stands for schema `{schema}`, which a webhook carries"),
            )
        })?;
        path.parse()
            .map_err(|_| spec.error_at("/x-webhooks", format!("`{path}` is not a Rust type path")))
    };
    let names: Vec<&str> = hooks.iter().map(|w| w.event.as_str()).collect();
    let variant = |w: &Webhook| Ident::new(&variant_name(&w.event), Span::call_site());
    let mut variants = Vec::new();
    let mut reads = Vec::new();
    let mut name_arms = Vec::new();
    let mut schema_arms = Vec::new();
    for w in hooks {
        let (event, body, v) = (&w.event, &w.body, variant(w));
        let body_ty = ty(body)?;
        let (carried, read) = match &w.payload {
            Some(payload) => (
                ty(payload)?,
                quote!(read::<#body_ty>(#event, body)?.payload),
            ),
            None => (body_ty.clone(), quote!(read::<#body_ty>(#event, body)?)),
        };
        let summary = w.summary.trim_end_matches('.');
        let doc = match &w.payload {
            Some(_) => {
                let path = rust_type(body).unwrap_or_default();
                format!(" `{event}`: {summary}. The `payload` of its body, a [`{body}`]({path}).")
            }
            None => format!(" `{event}`: {summary}."),
        };
        variants.push(quote! { #[doc = #doc] #v(#carried), });
        reads.push(quote! { #event => Ok(Self::#v(#read)), });
        name_arms.push(quote! { Self::#v(_) => #event, });
        schema_arms.push(quote! { #event => Some((#event, #body)), });
    }

    // One accessor per carried type, named after its schema.
    let mut carried: Vec<String> = Vec::new();
    for w in hooks {
        let schema = w.payload.clone().unwrap_or_else(|| w.body.clone());
        if !carried.contains(&schema) {
            carried.push(schema);
        }
    }
    let mut accessors = Vec::new();
    for schema in &carried {
        let with: Vec<&Webhook> = hooks
            .iter()
            .filter(|w| w.payload.as_ref().unwrap_or(&w.body) == schema)
            .collect();
        let method = Ident::new(&snake_case(schema), Span::call_site());
        let t = ty(schema)?;
        let vs = with.iter().map(|w| variant(w));
        let events = with
            .iter()
            .map(|w| format!("`{}`", w.event))
            .collect::<Vec<_>>()
            .join(" or ");
        let doc = format!(" The payload of a {events} event.");
        let rest = (with.len() < hooks.len()).then(|| quote!(_ => None,));
        accessors.push(quote! {
            #[doc = #doc]
            pub fn #method(&self) -> Option<&#t> {
                match *self {
                    #(Self::#vs(ref payload))|* => Some(payload),
                    #rest
                }
            }
        });
    }

    let all_variants: Vec<Ident> = hooks.iter().map(variant).collect();
    let file: syn::File = parse_quote! {
        use crate::webhook::event::{event_name, read, WebhookError};

        /// A webhook of the spec, read: one variant per event, carrying its payload.
        ///
        /// Read one with [`from_slice`](Self::from_slice), or
        /// `from_slice_strict` (feature `validate`).
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum WebhookEvent {
            #(#variants)*
        }

        impl WebhookEvent {
            /// The event names this version of the crate reads, in the spec's order.
            pub const EVENTS: &'static [&'static str] = &[#(#names),*];

            /// The event's name on the wire (`contact_created`, ...).
            pub fn name(&self) -> &'static str {
                match *self {
                    #(#name_arms)*
                }
            }

            /// Reads a webhook body that is already parsed (see
            /// [`from_slice`](Self::from_slice) for the errors).
            pub fn from_value(body: ::serde_json::Value) -> Result<Self, WebhookError> {
                match event_name(&body)? {
                    #(#reads)*
                    other => Err(WebhookError::UnknownEvent { event: other.to_string() }),
                }
            }

            /// What the event carries (its body's `payload`), as JSON: what
            /// a receiver that forwards events writes out. (A generated type
            /// always serializes; `null` would stand for one that did not.)
            pub fn payload_json(&self) -> ::serde_json::Value {
                let value = match *self {
                    #(Self::#all_variants(ref payload) => ::serde_json::to_value(payload),)*
                };
                value.unwrap_or_default()
            }

            /// `event` as one of [`EVENTS`](Self::EVENTS), with the
            /// component schema of its body; `None` for another event.
            #[allow(dead_code)]
            pub(crate) fn body_schema(event: &str) -> Option<(&'static str, &'static str)> {
                match event {
                    #(#schema_arms)*
                    _ => None,
                }
            }

            #(#accessors)*
        }
    };
    Ok(file.items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_spec_has_its_contact_webhooks() {
        let spec = spec::load(
            &crate::paths::workspace_root().join(crate::paths::SPEC),
            crate::paths::SPEC,
        )
        .unwrap();
        let hooks = collect(&spec).unwrap();
        let found: Vec<(&str, &str, Option<&str>)> = hooks
            .iter()
            .map(|w| (w.event.as_str(), w.body.as_str(), w.payload.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("contact_created", "ContactEvent", Some("Contact")),
                ("contact_updated", "ContactEvent", Some("Contact")),
                (
                    "contact_deleted",
                    "ContactDeletedEvent",
                    Some("DeletedContact")
                ),
            ]
        );
    }

    #[test]
    fn a_webhook_without_a_schema_body_is_refused_with_its_place() {
        let text = std::fs::read_to_string(crate::paths::workspace_root().join(crate::paths::SPEC))
            .unwrap()
            .replace(
                "              $ref: \"#/components/schemas/ContactDeletedEvent\"",
                "              type: object",
            );
        let spec = spec::parse(&text, "edited.yaml").unwrap();
        let err = collect(&spec).unwrap_err().to_string();
        assert!(err.starts_with("edited.yaml:"), "{err}");
        assert!(err.contains("$ref"), "{err}");
    }

    #[test]
    fn a_spec_without_webhooks_gives_an_empty_enum_whose_matches_are_empty() {
        let text = std::fs::read_to_string(crate::paths::workspace_root().join(crate::paths::SPEC))
            .unwrap();
        let cut = text.find("\nx-webhooks:").unwrap();
        let end = text[cut + 1..].find("\ncomponents:").unwrap() + cut + 1;
        let text = format!("{}{}", &text[..cut], &text[end..]);
        let spec = spec::parse(&text, "edited.yaml").unwrap();
        let hooks = collect(&spec).unwrap();
        assert!(hooks.is_empty());
        let items = items(&spec, &hooks, |schema| {
            Some(format!("crate::types::{schema}"))
        })
        .unwrap();
        let code = prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: vec![],
            items,
        });
        assert!(code.contains("pub enum WebhookEvent {}"), "{code}");
        assert!(code.contains("match *self {}"), "{code}");
        assert!(
            code.contains("pub const EVENTS: &'static [&'static str] = &[];"),
            "{code}"
        );
    }
}
