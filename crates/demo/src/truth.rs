//! The ground truth written beside every demo archive (`OUT.truth.json`).
//!
//! It says, for every voice record the generator invented, whose it is and where each of its
//! traces sits in the archive: the audio member, the transcript's page and row (PDF) or JSON path,
//! the device and account. Tests score importers and the audit against it: join accuracy (does an
//! audio file end up with the right transcript row?), foreign precision and recall (are exactly the
//! stranger's records flagged?), time-offset inference (seed case: +2 h), and member accounting.
//!
//! Records are listed in chronological order with ids `t1`, `t2`, ... Those ids are the truth's
//! own; importers number records differently, so tests match on audio path or transcript location.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Scenario;

/// Schema name of the truth file; bump on incompatible changes.
pub const TRUTH_SCHEMA: &str = "auskunft.demo-truth/1";

/// Ground truth of one generated export.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Truth {
    /// Always [`TRUTH_SCHEMA`].
    pub schema: String,
    /// `auskunft-demo <version>` that wrote it.
    pub generator: String,
    /// The scenario generated.
    pub scenario: Scenario,
    /// The seed used.
    pub seed: u64,
    /// File name of the archive the truth describes (no folder).
    pub archive: String,
    /// The person who asked for the export, whose inventory is written beside it.
    pub requester: Party,
    /// The household whose data ended up in the requester's export.
    pub stranger: Party,
    /// Minutes to add to UTC to get the times the transcript document states, when it states
    /// local times without a zone (seed case: `120`, CEST). `None` when all times are UTC.
    pub transcript_offset_minutes: Option<i32>,
    /// Every device that appears in the export.
    pub devices: Vec<TruthDevice>,
    /// Every voice record, chronologically.
    pub records: Vec<TruthRecord>,
    /// Every archive member, nested ones included, in archive order.
    pub members: Vec<TruthMember>,
    /// Totals, for quick assertions.
    pub counts: Counts,
}

/// Whose something is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Household {
    /// The requester's own: the audit should call it `mine`.
    Requester,
    /// A stranger's: the audit should call it `foreign`.
    Stranger,
}

/// A household as the generator invented it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Party {
    /// Which household this is.
    pub household: Household,
    /// Amazon customer id, when the scenario has one.
    pub customer_id: Option<String>,
    /// First names of the adults (voice profiles, names said in requests).
    pub people: Vec<String>,
    /// Where they live.
    pub place: Place,
    /// Towns their requests name.
    pub towns: Vec<String>,
}

/// A named place with coordinates.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Place {
    /// Town name.
    pub name: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

/// A device in the export.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TruthDevice {
    /// Whose it is.
    pub household: Household,
    /// Display name as the export writes it.
    pub name: String,
    /// Serial as the export writes it; `None` when the export never shows one (seed case).
    pub serial: Option<String>,
    /// Device-type code as the export writes it; `None` when the export never shows one.
    #[serde(rename = "type")]
    pub device_type: Option<String>,
    /// The model, for people.
    pub model: String,
    /// Amazon device family (`ECHO`, `KNIGHT`, `FIRE_TV`, `VOX`), when the export shows one.
    pub family: Option<String>,
    /// `speaker`, `phone` or `tv`, as the inventory file names kinds.
    pub kind: String,
    /// Account it is registered to, when the export shows one.
    pub customer_id: Option<String>,
    /// When it was first registered, when the export says.
    pub registered: Option<DateTime<Utc>>,
    /// Voice records it heard.
    pub records: usize,
}

/// An archive member, addressed as the archive crate addresses nested members.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct MemberRef {
    /// For members of nested archives: the path of the archive member holding them.
    pub container: Option<String>,
    /// Path inside its archive.
    pub path: String,
}

/// Where a record's transcript is written.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TranscriptLocation {
    /// The member holding it.
    pub member: MemberRef,
    /// For people and for `SourceRef::locator`: `page 3, row 12` or a JSON path.
    pub locator: String,
    /// PDF page, 1-based.
    pub page: Option<u32>,
    /// Data row on that page, 1-based, the repeated header row not counted.
    pub row: Option<u32>,
    /// JSON path of the record object (`$.customerHistoryRecords[4]`).
    pub json_path: Option<String>,
}

/// One voice record as the generator invented it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TruthRecord {
    /// `t1`, `t2`, ... in chronological order.
    pub id: String,
    /// Whose it is.
    pub household: Household,
    /// When it happened (the transcript's time, in UTC).
    pub time: DateTime<Utc>,
    /// The local time exactly as the document writes it (`2018-05-03T09:12:45`), when it writes
    /// local time.
    pub local_time: Option<String>,
    /// The offset of `local_time` (`+02:00`).
    pub local_offset: Option<String>,
    /// Display name of the device that heard it.
    pub device_name: String,
    /// Its serial, when the export shows one.
    pub device_serial: Option<String>,
    /// Its type code, when the export shows one.
    pub device_type: Option<String>,
    /// Account of the record, when the export shows one.
    pub customer_id: Option<String>,
    /// First name of the speaker (the voice in the audio, the voice profile in JSON).
    pub speaker: Option<String>,
    /// The transcript as written in the export (placeholder text included); `None` when the
    /// export has no transcript for it.
    pub transcript: Option<String>,
    /// The assistant's answer, when the export has one.
    pub response: Option<String>,
    /// Language of what was said (`de`, `en`); `None` for the markup test line.
    pub language: Option<String>,
    /// True when `transcript` is a placeholder ("Audio war nicht für Alexa bestimmt").
    pub placeholder: bool,
    /// The recording, when the export holds one.
    pub audio: Option<MemberRef>,
    /// The UTC time the audio's file name states (may be a second before `time`).
    pub audio_time: Option<DateTime<Utc>>,
    /// Length of the recording in seconds.
    pub audio_seconds: Option<f64>,
    /// Where the transcript is written, when it is.
    pub transcript_location: Option<TranscriptLocation>,
    /// Amazon utterance id, when the export shows one.
    pub utterance_id: Option<String>,
}

/// One archive member.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TruthMember {
    /// Where it is.
    #[serde(flatten)]
    pub member: MemberRef,
    /// Uncompressed size.
    pub bytes: u64,
    /// What the generator meant it to be, in the audit report's `MemberKind` words:
    /// `audio`, `transcript`, `records`, `device_list`, `document`, `archive`, `other` (folders).
    pub kind: String,
}

/// Totals over the truth.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Counts {
    /// Voice records.
    pub records: usize,
    /// The requester's voice records.
    pub requester_records: usize,
    /// The stranger's voice records.
    pub stranger_records: usize,
    /// Audio files.
    pub audio_files: usize,
    /// Transcript entries: PDF data rows, or JSON voice-history records.
    pub transcript_entries: usize,
    /// Records with both a recording and a transcript entry.
    pub joined: usize,
    /// Records with a recording and no transcript entry.
    pub audio_only: usize,
    /// Records with a transcript entry and no recording.
    pub transcript_only: usize,
    /// Records whose transcript is a placeholder.
    pub placeholders: usize,
    /// PDF pages of the transcript, or JSON voice-history pages.
    pub transcript_pages: usize,
    /// Devices.
    pub devices: usize,
    /// Archive members, nested ones and folders included.
    pub members: usize,
}

impl Counts {
    /// Counts records and members; `transcript_pages` is the caller's to fill in.
    pub(crate) fn tally(records: &[TruthRecord], devices: usize, members: usize) -> Counts {
        let with = |f: &dyn Fn(&TruthRecord) -> bool| records.iter().filter(|r| f(r)).count();
        Counts {
            records: records.len(),
            requester_records: with(&|r| r.household == Household::Requester),
            stranger_records: with(&|r| r.household == Household::Stranger),
            audio_files: with(&|r| r.audio.is_some()),
            transcript_entries: with(&|r| r.transcript_location.is_some()),
            joined: with(&|r| r.audio.is_some() && r.transcript_location.is_some()),
            audio_only: with(&|r| r.audio.is_some() && r.transcript_location.is_none()),
            transcript_only: with(&|r| r.audio.is_none() && r.transcript_location.is_some()),
            placeholders: with(&|r| r.placeholder),
            transcript_pages: 0,
            devices,
            members,
        }
    }
}

impl Truth {
    /// Reads a truth file's JSON.
    pub fn from_json(bytes: &[u8]) -> Result<Truth, serde_json::Error> {
        serde_json::from_slice(bytes)
    }
}
