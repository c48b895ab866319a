//! The measurements, printed as text with ratios and verdicts.

use std::fmt::Write;

use crate::binary_size::{EXAMPLE, Size};
use crate::stats::Summary;

/// Codegen at least this many times faster than openapi-generator.
pub const CODEGEN_SPEEDUP_TARGET: f64 = 50.0;
/// Consumer cold build at most this fraction of openapi-generator's client's.
pub const BUILD_RATIO_TARGET: f64 = 0.7;
/// The spec-edit loop at most this fraction of openapi-generator's.
pub const LOOP_RATIO_TARGET: f64 = 0.7;

/// Everything one sitting measured.
#[derive(Default)]
pub struct Report {
    /// `/proc/loadavg` when the run started and when it ended.
    pub load: Vec<String>,
    pub codegen: Option<Codegen>,
    pub builds: Option<Builds>,
    pub edit_loop: Option<EditLoopTimes>,
    pub size: Option<Size>,
}

/// Generation time of each generator, fresh processes.
pub struct Codegen {
    pub runs: u32,
    pub xtask: String,
    pub ours: Summary,
    pub theirs: Summary,
}

/// Consumer cold builds.
pub struct Builds {
    pub runs: u32,
    pub arms: Vec<Arm>,
}

/// Whose consumer a cold build is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The README's snippet: what ratios are computed for.
    Ours,
    /// Another build of callbell (reported, no ratio).
    OursOther,
    /// openapi-generator's client: what ratios compare against.
    Theirs,
}

/// One consumer's cold builds.
pub struct Arm {
    pub label: String,
    pub side: Side,
    /// Seconds.
    pub secs: Summary,
    /// Units cargo compiled (the same every run).
    pub units: usize,
    /// Packages in `cargo tree -e normal`, the consumer excluded.
    pub crates: usize,
}

/// The spec-edit loop, each side's seconds.
pub struct EditLoopTimes {
    pub runs: u32,
    pub ours: (&'static str, Summary),
    pub theirs: (&'static str, Summary),
}

fn secs(s: &Summary) -> String {
    format!("{:7.2} s  ({:.2}..{:.2})", s.median, s.min, s.max)
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "MISSED" }
}

impl Report {
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (when, load) in ["start", "end"].iter().zip(&self.load) {
            let _ = writeln!(out, "load average at the {when}: {load}");
        }
        if let Some(c) = &self.codegen {
            let speedup = c.theirs.median / c.ours.median;
            let _ = write!(
                out,
                "\ncodegen, median of {runs} runs (min..max), each a fresh process and output directory:\n\
                 \x20 xtask codegen ({xtask})\n\
                 \x20     {ours}\n\
                 \x20 openapi-generator -g rust (java -jar)\n\
                 \x20     {theirs}\n\
                 \x20 speed-up: {speedup:.1}x (target >= {target}x): {verdict}\n",
                runs = c.runs,
                xtask = c.xtask,
                ours = c.ours,
                theirs = c.theirs,
                target = CODEGEN_SPEEDUP_TARGET,
                verdict = verdict(speedup >= CODEGEN_SPEEDUP_TARGET),
            );
        }
        if let Some(b) = &self.builds {
            let _ = writeln!(
                out,
                "\nconsumer cold builds, median of {} alternating runs (min..max) \
                 (cargo build, dev profile, emptied target dir, registry fetched first):",
                b.runs
            );
            for arm in &b.arms {
                let _ = writeln!(
                    out,
                    "  {:<58} {}  {:3} units compiled, {:3} crates in `cargo tree -e normal`",
                    arm.label,
                    secs(&arm.secs),
                    arm.units,
                    arm.crates
                );
            }
            let ours = b.arms.iter().find(|arm| arm.side == Side::Ours);
            for theirs in b.arms.iter().filter(|arm| arm.side == Side::Theirs) {
                if let Some(ours) = ours {
                    let ratio = ours.secs.median / theirs.secs.median;
                    let _ = writeln!(
                        out,
                        "  callbell / {}: {ratio:.2} (target <= {BUILD_RATIO_TARGET:.2}): {}",
                        theirs.label,
                        verdict(ratio <= BUILD_RATIO_TARGET)
                    );
                }
            }
        }
        if let Some(l) = &self.edit_loop {
            let ratio = l.ours.1.median / l.theirs.1.median;
            let _ = write!(
                out,
                "\nspec-edit loop (add or remove one optional property of `Contact`, regenerate, \
                 incremental dev build), median of {runs} alternating runs (min..max):\n\
                 \x20 {:<50} {}\n\
                 \x20 {:<50} {}\n\
                 \x20 ours / openapi-generator: {ratio:.2} (target <= {LOOP_RATIO_TARGET:.2}): {}\n",
                l.ours.0,
                secs(&l.ours.1),
                l.theirs.0,
                secs(&l.theirs.1),
                verdict(ratio <= LOOP_RATIO_TARGET),
                runs = l.runs,
            );
        }
        if let Some(size) = &self.size {
            let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
            let _ = write!(
                out,
                "\nrelease size of the `{EXAMPLE}` example: {:.2} MiB stripped ({} bytes; {:.2} MiB as built)\n",
                mib(size.stripped),
                size.stripped,
                mib(size.built),
            );
        }
        out
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

    fn arm(label: &str, side: Side, median: f64) -> Arm {
        Arm {
            label: label.into(),
            side,
            secs: summary(median),
            units: 100,
            crates: 90,
        }
    }

    #[test]
    fn prints_every_section_with_ratios_and_verdicts() {
        let report = Report {
            load: vec![
                "0.50 0.40 0.30 1/100 7".into(),
                "1.00 0.50 0.30 1/100 8".into(),
            ],
            codegen: Some(Codegen {
                runs: 5,
                xtask: "target/debug/xtask".into(),
                ours: summary(0.02),
                theirs: summary(1.5),
            }),
            builds: Some(Builds {
                runs: 3,
                arms: vec![
                    arm("callbell", Side::Ours, 30.0),
                    arm("webhook only", Side::OursOther, 10.0),
                    arm("openapi ring", Side::Theirs, 50.0),
                    arm("openapi aws-lc", Side::Theirs, 40.0),
                ],
            }),
            edit_loop: Some(EditLoopTimes {
                runs: 4,
                ours: ("ours", summary(6.0)),
                theirs: ("theirs", summary(8.0)),
            }),
            size: Some(Size {
                built: 10 * 1024 * 1024,
                stripped: 3 * 1024 * 1024,
            }),
        };
        let text = report.render();
        for expected in [
            "load average at the start: 0.50 0.40 0.30",
            "load average at the end: 1.00",
            "speed-up: 75.0x (target >= 50x): met",
            "median of 3 alternating runs",
            "callbell / openapi ring: 0.60 (target <= 0.70): met",
            "callbell / openapi aws-lc: 0.75 (target <= 0.70): MISSED",
            "  30.00 s  (27.00..36.00)  100 units compiled,  90 crates",
            "ours / openapi-generator: 0.75 (target <= 0.70): MISSED",
            "`list_contacts` example: 3.00 MiB stripped (3145728 bytes; 10.00 MiB as built)",
        ] {
            assert!(text.contains(expected), "{expected:?} not in:\n{text}");
        }
        assert!(!text.contains("callbell / webhook only"), "{text}");
    }

    #[test]
    fn skips_what_was_not_measured() {
        let text = Report::default().render();
        assert!(text.is_empty(), "{text}");
    }
}
