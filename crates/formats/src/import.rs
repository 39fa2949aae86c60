//! The import context: what format modules push, and the joins done once the walk is over.

use std::collections::{BTreeMap, HashMap, HashSet};

use auskunft_model::{
    AccountHolder, AudioMatch, AudioRef, Collector, Device, ExportSink, Locator, MemberRef,
    Message, Note, Record, SourceRef,
};
use chrono::{DateTime, NaiveDateTime, Utc};

use crate::join::{infer_offset, match_nearest, TOLERANCE_SECONDS};
use crate::merge::{self, Identity};
use crate::zone::offset_text;

/// The key under which a recording is found.
///
/// When `name` holds an Amazon stream id (`TNIH_2V.<uuid>LPM`, see
/// [`crate::amazon::stream_id`]) — an utterance id with or without its item suffix `/<n>`, a
/// card's audio URL, a WAV named after either — the key is that stream id (`stream:<uuid>`), so
/// `…LPM/0` in a record finds `…LPM.wav` whatever separators the exporter chose. Otherwise it
/// is the name with the extension dropped, lower-cased, letters and digits only: exports
/// replace `/`, `:` and `.` with whatever the file system allows, and this key is the same
/// whichever they chose. The two kinds never collide (`:` is not a letter or digit).
pub fn audio_key(name: &str) -> String {
    if let Some(stream) = crate::amazon::stream_id(name) {
        return format!("stream:{stream}");
    }
    let stem = match name.rsplit_once('.') {
        Some((stem, ext))
            if (1..=4).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => name,
    };
    stem.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A recording offered for joining.
#[derive(Debug, Clone)]
struct AudioOffer {
    audio: AudioRef,
    time: Option<DateTime<Utc>>,
    /// The member it was read from, when the module said: members with the same bytes are one
    /// recording.
    member: Option<usize>,
    /// A record or line took it.
    used: bool,
    /// A record asks for one of its keys (counted in [`Import::records_so_far`]).
    claimed: bool,
    /// The offer with the same bytes that was offered first.
    copy_of: Option<usize>,
}

/// Collects what format modules find in one export and joins it when the walk is over.
///
/// Besides the joins it keeps one record per interaction: a record with the same vendor,
/// account, device and millisecond as one added before (the same page twice, overlapping
/// pages, a card in several responses) fills the first one's gaps instead of being added
/// (see `merge.rs` for when whole-second times merge).
#[derive(Debug, Default)]
pub struct Import {
    sink: Collector,
    offers: Vec<AudioOffer>,
    by_key: HashMap<String, usize>,
    /// Record index → the key it asks for its recording by.
    wants: BTreeMap<usize, String>,
    /// Every key asked for so far.
    wanted: HashSet<String>,
    /// Offers some record asks for.
    claimed: usize,
    identities: HashMap<Identity, usize>,
    lines: Vec<crate::TranscriptLine>,
    accounts: Vec<AccountHolder>,
}

impl Import {
    /// An empty context.
    pub fn new() -> Import {
        Import::default()
    }

    /// Adds or merges a device; returns its id.
    pub fn device(&mut self, device: Device) -> String {
        self.sink.device(device)
    }

    /// Records this import will give, as far as it can tell before the joins: records kept
    /// (repeats of an interaction merged) plus recordings offered, less the recordings some
    /// record asks for by key. Exact but for what only the end can tell: records that join a
    /// recording by time, recordings with the same bytes as another, and transcript lines (not
    /// counted: they join records).
    pub fn records_so_far(&self) -> usize {
        (self.sink.records.len() + self.offers.len()).saturating_sub(self.claimed)
    }

    /// Adds a record, or merges it into the record of the same interaction added before.
    pub fn record(&mut self, record: Record) {
        self.add(record, None);
    }

    /// Adds a record that names its recording (an utterance id, a file name) or none: the
    /// record asks for it under [`audio_key`] of the name.
    pub fn record_naming_audio(&mut self, record: Record, name: Option<&str>) {
        match name {
            Some(name) => self.record_wanting_audio(record, audio_key(name)),
            None => self.record(record),
        }
    }

    /// Adds a record whose recording is offered elsewhere under `audio_key` (or merges it, as
    /// [`Import::record`] does).
    pub fn record_wanting_audio(&mut self, record: Record, key: String) {
        self.add(record, Some(key));
    }

    fn add(&mut self, record: Record, key: Option<String>) {
        if let Some(identity) = merge::identity(&record) {
            match self.identities.get(&identity) {
                Some(&first)
                    if merge::same(
                        &self.sink.records[first],
                        self.wants.get(&first),
                        key.as_ref(),
                    ) =>
                {
                    merge::fill(&mut self.sink.records[first], record);
                    if let Some(key) = key.filter(|_| !self.wants.contains_key(&first)) {
                        self.want(first, key);
                    }
                    return;
                }
                // Another recording at the same instant: another interaction.
                Some(_) => {}
                None => {
                    self.identities.insert(identity, self.sink.records.len());
                }
            }
        }
        let index = self.sink.records.len();
        self.sink.record(record);
        if let Some(key) = key {
            self.want(index, key);
        }
    }

    fn want(&mut self, record: usize, key: String) {
        if self.wanted.insert(key.clone()) {
            if let Some(&offer) = self.by_key.get(&key) {
                self.claim(offer);
            }
        }
        self.wants.insert(record, key);
    }

    fn claim(&mut self, offer: usize) {
        if !self.offers[offer].claimed {
            self.offers[offer].claimed = true;
            self.claimed += 1;
        }
    }

    /// Offers a recording under one or more keys (see [`audio_key`]). A recording no record
    /// asks for becomes a record of its own when the walk is over, so none is lost.
    pub fn audio(&mut self, audio: AudioRef, time: Option<DateTime<Utc>>, keys: &[String]) {
        self.offer(None, audio, time, keys);
    }

    /// [`Import::audio`] for the recording that is member `member` of the export, so that
    /// [`Import::finish_with_hashes`] can tell copies of it apart from other recordings.
    pub fn member_audio(
        &mut self,
        member: usize,
        audio: AudioRef,
        time: Option<DateTime<Utc>>,
        keys: &[String],
    ) {
        self.offer(Some(member), audio, time, keys);
    }

    fn offer(
        &mut self,
        member: Option<usize>,
        audio: AudioRef,
        time: Option<DateTime<Utc>>,
        keys: &[String],
    ) {
        let index = self.offers.len();
        self.offers.push(AudioOffer {
            audio,
            time,
            member,
            used: false,
            claimed: false,
            copy_of: None,
        });
        for key in keys {
            self.by_key.entry(key.clone()).or_insert(index);
            if self.wanted.contains(key) && self.by_key.get(key) == Some(&index) {
                self.claim(index);
            }
        }
    }

    /// Adds a line of a transcript table. Lines become records when the walk is over, joined
    /// by time to recordings that no record claimed by key (see [`crate::join`]).
    pub fn transcript_line(&mut self, line: crate::TranscriptLine) {
        self.lines.push(line);
    }

    /// Notes what a file of the export says about the account it was made for.
    pub fn account_holder(&mut self, holder: AccountHolder) {
        self.accounts.push(holder);
    }

    /// Notes a problem with one member that did not stop its import: a catalogue message
    /// (`formats.ftl`), never a sentence.
    pub fn warn(&mut self, member: &MemberRef, message: Message) {
        self.sink.warning(member, message);
    }

    /// [`Import::finish_with_hashes`] without hashes: recordings are told apart by key only.
    pub fn finish(self) -> Finished {
        self.finish_with_hashes(&[])
    }

    /// Joins records to recordings by key, then records whose recording no key found to the
    /// remaining recordings by time; turns transcript lines into records joined to what is
    /// still left by time; and turns recordings nobody claimed into records of their own:
    /// nothing found is dropped.
    ///
    /// `sha256` holds the members' hashes by member index (what the archive walk reports); a
    /// recording offered with [`Import::member_audio`] whose member has the same hash as an
    /// earlier one is the same recording: it joins and counts as that one, and
    /// [`Finished::duplicates`] lists it.
    pub fn finish_with_hashes(mut self, sha256: &[Option<String>]) -> Finished {
        let duplicates = self.same_bytes(sha256);
        let mut unjoined = Vec::new();
        for (record, key) in std::mem::take(&mut self.wants) {
            let Some(&offer) = self.by_key.get(&key) else {
                unjoined.push(record);
                continue;
            };
            let offer = self.offers[offer].copy_of.unwrap_or(offer);
            let o = &mut self.offers[offer];
            o.used = true;
            let r = &mut self.sink.records[record];
            r.audio = Some(o.audio.clone());
            r.audio_match = Some(AudioMatch {
                by: "name".into(),
                seconds_apart: None,
                confidence: 1.0,
            });
        }
        self.join_records_by_time(&unjoined);
        let mut notes = Vec::new();
        if !self.lines.is_empty() {
            notes.extend(self.join_lines());
        }
        for offer in std::mem::take(&mut self.offers)
            .into_iter()
            .filter(|o| !o.used && o.copy_of.is_none())
        {
            let source = SourceRef {
                input: offer.audio.input,
                path: offer.audio.path.clone(),
                locator: Locator::Recording.to_string(),
            };
            self.sink.record(Record {
                id: String::new(),
                time: offer.time,
                zone: offer.time.map(|_| "UTC".into()),
                device: None,
                account: None,
                transcript: None,
                response: None,
                language: None,
                placeholder: false,
                audio: Some(offer.audio),
                audio_match: None,
                source,
                ..Record::default()
            });
        }
        tally_devices(&mut self.sink.devices, &self.sink.records);
        Finished {
            devices: self.sink.devices,
            records: self.sink.records,
            warnings: self.sink.warnings,
            notes,
            accounts: self.accounts,
            duplicates,
        }
    }

    /// Marks offers whose member has the same hash as an earlier offer's as copies of it;
    /// returns (copy's member, first member).
    fn same_bytes(&mut self, sha256: &[Option<String>]) -> Vec<(usize, usize)> {
        let mut first: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut copies = Vec::new();
        for (i, offer) in self.offers.iter_mut().enumerate() {
            let Some(member) = offer.member else {
                continue;
            };
            let Some(Some(hash)) = sha256.get(member) else {
                continue;
            };
            match first.get(hash.as_str()) {
                Some(&(offer_index, first_member)) => {
                    offer.copy_of = Some(offer_index);
                    copies.push((member, first_member));
                }
                None => {
                    first.insert(hash, (i, member));
                }
            }
        }
        copies
    }

    /// Joins records that asked for a recording by key and found none to the recordings no
    /// key claimed (older exports name recordings by time only), by time within
    /// [`TOLERANCE_SECONDS`], closest pairs first, one to one. A recording whose path names a
    /// device's serial (a folder or file named after it) goes only to a record of that device
    /// or of none; those are paired first, then the recordings that name no device.
    fn join_records_by_time(&mut self, records: &[usize]) {
        let free: Vec<usize> = (0..self.offers.len())
            .filter(|&i| {
                let o = &self.offers[i];
                !o.used && o.copy_of.is_none() && o.time.is_some()
            })
            .collect();
        let mut waiting: Vec<usize> = records
            .iter()
            .copied()
            .filter(|&r| self.sink.records[r].time.is_some())
            .collect();
        if free.is_empty() || waiting.is_empty() {
            return;
        }
        let mut groups: BTreeMap<Option<String>, Vec<usize>> = BTreeMap::new();
        for offer in free {
            let device = device_named_in(&self.sink.devices, &self.offers[offer].audio.path);
            groups.entry(device).or_default().push(offer);
        }
        let mut groups: Vec<(Option<String>, Vec<usize>)> = groups.into_iter().collect();
        groups.sort_by_key(|(device, _)| device.is_none());
        let millis = |t: Option<DateTime<Utc>>| t.map_or(0, |t| t.timestamp_millis());
        let tolerance = TOLERANCE_SECONDS * 1000;
        for (device, offers) in groups {
            let candidates: Vec<usize> = waiting
                .iter()
                .copied()
                .filter(|&r| {
                    let heard_on = self.sink.records[r].device.as_ref();
                    device.is_none() || heard_on.is_none() || heard_on == device.as_ref()
                })
                .collect();
            let record_ms: Vec<i64> = candidates
                .iter()
                .map(|&r| millis(self.sink.records[r].time))
                .collect();
            let audio_ms: Vec<i64> = offers
                .iter()
                .map(|&o| millis(self.offers[o].time))
                .collect();
            for (ri, ai, d) in match_nearest(&record_ms, &audio_ms, tolerance) {
                let offer = &mut self.offers[offers[ai]];
                offer.used = true;
                let r = &mut self.sink.records[candidates[ri]];
                r.audio = Some(offer.audio.clone());
                r.audio_match = Some(AudioMatch {
                    by: "time".into(),
                    seconds_apart: Some(d as f64 / 1000.0),
                    confidence: 1.0 - 0.75 * d as f64 / tolerance as f64,
                });
            }
            waiting.retain(|&r| self.sink.records[r].audio.is_none());
        }
    }

    /// Turns transcript lines into records, joined by time to recordings not claimed by name.
    fn join_lines(&mut self) -> Vec<Note> {
        let lines = std::mem::take(&mut self.lines);
        let free: Vec<usize> = (0..self.offers.len())
            .filter(|&i| {
                let o = &self.offers[i];
                !o.used && o.copy_of.is_none() && o.time.is_some()
            })
            .collect();
        let audio_times: Vec<DateTime<Utc>> =
            free.iter().filter_map(|&i| self.offers[i].time).collect();
        let unzoned: Vec<NaiveDateTime> = lines
            .iter()
            .filter(|l| l.offset.is_none())
            .map(|l| l.written)
            .collect();
        let inferred =
            infer_offset(&unzoned, &audio_times, TOLERANCE_SECONDS).filter(|&(_, hits)| hits > 0);
        let mut notes = Vec::new();
        // UTC seconds and the zone to keep, per line.
        let placed: Vec<(Option<i64>, Option<String>)> = lines
            .iter()
            .map(|l| match (l.offset, inferred) {
                (Some(o), _) => (
                    Some(l.written.and_utc().timestamp() - i64::from(o.local_minus_utc())),
                    Some(o.to_string()),
                ),
                (None, Some((minutes, _))) => (
                    Some(l.written.and_utc().timestamp() - i64::from(minutes) * 60),
                    Some(format!("{} (inferred)", offset_text(minutes))),
                ),
                (None, None) => (None, None),
            })
            .collect();
        let joinable: Vec<(usize, i64)> = placed
            .iter()
            .enumerate()
            .filter_map(|(i, (t, _))| t.map(|t| (i, t)))
            .collect();
        let line_secs: Vec<i64> = joinable.iter().map(|&(_, t)| t).collect();
        let audio_secs: Vec<i64> = audio_times.iter().map(DateTime::timestamp).collect();
        let mut matched: Vec<Option<(usize, i64)>> = vec![None; lines.len()];
        for (li, ai, d) in match_nearest(&line_secs, &audio_secs, TOLERANCE_SECONDS) {
            matched[joinable[li].0] = Some((free[ai], d));
        }
        let joined = matched.iter().filter(|m| m.is_some()).count();
        if let Some((minutes, _)) = inferred {
            notes.push(Note::new(
                "time_offset",
                Message::new("note-time-offset")
                    .arg("offset", offset_text(minutes))
                    .arg("joined", joined)
                    .arg("lines", lines.len())
                    .arg("seconds", TOLERANCE_SECONDS),
            ));
        } else if lines.iter().any(|l| l.offset.is_none()) {
            notes.push(Note::new(
                "time_offset_unknown",
                Message::new("note-time-offset-unknown"),
            ));
        }
        for ((line, (utc, zone)), m) in lines.into_iter().zip(placed).zip(matched) {
            let device = line
                .device
                .as_ref()
                .filter(|d| !d.trim().is_empty())
                .map(|name| {
                    self.sink.device(Device {
                        id: String::new(),
                        name: Some(name.trim().to_string()),
                        device_type: None,
                        model: None,
                        serial: None,
                        account: None,
                        ..Device::default()
                    })
                });
            let (audio, audio_match) = match m {
                Some((offer, d)) => {
                    self.offers[offer].used = true;
                    let confidence = 1.0 - 0.75 * d as f64 / TOLERANCE_SECONDS as f64;
                    (
                        Some(self.offers[offer].audio.clone()),
                        Some(AudioMatch {
                            by: "time".into(),
                            seconds_apart: Some(d as f64),
                            confidence,
                        }),
                    )
                }
                None => (None, None),
            };
            let placeholder = crate::amazon::is_placeholder(&line.text);
            self.sink.record(Record {
                id: String::new(),
                time: Some(
                    DateTime::from_timestamp(
                        utc.unwrap_or_else(|| line.written.and_utc().timestamp()),
                        0,
                    )
                    .unwrap_or_default(),
                ),
                zone: Some(zone.unwrap_or_else(|| "unknown: as written".into())),
                device,
                account: None,
                language: if placeholder {
                    None
                } else {
                    crate::amazon::language(&line.text)
                },
                transcript: Some(line.text),
                response: line.response,
                placeholder,
                audio,
                audio_match,
                source: line.source,
                ..Record::default()
            });
        }
        notes
    }
}

/// What an import found, after the joins.
#[derive(Debug, Default)]
pub struct Finished {
    /// Devices, tallied from their records.
    pub devices: Vec<Device>,
    /// Records, ids assigned.
    pub records: Vec<Record>,
    /// Warnings per member index, as catalogue messages.
    pub warnings: Vec<(usize, Message)>,
    /// Export-wide remarks (the inferred time offset).
    pub notes: Vec<Note>,
    /// What files of the export say about the account it was made for.
    pub accounts: Vec<AccountHolder>,
    /// Recordings read twice: (member, the first member with the same bytes). The copy made
    /// no record of its own; whatever named it joined the first.
    pub duplicates: Vec<(usize, usize)>,
}

/// The id of the device whose serial (8 characters or more) the path names, in any case.
fn device_named_in(devices: &[Device], path: &str) -> Option<String> {
    let path = path.to_uppercase();
    devices
        .iter()
        .find(|d| {
            d.serial
                .as_deref()
                .is_some_and(|s| s.len() >= 8 && path.contains(&s.to_uppercase()))
        })
        .map(|d| d.id.clone())
}

/// Sets each device's record count and first and last record time from the records.
fn tally_devices(devices: &mut [Device], records: &[Record]) {
    let index: HashMap<String, usize> = devices
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.clone(), i))
        .collect();
    for d in devices.iter_mut() {
        d.records = 0;
        d.first = None;
        d.last = None;
    }
    for r in records {
        let Some(&i) = r.device.as_ref().and_then(|id| index.get(id)) else {
            continue;
        };
        let d = &mut devices[i];
        d.records += 1;
        if let Some(t) = r.time {
            d.first = Some(d.first.map_or(t, |f| f.min(t)));
            d.last = Some(d.last.map_or(t, |l| l.max(t)));
        }
    }
}

#[cfg(test)]
mod tests;
