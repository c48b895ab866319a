//! The one-field spec edit the edit loop times: an optional string property
//! added to one component schema, as text, so the rest of the file (comments,
//! order) stays as written.

/// The property the edit adds.
pub const PROPERTY: &str = "benchNote";

/// `spec` with an optional string property [`PROPERTY`] added first in the
/// `properties:` of the component schema `schema`.
///
/// ```text
///     Contact:            <- `schema`, indented by N
///       type: object
///       properties:       <- the first `properties:` indented by N + 2
///         benchNote:      <- inserted, indented by N + 4
/// ```
pub fn add_optional_property(spec: &str, schema: &str) -> Result<String, String> {
    let lines: Vec<&str> = spec.split_inclusive('\n').collect();
    let header = format!("{schema}:");
    let (start, indent) = lines
        .iter()
        .enumerate()
        .find_map(|(i, line)| {
            let indent = line.len() - line.trim_start().len();
            (line.trim_end() == format!("{}{header}", " ".repeat(indent)) && indent > 0)
                .then_some((i, indent))
        })
        .ok_or_else(|| format!("the spec has no schema `{schema}`"))?;
    let properties = format!("{}properties:", " ".repeat(indent + 2));
    let at = lines[start + 1..]
        .iter()
        .take_while(|line| {
            let this = line.len() - line.trim_start().len();
            line.trim().is_empty() || this > indent
        })
        .position(|line| line.trim_end() == properties)
        .map(|i| start + 1 + i + 1)
        .ok_or_else(|| format!("schema `{schema}` has no `properties:`"))?;
    let pad = " ".repeat(indent + 4);
    let added = format!(
        "{pad}{PROPERTY}:\n{pad}  type: string\n{pad}  description: A note (added by the spec-edit benchmark).\n"
    );
    let mut out = String::with_capacity(spec.len() + added.len());
    out.extend(lines[..at].iter().copied());
    out.push_str(&added);
    out.extend(lines[at..].iter().copied());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "components:\n  schemas:\n    ContactList:\n      type: object\n      \
                        properties:\n        contacts:\n          type: array\n    Contact:\n      \
                        type: object\n      required: [uuid]\n      properties:\n        uuid:\n          \
                        type: string\n    Team:\n      properties:\n        name:\n          type: string\n";

    #[test]
    fn adds_the_property_to_the_named_schema_only() {
        let edited = add_optional_property(SPEC, "Contact").unwrap();
        assert!(edited.contains(
            "      properties:\n        benchNote:\n          type: string\n          description: A note"
        ));
        assert!(edited.contains("properties:\n        benchNote:\n          type: string\n          description: A note (added by the spec-edit benchmark).\n        uuid:\n"));
        assert_eq!(edited.matches(PROPERTY).count(), 1);
        assert_eq!(
            edited.replace(
                &edited[edited.find("        benchNote").unwrap()
                    ..edited.find("        uuid").unwrap()],
                ""
            ),
            SPEC
        );
    }

    #[test]
    fn refuses_a_missing_schema_or_one_without_properties() {
        assert_eq!(
            add_optional_property(SPEC, "Channel").unwrap_err(),
            "the spec has no schema `Channel`"
        );
        let bare = "components:\n  schemas:\n    Contact:\n      type: string\n    Team:\n      properties:\n";
        assert_eq!(
            add_optional_property(bare, "Contact").unwrap_err(),
            "schema `Contact` has no `properties:`"
        );
    }

    #[test]
    fn edits_the_real_spec() {
        let spec = std::fs::read_to_string(crate::workspace_root().join(crate::SPEC)).unwrap();
        assert!(!spec.contains(PROPERTY));
        let edited = add_optional_property(&spec, "Contact").unwrap();
        assert_eq!(edited.lines().count(), spec.lines().count() + 3);
        let contact = edited.find("\n    Contact:\n").unwrap();
        let added = edited.find(PROPERTY).unwrap();
        assert!(contact < added, "added before the Contact schema");
        let between = &edited[contact + 1..added];
        assert!(
            between
                .lines()
                .skip(1)
                .all(|line| line.starts_with("      ")),
            "added outside the Contact schema: {between}"
        );
    }
}
