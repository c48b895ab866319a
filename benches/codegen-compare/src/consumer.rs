//! Consumer crates: the smallest program that uses a generated client, and
//! its cold build.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use super::run_quietly;

/// The TLS backend both consumers enable.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tls {
    /// reqwest's `rustls` feature (callbell's default).
    Rustls,
    /// reqwest's `native-tls` feature (openapi-generator's default; needs OpenSSL headers).
    NativeTls,
}

impl Tls {
    /// The cargo feature both clients name this backend with.
    fn feature(self) -> &'static str {
        match self {
            Self::Rustls => "rustls",
            Self::NativeTls => "native-tls",
        }
    }
}

impl fmt::Display for Tls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.feature())
    }
}

/// A one-file crate depending on one generated client.
#[derive(Debug, PartialEq)]
pub struct Consumer {
    /// The crate's name, also its directory's.
    pub name: &'static str,
    /// `Cargo.toml`.
    pub manifest: String,
    /// `src/main.rs`.
    pub main: &'static str,
}

impl Consumer {
    /// A consumer of the `callbell` crate at `path`.
    pub fn callbell(path: &Path, tls: Tls) -> Self {
        Self {
            name: "consumer-callbell",
            manifest: manifest("consumer-callbell", "callbell", path, tls),
            main: "fn main() {\n    \
                   let client = callbell::Client::new(\"http://127.0.0.1:1\", callbell::Inner::default());\n    \
                   println!(\"{}\", std::mem::size_of_val(&client));\n\
                   }\n",
        }
    }

    /// A consumer of the crate openapi-generator wrote at `path` (package `openapi`).
    pub fn openapi_generator(path: &Path, tls: Tls) -> Self {
        Self {
            name: "consumer-openapi-generator",
            manifest: manifest("consumer-openapi-generator", "openapi", path, tls),
            main: "fn main() {\n    \
                   let config = openapi::apis::configuration::Configuration::default();\n    \
                   println!(\"{}\", config.base_path);\n\
                   }\n",
        }
    }

    /// Writes the crate under `dir`, fetches its dependencies (not timed),
    /// then times `cargo build --offline` into its own target directory,
    /// emptied first. Returns the build's wall-clock seconds.
    pub fn cold_build(&self, dir: &Path) -> Result<f64, String> {
        let root = dir.join(self.name);
        let target = dir.join(format!("{}-target", self.name));
        if target.exists() {
            std::fs::remove_dir_all(&target)
                .map_err(|e| format!("{}: cannot empty: {e}", target.display()))?;
        }
        let write = |path: PathBuf, text: &str| {
            std::fs::create_dir_all(path.parent().expect("has a parent"))
                .and_then(|()| std::fs::write(&path, text))
                .map_err(|e| format!("{}: {e}", path.display()))
        };
        write(root.join("Cargo.toml"), &self.manifest)?;
        write(root.join("src/main.rs"), self.main)?;
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let cargo_in = |args: &[&str]| {
            let mut command = Command::new(&cargo);
            command
                .args(args)
                .current_dir(&root)
                .env("CARGO_TARGET_DIR", &target)
                // A wrapper such as sccache would make the "cold" build warm.
                .env_remove("RUSTC_WRAPPER")
                .env_remove("CARGO_BUILD_RUSTC_WRAPPER");
            command
        };
        eprintln!("{}: fetching dependencies (not timed)...", self.name);
        run_quietly(&mut cargo_in(&["fetch"]), "cargo fetch")?;
        eprintln!("{}: cold build...", self.name);
        let start = Instant::now();
        run_quietly(&mut cargo_in(&["build", "--offline"]), "cargo build")?;
        Ok(start.elapsed().as_secs_f64())
    }
}

/// The manifest of a consumer named `name` of package `package` at `path`.
fn manifest(name: &str, package: &str, path: &Path, tls: Tls) -> String {
    format!(
        "[package]\n\
         name = \"{name}\"\n\
         version = \"0.0.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         {package} = {{ path = {path:?}, default-features = false, features = [\"{tls}\"] }}\n\
         \n\
         # Not part of any enclosing workspace.\n\
         [workspace]\n",
        path = path.display().to_string(),
        tls = tls.feature(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests_use_the_same_tls_backend_and_no_defaults() {
        let ours = Consumer::callbell(Path::new("/w/crates/callbell"), Tls::Rustls);
        assert!(ours.manifest.contains(
            "callbell = { path = \"/w/crates/callbell\", default-features = false, features = [\"rustls\"] }"
        ), "{}", ours.manifest);
        let theirs = Consumer::openapi_generator(Path::new("/tmp/gen"), Tls::NativeTls);
        assert!(theirs.manifest.contains(
            "openapi = { path = \"/tmp/gen\", default-features = false, features = [\"native-tls\"] }"
        ), "{}", theirs.manifest);
        for consumer in [&ours, &theirs] {
            assert!(consumer.manifest.ends_with("[workspace]\n"));
            assert!(consumer
                .manifest
                .contains(&format!("name = \"{}\"", consumer.name)));
        }
    }

    #[test]
    fn cold_build_reports_a_failing_build() {
        let dir = tempfile::tempdir().unwrap();
        let broken = Consumer {
            name: "broken",
            manifest: manifest(
                "broken",
                "missing",
                &dir.path().join("nowhere"),
                Tls::Rustls,
            ),
            main: "fn main() {}\n",
        };
        let error = broken.cold_build(dir.path()).unwrap_err();
        assert!(error.starts_with("cargo fetch failed"), "{error}");
        assert!(dir.path().join("broken/src/main.rs").is_file());
    }
}
