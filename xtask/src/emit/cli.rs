//! The `callbell` command line's operations, generated from the spec and the
//! generated client: `crates/callbell-cli/src/generated_cli.rs`.
//!
//! Each operation becomes a clap subcommand named after its operationId in
//! kebab case (`listContacts` → `list-contacts`):
//! - path and query parameters are flags (`--uuid`, `--team-uuid`), path
//!   parameters required; their values are parsed into the very type the
//!   generated builder's setter takes (read from the generated client);
//!   string enums accept the values the spec lists;
//! - a JSON request body is `--body FILE` (`-`: standard input), and each
//!   top-level property of its schema is also a flag that overrides the
//!   file's member (`--name Ann`, `--tags a,b`, `--custom-fields '{...}'`);
//! - a listing (the rule is [`spec_json::listing`], which the client's
//!   `.pages()` follows too) also gets `--all` (every page, as JSON Lines)
//!   and `--max-pages`.
//!
//! The generated code calls a small hand-written runtime in the CLI crate
//! (`crate::api`): it sends, prints and maps failures to exit codes.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::emit::spec_json::{self, PAGE_PARAMETER, resolved};
use crate::spec::{self, Spec, SpecError, escape};

/// Flags the runtime adds itself; no parameter or body property may take them.
const RESERVED: &[&str] = &["all", "max-pages", "body", "help", "token-file", "base-url"];

/// The first lines of the generated file.
const HEADER: &str = "\
// @generated from openapi/callbell.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec (or xtask/src/emit/cli.rs) and run `cargo xtask codegen` again.
";

/// One generated subcommand.
struct Operation {
    /// The subcommand, e.g. `list-contacts`.
    command: String,
    summary: Option<String>,
    description: Option<String>,
    /// The generated client's method, e.g. `list_contacts`.
    method: syn::Ident,
    params: Vec<Param>,
    body: Option<Body>,
    /// For a listing: the answer's array property.
    items: Option<String>,
}

/// A path or query parameter.
struct Param {
    flag: String,
    setter: syn::Ident,
    rust_type: syn::Type,
    required: bool,
    help: Option<String>,
    values: Option<Vec<String>>,
}

/// A JSON request body.
struct Body {
    /// The component schema, e.g. `CreateContactRequest`.
    schema: String,
    rust_type: syn::Type,
    fields: Vec<Field>,
}

/// A top-level property of a request body.
struct Field {
    name: String,
    flag: String,
    kind: Kind,
    help: Option<String>,
}

/// How a body property is given on the command line.
enum Kind {
    Text,
    Integer,
    Number,
    Boolean,
    Choice(Vec<String>),
    TextList,
    Json,
}

/// Renders the CLI's generated module from the spec and the generated client's source.
pub fn render(spec: &Spec, client_code: &str) -> Result<String, SpecError> {
    let client = ClientShape::read(client_code).map_err(|message| SpecError {
        file: spec.file.clone(),
        location: spec::Location::File,
        message: format!("cannot read the generated client: {message}"),
    })?;
    let operations = operations(spec, &client)?;
    let command_fns = operations.iter().map(|op| &op.method);
    let commands = operations.iter().map(|op| {
        let name = &op.method;
        let doc = format!("`{}`.", op.command);
        let body = command(op);
        quote! {
            #[doc = #doc]
            fn #name() -> Command {
                #body
            }
        }
    });
    let arms = operations.iter().map(arm);
    let tokens = quote! {
        use clap::{Arg, ArgAction, Command};
        use clap::builder::{PossibleValuesParser, TypedValueParser};

        use crate::api::{BodyField, FieldKind, Failure, Output};

        /// One subcommand per operation of the spec, by path, then method.
        pub fn commands() -> Vec<Command> {
            vec![#(#command_fns()),*]
        }

        #(#commands)*

        /// Sends the operation of subcommand `name` with the arguments in
        /// `matches`, and prints its answer on `output`.
        pub async fn run(
            client: &callbell::Client,
            name: &str,
            matches: &clap::ArgMatches,
            output: &mut Output,
        ) -> Result<(), Failure> {
            match name {
                #(#arms)*
                other => Err(Failure::Usage(format!("unknown command `{other}`"))),
            }
        }
    };
    let file: syn::File = syn::parse2(tokens).map_err(|e| SpecError {
        file: spec.file.clone(),
        location: spec::Location::File,
        message: format!("the CLI generator produced code that does not parse: {e}"),
    })?;
    Ok(format!("{HEADER}\n{}", prettyplease::unparse(&file)))
}

/// The operations of the spec, in its order (paths, then methods).
fn operations(spec: &Spec, client: &ClientShape) -> Result<Vec<Operation>, SpecError> {
    let root = &spec.json;
    let mut operations = Vec::new();
    let Some(paths) = root.get("paths").and_then(Value::as_object) else {
        return Ok(operations);
    };
    for (path, item) in paths {
        let at_path = format!("/paths/{}", escape(path));
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            if item.get(method).is_none() {
                continue;
            }
            let at = format!("{at_path}/{method}");
            operations.push(operation(spec, client, (path, method), &at)?);
        }
    }
    Ok(operations)
}

fn operation(
    spec: &Spec,
    client: &ClientShape,
    (path, http): (&str, &str),
    at: &str,
) -> Result<Operation, SpecError> {
    let root = &spec.json;
    let item = &root["paths"][path];
    let op = &item[http];
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .ok_or_else(|| spec.error_at(at, "the operation has no operationId"))?;
    let (method, builder) = client.operation(id).ok_or_else(|| {
        spec.error_at(
            &format!("{at}/operationId"),
            format!("the generated client has no method for `{id}`"),
        )
    })?;
    let mut flags: BTreeMap<String, String> = BTreeMap::new();
    let mut claim = |flag: &str, pointer: &str| -> Result<(), SpecError> {
        if RESERVED.contains(&flag) {
            return Err(spec.error_at(
                pointer,
                format!("`--{flag}` is taken by the CLI itself; the CLI generator cannot name an argument so"),
            ));
        }
        if let Some(first) = flags.insert(flag.to_string(), pointer.to_string()) {
            return Err(spec.error_at(
                pointer,
                format!("`--{flag}` is already the flag of {first}: the CLI needs distinct names"),
            ));
        }
        Ok(())
    };

    // Path-level parameters first, then the operation's (which override by name and place).
    let mut params: Vec<(String, &Value)> = Vec::new();
    for (pointer, param) in spec_json::parameters(item, op, at) {
        let param = resolved(root, param)
            .ok_or_else(|| spec.error_at(&pointer, "unresolved parameter $ref"))?;
        let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
        params.retain(|(_, other)| key(other) != key(param));
        params.push((pointer, param));
    }
    let mut cli_params = Vec::new();
    for (pointer, param) in params {
        let name = param
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let place = param.get("in").and_then(Value::as_str).unwrap_or_default();
        if place != "path" && place != "query" {
            // Headers and cookies are the client's business (auth), not the user's.
            continue;
        }
        let (setter, rust_type) = builder.setter(name).ok_or_else(|| {
            spec.error_at(
                &pointer,
                format!("the generated builder has no setter for `{name}`"),
            )
        })?;
        let flag = kebab(name);
        claim(&flag, &pointer)?;
        let schema = param.get("schema").and_then(|s| resolved(root, s));
        cli_params.push(Param {
            flag,
            setter: setter.clone(),
            rust_type: rust_type.clone(),
            required: place == "path" || param.get("required") == Some(&Value::Bool(true)),
            help: help_of(param),
            values: schema.and_then(enum_values),
        });
    }

    let body = match op.pointer("/requestBody/content/application~1json/schema") {
        None => None,
        Some(schema) => {
            let pointer = format!("{at}/requestBody/content/application~1json/schema");
            let name = spec_json::component_name(schema).ok_or_else(|| {
                spec.error_at(
                    &pointer,
                    "the CLI generator needs a request body that names a component schema ($ref)",
                )
            })?;
            let schema = resolved(root, schema)
                .ok_or_else(|| spec.error_at(&pointer, "unresolved request body $ref"))?;
            let rust_type = builder
                .setter("body")
                .map(|(_, t)| t.clone())
                .ok_or_else(|| {
                    spec.error_at(&pointer, "the generated builder has no `body` setter")
                })?;
            let schema_at = format!("/components/schemas/{}", escape(&name));
            let mut fields = Vec::new();
            for (property, value) in schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let field_at = format!("{schema_at}/properties/{}", escape(property));
                let flag = kebab(property);
                claim(&flag, &field_at)?;
                let resolved_value = resolved(root, value).unwrap_or(value);
                fields.push(Field {
                    name: property.clone(),
                    flag,
                    kind: kind_of(root, resolved_value),
                    help: help_of(value).or_else(|| help_of(resolved_value)),
                });
            }
            Some(Body {
                schema: name,
                rust_type,
                fields,
            })
        }
    };

    let items = spec_json::listing(root, path, http);
    Ok(Operation {
        command: kebab(id),
        summary: text(op.get("summary")),
        description: text(op.get("description")),
        method: method.clone(),
        params: cli_params,
        body,
        items,
    })
}

/// The clap command of one operation.
fn command(op: &Operation) -> TokenStream {
    let name = &op.command;
    let about = op.summary.clone().or_else(|| op.description.clone());
    let about = about.map(|about| quote! { .about(#about) });
    let long_about = match (&op.summary, &op.description) {
        (Some(summary), Some(description)) => {
            let text = format!("{summary}\n\n{description}");
            Some(quote! { .long_about(#text) })
        }
        _ => None,
    };
    let params = op.params.iter().map(|param| {
        let flag = &param.flag;
        let rust_type = &param.rust_type;
        let parser = match &param.values {
            Some(values) => quote! {
                PossibleValuesParser::new([#(#values),*])
                    .try_map(|value| value.parse::<#rust_type>())
            },
            None => quote! { clap::value_parser!(#rust_type) },
        };
        let required = param.required;
        let help = param.help.as_ref().map(|help| quote! { .help(#help) });
        let value_name = value_name(flag);
        quote! {
            .arg(
                Arg::new(#flag)
                    .long(#flag)
                    .value_name(#value_name)
                    .required(#required)
                    .value_parser(#parser)
                    #help
            )
        }
    });
    let body = op.body.as_ref().map(|body| {
        let file_help = format!(
            "The request body ({}) as JSON: a file, or - for standard input. \
             The other body flags override its members.",
            body.schema
        );
        let fields = body.fields.iter().map(|field| {
            let flag = &field.flag;
            let parser = match &field.kind {
                Kind::Text | Kind::Json => quote! { .value_parser(clap::value_parser!(String)) },
                Kind::Integer => quote! { .value_parser(clap::value_parser!(i64)) },
                Kind::Number => quote! { .value_parser(clap::value_parser!(f64)) },
                Kind::Boolean => quote! { .value_parser(clap::value_parser!(bool)) },
                Kind::Choice(values) => {
                    quote! { .value_parser(PossibleValuesParser::new([#(#values),*])) }
                }
                Kind::TextList => quote! {
                    .value_parser(clap::value_parser!(String))
                        .action(ArgAction::Append)
                        .value_delimiter(',')
                },
            };
            let help = match (&field.help, &field.kind) {
                (Some(help), Kind::Json) => Some(format!("{help} (JSON)")),
                (None, Kind::Json) => Some("JSON".to_string()),
                (Some(help), Kind::TextList) => Some(format!("{help} (comma-separated)")),
                (help, _) => help.clone(),
            };
            let help = help.map(|help| quote! { .help(#help) });
            let value_name = value_name(flag);
            quote! { .arg(Arg::new(#flag).long(#flag).value_name(#value_name) #parser #help) }
        });
        quote! {
            .arg(Arg::new("body").long("body").value_name("FILE").help(#file_help))
            #(#fields)*
        }
    });
    let all = op.items.as_ref().map(|items| {
        let help = format!(
            "Fetch every page, from --page on, and print each of the `{items}` as one JSON line"
        );
        quote! {
            .arg(Arg::new("all").long("all").action(ArgAction::SetTrue).help(#help))
            .arg(
                Arg::new("max-pages")
                    .long("max-pages")
                    .requires("all")
                    .value_parser(clap::value_parser!(u32).range(1..))
                    .help("With --all: stop with an error after this many pages")
            )
        }
    });
    quote! {
        Command::new(#name)
            #about
            #long_about
            #(#params)*
            #body
            #all
    }
}

/// The match arm that sends one operation.
fn arm(op: &Operation) -> TokenStream {
    let name = &op.command;
    let method = &op.method;
    let params = op.params.iter().map(|param| {
        let flag = &param.flag;
        let setter = &param.setter;
        let rust_type = &param.rust_type;
        quote! {
            if let Some(value) = matches.get_one::<#rust_type>(#flag) {
                request = request.#setter(value.clone());
            }
        }
    });
    let body = op.body.as_ref().map(|body| {
        let schema = &body.schema;
        let rust_type = &body.rust_type;
        let fields = body.fields.iter().map(|field| {
            let name = &field.name;
            let flag = &field.flag;
            let kind = match field.kind {
                Kind::Text | Kind::Choice(_) => quote! { FieldKind::Text },
                Kind::Integer => quote! { FieldKind::Integer },
                Kind::Number => quote! { FieldKind::Number },
                Kind::Boolean => quote! { FieldKind::Boolean },
                Kind::TextList => quote! { FieldKind::TextList },
                Kind::Json => quote! { FieldKind::Json },
            };
            quote! { BodyField { name: #name, flag: #flag, kind: #kind } }
        });
        quote! {
            let body: #rust_type = crate::api::body(matches, #schema, &[#(#fields),*])?;
            request = request.body(body);
        }
    });
    let page_param = op.params.iter().find(|p| p.flag == PAGE_PARAMETER);
    let send = match (&op.items, page_param) {
        (Some(items), Some(page_param)) => {
            let page = &page_param.setter;
            let page_type = &page_param.rust_type;
            quote! {
                if matches.get_flag("all") {
                    let first = matches
                        .get_one::<#page_type>(#PAGE_PARAMETER)
                        .and_then(|page| u32::try_from(page.clone()).ok())
                        .unwrap_or(1);
                    return output
                        .all(#items, first, matches.get_one::<u32>("max-pages").copied(), |page| {
                            request.clone().#page(page).send()
                        })
                        .await;
                }
                output.one(request.send().await)
            }
        }
        _ => quote! { output.one(request.send().await) },
    };
    quote! {
        #name => {
            let mut request = client.#method();
            #(#params)*
            #body
            #send
        }
    }
}

/// How a body property's value is given on the command line.
fn kind_of(root: &Value, schema: &Value) -> Kind {
    if let Some(values) = enum_values(schema) {
        return Kind::Choice(values);
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => Kind::Text,
        Some("integer") => Kind::Integer,
        Some("number") => Kind::Number,
        Some("boolean") => Kind::Boolean,
        Some("array") => {
            let items = schema.get("items").and_then(|i| resolved(root, i));
            match items.and_then(|i| i.get("type")).and_then(Value::as_str) {
                Some("string") if items.and_then(enum_values).is_none() => Kind::TextList,
                _ => Kind::Json,
            }
        }
        _ => Kind::Json,
    }
}

/// The values of a string enum.
fn enum_values(schema: &Value) -> Option<Vec<String>> {
    let values = schema.get("enum")?.as_array()?;
    values
        .iter()
        .map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// The one-paragraph help of a parameter or property: its description, whitespace collapsed.
fn help_of(value: &Value) -> Option<String> {
    text(value.get("description"))
}

fn text(value: Option<&Value>) -> Option<String> {
    let text = value?.as_str()?;
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

/// `listContacts`, `team_uuid` → `list-contacts`, `team-uuid`.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if c == '_' || c == '-' || c == ' ' {
            if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
            previous_lower = false;
        } else if c.is_uppercase() {
            if previous_lower && !out.ends_with('-') {
                out.push('-');
            }
            out.extend(c.to_lowercase());
            previous_lower = false;
        } else {
            out.push(c);
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// `team-uuid` → `TEAM_UUID`, as clap shows values.
fn value_name(flag: &str) -> String {
    flag.replace('-', "_").to_uppercase()
}

/// Letters and digits only, lower case: how spec names and generated Rust names are matched.
fn squashed(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// What the CLI needs to know of the generated client: for each operation
/// method, its builder's setters and the type each takes.
struct ClientShape {
    /// Method of `Client` → its builder's setters.
    operations: Vec<(syn::Ident, Builder)>,
}

struct Builder {
    setters: Vec<(syn::Ident, syn::Type)>,
}

impl Builder {
    fn setter(&self, name: &str) -> Option<&(syn::Ident, syn::Type)> {
        let wanted = squashed(name);
        self.setters
            .iter()
            .find(|(setter, _)| squashed(&setter.to_string()) == wanted)
    }
}

impl ClientShape {
    fn read(code: &str) -> Result<Self, String> {
        let file = syn::parse_file(code).map_err(|e| e.to_string())?;
        // `impl Client { pub fn list_contacts(&self) -> builder::ListContacts<'_> }`
        let mut methods: Vec<(syn::Ident, String)> = Vec::new();
        let mut builders: BTreeMap<String, Builder> = BTreeMap::new();
        for item in &file.items {
            match item {
                syn::Item::Impl(block)
                    if type_name(&block.self_ty).as_deref() == Some("Client") =>
                {
                    for item in &block.items {
                        let syn::ImplItem::Fn(f) = item else { continue };
                        if let syn::ReturnType::Type(_, ty) = &f.sig.output {
                            let segments = path_segments(ty);
                            if segments.len() == 2 && segments[0] == "builder" {
                                methods.push((f.sig.ident.clone(), segments[1].clone()));
                            }
                        }
                    }
                }
                syn::Item::Mod(module) if module.ident == "builder" => {
                    for item in module.content.iter().flat_map(|(_, items)| items) {
                        let syn::Item::Impl(block) = item else {
                            continue;
                        };
                        let Some(name) = type_name(&block.self_ty) else {
                            continue;
                        };
                        let setters = block
                            .items
                            .iter()
                            .filter_map(|item| match item {
                                syn::ImplItem::Fn(f) => {
                                    setter_type(f).map(|ty| (f.sig.ident.clone(), ty))
                                }
                                _ => None,
                            })
                            .collect();
                        builders.insert(name, Builder { setters });
                    }
                }
                _ => {}
            }
        }
        let operations = methods
            .into_iter()
            .filter_map(|(method, builder)| builders.remove(&builder).map(|b| (method, b)))
            .collect::<Vec<_>>();
        if operations.is_empty() {
            return Err("no operation methods on `Client`".into());
        }
        Ok(Self { operations })
    }

    fn operation(&self, operation_id: &str) -> Option<(&syn::Ident, &Builder)> {
        let wanted = squashed(operation_id);
        self.operations
            .iter()
            .find(|(method, _)| squashed(&method.to_string()) == wanted)
            .map(|(method, builder)| (method, builder))
    }
}

/// The last identifier of a type's path (`ListContacts<'a>` → `ListContacts`).
fn type_name(ty: &syn::Type) -> Option<String> {
    path_segments(ty).pop()
}

fn path_segments(ty: &syn::Type) -> Vec<String> {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// `T` of a setter `fn x<V>(self, value: V) -> Self where V: TryInto<T>`,
/// written as the CLI crate names it (`crate::` and `types::` become `callbell::…`).
fn setter_type(f: &syn::ImplItemFn) -> Option<syn::Type> {
    let predicates = &f.sig.generics.where_clause.as_ref()?.predicates;
    for predicate in predicates {
        let syn::WherePredicate::Type(predicate) = predicate else {
            continue;
        };
        for bound in &predicate.bounds {
            let syn::TypeParamBound::Trait(bound) = bound else {
                continue;
            };
            let last = bound.path.segments.last()?;
            if last.ident != "TryInto" {
                continue;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                continue;
            };
            if let Some(syn::GenericArgument::Type(ty)) = args.args.first() {
                return Some(in_cli_crate(ty.clone()));
            }
        }
    }
    None
}

/// Rewrites a type of the generated client so the CLI crate can name it.
fn in_cli_crate(mut ty: syn::Type) -> syn::Type {
    if let syn::Type::Path(path) = &mut ty
        && path.path.leading_colon.is_none()
    {
        let first = path.path.segments.first().map(|s| s.ident.to_string());
        match first.as_deref() {
            Some("crate") => {
                path.path.segments[0].ident = format_ident!("callbell");
            }
            Some("types") | Some("builder") => {
                path.path
                    .segments
                    .insert(0, syn::PathSegment::from(format_ident!("callbell")));
            }
            _ => {}
        }
    }
    ty
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_follows_clap_conventions() {
        assert_eq!(kebab("listContacts"), "list-contacts");
        assert_eq!(kebab("team_uuid"), "team-uuid");
        assert_eq!(kebab("getContactByBsuid"), "get-contact-by-bsuid");
        assert_eq!(kebab("page"), "page");
    }

    /// The generated client file for `spec`.
    fn client_code(spec: &Spec) -> String {
        crate::codegen::generate(spec)
            .unwrap()
            .into_iter()
            .find(|file| file.name == crate::emit::CLIENT_FILE)
            .unwrap()
            .content
    }

    #[test]
    fn every_operation_of_the_spec_becomes_a_subcommand() {
        use crate::paths::{SPEC, workspace_root};
        let spec = spec::load(&workspace_root().join(SPEC), SPEC).unwrap();
        let client = client_code(&spec);
        let code = render(&spec, &client).unwrap();
        let mut ids = Vec::new();
        for item in spec.json["paths"].as_object().unwrap().values() {
            for op in item.as_object().unwrap().values() {
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    ids.push(kebab(id));
                }
            }
        }
        assert!(ids.len() >= 14, "{ids:?}");
        for id in &ids {
            assert!(code.contains(&format!("Command::new(\"{id}\")")), "{id}");
            assert!(code.contains(&format!("\"{id}\" => {{")), "{id}");
        }
        // Listings get --all; bodies get --body; enums list their values.
        assert_eq!(code.matches("Arg::new(\"all\")").count(), 2);
        assert!(code.contains("Arg::new(\"body\")"));
        assert!(code.contains("\"whatsapp\""));
    }

    #[test]
    fn a_new_operation_in_the_spec_is_a_new_subcommand() {
        use crate::paths::{SPEC, workspace_root};
        let text = std::fs::read_to_string(workspace_root().join(SPEC)).unwrap();
        let text = text.replacen(
            "x-webhooks:\n",
            "  /contacts/{uuid}/labels:\n    get:\n      operationId: listContactLabels\n      \
             summary: List a contact's labels\n      parameters:\n        \
             - $ref: \"#/components/parameters/ContactUuid\"\n        \
             - $ref: \"#/components/parameters/Page\"\n      responses:\n        \"200\":\n          \
             description: A page.\n          content:\n            application/json:\n              \
             schema:\n                $ref: \"#/components/schemas/ContactList\"\n\
             x-webhooks:\n",
            1,
        );
        let spec = spec::parse(&text, SPEC).unwrap();
        let client = client_code(&spec);
        let code = render(&spec, &client).unwrap();
        assert!(
            code.contains("Command::new(\"list-contact-labels\")"),
            "{code}"
        );
        assert!(code.contains("let mut request = client.list_contact_labels();"));
        // A listing: it gets --all, over its one array property.
        assert_eq!(code.matches("Arg::new(\"all\")").count(), 3);
    }

    #[test]
    fn a_flag_taken_twice_is_a_spec_error() {
        use crate::paths::{SPEC, workspace_root};
        let text = std::fs::read_to_string(workspace_root().join(SPEC)).unwrap();
        // A body property named like the path parameter of its operation.
        let text = text.replacen(
            "    UpdateContactRequest:\n      type: object\n      description: The fields to change on a contact; left-out fields keep their values.\n      properties:\n",
            "    UpdateContactRequest:\n      type: object\n      description: The fields to change on a contact; left-out fields keep their values.\n      properties:\n        uuid:\n          type: string\n",
            1,
        );
        let spec = spec::parse(&text, SPEC).unwrap();
        let client = client_code(&spec);
        let error = render(&spec, &client).unwrap_err().to_string();
        assert!(error.contains("`--uuid` is already the flag of"), "{error}");
        assert!(error.contains("UpdateContactRequest"), "{error}");
    }
}
