//! Users' builds must not compile the generator: nothing `callbell` depends
//! on, with any of its features, is a generator crate.
//!
//! Read from `Cargo.lock` alone, so the check needs no network and no crate
//! download (`cargo tree --all-features` would need the `native-tls` crates,
//! which no normal build fetches). The lockfile is resolved with every feature
//! of every workspace member, and a package's entry lists all its
//! dependencies (normal, build and dev, every platform): everything reachable
//! from `callbell` there is a superset of what any user's build compiles.

use std::collections::{BTreeMap, BTreeSet};

/// Crates that only the generator (xtask) may depend on.
const GENERATOR_CRATES: [&str; 6] = [
    "progenitor",
    "progenitor-impl",
    "progenitor-macro",
    "typify",
    "openapiv3",
    "serde_yaml",
];

/// `Cargo.lock`'s packages: name → the names of its dependencies. (A name
/// with two versions in the lock merges their dependencies: a superset.)
fn lock_graph(lock: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for package in lock.split("[[package]]").skip(1) {
        let mut name = None;
        let mut deps = BTreeSet::new();
        let mut in_deps = false;
        for line in package.lines().map(str::trim) {
            if let Some(value) = line.strip_prefix("name = ") {
                name = Some(value.trim_matches('"').to_string());
            } else if let Some(rest) = line.strip_prefix("dependencies = [") {
                in_deps = !rest.ends_with(']');
                // Items on the same line: `dependencies = ["d"]`.
                deps.extend(items(rest.trim_end_matches(']')));
            } else if in_deps && line == "]" {
                in_deps = false;
            } else if in_deps {
                deps.extend(items(line));
            }
        }
        let name = name.expect("every [[package]] has a name");
        graph.entry(name).or_default().extend(deps);
    }
    graph
}

/// The package names of a line of quoted dependencies, each `"name"`,
/// `"name version"` or `"name version (source)"`.
fn items(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split(',')
        .map(|item| item.trim().trim_matches('"'))
        .filter_map(|item| item.split_whitespace().next())
        .map(str::to_string)
}

/// Every package reachable from `root`, `root` included.
fn reachable(graph: &BTreeMap<String, BTreeSet<String>>, root: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![root.to_string()];
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone()) {
            todo.extend(graph.get(&name).into_iter().flatten().cloned());
        }
    }
    seen
}

#[test]
fn callbell_does_not_depend_on_the_generator() {
    let path = callbell_tests::workspace_root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&path).expect("Cargo.lock is checked in");
    let graph = lock_graph(&lock);
    let deps = reachable(&graph, "callbell");
    for expected in ["progenitor-client", "reqwest", "jsonschema"] {
        assert!(
            deps.contains(expected),
            "{expected} missing: is Cargo.lock read right? {deps:?}"
        );
    }
    // The xtask does depend on them: the walk would find a leak.
    assert!(reachable(&graph, "xtask").contains("progenitor"));
    let leaks: Vec<&str> = GENERATOR_CRATES
        .into_iter()
        .filter(|c| deps.contains(*c))
        .collect();
    assert!(
        leaks.is_empty(),
        "callbell depends on generator crate(s): {leaks:?}"
    );
}

#[test]
fn the_lock_reader_follows_every_edge() {
    let lock = r#"
version = 4

[[package]]
name = "a"
version = "0.1.0"
dependencies = [
 "b 1.0.0",
 "c",
]

[[package]]
name = "b"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = ["d"]

[[package]]
name = "c"
version = "0.1.0"

[[package]]
name = "d"
version = "0.1.0"
dependencies = [
 "e 0.2.0 (registry+https://github.com/rust-lang/crates.io-index)",
]
"#;
    let graph = lock_graph(lock);
    assert_eq!(
        reachable(&graph, "a").into_iter().collect::<Vec<_>>(),
        ["a", "b", "c", "d", "e"]
    );
}
