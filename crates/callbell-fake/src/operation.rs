//! The spec's operations as data (the generated table), and routing a request
//! to one of them by method and path template.

use std::fmt;
use std::str::FromStr;

pub use crate::generated::OperationId;
use crate::generated::{BASE_PATH, OPERATIONS};

/// One operation of the spec, as `cargo xtask codegen` writes it into the table.
#[derive(Debug)]
pub(crate) struct Operation {
    pub(crate) id: OperationId,
    /// The `operationId` as the spec writes it.
    pub(crate) name: &'static str,
    /// The HTTP method, upper case.
    pub(crate) method: &'static str,
    /// The path template below the base path, e.g. `/contacts/{uuid}`.
    pub(crate) path: &'static str,
    pub(crate) parameters: &'static [Parameter],
    pub(crate) body: Option<Body>,
    pub(crate) success: Success,
}

/// A path or query parameter.
#[derive(Debug)]
pub(crate) struct Parameter {
    pub(crate) name: &'static str,
    pub(crate) location: Location,
    pub(crate) required: bool,
    /// The parameter's JSON Schema; `$ref`s point into `callbell::schema::JSON_SCHEMA`'s `$defs`.
    pub(crate) schema: &'static str,
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Location {
    Path,
    Query,
}

/// The JSON request body.
#[derive(Debug)]
pub(crate) struct Body {
    /// The component schema it must validate against.
    pub(crate) schema: &'static str,
    pub(crate) required: bool,
}

/// The first `2xx` answer of an operation.
#[derive(Debug)]
pub(crate) struct Success {
    pub(crate) status: u16,
    /// The component schema of its JSON body, if it has one.
    pub(crate) schema: Option<&'static str>,
    /// An example body (JSON text) that validates against `schema`.
    pub(crate) example: &'static str,
}

impl OperationId {
    /// The `operationId` as the spec writes it (`"listContacts"`).
    pub fn as_str(self) -> &'static str {
        self.operation().name
    }

    /// The HTTP method (`"GET"`).
    pub fn method(self) -> &'static str {
        self.operation().method
    }

    /// The path template, without the base path (`"/contacts/{uuid}"`).
    pub fn path_template(self) -> &'static str {
        self.operation().path
    }

    pub(crate) fn operation(self) -> &'static Operation {
        // The generator writes the table in the order of the enum's variants.
        &OPERATIONS[self as usize]
    }
}

impl fmt::Display for OperationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An `operationId` that is not in the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownOperation(String);

impl fmt::Display for UnknownOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = OperationId::ALL.iter().map(|op| op.as_str()).collect();
        write!(
            f,
            "no operation `{}` in the spec; known: {}",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownOperation {}

impl FromStr for OperationId {
    type Err = UnknownOperation;

    /// Reads an `operationId` as the spec writes it (`"getContact"`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OperationId::ALL
            .iter()
            .copied()
            .find(|op| op.as_str() == s)
            .ok_or_else(|| UnknownOperation(s.to_string()))
    }
}

/// Path parameters by name, percent-decoded.
pub(crate) type PathParams = Vec<(&'static str, String)>;

/// Where a request goes.
#[derive(Debug)]
pub(crate) enum Route {
    /// An operation, with the path parameters' raw (percent-decoded) values.
    Operation(&'static Operation, PathParams),
    /// A path of the spec, but not with this method.
    WrongMethod { allowed: Vec<&'static str> },
    /// No path of the spec.
    NotFound,
}

/// Finds the operation for `method` and `path` (the whole request path,
/// base path included). Among templates that match, the one with the most
/// literal segments wins (`/contacts/phone/{phone_number}` over `/contacts/{uuid}/...`).
pub(crate) fn route(method: &str, path: &str) -> Route {
    let Some(rest) = path.strip_prefix(BASE_PATH) else {
        return Route::NotFound;
    };
    let segments: Vec<&str> = rest.split('/').skip(1).collect();
    if !rest.starts_with('/') {
        return Route::NotFound;
    }
    let mut best: Option<(usize, &'static Operation, PathParams)> = None;
    let mut allowed = Vec::new();
    for op in OPERATIONS {
        let Some((literals, params)) = match_template(op.path, &segments) else {
            continue;
        };
        if !op.method.eq_ignore_ascii_case(method) {
            allowed.push(op.method);
            continue;
        }
        if best.as_ref().is_none_or(|(n, _, _)| literals > *n) {
            best = Some((literals, op, params));
        }
    }
    match best {
        Some((_, op, params)) => Route::Operation(op, params),
        None if !allowed.is_empty() => Route::WrongMethod { allowed },
        None => Route::NotFound,
    }
}

/// The number of literal segments and the parameters, if `segments` fit `template`.
fn match_template(template: &'static str, segments: &[&str]) -> Option<(usize, PathParams)> {
    let parts: Vec<&'static str> = template.split('/').skip(1).collect();
    if parts.len() != segments.len() {
        return None;
    }
    let mut literals = 0;
    let mut params = Vec::new();
    for (part, segment) in parts.iter().zip(segments) {
        match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            Some(name) => {
                if segment.is_empty() {
                    return None;
                }
                params.push((name, percent_decode(segment)?));
            }
            None if part == segment => literals += 1,
            None => return None,
        }
    }
    Some((literals, params))
}

/// Decodes `%XX` escapes; `None` when the result is not UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                let value = hex(h)? * 16 + hex(l)?;
                out.push(u8::try_from(value).ok()?);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routed(method: &str, path: &str) -> Option<(OperationId, Vec<(&'static str, String)>)> {
        match route(method, path) {
            Route::Operation(op, params) => Some((op.id, params)),
            _ => None,
        }
    }

    #[test]
    fn every_operation_is_reached_by_its_own_method_and_template() {
        for &op in OperationId::ALL {
            let path = format!("{BASE_PATH}{}", op.path_template())
                .replace('{', "x")
                .replace('}', "");
            let (found, _) = routed(op.method(), &path).unwrap_or_else(|| panic!("{op}"));
            assert_eq!(found, op, "{path}");
            assert_eq!(op.as_str().parse::<OperationId>(), Ok(op));
        }
    }

    #[test]
    fn literal_segments_win_and_parameters_are_percent_decoded() {
        let (op, params) =
            routed("GET", &format!("{BASE_PATH}/contacts/phone/%2B39%20123")).unwrap();
        assert_eq!(op.path_template(), "/contacts/phone/{phone_number}");
        assert_eq!(params, [("phone_number", "+39 123".to_string())]);
    }

    #[test]
    fn every_example_answer_validates_against_its_schema() {
        for op in OPERATIONS {
            let example: serde_json::Value = serde_json::from_str(op.success.example).unwrap();
            if let Some(schema) = op.success.schema {
                let schema = callbell::schema::Schema::named(schema).unwrap();
                assert!(
                    schema.validate(&example).is_ok(),
                    "{}: {:?}",
                    op.name,
                    schema.validate(&example)
                );
            }
        }
    }

    #[test]
    fn unknown_paths_and_methods_are_told_apart() {
        assert!(matches!(route("GET", "/nowhere"), Route::NotFound));
        assert!(matches!(
            route("GET", &format!("{BASE_PATH}/contacts/a/b/c/d")),
            Route::NotFound
        ));
        let Route::WrongMethod { allowed } = route("TRACE", &format!("{BASE_PATH}/contacts"))
        else {
            panic!("expected a wrong method");
        };
        assert!(!allowed.is_empty());
        assert!(
            "noSuchOperation"
                .parse::<OperationId>()
                .unwrap_err()
                .to_string()
                .contains("known: ")
        );
    }
}
