//! `openapi/callbell.yaml`, read as JSON, with the lookups the coverage tests
//! need: a schema's properties, an operation's parameters and bodies.

use std::collections::BTreeSet;

use serde_json::Value;

/// The spec as a JSON tree.
pub struct Spec {
    root: Value,
}

/// Where an operation parameter goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Its name.
    pub name: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: String,
    /// Whether the spec requires it.
    pub required: bool,
}

/// One operation, with path-level parameters merged in.
pub struct Operation<'a> {
    /// `get`, `post`, ...
    pub method: String,
    /// The path template, e.g. `/contacts/{uuid}`.
    pub path: String,
    /// Path-level and operation-level parameters.
    pub parameters: Vec<Parameter>,
    /// The `application/json` request body schema, if any.
    pub request_body: Option<&'a Value>,
    /// The `application/json` schema of the success (`2XX`, or `200`) response, if any.
    pub ok_response: Option<&'a Value>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Spec {
    /// Reads `openapi/callbell.yaml` from the workspace.
    pub fn load() -> Result<Self, String> {
        let path = crate::workspace_root().join("openapi/callbell.yaml");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a spec from YAML (or JSON) text.
    pub fn parse(text: &str) -> Result<Self, String> {
        let root = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
        Ok(Self { root })
    }

    /// The whole document.
    pub fn root(&self) -> &Value {
        &self.root
    }

    /// Follows local `$ref`s until it reaches a node without one.
    /// An unresolvable reference yields `Value::Null`.
    pub fn resolve<'a>(&'a self, mut node: &'a Value) -> &'a Value {
        while let Some(target) = node.get("$ref").and_then(Value::as_str) {
            node = target
                .strip_prefix('#')
                .and_then(|pointer| self.root.pointer(pointer))
                .unwrap_or(&Value::Null);
        }
        node
    }

    /// The names of `components.schemas`.
    pub fn schema_names(&self) -> BTreeSet<String> {
        self.root
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|schemas| schemas.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The component schema `name`.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.root.pointer(&format!(
            "/components/schemas/{}",
            crate::pointer_segment(name)
        ))
    }

    /// The property names of an object schema (`$ref`s and `allOf` followed).
    pub fn properties(&self, schema: &Value) -> BTreeSet<String> {
        self.gather(schema, &|s| {
            s.get("properties")
                .and_then(Value::as_object)
                .map(|p| p.keys().cloned().collect())
                .unwrap_or_default()
        })
    }

    /// The required property names of an object schema (`$ref`s and `allOf` followed).
    pub fn required(&self, schema: &Value) -> BTreeSet<String> {
        self.gather(schema, &|s| strings(s.get("required")))
    }

    /// The string values of an enum schema (`$ref`s followed).
    pub fn enum_values(&self, schema: &Value) -> BTreeSet<String> {
        strings(self.resolve(schema).get("enum"))
    }

    /// `own` of the schema and of each of its `allOf` parts, `$ref`s followed.
    fn gather(&self, schema: &Value, own: &dyn Fn(&Value) -> BTreeSet<String>) -> BTreeSet<String> {
        let schema = self.resolve(schema);
        let mut names = own(schema);
        let parts = schema.get("allOf").and_then(Value::as_array);
        for part in parts.into_iter().flatten() {
            names.extend(self.gather(part, own));
        }
        names
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, operation_id: &str) -> Option<Operation<'_>> {
        let paths = self.root.get("paths")?.as_object()?;
        for (path, item) in paths {
            let item = self.resolve(item);
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                if op.get("operationId").and_then(Value::as_str) != Some(operation_id) {
                    continue;
                }
                let parameters = [item.get("parameters"), op.get("parameters")]
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_array)
                    .flatten()
                    .map(|p| self.resolve(p))
                    .map(|p| Parameter {
                        name: p
                            .get("name")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .into(),
                        location: p
                            .get("in")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .into(),
                        required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                    })
                    .collect();
                let request_body = op
                    .get("requestBody")
                    .map(|b| self.resolve(b))
                    .and_then(|b| b.pointer("/content/application~1json/schema"));
                let ok_response = op
                    .pointer("/responses/2XX")
                    .or_else(|| op.pointer("/responses/200"))
                    .map(|r| self.resolve(r))
                    .and_then(|r| r.pointer("/content/application~1json/schema"));
                return Some(Operation {
                    method: method.to_string(),
                    path: path.clone(),
                    parameters,
                    request_body,
                    ok_response,
                });
            }
        }
        None
    }
}

/// The strings of a JSON array (none if it is not one).
fn strings(list: Option<&Value>) -> BTreeSet<String> {
    list.and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r##"
paths:
  /things/{id}:
    parameters:
      - $ref: "#/components/parameters/Id"
    patch:
      operationId: updateThing
      parameters:
        - { name: dry_run, in: query, schema: { type: boolean } }
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Patch" }
      responses:
        "200":
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
components:
  parameters:
    Id: { name: id, in: path, required: true, schema: { type: string } }
  schemas:
    Base:
      type: object
      required: [id]
      properties: { id: { type: string } }
    Thing:
      allOf:
        - $ref: "#/components/schemas/Base"
        - properties: { name: { type: string } }
          required: [name]
    Patch:
      type: object
      properties: { name: { type: string }, kind: { $ref: "#/components/schemas/Kind" } }
    Kind: { type: string, enum: [a, b] }
"##;

    #[test]
    fn finds_operations_with_path_level_parameters_and_bodies() {
        let spec = Spec::parse(SPEC).unwrap();
        let op = spec.operation("updateThing").unwrap();
        assert_eq!(
            (op.method.as_str(), op.path.as_str()),
            ("patch", "/things/{id}")
        );
        let params: Vec<_> = op
            .parameters
            .iter()
            .map(|p| (p.name.as_str(), p.location.as_str(), p.required))
            .collect();
        assert_eq!(params, [("id", "path", true), ("dry_run", "query", false)]);
        let body = op.request_body.unwrap();
        assert_eq!(
            spec.properties(body),
            ["kind", "name"].map(String::from).into()
        );
        let ok = op.ok_response.unwrap();
        assert_eq!(spec.properties(ok), ["id", "name"].map(String::from).into());
        assert_eq!(spec.required(ok), ["id", "name"].map(String::from).into());
        assert!(spec.operation("nope").is_none());
    }

    #[test]
    fn reads_enums_and_schema_names() {
        let spec = Spec::parse(SPEC).unwrap();
        let kind = spec.schema("Kind").unwrap();
        assert_eq!(spec.enum_values(kind), ["a", "b"].map(String::from).into());
        assert_eq!(spec.schema_names().len(), 4);
        assert_eq!(
            spec.resolve(&serde_json::json!({"$ref": "#/nowhere"})),
            &Value::Null
        );
    }
}
