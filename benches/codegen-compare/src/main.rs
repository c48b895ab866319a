//! `cargo run -p codegen-compare --`: what callbell costs its users, against
//! openapi-generator's Rust client, measured in one sitting.
//!
//! 1. **Generation time.** The xtask binary (`xtask codegen --out`; built
//!    first with `cargo build -p xtask`) versus `java -jar
//!    openapi-generator.jar generate -g rust`, fresh processes, `--runs`
//!    times after one warm-up; medians are compared.
//! 2. **Consumer cold builds.** The README's dependency snippet and example,
//!    the webhook-only build, and the same program on openapi-generator's
//!    client (one crate per `--their-tls`), each built with `cargo build`
//!    (dev profile) into its own emptied target directory, `--build-runs`
//!    rounds, rotating which goes first. The registry is fetched first, untimed.
//! 3. **The spec-edit loop.** One optional property added to (then removed
//!    from) `Contact` in scratch copies of the spec: `cargo xtask codegen` and
//!    `cargo build -p callbell` in a scratch copy of the workspace, versus
//!    openapi-generator and `cargo build` of its crate, alternating.
//! 4. **Binary size** of the `list_contacts` example, release, stripped.
//!
//! This is a benchmark: it is not run in CI. It fails with a message (exit
//! 1), never a panic, when java, the openapi-generator jar or cargo is
//! missing or a step fails.

mod binary_size;
mod consumer;
mod edit_loop;
mod report;
mod spec_edit;
mod stats;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::Parser;
use consumer::{Consumer, TheirTls};
use edit_loop::EditLoop;
use report::{Arm, Builds, Codegen, EditLoopTimes, Report, Side};
use stats::Summary;

/// The spec, relative to the workspace root.
const SPEC: &str = "openapi/callbell.yaml";

/// The workspace root: two levels above this crate.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("benches/codegen-compare lives two levels below the workspace root")
        .to_path_buf()
}

/// Benchmark: what callbell costs its users against openapi-generator's
/// client: generation time, consumer cold builds, the spec-edit loop and the
/// size of an example binary.
///
/// Needs Java and `pip install openapi-generator-cli`. Prints medians,
/// ratios and verdicts against the targets.
#[derive(Parser, Debug)]
#[command(name = "bench-codegen", version, about)]
pub struct Args {
    /// How many timed generation runs of each generator (after one warm-up).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub runs: u32,
    /// The xtask binary to time [default: `cargo build -p xtask`, then target/debug/xtask].
    #[arg(long, value_name = "FILE")]
    pub xtask: Option<PathBuf>,
    /// The openapi-generator CLI jar [default: the one the `openapi-generator-cli`
    /// Python package ships, found through python3].
    #[arg(long, value_name = "FILE")]
    pub jar: Option<PathBuf>,
    /// The Java runtime to run the jar with.
    #[arg(long, value_name = "FILE", default_value = "java")]
    pub java: PathBuf,
    /// Skip the generation timing.
    #[arg(long)]
    pub skip_codegen: bool,
    /// Skip the consumer cold builds (they take minutes).
    #[arg(long)]
    pub skip_build: bool,
    /// Rounds of consumer cold builds, rotating which consumer goes first;
    /// medians are compared.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    pub build_runs: u32,
    /// TLS of the openapi-generator consumer; repeat for several consumers
    /// (the README snippet's callbell uses rustls with ring).
    #[arg(long, value_enum, default_values_t = [TheirTls::RustlsRing])]
    pub their_tls: Vec<TheirTls>,
    /// Skip the spec-edit loop.
    #[arg(long)]
    pub skip_loop: bool,
    /// Timed spec-edit loops of each side (an edit, then its undo, and so on).
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u32).range(1..))]
    pub loop_runs: u32,
    /// Skip the release build of the example.
    #[arg(long)]
    pub skip_size: bool,
    /// Keep the working directory (generated clients, consumer crates) and print its path.
    #[arg(long)]
    pub keep: bool,
}

fn main() -> ExitCode {
    match run(&Args::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Builds the xtask binary (dev profile, as `cargo xtask` runs it) and returns its path.
fn build_xtask(root: &Path) -> Result<PathBuf, String> {
    run_quietly(
        cargo().args(["build", "-p", "xtask"]).current_dir(root),
        "cargo build -p xtask",
    )?;
    Ok(target_dir(root)
        .join("debug")
        .join(format!("xtask{}", std::env::consts::EXE_SUFFIX)))
}

/// Runs the benchmark; `Ok` carries the exit code, `Err` a message for stderr.
fn run(args: &Args) -> Result<ExitCode, String> {
    let root = workspace_root();
    let spec = root.join(SPEC);
    let xtask = match &args.xtask {
        Some(path) => path.clone(),
        None => build_xtask(&root)?,
    };
    if !xtask.is_file() {
        return Err(format!("{}: no such xtask binary", xtask.display()));
    }
    let java = tools::check_java(&args.java)?;
    let jar = tools::find_jar(args.jar.as_deref())?;
    eprintln!("java: {java}");
    eprintln!("openapi-generator: {}", jar.display());

    let work = tempfile::Builder::new()
        .prefix("bench-codegen-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let dir = work.path();
    let mut report = Report {
        load: vec![load_average()],
        ..Report::default()
    };

    // What was measured is printed even when a later step fails.
    let measured = measure(args, &root, &xtask, &jar, &spec, dir, &mut report);
    report.load.push(load_average());
    println!("{}", report.render());
    if args.keep {
        let kept = work.keep();
        println!("kept the working directory: {}", kept.display());
    }
    measured.map(|()| ExitCode::SUCCESS)
}

/// Runs the measurements `args` asks for, in the order most likely to fail
/// first (the loop and the release build before the long cold builds).
fn measure(
    args: &Args,
    root: &Path,
    xtask: &Path,
    jar: &Path,
    spec: &Path,
    dir: &Path,
    report: &mut Report,
) -> Result<(), String> {
    let theirs = (args.java.as_path(), jar);
    if !args.skip_codegen {
        report.codegen = Some(time_codegen(args, xtask, &theirs, spec, dir)?);
    } else if !args.skip_build {
        // The consumers need one generated client.
        generate_theirs(&theirs, spec, &openapi_dir(dir, 0))?;
    }
    if !args.skip_loop {
        report.edit_loop = Some(edit_loop(args, root, jar, dir)?);
    }
    if !args.skip_size {
        report.size = Some(binary_size::of_example(root, &target_dir(root), dir)?);
    }
    if !args.skip_build {
        report.builds = Some(cold_builds(args, root, dir)?);
    }
    Ok(())
}

/// Runs openapi-generator's `rust` generator on `spec` into `out`.
fn generate_theirs((java, jar): &(&Path, &Path), spec: &Path, out: &Path) -> Result<(), String> {
    run_quietly(
        Command::new(java)
            .arg("-jar")
            .arg(jar)
            .args(["generate", "-g", "rust", "-i"])
            .arg(spec)
            .arg("-o")
            .arg(out),
        "openapi-generator",
    )
    .map(drop)
}

/// Times both generators, fresh processes, fresh output directories.
fn time_codegen(
    args: &Args,
    xtask: &Path,
    theirs: &(&Path, &Path),
    spec: &Path,
    dir: &Path,
) -> Result<Codegen, String> {
    eprintln!("timing `xtask codegen` ({} runs + warm-up)...", args.runs);
    let ours = stats::time_runs(args.runs, |i| {
        // `--out` names the directory the generated files go to.
        let out = dir.join(format!("xtask-{i}"));
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        run_quietly(
            Command::new(xtask)
                .arg("codegen")
                .arg("--spec")
                .arg(spec)
                .arg("--out")
                .arg(&out),
            "xtask codegen",
        )
        .map(drop)
    })?;
    eprintln!(
        "timing openapi-generator `rust` ({} runs + warm-up)...",
        args.runs
    );
    let theirs_time = stats::time_runs(args.runs, |i| {
        generate_theirs(theirs, spec, &openapi_dir(dir, i))
    })?;
    Ok(Codegen {
        runs: args.runs,
        xtask: xtask.display().to_string(),
        ours,
        theirs: theirs_time,
    })
}

/// The consumer cold builds: the README snippet, the webhook-only build and
/// one openapi-generator consumer per `--their-tls`, rotating.
fn cold_builds(args: &Args, root: &Path, dir: &Path) -> Result<Builds, String> {
    let callbell = root.join("crates/callbell");
    let mut consumers = vec![
        (Consumer::readme(&callbell), Side::Ours),
        (Consumer::webhook_only(&callbell), Side::OursOther),
    ];
    for tls in &args.their_tls {
        consumers.push((
            Consumer::openapi_generator(&openapi_dir(dir, 0), *tls),
            Side::Theirs,
        ));
    }
    consumers.dedup_by(|a, b| a.0.name == b.0.name);
    for (consumer, _) in &consumers {
        consumer.prepare(dir)?;
    }
    let results = stats::alternate(args.build_runs, consumers.len(), |_, arm| {
        consumers[arm].0.cold_build(dir)
    })?;
    let mut arms = Vec::new();
    for ((consumer, side), builds) in consumers.iter().zip(results) {
        let secs: Vec<f64> = builds.iter().map(|build| build.secs).collect();
        arms.push(Arm {
            label: consumer.label.clone(),
            side: *side,
            secs: Summary::of(&secs).expect("at least one run"),
            units: builds.iter().map(|build| build.units).max().unwrap_or(0),
            crates: consumer.crate_count(dir)?,
        });
    }
    Ok(Builds {
        runs: args.build_runs,
        arms,
    })
}

/// The spec-edit loop of each generator, alternating, each step an edit of
/// the previous state (odd runs add the property, even runs remove it).
fn edit_loop(args: &Args, root: &Path, jar: &Path, dir: &Path) -> Result<EditLoopTimes, String> {
    let original = std::fs::read_to_string(root.join(SPEC)).map_err(|e| format!("{SPEC}: {e}"))?;
    let edited = spec_edit::add_optional_property(&original, "Contact")?;
    let ours = edit_loop::Ours::prepare(root, dir, &target_dir(root).join("debug"), &original)?;
    let theirs = edit_loop::Theirs::prepare(&args.java, jar, dir, &original)?;
    let sides: [&dyn EditLoop; 2] = [&ours, &theirs];
    eprintln!("spec-edit loop: {} timed runs of each...", args.loop_runs);
    let results = stats::alternate(args.loop_runs, 2, |round, side| {
        let spec = if round % 2 == 0 { &edited } else { &original };
        sides[side].step(spec)
    })?;
    let summary = |secs: &[f64]| Summary::of(secs).expect("at least one run");
    Ok(EditLoopTimes {
        runs: args.loop_runs,
        ours: (ours.label(), summary(&results[0])),
        theirs: (theirs.label(), summary(&results[1])),
    })
}

/// `/proc/loadavg` (or why it could not be read).
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| text.trim().to_string())
        .unwrap_or_else(|e| format!("unknown ({e})"))
}

/// The workspace's target directory.
fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// `cargo`, the one running this benchmark if any.
fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Where openapi-generator's run `i` writes its client.
fn openapi_dir(dir: &Path, i: u32) -> PathBuf {
    dir.join(format!("openapi-generator-{i}"))
}

/// Runs a command with its output captured and returns its stderr; a
/// failure carries the last lines of what it printed.
fn run_quietly(command: &mut Command, what: &str) -> Result<String, String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run {what} ({:?}): {e}", command.get_program()))?;
    if output.status.success() {
        return Ok(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Err(format!(
        "{what} failed ({}):\n{}",
        output.status,
        tail(&String::from_utf8_lossy(&output.stderr), 20)
    ))
}

/// The last `lines` lines of `text`.
fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failing_command_reports_its_output_tail() {
        let error = run_quietly(
            Command::new("sh").args(["-c", "echo one >&2; echo two >&2; exit 3"]),
            "the tool",
        )
        .unwrap_err();
        assert!(
            error.starts_with("the tool failed (exit status: 3)"),
            "{error}"
        );
        assert!(error.ends_with("one\ntwo"), "{error}");
        let missing = run_quietly(&mut Command::new("/nonexistent/tool"), "the tool").unwrap_err();
        assert!(missing.starts_with("cannot run the tool"), "{missing}");
    }

    #[test]
    fn tail_keeps_the_last_lines() {
        assert_eq!(tail("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
    }
}
