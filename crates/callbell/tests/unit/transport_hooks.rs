//! Unit tests of `src/transport/hooks.rs` (private items included), compiled as its
//! `tests` module.

use super::*;

#[test]
fn every_generated_operation_has_its_path_template() {
    let ids: Vec<&str> = include_str!("../../src/generated/client.rs")
        .lines()
        .filter_map(|line| line.trim().strip_prefix("operation_id: \""))
        .map(|rest| rest.trim_end_matches("\","))
        .collect();
    assert_eq!(ids.len(), OPERATIONS.len(), "{ids:?}");
    for id in ids {
        assert_ne!(path_template(id), "?", "{id}");
    }
    for op in OPERATIONS {
        assert_eq!(path_template(op.id), op.path, "{}", op.id);
    }
    assert_eq!(path_template("no_such_operation"), "?");
}
