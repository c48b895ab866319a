//! Text that came from outside (a server's error message, a webhook's event
//! name) made safe to print: no control characters, no terminal escapes, no
//! bidirectional overrides, no line breaks that could forge a log line.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as is: C0 and C1 controls, DEL,
/// and the invisible formatting characters that reorder or hide text.
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width and direction marks
            | '\u{2028}' | '\u{2029}' // line and paragraph separators
            | '\u{202A}'..='\u{202E}' // bidirectional embeddings and overrides
            | '\u{2060}'..='\u{2069}' // word joiner, invisible operators, isolates
            | '\u{FEFF}')
}

/// `text` with every unsafe character written as `\u{..}` (a backslash is
/// doubled so an escape cannot be faked): one line, printable only.
pub fn safe_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| unsafe_char(c) || c == '\\') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` cut to at most `max` characters, marking the cut (not made safe:
/// pass the result through [`safe_text`] when printing it).
pub fn cut(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((end, _)) => Cow::Owned(format!("{}…", &text[..end])),
        None => Cow::Borrowed(text),
    }
}

/// A line of JSON (as serde_json writes it) with the characters JSON allows
/// raw but a terminal may act on (DEL, C1 controls, direction overrides)
/// written as `\uXXXX` escapes instead: the same JSON value, safe to print.
/// Such characters only occur inside strings, where the escape means the
/// same; JSON's own whitespace between tokens (line breaks of pretty output) stays.
pub fn safe_json(json: &str) -> Cow<'_, str> {
    let unsafe_in_json = |c: char| unsafe_char(c) && !matches!(c, '\n' | '\r' | '\t');
    if !json.chars().any(unsafe_in_json) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_in_json(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_escapes_are_written_out() {
        assert_eq!(safe_text("contact_created"), "contact_created");
        assert_eq!(
            safe_text("x\n2026 webhook: forged\u{1b}[31m\u{202e}\\u{41}"),
            "x\\n2026 webhook: forged\\u{1b}[31m\\u{202e}\\\\u{41}"
        );
        assert_eq!(safe_text("\u{9b}\u{7f}"), "\\u{9b}\\u{7f}");
    }

    #[test]
    fn texts_are_cut_on_characters() {
        assert_eq!(cut("ééé", 2), "éé…");
        assert_eq!(cut("a\nb", 10), "a\nb");
    }

    #[test]
    fn json_stays_the_same_value() {
        let value = serde_json::json!({"name": "a\u{9b}b\u{202e}c\u{7f}\n"});
        for json in [
            serde_json::to_string(&value).unwrap(),
            serde_json::to_string_pretty(&value).unwrap(),
        ] {
            let safe = safe_json(&json);
            assert!(!safe.chars().any(|c| unsafe_char(c) && c != '\n'), "{safe}");
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
                value
            );
        }
    }
}
