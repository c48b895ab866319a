//! progenitor writes one `match` arm per documented status of an operation,
//! and the error statuses all do the same (read the body as the error type,
//! await it). Each arm is an await point of the request's future, which rustc
//! compiles again after every edit of a type the operation touches. Arms with
//! the same body become one arm with all their statuses: the same behaviour,
//! one await instead of five.

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Arm, Block, Expr, ImplItem, Item, Pat, PatOr, Stmt};

/// Merges the identical status arms of every `match` that is a statement
/// or the tail of a method body, in `items` and their inline modules.
pub fn apply(items: &mut [Item]) {
    for item in items {
        match item {
            Item::Mod(m) => {
                if let Some((_, content)) = &mut m.content {
                    apply(content);
                }
            }
            Item::Impl(i) => {
                for item in &mut i.items {
                    if let ImplItem::Fn(f) = item {
                        merge_in(&mut f.block);
                    }
                }
            }
            _ => {}
        }
    }
}

fn merge_in(block: &mut Block) {
    for stmt in &mut block.stmts {
        if let Stmt::Expr(Expr::Match(m), _) = stmt {
            m.arms = merge(std::mem::take(&mut m.arms));
        }
    }
}

/// `arms` with each arm whose pattern is status literals or ranges folded
/// into the first earlier such arm with the same body. Those patterns never
/// overlap, so moving one up does not change which arm a status takes.
fn merge(arms: Vec<Arm>) -> Vec<Arm> {
    let mut out: Vec<Arm> = Vec::with_capacity(arms.len());
    for arm in arms {
        let body = arm.body.to_token_stream().to_string();
        let same = out.iter_mut().find(|kept| {
            is_status(&kept.pat)
                && kept.guard.is_none()
                && kept.body.to_token_stream().to_string() == body
        });
        match same {
            Some(kept) if is_status(&arm.pat) && arm.guard.is_none() => {
                let mut cases =
                    match std::mem::replace(&mut kept.pat, Pat::Verbatim(Default::default())) {
                        Pat::Or(or) => or.cases,
                        single => Punctuated::from_iter([single]),
                    };
                cases.push(arm.pat);
                kept.pat = Pat::Or(PatOr {
                    attrs: Vec::new(),
                    leading_vert: None,
                    cases,
                });
            }
            _ => out.push(arm),
        }
    }
    out
}

/// A status literal (`401u16`), a range (`500u16..=599u16`), or an
/// alternation of those.
fn is_status(pat: &Pat) -> bool {
    match pat {
        Pat::Lit(_) | Pat::Range(_) => true,
        Pat::Or(or) => or.cases.iter().all(is_status),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn identical_status_arms_become_one_and_the_rest_stay_in_order() {
        let mut file: syn::File = parse_quote! {
            pub mod builder {
                impl<'a> GetContact<'a> {
                    pub async fn send(self) -> Result<ResponseValue<T>, Error<E>> {
                        let response = result?;
                        match response.status().as_u16() {
                            200u16 => ResponseValue::from_response(response).await,
                            401u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                            404u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                            418u16 => Err(Error::UnexpectedResponse(response)),
                            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
                            _ => Err(Error::UnexpectedResponse(response)),
                        }
                    }
                }
            }
        };
        apply(&mut file.items);
        let code = prettyplease::unparse(&file);
        assert!(
            code.contains("401u16 | 404u16 | 500u16..=599u16 =>"),
            "{code}"
        );
        assert_eq!(code.matches("ErrorResponse").count(), 1, "{code}");
        // `_` is not a status pattern: it keeps its own arm, after the others.
        let arms: Vec<_> = ["200u16 =>", "401u16 |", "418u16 =>", "_ =>"]
            .iter()
            .map(|arm| code.find(arm).unwrap_or_else(|| panic!("{arm}: {code}")))
            .collect();
        assert!(arms.windows(2).all(|w| w[0] < w[1]), "{code}");
    }
}
