//! The import context: what format modules push, and the joins done once the walk is over.

use std::collections::HashMap;

use auskunft_model::{AudioRef, Collector, Device, ExportSink, Fit, MemberRef, Record, SourceRef};
use chrono::{DateTime, Utc};

/// The key under which a recording is found: its file name (or an id naming it) with the
/// extension dropped, lower-cased, letters and digits only. Exports replace `/`, `:` and `.` in
/// utterance ids with whatever the file system allows; this key is the same whichever they chose.
pub fn audio_key(name: &str) -> String {
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

    /// Notes a problem with one member that did not stop its import.
    pub fn warn(&mut self, member: &MemberRef, message: String) {
        self.sink.warning(member, message);
    }

    /// Joins records to recordings by key and turns unclaimed recordings into records of their
    /// own. Returns devices, records and per-member warnings.
    pub fn finish(mut self) -> (Vec<Device>, Vec<Record>, Vec<(usize, String)>) {
        for (record, key) in std::mem::take(&mut self.wants) {
            if let Some(&offer) = self.by_key.get(&key) {
                let o = &mut self.offers[offer];
                o.used = true;
                self.sink.records[record].audio = Some(o.audio.clone());
            }
        }
        for offer in self.offers.into_iter().filter(|o| !o.used) {
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
                source,
                fit: Fit::Unknown,
                flags: vec![],
            });
        }
        tally_devices(&mut self.sink.devices, &self.sink.records);
        (self.sink.devices, self.sink.records, self.sink.warnings)
    }
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
        assert_ne!(
            audio_key(id),
            audio_key("A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090LF1181720W3T_54_32.wav")
        );
        assert_eq!(
            audio_key("2018-05-03_07-12-45_UTC.wav"),
            "20180503071245utc"
        );
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
            source: SourceRef {
                input: 0,
                path: path.into(),
                locator: "$[0]".into(),
            },
            fit: Fit::Unknown,
            flags: vec![],
        }
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
            account: None,
            records: 0,
            first: None,
            last: None,
            fit: Fit::Unknown,
            reasons: vec![],
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
        let (devices, _, _) = import.finish();
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
        let (_, records, _) = import.finish();
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
