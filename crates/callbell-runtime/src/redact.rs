//! Scrubbing the API token (replaced by `***`) out of every answer's headers
//! and body, since a proxy or debugging endpoint may echo `Authorization`.
//!
//! Bodies are scrubbed as raw bytes (the token as is or simply JSON-escaped),
//! then string literal by string literal in decoded form, so no mix of `\u`
//! escapes smuggles it into a decoded message; the client's error strings
//! get [`text`] once more. Tokens shorter than
//! [`MIN_SCRUBBED_LEN`] are left alone.

use bytes::Bytes;
use http::header::{HeaderMap, HeaderValue};
use memchr::memmem;

/// What replaces the token.
pub const REDACTED: &str = "***";

/// Shorter tokens are not scrubbed: no real API key is, and replacing every
/// `t` of a body would mangle it.
pub const MIN_SCRUBBED_LEN: usize = 8;

/// A token's searchers, built once per client: `secret` as is and
/// JSON-escaped (also with `/` → `\/`). `None` for a token too short to scrub.
pub struct Scrubber {
    secret: String,
    forms: Vec<memmem::Finder<'static>>,
}

impl Scrubber {
    /// The searchers for `secret`; `None` when it is shorter than [`MIN_SCRUBBED_LEN`].
    pub fn new(secret: &str) -> Option<Self> {
        if !scrubbed(secret) {
            return None;
        }
        // A string always serializes; its quotes are not part of the escaped form.
        let quoted = serde_json::to_string(secret).unwrap_or_default();
        let escaped = quoted.trim_start_matches('"').trim_end_matches('"');
        let slashed = escaped.replace('/', "\\/");
        let mut forms = Vec::from([secret, escaped, &slashed].map(memmem::Finder::new));
        forms.dedup_by(|a, b| a.needle() == b.needle());
        let forms = forms.into_iter().map(memmem::Finder::into_owned).collect();
        let secret = secret.to_owned();
        Some(Self { secret, forms })
    }

    /// `body` without the token in any encoding; `None` when it is not there.
    pub fn body(&self, body: &[u8]) -> Option<Bytes> {
        let mut clean = None;
        for form in &self.forms {
            clean = replaced(clean.as_deref().unwrap_or(body), form).or(clean);
        }
        let decoded = decoded_literals(clean.as_deref().unwrap_or(body), &self.secret);
        decoded.or(clean).map(Bytes::from)
    }

    /// `headers` with the token replaced in every value.
    pub fn headers(&self, headers: &mut HeaderMap) {
        for value in headers.values_mut() {
            // The rest of the value was a valid header value, and so is `***`.
            let clean = replaced(value.as_bytes(), &self.forms[0]);
            if let Some(clean) = clean.and_then(|clean| HeaderValue::from_bytes(&clean).ok()) {
                *value = clean;
            }
        }
    }
}

/// `haystack` with every `needle` replaced by [`REDACTED`]; `None` if none.
fn replaced(haystack: &[u8], needle: &memmem::Finder<'_>) -> Option<Vec<u8>> {
    let mut found = needle.find_iter(haystack).peekable();
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
        rest = at + needle.needle().len();
    }
    out.extend_from_slice(&haystack[rest..]);
    Some(out)
}

/// Whether `secret` is long enough to be scrubbed.
fn scrubbed(secret: &str) -> bool {
    secret.chars().count() >= MIN_SCRUBBED_LEN
}

/// `text` (already decoded) with `secret` replaced by [`REDACTED`].
pub fn text(text: &mut String, secret: &str) {
    if scrubbed(secret) && text.contains(secret) {
        *text = text.replace(secret, REDACTED);
    }
}

/// `json` with `secret` replaced in every string and key.
pub fn value(json: &mut serde_json::Value, secret: &str) {
    use serde_json::Value;
    match json {
        Value::String(string) => text(string, secret),
        Value::Array(items) => items.iter_mut().for_each(|item| value(item, secret)),
        Value::Object(map) => {
            if map.keys().any(|key| key.contains(secret)) {
                *map = std::mem::take(map)
                    .into_iter()
                    .map(|(mut key, item)| {
                        text(&mut key, secret);
                        (key, item)
                    })
                    .collect();
            }
            map.values_mut().for_each(|item| value(item, secret));
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// `body` with every JSON string literal whose decoded text holds `secret`
/// rewritten without it; `None` if none. Needs no valid JSON: it splits
/// literals at unescaped `"` as a JSON reader would; one that does not
/// decode is one a reader rejects too.
fn decoded_literals(body: &[u8], secret: &str) -> Option<Vec<u8>> {
    let mut escapes = memchr::memchr_iter(b'\\', body).peekable();
    escapes.peek()?;
    // A header-value token can only be re-spelled by `\u`, `\/`, `\"` and
    // `\\`: without `\u` in the body and `/"\` in the token, the byte
    // match has found every form (the common case).
    let simple_escapes_suffice = !secret.bytes().any(|b| matches!(b, b'/' | b'"' | b'\\'));
    if simple_escapes_suffice && !escapes.any(|at| body.get(at + 1) == Some(&b'u')) {
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
        let decoded = literal
            .contains(&b'\\')
            .then(|| serde_json::from_slice::<String>(literal).ok())
            .flatten();
        if let Some(decoded) = decoded.filter(|decoded| decoded.contains(secret)) {
            out.extend_from_slice(&body[copied..start]);
            let clean = decoded.replace(secret, REDACTED);
            // Serializing a string cannot fail.
            out.extend_from_slice(&serde_json::to_vec(&clean).unwrap_or_default());
            copied = end + 1;
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

#[cfg(test)]
#[path = "../tests/unit/redact.rs"]
mod tests;
