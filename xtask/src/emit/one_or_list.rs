//! Schemas that are "one X, or a list of exactly one X" (`oneOf` of a `$ref`
//! and an array of one of the same `$ref`): Callbell's docs show such a value
//! both ways. Each becomes a type alias of the hand-written generic
//! `callbell::types::OneOrList<X>` (read from both shapes, written back in
//! the shape it was read in), named after its schema, with `From` into `X`.

use proc_macro2::Span;
use serde_json::Value;
use syn::{Ident, Item, parse_quote};

use crate::emit::spec_json;

/// One such schema: its name and the name of the schema it holds one of.
pub struct OneOrList {
    pub schema: String,
    pub item: String,
}

impl OneOrList {
    /// The Rust type that stands for the schema.
    pub fn rust_path(&self) -> String {
        format!("crate::types::{}", self.schema)
    }
}

/// Every component schema of that shape, in the spec's order.
pub fn collect(root: &Value) -> Vec<OneOrList> {
    let Some(schemas) = root
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    schemas
        .iter()
        .filter_map(|(name, schema)| {
            let item = one_or_list_of(schema)?;
            Some(OneOrList {
                schema: name.clone(),
                item,
            })
        })
        .collect()
}

/// `X` when `schema` is `oneOf: [$ref X, {type: array, minItems: 1, maxItems: 1, items: $ref X}]`
/// (in either order).
fn one_or_list_of(schema: &Value) -> Option<String> {
    let [a, b] = schema.get("oneOf")?.as_array()?.as_slice() else {
        return None;
    };
    let named = spec_json::component_name;
    let list_of_one = |v: &Value| {
        let one = Some(&Value::from(1));
        (v.get("type")? == "array" && v.get("minItems") == one && v.get("maxItems") == one)
            .then(|| named(v.get("items")?))
            .flatten()
    };
    match (named(a), list_of_one(b), named(b), list_of_one(a)) {
        (Some(x), Some(y), _, _) | (_, _, Some(x), Some(y)) if x == y => Some(x),
        _ => None,
    }
}

/// The aliases and their `From` impls, for `generated/types.rs`.
pub fn items(found: &[OneOrList]) -> Vec<Item> {
    found
        .iter()
        .flat_map(|found| {
            let alias = Ident::new(&found.schema, Span::call_site());
            let item = Ident::new(&found.item, Span::call_site());
            let doc = format!(
                "`{}`: one [`{}`], read from an object or a list of exactly one, and \
                 written back in the shape it was read in (see [`OneOrList`](crate::types::OneOrList)).",
                found.schema, found.item
            );
            let declaration: Item = parse_quote! {
                #[doc = #doc]
                pub type #alias = crate::types::OneOrList<#item>;
            };
            let from: Item = parse_quote! {
                impl ::std::convert::From<#alias> for #item {
                    fn from(value: #alias) -> Self {
                        value.into_inner()
                    }
                }
            };
            [declaration, from]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_or_a_list_of_one_is_recognised_in_either_order() {
        let list = json!({"type": "array", "minItems": 1, "maxItems": 1,
                          "items": {"$ref": "#/components/schemas/Contact"}});
        let one = json!({"$ref": "#/components/schemas/Contact"});
        assert_eq!(
            one_or_list_of(&json!({"oneOf": [one, list]})).as_deref(),
            Some("Contact")
        );
        assert_eq!(
            one_or_list_of(&json!({"oneOf": [list, one]})).as_deref(),
            Some("Contact")
        );
        // Another item, a longer list, or a third branch: not this shape.
        let other = json!({"$ref": "#/components/schemas/Team"});
        assert_eq!(one_or_list_of(&json!({"oneOf": [other, list]})), None);
        let mut two = list.clone();
        two["maxItems"] = json!(2);
        assert_eq!(one_or_list_of(&json!({"oneOf": [one, two]})), None);
        assert_eq!(one_or_list_of(&json!({"oneOf": [one, list, {}]})), None);
    }
}
