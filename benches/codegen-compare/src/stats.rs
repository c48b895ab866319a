//! Timing repeated runs and summarising them.

use std::fmt;
use std::time::Instant;

/// Minimum, median and maximum of a set of durations, in seconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// The fastest run.
    pub min: f64,
    /// The median run (the mean of the middle two for an even count).
    pub median: f64,
    /// The slowest run.
    pub max: f64,
}

impl Summary {
    /// Summarises `seconds`; `None` when it is empty.
    pub fn of(seconds: &[f64]) -> Option<Self> {
        let mut sorted = seconds.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = match n {
            0 => return None,
            _ if n % 2 == 1 => sorted[n / 2],
            _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        };
        Some(Self {
            min: sorted[0],
            median,
            max: sorted[n - 1],
        })
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:9.1} ms  ({:.1}..{:.1})",
            self.median * 1e3,
            self.min * 1e3,
            self.max * 1e3
        )
    }
}

/// Runs `run(0)` once as a warm-up (page cache, JIT-less first start), then
/// `run(1..=runs)` timed, and summarises the timed runs. The first error stops it.
pub fn time_runs(
    runs: u32,
    mut run: impl FnMut(u32) -> Result<(), String>,
) -> Result<Summary, String> {
    run(0)?;
    let mut seconds = Vec::with_capacity(runs as usize);
    for i in 1..=runs {
        let start = Instant::now();
        run(i)?;
        seconds.push(start.elapsed().as_secs_f64());
    }
    Ok(Summary::of(&seconds).expect("runs is at least 1"))
}

/// Runs `rounds` rounds of `arms` measurements, `run(round, arm)`, rotating
/// which arm goes first each round (round `r` starts with arm `r % arms`), so
/// a drift of the machine's load spreads over all arms. Returns each arm's
/// results in round order; the first error stops it.
pub fn alternate<T>(
    rounds: u32,
    arms: usize,
    mut run: impl FnMut(u32, usize) -> Result<T, String>,
) -> Result<Vec<Vec<T>>, String> {
    let mut results: Vec<Vec<T>> = (0..arms).map(|_| Vec::new()).collect();
    for round in 0..rounds {
        for k in 0..arms {
            let arm = (round as usize + k) % arms;
            results[arm].push(run(round, arm)?);
        }
    }
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternate_rotates_the_first_arm() {
        let mut order = Vec::new();
        let results = alternate(3, 3, |round, arm| {
            order.push((round, arm));
            Ok(round * 10 + arm as u32)
        })
        .unwrap();
        let firsts: Vec<_> = order.chunks(3).map(|round| round[0].1).collect();
        assert_eq!(firsts, [0, 1, 2]);
        assert_eq!(results, [vec![0, 10, 20], vec![1, 11, 21], vec![2, 12, 22]]);
        let error = alternate(2, 2, |round, _| {
            if round == 1 {
                Err("stop".to_string())
            } else {
                Ok(())
            }
        })
        .unwrap_err();
        assert_eq!(error, "stop");
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        let odd = Summary::of(&[3.0, 1.0, 2.0]).unwrap();
        assert_eq!((odd.min, odd.median, odd.max), (1.0, 2.0, 3.0));
        let even = Summary::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!((even.min, even.median, even.max), (1.0, 2.5, 4.0));
        assert_eq!(Summary::of(&[]), None);
    }

    #[test]
    fn time_runs_warms_up_then_times_each_run() {
        let mut seen = Vec::new();
        let summary = time_runs(3, |i| {
            seen.push(i);
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, [0, 1, 2, 3]);
        assert!(summary.min <= summary.median && summary.median <= summary.max);
    }

    #[test]
    fn time_runs_stops_at_the_first_error() {
        let mut calls = 0;
        let error = time_runs(5, |i| {
            calls += 1;
            if i == 2 {
                Err("run 2 failed".to_string())
            } else {
                Ok(())
            }
        })
        .unwrap_err();
        assert_eq!(error, "run 2 failed");
        assert_eq!(calls, 3);
    }

    #[test]
    fn display_is_in_milliseconds() {
        let summary = Summary {
            min: 0.0101,
            median: 0.0125,
            max: 0.02,
        };
        assert_eq!(summary.to_string(), "     12.5 ms  (10.1..20.0)");
    }
}
