//! Tables of spec facts the hand-written code needs: the schema list (for
//! `callbell::schema` and the tests), the open enums, and each operation's
//! method and path template (for tracing without identifiers).

use quote::quote;
use serde_json::Value;
use syn::{Item, parse_quote};

use super::open_enums::OpenEnum;
use crate::spec::{self, Spec, SpecError};

/// The macros (as text: a formatter cannot lay out macro bodies) and the
/// items of `generated/tables.rs`.
///
/// `replacements` maps schema names to the Rust types that stand for them;
/// `defined` names the types the generated code defines. `client_code` is the
/// generated client, to check progenitor's operation names against.
pub fn items(
    spec: &Spec,
    enums: &[OpenEnum],
    replacements: &[(&str, &str)],
    defined: &[String],
    client_code: &str,
) -> Result<(String, Vec<Item>), SpecError> {
    let (typed, untyped) = schema_list(spec, replacements, defined)?;
    let open: Vec<String> = enums.iter().map(|e| e.schema.clone()).collect();
    let macros = format!(
        "{}{}",
        name_macro("for_each_schema_type", SCHEMA_TYPES_DOC, false, &typed),
        name_macro(
            "for_each_open_enum",
            "/// Invokes the macro `$callback` with the name of every open enum in\n\
             /// [`types`](crate::types) (the spec's string enums).\n",
            true,
            &open
        ),
    );
    let operations = operations(spec, client_code)?;
    let server = spec
        .json
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            spec.error_at(
                "/servers",
                "the spec names no server: the client needs its default base URL",
            )
        })?
        .trim_end_matches('/');
    let rows = operations.iter().map(|(id, method, path)| {
        quote! { Operation { id: #id, method: #method, path: #path }, }
    });

    let file: syn::File = parse_quote! {
        /// Where requests go unless the client is given another base URL: the
        /// spec's first server, without a trailing `/`.
        pub const DEFAULT_BASE_URL: &str = #server;

        /// Component schemas that have no type of their own in
        /// [`types`](crate::types): the generated code reads them as a plain
        /// Rust type (see `REPLACEMENTS` in `xtask/src/codegen.rs`).
        pub const SCHEMAS_WITHOUT_TYPE: &[&str] = &[#(#untyped),*];

        /// One operation of the spec.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Operation {
            /// The generated client's name for it (the operationId in snake case).
            pub id: &'static str,
            /// The HTTP method, upper case.
            pub method: &'static str,
            /// The path template, relative to the base URL (`/contacts/{uuid}`).
            pub path: &'static str,
        }

        /// Every operation of the spec, in the spec's order.
        pub const OPERATIONS: &[Operation] = &[#(#rows)*];
    };
    Ok((macros, file.items))
}

const SCHEMA_TYPES_DOC: &str = "\
/// Invokes the macro `$callback` with the name of every type in
/// [`types`](crate::types) that stands for one of the spec's component
/// schemas (`callbell::types::<Name>`, named like the schema), for code that
/// must do the same for each of them.
///
/// ```
/// macro_rules! names {
///     ($($name:ident),+ $(,)?) => { [$(stringify!($name)),+] };
/// }
/// let names = callbell::for_each_schema_type!(names);
/// assert!(names.contains(&\"ContactList\") && names.contains(&\"Source\"));
/// ```
";

/// An exported macro that hands `names` to a callback macro, one per line.
fn name_macro(name: &str, doc: &str, hidden: bool, names: &[String]) -> String {
    let mut out = String::from("\n");
    out.push_str(doc);
    if hidden {
        out.push_str("#[doc(hidden)]\n");
    }
    out.push_str(&format!(
        "#[macro_export]\nmacro_rules! {name} {{\n    ($callback:ident) => {{\n        $callback! {{\n"
    ));
    for n in names {
        out.push_str(&format!("            {n},\n"));
    }
    out.push_str("        }\n    };\n}\n");
    out
}

/// The schema names with a type in `crate::types`, and those without.
fn schema_list(
    spec: &Spec,
    replacements: &[(&str, &str)],
    defined: &[String],
) -> Result<(Vec<String>, Vec<String>), SpecError> {
    let mut typed = Vec::new();
    let mut untyped = Vec::new();
    let names = spec
        .json
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|s| s.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    for name in names {
        match replacements.iter().find(|(schema, _)| *schema == name) {
            Some((_, rust)) if *rust != format!("crate::types::{name}") => untyped.push(name),
            Some(_) => typed.push(name),
            None if defined.contains(&name) => typed.push(name),
            None => {
                return Err(spec.error_at(
                    &format!("/components/schemas/{}", spec::escape(&name)),
                    format!("progenitor generated no type named `{name}` for this schema"),
                ));
            }
        }
    }
    typed.sort();
    untyped.sort();
    Ok((typed, untyped))
}

/// `(generated name, METHOD, path)` of every operation, in the spec's order.
fn operations(spec: &Spec, client_code: &str) -> Result<Vec<(String, String, String)>, SpecError> {
    let mut out = Vec::new();
    for (path, item) in &spec.openapi.paths.paths {
        let openapiv3::ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, operation) in item.iter() {
            let pointer = format!("/paths/{}/{method}", spec::escape(path));
            let Some(id) = &operation.operation_id else {
                return Err(spec.error_at(&pointer, "the operation has no operationId"));
            };
            let name = snake_case(id);
            if !client_code.contains(&format!("operation_id: \"{name}\"")) {
                return Err(spec.error_at(
                    &pointer,
                    format!("progenitor does not name operation `{id}` `{name}`"),
                ));
            }
            out.push((name, method.to_ascii_uppercase(), path.clone()));
        }
    }
    Ok(out)
}

/// `getContactByPhone` → `get_contact_by_phone`, `getHTTPStatus` →
/// `get_http_status`, as progenitor names operations.
pub fn snake_case(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            continue;
        }
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower);
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_ids_in_snake_case() {
        assert_eq!(snake_case("getContactByPhone"), "get_contact_by_phone");
        assert_eq!(snake_case("listContacts"), "list_contacts");
        assert_eq!(snake_case("getHTTPStatus"), "get_http_status");
        assert_eq!(snake_case("get-contact"), "get_contact");
    }
}
