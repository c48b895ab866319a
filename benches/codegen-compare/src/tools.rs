//! Finding the other generator: a Java runtime and openapi-generator's jar.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

/// How to install what is missing, shown with every "not found" error.
const INSTALL_GENERATOR: &str = "install it with `pip install openapi-generator-cli` \
     (the wheel ships the jar; nothing is downloaded at run time), or pass --jar FILE";
const INSTALL_JAVA: &str = "openapi-generator needs a Java runtime (11 or newer): \
     install one (e.g. `apt-get install openjdk-17-jre-headless`) or pass --java FILE";

/// Prints where the `openapi-generator-cli` Python package keeps its jar.
const LOCATE_JAR: &str = "import importlib.resources as r; \
     print(r.files('openapi_generator_cli') / 'openapi-generator.jar')";

/// Checks that `java` runs; returns the first line of its version banner.
pub fn check_java(java: &Path) -> Result<String, String> {
    let output = Command::new(java).arg("-version").output().map_err(|e| {
        if e.kind() == ErrorKind::NotFound {
            format!("`{}` was not found. {INSTALL_JAVA}", java.display())
        } else {
            format!("cannot run `{} -version`: {e}", java.display())
        }
    })?;
    // `java -version` prints to stderr.
    let banner = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!(
            "`{} -version` failed ({}): {}",
            java.display(),
            output.status,
            banner.trim()
        ));
    }
    Ok(banner.lines().next().unwrap_or_default().trim().to_string())
}

/// The openapi-generator jar: `explicit` if given, else the one the
/// `openapi-generator-cli` Python package installed.
pub fn find_jar(explicit: Option<&Path>) -> Result<PathBuf, String> {
    find_jar_with(explicit, Path::new("python3"))
}

fn find_jar_with(explicit: Option<&Path>, python: &Path) -> Result<PathBuf, String> {
    if let Some(jar) = explicit {
        return if jar.is_file() {
            Ok(jar.to_path_buf())
        } else {
            Err(format!("--jar {}: no such file", jar.display()))
        };
    }
    let output = Command::new(python)
        .args(["-c", LOCATE_JAR])
        .output()
        .map_err(|e| {
            format!(
                "openapi-generator was not found ({} could not run: {e}); {INSTALL_GENERATOR}",
                python.display()
            )
        })?;
    if !output.status.success() {
        let why = String::from_utf8_lossy(&output.stderr);
        let why = why.lines().last().unwrap_or("no output").trim();
        return Err(format!(
            "openapi-generator was not found ({why}); {INSTALL_GENERATOR}"
        ));
    }
    let jar = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    if jar.is_file() {
        Ok(jar)
    } else {
        Err(format!(
            "openapi-generator's package is installed but its jar is missing ({}); {INSTALL_GENERATOR}",
            jar.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A stand-in `python3`: a shell script that prints `stdout` and exits with `code`.
    fn fake_python(dir: &Path, stdout: &str, code: i32) -> PathBuf {
        let path = dir.join(format!("python3-{code}-{}", stdout.len()));
        std::fs::write(
            &path,
            format!("#!/bin/sh\necho '{stdout}'\necho 'ModuleNotFoundError: no openapi_generator_cli' >&2\nexit {code}\n"),
        )
        .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    #[test]
    fn missing_java_is_a_clear_error() {
        let error = check_java(Path::new("/nonexistent/java")).unwrap_err();
        assert!(
            error.contains("`/nonexistent/java` was not found"),
            "{error}"
        );
        assert!(error.contains("Java runtime"), "{error}");
    }

    #[test]
    fn failing_java_reports_its_status() {
        let error = check_java(Path::new("false")).unwrap_err();
        assert!(
            error.starts_with("`false -version` failed (exit status: 1)"),
            "{error}"
        );
    }

    #[test]
    fn explicit_jar_must_exist() {
        let dir = tempfile::tempdir().unwrap();
        let jar = dir.path().join("openapi-generator.jar");
        let error = find_jar(Some(&jar)).unwrap_err();
        assert_eq!(error, format!("--jar {}: no such file", jar.display()));
        std::fs::write(&jar, b"PK").unwrap();
        assert_eq!(find_jar(Some(&jar)).unwrap(), jar);
    }

    #[test]
    fn jar_is_found_through_the_python_package() {
        let dir = tempfile::tempdir().unwrap();
        let jar = dir.path().join("openapi-generator.jar");
        std::fs::write(&jar, b"PK").unwrap();
        let python = fake_python(dir.path(), &jar.display().to_string(), 0);
        assert_eq!(find_jar_with(None, &python).unwrap(), jar);
    }

    #[test]
    fn missing_package_python_or_jar_says_how_to_install() {
        let dir = tempfile::tempdir().unwrap();
        let no_package = fake_python(dir.path(), "", 1);
        let error = find_jar_with(None, &no_package).unwrap_err();
        assert!(
            error.contains("(ModuleNotFoundError: no openapi_generator_cli)"),
            "{error}"
        );
        assert!(
            error.contains("pip install openapi-generator-cli"),
            "{error}"
        );

        let no_python = find_jar_with(None, Path::new("/nonexistent/python3")).unwrap_err();
        assert!(
            no_python.starts_with("openapi-generator was not found"),
            "{no_python}"
        );
        assert!(
            no_python.contains("pip install openapi-generator-cli"),
            "{no_python}"
        );

        let gone = dir.path().join("gone.jar");
        let stale = fake_python(dir.path(), &gone.display().to_string(), 0);
        let error = find_jar_with(None, &stale).unwrap_err();
        assert!(error.contains("its jar is missing"), "{error}");
    }
}
