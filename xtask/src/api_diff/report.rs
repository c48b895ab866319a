//! The change report: wire findings and Rust changes merged into one line per
//! place in the spec, the overall verdicts, the version advice, and the three
//! renderings (text, JSON, Markdown).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde_json::{Value, json};

use super::anchor::anchor;
use super::rust_surface::{Bump, Change};
use super::wire::Finding;

/// One place in the spec that changed, with both verdicts.
#[derive(Debug, Clone)]
pub struct Line {
    /// JSON pointer into the new spec (the old one for removals); `/` for
    /// generated items that match no place of the spec.
    pub pointer: String,
    /// The wire findings at this place (empty: nothing changed on the wire).
    pub wire: Vec<Finding>,
    /// The Rust surface changes attributed to this place.
    pub rust: Vec<Change>,
}

impl Line {
    /// Whether a client built from the old spec breaks.
    pub fn breaking(&self) -> bool {
        self.wire.iter().any(|f| f.breaking)
    }

    /// The semver bump users of the crate need: the largest of its changes,
    /// `patch` when the generated surface did not change.
    pub fn bump(&self) -> Bump {
        self.rust
            .iter()
            .map(|c| c.bump)
            .max()
            .unwrap_or(Bump::Patch)
    }

    fn operations(&self) -> BTreeSet<String> {
        self.wire
            .iter()
            .flat_map(|f| f.operations.iter().cloned())
            .collect()
    }
}

/// The version advice: the crate's version against the bump the changes need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The version the old spec was released as (the base revision's
    /// `crates/callbell/Cargo.toml`, else the current one).
    pub base: String,
    /// The version in the working tree's `crates/callbell/Cargo.toml`.
    pub current: String,
}

/// The whole report.
#[derive(Debug, Clone)]
pub struct Report {
    /// How the old spec is named (`HEAD:openapi/callbell.yaml`, a file).
    pub old_name: String,
    /// How the new spec is named.
    pub new_name: String,
    /// One line per changed place, in pointer order.
    pub lines: Vec<Line>,
    /// The crate's version, when known.
    pub version: Option<Version>,
}

impl Report {
    /// Merges wire findings and Rust changes into lines: each Rust change
    /// joins the line of its place (or the nearest enclosing or enclosed
    /// one), else gets a line of its own.
    pub fn new(
        old_name: String,
        new_name: String,
        findings: Vec<Finding>,
        changes: Vec<Change>,
        specs: (&Value, &Value),
        version: Option<Version>,
    ) -> Report {
        let mut lines: Vec<Line> = Vec::new();
        for f in findings {
            match lines.iter_mut().find(|l| l.pointer == f.pointer) {
                Some(line) => line.wire.push(f),
                None => lines.push(Line {
                    pointer: f.pointer.clone(),
                    wire: vec![f],
                    rust: Vec::new(),
                }),
            }
        }
        for change in changes {
            let candidates = anchor(&change, specs.0, specs.1);
            let exact = || {
                candidates
                    .iter()
                    .find_map(|at| lines.iter().position(|l| l.pointer == *at))
            };
            let inner = || {
                candidates.iter().find_map(|at| {
                    lines
                        .iter()
                        .position(|l| l.pointer.starts_with(&format!("{at}/")))
                })
            };
            let outer = || {
                candidates.iter().find_map(|at| {
                    lines
                        .iter()
                        .enumerate()
                        .filter(|(_, l)| at.starts_with(&format!("{}/", l.pointer)))
                        .max_by_key(|(_, l)| l.pointer.len())
                        .map(|(i, _)| i)
                })
            };
            // Else a line of the same operation or schema (three segments in common).
            let sibling = || {
                candidates.iter().find_map(|at| {
                    lines
                        .iter()
                        .enumerate()
                        .map(|(i, l)| (i, common_segments(at, &l.pointer)))
                        .filter(|(_, n)| *n >= 3)
                        .max_by_key(|(_, n)| *n)
                        .map(|(i, _)| i)
                })
            };
            match exact().or_else(inner).or_else(outer).or_else(sibling) {
                Some(i) => lines[i].rust.push(change),
                None => lines.push(Line {
                    pointer: candidates.into_iter().next().unwrap_or_else(|| "/".into()),
                    wire: Vec::new(),
                    rust: vec![change],
                }),
            }
        }
        lines.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        Report {
            old_name,
            new_name,
            lines,
            version,
        }
    }

    /// Whether any change breaks a client built from the old spec.
    pub fn breaking(&self) -> bool {
        self.lines.iter().any(Line::breaking)
    }

    /// The bump the whole change needs.
    pub fn bump(&self) -> Bump {
        self.lines
            .iter()
            .map(Line::bump)
            .max()
            .unwrap_or(Bump::Patch)
    }

    /// Whether `--fail-on-breaking` fails: the wire breaks or Rust needs a major bump.
    pub fn fails(&self) -> bool {
        self.breaking() || self.bump() == Bump::Major
    }

    /// The version sentence, or `None` when the crate's version is unknown.
    pub fn version_advice(&self) -> Option<String> {
        let v = self.version.as_ref()?;
        Some(advice(
            &v.base,
            &v.current,
            self.bump(),
            !self.lines.is_empty(),
        ))
    }

    /// Plain text, one line per change followed by its reasons.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "API change report: {} -> {}",
            self.old_name, self.new_name
        );
        if self.lines.is_empty() {
            let _ = writeln!(out, "No change.");
        }
        for line in &self.lines {
            let _ = writeln!(
                out,
                "{:<12} {:<6} {}",
                wire_word(line),
                line.bump().as_str(),
                line.pointer
            );
            for f in &line.wire {
                let _ = writeln!(
                    out,
                    "    wire: {}{}",
                    f.message,
                    operations_suffix(&f.operations)
                );
            }
            for c in &line.rust {
                let _ = writeln!(out, "    rust: {} ({})", c.message, c.bump.as_str());
            }
        }
        let _ = writeln!(out, "{}", self.summary());
        if let Some(advice) = self.version_advice() {
            let _ = writeln!(out, "{advice}");
        }
        out
    }

    /// A Markdown table, for pull requests.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "### API change report\n\n`{}` → `{}`\n",
            self.old_name, self.new_name
        );
        if !self.lines.is_empty() {
            out.push_str("| Pointer | Wire | Rust | What changed |\n| --- | --- | --- | --- |\n");
        }
        for line in &self.lines {
            let mut what: Vec<String> = line
                .wire
                .iter()
                .map(|f| format!("wire: {}{}", f.message, operations_suffix(&f.operations)))
                .collect();
            what.extend(line.rust.iter().map(|c| format!("rust: {}", c.message)));
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} |",
                line.pointer,
                wire_word(line),
                line.bump().as_str(),
                what.join("<br>").replace('|', "\\|")
            );
        }
        let _ = writeln!(out, "\n**{}**", self.summary());
        if let Some(advice) = self.version_advice() {
            let _ = writeln!(out, "\n{advice}");
        }
        out
    }

    /// Everything as one JSON document.
    pub fn json(&self) -> Value {
        json!({
            "old": self.old_name,
            "new": self.new_name,
            "changes": self.lines.iter().map(|l| json!({
                "pointer": l.pointer,
                "wire": {
                    "changed": !l.wire.is_empty(),
                    "breaking": l.breaking(),
                    "findings": l.wire.iter().map(|f| json!({
                        "rule": f.rule,
                        "breaking": f.breaking,
                        "message": f.message,
                        "operations": f.operations,
                    })).collect::<Vec<_>>(),
                },
                "rust": {
                    "bump": l.bump().as_str(),
                    "changes": l.rust.iter().map(|c| json!({
                        "item": c.item,
                        "bump": c.bump.as_str(),
                        "message": c.message,
                    })).collect::<Vec<_>>(),
                },
                "operations": l.operations(),
            })).collect::<Vec<_>>(),
            "breaking": self.breaking(),
            "bump": self.bump().as_str(),
            "version": self.version.as_ref().map(|v| json!({
                "base": v.base,
                "current": v.current,
                "next": next_version(&v.base, self.bump()),
                "advice": self.version_advice(),
            })),
        })
    }

    fn summary(&self) -> String {
        let breaking = self.lines.iter().filter(|l| l.breaking()).count();
        format!(
            "Wire: {} ({breaking} of {} changes break a client built from the old spec). Rust: {}.",
            if breaking > 0 {
                "BREAKING"
            } else {
                "compatible"
            },
            self.lines.len(),
            self.bump().as_str()
        )
    }
}

/// How many leading segments two JSON pointers share.
fn common_segments(a: &str, b: &str) -> usize {
    a.split('/')
        .skip(1)
        .zip(b.split('/').skip(1))
        .take_while(|(x, y)| x == y)
        .count()
}

fn wire_word(line: &Line) -> &'static str {
    if line.breaking() {
        "BREAKING"
    } else if line.wire.is_empty() {
        "not on wire"
    } else {
        "compatible"
    }
}

fn operations_suffix(ops: &BTreeSet<String>) -> String {
    const SHOWN: usize = 3;
    if ops.is_empty() {
        return String::new();
    }
    let mut names: Vec<&str> = ops.iter().map(String::as_str).take(SHOWN).collect();
    let more = ops.len().saturating_sub(SHOWN);
    let more = if more > 0 {
        format!(", +{more} more")
    } else {
        String::new()
    };
    names.sort_unstable();
    format!(" [{}{more}]", names.join(", "))
}

fn parse(version: &str) -> Option<(u64, u64, u64)> {
    let core = version.split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    Some((parts.next()??, parts.next()??, parts.next()??))
}

/// The version after `bump`; for 0.y.z, a major change bumps y and anything
/// else bumps z (Cargo's reading of semver for 0.x).
pub fn next_version(base: &str, bump: Bump) -> Option<String> {
    let (x, y, z) = parse(base)?;
    Some(match (x, bump) {
        (0, Bump::Major) => format!("0.{}.0", y + 1),
        (0, _) => format!("0.{y}.{}", z + 1),
        (_, Bump::Major) => format!("{}.0.0", x + 1),
        (_, Bump::Minor) => format!("{x}.{}.0", y + 1),
        (_, Bump::Patch) => format!("{x}.{y}.{}", z + 1),
    })
}

fn advice(base: &str, current: &str, bump: Bump, changed: bool) -> String {
    let rule = match parse(base) {
        Some((0, _, _)) => {
            "rule for 0.y.z: a major change bumps y, a minor or patch change bumps z"
        }
        _ => "rule for x.y.z: major bumps x, minor bumps y, patch bumps z",
    };
    if !changed {
        return format!(
            "Version: crates/callbell/Cargo.toml has {current}; nothing changed, no release needed."
        );
    }
    let Some(next) = next_version(base, bump) else {
        return format!("Version: cannot read `{base}` as x.y.z in crates/callbell/Cargo.toml.");
    };
    let enough = match (parse(current), parse(&next)) {
        (Some(c), Some(n)) => c >= n,
        _ => false,
    };
    if enough && current != base {
        format!(
            "Version: {current} in crates/callbell/Cargo.toml covers a {} change from {base} ({rule}).",
            bump.as_str()
        )
    } else if enough {
        format!("Version: {current} in crates/callbell/Cargo.toml is enough ({rule}).")
    } else {
        format!(
            "Version: a {} change from {base}: crates/callbell/Cargo.toml has {current}, the release needs {next} ({rule}).",
            bump.as_str()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_major_versions_bump_the_minor_for_breaking_changes() {
        assert_eq!(next_version("0.1.0", Bump::Major).unwrap(), "0.2.0");
        assert_eq!(next_version("0.1.0", Bump::Minor).unwrap(), "0.1.1");
        assert_eq!(next_version("0.1.3", Bump::Patch).unwrap(), "0.1.4");
        assert_eq!(next_version("1.2.3", Bump::Major).unwrap(), "2.0.0");
        assert_eq!(next_version("1.2.3", Bump::Minor).unwrap(), "1.3.0");
        assert_eq!(next_version("x.y", Bump::Minor), None);
    }

    #[test]
    fn advice_says_when_the_version_is_already_bumped() {
        let needs = advice("0.1.0", "0.1.0", Bump::Major, true);
        assert!(needs.contains("needs 0.2.0"), "{needs}");
        assert!(needs.contains("0.y.z"), "{needs}");
        let done = advice("0.1.0", "0.2.0", Bump::Major, true);
        assert!(done.contains("covers"), "{done}");
        let short = advice("0.1.0", "0.1.1", Bump::Major, true);
        assert!(short.contains("needs 0.2.0"), "{short}");
    }
}
