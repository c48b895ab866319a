//! This process's memory, as Linux reports it in `/proc/self/status`.

/// Reads one `kB` field of `/proc/self/status`, in KiB.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_kib(&status, field)
}

fn parse_kib(status: &str, field: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().strip_suffix("kB"))
        .and_then(|number| number.trim().parse().ok())
}

/// The peak resident set size so far (`VmHWM`), in KiB; `None` off Linux.
pub fn peak_rss_kib() -> Option<u64> {
    status_kib("VmHWM")
}

/// The current resident set size (`VmRSS`), in KiB; `None` off Linux.
pub fn rss_kib() -> Option<u64> {
    status_kib("VmRSS")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kib_fields() {
        let status = "Name:\tx\nVmHWM:\t   12345 kB\nVmRSS:\t  100 kB\n";
        assert_eq!(parse_kib(status, "VmHWM"), Some(12345));
        assert_eq!(parse_kib(status, "VmRSS"), Some(100));
        assert_eq!(parse_kib(status, "VmSwap"), None);
    }

    #[test]
    fn the_peak_grows_when_memory_is_touched() {
        let before = peak_rss_kib().unwrap();
        assert!(rss_kib().unwrap() > 0);
        let block = vec![1u8; 64 << 20];
        std::hint::black_box(&block);
        let after = peak_rss_kib().unwrap();
        assert!(
            after >= before + (32 << 10),
            "peak {before} KiB, then {after} KiB"
        );
    }
}
