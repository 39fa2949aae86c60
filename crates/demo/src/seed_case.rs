//! Scenario `seed-case`: the 2018 export that started the project, re-enacted with invented people.
//!
//! A requester in Bielefeld who owns no voice device asks Amazon for his data and gets one ZIP:
//! about 50 files of his own (see `own_data.rs`), plus a stranger's Alexa household in Regensburg
//! (four devices, two adult voices, all of May 2018):
//!
//! - `Alexa/Sprachaufnahmen/*.wav`, named by the UTC start of the recording in two patterns,
//!   `2018-05-03_07-12-45_UTC.wav` and `20180503T071245Z-17.wav`; a sixth of them start one
//!   second before the transcript's time;
//! - `Alexa/Sprachverlauf.pdf`, one row per recognised utterance: date and time in *local*
//!   German time (CEST, UTC+2, no zone written), device name, text; rows shuffled, header repeated
//!   on every page. So file names and PDF disagree by exactly two hours, and an importer has to
//!   infer that offset to join them.
//!
//! About 3% of recordings have no PDF row, 2% of rows have no recording, about 1% of rows are
//! placeholders ("Text nicht verfügbar", "Audio war nicht für Alexa bestimmt"), one row is the
//! markup test line, and some requests follow a previous one on the same device within seconds
//! (hard cases for a time join). The WAVs are stored uncompressed, as one would zip audio.

use std::collections::BTreeSet;
use std::io::{self, Write};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::inventory::Inventory;
use crate::own_data::{self, Profile};
use crate::pdf::{self, Table};
use crate::rng::Rng;
use crate::text::{self, Cues, PHONE, SPEAKER, TV};
use crate::truth::{
    Counts, Household, MemberRef, Party, Place, TranscriptLocation, Truth, TruthDevice,
    TruthMember, TruthRecord, TRUTH_SCHEMA,
};
use crate::wav::{self, Voice};
use crate::zipw::{Method, ZipWriter};
use crate::{Generated, Scenario, MAX_AUDIO_FILES};

/// The offset of the PDF's local times: CEST.
const OFFSET_HOURS: i64 = 2;
const PDF_PATH: &str = "Alexa/Sprachverlauf.pdf";
const WAV_DIR: &str = "Alexa/Sprachaufnahmen/";

/// A device of the stranger's household.
struct DeviceSpec {
    name: &'static str,
    model: &'static str,
    kind: &'static str,
    mask: u8,
    weight: u32,
    /// Relative activity per local hour 0..24.
    hours: [u32; 24],
    noise: f64,
}

#[rustfmt::skip]
const DEVICES: [DeviceSpec; 4] = [
    DeviceSpec { name: "Echo Küche", model: "Echo (2. Generation)", kind: "speaker", mask: SPEAKER, weight: 38, noise: 0.004,
        hours: [1, 0, 0, 0, 0, 2, 10, 12, 8, 3, 3, 4, 8, 5, 2, 2, 3, 8, 12, 10, 6, 3, 2, 1] },
    DeviceSpec { name: "Echo Bad", model: "Echo Dot (2. Generation)", kind: "speaker", mask: SPEAKER, weight: 18, noise: 0.008,
        hours: [0, 0, 0, 0, 0, 3, 14, 14, 6, 2, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8, 6, 2] },
    DeviceSpec { name: "Fire TV Wohnzimmer", model: "Fire TV Stick (2. Generation)", kind: "tv", mask: TV, weight: 22, noise: 0.005,
        hours: [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 3, 4, 8, 12, 14, 12, 8, 4] },
    DeviceSpec { name: "Handy von Tobias", model: "Alexa App (Android)", kind: "phone", mask: PHONE, weight: 22, noise: 0.002,
        hours: [0, 0, 0, 0, 0, 1, 4, 9, 8, 3, 3, 3, 5, 3, 3, 4, 8, 9, 6, 3, 2, 2, 1, 0] },
];

/// The stranger's two adults: first name and fundamental frequency.
const PEOPLE: [(&str, f64); 2] = [("Tobias", 112.0), ("Sabine", 205.0)];

const CUES: Cues = Cues {
    towns: &[
        "Regensburg",
        "Kelheim",
        "Neutraubling",
        "Straubing",
        "Landshut",
    ],
    stops: &[
        "Arnulfsplatz",
        "Regensburg Hbf",
        "Dachauplatz",
        "Neutraubling Mitte",
    ],
    names: &["Tobias", "Sabine", "Lukas", "Oma Gerda"],
    artists: &[
        "Die Ärzte",
        "Queen",
        "Seeed",
        "Helene Fischer",
        "Ed Sheeran",
    ],
};

const REQUESTER: Profile<'static> = Profile {
    full_name: "Henrik Albers",
    street: "Am Kämpenhof 12",
    postcode: "33602",
    town: "Bielefeld",
    email: "henrik.albers@example.org",
    customer_id: "",
};

/// One invented voice record while it is being built.
struct Rec {
    utc: DateTime<Utc>,
    device: usize,
    speaker: usize,
    transcript: String,
    lang: Option<&'static str>,
    placeholder: bool,
    has_audio: bool,
    has_line: bool,
    /// Seconds the audio's file name is earlier than `utc` (0 or 1).
    audio_lead: i64,
    seconds: f64,
    /// Use the `20180503T071245Z-<n>.wav` pattern.
    compact_name: bool,
    audio_path: Option<String>,
    location: Option<pdf::Cell>,
}

/// Draws record times: May 2018 local time, per-device daily rhythm, some quick follow-ups;
/// any two records at least two seconds apart.
fn draw_times(rng: &mut Rng, n: usize) -> Vec<(DateTime<Utc>, usize, usize)> {
    let weights: Vec<u32> = DEVICES.iter().map(|d| d.weight).collect();
    let mut taken = BTreeSet::new();
    let mut out: Vec<(DateTime<Utc>, usize, usize)> = Vec::with_capacity(n);
    for _ in 0..n {
        let (mut t, device, speaker) = match out.last() {
            Some(&(prev, device, speaker)) if rng.chance(0.07) => {
                (prev + Duration::seconds(rng.range(4, 15)), device, speaker)
            }
            _ => {
                let device = rng.weighted(&weights);
                let hour = rng.weighted(&DEVICES[device].hours) as u32;
                let local = NaiveDate::from_ymd_opt(2018, 5, rng.range(1, 31) as u32)
                    .and_then(|d| {
                        d.and_hms_opt(hour, rng.range(0, 59) as u32, rng.range(0, 59) as u32)
                    })
                    .unwrap_or_default();
                let speaker = if DEVICES[device].kind == "phone" {
                    usize::from(rng.chance(0.1))
                } else {
                    rng.index(PEOPLE.len())
                };
                (
                    Utc.from_utc_datetime(&(local - Duration::hours(OFFSET_HOURS))),
                    device,
                    speaker,
                )
            }
        };
        while (-1..=1).any(|d| taken.contains(&(t.timestamp() + d))) {
            t += Duration::seconds(2);
        }
        taken.insert(t.timestamp());
        out.push((t, device, speaker));
    }
    out.sort_by_key(|r| r.0);
    out
}

fn local(utc: DateTime<Utc>) -> NaiveDateTime {
    utc.naive_utc() + Duration::hours(OFFSET_HOURS)
}

/// Builds the records, decides which have audio and a PDF row.
fn build(seed: u64, n: usize) -> Vec<Rec> {
    let mut rng = Rng::stream(seed, "seed-case/times", 0);
    let drawn = draw_times(&mut rng, n);
    let mut text_rng = Rng::stream(seed, "seed-case/text", 0);
    let mut recs: Vec<Rec> = drawn
        .into_iter()
        .map(|(utc, device, speaker)| {
            let u = text::utterance(&mut text_rng, &CUES, DEVICES[device].mask, 0.06, local(utc));
            let transcript = if text_rng.chance(0.25) {
                format!("alexa {}", u.text)
            } else {
                u.text
            };
            Rec {
                utc,
                device,
                speaker,
                transcript,
                lang: Some(u.lang),
                placeholder: false,
                has_audio: true,
                has_line: true,
                audio_lead: i64::from(text_rng.chance(1.0 / 6.0)),
                seconds: text_rng.uniform(1.5, 2.5),
                compact_name: text_rng.chance(0.35),
                audio_path: None,
                location: None,
            }
        })
        .collect();

    // Special rows, on distinct records: the markup line, placeholders, unmatched audio and rows.
    let mut roles = Rng::stream(seed, "seed-case/roles", 0);
    let mut order: Vec<usize> = (0..n).collect();
    roles.shuffle(&mut order);
    let placeholders = (n / 100).max(2);
    let audio_only = ((n * 3 + 50) / 100).max(1);
    let line_only = ((n * 2 + 50) / 100).max(1);
    let mut next = order.into_iter();
    if let Some(i) = next.next() {
        recs[i].transcript = text::MARKUP_TRANSCRIPT.to_string();
        recs[i].lang = None;
    }
    for i in next.by_ref().take(placeholders) {
        let which = roles.weighted(&[5, 4, 1]);
        recs[i].transcript = text::PLACEHOLDERS_DE[which].to_string();
        recs[i].placeholder = true;
    }
    for i in next.by_ref().take(audio_only) {
        recs[i].has_line = false;
    }
    for i in next.by_ref().take(line_only) {
        recs[i].has_audio = false;
    }
    // Cap the audio: the rest keep their row only.
    let with_audio: Vec<usize> = (0..n).filter(|&i| recs[i].has_audio).collect();
    if with_audio.len() > MAX_AUDIO_FILES {
        let keep: BTreeSet<usize> = roles
            .sample_indices(with_audio.len(), MAX_AUDIO_FILES)
            .into_iter()
            .map(|k| with_audio[k])
            .collect();
        for &i in &with_audio {
            if !keep.contains(&i) {
                recs[i].has_audio = false;
                recs[i].has_line = true;
            }
        }
    }
    let mut counter = 0;
    for r in recs.iter_mut().filter(|r| r.has_audio) {
        counter += 1;
        let t = r.utc - Duration::seconds(r.audio_lead);
        let name = if r.compact_name {
            format!("{}-{counter}.wav", t.format("%Y%m%dT%H%M%SZ"))
        } else {
            format!("{}.wav", t.format("%Y-%m-%d_%H-%M-%S_UTC"))
        };
        r.audio_path = Some(format!("{WAV_DIR}{name}"));
    }
    recs
}

/// The transcript PDF; fills in each record's page and row.
fn transcript_pdf(seed: u64, recs: &mut [Rec]) -> io::Result<(Vec<u8>, usize)> {
    let mut lines: Vec<usize> = (0..recs.len()).filter(|&i| recs[i].has_line).collect();
    Rng::stream(seed, "seed-case/pdf-order", 0).shuffle(&mut lines);
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|&i| {
            let t = local(recs[i].utc);
            vec![
                t.format("%d.%m.%Y").to_string(),
                t.format("%H:%M:%S").to_string(),
                DEVICES[recs[i].device].name.to_string(),
                recs[i].transcript.clone(),
            ]
        })
        .collect();
    let table = Table {
        title: "Alexa – Sprachverlauf (erkannte Äußerungen)",
        columns: &[
            ("Datum", 40.0),
            ("Uhrzeit", 98.0),
            ("Gerät", 150.0),
            ("Äußerung", 250.0),
        ],
        size: 9.0,
        leading: 13.0,
    };
    let (pages, cells) = table.pages(&rows);
    for (&i, cell) in lines.iter().zip(cells) {
        recs[i].location = Some(cell);
    }
    let page_count = pages.len();
    let doc = pdf::Document {
        title: "Alexa Sprachverlauf".into(),
        created: "20181012140302+02'00'".into(),
        pages,
    };
    Ok((pdf::render(&doc)?, page_count))
}

const README: &str = "Sehr geehrter Kunde,\r\n\r\n\
in diesem Archiv finden Sie die personenbezogenen Daten, die zu Ihrem Kundenkonto gespeichert \
sind. Jeder Ordner enthält einen Datensatz als CSV-Datei und meist eine Beschreibung (PDF).\r\n\
Alexa-Sprachaufnahmen liegen als WAV-Dateien im Ordner Alexa/Sprachaufnahmen, die erkannten \
Äußerungen in Alexa/Sprachverlauf.pdf.\r\n\r\n\
Erzeugt von auskunft-demo: alle Personen, Konten und Aufnahmen in diesem Archiv sind erfunden.\r\n";

/// Writes the seed-case archive to `out` and returns its truth and inventory.
pub(crate) fn write<W: Write>(out: W, seed: u64, n: usize, archive: &str) -> io::Result<Generated> {
    let customer_id = format!("A{}", Rng::stream(seed, "seed-case/ids", 0).upper_alnum(12));
    let profile = Profile {
        customer_id: &customer_id,
        ..REQUESTER
    };
    let mut recs = build(seed, n);
    let (pdf_bytes, pages) = transcript_pdf(seed, &mut recs)?;

    let modified = NaiveDate::from_ymd_opt(2018, 10, 12)
        .and_then(|d| d.and_hms_opt(14, 3, 10))
        .unwrap_or_default();
    let mut zip = ZipWriter::new(out, modified);
    zip.add_file("README.txt", README.as_bytes(), Method::Deflated(6))?;
    let mut own = own_data::files(seed, &profile)?;
    own.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, bytes) in &own {
        zip.add_parents(path)?;
        zip.add_file(path, bytes, Method::Deflated(6))?;
    }
    zip.add_parents(PDF_PATH)?;
    zip.add_file(PDF_PATH, &pdf_bytes, Method::Deflated(6))?;
    zip.add_dir(WAV_DIR)?;
    let mut audio: Vec<(&str, usize)> = recs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.audio_path.as_deref().map(|p| (p, i)))
        .collect();
    audio.sort();
    for (path, i) in audio {
        let r = &recs[i];
        let mut rng = Rng::stream(seed, "seed-case/wav", i as u64);
        let voice = Voice {
            f0: PEOPLE[r.speaker].1 * rng.uniform(0.95, 1.05),
            room_noise: DEVICES[r.device].noise,
        };
        zip.add_file(
            path,
            &wav::speech_wav(&mut rng, &voice, r.seconds),
            Method::Stored,
        )?;
    }
    let (_, entries) = zip.finish()?;

    let members: Vec<TruthMember> = entries
        .iter()
        .map(|e| {
            let kind = if e.name.ends_with('/') {
                "other"
            } else if e.name.ends_with(".wav") {
                "audio"
            } else if e.name == PDF_PATH {
                "transcript"
            } else {
                "document"
            };
            TruthMember {
                member: MemberRef {
                    container: None,
                    path: e.name.clone(),
                },
                bytes: e.size,
                kind: kind.into(),
            }
        })
        .collect();
    let records: Vec<TruthRecord> = recs
        .iter()
        .enumerate()
        .map(|(i, r)| TruthRecord {
            id: format!("t{}", i + 1),
            household: Household::Stranger,
            time: r.utc,
            local_time: Some(local(r.utc).format("%Y-%m-%dT%H:%M:%S").to_string()),
            local_offset: Some("+02:00".into()),
            device_name: DEVICES[r.device].name.into(),
            device_serial: None,
            device_type: None,
            customer_id: None,
            speaker: Some(PEOPLE[r.speaker].0.into()),
            transcript: r.has_line.then(|| r.transcript.clone()),
            response: None,
            language: r.lang.map(str::to_string),
            placeholder: r.placeholder,
            audio: r.audio_path.as_ref().map(|p| MemberRef {
                container: None,
                path: p.clone(),
            }),
            audio_time: r.has_audio.then(|| r.utc - Duration::seconds(r.audio_lead)),
            audio_seconds: r.has_audio.then_some(r.seconds),
            transcript_location: r.location.map(|c| TranscriptLocation {
                member: MemberRef {
                    container: None,
                    path: PDF_PATH.into(),
                },
                locator: format!("page {}, row {}", c.page, c.row),
                page: Some(c.page),
                row: Some(c.row),
                json_path: None,
            }),
            utterance_id: None,
        })
        .collect();
    let devices: Vec<TruthDevice> = DEVICES
        .iter()
        .enumerate()
        .map(|(d, spec)| TruthDevice {
            household: Household::Stranger,
            name: spec.name.into(),
            serial: None,
            device_type: None,
            model: spec.model.into(),
            family: None,
            kind: spec.kind.into(),
            customer_id: None,
            registered: None,
            records: recs.iter().filter(|r| r.device == d).count(),
        })
        .collect();
    let mut counts = Counts::tally(&records, devices.len(), members.len());
    counts.transcript_pages = pages;

    let inventory = Inventory {
        header: vec![
            format!(
                "Inventory of the requester in auskunft-demo scenario seed-case (seed {seed})."
            ),
            "Invented person. He owns no voice device: any recording in his export is foreign."
                .into(),
        ],
        devices: Vec::new(),
        account: (&customer_id, REQUESTER.email),
        people: Vec::new(),
        place: ("Bielefeld", 52.0302, 8.5325),
    }
    .render();
    let truth = Truth {
        schema: TRUTH_SCHEMA.into(),
        generator: concat!("auskunft-demo ", env!("CARGO_PKG_VERSION")).into(),
        scenario: Scenario::SeedCase,
        seed,
        archive: archive.into(),
        requester: Party {
            household: Household::Requester,
            customer_id: Some(customer_id.clone()),
            people: vec!["Henrik".into()],
            place: Place {
                name: "Bielefeld".into(),
                lat: 52.0302,
                lon: 8.5325,
            },
            towns: vec!["Bielefeld".into()],
        },
        stranger: Party {
            household: Household::Stranger,
            customer_id: None,
            people: PEOPLE.iter().map(|p| p.0.to_string()).collect(),
            place: Place {
                name: "Regensburg".into(),
                lat: 49.0134,
                lon: 12.1016,
            },
            towns: CUES.towns.iter().map(|t| t.to_string()).collect(),
        },
        transcript_offset_minutes: Some((OFFSET_HOURS * 60) as i32),
        devices,
        records,
        members,
        counts,
    };
    Ok(Generated { truth, inventory })
}
