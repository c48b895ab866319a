//! Cross-crate tests for callbell-rs live in `tests/tests/`; this library is empty.
