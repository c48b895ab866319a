//! Scrubbing the API token out of what comes back from the server: a
//! careless proxy or a debugging endpoint may echo the `Authorization`
//! header, and whatever the server sends can end up in an error message.
//!
//! Bodies are scrubbed twice over: as raw bytes (the token as is, or with the
//! usual JSON escapes), and string literal by string literal in decoded form,
//! so that `\u0073ome-token` or any other mix of escapes cannot smuggle the
//! token past the byte match into a decoded message. The final strings an
//! [`Error`](crate::Error) shows are scrubbed once more with [`text`].

use bytes::Bytes;
use memchr::memmem;
use reqwest::header::{HeaderMap, HeaderValue};

/// What replaces the token.
pub(crate) const REDACTED: &str = "***";

/// Tokens shorter than this are not scrubbed: no real API key is that
/// short, and replacing, say, every `t` of a body would mangle it.
pub(crate) const MIN_SCRUBBED_LEN: usize = 8;

/// The forms `secret` can take in a body: as is, and JSON-escaped
/// (`"` → `\"`, `\` → `\\`, and `/` → `\/`, which some encoders write).
fn forms(secret: &str) -> Vec<Vec<u8>> {
    let mut forms = vec![secret.as_bytes().to_vec()];
    // A string always serializes; its quotes are not part of the escaped form.
    let quoted = serde_json::to_string(secret).unwrap_or_default();
    let escaped = quoted.trim_start_matches('"').trim_end_matches('"');
    for form in [escaped.to_owned(), escaped.replace('/', "\\/")] {
        if !forms.iter().any(|known| known == form.as_bytes()) {
            forms.push(form.into_bytes());
        }
    }
    forms
}

/// `haystack` with every `needle` replaced by [`REDACTED`]; `None` when
/// there is none.
fn replaced(haystack: &[u8], needle: &[u8]) -> Option<Vec<u8>> {
    let mut found = memmem::find_iter(haystack, needle).peekable();
    found.peek()?;
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = 0;
    for at in found {
        // Overlapping matches: the earlier one already covered this one.
        if at < rest {
            continue;
        }
        out.extend_from_slice(&haystack[rest..at]);
        out.extend_from_slice(REDACTED.as_bytes());
        rest = at + needle.len();
    }
    out.extend_from_slice(&haystack[rest..]);
    Some(out)
}

/// Whether `secret` is long enough to be scrubbed (see [`MIN_SCRUBBED_LEN`]).
fn scrubbed(secret: &str) -> bool {
    secret.chars().count() >= MIN_SCRUBBED_LEN
}

/// `body` without `secret` in any of its forms: raw, simply escaped, or
/// inside a JSON string literal under any mix of escapes. Returns `body`
/// itself (no copy) when the secret is not in it.
pub(crate) fn body(body: Bytes, secret: &str) -> Bytes {
    if !scrubbed(secret) {
        return body;
    }
    let mut body = body;
    for form in forms(secret) {
        if let Some(clean) = replaced(&body, &form) {
            body = clean.into();
        }
    }
    if let Some(clean) = decoded_literals(&body, secret) {
        body = clean.into();
    }
    body
}

/// `text` with every occurrence of `secret` replaced by [`REDACTED`]: for
/// strings already decoded (messages, reasons, excerpts).
pub(crate) fn text(text: &mut String, secret: &str) {
    if scrubbed(secret) && text.contains(secret) {
        *text = text.replace(secret, REDACTED);
    }
}

/// `body` with every JSON string literal whose decoded text holds `secret`
/// written anew, the secret replaced; `None` when there is none.
///
/// Escapes exist only inside string literals, so a body without a backslash
/// is left to the byte match. The scan does not need valid JSON: from each
/// `"` it reads to the next unescaped `"`, which is how a JSON reader splits
/// the same bytes for as long as they are valid. A literal that does not
/// decode (bad escape, lone surrogate) is one a reader rejects too.
fn decoded_literals(body: &[u8], secret: &str) -> Option<Vec<u8>> {
    memchr::memchr(b'\\', body)?;
    // A token that reached a server is a header value: no control character
    // but tab, whose escape `\t` is one of the byte forms. So only `\uXXXX`,
    // `\/`, `\"` and `\\` can spell its characters another way. Without a `\u`
    // in the body and with none of `/"\` in the token, the byte match has
    // already found every form: skip the scan (the common case).
    let simple_escapes_suffice = !secret.bytes().any(|b| matches!(b, b'/' | b'"' | b'\\'));
    if simple_escapes_suffice && memmem::find(body, b"\\u").is_none() {
        return None;
    }
    let mut out = Vec::new();
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'"', &body[at..]) {
        let start = at + offset;
        let Some(end) = literal_end(body, start) else {
            break;
        };
        let literal = &body[start..=end];
        if literal.contains(&b'\\') {
            if let Ok(decoded) = serde_json::from_slice::<String>(literal) {
                if decoded.contains(secret) {
                    out.extend_from_slice(&body[copied..start]);
                    let clean = decoded.replace(secret, REDACTED);
                    // Serializing a string cannot fail.
                    out.extend_from_slice(&serde_json::to_vec(&clean).unwrap_or_default());
                    copied = end + 1;
                }
            }
        }
        at = end + 1;
    }
    if copied == 0 {
        return None;
    }
    out.extend_from_slice(&body[copied..]);
    Some(out)
}

/// The index of the `"` closing the string literal that opens at `start`.
fn literal_end(body: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    loop {
        match body.get(at)? {
            b'\\' => at += 2,
            b'"' => return Some(at),
            _ => at += 1,
        }
    }
}

/// `headers` with `secret` replaced in every value that holds it.
pub(crate) fn headers(headers: &mut HeaderMap, secret: &str) {
    if !scrubbed(secret) {
        return;
    }
    for value in headers.values_mut() {
        if let Some(clean) = replaced(value.as_bytes(), secret.as_bytes()) {
            // The rest of the value was a valid header value, and so is `***`.
            if let Ok(clean) = HeaderValue::from_bytes(&clean) {
                *value = clean;
            }
        }
    }
}

#[cfg(test)]
#[path = "../../tests/unit/transport_redact.rs"]
mod tests;
