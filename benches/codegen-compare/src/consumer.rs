//! Consumer crates: the smallest programs a user writes against each client,
//! and their cold builds.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use super::{cargo, run_quietly};

/// How the consumer of openapi-generator's client gets TLS.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TheirTls {
    /// rustls with the ring provider, as callbell's default: the client's
    /// default features off, reqwest's `rustls-no-provider` and rustls's
    /// `ring` asked for by the consumer, which installs the provider.
    RustlsRing,
    /// The client's own `rustls` feature (reqwest's `rustls`: aws-lc-rs, C).
    RustlsAwsLc,
    /// The client's default `native-tls` feature (OpenSSL; needs its headers).
    NativeTls,
}

impl fmt::Display for TheirTls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::RustlsRing => "rustls (ring)",
            Self::RustlsAwsLc => "rustls (aws-lc-rs)",
            Self::NativeTls => "native-tls",
        })
    }
}

/// What the README asks a user to add next to `callbell`.
const README_DEPENDENCIES: &str = "futures = \"0.3\"\n\
     tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n";

/// The README's first example: stream the contacts tagged `sales,lead`.
const README_MAIN: &str = r#"use futures::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), callbell::Error> {
    let callbell = callbell::Callbell::from_env()?;
    let contacts = callbell.list_contacts().tags("sales,lead").stream();
    let mut contacts = std::pin::pin!(contacts);
    while let Some(contact) = contacts.try_next().await? {
        println!("{} {}", contact.uuid, contact.name);
    }
    Ok(())
}
"#;

/// The same program with openapi-generator's client: it has no paging, so
/// the loop asks page after page until one is empty.
const OPENAPI_MAIN: &str = r#"#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    INSTALL_PROVIDER
    let mut config = openapi::apis::configuration::Configuration::new();
    config.bearer_access_token = std::env::var("CALLBELL_API_TOKEN").ok();
    let mut page = 1;
    loop {
        let list = openapi::apis::contacts_api::list_contacts(
            &config, Some(page), None, Some("sales,lead"), None, None,
        )
        .await?;
        if list.contacts.is_empty() {
            return Ok(());
        }
        for contact in list.contacts {
            println!("{} {}", contact.uuid, contact.name);
        }
        page += 1;
    }
}
"#;

/// A webhook receiver's core: read a body into a typed event.
const WEBHOOK_MAIN: &str = r#"fn main() {
    let body = std::io::read_to_string(std::io::stdin()).unwrap_or_default();
    match callbell::webhook::WebhookEvent::from_slice(body.as_bytes()) {
        Ok(event) => println!("{event:?}"),
        Err(error) => eprintln!("{error}"),
    }
}
"#;

/// A one-file crate depending on one client.
#[derive(Debug, PartialEq)]
pub struct Consumer {
    /// The crate's name, also its directory's.
    pub name: &'static str,
    /// What the report calls it.
    pub label: String,
    /// `Cargo.toml`.
    pub manifest: String,
    /// `src/main.rs`.
    pub main: String,
}

/// One cold build.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ColdBuild {
    /// Wall-clock seconds of `cargo build`.
    pub secs: f64,
    /// How many units cargo compiled (its `Compiling` lines).
    pub units: usize,
}

impl Consumer {
    /// The README's dependency snippet and first example: `callbell` with its
    /// default features (client, rustls with ring, webhook), `futures`, `tokio`.
    pub fn readme(callbell: &Path) -> Self {
        Self {
            name: "consumer-callbell",
            label: "callbell, README snippet (default features: rustls/ring)".into(),
            manifest: manifest(
                "consumer-callbell",
                &format!(
                    "callbell = {{ path = {:?} }}\n{README_DEPENDENCIES}",
                    path(callbell)
                ),
            ),
            main: README_MAIN.into(),
        }
    }

    /// The README's webhook-only build: `default-features = false, features = ["webhook"]`.
    pub fn webhook_only(callbell: &Path) -> Self {
        Self {
            name: "consumer-callbell-webhook",
            label: "callbell, webhook only".into(),
            manifest: manifest(
                "consumer-callbell-webhook",
                &format!(
                    "callbell = {{ path = {:?}, default-features = false, features = [\"webhook\"] }}\n",
                    path(callbell)
                ),
            ),
            main: WEBHOOK_MAIN.into(),
        }
    }

    /// The same program as [`Consumer::readme`] with the crate openapi-generator
    /// wrote at `client` (package `openapi`), with `tls`.
    pub fn openapi_generator(client: &Path, tls: TheirTls) -> Self {
        let name = match tls {
            TheirTls::RustlsRing => "consumer-openapi-ring",
            TheirTls::RustlsAwsLc => "consumer-openapi-aws-lc",
            TheirTls::NativeTls => "consumer-openapi-native-tls",
        };
        let client = path(client);
        let (dependencies, install) = match tls {
            TheirTls::RustlsRing => (
                format!(
                    "openapi = {{ path = {client:?}, default-features = false }}\n\
                     reqwest = {{ version = \"0.13\", default-features = false, features = [\"rustls-no-provider\"] }}\n\
                     rustls = {{ version = \"0.23\", default-features = false, features = [\"ring\", \"std\", \"tls12\"] }}\n"
                ),
                "let _ = rustls::crypto::ring::default_provider().install_default();",
            ),
            TheirTls::RustlsAwsLc => (
                format!(
                    "openapi = {{ path = {client:?}, default-features = false, features = [\"rustls\"] }}\n"
                ),
                "",
            ),
            TheirTls::NativeTls => (format!("openapi = {{ path = {client:?} }}\n"), ""),
        };
        Self {
            name,
            label: format!("openapi-generator client, {tls}"),
            manifest: manifest(name, &format!("{dependencies}{README_DEPENDENCIES}")),
            main: OPENAPI_MAIN.replace("INSTALL_PROVIDER", install),
        }
    }

    fn root(&self, dir: &Path) -> PathBuf {
        dir.join(self.name)
    }

    fn cargo_in(&self, dir: &Path, args: &[&str]) -> Command {
        let mut command = cargo();
        command
            .args(args)
            .current_dir(self.root(dir))
            .env(
                "CARGO_TARGET_DIR",
                dir.join(format!("{}-target", self.name)),
            )
            // A wrapper such as sccache would make the "cold" build warm.
            .env_remove("RUSTC_WRAPPER")
            .env_remove("CARGO_BUILD_RUSTC_WRAPPER");
        command
    }

    /// Writes the crate under `dir` and fetches its dependencies (not timed;
    /// the lock file it writes keeps every later build on the same versions).
    pub fn prepare(&self, dir: &Path) -> Result<(), String> {
        let root = self.root(dir);
        let write = |path: PathBuf, text: &str| {
            std::fs::create_dir_all(path.parent().expect("has a parent"))
                .and_then(|()| std::fs::write(&path, text))
                .map_err(|e| format!("{}: {e}", path.display()))
        };
        write(root.join("Cargo.toml"), &self.manifest)?;
        write(root.join("src/main.rs"), &self.main)?;
        eprintln!("{}: fetching dependencies (not timed)...", self.name);
        run_quietly(&mut self.cargo_in(dir, &["fetch"]), "cargo fetch").map(drop)
    }

    /// Times `cargo build` (dev profile; the lock file and every crate are there from the fetch, so nothing is downloaded) into the crate's own
    /// target directory, emptied first. Call [`Consumer::prepare`] first.
    pub fn cold_build(&self, dir: &Path) -> Result<ColdBuild, String> {
        let target = dir.join(format!("{}-target", self.name));
        if target.exists() {
            std::fs::remove_dir_all(&target)
                .map_err(|e| format!("{}: cannot empty: {e}", target.display()))?;
        }
        eprintln!("{}: cold build...", self.name);
        let start = Instant::now();
        let stderr = run_quietly(&mut self.cargo_in(dir, &["build"]), "cargo build")?;
        let secs = start.elapsed().as_secs_f64();
        Ok(ColdBuild {
            secs,
            units: compiled_units(&stderr),
        })
    }

    /// The packages of the crate's normal dependency tree
    /// (`cargo tree -e normal`), itself excluded.
    pub fn crate_count(&self, dir: &Path) -> Result<usize, String> {
        let tree = run_stdout(
            &mut self.cargo_in(dir, &["tree", "-e", "normal", "--prefix", "none"]),
            "cargo tree",
        )?;
        Ok(distinct_packages(&tree).saturating_sub(1))
    }
}

/// A path as TOML writes it.
fn path(path: &Path) -> String {
    path.display().to_string()
}

/// The manifest of a binary crate `name` with `dependencies` (TOML lines).
fn manifest(name: &str, dependencies: &str) -> String {
    format!(
        "[package]\n\
         name = \"{name}\"\n\
         version = \"0.0.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         {dependencies}\
         \n\
         # Not part of any enclosing workspace.\n\
         [workspace]\n"
    )
}

/// How many `Compiling` lines cargo printed.
fn compiled_units(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|line| line.trim_start().starts_with("Compiling "))
        .count()
}

/// The distinct packages in `cargo tree --prefix none` output (a package met
/// again is printed with ` (*)`).
fn distinct_packages(tree: &str) -> usize {
    tree.lines()
        .map(|line| line.trim().trim_end_matches(" (*)"))
        .filter(|line| !line.is_empty())
        .collect::<BTreeSet<_>>()
        .len()
}

/// Runs a command and returns its stdout.
fn run_stdout(command: &mut Command, what: &str) -> Result<String, String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{what} failed ({}):\n{}",
            output.status,
            super::tail(&String::from_utf8_lossy(&output.stderr), 20)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_consumer_uses_the_default_features_and_the_readme_example() {
        let ours = Consumer::readme(Path::new("/w/crates/callbell"));
        assert!(
            ours.manifest
                .contains("callbell = { path = \"/w/crates/callbell\" }\nfutures = \"0.3\"\n"),
            "{}",
            ours.manifest
        );
        assert!(
            ours.main
                .contains(".list_contacts().tags(\"sales,lead\").stream()")
        );
        assert!(ours.manifest.ends_with("[workspace]\n"));
        let webhook = Consumer::webhook_only(Path::new("/w/crates/callbell"));
        assert!(webhook.manifest.contains(
            "callbell = { path = \"/w/crates/callbell\", default-features = false, features = [\"webhook\"] }"
        ));
        assert!(!webhook.manifest.contains("tokio"));
    }

    #[test]
    fn openapi_consumers_pick_their_tls_stack() {
        let ring = Consumer::openapi_generator(Path::new("/tmp/gen"), TheirTls::RustlsRing);
        assert!(
            ring.manifest
                .contains("openapi = { path = \"/tmp/gen\", default-features = false }")
        );
        assert!(
            ring.manifest
                .contains("features = [\"rustls-no-provider\"]")
        );
        assert!(
            ring.main
                .contains("ring::default_provider().install_default()")
        );
        let aws = Consumer::openapi_generator(Path::new("/tmp/gen"), TheirTls::RustlsAwsLc);
        assert!(aws.manifest.contains("features = [\"rustls\"] }"));
        assert!(!aws.main.contains("INSTALL_PROVIDER") && !aws.main.contains("ring"));
        for consumer in [&ring, &aws] {
            assert!(
                consumer
                    .manifest
                    .contains(&format!("name = \"{}\"", consumer.name))
            );
            assert!(consumer.manifest.contains("tokio = { version = \"1\""));
        }
        assert_ne!(ring.name, aws.name);
    }

    #[test]
    fn counts_compiled_units_and_distinct_packages() {
        let stderr = "   Compiling libc v0.2.1\n   Compiling serde v1.0.0\n    Finished `dev`\n";
        assert_eq!(compiled_units(stderr), 2);
        let tree = "me v0.0.0 (/tmp/me)\nserde v1.0.0\nserde_derive v1.0.0 (proc-macro)\n\
                    serde v1.0.0 (*)\n\n";
        assert_eq!(distinct_packages(tree), 3);
    }

    #[test]
    fn prepare_reports_a_missing_dependency() {
        let dir = tempfile::tempdir().unwrap();
        let broken = Consumer {
            name: "broken",
            label: "broken".into(),
            manifest: manifest(
                "broken",
                &format!(
                    "missing = {{ path = {:?} }}\n",
                    path(&dir.path().join("nowhere"))
                ),
            ),
            main: "fn main() {}\n".into(),
        };
        let error = broken.prepare(dir.path()).unwrap_err();
        assert!(error.starts_with("cargo fetch failed"), "{error}");
        assert!(dir.path().join("broken/src/main.rs").is_file());
    }
}
