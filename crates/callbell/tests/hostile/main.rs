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
