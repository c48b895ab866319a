//! Writing generated files: through a temporary file in the same directory
//! and a rename, so a reader never sees half a file, and only when the
//! content changed, so timestamps (and rebuilds) move only for real changes.

use std::io::Write;
use std::path::Path;

/// What [`write_if_changed`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The file already had this content.
    Unchanged,
    /// The file was created or replaced.
    Written,
}

/// Writes `content` to `path` atomically unless it already holds exactly that.
pub fn write_if_changed(path: &Path, content: &str) -> Result<Outcome, String> {
    if std::fs::read(path).is_ok_and(|old| old == content.as_bytes()) {
        return Ok(Outcome::Unchanged);
    }
    let dir = path
        .parent()
        .ok_or_else(|| format!("{}: has no parent directory", path.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| format!("{}: cannot create a temporary file: {e}", dir.display()))?;
    tmp.write_all(content.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| format!("{}: cannot write: {e}", tmp.path().display()))?;
    // On failure the temporary file is removed when the error drops it.
    tmp.persist(path)
        .map_err(|e| format!("{}: cannot replace: {}", path.display(), e.error))?;
    Ok(Outcome::Written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_then_reports_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.rs");
        assert_eq!(write_if_changed(&path, "a").unwrap(), Outcome::Written);
        assert_eq!(write_if_changed(&path, "a").unwrap(), Outcome::Unchanged);
        assert_eq!(write_if_changed(&path, "b").unwrap(), Outcome::Written);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "b");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n != "out.rs")
            .collect();
        assert!(
            leftovers.is_empty(),
            "temporary files left behind: {leftovers:?}"
        );
    }

    #[test]
    fn missing_directory_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_if_changed(&dir.path().join("no/such/out.rs"), "x").unwrap_err();
        assert!(err.contains("cannot create a temporary file"), "{err}");
    }
}
