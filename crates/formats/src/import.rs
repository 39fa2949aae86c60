//! The import context: what format modules push, and the joins done once the walk is over.

use std::collections::HashMap;

use auskunft_model::{
    AudioMatch, AudioRef, Collector, Device, ExportSink, MemberRef, Note, Record, SourceRef,
};
use chrono::{DateTime, NaiveDateTime, Utc};

use crate::join::{infer_offset, match_nearest, TOLERANCE_SECONDS};

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
    used: bool,
}

/// Collects what format modules find in one export and joins it when the walk is over.
#[derive(Debug, Default)]
pub struct Import {
    sink: Collector,
    offers: Vec<AudioOffer>,
    by_key: HashMap<String, usize>,
    wants: Vec<(usize, String)>,
    lines: Vec<crate::TranscriptLine>,
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

    /// Records this import will give, as far as it can tell before the joins: records added
    /// plus recordings offered, less the records waiting for one of those recordings. Exact when
    /// every waiting record finds its recording; transcript lines are not counted (they join
    /// records).
    pub fn records_so_far(&self) -> usize {
        (self.sink.records.len() + self.offers.len()).saturating_sub(self.wants.len())
    }

    /// Adds a record.
    pub fn record(&mut self, record: Record) {
        self.sink.record(record);
    }

    /// Adds a record whose recording is offered elsewhere under `audio_key`.
    pub fn record_wanting_audio(&mut self, record: Record, key: String) {
        self.wants.push((self.sink.records.len(), key));
        self.sink.record(record);
    }

    /// Offers a recording under one or more keys (see [`audio_key`]). A recording no record
    /// asks for becomes a record of its own when the walk is over, so none is lost.
    pub fn audio(&mut self, audio: AudioRef, time: Option<DateTime<Utc>>, keys: &[String]) {
        let index = self.offers.len();
        for key in keys {
            self.by_key.entry(key.clone()).or_insert(index);
        }
        self.offers.push(AudioOffer {
            audio,
            time,
            used: false,
        });
    }

    /// Adds a line of a transcript table. Lines become records when the walk is over, joined
    /// by time to recordings that no record claimed by key (see [`crate::join`]).
    pub fn transcript_line(&mut self, line: crate::TranscriptLine) {
        self.lines.push(line);
    }

    /// Notes a problem with one member that did not stop its import.
    pub fn warn(&mut self, member: &MemberRef, message: String) {
        self.sink.warning(member, message);
    }

    /// Joins records to recordings by key, turns transcript lines into records joined to the
    /// remaining recordings by time, and turns recordings nobody claimed into records of their
    /// own: nothing found is dropped.
    pub fn finish(mut self) -> Finished {
        for (record, key) in std::mem::take(&mut self.wants) {
            if let Some(&offer) = self.by_key.get(&key) {
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
        }
        let mut notes = Vec::new();
        if !self.lines.is_empty() {
            notes.extend(self.join_lines());
        }
        for offer in std::mem::take(&mut self.offers)
            .into_iter()
            .filter(|o| !o.used)
        {
            let source = SourceRef {
                input: offer.audio.input,
                path: offer.audio.path.clone(),
                locator: "the recording itself".into(),
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
        }
    }

    /// Turns transcript lines into records, joined by time to recordings not claimed by name.
    fn join_lines(&mut self) -> Vec<Note> {
        let lines = std::mem::take(&mut self.lines);
        let free: Vec<usize> = (0..self.offers.len())
            .filter(|&i| !self.offers[i].used && self.offers[i].time.is_some())
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
                    Some(format!("{} (inferred)", zone(minutes))),
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
            notes.push(Note {
                code: "time_offset".into(),
                message: format!(
                    "The transcript gives times without a zone; shifted by {} they match the recordings' times: {joined} of {} lines joined to a recording within {TOLERANCE_SECONDS} s.",
                    zone(minutes),
                    lines.len()
                ),
            });
        } else if lines.iter().any(|l| l.offset.is_none()) {
            notes.push(Note {
                code: "time_offset_unknown".into(),
                message: "The transcript gives times without a zone and no recording's time matches them under any offset; their times are kept as written.".into(),
            });
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
    /// Warnings per member index.
    pub warnings: Vec<(usize, String)>,
    /// Export-wide remarks (the inferred time offset).
    pub notes: Vec<Note>,
}

/// `+02:00` for 120 minutes.
fn zone(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    format!("{sign}{:02}:{:02}", minutes.abs() / 60, minutes.abs() % 60)
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
mod tests {
    use super::*;

    #[test]
    fn audio_keys_ignore_how_ids_were_made_file_names() {
        let id = "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM";
        let file = "A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090LF1181720W3T_54_31__TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM.wav";
        assert_eq!(audio_key(id), audio_key(file));
        assert_eq!(audio_key(id), "stream:dfe4db2a55f04edc925562e913978656");
        assert_ne!(
            audio_key(id),
            audio_key("A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090LF1181720W3T_54_32.wav")
        );
        assert_eq!(
            audio_key("2018-05-03_07-12-45_UTC.wav"),
            "20180503071245utc"
        );
    }

    #[test]
    fn audio_keys_of_every_spelling_of_one_stream_agree() {
        let bare = "A32DOYMUN6DTXA:1.0/2019/07/07/16/G090U509902302GD/22:36::TNIH_2V.5b87bbd1-ee72-4242-815d-b96d3d143601LPM";
        let key = audio_key(bare);
        for other in [
            // Item suffixes, as in voiceHistoryRecordItems and description.firstUtteranceId.
            format!("{bare}/0"),
            format!("{bare}/1"),
            // firstStreamId of the same activity, with spaces around it.
            format!("  {bare} "),
            // A card's audio URL.
            format!("/api/utterance/audio/data?id={bare}/2"),
            // WAV names with `/`, `:` and `.` replaced, upper- or lower-case.
            format!("{}.wav", bare.replace(['/', ':'], "_")),
            format!("{}.wav", bare.replace(['/', ':', '.'], "_")),
            format!("{}.WAV", bare.replace(['/', ':', '.'], "-").to_lowercase()),
            format!(
                "Voice History/Audio/{}_0.wav",
                bare.replace(['/', ':'], "_")
            ),
        ] {
            assert_eq!(audio_key(&other), key, "{other}");
        }
        // Another stream of the same device and second is another recording.
        assert_ne!(
            audio_key("A32DOYMUN6DTXA:1.0/2019/07/07/16/G090U509902302GD/22:36::TNIH_2V.5b87bbd1-ee72-4242-815d-b96d3d143602LPM"),
            key
        );
        // Names without a stream id keep the normalised key, extension dropped.
        assert_eq!(audio_key("1562516558403.wav"), "1562516558403");
        assert_eq!(audio_key("Audio_Clip-12.MP3"), "audioclip12");
    }

    fn record(path: &str) -> Record {
        Record {
            id: String::new(),
            time: None,
            zone: None,
            device: None,
            account: None,
            transcript: Some("alexa stop".into()),
            response: None,
            language: None,
            placeholder: false,
            audio: None,
            audio_match: None,
            source: SourceRef {
                input: 0,
                path: path.into(),
                locator: "$[0]".into(),
            },
            ..Record::default()
        }
    }

    #[test]
    fn transcript_lines_join_recordings_by_time_under_the_inferred_offset() {
        use chrono::NaiveDate;
        let local = |h, m, sec| {
            NaiveDate::from_ymd_opt(2018, 5, 3)
                .and_then(|d| d.and_hms_opt(h, m, sec))
                .expect("valid")
        };
        let mut import = Import::new();
        // Recordings named in UTC; the document says CEST (+02:00) without saying so.
        for (i, (h, m, sec)) in [(7, 12, 44), (7, 12, 55), (9, 0, 0), (15, 30, 0)]
            .into_iter()
            .enumerate()
        {
            let t = local(h, m, sec).and_utc();
            let audio = AudioRef {
                input: 0,
                path: format!("Audio/{i}.wav"),
                seconds: Some(2.0),
            };
            import.audio(audio, Some(t), &[audio_key(&format!("{i}.wav"))]);
        }
        let line = |h, m, sec, device: &str, text: &str, row| crate::TranscriptLine {
            written: local(h, m, sec),
            offset: None,
            device: Some(device.into()),
            text: text.into(),
            response: None,
            source: SourceRef {
                input: 0,
                path: "Alexa/Sprachverlauf.pdf".into(),
                locator: format!("page 1, row {row}"),
            },
        };
        // Shuffled, as the 2018 PDF was; two requests 11 s apart on one device.
        import.transcript_line(line(11, 0, 0, "Echo Bad", "alexa stopp", 1));
        import.transcript_line(line(9, 12, 55, "Echo Küche", "und morgen", 2));
        import.transcript_line(line(
            9,
            12,
            45,
            "Echo Küche",
            "wie wird das wetter in regensburg",
            3,
        ));
        import.transcript_line(line(20, 0, 0, "Echo Bad", "Text nicht verfügbar", 4));
        let Finished {
            devices,
            records,
            notes,
            ..
        } = import.finish();
        assert_eq!(
            records.len(),
            5,
            "4 lines and the recording no line matched"
        );
        let by_row = |row: &str| {
            records
                .iter()
                .find(|r| r.source.locator.ends_with(row))
                .expect("record")
        };
        assert_eq!(
            by_row("row 3").audio.as_ref().map(|a| a.path.as_str()),
            Some("Audio/0.wav")
        );
        assert_eq!(
            by_row("row 3")
                .audio_match
                .as_ref()
                .map(|m| m.seconds_apart),
            Some(Some(1.0))
        );
        assert_eq!(
            by_row("row 2").audio.as_ref().map(|a| a.path.as_str()),
            Some("Audio/1.wav")
        );
        assert_eq!(
            by_row("row 1").audio.as_ref().map(|a| a.path.as_str()),
            Some("Audio/2.wav")
        );
        assert_eq!(
            by_row("row 3").time,
            DateTime::from_timestamp(local(7, 12, 45).and_utc().timestamp(), 0)
        );
        assert_eq!(by_row("row 3").zone.as_deref(), Some("+02:00 (inferred)"));
        assert!(by_row("row 4").audio.is_none() && by_row("row 4").placeholder);
        assert_eq!(
            records
                .iter()
                .filter(|r| r.source.locator == "the recording itself")
                .count(),
            1
        );
        assert_eq!(
            devices
                .iter()
                .map(|d| (d.name.as_deref().unwrap_or(""), d.records))
                .collect::<Vec<_>>(),
            [("Echo Bad", 2), ("Echo Küche", 2)]
        );
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].message.contains("shifted by +02:00")
                && notes[0].message.contains("3 of 4 lines"),
            "{}",
            notes[0].message
        );
    }

    #[test]
    fn devices_are_tallied_from_their_records() {
        let mut import = Import::new();
        let id = import.device(Device {
            id: String::new(),
            name: Some("Echo Dot".into()),
            device_type: None,
            model: None,
            serial: Some("G090".into()),
            ..Device::default()
        });
        for secs in [30, 10, 20] {
            let time = DateTime::from_timestamp(1_525_000_000 + secs, 0);
            import.record(Record {
                device: Some(id.clone()),
                time,
                ..record("page.json")
            });
        }
        import.record(record("page.json"));
        let Finished {
            devices,
            records: _,
            warnings: _,
            ..
        } = import.finish();
        assert_eq!(devices[0].records, 3);
        assert_eq!(devices[0].first, DateTime::from_timestamp(1_525_000_010, 0));
        assert_eq!(devices[0].last, DateTime::from_timestamp(1_525_000_030, 0));
    }

    #[test]
    fn joins_by_key_and_keeps_unclaimed_audio_as_records() {
        let mut import = Import::new();
        let a = AudioRef {
            input: 0,
            path: "Audio/x_1.wav".into(),
            seconds: Some(1.5),
        };
        let b = AudioRef {
            input: 1,
            path: "Audio/other.wav".into(),
            seconds: None,
        };
        import.audio(a.clone(), None, &[audio_key("x_1.wav")]);
        import.audio(b.clone(), None, &[audio_key("other.wav")]);
        import.record_wanting_audio(record("page.json"), audio_key("x:1"));
        import.record_wanting_audio(record("page.json"), audio_key("missing"));
        let Finished {
            devices: _,
            records,
            warnings: _,
            ..
        } = import.finish();
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].audio.as_ref(), Some(&a));
        assert_eq!(records[1].audio, None);
        assert_eq!(records[2].audio.as_ref(), Some(&b));
        assert_eq!(records[2].source.path, "Audio/other.wav");
        assert_eq!(
            records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["r1", "r2", "r3"]
        );
    }
}
