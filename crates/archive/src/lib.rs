//! The archive layer: every member of an export's archives, streamed, hashed and accounted for.
//!
//! An export arrives as one or more files (Amazon's per-topic ZIPs, Takeout's numbered parts)
//! that may hold archives inside archives. [`walk`] reads all of them front to back without
//! unpacking anything to disk and without holding an archive in memory (nested ZIPs up to
//! [`Limits::nested_in_memory_bytes`] excepted, which need random access), and gives every
//! entry exactly one status — `parsed`, `skipped` with a reason, or `failed` with a reason —
//! plus a SHA-256 of its bytes. Nothing is silently dropped: that is the promise the audit
//! report's counts make to people, so every early exit in this crate still records a member.
//!
//! Hostile input is expected: decompression bombs (bounded by [`Limits`]: per-file size, ratio,
//! a total for the export, nesting depth and count, overlapping entries), names that climb out
//! (`../`), absolute or backslashed names, control and bidi characters, symlinks, encrypted
//! entries, duplicate names, CP437 names, ZIP64, empty files, non-archives and truncated
//! downloads (members before the cut are recovered by scanning local headers). Content is
//! recognised by magic bytes ([`probe`]), never by extension.
//!
//! Non-goals: writing archives, following links, decrypting, compression methods other than
//! stored and deflate (such members are skipped with a reason), understanding content (that is
//! the format modules' job, reached through [`Visitor`]).
#![deny(missing_docs)]

mod containers;
pub mod limits;
pub mod names;
pub mod parts;
pub mod probe;
mod read;
mod walk;
mod zip;

pub use limits::Limits;
pub use probe::Content;
pub use read::{read_member, read_member_at_most, ReadError, MAX_READ_BYTES};
pub use walk::{walk, Claim, ListOnly, MemberInfo, Outcome, Visitor, Walk};

/// Runs a walk over one in-memory archive, for fuzzing: must never panic or hang.
#[doc(hidden)]
pub fn fuzz_one(bytes: &[u8]) -> Walk {
    let dir = std::env::temp_dir().join(format!("auskunft-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("input.zip");
    if std::fs::write(&path, bytes).is_err() {
        return Walk::default();
    }
    let limits = Limits {
        min_total_bytes: 64 << 20,
        max_members: 10_000,
        ..Limits::default()
    };
    walk(&[path], &limits, &mut ListOnly)
}
