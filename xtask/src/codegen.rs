//! `cargo xtask codegen`: spec → progenitor → [`crate::emit`] → the files of
//! `crates/callbell/src/generated/`, and spec → JSON Schema → the strict
//! validator's `crates/callbell-schema/src/generated/schemas.json` (see
//! [`crate::json_schema`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};

use crate::emit::{self, GeneratedFile, open_enums::OpenEnum, operations};
use crate::json_schema;
use crate::paths::{
    CLI_GENERATED, FAKE_GENERATED, GENERATED, SCHEMAS_FILE, SCHEMAS_GENERATED, SPEC, workspace_root,
};
use crate::spec::{self, Spec};
use crate::write::{Outcome, write_if_changed};

/// Options of `cargo xtask codegen`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Do not write anything: exit 1 when the checked-in code differs from
    /// what the spec generates (for CI).
    #[arg(long)]
    pub check: bool,
    /// The spec to read [default: openapi/callbell.yaml].
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// The directory the generated files go to [default: crates/callbell/src/generated]:
    /// types.rs, client.rs, open_enums.rs, tables.rs, operations.rs, and the JSON Schema
    /// of the component schemas, schemas.json [default:
    /// crates/callbell-schema/src/generated/schemas.json]. Without it, the fake's
    /// operation table (crates/callbell-fake/src/generated.rs) is written too.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Where the `callbell` CLI's operations go [default:
    /// crates/callbell-cli/src/generated_cli.rs; with --out alone, not written].
    #[arg(long, value_name = "FILE")]
    pub cli_out: Option<PathBuf>,
}

/// Component schemas progenitor does not define itself, besides the string
/// enums (each replaced by its generated open enum, see
/// [`emit::open_enums`]) and the "one or a list of one" schemas (each an
/// alias of `OneOrList`, see [`emit::one_or_list`]): each is read as a plain
/// Rust type, for shapes the docs disagree on. The strict validator
/// still checks the spec as written.
pub const REPLACEMENTS: &[(&str, &str)] = &[
    // A response field: its documented limit is checked by the validator, not the reader.
    ("ContactNote", "::std::string::String"),
    // Any typed value (string, list, number, boolean, null) kept exactly as sent: a number
    // read as `f64` would come back as `42.0`.
    ("CustomFieldTypedValue", "::serde_json::Value"),
];

/// The hand-written type that carries per-client state (token, retry policy)
/// into the generated client's hooks.
const INNER_TYPE: &str = "crate::Inner";

/// Runs the command; `Ok` carries the exit code, `Err` a message for stderr.
pub fn run(args: &Args) -> Result<ExitCode, String> {
    let root = workspace_root();
    let (spec_path, spec_shown) = match &args.spec {
        Some(p) => (p.clone(), p.display().to_string()),
        None => (root.join(SPEC), SPEC.to_string()),
    };
    let (out_dir, out_shown) = match &args.out {
        Some(p) => (p.clone(), p.display().to_string()),
        None => (root.join(GENERATED), GENERATED.to_string()),
    };
    let shown = |name: &str| Path::new(&out_shown).join(name).display().to_string();

    // Everything is generated before anything is written: a broken spec
    // leaves every output untouched.
    let spec = spec::load(&spec_path, &spec_shown).map_err(|e| e.to_string())?;
    let files = generate(&spec).map_err(|e| e.to_string())?;
    let schemas = json_schema::render(&json_schema::convert(&spec).map_err(|e| e.to_string())?);
    let client_code = files
        .iter()
        .find(|file| file.name == emit::CLIENT_FILE)
        .map(|file| file.content.clone())
        .unwrap_or_default();
    let cli = emit::cli::render(&spec, &client_code).map_err(|e| e.to_string())?;
    let crate_sources = crate::api_diff::rust_sources(&files);
    let mut outputs: Vec<(PathBuf, String, String)> = files
        .into_iter()
        .map(|file| (out_dir.join(&file.name), shown(&file.name), file.content))
        .collect();
    // The validator's schemas and the fake's operation table live in their
    // crates; `--out` (a trial run elsewhere) puts the schemas next to the
    // other files and leaves the fake alone.
    if args.out.is_some() {
        outputs.push((out_dir.join(SCHEMAS_FILE), shown(SCHEMAS_FILE), schemas));
    } else {
        let path = root.join(SCHEMAS_GENERATED);
        outputs.push((path, SCHEMAS_GENERATED.to_string(), schemas));
        let fake = emit::fake::generate(&spec).map_err(|e| e.to_string())?;
        outputs.push((root.join(FAKE_GENERATED), FAKE_GENERATED.to_string(), fake));
    }
    // A client sent elsewhere (a trial run) leaves the CLI's file alone unless asked.
    match (&args.cli_out, &args.out) {
        (Some(p), _) => outputs.push((p.clone(), p.display().to_string(), cli)),
        (None, None) => outputs.push((root.join(CLI_GENERATED), CLI_GENERATED.to_string(), cli)),
        (None, Some(_)) => {}
    }

    let strays = stray_files(&out_dir.join(emit::type_files::DIR), &outputs);
    if args.check {
        let mut stale = false;
        for path in &strays {
            stale = true;
            eprintln!(
                "{} is not generated from {spec_shown} any more: remove it.",
                shown(
                    &Path::new(emit::type_files::DIR)
                        .join(path.file_name().unwrap_or_default())
                        .display()
                        .to_string()
                )
            );
        }
        for (path, shown, content) in &outputs {
            match std::fs::read_to_string(path) {
                Ok(current) if current == *content => {
                    println!("{shown} is up to date with {spec_shown}");
                }
                Ok(current) => {
                    stale = true;
                    eprintln!("{shown} is stale: it differs from what {spec_shown} generates:");
                    eprintln!("{}", stale_diff(&current, content, shown, DIFF_LINES));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    stale = true;
                    eprintln!("{shown} is missing: {spec_shown} generates it.");
                }
                Err(e) => return Err(format!("{shown}: cannot read: {e}")),
            }
        }
        if stale {
            eprintln!("Run `cargo xtask codegen` and commit the result.");
            return Ok(ExitCode::from(1));
        }
        return Ok(ExitCode::SUCCESS);
    }
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{out_shown}: cannot create: {e}"))?;
    for (path, shown, content) in &outputs {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{shown}: cannot create its folder: {e}"))?;
        }
        match write_if_changed(path, content)? {
            Outcome::Written => println!(
                "wrote {shown} ({} lines) from {spec_shown}",
                content.lines().count()
            ),
            Outcome::Unchanged => println!("{shown} is already up to date with {spec_shown}"),
        }
    }
    for path in &strays {
        std::fs::remove_file(path)
            .map_err(|e| format!("{}: cannot remove: {e}", path.display()))?;
        println!(
            "removed {}: not generated from {spec_shown} any more",
            path.display()
        );
    }
    // Only the project's spec has a committed version to compare with.
    if args.spec.is_none() {
        crate::api_diff::after_codegen(&spec, &crate_sources);
    }
    Ok(ExitCode::SUCCESS)
}

/// The `.rs` files in `dir` (the per-type folder) that none of `outputs`
/// writes: left by a type the spec no longer has.
fn stray_files(dir: &Path, outputs: &[(PathBuf, String, String)]) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut strays: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .filter(|path| !outputs.iter().any(|(out, _, _)| out == path))
        .collect();
    strays.sort();
    strays
}

/// How many lines of the diff `--check` shows per stale file.
const DIFF_LINES: usize = 40;

/// A unified diff from the checked-in `current` to what the spec generates,
/// cut after `max_lines` lines (the rest is counted, not shown).
fn stale_diff(current: &str, generated: &str, shown: &str, max_lines: usize) -> String {
    let diff = similar::TextDiff::from_lines(current, generated);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("{shown} (checked in)"),
            &format!("{shown} (generated)"),
        )
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = lines[..lines.len().min(max_lines)].join("\n");
    if lines.len() > max_lines {
        out.push_str(&format!(
            "\n... {} more diff lines",
            lines.len() - max_lines
        ));
    }
    out
}

/// The settings the client is generated with (builder interface, schemars
/// derives, hand-written hooks, open enums and replacement types).
pub fn settings(replaced: &[(String, String)]) -> GenerationSettings {
    let inner: proc_macro2::TokenStream =
        INNER_TYPE.parse().expect("INNER_TYPE is a valid Rust path");
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(inner)
        // Moved behind the `schemars` feature by `emit::attributes`.
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        // Ordered maps: serialization (and so snapshots) must not depend on hashing.
        .with_map_type("::std::collections::BTreeMap");
    for (schema, rust_type) in replaced {
        settings.with_replacement(
            schema,
            rust_type,
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    }
    settings
}

/// Every replaced schema with its Rust type: the open enums, the "one or a
/// list of one" schemas, then [`REPLACEMENTS`].
fn replacements(spec: &Spec, open_enums: &[OpenEnum]) -> Vec<(String, String)> {
    open_enums
        .iter()
        .map(|e| (e.schema.clone(), e.rust_path()))
        .chain(
            emit::one_or_list::collect(&spec.json)
                .iter()
                .map(|found| (found.schema.clone(), found.rust_path())),
        )
        .chain(
            REPLACEMENTS
                .iter()
                .map(|(schema, rust)| (schema.to_string(), rust.to_string())),
        )
        .collect()
}

/// Generates the formatted files for a checked spec (see [`emit`]).
pub fn generate(spec: &Spec) -> Result<Vec<GeneratedFile>, spec::SpecError> {
    for (schema, _) in REPLACEMENTS {
        let pointer = format!("/components/schemas/{schema}");
        if spec.json.pointer(&pointer).is_none() {
            return Err(spec.error_at(
                "/components/schemas",
                format!("schema `{schema}` is missing; xtask replaces it with a hand-written type"),
            ));
        }
    }
    let open_enums = emit::open_enums::collect(spec)?;
    let prepared = emit::collections::prepare(spec)?;
    let replaced = replacements(spec, &open_enums);
    let mut generator = Generator::new(&settings(&replaced));
    let tokens = catch_panic(|| generator.generate_tokens(&prepared))
        .map_err(|panic| generator_error(spec, &panic))?
        .map_err(|e| generator_error(spec, &e.to_string()))?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| spec::SpecError {
        file: spec.file.clone(),
        location: spec::Location::File,
        message: format!("progenitor produced code that does not parse: {e}"),
    })?;
    // The operations of `Callbell`, read off progenitor's client as generated.
    let operations =
        operations::emit(&spec.openapi, &spec.json, &file).map_err(|message| spec::SpecError {
            file: spec.file.clone(),
            location: spec::Location::File,
            message,
        })?;
    let replaced: Vec<(&str, &str)> = replaced
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let mut files = emit::files(spec, &open_enums, &replaced, file)?;
    files.push(GeneratedFile {
        name: operations::FILE.into(),
        content: operations,
    });
    Ok(files)
}

/// Explains a progenitor failure and finds where it comes from: the schema
/// its message names, else the first operation that fails on its own.
fn generator_error(spec: &Spec, error: &str) -> spec::SpecError {
    let message = format!("progenitor cannot generate a client from this spec: {error}");
    let schemas = spec
        .json
        .pointer("/components/schemas")
        .and_then(|v| v.as_object());
    if let Some(name) = schemas.and_then(|s| s.keys().find(|name| mentions(error, name))) {
        return spec.error_at(
            &format!("/components/schemas/{}", spec::escape(name)),
            message,
        );
    }
    match failing_operation(spec) {
        Some(pointer) => spec.error_at(&pointer, message),
        None => spec::SpecError {
            file: spec.file.clone(),
            location: spec::Location::File,
            message,
        },
    }
}

/// The JSON pointer of the first operation that progenitor cannot generate
/// when it is the only one in the spec.
fn failing_operation(spec: &Spec) -> Option<String> {
    for (path, item) in &spec.openapi.paths.paths {
        let openapiv3::ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, _) in item.iter() {
            let mut alone = item.clone();
            for (other, slot) in [
                ("get", &mut alone.get),
                ("put", &mut alone.put),
                ("post", &mut alone.post),
                ("delete", &mut alone.delete),
                ("options", &mut alone.options),
                ("head", &mut alone.head),
                ("patch", &mut alone.patch),
                ("trace", &mut alone.trace),
            ] {
                if other != method {
                    *slot = None;
                }
            }
            let mut one = spec.openapi.clone();
            one.paths.paths = [(path.clone(), openapiv3::ReferenceOr::Item(alone))]
                .into_iter()
                .collect();
            let open_enums = emit::open_enums::collect(spec).unwrap_or_default();
            let mut generator = Generator::new(&settings(&replacements(spec, &open_enums)));
            let fails = !matches!(catch_panic(|| generator.generate_tokens(&one)), Ok(Ok(_)));
            if fails {
                return Some(format!("/paths/{}/{method}", spec::escape(path)));
            }
        }
    }
    None
}

thread_local! {
    /// Set while this thread runs the generator under [`catch_panic`].
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, turning a panic (progenitor panics on some inputs) into its
/// message instead of a crash with a backtrace.
///
/// The process-wide panic hook is replaced once, by one that stays silent
/// only on a thread inside `catch_panic` and otherwise calls the hook it
/// replaced; so threads generating in parallel (tests) never swap hooks under
/// each other, and other threads' panics are still printed.
fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    let was_quiet = QUIET.with(|quiet| quiet.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|quiet| quiet.set(was_quiet));
    result.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "the generator failed without a message".to_string())
    })
}

fn mentions(text: &str, name: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project_spec() -> Spec {
        spec::load(&workspace_root().join(SPEC), SPEC).expect("the project's spec loads")
    }

    #[test]
    fn generation_is_deterministic() {
        let spec = project_spec();
        assert_eq!(generate(&spec).unwrap(), generate(&spec).unwrap());
    }

    #[test]
    fn every_replaced_type_is_used_and_no_replaced_schema_is_generated() {
        let spec = project_spec();
        let files = generate(&spec).unwrap();
        let types: String = files
            .iter()
            .filter(|f| f.name.starts_with("types"))
            .map(|f| f.content.as_str())
            .collect();
        let open_enums = emit::open_enums::collect(&spec).unwrap();
        for (schema, rust_type) in replacements(&spec, &open_enums) {
            assert!(
                types.contains(&rust_type),
                "{rust_type} is not used by the generated types"
            );
            assert!(
                !types.contains(&format!("pub enum {schema} ")),
                "{schema} was generated anyway"
            );
            assert!(
                !types.contains(&format!("pub struct {schema} ")),
                "{schema} was generated anyway"
            );
        }
    }

    #[test]
    fn every_file_is_marked_generated_and_has_no_ignored_doctest() {
        for file in generate(&project_spec()).unwrap() {
            assert!(file.content.starts_with("// @generated"), "{}", file.name);
            assert!(!file.content.contains("```ignore"), "{}", file.name);
        }
    }

    #[test]
    fn stale_diff_shows_the_changed_lines_and_cuts_long_diffs() {
        let current = "a\nb\nc\n";
        let generated = "a\nB\nc\n";
        let diff = stale_diff(current, generated, "x.rs", 40);
        assert_eq!(
            diff,
            "--- x.rs (checked in)\n+++ x.rs (generated)\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c"
        );
        let long_current: String = (0..100).map(|i| format!("{i}\n")).collect();
        let long_generated: String = (0..100).map(|i| format!("{}\n", i * 2)).collect();
        let diff = stale_diff(&long_current, &long_generated, "x.rs", 40);
        assert_eq!(diff.lines().count(), 41, "{diff}");
        assert!(diff.ends_with(" more diff lines"), "{diff}");
    }

    #[test]
    fn caught_panics_give_their_message_on_parallel_threads_and_leave_no_thread_quiet() {
        let threads: Vec<_> = (0..8)
            .map(|i| {
                std::thread::spawn(move || {
                    let caught = catch_panic(|| -> u32 { panic!("generator {i} failed") });
                    let fine = catch_panic(|| i);
                    (caught, fine, QUIET.with(std::cell::Cell::get))
                })
            })
            .collect();
        for (i, thread) in threads.into_iter().enumerate() {
            let (caught, fine, quiet) = thread.join().unwrap();
            assert_eq!(caught, Err(format!("generator {i} failed")));
            assert_eq!(fine, Ok(i));
            assert!(!quiet, "thread {i} left quiet");
        }
        assert!(!QUIET.with(std::cell::Cell::get));
    }
}
