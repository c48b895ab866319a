//! Attributes progenitor cannot add: `#[non_exhaustive]` on every public
//! struct and enum (an additive spec change stays semver-compatible for
//! users), and the `JsonSchema` derive behind the `schemars` feature.

use syn::punctuated::Punctuated;
use syn::{Attribute, Item, Path, Token, Visibility, parse_quote};

/// The derive that moves behind the feature.
const SCHEMARS_DERIVE: &str = "schemars::JsonSchema";
/// The cargo feature of `crates/callbell` that turns it on.
const SCHEMARS_FEATURE: &str = "schemars";

/// Applies both rules to `items` and to the items of every inline module.
pub fn apply(items: &mut [Item]) {
    for item in items {
        match item {
            Item::Struct(s) => {
                if matches!(s.vis, Visibility::Public(_)) {
                    mark_non_exhaustive(&mut s.attrs);
                }
                gate_schemars(&mut s.attrs);
            }
            Item::Enum(e) => {
                if matches!(e.vis, Visibility::Public(_)) {
                    mark_non_exhaustive(&mut e.attrs);
                }
                gate_schemars(&mut e.attrs);
            }
            Item::Mod(m) => {
                if let Some((_, content)) = &mut m.content {
                    apply(content);
                }
            }
            _ => {}
        }
    }
}

fn mark_non_exhaustive(attrs: &mut Vec<Attribute>) {
    if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
        attrs.push(parse_quote!(#[non_exhaustive]));
    }
}

/// Removes `schemars::JsonSchema` from the item's derives and derives it
/// under `cfg_attr(feature = "schemars", ...)` instead.
fn gate_schemars(attrs: &mut Vec<Attribute>) {
    let mut gated = false;
    let mut kept_attrs = Vec::with_capacity(attrs.len() + 1);
    for attr in attrs.drain(..) {
        let derives = attr
            .path()
            .is_ident("derive")
            .then(|| attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated))
            .and_then(Result::ok);
        let Some(derives) = derives.filter(|d| d.iter().any(is_schemars)) else {
            kept_attrs.push(attr);
            continue;
        };
        gated = true;
        let kept: Punctuated<Path, Token![,]> =
            derives.into_iter().filter(|p| !is_schemars(p)).collect();
        if !kept.is_empty() {
            kept_attrs.push(parse_quote!(#[derive(#kept)]));
        }
    }
    if gated {
        let derive: Path = syn::parse_str(SCHEMARS_DERIVE).expect("a valid path");
        kept_attrs.push(parse_quote!(#[cfg_attr(feature = #SCHEMARS_FEATURE, derive(#derive))]));
    }
    *attrs = kept_attrs;
}

fn is_schemars(path: &Path) -> bool {
    let text: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    text.join("::") == SCHEMARS_DERIVE
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn public_types_get_non_exhaustive_and_a_gated_schemars_derive() {
        let mut file: syn::File = parse_quote! {
            #[derive(Clone, schemars::JsonSchema, Debug)]
            pub struct A { pub x: u8 }
            pub mod inner {
                #[derive(schemars::JsonSchema)]
                pub enum B { X }
                struct Private;
            }
        };
        apply(&mut file.items);
        let code = file.to_token_stream().to_string();
        assert_eq!(code.matches("# [non_exhaustive]").count(), 2, "{code}");
        assert_eq!(
            code.matches("# [cfg_attr (feature = \"schemars\" , derive (schemars :: JsonSchema))]")
                .count(),
            2,
            "{code}"
        );
        assert!(code.contains("# [derive (Clone , Debug)]"), "{code}");
        assert!(!code.contains("# [derive ()]"), "{code}");
    }
}
