//! Evidence anyone can check, the stranger's data set aside, and the user's own data taken out.
//!
//! - [`manifest`]: the evidence manifest (`auskunft.manifest/1`): the SHA-256 of every archive
//!   file and member with its status, format module and fit, the audit result's digest, the
//!   inventory's digest, versions and time; signed in minisign's format with a key kept in the
//!   data folder ([`keys`]), so `minisign -Vm FILE -p KEY.pub` checks it.
//! - [`verify`]: archives hashed again against a manifest, every difference named, the signature
//!   checked.
//! - [`set_aside`]: a copy of the export without the members judged not the user's ([`judge`]),
//!   with a list of what was removed; the originals are only read.
//! - [`forget`]: "Forget the foreign part": what Auskunft derived from those members deleted
//!   from the data folder, and a dated record of it (`forgotten.json`).
//! - [`transcripts`]: the user's transcripts as CSV, SRT or WebVTT.
//! - [`text`]: the sentences the CLI prints about all of this, from the catalogue of words.
//!
//! The bodies take an audited [`Report`](auskunft_model::Report) and the archive paths; the CLI,
//! the desktop shell and the tests call them alike. This crate writes only where it is told
//! (`--out`, the save dialog) and in the data folder (keys, `forgotten.json`), each file
//! atomically (auskunft-store); it never writes next to the archives unless told to.
#![deny(missing_docs)]

pub mod app;
pub mod canonical;
pub mod forget;
pub mod judge;
pub mod keys;
pub mod manifest;
pub mod set_aside;
pub mod text;
pub mod transcripts;
pub mod verify;

use std::path::Path;

pub use auskunft_words::{Lang, Message};

/// What kind of failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The request is wrong (not a manifest, the output is an original).
    Usage,
    /// Reading or writing a file failed.
    Io,
    /// The archives changed since the audit.
    Changed,
    /// A bug.
    Internal,
}

/// A failure with a sentence that names the file and the cause.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    /// What kind.
    pub kind: ErrorKind,
    /// The sentence (English; paths and causes in it).
    pub message: String,
    /// The sentence as a catalogue message (`evidence.ftl`, `evidence-error-…`), for the
    /// reader's language.
    pub words: Message,
}

impl Error {
    fn of(kind: ErrorKind, words: Message) -> Error {
        Error {
            kind,
            message: words.en(),
            words,
        }
    }
    /// A usage error.
    pub fn usage(words: Message) -> Error {
        Error::of(ErrorKind::Usage, words)
    }
    /// An I/O error.
    pub fn io(words: Message) -> Error {
        Error::of(ErrorKind::Io, words)
    }
    /// The archives changed since the audit.
    pub fn changed(words: Message) -> Error {
        Error::of(ErrorKind::Changed, words)
    }
    /// A bug; `detail` is the program's own words about it.
    pub fn internal(detail: impl Into<String>) -> Error {
        Error::of(
            ErrorKind::Internal,
            Message::new("evidence-error-internal").arg("detail", detail.into()),
        )
    }
    /// The signing key could not be read or made in the data folder.
    pub fn key(data_dir: &Path, e: &std::io::Error) -> Error {
        Error::io(
            Message::new("evidence-error-key")
                .arg("dir", data_dir.join(keys::KEYS_DIR).display().to_string())
                .arg("detail", Message::io(e)),
        )
    }
}

/// An I/O error naming the file.
pub(crate) fn io_error(path: &Path, e: &std::io::Error) -> Error {
    Error::io(
        Message::new("evidence-error-io")
            .arg("path", path.display().to_string())
            .arg("detail", Message::io(e)),
    )
}
