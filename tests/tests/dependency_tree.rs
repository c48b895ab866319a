//! Users' builds must not compile the generator: `callbell`'s normal and build
//! dependencies (default features, and all features, `validate` included)
//! contain none of the generator crates.

use std::process::Command;

#[test]
fn callbell_does_not_depend_on_the_generator() {
    check_tree(&[]);
}

#[test]
fn callbell_with_all_features_does_not_depend_on_the_generator() {
    check_tree(&["--all-features"]);
}

fn check_tree(features: &[&str]) {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "-p",
            "callbell",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--offline",
        ])
        .args(features)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        tree.lines().any(|l| l.starts_with("progenitor-client ")),
        "unexpected tree:\n{tree}"
    );
    for banned in [
        "progenitor ",
        "progenitor-impl",
        "progenitor-macro",
        "typify",
        "openapiv3",
        "serde_yaml",
    ] {
        let hits: Vec<&str> = tree.lines().filter(|l| l.starts_with(banned)).collect();
        assert!(
            hits.is_empty(),
            "callbell depends on generator crate(s): {hits:?}"
        );
    }
}
