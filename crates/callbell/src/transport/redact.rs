//! Scrubbing the API token (replaced by `***`) out of every answer's headers
//! and body, since a proxy or debugging endpoint may echo `Authorization`.
//!
//! Bodies are scrubbed as raw bytes (the token as is or simply JSON-escaped),
//! then string literal by string literal in decoded form, so no mix of `\u`
//! escapes smuggles it into a decoded message; an [`Error`](crate::Error)'s
//! final strings get [`text`] once more. Tokens shorter than
//! [`MIN_SCRUBBED_LEN`] are left alone.

use bytes::Bytes;
use memchr::memmem;
use reqwest::header::{HeaderMap, HeaderValue};

/// What replaces the token.
pub(crate) const REDACTED: &str = "***";

/// Shorter tokens are not scrubbed: no real API key is, and replacing every
/// `t` of a body would mangle it.
pub(crate) const MIN_SCRUBBED_LEN: usize = 8;

/// `secret` as is and JSON-escaped (also with `/` → `\/`).
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

/// `haystack` with every `needle` replaced by [`REDACTED`]; `None` if none.
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

/// Whether `secret` is long enough to be scrubbed.
fn scrubbed(secret: &str) -> bool {
    secret.chars().count() >= MIN_SCRUBBED_LEN
}

/// `body` without `secret` in any encoding; no copy when it is not there.
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

/// `text` (already decoded) with `secret` replaced by [`REDACTED`].
pub(crate) fn text(text: &mut String, secret: &str) {
    if scrubbed(secret) && text.contains(secret) {
        *text = text.replace(secret, REDACTED);
    }
}

/// `body` with every JSON string literal whose decoded text holds `secret`
/// rewritten without it; `None` if none. Needs no valid JSON: it splits
/// literals at unescaped `"` as a JSON reader would; one that does not
/// decode is one a reader rejects too.
fn decoded_literals(body: &[u8], secret: &str) -> Option<Vec<u8>> {
    memchr::memchr(b'\\', body)?;
    // A header-value token can only be re-spelled by `\u`, `\/`, `\"` and
    // `\\`: without `\u` in the body and `/"\` in the token, the byte
    // match has found every form (the common case).
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

/// The index of the `"` closing the literal opened at `start`.
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

/// `headers` with `secret` replaced in every value.
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
