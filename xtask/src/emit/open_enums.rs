//! The spec's string enums as open enums: every component schema that is a
//! `type: string` with an `enum` becomes a Rust enum with one variant per
//! listed value plus `Other(String)` (the hand-written `open_enum!` macro in
//! `crates/callbell/src/types/open_enum.rs` gives them their impls).

use serde_json::Value;

use crate::spec::{self, Spec, SpecError};

/// One open enum: its schema and its listed values.
#[derive(Clone, Debug)]
pub struct OpenEnum {
    /// The component schema's name, also the Rust type's name.
    pub schema: String,
    /// The schema's description.
    pub description: Option<String>,
    /// `(variant, wire value)` in the spec's order.
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
                    format!("`{wire}` and `{earlier}` of `{name}` would both be the variant `{variant}`"),
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

/// The body of `generated/open_enums.rs`: one `open_enum!` invocation per
/// enum, written as text (a formatter cannot lay out macro input).
pub fn render(enums: &[OpenEnum]) -> String {
    let mut out = String::new();
    for open in enums {
        out.push_str("\nopen_enum! {\n");
        let doc = open
            .description
            .clone()
            .unwrap_or_else(|| format!("The spec's `{}`.", open.schema));
        for line in doc.trim_end().lines() {
            out.push_str(&format!(
                "    ///{}{line}\n",
                if line.is_empty() { "" } else { " " }
            ));
        }
        out.push_str(&format!("    {} from {:?} {{\n", open.schema, open.schema));
        for (variant, wire) in &open.variants {
            out.push_str(&format!("        /// `{wire}`.\n"));
            out.push_str(&format!("        {variant} = {wire:?},\n"));
        }
        out.push_str("    }\n}\n");
    }
    out
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
        let text = render(&enums);
        assert!(text.contains("    Source from \"Source\" {\n        /// `whatsapp`.\n        Whatsapp = \"whatsapp\",\n"), "{text}");
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
