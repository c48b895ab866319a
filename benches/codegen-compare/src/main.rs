//! `cargo run -p codegen-compare --`: our code generation (`cargo xtask
//! codegen`) versus openapi-generator.
//!
//! Two comparisons, printed as a table with ratios and verdicts:
//!
//! 1. **Generation time.** The xtask binary (`xtask codegen --out`; built
//!    first with `cargo build -p xtask`) versus openapi-generator's `rust`
//!    generator (`java -jar openapi-generator.jar generate -g rust`), each run
//!    as a fresh process writing to a fresh directory, `--runs` times after one
//!    warm-up run; medians are compared.
//! 2. **Consumer cold build.** A one-file crate that depends on each client,
//!    built with `cargo build` (dev profile) in its own empty target
//!    directory, offline. Dependencies are fetched first and not timed.
//!
//! This is a benchmark: it is not run in CI. It fails with a message (exit
//! 1), never a panic, when java, the openapi-generator jar or cargo is
//! missing or a step fails.

mod consumer;
mod stats;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::Parser;
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

/// Benchmark: time `cargo xtask codegen` against openapi-generator's `rust`
/// generator, and the cold build of a crate using each client.
///
/// Needs Java and `pip install openapi-generator-cli`. Prints medians, the
/// speed-up, and the cold build time of a crate using each client.
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
    /// Skip the consumer cold builds (they take minutes).
    #[arg(long)]
    pub skip_build: bool,
    /// Cold builds of each consumer, alternating which goes first; medians
    /// are compared (more runs, less noise on a shared machine).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub build_runs: u32,
    /// TLS backend both consumers enable, so they build the same stack.
    #[arg(long, value_enum, default_value_t = consumer::Tls::Rustls)]
    pub tls: consumer::Tls,
    /// Keep the working directory (generated clients, consumer crates) and print its path.
    #[arg(long)]
    pub keep: bool,
}

/// The targets from issue 6.
const CODEGEN_SPEEDUP_TARGET: f64 = 50.0;
const BUILD_RATIO_TARGET: f64 = 1.0;

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
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    run_quietly(
        Command::new(cargo)
            .args(["build", "-p", "xtask"])
            .current_dir(root),
        "cargo build -p xtask",
    )?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    Ok(target
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

    eprintln!("timing `xtask codegen` ({} runs + warm-up)...", args.runs);
    let ours = stats::time_runs(args.runs, |i| {
        let out = dir.join(format!("xtask-{i}")).join("generated.rs");
        std::fs::create_dir_all(out.parent().expect("has a parent"))
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        run_quietly(
            Command::new(&xtask)
                .arg("codegen")
                .arg("--spec")
                .arg(&spec)
                .arg("--out")
                .arg(&out),
            "xtask codegen",
        )
    })?;
    eprintln!(
        "timing openapi-generator `rust` ({} runs + warm-up)...",
        args.runs
    );
    let theirs = stats::time_runs(args.runs, |i| {
        run_quietly(
            Command::new(&args.java)
                .arg("-jar")
                .arg(&jar)
                .args(["generate", "-g", "rust", "-i"])
                .arg(&spec)
                .arg("-o")
                .arg(openapi_dir(dir, i)),
            "openapi-generator",
        )
    })?;

    let mut report = Report {
        runs: args.runs,
        xtask: xtask.display().to_string(),
        ours,
        theirs,
        builds: None,
    };

    if !args.skip_build {
        let ours_crate = consumer::Consumer::callbell(&root.join("crates/callbell"), args.tls);
        let theirs_crate = consumer::Consumer::openapi_generator(&openapi_dir(dir, 0), args.tls);
        let (mut ours_secs, mut theirs_secs) = (Vec::new(), Vec::new());
        for run in 0..args.build_runs {
            if run % 2 == 0 {
                ours_secs.push(ours_crate.cold_build(dir)?);
                theirs_secs.push(theirs_crate.cold_build(dir)?);
            } else {
                theirs_secs.push(theirs_crate.cold_build(dir)?);
                ours_secs.push(ours_crate.cold_build(dir)?);
            }
        }
        let median = |secs: &[f64]| Summary::of(secs).expect("at least one run");
        report.builds = Some(Builds {
            tls: args.tls,
            runs: args.build_runs,
            ours: median(&ours_secs),
            theirs: median(&theirs_secs),
        });
    }

    println!("{}", report.render());
    if args.keep {
        let kept = work.keep();
        println!("kept the working directory: {}", kept.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Where openapi-generator's run `i` writes its client.
fn openapi_dir(dir: &Path, i: u32) -> PathBuf {
    dir.join(format!("openapi-generator-{i}"))
}

/// Runs a command with its output captured; a failure carries the last lines
/// of what it printed.
fn run_quietly(command: &mut Command, what: &str) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run {what} ({:?}): {e}", command.get_program()))?;
    if output.status.success() {
        return Ok(());
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

/// The measurements, ready to print.
struct Report {
    runs: u32,
    xtask: String,
    ours: Summary,
    theirs: Summary,
    builds: Option<Builds>,
}

/// The consumer cold builds.
struct Builds {
    tls: consumer::Tls,
    runs: u32,
    /// Our consumer's build times, in seconds.
    ours: Summary,
    /// Their consumer's build times, in seconds.
    theirs: Summary,
}

impl Report {
    fn render(&self) -> String {
        let speedup = self.theirs.median / self.ours.median;
        let mut out = format!(
            "\ncodegen, median of {runs} runs (min..max), each a fresh process and output directory:\n\
             \x20 xtask codegen ({xtask})\n\
             \x20     {ours}\n\
             \x20 openapi-generator -g rust (java -jar)\n\
             \x20     {theirs}\n\
             \x20 speed-up: {speedup:.1}x (target >= {target}x): {verdict}\n",
            runs = self.runs,
            xtask = self.xtask,
            ours = self.ours,
            theirs = self.theirs,
            target = CODEGEN_SPEEDUP_TARGET,
            verdict = verdict(speedup >= CODEGEN_SPEEDUP_TARGET),
        );
        if let Some(builds) = &self.builds {
            let ratio = builds.ours.median / builds.theirs.median;
            let secs = |s: &Summary| format!("{:8.1} s  ({:.1}..{:.1})", s.median, s.min, s.max);
            out.push_str(&format!(
                "\nconsumer cold build, median of {runs} (min..max) (cargo build, dev profile, \
                 emptied target dir, offline, TLS: {tls}):\n\
                 \x20 callbell                    {ours}\n\
                 \x20 openapi-generator client    {theirs}\n\
                 \x20 callbell / openapi-generator: {ratio:.2} (target <= {target:.2}): {verdict}\n",
                runs = builds.runs,
                tls = builds.tls,
                ours = secs(&builds.ours),
                theirs = secs(&builds.theirs),
                target = BUILD_RATIO_TARGET,
                verdict = verdict(ratio <= BUILD_RATIO_TARGET),
            ));
        }
        out
    }
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "MISSED"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(median: f64) -> Summary {
        Summary {
            min: median * 0.9,
            median,
            max: median * 1.2,
        }
    }

    #[test]
    fn report_prints_ratios_and_verdicts() {
        let report = Report {
            runs: 5,
            xtask: "target/debug/xtask".into(),
            ours: summary(0.02),
            theirs: summary(1.5),
            builds: Some(Builds {
                tls: consumer::Tls::Rustls,
                runs: 3,
                ours: summary(60.0),
                theirs: summary(80.0),
            }),
        };
        let text = report.render();
        assert!(text.contains("median of 5 runs"), "{text}");
        assert!(
            text.contains("speed-up: 75.0x (target >= 50x): met"),
            "{text}"
        );
        assert!(
            text.contains("callbell / openapi-generator: 0.75 (target <= 1.00): met"),
            "{text}"
        );
        assert!(text.contains("median of 3 (min..max)"), "{text}");
        assert!(text.contains("TLS: rustls"), "{text}");
        assert!(
            text.contains("callbell                        60.0 s  (54.0..72.0)"),
            "{text}"
        );
    }

    #[test]
    fn report_says_when_a_target_is_missed_and_skips_absent_builds() {
        let report = Report {
            runs: 3,
            xtask: "xtask".into(),
            ours: summary(0.1),
            theirs: summary(1.0),
            builds: None,
        };
        let text = report.render();
        assert!(
            text.contains("speed-up: 10.0x (target >= 50x): MISSED"),
            "{text}"
        );
        assert!(!text.contains("consumer cold build"), "{text}");
    }

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
