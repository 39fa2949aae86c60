//! The audit report and its parts, field for field as `auskunft.audit/1` specifies.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Locator, Message};

/// The schema name written into every report.
pub const SCHEMA: &str = "auskunft.audit/1";

/// The whole result of auditing one export.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The program that wrote the report.
    pub tool: Tool,
    /// A stable id of the export: SHA-256 over the sorted SHA-256s of its inputs.
    pub export_id: String,
    /// One entry per archive file given, in the order they were read.
    pub inputs: Vec<Input>,
    /// Every entry of every archive, nested ones included, each exactly once.
    pub members: Vec<Member>,
    /// Devices found in the export.
    pub devices: Vec<Device>,
    /// Voice interactions found in the export.
    pub records: Vec<Record>,
    /// Export-wide remarks (missing Takeout parts, limits reached, ...).
    pub notes: Vec<Note>,
    /// What the export itself says about whose account it was made for (household, profile
    /// and account files), whatever the records say.
    #[serde(default)]
    pub accounts: Vec<AccountHolder>,
    /// Counts and the verdict sentence.
    pub summary: Summary,
}

/// Name and version of the program that wrote a report.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Tool {
    /// `auskunft`.
    pub name: String,
    /// The crate version.
    pub version: String,
}

/// One archive file given by the user.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Input {
    /// The path as the user gave it.
    pub path: String,
    /// Size of the file on disk.
    #[ts(type = "number")]
    pub bytes: u64,
    /// SHA-256 of the whole file; `null` only when it could not be read.
    pub sha256: Option<String>,
    /// What kind of file it turned out to be.
    pub status: InputStatus,
    /// A sentence for people when `status` is not `ok`, or when something else is worth saying.
    pub message: Option<String>,
    /// `message` as a catalogue message, for the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub message_words: Option<Message>,
    /// For truncated archives: where the file ends and what could be recovered.
    pub truncation: Option<Truncation>,
}

/// How an input file could be read.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum InputStatus {
    /// A readable archive.
    Ok,
    /// An archive that was cut off (an interrupted download); members before the cut recovered.
    Truncated,
    /// Not a ZIP, TAR or gzip file.
    NotAnArchive,
    /// A file of zero bytes.
    Empty,
    /// The file could not be opened or nothing in it could be read.
    Unreadable,
}

/// What is known about a cut-off archive.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Truncation {
    /// The file's length: where the data stops.
    #[ts(type = "number")]
    pub at_byte: u64,
    /// Members read completely before the cut.
    pub members_recovered: usize,
    /// The member being read when the file ended, if any.
    pub incomplete_member: Option<String>,
    /// Bytes of the incomplete member's compressed data that are missing, when its header said.
    #[ts(type = "number | null")]
    pub missing_bytes_of_incomplete_member: Option<u64>,
}

/// One entry of an archive.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Member {
    /// Index into [`Report::inputs`] of the archive file it came from.
    pub input: usize,
    /// The path as shown to people: decoded, `\` turned into `/`, control characters escaped.
    pub path: String,
    /// For members of nested archives: the path of the archive member that holds them.
    pub container: Option<String>,
    /// For members of nested archives: the index in [`Report::members`] of the archive holding them.
    pub parent: Option<usize>,
    /// The name exactly as stored, when it differs from `path` (escaped for display).
    pub original_name: Option<String>,
    /// Uncompressed size: bytes read, or the size the archive declares when unread.
    #[ts(type = "number")]
    pub bytes: u64,
    /// SHA-256 of the member's bytes; `null` only when the bytes could not be read.
    pub sha256: Option<String>,
    /// What the content is, by its first bytes.
    pub kind: MemberKind,
    /// The format module that claimed it, or `null`.
    pub format: Option<String>,
    /// Whether it was read.
    pub status: MemberStatus,
    /// Why it was skipped or failed.
    pub reason: Option<String>,
    /// `reason` as a catalogue message, for the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reason_words: Option<Message>,
    /// Problems with parts of it (a bad row) that did not stop it being read.
    #[serde(default)]
    pub warnings: Vec<String>,
    /// `warnings` as catalogue messages, one for one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<Message>>")]
    pub warnings_words: Vec<Message>,
    /// For a recording with the same bytes as an earlier member (the same WAV downloaded
    /// twice): the index in [`Report::members`] of the first one. It is counted once: no
    /// record of its own, and whatever names it joins the first. Absent from the JSON when
    /// `None`, so reports without copies read as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<usize>,
}

/// What a member holds.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
    /// Recorded sound (WAV, MP3, OGG, FLAC, M4A).
    Audio,
    /// A list of utterances (PDF, CSV, ... claimed by a format module).
    Transcript,
    /// Structured activity records (JSON pages, CSV).
    Records,
    /// A list of devices.
    DeviceList,
    /// A document people read (PDF, HTML, text, CSV, JSON not claimed by a module).
    Document,
    /// An archive inside the archive.
    Archive,
    /// Anything else, folders included.
    Other,
}

/// The one status every member gets.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// Read completely and understood.
    Parsed,
    /// Deliberately not read or not imported; `reason` says why.
    Skipped,
    /// Reading failed; `reason` says why.
    Failed,
}

/// A device found in the export.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default, TS)]
#[ts(export)]
pub struct Device {
    /// `d1`, `d2`, ... in order of discovery.
    pub id: String,
    /// The display name the owner gave it.
    pub name: Option<String>,
    /// The vendor's device-type code.
    #[serde(rename = "type")]
    pub device_type: Option<String>,
    /// The model, from the type code.
    pub model: Option<String>,
    /// Serial number, DSN or device id.
    pub serial: Option<String>,
    /// The account it is registered to.
    pub account: Option<String>,
    /// When it was first registered to that account, when a device list says.
    #[serde(default, with = "crate::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub registered: Option<DateTime<Utc>>,
    /// The device-list entry that names it, when the export has a device list naming it.
    #[serde(default)]
    pub listed: Option<SourceRef>,
    /// How many records came from it.
    pub records: usize,
    /// Time of its first record.
    #[serde(with = "crate::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub first: Option<DateTime<Utc>>,
    /// Time of its last record.
    #[serde(with = "crate::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub last: Option<DateTime<Utc>>,
    /// What the user said about the whole device ("not mine" on the overview's question),
    /// kept per export; it decides the fit of every record of the device that has no mark of
    /// its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<Mark>,
    /// Whether it is the user's.
    pub fit: Fit,
    /// Sentences explaining `fit`.
    pub reasons: Vec<String>,
    /// `reasons` as catalogue messages, one for one.
    #[serde(default)]
    pub reasons_words: Vec<Message>,
}

/// A file of the export that names the account holder: the account the export was made for.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct AccountHolder {
    /// Whose service (`amazon`, `google`, ...).
    pub vendor: String,
    /// The customer / account id.
    pub account: String,
    /// What kind of file says so: `household`, `profile`, `device_list`.
    pub evidence: String,
    /// Where it says so.
    pub source: SourceRef,
}

/// Whether the user has said what they own (`summary.inventory`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, Default, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum InventoryState {
    /// Not said yet: no inventory, an empty one, or one that lists no device and does not say
    /// `owns_voice_devices = false`. Only the export's own evidence judges.
    #[default]
    None,
    /// The inventory says which devices the user owns, or that they own none.
    Declared,
}

/// The one question whose answer would change the verdict (`summary.question`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Question {
    /// `devices` ("are any of these devices yours?") or `voice_device` ("do you use a voice
    /// assistant?", when the records name no device).
    pub code: String,
    /// The question in English.
    pub en: String,
    /// The question in German.
    pub de: String,
    /// The question as a catalogue message, for the reader's language.
    #[serde(default)]
    pub words: Message,
    /// The devices ([`Device::id`]) the question is about, in the order to show them.
    pub devices: Vec<String>,
}

/// The account an export was made for, as the export itself shows it (`summary.made_for`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct MadeFor {
    /// Whose service.
    pub vendor: String,
    /// The account id.
    pub account: String,
    /// The member paths that say so.
    pub evidence: Vec<String>,
}

/// Whether something belongs to the user.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, Default, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// Evidence says it is the user's.
    Mine,
    /// Evidence says it is someone else's.
    Foreign,
    /// Not enough evidence either way.
    #[default]
    Unknown,
}

/// What the user said about one record ("mine" / "not mine" in the player).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// The user says it is theirs.
    Mine,
    /// The user says it is not theirs.
    NotMine,
}

/// One voice interaction.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default, TS)]
#[ts(export)]
pub struct Record {
    /// `r1`, `r2`, ...
    pub id: String,
    /// When it happened, in UTC.
    #[serde(with = "crate::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub time: Option<DateTime<Utc>>,
    /// The zone the source stated the time in (`+02:00`, `CEST`, `UTC`), when it stated one.
    pub zone: Option<String>,
    /// [`Device::id`] of the device that heard it.
    pub device: Option<String>,
    /// The account it was recorded under.
    pub account: Option<String>,
    /// Whose service recorded it (`amazon`, `google`, `meta`), when the format tells; the
    /// audit compares `account` only with declared accounts of this vendor.
    #[serde(default)]
    pub vendor: Option<String>,
    /// Whom the export attributes the words to: a voice profile (Amazon `personsInfo`), a
    /// message's sender (Meta).
    #[serde(default)]
    pub speakers: Vec<String>,
    /// `Some(false)` when the export says the voice was not recognised as the account
    /// holder's (Google "From unrecognized speaker"); `Some(true)` when it says it was.
    #[serde(default)]
    pub speaker_recognized: Option<bool>,
    /// Where the export says the device was.
    #[serde(default)]
    pub location: Option<Location>,
    /// Other remarks the export attaches ("Started by hotword"), verbatim.
    #[serde(default)]
    pub details: Vec<String>,
    /// What was said.
    pub transcript: Option<String>,
    /// What the assistant answered.
    pub response: Option<String>,
    /// Language of the transcript (`de`, `en`, ...).
    pub language: Option<String>,
    /// True when `transcript` is a placeholder ("Audio was not intended for Alexa").
    pub placeholder: bool,
    /// The recording, when the export holds one.
    pub audio: Option<AudioRef>,
    /// How the recording was found for this record, when it was joined to it.
    #[serde(default)]
    pub audio_match: Option<AudioMatch>,
    /// Where the record was read.
    pub source: SourceRef,
    /// What the user said about it, when they marked it; it decides the fit.
    #[serde(default)]
    pub mark: Option<Mark>,
    /// Whether it is the user's.
    pub fit: Fit,
    /// What speaks against it being the user's.
    pub flags: Vec<Flag>,
    /// What speaks for it being the user's: sentences naming what matches the inventory
    /// (`serial matches your device "Echo Dot"`).
    #[serde(default)]
    pub matches: Vec<String>,
    /// `matches` as catalogue messages, one for one.
    #[serde(default)]
    pub matches_words: Vec<Message>,
}

/// A point on Earth an export names.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Location {
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// What the export calls it, when it does.
    pub name: Option<String>,
}

/// Where a recording is.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct AudioRef {
    /// Index into [`Report::inputs`].
    pub input: usize,
    /// Member path.
    pub path: String,
    /// Length in seconds, when known.
    pub seconds: Option<f64>,
}

/// How a record and its recording were joined.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct AudioMatch {
    /// `name` (an id or file name names the recording) or `time` (nearest in time).
    pub by: String,
    /// For time joins: seconds between the line's time and the recording's.
    pub seconds_apart: Option<f64>,
    /// 1.0 for a join by name; for a time join it falls from 1.0 (same second) towards 0.25
    /// at the tolerance.
    pub confidence: f64,
}

/// Where a record was read from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default, TS)]
#[ts(export)]
pub struct SourceRef {
    /// Index into [`Report::inputs`].
    pub input: usize,
    /// Member path.
    pub path: String,
    /// Position inside the member: a JSON path, `row 17`, `page 3, row 12` (a [`Locator`]'s
    /// text, the same in every language: marks are kept under it).
    pub locator: String,
}

impl SourceRef {
    /// The position inside the member, to be said in the reader's language
    /// ([`Locator::words`]).
    pub fn at(&self) -> Locator {
        Locator::parse(&self.locator)
    }
}

/// One reason for a fit.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Flag {
    /// The rule that raised it.
    pub code: FlagCode,
    /// How much it weighs.
    pub severity: Severity,
    /// A sentence for people (English).
    pub message: String,
    /// `message` as a catalogue message, for the reader's language.
    #[serde(default)]
    pub message_words: Message,
}

impl Flag {
    /// A flag whose sentence is the catalogue message `words`.
    pub fn new(code: FlagCode, severity: Severity, words: Message) -> Flag {
        Flag {
            code,
            severity,
            message: words.en(),
            message_words: words,
        }
    }
}

/// The closed set of flag codes; each is documented in `docs/flags.md`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum FlagCode {
    /// Voice records while the inventory declares no voice-recording device.
    VoiceDataWithoutVoiceDevice,
    /// The record's account id is not one of the user's accounts.
    ForeignAccount,
    /// The record's device serial is not one of the user's devices.
    UnknownDevice,
    /// The record is dated outside the ownership window of the declared device it matches.
    OutsideOwnershipWindow,
    /// The record is dated before the export's device list says its device was registered.
    BeforeRegistration,
    /// The device's type or model is none the user declares.
    DeviceTypeNotOwned,
    /// The export says the voice was not recognised as the account holder's (Google).
    UnrecognizedSpeaker,
    /// The export attributes the words to a voice profile that is no person of the household.
    UnknownSpeaker,
    /// The export places the device farther from every declared place than its radius.
    FarLocation,
    /// A weather or travel question names a town far from every declared place.
    ContentFarPlace,
    /// The transcript calls or messages a person who is not in the household.
    ContentUnknownName,
    /// The transcript names an e-mail address or phone number not in the inventory.
    ContentContact,
    /// The record is from an hour of the day at which the user's own records never are.
    SecondRhythm,
    /// The record's language is none of the languages of the user's own records.
    LanguageMix,
    /// The user marked the record as not theirs.
    MarkedNotMine,
    /// The record is from another customer account than the one the export was made for.
    OtherAccount,
}

/// How much a flag weighs.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A weak cue.
    Low,
    /// A cue worth a look.
    Medium,
    /// Strong evidence.
    High,
}

/// An export-wide remark.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[ts(export)]
pub struct Note {
    /// A stable code: `missing_part`, `limit_reached`, `member_limit`, ...
    pub code: String,
    /// A sentence for people (English).
    pub message: String,
    /// `message` as a catalogue message, for the reader's language.
    #[serde(default)]
    pub message_words: Message,
}

impl Note {
    /// A note whose sentence is the catalogue message `words`.
    pub fn new(code: impl Into<String>, words: Message) -> Note {
        Note {
            code: code.into(),
            message: words.en(),
            message_words: words,
        }
    }
}

impl Member {
    /// Sets why the member was skipped or failed, from the catalogue.
    pub fn set_reason(&mut self, words: Message) {
        self.reason = Some(words.en());
        self.reason_words = Some(words);
    }

    /// Adds a warning about part of the member, from the catalogue.
    pub fn warn(&mut self, words: Message) {
        self.warnings.push(words.en());
        self.warnings_words.push(words);
    }

    /// Why it was skipped or failed, in `lang`; the English sentence when the report has no
    /// words for it (an older report).
    pub fn reason_in(&self, lang: crate::Lang) -> Option<String> {
        match (&self.reason_words, &self.reason) {
            (Some(words), _) => Some(words.render(lang)),
            (None, reason) => reason.clone(),
        }
    }

    /// Its warnings in `lang`; the English sentences when the report has no words for them
    /// (an older report, whose `warnings_words` is empty).
    pub fn warnings_in(&self, lang: crate::Lang) -> Vec<String> {
        if self.warnings_words.len() == self.warnings.len() {
            self.warnings_words.iter().map(|w| w.render(lang)).collect()
        } else {
            self.warnings.clone()
        }
    }
}

impl Input {
    /// Sets the sentence about the input, from the catalogue.
    pub fn set_message(&mut self, words: Message) {
        self.message = Some(words.en());
        self.message_words = Some(words);
    }
}

/// Counts and the verdict.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default, TS)]
#[ts(export)]
pub struct Summary {
    /// `len(members)`.
    pub members: usize,
    /// Members with status `parsed`.
    pub members_parsed: usize,
    /// Members with status `skipped`.
    pub members_skipped: usize,
    /// Members with status `failed`.
    pub members_failed: usize,
    /// `len(records)`.
    pub records: usize,
    /// Records marked `mine`.
    pub records_mine: usize,
    /// Records marked `foreign`.
    pub records_foreign: usize,
    /// Records marked `unknown`.
    pub records_unknown: usize,
    /// Records with a recording.
    pub records_with_audio: usize,
    /// Records with a (non-empty) transcript.
    pub records_with_transcript: usize,
    /// `len(devices)`.
    pub devices: usize,
    /// Devices marked `foreign`.
    pub devices_foreign: usize,
    /// Devices marked `mine`.
    #[serde(default)]
    pub devices_mine: usize,
    /// Voice data while the inventory declares no voice-recording device (the seed case).
    pub voice_data_without_voice_device: bool,
    /// Whether the user has said what they own.
    #[serde(default)]
    pub inventory: InventoryState,
    /// The question whose answer would change the verdict, when there is one.
    #[serde(default)]
    pub question: Option<Question>,
    /// The accounts the export was made for, one per vendor the export decides.
    #[serde(default)]
    pub made_for: Vec<MadeFor>,
    /// Foreign records from another customer account than the one the export was made for (a
    /// subset of `records_foreign`).
    #[serde(default)]
    pub records_other_account: usize,
    /// One sentence for people.
    pub verdict: String,
    /// The same sentence in German.
    pub verdict_de: String,
    /// The verdict as a catalogue message, for the reader's language.
    #[serde(default)]
    pub verdict_words: Message,
}

impl Summary {
    /// Counts members, records and devices; the verdict sentences are left for the caller.
    pub fn count(members: &[Member], records: &[Record], devices: &[Device]) -> Summary {
        let by_status = |s: MemberStatus| members.iter().filter(|m| m.status == s).count();
        let by_fit = |f: Fit| records.iter().filter(|r| r.fit == f).count();
        Summary {
            members: members.len(),
            members_parsed: by_status(MemberStatus::Parsed),
            members_skipped: by_status(MemberStatus::Skipped),
            members_failed: by_status(MemberStatus::Failed),
            records: records.len(),
            records_mine: by_fit(Fit::Mine),
            records_foreign: by_fit(Fit::Foreign),
            records_unknown: by_fit(Fit::Unknown),
            records_with_audio: records.iter().filter(|r| r.audio.is_some()).count(),
            records_with_transcript: records
                .iter()
                .filter(|r| {
                    !r.placeholder
                        && r.transcript
                            .as_deref()
                            .is_some_and(|t| !t.trim().is_empty())
                })
                .count(),
            devices: devices.len(),
            devices_foreign: devices.iter().filter(|d| d.fit == Fit::Foreign).count(),
            devices_mine: devices.iter().filter(|d| d.fit == Fit::Mine).count(),
            voice_data_without_voice_device: false,
            inventory: InventoryState::None,
            question: None,
            made_for: Vec::new(),
            // Foreign because of another account; a record the user marked as theirs is not.
            records_other_account: records
                .iter()
                .filter(|r| {
                    r.fit == Fit::Foreign
                        && r.flags.iter().any(|f| f.code == FlagCode::OtherAccount)
                })
                .count(),
            verdict: String::new(),
            verdict_de: String::new(),
            verdict_words: Message::default(),
        }
    }
}

impl Report {
    /// Checks the invariants the contract promises; returns one sentence per violation.
    ///
    /// Tests call this on every report they produce; the CLI never emits a report that fails it
    /// without saying so.
    pub fn invariant_violations(&self) -> Vec<String> {
        let mut out = Vec::new();
        let s = &self.summary;
        if s.members != self.members.len() {
            out.push(format!(
                "summary.members {} != {} members",
                s.members,
                self.members.len()
            ));
        }
        if s.members_parsed + s.members_skipped + s.members_failed != s.members {
            out.push("parsed + skipped + failed != members".into());
        }
        for (i, m) in self.members.iter().enumerate() {
            if m.input >= self.inputs.len() {
                out.push(format!(
                    "member {i} points at input {} that does not exist",
                    m.input
                ));
            }
            if let Some(p) = m.parent {
                if p >= i || self.members[p].kind != MemberKind::Archive {
                    out.push(format!(
                        "member {i} has parent {p} that is not an earlier archive member"
                    ));
                }
            }
            if let Some(d) = m.duplicate_of {
                if d >= i || m.sha256.is_none() || self.members[d].sha256 != m.sha256 {
                    out.push(format!(
                        "member {i} is a duplicate of {d}, not of an earlier member with the same bytes"
                    ));
                }
            }
            if m.status != MemberStatus::Parsed && m.reason.is_none() {
                out.push(format!(
                    "member {i} ({}) is {:?} without a reason",
                    m.path, m.status
                ));
            }
        }
        let device_ids: std::collections::HashSet<&str> =
            self.devices.iter().map(|d| d.id.as_str()).collect();
        for r in &self.records {
            if let Some(d) = &r.device {
                if !device_ids.contains(d.as_str()) {
                    out.push(format!(
                        "record {} points at device {d} that does not exist",
                        r.id
                    ));
                }
            }
            if r.audio
                .as_ref()
                .is_some_and(|a| a.input >= self.inputs.len())
                || r.source.input >= self.inputs.len()
            {
                out.push(format!(
                    "record {} points at an input that does not exist",
                    r.id
                ));
            }
            if r.fit == Fit::Foreign && r.flags.is_empty() {
                out.push(format!("record {} is foreign without a flag", r.id));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_account_records_count_only_while_foreign() {
        let flagged = |fit| Record {
            fit,
            flags: vec![Flag::new(
                FlagCode::OtherAccount,
                Severity::High,
                Message::new("flag-other-account"),
            )],
            ..Record::default()
        };
        // The user marked one of them as theirs: it is no longer counted as another account's.
        let records = [flagged(Fit::Foreign), flagged(Fit::Mine), Record::default()];
        let s = Summary::count(&[], &records, &[]);
        assert_eq!((s.records_foreign, s.records_other_account), (1, 1));
    }
}
