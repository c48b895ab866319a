//! The JSON pointer of a serde_json data error (client decode errors,
//! webhooks), found from where the reader stopped: one pass over the body
//! up to that byte. Nothing here is generic, so naming the pointer costs
//! the same compiled code for every type (tracking the path while reading
//! would compile every type's reader a second time).

/// How deep [`at`] follows nesting (serde_json itself stops at 128); deeper
/// errors are named by the value at this depth.
pub const MAX_DEPTH: usize = 512;

/// Where serde_json's data error `error` happened in `body` (the bytes it
/// read), as an RFC 6901 pointer (`""` for the whole document).
///
/// serde_json stops right after the value that does not fit (a wrong
/// scalar, a timestamp that does not parse, an object missing a field), or
/// right before an object or array found where a scalar belongs. A value
/// read by trying several shapes (an untagged enum such as
/// `ChannelDiscardedAt`) fails after it was read, and serde_json places that
/// error at the end of the enclosing object or array when the value is its
/// last member: then the pointer names that enclosing value, which contains
/// the misfit (the error's message names the type).
pub fn at(body: &[u8], error: &serde_json::Error) -> String {
    if error.line() == 0 {
        // Not placed by serde_json: only the whole document fails that way.
        return String::new();
    }
    let stop = offset(body, error.line(), error.column());
    let mut open: Vec<Frame> = Vec::new();
    // Where the last complete value ended (its pointer is the state's, as
    // long as no token follows it).
    let mut ended = None;
    // Whether a value may start here (document start, after `:`, `[` or `,` in an array).
    let mut pending = true;
    // Whether the last token was a `,`.
    let mut after_comma = false;
    let mut i = 0;
    while i < stop {
        if body[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        after_comma = body[i] == b',';
        match body[i] {
            b'{' | b'[' => {
                if open.len() == MAX_DEPTH {
                    return pointer(&open);
                }
                pending = body[i] == b'[';
                open.push(if pending {
                    Frame::Array(0)
                } else {
                    Frame::Object(None)
                });
                i += 1;
            }
            b'}' | b']' => {
                open.pop();
                i += 1;
                ended = Some(i);
                pending = false;
            }
            b',' => {
                pending = match open.last_mut() {
                    Some(Frame::Array(index)) => {
                        *index += 1;
                        true
                    }
                    Some(Frame::Object(key)) => {
                        *key = None;
                        false
                    }
                    None => false,
                };
                i += 1;
            }
            b':' => {
                pending = true;
                i += 1;
            }
            b'"' => {
                let end = string_end(body, i);
                match open.last_mut() {
                    Some(Frame::Object(key @ None)) => *key = Some(escape(&body[i..end])),
                    _ => ended = Some(end),
                }
                pending = false;
                i = end;
            }
            _ => {
                let end = scalar_end(body, i);
                ended = Some(end);
                pending = false;
                i = end;
            }
        }
    }
    if let Some(end) = ended
        && end <= stop
        && body[end..stop].iter().all(u8::is_ascii_whitespace)
    {
        return pointer(&open);
    }
    if let (true, Some(Frame::Array(index @ 1..))) = (after_comma, open.last_mut()) {
        // serde_json skips the `,` after an element whose error it did not
        // place itself; only an object or array where a scalar belongs stops
        // it before the next element.
        let message = error.to_string();
        if !message.starts_with("invalid type: sequence")
            && !message.starts_with("invalid type: map")
        {
            *index -= 1;
        }
    }
    if !pending {
        open.pop();
    }
    pointer(&open)
}

/// An object or array the reader is inside, with the member it is at.
enum Frame {
    /// The key of the current member (`None` until it is read), escaped.
    Object(Option<String>),
    /// The index of the current element.
    Array(usize),
}

/// The pointer of the value the innermost frame is at.
fn pointer(open: &[Frame]) -> String {
    let mut out = String::new();
    for frame in open {
        match frame {
            Frame::Object(Some(key)) => {
                out.push('/');
                out.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                out.push('/');
                out.push_str(&index.to_string());
            }
        }
    }
    out
}

/// The byte offset of serde_json's 1-based `line` and its `column` (the
/// bytes of that line the reader had consumed), within `body`.
fn offset(body: &[u8], line: usize, column: usize) -> usize {
    let start = match line {
        0 | 1 => 0,
        _ => body
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map_or(body.len(), |(i, _)| i + 1),
    };
    start.saturating_add(column).min(body.len())
}

/// The offset just past the string that starts (with `"`) at `start`.
fn string_end(body: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < body.len() {
        match body[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    body.len()
}

/// The offset just past the number or literal that starts at `start`.
fn scalar_end(body: &[u8], start: usize) -> usize {
    body[start + 1..]
        .iter()
        .position(|b| b",:{}[]\"".contains(b) || b.is_ascii_whitespace())
        .map_or(body.len(), |n| start + 1 + n)
}

/// A quoted JSON key as a pointer token: unescaped, then `~` and `/`
/// escaped (RFC 6901).
fn escape(quoted: &[u8]) -> String {
    let key = serde_json::from_slice::<String>(quoted)
        .unwrap_or_else(|_| String::from_utf8_lossy(quoted).into_owned());
    key.replace('~', "~0").replace('/', "~1")
}
