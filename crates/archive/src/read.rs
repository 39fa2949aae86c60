//! One member's bytes on demand: the recording the user clicked, read from the export's
//! archives when it is wanted.
//!
//! The player needs a recording's bytes long after the audit; nothing was unpacked then and
//! nothing is unpacked now. [`read_member`] walks the one input that holds the member with the
//! ordinary walker — so nested archives, truncated ZIPs, TAR, gzip and every [`Limits`] behave
//! exactly as they did in the audit — claims only the member asked for, keeps its bytes in
//! memory (at most [`MAX_READ_BYTES`]) and stops the walk right after it.
//!
//! Cost: the input is not hashed again and no other input is opened, but the walker still reads
//! the members that come before the target in archive order (a ZIP with a table of contents
//! seeks over nothing; streams must be read through). For an Amazon export that is milliseconds;
//! for a member near the end of a multi-gigabyte Takeout part it is the time to inflate the part
//! up to it.
//!
//! Which member is meant: members are named as the report names them, by input and display
//! path. The walker never hands on a later entry with the same path in the same archive (it is
//! "hashed but not imported"), so a duplicate name resolves to the first entry, the one the
//! audit imported. When two nested archives of one input each hold the same path, the first in
//! walk order is read.

use std::io::Read;
use std::path::PathBuf;

use auskunft_model::{InputStatus, MemberStatus, Message};

use crate::limits::{exceeded, Limits};
use crate::walk::{walk_one, Claim, MemberInfo, Outcome, Visitor};

/// The most bytes [`read_member`] keeps in memory for one member: ample for any voice
/// recording (a minute of 16-bit 48 kHz stereo WAV is 11 MiB).
pub const MAX_READ_BYTES: u64 = 256 << 20;

/// Why a member's bytes could not be had. Each message is a clause naming the file and member;
/// callers put it into their own sentence: the English one (`Display`) or, in the reader's
/// language, [`ReadError::words`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReadError {
    /// The input index is past the export's files.
    #[error("the export has {count} archive files, so there is no file number {input}")]
    NoSuchInput {
        /// The index asked for.
        input: usize,
        /// How many inputs there are.
        count: usize,
    },
    /// The archive file itself cannot be opened or read.
    #[error("{message}")]
    InputUnreadable {
        /// The walker's sentence (names the file).
        message: String,
        /// The same as a catalogue message.
        message_words: Message,
    },
    /// No member has that path.
    #[error("\"{member}\" is not in {input}")]
    NotFound {
        /// The archive file.
        input: String,
        /// The member path asked for.
        member: String,
    },
    /// The member is there but its bytes cannot be read (damaged, encrypted, over a limit).
    #[error("\"{member}\" in {input} cannot be read: {reason}")]
    Unreadable {
        /// The archive file.
        input: String,
        /// The member path.
        member: String,
        /// Why, as the audit report states it.
        reason: String,
        /// The same as a catalogue message (`members[].reason_words`).
        reason_words: Message,
    },
    /// The member is larger than the caller keeps in memory.
    #[error("\"{member}\" in {input} is larger than the {limit} bytes that are read at once")]
    TooLarge {
        /// The archive file.
        input: String,
        /// The member path.
        member: String,
        /// The bound that was passed.
        limit: u64,
    },
}

impl ReadError {
    /// The clause in the reader's language (`members.ftl`, `member-read-…`).
    pub fn words(&self) -> Message {
        match self {
            ReadError::NoSuchInput { input, count } => Message::new("member-read-no-input")
                .arg("input", *input)
                .arg("count", *count),
            ReadError::InputUnreadable { message_words, .. } => message_words.clone(),
            ReadError::NotFound { input, member } => Message::new("member-read-not-found")
                .arg("input", input)
                .arg("member", member),
            ReadError::Unreadable {
                input,
                member,
                reason_words,
                ..
            } => Message::new("member-read-unreadable")
                .arg("input", input)
                .arg("member", member)
                .arg("reason", reason_words.clone()),
            ReadError::TooLarge {
                input,
                member,
                limit,
            } => Message::new("member-read-too-large")
                .arg("input", input)
                .arg("member", member)
                .arg("limit", *limit),
        }
    }
}

/// Reads the member at display path `path` of input `input` (an index into `paths`, as in
/// [`auskunft_model::AudioRef`]) into memory, at most [`MAX_READ_BYTES`].
pub fn read_member(
    paths: &[PathBuf],
    input: usize,
    path: &str,
    limits: &Limits,
) -> Result<Vec<u8>, ReadError> {
    read_member_at_most(paths, input, path, limits, MAX_READ_BYTES)
}

/// [`read_member`] with a chosen bound on the bytes kept.
pub fn read_member_at_most(
    paths: &[PathBuf],
    input: usize,
    path: &str,
    limits: &Limits,
    max_bytes: u64,
) -> Result<Vec<u8>, ReadError> {
    if input >= paths.len() {
        return Err(ReadError::NoSuchInput {
            input,
            count: paths.len(),
        });
    }
    let mut fetch = Fetch {
        path,
        max_bytes,
        found: None,
    };
    let (opened, members) = walk_one(paths, input, limits, &mut fetch);
    let shown = opened.path.clone();
    let unreadable = |words: Message| ReadError::Unreadable {
        input: shown.clone(),
        member: path.to_string(),
        reason: words.en(),
        reason_words: words,
    };
    // The walker's reason (catalogued, as every reason it gives), else what is known.
    let said =
        |words: Option<Message>, otherwise: &str| words.unwrap_or_else(|| Message::new(otherwise));
    match fetch.found {
        Some(Found { index, bytes }) => {
            // The walker has the last word: a CRC mismatch or a limit shows only after the read.
            let member = members.get(index);
            match member.map(|m| (m.status, m.reason_words.clone())) {
                Some((MemberStatus::Parsed, _)) => {}
                Some((_, words)) => return Err(unreadable(said(words, "member-read-damaged"))),
                None => return Err(unreadable(Message::new("member-read-not-to-end"))),
            }
            match bytes {
                Ok(bytes) => Ok(bytes),
                Err(Kept::TooLarge) => Err(ReadError::TooLarge {
                    input: shown,
                    member: path.to_string(),
                    limit: max_bytes,
                }),
                Err(Kept::Failed(words)) => Err(unreadable(words)),
            }
        }
        None => {
            // Never handed to the visitor: listed with a reason, or absent, or the file is bad.
            if let Some(m) = members.iter().find(|m| m.path == path) {
                return Err(unreadable(said(
                    m.reason_words.clone(),
                    "member-read-not-handed-out",
                )));
            }
            if !matches!(opened.status, InputStatus::Ok | InputStatus::Truncated) {
                let words = file_clause(
                    said(opened.message_words.clone(), "member-read-input-unreadable"),
                    &shown,
                );
                return Err(ReadError::InputUnreadable {
                    message: words.en(),
                    message_words: words,
                });
            }
            Err(ReadError::NotFound {
                input: shown,
                member: path.to_string(),
            })
        }
    }
}

/// The walker's words about a whole archive file as a clause naming it, for the caller's
/// sentence: its sentences about the file (`input-message-cannot-open`, …, which name it and end
/// with a full stop) as their clause twins (`member-read-input-cannot-open`, …), what it says of
/// the content ("the archive cannot be read: …") after the file's name.
fn file_clause(words: Message, shown: &str) -> Message {
    const SENTENCES: [&str; 5] = [
        "input-message-cannot-open",
        "input-message-folder",
        "input-message-cannot-read",
        "input-message-empty",
        "input-message-not-an-archive",
    ];
    match words.id.strip_prefix("input-message-") {
        Some(rest) if SENTENCES.contains(&words.id.as_str()) => Message {
            id: format!("member-read-input-{rest}"),
            args: words.args,
        },
        _ => Message::new("member-read-in-file")
            .arg("file", shown)
            .arg("detail", words),
    }
}

/// What became of the target's bytes when the walker offered them.
enum Kept {
    /// More than the bound.
    TooLarge,
    /// Reading failed; the reason as a clause.
    Failed(Message),
}

struct Found {
    /// The member's index in the walk.
    index: usize,
    bytes: Result<Vec<u8>, Kept>,
}

/// Claims the one member asked for, keeps its bytes and then asks the walker to stop.
struct Fetch<'p> {
    path: &'p str,
    max_bytes: u64,
    found: Option<Found>,
}

impl Visitor for Fetch<'_> {
    fn member(&mut self, info: &MemberInfo<'_>, content: &mut dyn Read) -> Option<Claim> {
        if self.found.is_some() || info.path != self.path {
            return None;
        }
        let mut bytes = Vec::new();
        let read = content
            .take(self.max_bytes.saturating_add(1))
            .read_to_end(&mut bytes);
        let kept = match read {
            Ok(_) if bytes.len() as u64 > self.max_bytes => Err(Kept::TooLarge),
            Ok(_) => Ok(bytes),
            Err(e) => Err(Kept::Failed(match exceeded(&e) {
                Some(x) => Message::new("member-size-limit").arg("detail", x.words()),
                None => Message::new("member-read-stopped").arg("detail", Message::io(&e)),
            })),
        };
        self.found = Some(Found {
            index: info.index,
            bytes: kept,
        });
        Some(Claim {
            format: "read_member".into(),
            kind: info.content.kind(),
            outcome: Outcome::Parsed,
        })
    }

    fn cancelled(&self) -> bool {
        self.found.is_some()
    }
}

#[cfg(test)]
#[path = "../tests/support/mod.rs"]
mod support;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::support::{zip, E};
    use super::*;
    use crate::walk::{walk, ListOnly};

    #[test]
    fn the_walk_stops_right_after_the_member() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.zip");
        let entries = [
            E::new("a.txt", b"first"),
            E::new("b.txt", b"second"),
            E::new("c.txt", b"third"),
        ];
        std::fs::write(&path, zip(&entries)).unwrap();
        let paths = vec![path];
        let mut fetch = Fetch {
            path: "b.txt",
            max_bytes: MAX_READ_BYTES,
            found: None,
        };
        let (input, members) = walk_one(&paths, 0, &Limits::default(), &mut fetch);
        assert_eq!(
            members.iter().map(|m| m.path.as_str()).collect::<Vec<_>>(),
            ["a.txt", "b.txt"]
        );
        assert!(input.sha256.is_none(), "the input is not hashed again");
        assert!(
            matches!(fetch.found, Some(Found { index: 1, bytes: Ok(ref b) }) if b == b"second")
        );
        // A full walk is unchanged: every member, and the input hashed.
        let full = walk(&paths, &Limits::default(), &mut ListOnly);
        assert_eq!(full.members.len(), 3);
        assert!(full.inputs[0].sha256.is_some());
    }

    #[test]
    fn a_sentence_about_a_file_and_its_clause_say_the_same() {
        use auskunft_model::Lang;
        for id in [
            "input-message-cannot-open",
            "input-message-folder",
            "input-message-cannot-read",
            "input-message-empty",
            "input-message-not-an-archive",
        ] {
            for content in ["text", "mp3", "empty", "zip"] {
                let sentence = Message::new(id)
                    .arg("file", "/x/a.zip")
                    .arg("detail", "No such file")
                    .arg("content", content);
                let clause = file_clause(sentence.clone(), "/x/a.zip");
                assert_ne!(clause.id, "member-read-in-file", "{id}");
                for lang in Lang::ALL {
                    assert_eq!(
                        format!("{}.", clause.render(lang)),
                        sentence.render(lang),
                        "{id} in {lang}"
                    );
                }
            }
        }
        // What is wrong with the content follows the file's name.
        let damage = Message::new("input-message-gzip-cut-off");
        assert_eq!(
            file_clause(damage, "/x/a.gz").en(),
            "/x/a.gz: the gzip stream is cut off"
        );
    }
}
