//! A/B timing in interleaved pairs.
//!
//! criterion measures one function after the other; on a shared machine the
//! background load drifts between the two, which can move a ratio by more
//! than the difference being measured. Timing the two in adjacent pairs,
//! alternating which goes first (ABBA), and taking the median of the
//! per-pair ratios cancels most of that drift.

use std::time::Instant;

/// The per-pair time ratios `a / b` of `pairs` interleaved runs, sorted.
pub fn ratios(pairs: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> Vec<f64> {
    let time = |run: &mut dyn FnMut()| {
        let start = Instant::now();
        run();
        start.elapsed().as_secs_f64()
    };
    let mut ratios: Vec<f64> = (0..pairs)
        .map(|i| {
            let (ta, tb) = if i % 2 == 0 {
                let ta = time(&mut a);
                (ta, time(&mut b))
            } else {
                let tb = time(&mut b);
                (time(&mut a), tb)
            };
            ta / tb
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios
}

/// The `q` quantile (0..=1) of sorted, non-empty `values`.
pub fn quantile(values: &[f64], q: f64) -> f64 {
    values[((values.len() - 1) as f64 * q).round() as usize]
}

/// Prints `label: median (quartiles) of N interleaved pairs; target`.
pub fn print(label: &str, ratios: &[f64], target: &str) {
    println!(
        "{label}: median of {} interleaved pairs {:.3} (quartiles {:.3}..{:.3}); {target}",
        ratios.len(),
        quantile(ratios, 0.5),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75),
    );
}
