//! The strict validator against hostile payloads: millions of problems must
//! not take memory in proportion, nor print without end.

use callbell::schema::{self, MAX_REPORTED_ERRORS};
use callbell_tests::memory::peak_rss_kib;

#[test]
fn a_million_problems_are_counted_in_bounded_memory_and_output() {
    const ITEMS: usize = 1_000_000;
    let mut text = String::with_capacity(2 * ITEMS + 16);
    text.push_str(r#"{"contacts":["#);
    for i in 0..ITEMS {
        text.push_str(if i == 0 { "1" } else { ",1" });
    }
    text.push_str("]}");
    let value = schema::parse(text.as_bytes()).unwrap();
    drop(text);

    let errors = schema::validate("ContactList", &value)
        .unwrap_err()
        .into_invalid()
        .unwrap();
    assert_eq!(errors.total(), ITEMS);
    assert_eq!(errors.len(), MAX_REPORTED_ERRORS);
    assert_eq!(errors.omitted(), ITEMS - MAX_REPORTED_ERRORS);
    assert_eq!(
        errors.errors()[MAX_REPORTED_ERRORS - 1].to_string(),
        format!(
            "/contacts/{}: expected object, found integer",
            MAX_REPORTED_ERRORS - 1
        )
    );
    let shown = errors.to_string();
    assert_eq!(shown.lines().count(), MAX_REPORTED_ERRORS + 2);
    assert!(shown.ends_with(&format!("… and {} more", ITEMS - MAX_REPORTED_ERRORS)));
    if let Some(peak) = peak_rss_kib() {
        // One pass over the whole value would take about 400 MiB here.
        assert!(peak < 200 * 1024, "peak RSS {} MiB", peak / 1024);
    }
}
