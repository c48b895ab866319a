//! Lookups in the spec's JSON that more than one emitter needs, so that they
//! read the spec by the same rules.

use serde_json::Value;

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
}
