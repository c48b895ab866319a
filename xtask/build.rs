//! Empty: the xtask's build-dependencies only align the host's features with the xtask's own
//! (see `Cargo.toml`), so shared crates such as `syn` compile once.
fn main() {}
