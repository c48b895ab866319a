//! Setters of the generated type builders that take plain values.
//!
//! typify's setter for an optional field takes anything convertible into
//! `Option<T>`, so `.name("Ann")` does not compile (`&str` is not an
//! `Option<String>`) and users write `Some("Ann".to_string())`. Each such
//! setter is rewritten to take a plain value (`TryInto<T>`), and a list
//! (`Option<Vec<T>>`) from anything iterable whose items convert into `T`:
//! `.tags(["sales", "lead"])`, `.tags(Vec::<String>::new())` for "set to
//! empty". A field left alone stays `None`; a built value's field can still
//! be cleared by assigning `None` to it.
//!
//! A field that accepts `null` (an `Option<Option<T>>`, see
//! [`super::nullable`]) gets the same plain-value setter, which stores
//! `Some(Some(value))`, and a second one, `<field>_null()`, which stores
//! `Some(None)`: sent as `"field": null`. Left alone it is absent.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{
    GenericArgument, ImplItem, Item, PathArguments, Type, TypeParamBound, WherePredicate,
    parse_quote,
};

/// Rewrites the optional-field setters in the `builder` module of `items`.
pub fn apply(items: &mut [Item]) {
    for item in items {
        let Item::Mod(module) = item else { continue };
        if module.ident != "builder" {
            continue;
        }
        let Some((_, content)) = &mut module.content else {
            continue;
        };
        for item in content {
            let Item::Impl(block) = item else { continue };
            if block.trait_.is_some() {
                continue;
            }
            let mut null_setters = Vec::new();
            for impl_item in &mut block.items {
                let ImplItem::Fn(setter) = impl_item else {
                    continue;
                };
                let Some(target) = optional_target(setter) else {
                    continue;
                };
                match option_inner(&target) {
                    Some(inner) => {
                        rewrite(setter, inner, true);
                        null_setters.push(null_setter(&setter.sig.ident));
                    }
                    None => rewrite(setter, &target, false),
                }
            }
            block.items.extend(null_setters);
        }
    }
}

/// `U` when the setter's value must convert into `Option<U>`.
fn optional_target(setter: &syn::ImplItemFn) -> Option<Type> {
    let clause = setter.sig.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|predicate| {
        let WherePredicate::Type(p) = predicate else {
            return None;
        };
        p.bounds.iter().find_map(|bound| {
            let TypeParamBound::Trait(t) = bound else {
                return None;
            };
            let last = t.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let target = single_generic(&last.arguments)?;
            let Type::Path(target) = target else {
                return None;
            };
            let option = target.path.segments.last()?;
            if option.ident != "Option" {
                return None;
            }
            // A copy through tokens: syn is built without `clone-impls`.
            let inner = single_generic(&option.arguments)?;
            syn::parse2(inner.to_token_stream()).ok()
        })
    })
}

fn single_generic(arguments: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(args) = arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>().as_slice() {
        [GenericArgument::Type(t)] => Some(t),
        _ => None,
    }
}

/// `T` when `ty` is an `Option<T>`.
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    (last.ident == "Option")
        .then(|| single_generic(&last.arguments))
        .flatten()
}

/// `<name>_null()`: the field is sent as `null`.
fn null_setter(name: &syn::Ident) -> ImplItem {
    let null = quote::format_ident!("{name}_null");
    let doc = format!(
        "Sets `{name}` to `null`, written as such; `{name}(value)` sets a value, and left alone the field is absent."
    );
    parse_quote! {
        #[doc = #doc]
        pub fn #null(mut self) -> Self {
            self.#name = ::std::result::Result::Ok(::std::option::Option::Some(
                ::std::option::Option::None,
            ));
            self
        }
    }
}

/// The element type when `ty` is a `Vec<E>`.
fn vec_element(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    (last.ident == "Vec")
        .then(|| single_generic(&last.arguments))
        .flatten()
}

/// Makes `setter` take a plain `inner` value (or an iterable of its
/// elements), stored as `Ok(Some(value))`, or `Ok(Some(Some(value)))` for
/// a `nullable` field (an `Option<Option<T>>`).
fn rewrite(setter: &mut syn::ImplItemFn, inner: &Type, nullable: bool) {
    let some = |value: TokenStream| {
        if nullable {
            quote!(::std::option::Option::Some(::std::option::Option::Some(#value)))
        } else {
            quote!(::std::option::Option::Some(#value))
        }
    };
    let map: TokenStream = if nullable {
        let wrapped = some(quote!(value));
        quote!(|value| #wrapped)
    } else {
        quote!(::std::option::Option::Some)
    };
    let name = setter.sig.ident.clone();
    let message = format!("error converting supplied value for {name}: {{e}}");
    let (bounds, body): (syn::WhereClause, TokenStream) = match vec_element(inner) {
        Some(element) => {
            let collected = some(quote!(
                value.into_iter().map(::std::convert::Into::into).collect()
            ));
            (
                parse_quote! {
                    where
                        T: ::std::iter::IntoIterator,
                        T::Item: ::std::convert::Into<#element>,
                },
                quote! {
                    self.#name = ::std::result::Result::Ok(#collected);
                    self
                },
            )
        }
        None => (
            parse_quote! {
                where
                    T: ::std::convert::TryInto<#inner>,
                    T::Error: ::std::fmt::Display,
            },
            quote! {
                self.#name = value
                    .try_into()
                    .map(#map)
                    .map_err(|e| format!(#message));
                self
            },
        ),
    };
    let mut generics: syn::Generics = parse_quote!(<T>);
    generics.where_clause = Some(bounds);
    setter.sig.generics = generics;
    setter.block = parse_quote!({ #body });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_setters_take_plain_values_and_lists_take_iterables() {
        let mut file: syn::File = parse_quote! {
            pub mod builder {
                impl Contact {
                    pub fn name<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.name = value.try_into().map_err(|e| format!("x: {e}"));
                        self
                    }
                    pub fn tags<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<::std::string::String>>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.tags = value.try_into().map_err(|e| format!("x: {e}"));
                        self
                    }
                    pub fn uuid<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::string::String>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.uuid = value.try_into().map_err(|e| format!("x: {e}"));
                        self
                    }
                }
            }
        };
        apply(&mut file.items);
        let code = file.to_token_stream().to_string().replace(' ', "");
        assert!(
            code.contains("T:::std::convert::TryInto<::std::string::String>,T::Error"),
            "{code}"
        );
        assert!(code.contains(".map(::std::option::Option::Some)"), "{code}");
        assert!(
            code.contains("T::Item:::std::convert::Into<::std::string::String>"),
            "{code}"
        );
        assert!(!code.contains("TryInto<::std::option::Option"), "{code}");
        // A required field's setter is left alone.
        assert!(
            code.contains("self.uuid=value.try_into().map_err"),
            "{code}"
        );
    }

    #[test]
    fn a_nullable_field_gets_a_value_setter_and_a_null_setter() {
        let mut file: syn::File = parse_quote! {
            pub mod builder {
                impl Contact {
                    pub fn avatar_url<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::option::Option<::std::option::Option<::std::string::String>>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.avatar_url = value.try_into().map_err(|e| format!("x: {e}"));
                        self
                    }
                    pub fn aliases<T>(mut self, value: T) -> Self
                    where
                        T: ::std::convert::TryInto<::std::option::Option<::std::option::Option<::std::vec::Vec<::std::string::String>>>>,
                        T::Error: ::std::fmt::Display,
                    {
                        self.aliases = value.try_into().map_err(|e| format!("x: {e}"));
                        self
                    }
                }
            }
        };
        apply(&mut file.items);
        let code = file.to_token_stream().to_string().replace(' ', "");
        assert!(
            code.contains("T:::std::convert::TryInto<::std::string::String>,T::Error"),
            "{code}"
        );
        assert!(
            code.contains(
                ".map(|value|::std::option::Option::Some(::std::option::Option::Some(value)))"
            ),
            "{code}"
        );
        assert!(
            code.contains("T::Item:::std::convert::Into<::std::string::String>"),
            "{code}"
        );
        for name in ["avatar_url", "aliases"] {
            assert!(
                code.contains(&format!(
                    "pubfn{name}_null(mutself)->Self{{self.{name}=::std::result::Result::Ok(::std::option::Option::Some(::std::option::Option::None,));self}}"
                )),
                "{code}"
            );
        }
    }
}
