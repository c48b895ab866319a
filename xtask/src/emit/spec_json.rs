//! Lookups in the spec's JSON that more than one emitter needs, so that they
//! read the spec by the same rules.

use serde_json::Value;

use crate::spec;

/// The parameters that apply to the operation `op` at pointer `at` (in path
/// item `item`): the path item's first, then the operation's own, each with
/// its JSON pointer. (An operation's parameter overrides a path item's of the
/// same name and place; callers apply that once they have resolved `$ref`s.)
pub fn parameters<'a>(item: &'a Value, op: &'a Value, at: &str) -> Vec<(String, &'a Value)> {
    let item_at = at.rsplit_once('/').map_or(at, |(parent, _)| parent);
    [
        (item.get("parameters"), format!("{item_at}/parameters")),
        (op.get("parameters"), format!("{at}/parameters")),
    ]
    .into_iter()
    .flat_map(|(list, list_at)| {
        list.and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .map(move |(i, parameter)| (format!("{list_at}/{i}"), parameter))
    })
    .collect()
}

/// The operation's success answer: its lowest `2xx` status, a `2XX` range
/// counting as `200` (an explicit code wins a tie). Gives the status to
/// answer with, the key as the spec writes it, and the response object.
pub fn success_response(op: &Value) -> Option<(u16, &str, &Value)> {
    op.get("responses")?
        .as_object()?
        .iter()
        .filter_map(|(key, response)| {
            let (code, range) = match key.as_str() {
                "2XX" | "2xx" => (200, true),
                code => (code.parse::<u16>().ok()?, false),
            };
            (200..300)
                .contains(&code)
                .then_some((code, range, key.as_str(), response))
        })
        .min_by_key(|(code, range, _, _)| (*code, *range))
        .map(|(code, _, key, response)| (code, key, response))
}

/// `value`, or what its `$ref` names (followed a few times); `None` for a
/// reference that resolves to nothing.
pub fn resolved<'a>(root: &'a Value, value: &'a Value) -> Option<&'a Value> {
    let mut value = value;
    for _ in 0..8 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(target) => value = spec::resolve_ref(root, target)?,
            None => return Some(value),
        }
    }
    None
}

/// `Name` of a `{"$ref": "#/components/schemas/Name"}`, unescaped.
pub fn component_name(schema: &Value) -> Option<String> {
    let target = schema.get("$ref")?.as_str()?;
    let name = target.strip_prefix("#/components/schemas/")?;
    (!name.contains('/')).then(|| name.replace("~1", "/").replace("~0", "~"))
}

/// The query parameter that numbers a listing's pages (from 1).
pub const PAGE_PARAMETER: &str = "page";

/// The listing rule, which the client's `.pages()` and the CLI's `--all`
/// both follow: an operation with an optional `page` query parameter whose
/// success answer is an object with exactly one property, an array. Gives
/// that property's name: the items a listing goes through page by page.
pub fn listing(root: &Value, path: &str, method: &str) -> Option<String> {
    let item = root.get("paths")?.get(path)?;
    let op = item.get(method)?;
    let at = format!("/paths/{}/{method}", spec::escape(path));
    // An operation's parameter overrides the path item's: the last one counts.
    let page = parameters(item, op, &at)
        .into_iter()
        .filter_map(|(_, parameter)| resolved(root, parameter))
        .filter(|p| p.get("name") == Some(&Value::from(PAGE_PARAMETER)))
        .rfind(|p| p.get("in") == Some(&Value::from("query")))?;
    if page.get("required") == Some(&Value::Bool(true)) {
        return None;
    }
    let (_, _, success) = success_response(op)?;
    let answer = resolved(root, success.pointer("/content/application~1json/schema")?)?;
    if answer.get("additionalProperties").is_some() {
        return None;
    }
    let [(name, property)] = answer
        .get("properties")?
        .as_object()?
        .iter()
        .collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let is_array = resolved(root, property)?.get("type") == Some(&Value::from("array"));
    is_array.then(|| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parameters_come_from_the_path_item_then_the_operation() {
        let item =
            json!({"parameters": [{"name": "uuid"}], "get": {"parameters": [{"name": "page"}]}});
        let found = parameters(&item, &item["get"], "/paths/~1x/get");
        let pointers: Vec<&str> = found.iter().map(|(at, _)| at.as_str()).collect();
        assert_eq!(
            pointers,
            ["/paths/~1x/parameters/0", "/paths/~1x/get/parameters/0"]
        );
        assert_eq!(found[1].1["name"], "page");
    }

    #[test]
    fn the_success_answer_is_the_lowest_2xx_and_a_range_counts_as_200() {
        let op = json!({"responses": {"404": {}, "2XX": {"d": "range"}, "201": {"d": "created"}}});
        assert_eq!(
            success_response(&op).map(|(c, k, _)| (c, k)),
            Some((200, "2XX"))
        );
        let op = json!({"responses": {"2XX": {}, "200": {}}});
        assert_eq!(success_response(&op).map(|(_, k, _)| k), Some("200"));
        let op = json!({"responses": {"204": {}, "default": {}}});
        assert_eq!(success_response(&op).map(|(c, _, _)| c), Some(204));
        assert!(success_response(&json!({"responses": {"404": {}}})).is_none());
    }

    #[test]
    fn component_names_come_from_refs_to_component_schemas() {
        let name = |target: &str| component_name(&json!({ "$ref": target }));
        assert_eq!(
            name("#/components/schemas/Contact").as_deref(),
            Some("Contact")
        );
        assert_eq!(
            name("#/components/schemas/A~1B~0C").as_deref(),
            Some("A/B~C")
        );
        assert_eq!(name("#/components/parameters/Page"), None);
        assert_eq!(name("#/components/schemas/Contact/properties/name"), None);
        assert_eq!(component_name(&json!({"type": "string"})), None);
    }

    #[test]
    fn a_listing_has_an_optional_page_and_one_array_in_its_answer() {
        let spec = |page: Value, answer: Value| {
            json!({
                "paths": {"/things": {
                    "parameters": [{"$ref": "#/components/parameters/Page"}],
                    "get": {"parameters": page, "responses": {"2XX": {"content": {"application/json": {"schema": answer}}}}}
                }},
                "components": {
                    "parameters": {"Page": {"name": "page", "in": "query"}},
                    "schemas": {"Things": {"type": "array", "items": {}}}
                }
            })
        };
        let list = json!({"type": "object", "properties": {"things": {"$ref": "#/components/schemas/Things"}}});
        let root = spec(json!([]), list.clone());
        assert_eq!(listing(&root, "/things", "get").as_deref(), Some("things"));
        // The operation makes the path item's page required: no listing.
        let root = spec(
            json!([{"name": "page", "in": "query", "required": true}]),
            list.clone(),
        );
        assert_eq!(listing(&root, "/things", "get"), None);
        // A page in the header is not the page parameter.
        let mut root = spec(json!([]), list);
        root["components"]["parameters"]["Page"]["in"] = json!("header");
        assert_eq!(listing(&root, "/things", "get"), None);
        // Two properties, or one that is not an array: no listing.
        let two = json!({"type": "object", "properties": {"things": {"type": "array"}, "total": {"type": "integer"}}});
        assert_eq!(listing(&spec(json!([]), two), "/things", "get"), None);
        let one = json!({"type": "object", "properties": {"thing": {"type": "object"}}});
        assert_eq!(listing(&spec(json!([]), one), "/things", "get"), None);
    }
}
