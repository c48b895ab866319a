//! The operations of the spec as methods of `callbell::Callbell`, written to
//! `crates/callbell/src/generated/operations.rs`.
//!
//! Every operation becomes a method named as progenitor names it, returning
//! an owned builder (a `Callbell` clone and the values set) with one setter
//! per parameter and body, awaitable directly. Under it, the request is sent
//! by progenitor's builder through `Callbell::call` (hooks, retries, errors).
//!
//! Names and Rust types come from progenitor's own output, so the two never
//! disagree; the spec decides the rules:
//! - **paging**: a listing by [`spec_json::listing`] (an optional `page`
//!   query parameter, a success answer whose only property is an array, the
//!   rule the CLI's `--all` follows too) → `.pages()`, `.stream()`, `.collect_all()`;
//! - **unwrapping**: a success answer whose only property is required and a
//!   `$ref` to an object → that object (`ContactResponse` → its `contact`);
//!   when the referenced schema is "one X or a list of one X" (the rule of
//!   [`one_or_list`], which makes it an alias of `OneOrList<X>`), → X through `From`;
//! - **identifiers**: every string path parameter is refused when empty, `.`
//!   or `..` before anything is sent.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, Parameter, ReferenceOr, Response, Schema, SchemaKind, StatusCode, Type};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;

use crate::emit::{one_or_list, spec_json};

/// The first lines of the generated file.
pub const HEADER: &str = "\
// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/emit/operations.rs) and run `cargo xtask codegen` again.
";

/// The file's name in the directory of generated files.
pub const FILE: &str = "operations.rs";

/// Methods `Callbell` already has by hand: an operation named like one of
/// them could not be added.
const TAKEN: &[&str] = &[
    "builder", "from_env", "from_raw", "base_url", "raw", "into_raw", "call",
];

/// The operations file for `spec`, as `cargo xtask codegen` writes it.
#[cfg(test)]
pub fn render(spec: &OpenAPI) -> Result<String, String> {
    let json = serde_json::to_value(spec).map_err(|e| e.to_string())?;
    let spec = crate::spec::Spec {
        openapi: spec.clone(),
        json,
        text: String::new(),
        file: "spec".to_string(),
    };
    crate::codegen::generate(&spec)
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|file| file.name == FILE)
        .map(|file| file.content)
        .ok_or_else(|| "no operations file was generated".to_string())
}

/// The operations file for `spec`, given progenitor's client generated from
/// it (its `Client`, `builder` and `types` in one file).
pub fn emit(spec: &OpenAPI, json: &Value, client: &syn::File) -> Result<String, String> {
    let raw = Raw::read(client)?;
    let mut methods = Vec::new();
    let mut items = Vec::new();
    for operation in operations(spec, json, &raw)? {
        let (method, item) = operation.tokens();
        methods.push(method);
        items.push(item);
    }
    let tokens = quote! {
        //! Every operation of the spec as a method of [`Callbell`](crate::Callbell),
        //! returning a builder: set the parameters and body, then `.await` it
        //! (or `.send().await`, which needs no allocation of its own).
        //!
        //! Builders of paginated listings also offer `.pages()`, `.stream()`
        //! and `.collect_all()`, which go page after page, lazily.

        impl crate::Callbell {
            #(#methods)*
        }

        #(#items)*
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("the operations emitter produced code that does not parse: {e}"))?;
    Ok(format!("{HEADER}\n{}", prettyplease::unparse(&file)))
}

/// What progenitor generated: the client's methods, its builders and types.
struct Raw<'f> {
    /// `Client` method name → builder name.
    methods: Vec<(Ident, Ident)>,
    /// Builder name → its fields other than `client` (name, type in `Result<_, String>`).
    fields: BTreeMap<String, Vec<(Ident, &'f syn::Type)>>,
    /// Builder name → the `T` of `ResponseValue<T>` its `send` answers with.
    answers: BTreeMap<String, &'f syn::Type>,
    /// Generated type name → its fields (wire name, field name, type), for structs.
    types: BTreeMap<String, Vec<(String, Ident, &'f syn::Type)>>,
}

impl<'f> Raw<'f> {
    fn read(file: &'f syn::File) -> Result<Self, String> {
        let mut raw = Raw {
            methods: Vec::new(),
            fields: BTreeMap::new(),
            answers: BTreeMap::new(),
            types: BTreeMap::new(),
        };
        for item in &file.items {
            match item {
                syn::Item::Impl(imp)
                    if imp.trait_.is_none()
                        && last_ident(&imp.self_ty).as_deref() == Some("Client") =>
                {
                    for f in fns(&imp.items) {
                        if let syn::ReturnType::Type(_, ty) = &f.sig.output {
                            let returns_builder = matches!(&**ty, syn::Type::Path(p)
                                if p.path.segments.len() == 2 && p.path.segments[0].ident == "builder");
                            if let Some(builder) = last_ident(ty).filter(|_| returns_builder) {
                                raw.methods.push((
                                    f.sig.ident.clone(),
                                    Ident::new(&builder, Span::call_site()),
                                ));
                            }
                        }
                    }
                }
                syn::Item::Mod(m) if m.ident == "builder" => raw.read_builders(module_items(m)),
                syn::Item::Mod(m) if m.ident == "types" => raw.read_types(module_items(m)),
                _ => {}
            }
        }
        if raw.methods.is_empty() {
            return Err("progenitor's client has no operation methods".into());
        }
        if raw.types.is_empty() || raw.fields.is_empty() {
            return Err("progenitor's output lacks its `types` or `builder` module".into());
        }
        Ok(raw)
    }

    fn read_builders(&mut self, items: &'f [syn::Item]) {
        for item in items {
            match item {
                syn::Item::Struct(s) => {
                    let fields = s
                        .fields
                        .iter()
                        .filter_map(|f| Some((f.ident.clone()?, &f.ty)))
                        .filter(|(name, _)| name != "client")
                        .filter_map(|(name, ty)| Some((name, generic_arg(ty, "Result", 0)?)))
                        .collect();
                    self.fields.insert(s.ident.to_string(), fields);
                }
                syn::Item::Impl(imp) => {
                    let Some(builder) = last_ident(&imp.self_ty) else {
                        continue;
                    };
                    for f in fns(&imp.items).filter(|f| f.sig.ident == "send") {
                        if let syn::ReturnType::Type(_, ty) = &f.sig.output {
                            let answer = generic_arg(ty, "Result", 0)
                                .and_then(|ok| generic_arg(ok, "ResponseValue", 0));
                            if let Some(answer) = answer {
                                self.answers.insert(builder.clone(), answer);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn read_types(&mut self, items: &'f [syn::Item]) {
        for item in items {
            let (name, fields) = match item {
                syn::Item::Struct(s) => (
                    s.ident.to_string(),
                    s.fields
                        .iter()
                        .filter_map(|f| {
                            let ident = f.ident.clone()?;
                            let wire = serde_rename(&f.attrs).unwrap_or_else(|| unraw(&ident));
                            Some((wire, ident, &f.ty))
                        })
                        .collect(),
                ),
                syn::Item::Enum(e) => (e.ident.to_string(), Vec::new()),
                syn::Item::Type(t) => (t.ident.to_string(), Vec::new()),
                _ => continue,
            };
            self.types.insert(name, fields);
        }
    }

    /// `ty` with its paths made absolute for the operations file: progenitor's
    /// `types::X` and bare sibling type names become `crate::types::X`.
    fn qualify(&self, ty: &syn::Type) -> TokenStream {
        let syn::Type::Path(p) = ty else {
            return ty.to_token_stream();
        };
        if p.qself.is_some() {
            return ty.to_token_stream();
        }
        let mut segments: Vec<&syn::PathSegment> = p.path.segments.iter().collect();
        let mut prefix = if p.path.leading_colon.is_some() {
            quote!(::)
        } else {
            quote!()
        };
        if p.path.leading_colon.is_none() {
            while segments.first().is_some_and(|s| s.ident == "super") {
                segments.remove(0);
            }
            let first = segments
                .first()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            if first == "types" {
                segments.remove(0);
                prefix = quote!(crate::types::);
            } else if segments.len() == 1 && self.types.contains_key(&first) {
                prefix = quote!(crate::types::);
            }
        }
        let segments = segments.iter().map(|s| {
            let ident = &s.ident;
            match &s.arguments {
                syn::PathArguments::AngleBracketed(args) => {
                    let args = args.args.iter().map(|a| match a {
                        syn::GenericArgument::Type(t) => self.qualify(t),
                        other => other.to_token_stream(),
                    });
                    quote!(#ident<#(#args),*>)
                }
                other => quote!(#ident #other),
            }
        });
        quote!(#prefix #(#segments)::*)
    }
}

/// One operation, with everything its method and builder need.
struct Operation {
    method: Ident,
    builder: Ident,
    http: String,
    path: String,
    summary: Option<String>,
    description: Option<String>,
    params: Vec<Param>,
    body: Option<TokenStream>,
    answer: TokenStream,
    answer_name: String,
    result: Outcome,
    paging: Option<Paging>,
}

struct Param {
    field: Ident,
    wire: String,
    ty: TokenStream,
    required: bool,
    description: Option<String>,
    /// How to refuse a path segment that would change the path, if it can be one.
    check: Option<TokenStream>,
}

/// What `send` gives back.
enum Outcome {
    /// The answer as it is.
    Answer,
    /// The answer's only field.
    Field {
        field: Ident,
        ty: TokenStream,
        wire: String,
    },
    /// The answer's only field, converted into the one object it holds.
    Into {
        field: Ident,
        ty: TokenStream,
        wire: String,
    },
}

/// The list a paginated answer carries.
struct Paging {
    page_field: Ident,
    items_field: Ident,
    item: TokenStream,
    /// Whether the list may be absent from the answer (`Option<Vec<T>>`).
    optional: bool,
}

/// The spec's operations in progenitor's order.
fn operations(spec: &OpenAPI, json: &Value, raw: &Raw) -> Result<Vec<Operation>, String> {
    let mut by_key: BTreeMap<String, (String, String, &openapiv3::Operation, Vec<Parameter>)> =
        BTreeMap::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else {
            return Err(format!("path {path}: a `$ref` path item is not supported"));
        };
        for (http, op) in item.iter() {
            let id = op
                .operation_id
                .as_deref()
                .ok_or_else(|| format!("{} {path} has no operationId", http.to_uppercase()))?;
            let mut params = Vec::new();
            for p in item.parameters.iter().chain(&op.parameters) {
                let p = resolve_parameter(spec, p)?;
                params.retain(|q: &Parameter| {
                    q.parameter_data_ref().name != p.parameter_data_ref().name
                });
                params.push(p);
            }
            by_key.insert(
                normalize(id),
                (http.to_uppercase(), path.clone(), op, params),
            );
        }
    }
    let mut out = Vec::new();
    for (method, builder) in &raw.methods {
        if TAKEN.contains(&method.to_string().as_str()) {
            return Err(format!(
                "operation `{method}` would shadow the hand-written `Callbell::{method}`"
            ));
        }
        let (http, path, op, params) = by_key
            .remove(&normalize(&method.to_string()))
            .ok_or_else(|| format!("progenitor's `{method}` matches no operationId of the spec"))?;
        out.push(operation(
            spec, json, raw, method, builder, http, path, op, params,
        )?);
    }
    if let Some(id) = by_key.keys().next() {
        return Err(format!(
            "operation {id} has no method in progenitor's client"
        ));
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn operation(
    spec: &OpenAPI,
    json: &Value,
    raw: &Raw,
    method: &Ident,
    builder: &Ident,
    http: String,
    path: String,
    op: &openapiv3::Operation,
    spec_params: Vec<Parameter>,
) -> Result<Operation, String> {
    let here = format!("{http} {path}");
    let fields = raw
        .fields
        .get(&builder.to_string())
        .ok_or_else(|| format!("{here}: progenitor's builder {builder} was not found"))?;
    let mut params = Vec::new();
    let mut body = None;
    for (field, ty) in fields {
        let matching: Vec<&Parameter> = spec_params
            .iter()
            .filter(|p| normalize(&p.parameter_data_ref().name) == normalize(&unraw(field)))
            .collect();
        match (matching.as_slice(), field == "body") {
            ([p], _) => {
                let data = p.parameter_data_ref();
                let (inner, optional) = match generic_arg(ty, "Option", 0) {
                    Some(inner) => (inner, true),
                    None => (*ty, false),
                };
                let check = matches!(p, Parameter::Path { .. })
                    .then(|| segment_check(&data.name, inner))
                    .flatten();
                params.push(Param {
                    field: field.clone(),
                    wire: data.name.clone(),
                    ty: raw.qualify(inner),
                    required: !optional,
                    description: data.description.clone(),
                    check,
                });
            }
            ([], true) => body = Some(raw.qualify(&body_type(ty))),
            _ => {
                return Err(format!(
                    "{here}: progenitor's setter `{field}` matches no single parameter"
                ));
            }
        }
    }
    if params.len() != spec_params.len() {
        return Err(format!(
            "{here}: some parameters have no setter in progenitor's builder (header or cookie parameters are not supported)"
        ));
    }
    if op.request_body.is_some() != body.is_some() {
        return Err(format!(
            "{here}: progenitor's builder and the spec disagree about the request body"
        ));
    }
    let answer_ty = *raw
        .answers
        .get(&builder.to_string())
        .ok_or_else(|| format!("{here}: progenitor's {builder}::send was not found"))?;
    let answer_name = last_ident(answer_ty).unwrap_or_default();
    if answer_name == "ByteStream" {
        return Err(format!(
            "{here}: the success answer is not JSON, which `Callbell` does not read"
        ));
    }
    let success = success_schema(spec, op)?;
    let answer_fields = raw.types.get(&answer_name);
    let mut result = Outcome::Answer;
    let mut paging = None;
    if let (Some(schema), Some(answer_fields)) = (success, answer_fields)
        && let Some((property, is_ref, resolved, required)) = only_property(spec, schema)
    {
        let (_, field, field_ty) = answer_fields
            .iter()
            .find(|(wire, _, _)| *wire == property)
            .ok_or_else(|| {
                format!("{here}: the answer's `{property}` has no field in {answer_name}")
            })?;
        let listing = spec_json::listing(json, &path, &http.to_lowercase());
        let page = params.iter().find(|p| p.wire == spec_json::PAGE_PARAMETER);
        match resolved.map(|s| &s.schema_kind) {
            Some(SchemaKind::Type(Type::Array(_))) => {
                if let (Some(page), true) = (page, listing.as_ref() == Some(&property)) {
                    let (list, optional) = match generic_arg(field_ty, "Option", 0) {
                        Some(list) => (list, true),
                        None => (*field_ty, false),
                    };
                    let item = generic_arg(list, "Vec", 0)
                        .ok_or_else(|| format!("{here}: {answer_name}.{field} is not a Vec"))?;
                    paging = Some(Paging {
                        page_field: page.field.clone(),
                        items_field: field.clone(),
                        item: raw.qualify(item),
                        optional,
                    });
                }
            }
            Some(SchemaKind::Type(Type::Object(_))) if required && is_ref => {
                result = Outcome::Field {
                    field: field.clone(),
                    ty: raw.qualify(field_ty),
                    wire: property,
                };
            }
            Some(SchemaKind::OneOf { .. }) if required && is_ref => {
                // A "one X or a list of one X" schema: its generated alias converts into X.
                let alias = last_ident(field_ty).unwrap_or_default();
                let one = one_or_list::collect(json)
                    .into_iter()
                    .find(|found| found.schema == alias)
                    .filter(|found| raw.types.contains_key(&found.item));
                if let Some(one) = one {
                    let ident = format_ident!("{}", one.item);
                    result = Outcome::Into {
                        field: field.clone(),
                        ty: quote!(crate::types::#ident),
                        wire: property,
                    };
                }
            }
            _ => {}
        }
    }
    Ok(Operation {
        method: method.clone(),
        builder: builder.clone(),
        http,
        path,
        summary: op.summary.clone(),
        description: op.description.clone(),
        params,
        body,
        answer: raw.qualify(answer_ty),
        answer_name,
        result,
        paging,
    })
}

impl Operation {
    /// The `Callbell` method and the builder's items.
    fn tokens(&self) -> (TokenStream, TokenStream) {
        let Operation {
            method,
            builder,
            http,
            path,
            ..
        } = self;
        let mut method_doc = Vec::new();
        if let Some(summary) = &self.summary {
            method_doc.push(format!("{}.", summary.trim_end_matches('.')));
            method_doc.push(String::new());
        }
        method_doc.push(format!("`{http} {path}`. Set the parameters on the [`{builder}`] this returns, then `.await` it."));
        if let Some(description) = &self.description {
            method_doc.push(String::new());
            method_doc.extend(description.trim_end().lines().map(str::to_string));
        }
        if matches!(http.as_str(), "POST" | "PATCH") {
            method_doc.push(String::new());
            method_doc.push("Not retried on `5xx` or timeouts unless the client opted in with [`retry_non_idempotent`](crate::CallbellBuilder::retry_non_idempotent).".into());
        }
        let method_doc = docs(&method_doc);

        let names: Vec<&Ident> = self.params.iter().map(|p| &p.field).collect();
        let mut field_names = names.clone();
        let mut field_types: Vec<&TokenStream> = self.params.iter().map(|p| &p.ty).collect();
        let body_ident = format_ident!("body");
        if let Some(body) = &self.body {
            field_names.push(&body_ident);
            field_types.push(body);
        }

        let setters = self.params.iter().map(|p| {
            let Param {
                field,
                wire,
                ty,
                required,
                ..
            } = p;
            let text = format!(
                "`{wire}`{}{}",
                if *required { " (required)" } else { "" },
                match &p.description {
                    Some(d) => format!(": {}", d.trim_end()),
                    None => String::new(),
                }
            );
            let mut doc: Vec<String> = text.lines().map(str::to_string).collect();
            if !required {
                doc.push(String::new());
                doc.push("Not sent unless set.".into());
            }
            let doc = docs(&doc);
            let failed = format!(
                "conversion to `{}` for {wire} failed",
                ty.to_string().replace(' ', "")
            );
            quote! {
                #doc
                pub fn #field<V>(mut self, value: V) -> Self
                where
                    V: ::std::convert::TryInto<#ty>,
                {
                    self.#field = value.try_into().map(Some).map_err(|_| #failed.to_string());
                    self
                }
            }
        });
        let body_setter = self.body.as_ref().map(|body| {
            let name = body
                .to_string()
                .rsplit(' ')
                .next()
                .unwrap_or_default()
                .to_string();
            let doc = docs(&[format!(
                "The request body: a [`{name}`]({}) or its builder.",
                body.to_string().replace(' ', "")
            )]);
            let failed = format!("conversion to `{name}` for body failed: {{}}");
            quote! {
                #doc
                pub fn body<V>(mut self, value: V) -> Self
                where
                    V: ::std::convert::TryInto<#body>,
                    <V as ::std::convert::TryInto<#body>>::Error: ::std::fmt::Display,
                {
                    self.body = value.try_into().map(Some).map_err(|e| format!(#failed, e));
                    self
                }
            }
        });

        let forward = field_names.iter().map(|f| {
            let check = self
                .params
                .iter()
                .find(|p| p.field == **f)
                .and_then(|p| p.check.clone())
                .map(|check| quote!(#check;));
            quote! {
                if let Some(value) = self.#f.map_err(crate::Error::InvalidRequest)? {
                    #check
                    request = request.#f(value);
                }
            }
        });
        let (output, finish) = match &self.result {
            Outcome::Answer => (
                self.answer.clone(),
                quote!(self.client.call(request.send()).await),
            ),
            Outcome::Field { field, ty, .. } => (
                ty.clone(),
                quote!(Ok(self.client.call(request.send()).await?.#field)),
            ),
            Outcome::Into { field, ty, .. } => (
                ty.clone(),
                quote!(Ok(self.client.call(request.send()).await?.#field.into())),
            ),
        };
        let answer_name = &self.answer_name;
        let output_doc = match &self.result {
            Outcome::Answer => {
                format!("The answer, a [`{answer_name}`](crate::types::{answer_name}).")
            }
            Outcome::Field { wire, .. } | Outcome::Into { wire, .. } => format!(
                "The `{wire}` of the answer (a [`{answer_name}`](crate::types::{answer_name})), whatever shape it came in."
            ),
        };
        let send_doc = docs(&[
            format!("Sends the request. {output_doc}"),
            String::new(),
            "Awaiting the builder does the same, in a boxed future.".into(),
        ]);
        let paging = self.paging.as_ref().map(|p| self.paging_tokens(p));
        let builder_doc = docs(&[format!(
            "`{http} {path}`: made by [`Callbell::{method}`](crate::Callbell::{method}). Set the parameters, then `.await` it."
        )]);
        let inits = field_names.iter().map(|f| quote!(#f: Ok(None)));
        let (limits_field, limits_init) = if self.paging.is_some() {
            (
                quote!(limits: crate::client::paginate::PageLimits,),
                quote!(limits: ::std::default::Default::default(),),
            )
        } else {
            (quote!(), quote!())
        };
        let method_item = quote! {
            #method_doc
            pub fn #method(&self) -> #builder {
                #builder { client: self.clone(), #limits_init #(#inits),* }
            }
        };
        let item = quote! {
            #builder_doc
            #[derive(Clone, Debug)]
            #[must_use = "a request does nothing until it is awaited"]
            pub struct #builder {
                client: crate::Callbell,
                #limits_field
                #(#field_names: ::std::result::Result<::std::option::Option<#field_types>, ::std::string::String>,)*
            }

            impl #builder {
                #(#setters)*
                #body_setter

                #send_doc
                pub async fn send(self) -> crate::Result<#output> {
                    let mut request = self.client.raw().#method();
                    #(#forward)*
                    #finish
                }

                #paging
            }

            impl ::std::future::IntoFuture for #builder {
                type Output = crate::Result<#output>;
                type IntoFuture = crate::OperationFuture<#output>;

                fn into_future(self) -> Self::IntoFuture {
                    ::std::boxed::Box::pin(self.send())
                }
            }
        };
        (method_item, item)
    }

    fn paging_tokens(&self, p: &Paging) -> TokenStream {
        let Paging {
            page_field,
            items_field,
            item,
            optional,
        } = p;
        let take = if *optional {
            quote!(answer.#items_field.unwrap_or_default())
        } else {
            quote!(answer.#items_field)
        };
        let item_name = item
            .to_string()
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_string();
        let pages_doc = docs(&[format!(
            "Every page from `{page_field}` (default 1) on, each fetched once the previous one has been consumed, up to the first empty page; ends after the first error."
        )]);
        let stream_doc = docs(&[format!(
            "Every `{item_name}`, page after page, holding at most one page in memory."
        )]);
        let collect_doc = docs(&[format!(
            "Every `{item_name}` in one `Vec`. For large listings prefer [`stream`](Self::stream)."
        )]);
        // Paginated builders keep a `PageLimits` for `paginate::pages`.
        let max_pages_doc = docs(&["At most `n` pages for [`pages`](Self::pages), [`stream`](Self::stream) and [`collect_all`](Self::collect_all) (0 counts as 1); a listing with more ends with an error.".into()]);
        quote! {
            #max_pages_doc
            pub fn max_pages(mut self, n: u32) -> Self {
                self.limits = self.limits.with_max_pages(n);
                self
            }

            #pages_doc
            pub fn pages(self) -> impl ::futures::Stream<Item = crate::Result<::std::vec::Vec<#item>>> + Send + 'static {
                let first = crate::client::first_page(&self.#page_field);
                crate::client::paginate::pages(first, self.limits, move |page: ::std::num::NonZeroU32| {
                    let mut request = self.clone();
                    if request.#page_field.is_ok() {
                        request = request.#page_field(page.get());
                    }
                    async move {
                        let answer = request.send().await?;
                        Ok(#take)
                    }
                })
            }

            #stream_doc
            pub fn stream(self) -> impl ::futures::Stream<Item = crate::Result<#item>> + Send + 'static {
                crate::client::paginate::items(self.pages())
            }

            #collect_doc
            pub async fn collect_all(self) -> crate::Result<::std::vec::Vec<#item>> {
                ::futures::TryStreamExt::try_collect(self.stream()).await
            }
        }
    }
}

/// The check refusing `name`'s value as a path segment, for string-like types.
fn segment_check(name: &str, ty: &syn::Type) -> Option<TokenStream> {
    let last = last_ident(ty)?;
    if matches!(
        last.as_str(),
        "bool"
            | "i8"
            | "i16"
            | "i32"
            | "i64"
            | "u8"
            | "u16"
            | "u32"
            | "u64"
            | "f32"
            | "f64"
            | "NonZeroU8"
            | "NonZeroU16"
            | "NonZeroU32"
            | "NonZeroU64"
            | "Uuid"
    ) {
        return None;
    }
    Some(if last == "String" {
        quote!(crate::client::path_segment(#name, &value)?)
    } else {
        quote!(crate::client::path_segment(#name, &value.to_string())?)
    })
}

/// progenitor's body field holds `types::builder::X`: the body type is `types::X`.
fn body_type(ty: &syn::Type) -> syn::Type {
    let text = ty.to_token_stream().to_string().replace("builder ::", "");
    syn::parse_str(&text).unwrap_or_else(|_| syn::parse_str("()").expect("unit parses"))
}

/// The schema of the operation's first `2xx` JSON answer.
fn success_schema<'s>(
    spec: &'s OpenAPI,
    op: &'s openapiv3::Operation,
) -> Result<Option<&'s ReferenceOr<Schema>>, String> {
    let success = op
        .responses
        .responses
        .iter()
        .find(|(status, _)| match status {
            StatusCode::Code(code) => (200..300).contains(code),
            StatusCode::Range(range) => *range == 2,
        });
    let Some((_, response)) = success else {
        return Ok(None);
    };
    let response: &Response = match response {
        ReferenceOr::Item(r) => r,
        ReferenceOr::Reference { reference } => spec
            .components
            .as_ref()
            .and_then(|c| c.responses.get(reference.rsplit('/').next()?))
            .and_then(|r| r.as_item())
            .ok_or_else(|| format!("{reference} does not resolve"))?,
    };
    Ok(response
        .content
        .iter()
        .find(|(kind, _)| kind.contains("json"))
        .and_then(|(_, media)| media.schema.as_ref()))
}

/// The only property of an object schema: its name, whether it is a
/// `$ref`, its schema (references followed) and whether it is required.
fn only_property<'s>(
    spec: &'s OpenAPI,
    schema: &'s ReferenceOr<Schema>,
) -> Option<(String, bool, Option<&'s Schema>, bool)> {
    let SchemaKind::Type(Type::Object(object)) = &resolve_schema(spec, schema)?.schema_kind else {
        return None;
    };
    if object.properties.len() != 1 || object.additional_properties.is_some() {
        return None;
    }
    let (name, property) = object.properties.iter().next()?;
    let required = object.required.contains(name);
    Some(match property {
        ReferenceOr::Item(inline) => (name.clone(), false, Some(&**inline), required),
        ReferenceOr::Reference { reference } => {
            let target = ReferenceOr::<Schema>::Reference {
                reference: reference.clone(),
            };
            (
                name.clone(),
                true,
                resolve_reference(spec, &target),
                required,
            )
        }
    })
}

/// The component schema a reference names, followed a few times.
fn resolve_reference<'s>(spec: &'s OpenAPI, schema: &ReferenceOr<Schema>) -> Option<&'s Schema> {
    let ReferenceOr::Reference { reference } = schema else {
        return None;
    };
    let name = reference.strip_prefix("#/components/schemas/")?;
    resolve_schema(spec, spec.components.as_ref()?.schemas.get(name)?)
}

/// The schema behind a reference (followed a few times), or the schema itself.
fn resolve_schema<'s>(spec: &'s OpenAPI, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
    let mut current = schema;
    for _ in 0..8 {
        match current {
            ReferenceOr::Item(s) => return Some(s),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/schemas/")?;
                current = spec.components.as_ref()?.schemas.get(name)?;
            }
        }
    }
    None
}

fn resolve_parameter(spec: &OpenAPI, p: &ReferenceOr<Parameter>) -> Result<Parameter, String> {
    match p {
        ReferenceOr::Item(p) => Ok(p.clone()),
        ReferenceOr::Reference { reference } => spec
            .components
            .as_ref()
            .and_then(|c| {
                c.parameters
                    .get(reference.strip_prefix("#/components/parameters/")?)
            })
            .and_then(|p| p.as_item())
            .cloned()
            .ok_or_else(|| format!("{reference} does not resolve to a parameter")),
    }
}

/// `#[doc]` attributes, one per line.
fn docs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| format!(" {l}").trim_end().to_string());
    quote!(#(#[doc = #lines])*)
}

/// A name reduced to lowercase letters and digits, to match progenitor's
/// snake_case names with the spec's own (`listContacts` ↔ `list_contacts`).
fn normalize(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn unraw(ident: &Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").unwrap_or(&s).to_string()
}

fn fns(items: &[syn::ImplItem]) -> impl Iterator<Item = &syn::ImplItemFn> {
    items.iter().filter_map(|i| match i {
        syn::ImplItem::Fn(f) => Some(f),
        _ => None,
    })
}

fn module_items(m: &syn::ItemMod) -> &[syn::Item] {
    m.content
        .as_ref()
        .map(|(_, items)| items.as_slice())
        .unwrap_or_default()
}

/// The last segment's name of a path type.
fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The `n`th type argument of `ty` when its last segment is `name`.
fn generic_arg<'t>(ty: &'t syn::Type, name: &str, n: usize) -> Option<&'t syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args
        .iter()
        .filter_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        })
        .nth(n)
}

/// `rename = "..."` of a field's `#[serde(...)]`.
fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                found = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::{SPEC, workspace_root};

    fn project() -> (OpenAPI, String) {
        let spec = crate::spec::load(&workspace_root().join(SPEC), SPEC).expect("the spec loads");
        let code = render(&spec.openapi).expect("the operations render");
        (spec.openapi, code)
    }

    /// The text of `impl NAME { ... }`.
    fn builder_impl<'c>(code: &'c str, name: &str) -> &'c str {
        let start = code
            .find(&format!("\nimpl {name} {{"))
            .expect("builder impl")
            + 1;
        let end = code[start..]
            .find("\n}\n")
            .map_or(code.len(), |e| start + e);
        &code[start..end]
    }

    #[test]
    fn every_operation_of_the_spec_is_a_method_of_callbell() {
        let (spec, code) = project();
        let methods: Vec<&str> = code
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub fn "))
            .filter(|l| l.contains("(&self) -> "))
            .map(|l| &l[..l.find('(').unwrap()])
            .collect();
        let ids: Vec<String> = spec
            .operations()
            .map(|(_, _, op)| normalize(op.operation_id.as_deref().unwrap()))
            .collect();
        assert_eq!(methods.len(), ids.len(), "{methods:?}");
        for id in &ids {
            assert!(
                methods.iter().any(|m| normalize(m) == *id),
                "{id} missing from {methods:?}"
            );
        }
        assert!(code.starts_with(HEADER));
        assert_eq!(render(&spec).unwrap(), code, "not deterministic");
    }

    #[test]
    fn paging_follows_the_page_parameter_and_the_one_list_in_the_answer() {
        let (_, code) = project();
        let paginated: Vec<&str> = code
            .split("\nimpl ")
            .filter(|block| block.contains("pub fn stream("))
            .map(|block| block.split_whitespace().next().unwrap())
            .collect();
        assert_eq!(paginated, ["ListContacts", "ListContactMessages"]);
        let list = builder_impl(&code, "ListContactMessages");
        assert!(list.contains("Ok(answer.messages)"), "{list}");
        assert!(
            list.contains("crate::Result<::std::vec::Vec<crate::types::Message>>"),
            "{list}"
        );
    }

    #[test]
    fn answers_wrapping_one_object_give_it_and_others_stay_whole() {
        let (_, code) = project();
        let get = builder_impl(&code, "GetContact");
        assert!(
            get.contains("-> crate::Result<crate::types::Contact>"),
            "{get}"
        );
        assert!(get.contains(".contact.into())"), "{get}");
        let bot = builder_impl(&code, "GetContactBot");
        assert!(bot.contains("-> crate::Result<crate::types::Bot>"), "{bot}");
        // `{"success": true}` and `{"status": "..."}` wrap no object.
        let note = builder_impl(&code, "CreateContactConversationNote");
        assert!(
            note.contains("-> crate::Result<crate::types::NoteResponse>"),
            "{note}"
        );
        let delete = builder_impl(&code, "DeleteContact");
        assert!(
            delete.contains("-> crate::Result<crate::types::DeleteContactResponse>"),
            "{delete}"
        );
    }

    #[test]
    fn every_path_parameter_is_checked_before_sending() {
        let (spec, code) = project();
        let mut checked = 0;
        for (path, _, op) in spec.operations() {
            let id = normalize(op.operation_id.as_deref().unwrap());
            let block = code
                .split("\nimpl ")
                .find(|b| normalize(b.split_whitespace().next().unwrap_or_default()) == id)
                .expect("builder of the operation");
            for segment in path
                .split('/')
                .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            {
                let check = format!("crate::client::path_segment(\"{segment}\", &value)?");
                assert!(block.contains(&check), "{path}: {segment} unchecked");
                checked += 1;
            }
        }
        assert!(checked >= 12, "{checked}");
    }

    #[test]
    fn a_spec_without_operations_is_refused() {
        let (mut spec, _) = project();
        spec.paths.paths.clear();
        assert!(render(&spec).is_err());
    }
}
