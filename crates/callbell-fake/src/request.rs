//! A routed request checked against the spec: path and query parameters
//! against their schemas, the JSON body with `callbell::schema`. Anything
//! that does not fit is a [`Rejection`] naming the JSON pointer.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use callbell::schema::{JSON_SCHEMA, Schema};
use http::StatusCode;
use serde_json::{Value, json};

use crate::generated::OPERATIONS;
use crate::operation::{Location, Operation, Parameter};

/// A request that passed validation, with its parameters read into JSON values.
#[derive(Debug)]
pub(crate) struct Request {
    pub(crate) operation: &'static Operation,
    /// Path and query parameters the spec declares, by name, typed as their schemas say.
    params: BTreeMap<&'static str, Value>,
    /// The JSON body, when the operation takes one and it was sent.
    pub(crate) body: Option<Value>,
}

impl Request {
    /// A parameter's value as a string (path parameters always are).
    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        self.param(name).and_then(Value::as_str)
    }

    /// A parameter's integer value.
    pub(crate) fn integer(&self, name: &str) -> Option<i64> {
        self.param(name).and_then(Value::as_i64)
    }

    /// A parameter's boolean value.
    pub(crate) fn flag(&self, name: &str) -> Option<bool> {
        self.param(name).and_then(Value::as_bool)
    }

    /// A member of the JSON body.
    pub(crate) fn field(&self, name: &str) -> Option<&Value> {
        // A behaviour that reads a member its body schema lacks has drifted from the spec.
        debug_assert!(
            self.operation
                .body
                .as_ref()
                .is_some_and(|body| body_declares(body.schema, name)),
            "`{}` reads body member `{name}`, which its request body schema does not declare",
            self.operation.name
        );
        self.body.as_ref()?.get(name)
    }

    fn param(&self, name: &str) -> Option<&Value> {
        // A behaviour that reads a parameter the spec does not declare has drifted from it.
        debug_assert!(
            self.operation.parameters.iter().any(|p| p.name == name),
            "`{}` reads parameter `{name}`, which the spec does not declare for it",
            self.operation.name
        );
        self.params.get(name)
    }
}

/// Whether the component schema `schema` declares the property `name`.
fn body_declares(schema: &str, name: &str) -> bool {
    static DEFS: OnceLock<Value> = OnceLock::new();
    let defs = DEFS.get_or_init(|| {
        serde_json::from_str::<Value>(JSON_SCHEMA)
            .ok()
            .and_then(|doc| doc.get("$defs").cloned())
            .unwrap_or(Value::Null)
    });
    defs.get(schema)
        .and_then(|s| s.get("properties"))
        .is_some_and(|properties| properties.get(name).is_some())
}

/// An answer that refuses the request: status and Callbell's error body.
#[derive(Debug)]
pub(crate) struct Rejection {
    pub(crate) status: StatusCode,
    pub(crate) message: String,
    /// `(pointer, problem)` pairs, sent as the error body's `errors`.
    pub(crate) problems: Vec<(String, String)>,
}

impl Rejection {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
            problems: Vec::new(),
        }
    }

    /// A `422` listing every problem, the first one in the message.
    fn invalid(what: &str, problems: Vec<(String, String)>) -> Self {
        let first = problems
            .first()
            .map(|(pointer, problem)| format!(": {}: {problem}", shown(pointer)))
            .unwrap_or_default();
        let more = match problems.len() {
            0 | 1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        Self {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: format!("invalid {what}{first}{more}"),
            problems,
        }
    }

    /// Callbell's error shape (`ApiError` in the spec).
    pub(crate) fn body(&self) -> Value {
        let mut body = json!({ "error": self.message });
        if !self.problems.is_empty() {
            body["errors"] = self
                .problems
                .iter()
                .map(|(pointer, message)| json!({ "pointer": pointer, "message": message }))
                .collect();
        }
        body
    }
}

fn shown(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(root)"
    } else {
        pointer
    }
}

/// Checks the parameters and body of a request routed to `operation`.
pub(crate) fn check(
    operation: &'static Operation,
    path_params: Vec<(&'static str, String)>,
    query: &str,
    body: &[u8],
) -> Result<Request, Rejection> {
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let mut params = BTreeMap::new();
    let mut problems = Vec::new();
    for (index, parameter) in operation.parameters.iter().enumerate() {
        let raw = match parameter.location {
            Location::Path => path_params
                .iter()
                .find(|(name, _)| *name == parameter.name)
                .map(|(_, v)| v.as_str()),
            Location::Query => query
                .iter()
                .find(|(name, _)| name == parameter.name)
                .map(|(_, v)| v.as_str()),
        };
        let place = match parameter.location {
            Location::Path => "path",
            Location::Query => "query",
        };
        let pointer = format!("/{place}/{}", parameter.name);
        let Some(raw) = raw else {
            if parameter.required {
                problems.push((pointer, "required parameter is missing".to_string()));
            }
            continue;
        };
        match checked_parameter(operation, index, raw) {
            Ok(value) => {
                params.insert(parameter.name, value);
            }
            Err(problem) => problems.push((pointer, problem)),
        }
    }
    if !problems.is_empty() {
        return Err(Rejection::invalid("parameters", problems));
    }
    let body = match &operation.body {
        None => None,
        Some(spec) if body.iter().all(u8::is_ascii_whitespace) => {
            if spec.required {
                return Err(Rejection::invalid(
                    "request body",
                    vec![(String::new(), format!("a {} body is required", spec.schema))],
                ));
            }
            None
        }
        Some(spec) => {
            let value: Value = serde_json::from_slice(body).map_err(|e| {
                Rejection::invalid(
                    "request body",
                    vec![(String::new(), format!("not JSON: {e}"))],
                )
            })?;
            let schema = Schema::named(spec.schema)
                .map_err(|e| Rejection::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            if let Err(errors) = schema.validate(&value) {
                let problems = errors
                    .iter()
                    .map(|e| (e.pointer().to_string(), e.message().to_string()))
                    .collect();
                return Err(Rejection::invalid(
                    &format!("request body ({})", spec.schema),
                    problems,
                ));
            }
            Some(value)
        }
    };
    Ok(Request {
        operation,
        params,
        body,
    })
}

/// `raw` read as the parameter's schema type and validated against its schema.
fn checked_parameter(
    operation: &'static Operation,
    index: usize,
    raw: &str,
) -> Result<Value, String> {
    let compiled = parameter_validator(operation, index)?;
    let value = match compiled.kind {
        Kind::Integer => raw
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| format!("expected an integer, found {raw:?}"))?,
        Kind::Number => raw
            .parse::<f64>()
            .ok()
            .and_then(|n| serde_json::Number::from_f64(n).map(Value::Number))
            .ok_or_else(|| format!("expected a number, found {raw:?}"))?,
        Kind::Boolean => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(format!("expected true or false, found {raw:?}")),
        },
        Kind::String => Value::String(raw.to_string()),
    };
    let problems: Vec<String> = compiled
        .validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems.join("; "))
    }
}

/// How a parameter's text is read before validation.
#[derive(Clone, Copy, Debug)]
enum Kind {
    String,
    Integer,
    Number,
    Boolean,
}

struct CompiledParameter {
    kind: Kind,
    validator: jsonschema::Validator,
}

/// The compiled schema of `operation`'s parameter `index` (compiled once).
fn parameter_validator(
    operation: &'static Operation,
    index: usize,
) -> Result<&'static CompiledParameter, String> {
    type Table = Vec<Vec<Result<CompiledParameter, String>>>;
    static TABLE: OnceLock<Table> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let defs = serde_json::from_str::<Value>(JSON_SCHEMA)
            .ok()
            .and_then(|doc| doc.get("$defs").cloned())
            .unwrap_or(Value::Null);
        OPERATIONS
            .iter()
            .map(|op| op.parameters.iter().map(|p| compile(p, &defs)).collect())
            .collect()
    });
    let position = OPERATIONS
        .iter()
        .position(|op| std::ptr::eq(op, operation))
        .ok_or("operation not in the table")?;
    match table.get(position).and_then(|params| params.get(index)) {
        Some(Ok(compiled)) => Ok(compiled),
        Some(Err(e)) => Err(e.clone()),
        None => Err("parameter not in the table".to_string()),
    }
}

fn compile(parameter: &Parameter, defs: &Value) -> Result<CompiledParameter, String> {
    let broken = |e: String| {
        format!(
            "the fake cannot read the schema of `{}`: {e}",
            parameter.name
        )
    };
    let mut schema: Value =
        serde_json::from_str(parameter.schema).map_err(|e| broken(e.to_string()))?;
    let kind = kind_of(&schema, defs, 0);
    if let Value::Object(object) = &mut schema {
        object.insert("$defs".to_string(), defs.clone());
    }
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .offline()
        .build(&schema)
        .map_err(|e| broken(e.to_string()))?;
    Ok(CompiledParameter { kind, validator })
}

/// The JSON type a parameter's schema declares, following `$ref`s into `defs`.
fn kind_of(schema: &Value, defs: &Value, depth: usize) -> Kind {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let name = target.trim_start_matches("#/$defs/");
        return match defs.get(name) {
            Some(def) if depth < 8 => kind_of(def, defs, depth + 1),
            _ => Kind::String,
        };
    }
    let ty = match schema.get("type") {
        Some(Value::String(ty)) => ty.as_str(),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("string"),
        _ => "string",
    };
    match ty {
        "integer" => Kind::Integer,
        "number" => Kind::Number,
        "boolean" => Kind::Boolean,
        _ => Kind::String,
    }
}
