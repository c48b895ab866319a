//! Criterion settings for this shared 2-core machine: fewer, longer samples
//! than criterion's default. Command-line flags (`--sample-size`,
//! `--measurement-time`, ...) still override them.

use std::time::Duration;

use criterion::Criterion;

/// 30 samples, 1 s of warm-up, 4 s of measurement.
pub fn shared_machine() -> Criterion {
    Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
}
