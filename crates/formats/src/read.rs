//! Small reading helpers every JSON-based format module shares.

use std::io::Read;

use auskunft_model::{MemberRef, Message};

use crate::Candidate;

/// The most a module reads of one member.
pub(crate) const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Reads the whole member, refusing more than [`MAX_BYTES`], and drops a UTF-8 byte-order
/// mark (which JSON parsers refuse); the error is the reason for a failed outcome.
pub(crate) fn read_bounded(content: &mut dyn Read) -> Result<Vec<u8>, Message> {
    let mut bytes = Vec::new();
    content
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Message::new("format-read-error").arg("detail", Message::io(&e)))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(MAX_BYTES));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    Ok(bytes)
}

/// The reason for not reading a member over `limit` bytes: `larger than 256 MiB; not read`.
pub(crate) fn too_large(limit: u64) -> Message {
    Message::new("format-too-large").arg("mib", limit / 1024 / 1024)
}

/// Reads the whole member (bounded, see [`read_bounded`]) and parses it as JSON; the error is
/// the reason for a failed outcome (`invalid JSON at line L, column C: …`).
pub(crate) fn read_json(content: &mut dyn Read) -> Result<serde_json::Value, Message> {
    let bytes = read_bounded(content)?;
    serde_json::from_slice(&bytes).map_err(|e| json_failure(&e))
}

/// The member a warning is about.
pub(crate) fn member_ref(candidate: &Candidate<'_>) -> MemberRef {
    MemberRef {
        input: candidate.input,
        member: candidate.member,
        path: candidate.path.to_string(),
    }
}

/// `invalid JSON at line L, column C: <what>` for a parse error (`<what>` in serde_json's words).
pub(crate) fn json_failure(error: &serde_json::Error) -> Message {
    let text = error.to_string();
    let what = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(what, _)| what);
    Message::new("format-invalid-json")
        .arg("line", error.line())
        .arg("column", error.column())
        .arg("detail", what)
}

/// Whether a (JSON) head holds `needle` as a key or string.
pub(crate) fn head_has(head: &[u8], needle: &str) -> bool {
    head.windows(needle.len()).any(|w| w == needle.as_bytes())
}
