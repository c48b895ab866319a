//! The JSON pointer of a serde failure (client decode errors, webhooks).

use serde_path_to_error::{Path, Segment};

/// `path` as an RFC 6901 JSON pointer (`""` for the whole document).
pub(crate) fn json_pointer(path: &Path) -> String {
    path.iter()
        .map(|segment| match segment {
            Segment::Seq { index } => format!("/{index}"),
            Segment::Map { key } => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            Segment::Enum { variant } => format!("/{variant}"),
            Segment::Unknown => "/?".to_owned(),
        })
        .collect()
}
