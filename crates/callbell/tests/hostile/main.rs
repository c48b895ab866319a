//! The client against hostile peers: servers that send endless or trickling
//! bodies, huge or odd `Retry-After` values, the same page for ever, or the
//! token back in every JSON encoding, and requests that cannot get through.
//! Each case asserts the error kind, a time bound and a memory bound.
//! One test binary for all of them; the whole suite runs in well under 30 s.

mod answers;
mod pages;
mod peer;
mod privacy;
mod retry_after;
mod tokens;

/// The most memory the whole suite may take, in MiB: an answer is at most
/// 32 MiB, so this holds only if every case is bounded.
const PEAK_RSS_MIB: u64 = 300;

/// Asserts that this process's peak resident set size stayed under
/// [`PEAK_RSS_MIB`] (tests share the process, so every case is covered by
/// every check). Does nothing off Linux.
pub fn assert_bounded_memory() {
    if let Some(peak) = peak_rss_mib() {
        assert!(peak < PEAK_RSS_MIB, "peak RSS {peak} MiB");
    }
}

/// This process's peak resident set size (`VmHWM`), in MiB; `None` off Linux.
pub fn peak_rss_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib: u64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))?
        .trim()
        .strip_suffix("kB")?
        .trim()
        .parse()
        .ok()?;
    Some(kib / 1024)
}
