//! Reading `openapi/callbell.yaml`: YAML syntax, then the checks progenitor
//! would otherwise report vaguely or not at all, then the OpenAPI model.
//!
//! Every failure is a [`SpecError`] naming the file and either a line and
//! column (syntax) or the JSON pointer of the offending value (semantics),
//! with the line of that value when it can be found in the text.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use openapiv3::OpenAPI;
use serde_json::Value;

/// Where in the spec a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// Nowhere in particular (the file could not be read at all).
    File,
    /// A position in the text, 1-based.
    Line { line: usize, column: usize },
    /// A JSON pointer into the document, with its line when known.
    Pointer {
        pointer: String,
        line: Option<usize>,
    },
}

/// A problem with the spec, naming the file and the place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// The spec's path as shown to the user.
    pub file: String,
    /// Where in the file.
    pub location: Location,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::File => write!(f, "{}: {}", self.file, self.message),
            Location::Line { line, column } => {
                write!(f, "{}:{line}:{column}: {}", self.file, self.message)
            }
            Location::Pointer {
                pointer,
                line: Some(line),
            } => {
                write!(f, "{}:{line}: at {pointer}: {}", self.file, self.message)
            }
            Location::Pointer {
                pointer,
                line: None,
            } => {
                write!(f, "{}: at {pointer}: {}", self.file, self.message)
            }
        }
    }
}

impl std::error::Error for SpecError {}

/// A spec that parsed and passed the checks: the OpenAPI model and the
/// document as JSON (for pointer look-ups by later stages).
#[derive(Debug)]
pub struct Spec {
    /// The typed OpenAPI model progenitor consumes.
    pub openapi: OpenAPI,
    /// The same document as plain JSON.
    pub json: Value,
    /// The spec's text, to find the line of a JSON pointer.
    pub text: String,
    /// The spec's path as shown to the user.
    pub file: String,
}

impl Spec {
    /// An error at `pointer` in this spec, with the pointer's line when found.
    pub fn error_at(&self, pointer: &str, message: impl Into<String>) -> SpecError {
        error_at(&self.file, &self.text, pointer, message.into())
    }
}

/// Reads and checks the spec at `path`; `shown_as` is the name used in errors.
pub fn load(path: &Path, shown_as: &str) -> Result<Spec, SpecError> {
    let text = std::fs::read_to_string(path).map_err(|e| SpecError {
        file: shown_as.to_string(),
        location: Location::File,
        message: format!("cannot read the spec ({}): {e}", path.display()),
    })?;
    parse(&text, shown_as)
}

/// Parses and checks spec text; `shown_as` is the file name used in errors.
pub fn parse(text: &str, shown_as: &str) -> Result<Spec, SpecError> {
    let file = shown_as.to_string();
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let location = match e.location() {
            Some(at) => Location::Line {
                line: at.line(),
                column: at.column(),
            },
            None => Location::File,
        };
        SpecError {
            file: file.clone(),
            location,
            message: format!("invalid YAML: {e}"),
        }
    })?;
    let json = yaml_to_json(&yaml, "")
        .map_err(|(pointer, message)| error_at(&file, text, &pointer, message))?;

    let problems = check_document(&json);
    if let Some((pointer, message)) = problems.into_iter().next() {
        return Err(error_at(&file, text, &pointer, message));
    }

    let openapi: OpenAPI = serde_path_to_error::deserialize(&json).map_err(|e| {
        let pointer = pointer_of(e.path());
        error_at(
            &file,
            text,
            &pointer,
            format!("not a valid OpenAPI document: {}", e.inner()),
        )
    })?;
    Ok(Spec {
        openapi,
        json,
        text: text.to_string(),
        file,
    })
}

/// Converts YAML to JSON, refusing what JSON cannot hold (non-string keys).
fn yaml_to_json(yaml: &serde_yaml::Value, at: &str) -> Result<Value, (String, String)> {
    use serde_yaml::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(*b),
        Y::Number(n) => serde_json::to_value(n).map_err(|e| (at.to_string(), e.to_string()))?,
        Y::String(s) => Value::String(s.clone()),
        Y::Sequence(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &format!("{at}/{i}")))
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::new();
            for (key, value) in map {
                let key = match key {
                    Y::String(s) => s.clone(),
                    other => {
                        return Err((
                            at.to_string(),
                            format!(
                                "mapping key {} is not a string (quote it, e.g. \"200\")",
                                serde_yaml::to_string(other).unwrap_or_default().trim()
                            ),
                        ));
                    }
                };
                let value = yaml_to_json(value, &format!("{at}/{}", escape(&key)))?;
                out.insert(key, value);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(&tagged.value, at)?,
    })
}

/// The checks that progenitor does not make, or reports without a place:
/// the OpenAPI version, `$ref`s that resolve, and one unique operationId per
/// operation. Returns every problem as (JSON pointer, message), in document order.
pub fn check_document(doc: &Value) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    match doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) => problems.push((
            "/openapi".to_string(),
            format!("OpenAPI version {v} is not supported; progenitor reads 3.0.x"),
        )),
        None => problems.push((
            String::new(),
            "the `openapi: 3.0.x` field is missing".to_string(),
        )),
    }
    check_refs(doc, doc, "", &mut problems);
    check_operation_ids(doc, &mut problems);
    problems
}

fn check_refs(root: &Value, node: &Value, at: &str, problems: &mut Vec<(String, String)>) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                let here = format!("{at}/{}", escape(key));
                if key == "$ref" {
                    match value.as_str() {
                        Some(target) if resolve_ref(root, target).is_some() => {}
                        Some(target) => problems.push((
                            here,
                            format!("$ref `{target}` does not resolve to anything in this file"),
                        )),
                        None => problems.push((here, "$ref must be a string".to_string())),
                    }
                } else {
                    check_refs(root, value, &here, problems);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_refs(root, item, &format!("{at}/{i}"), problems);
            }
        }
        _ => {}
    }
}

/// Resolves a local `$ref` (`#/components/...`) in `root`.
pub fn resolve_ref<'a>(root: &'a Value, target: &str) -> Option<&'a Value> {
    let pointer = target.strip_prefix('#')?;
    root.pointer(pointer)
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn check_operation_ids(doc: &Value, problems: &mut Vec<(String, String)>) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        problems.push(("/paths".to_string(), "the spec has no `paths`".to_string()));
        return;
    };
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let here = format!("/paths/{}/{method}", escape(path));
            match op.get("operationId").and_then(Value::as_str) {
                None => problems.push((
                    here,
                    format!(
                        "{} {path} has no operationId (progenitor names methods after it)",
                        method.to_uppercase()
                    ),
                )),
                Some(id) => {
                    if let Some(first) = seen.get(id) {
                        problems.push((
                            format!("{here}/operationId"),
                            format!("operationId `{id}` is already used at {first}"),
                        ));
                    } else {
                        seen.insert(id, here);
                    }
                }
            }
        }
    }
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape(key))),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

fn error_at(file: &str, text: &str, pointer: &str, message: String) -> SpecError {
    SpecError {
        file: file.to_string(),
        location: Location::Pointer {
            pointer: if pointer.is_empty() {
                "/".to_string()
            } else {
                pointer.to_string()
            },
            line: line_of(text, pointer),
        },
        message,
    }
}

/// Finds the 1-based line where the value at `pointer` is written, for block-
/// style YAML (keys on their own lines, `- ` list items). Best effort: `None`
/// when the text is written in a way this reader does not follow.
pub fn line_of(text: &str, pointer: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    if segments.is_empty() {
        return Some(1);
    }
    // The line holding the current node, and the indentation its children exceed.
    let mut start = 0usize;
    let mut parent_indent: isize = -1;
    let mut found = None;
    for segment in &segments {
        let children = || {
            lines.iter().enumerate().skip(start).filter(|(_, l)| {
                let t = l.trim_start();
                !t.is_empty() && !t.starts_with('#')
            })
        };
        let within =
            |i: usize, line: &str| i == start || indentation(line) as isize > parent_indent;
        // A mapping key first (YAML keys may look like numbers: "200")...
        let mut hit = children()
            .take_while(|(i, l)| within(*i, l))
            .find(|(_, l)| key_matches(l.trim_start().trim_start_matches("- "), segment))
            .map(|(i, l)| (i, indentation(l)));
        // ...then a list item.
        if hit.is_none()
            && let Ok(index) = segment.parse::<usize>()
        {
            hit = children()
                .take_while(|(i, l)| within(*i, l))
                .filter(|(_, l)| {
                    let t = l.trim_start();
                    t.starts_with("- ") || t == "-"
                })
                .nth(index)
                .map(|(i, l)| (i, indentation(l)));
        }
        let (i, indent) = hit?;
        found = Some(i + 1);
        start = i;
        parent_indent = indent as isize;
    }
    found
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn key_matches(trimmed: &str, key: &str) -> bool {
    [
        format!("{key}:"),
        format!("\"{key}\":"),
        format!("'{key}':"),
    ]
    .iter()
    .any(|k| trimmed.starts_with(k.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r##"openapi: 3.0.3
info:
  title: t
  version: "1"
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/A"
components:
  schemas:
    A:
      type: object
"##;

    #[test]
    fn minimal_spec_loads() {
        let spec = parse(MINIMAL, "spec.yaml").expect("valid");
        assert!(spec.openapi.paths.paths.contains_key("/a"));
    }

    #[test]
    fn yaml_syntax_error_names_file_line_and_column() {
        let broken = MINIMAL.replace("  title: t", "  title: [t");
        let err = parse(&broken, "openapi/callbell.yaml").unwrap_err();
        assert!(
            matches!(err.location, Location::Line { line, .. } if (3..=5).contains(&line)),
            "{err:?}"
        );
        let shown = err.to_string();
        assert!(shown.starts_with("openapi/callbell.yaml:"), "{shown}");
        assert!(shown.contains("invalid YAML"), "{shown}");
    }

    #[test]
    fn unresolved_ref_names_pointer_and_line() {
        let broken = MINIMAL.replace("schemas/A\"", "schemas/Missing\"");
        let err = parse(&broken, "openapi/callbell.yaml").unwrap_err();
        assert_eq!(
            err.location,
            Location::Pointer {
                pointer: "/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
                    .into(),
                line: Some(15)
            }
        );
        assert!(
            err.to_string().contains("#/components/schemas/Missing"),
            "{err}"
        );
    }

    #[test]
    fn missing_operation_id_names_the_operation() {
        let broken = MINIMAL.replace("      operationId: getA\n", "");
        let err = parse(&broken, "openapi/callbell.yaml").unwrap_err();
        assert_eq!(
            err.location,
            Location::Pointer {
                pointer: "/paths/~1a/get".into(),
                line: Some(7)
            }
        );
        assert!(
            err.to_string().contains("GET /a has no operationId"),
            "{err}"
        );
    }

    #[test]
    fn duplicate_operation_id_is_refused() {
        let broken = MINIMAL.replace(
            "components:",
            "  /b:\n    get:\n      operationId: getA\n      responses: {}\ncomponents:",
        );
        let err = parse(&broken, "x.yaml").unwrap_err();
        assert!(
            err.to_string()
                .contains("operationId `getA` is already used at /paths/~1a/get"),
            "{err}"
        );
    }

    #[test]
    fn wrongly_typed_value_points_at_the_real_place() {
        let broken = MINIMAL.replace("  title: t", "  title: [1, 2]");
        let err = parse(&broken, "x.yaml").unwrap_err();
        assert_eq!(
            err.location,
            Location::Pointer {
                pointer: "/info/title".into(),
                line: Some(3)
            }
        );
    }

    #[test]
    fn unquoted_status_code_key_is_explained() {
        let broken = MINIMAL.replace("\"200\":", "200:");
        let err = parse(&broken, "x.yaml").unwrap_err();
        assert!(err.to_string().contains("is not a string"), "{err}");
    }

    #[test]
    fn openapi_31_is_refused() {
        let err = parse(&MINIMAL.replace("3.0.3", "3.1.0"), "x.yaml").unwrap_err();
        assert!(err.to_string().contains("3.1.0 is not supported"), "{err}");
    }

    #[test]
    fn line_of_follows_nested_keys_and_list_items() {
        let text = "a:\n  b:\n    - x: 1\n    - y: 2\n  c: 3\n";
        assert_eq!(line_of(text, "/a/c"), Some(5));
        assert_eq!(line_of(text, "/a/b/1"), Some(4));
        assert_eq!(line_of(text, "/a/b/1/y"), Some(4));
    }
}
