//! Format modules: one per export format, each turning archive members into devices and voice
//! records.
//!
//! Every module implements [`Format`]: a cheap [`Format::recognize`] that looks only at the
//! member's path, its sniffed content and its first bytes (never a full read), and an
//! [`Format::import`] that reads the member once, streaming, and pushes what it finds into an
//! [`Import`] context. Partial success is the rule: one bad row is a warning on that member,
//! not a failed import. The modules are listed in one explicit [`REGISTRY`]; the first module
//! that recognises a member imports it, so specific formats come before generic ones.
//!
//! Some facts only fit together after every member was read: a voice record and its recording
//! may sit in different files, even different archives (Takeout parts). Modules therefore
//! register *join keys*: a record may ask for its audio by a key, an audio member offers itself
//! under keys, and [`Import::finish`] pairs them once the walk is over; a record whose key
//! found nothing joins a recording no key claimed by time (older exports name recordings by
//! time only). One interaction is one record however often it is seen: the import merges
//! records of the same vendor, account, device and millisecond (overlapping pages), and
//! [`Import::finish_with_hashes`] counts recordings with the same bytes once.
//!
//! Non-goals: judging whose a record is (the audit), searching (the index), reading archives.
#![deny(missing_docs)]

pub mod amazon;
pub mod generic;
pub mod google;
pub(crate) mod html;
mod import;
pub mod join;
pub mod language;
mod merge;
pub mod meta;
pub mod origin;
pub(crate) mod read;
pub mod tabular;
pub mod text;
pub mod timestamp;
pub mod transcript;
pub mod zone;

pub use import::{audio_key, Finished, Import};
pub use join::TranscriptLine;

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::MemberKind;

/// A member offered to the format modules.
#[derive(Debug)]
pub struct Candidate<'a> {
    /// Index of the input archive.
    pub input: usize,
    /// Index of the member in the report.
    pub member: usize,
    /// Display path inside its archive.
    pub path: &'a str,
    /// What the first bytes say it is.
    pub content: Content,
    /// Up to the first 4 KiB.
    pub head: &'a [u8],
}

impl Candidate<'_> {
    /// Where in this member a record was read (`at`: a JSON path, `row 17`, …).
    pub fn source(&self, at: &auskunft_model::Locator) -> auskunft_model::SourceRef {
        auskunft_model::SourceRef {
            input: self.input,
            path: self.path.to_string(),
            locator: at.to_string(),
        }
    }

    /// The file name: the last path segment.
    pub fn file_name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(self.path)
    }
}

/// What a module made of one member.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// What the member turned out to be.
    pub kind: MemberKind,
    /// How reading went; warnings about single rows go to [`Import::warn`] instead.
    pub outcome: Outcome,
}

/// One export format.
///
/// Contract: `recognize` is cheap and side-effect free; it may be called for every member.
/// `import` is called at most once per member, only after `recognize` said yes; it must never
/// panic on malformed input and must not assume the content fits in memory unless it bounds
/// what it reads (and says so in a failed outcome when the bound is hit).
pub trait Format: Sync {
    /// The module's name as reports show it (`amazon.voice_history`).
    fn name(&self) -> &'static str;
    /// Whether this module reads the member.
    fn recognize(&self, candidate: &Candidate<'_>) -> bool;
    /// Reads the member and pushes devices, records, audio and warnings into `import`.
    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported;
}

/// Every format module, most specific first. Adding a module means adding it here.
pub static REGISTRY: &[&dyn Format] = &[
    &amazon::VOICE_HISTORY,
    &amazon::VOICE_HISTORY_CSV,
    &amazon::DEVICES,
    &amazon::HOUSEHOLD,
    &amazon::CARDS,
    &google::ASSISTANT,
    &google::ASSISTANT_HTML,
    &google::DEVICES_CSV,
    &meta::VOICE_MESSAGES,
    &transcript::PDF_TABLE,
    &transcript::TABLE,
    // Generic modules last: they recognise by content what no specific module claimed.
    &generic::AUDIO,
];

/// The first module that recognises `candidate`.
pub fn recognize(candidate: &Candidate<'_>) -> Option<&'static dyn Format> {
    REGISTRY.iter().copied().find(|f| f.recognize(candidate))
}

/// Imports `bytes` as the member `path` through the module called `name` without asking it to
/// recognise the member first, and finishes the import: the entry point of the fuzz targets
/// (`crates/formats/fuzz`) and of the garbage tests, which must reach every parser whatever
/// the bytes. Returns `None` for an unknown module name.
pub fn fuzz_import(name: &str, path: &str, bytes: &[u8]) -> Option<(Imported, Finished)> {
    let format = REGISTRY.iter().copied().find(|f| f.name() == name)?;
    let head = &bytes[..bytes.len().min(4096)];
    let candidate = Candidate {
        input: 0,
        member: 0,
        path,
        content: auskunft_archive::probe::sniff(head),
        head,
    };
    let mut import = Import::new();
    let imported = format.import(&candidate, &mut &bytes[..], &mut import);
    Some((imported, import.finish()))
}
