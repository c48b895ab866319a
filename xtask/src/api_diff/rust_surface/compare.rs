//! Comparing two surfaces with Rust's semver rules.

use super::{Bump, Entry, Kind, Surface};

/// One difference between two surfaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The surface key of the item (see [`Surface`]).
    pub item: String,
    /// The entry in the new surface, else the old one.
    pub entry: Entry,
    /// What it costs users.
    pub bump: Bump,
    /// What changed, for people.
    pub message: String,
}

/// Compares two surfaces. Members of types that were added or removed as a
/// whole are not listed one by one: the type's own change covers them.
pub fn compare(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Vec::new();
    let type_gone_or_new = |owner: &Option<String>| {
        owner
            .as_ref()
            .is_some_and(|o| old.entries.contains_key(o) != new.entries.contains_key(o))
    };
    for (key, o) in &old.entries {
        match new.entries.get(key) {
            None => {
                if type_gone_or_new(&o.owner) {
                    continue;
                }
                out.push(Change {
                    item: key.clone(),
                    entry: o.clone(),
                    bump: Bump::Major,
                    message: format!("removed {} `{key}`", noun(o)),
                });
            }
            Some(n) => {
                if let Some(change) = changed(key, o, n) {
                    out.push(change);
                }
            }
        }
    }
    for (key, n) in &new.entries {
        if old.entries.contains_key(key) || type_gone_or_new(&n.owner) {
            continue;
        }
        let (bump, why) = match n.kind {
            Kind::Field | Kind::Variant if !n.non_exhaustive => (
                Bump::Major,
                format!(
                    " (its {} is not `#[non_exhaustive]`: exhaustive {} no longer compile)",
                    if n.kind == Kind::Field {
                        "struct"
                    } else {
                        "enum"
                    },
                    if n.kind == Kind::Field {
                        "struct literals and patterns"
                    } else {
                        "matches"
                    }
                ),
            ),
            Kind::Method if n.required => (
                Bump::Major,
                " (required: code that built this without it now fails at run time)".to_string(),
            ),
            _ => (Bump::Minor, String::new()),
        };
        out.push(Change {
            item: key.clone(),
            entry: n.clone(),
            bump,
            message: format!("added {} `{key}`{why}", noun(n)),
        });
    }
    out
}

fn changed(key: &str, o: &Entry, n: &Entry) -> Option<Change> {
    let change = |bump, message: String| {
        Some(Change {
            item: key.to_string(),
            entry: n.clone(),
            bump,
            message,
        })
    };
    if o.kind != n.kind || o.sig != n.sig {
        return change(
            Bump::Major,
            format!(
                "{} `{key}` changed from `{}` to `{}`",
                noun(n),
                short(&o.sig),
                short(&n.sig)
            ),
        );
    }
    if o.kind == Kind::Type && o.non_exhaustive != n.non_exhaustive {
        return if n.non_exhaustive {
            change(
                Bump::Major,
                format!(
                    "`{key}` became `#[non_exhaustive]`: literals and exhaustive matches no longer compile"
                ),
            )
        } else {
            change(
                Bump::Minor,
                format!("`{key}` is no longer `#[non_exhaustive]`"),
            )
        };
    }
    if o.required != n.required {
        return if n.required {
            change(
                Bump::Major,
                format!(
                    "setter `{key}` became required: code that skipped it now fails at run time"
                ),
            )
        } else {
            change(Bump::Minor, format!("setter `{key}` became optional"))
        };
    }
    if o.wire != n.wire {
        return change(
            Bump::Patch,
            format!(
                "`{key}` now reads the wire name `{}` instead of `{}`",
                n.wire.as_deref().unwrap_or_default(),
                o.wire.as_deref().unwrap_or_default()
            ),
        );
    }
    if o.docs != n.docs {
        return change(Bump::Patch, format!("documentation of `{key}` changed"));
    }
    None
}

fn noun(e: &Entry) -> &'static str {
    match e.kind {
        Kind::Type => "type",
        Kind::Field => "field",
        Kind::Variant => "variant",
        Kind::Method => "method",
        Kind::Impl => "trait impl",
        Kind::Other => "item",
    }
}

/// Shortens paths in a signature for reading: `::std::option::Option` → `Option`.
fn short(sig: &str) -> String {
    let mut s = sig.to_string();
    for prefix in [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::collections::",
        "::std::num::",
        "::std::convert::",
        "std::convert::",
        "::chrono::offset::",
        "::chrono::",
        "crate::types::",
        "types::",
        "super::",
    ] {
        s = s.replace(prefix, "");
    }
    if s.chars().count() > 160 {
        let cut: String = s.chars().take(157).collect();
        s = format!("{cut}...");
    }
    s
}
