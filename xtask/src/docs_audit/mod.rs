//! `cargo xtask docs-audit [--docs DIR]`: Callbell's docs against what the
//! repository knows of them.
//!
//! The tests never read the docs: they read `tests/docs/pages.json` (every
//! docs page's field tables, and what the page describes in the spec) and
//! `tests/docs/examples.json` (which fixture under `tests/fixtures/` each docs
//! example is, with the documented edits). This command parses the docs and
//! lists every difference with those files and fixtures: a page, field,
//! parameter or example the docs added or dropped, a type that changed, a
//! fixture that no longer matches its example. Exit 0: no difference; 1:
//! differences (listed); 2: bad input (no docs directory, unreadable facts).
//!
//! `--update` rewrites `pages.json` from the docs (what each page describes is
//! kept; a new page is `undecided`, which the tests refuse until someone
//! decides). Examples and fixtures are always changed by hand.

mod examples;
pub mod facts;
mod markdown;
mod pages;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::paths::workspace_root;
use crate::write::{Outcome, write_if_changed};

/// The docs directory when neither `--docs` nor `CALLBELL_DOCS` says otherwise,
/// relative to the workspace root.
const DEFAULT_DOCS: &str = "../shared/callbell-docs";

/// Options of `cargo xtask docs-audit`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Callbell's docs [default: $CALLBELL_DOCS, else ../shared/callbell-docs].
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,
    /// The test crate holding docs/ (the facts) and fixtures/ [default: tests].
    #[arg(long, value_name = "DIR")]
    pub tests: Option<PathBuf>,
    /// Rewrite tests/docs/pages.json from the docs instead of failing on its differences.
    #[arg(long)]
    pub update: bool,
}

/// A docs directory.
pub struct Docs {
    dir: PathBuf,
}

impl Docs {
    /// The text of a docs file, by its path relative to the docs directory.
    pub fn read(&self, relative: &str) -> Result<String, String> {
        let path = self.dir.join(relative);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The files of a docs directory with the given extension, as paths
    /// relative to the docs directory, sorted.
    pub fn files(&self, relative_dir: &str, extension: &str) -> Result<Vec<String>, String> {
        let path = self.dir.join(relative_dir);
        let mut names = std::fs::read_dir(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(&format!(".{extension}")))
            .map(|n| format!("{}/{n}", relative_dir.trim_end_matches('/')))
            .collect::<Vec<_>>();
        names.sort();
        Ok(names)
    }
}

/// What an audit found.
pub struct Report {
    /// One readable paragraph per difference.
    pub differences: Vec<String>,
    /// `pages.json` as the docs have it now (for `--update`).
    pub pages: facts::Pages,
}

/// Compares the docs in `docs_dir` with the facts and fixtures in `tests_dir`.
/// `Err` is bad input (exit 2).
pub fn audit(docs_dir: &Path, tests_dir: &Path) -> Result<Report, String> {
    if !docs_dir.is_dir() {
        return Err(format!(
            "{}: no such directory; point --docs or CALLBELL_DOCS at Callbell's docs",
            docs_dir.display()
        ));
    }
    let docs = Docs {
        dir: docs_dir.to_path_buf(),
    };
    let pages_file = tests_dir.join("docs/pages.json");
    let examples_file = tests_dir.join("docs/examples.json");
    let pages_facts: facts::Pages = facts::load(&pages_file)?;
    let examples_facts: facts::Examples = facts::load(&examples_file)?;

    let pages_now = pages::read(&docs, &pages_facts)?;
    let mut differences = pages::differences(&pages_now, &pages_facts, &pages_file);
    let examples_now = examples::read(&docs, &examples_facts)?;
    differences.extend(examples::differences(
        &docs,
        &examples_now,
        &examples_facts,
        &examples_file,
        &tests_dir.join("fixtures"),
    ));
    Ok(Report {
        differences,
        pages: facts::Pages {
            pages: pages_now,
            ..pages_facts
        },
    })
}

/// Runs the command; `Ok` carries the exit code, `Err` a message for stderr.
pub fn run(args: &Args) -> Result<ExitCode, String> {
    let root = workspace_root();
    let (docs_dir, shown) = match (&args.docs, std::env::var_os("CALLBELL_DOCS")) {
        (Some(dir), _) => (dir.clone(), dir.display().to_string()),
        (None, Some(dir)) => (
            PathBuf::from(&dir),
            PathBuf::from(dir).display().to_string(),
        ),
        (None, None) => (root.join(DEFAULT_DOCS), DEFAULT_DOCS.to_string()),
    };
    let tests_dir = args.tests.clone().unwrap_or_else(|| root.join("tests"));
    let report = match audit(&docs_dir, &tests_dir) {
        Ok(report) => report,
        Err(message) => {
            eprintln!("error: {message}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut differences = report.differences;
    if args.update {
        let pages_file = tests_dir.join("docs/pages.json");
        if let Outcome::Written = write_if_changed(&pages_file, &facts::render(&report.pages))? {
            println!("updated {}", pages_file.display());
        }
        differences.retain(|d| !d.contains("docs/pages.json"));
    }
    if differences.is_empty() {
        println!("{shown} matches the checked-in docs facts and fixtures");
        return Ok(ExitCode::SUCCESS);
    }
    for difference in &differences {
        eprintln!("{difference}\n");
    }
    eprintln!(
        "docs-audit: {} difference(s) between {} and the repository; update tests/docs/*.json, \
         tests/fixtures/ and the spec (with an openapi/ERRATA.md entry where they disagree)",
        differences.len(),
        shown
    );
    Ok(ExitCode::from(1))
}

#[cfg(test)]
mod tests;
