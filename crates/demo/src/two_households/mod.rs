//! Scenario `two-households`: today's Amazon export, with a stranger's voice history mixed in.
//!
//! `OUT.zip` holds a `README.txt` and two per-topic archives, nested as they would be if a user
//! collected Amazon's separate downloads into one folder and zipped it:
//!
//! - `Alexa.zip`: `Voice History/VoiceHistoryRecords-NNNN.json`, pages in the
//!   `{"customerHistoryRecords": [...], "encodedRequestToken": ...}` shape of the service behind
//!   "Review Voice History" (newest first), `Voice History/Audio/<utteranceId>.wav` for about
//!   45% of records (the id with `/` and `:` replaced by `_`), and two small topic CSVs. The
//!   voice-history file names inside `Alexa.zip` are not publicly documented; ours are invented.
//! - `Devices.Registration.zip`: `Devices.Registration/registration.csv` listing both homes'
//!   devices. Only `FirstTimeRegistered` and `AccountName` are known real columns; the others
//!   (`DeviceSerialNumber`, `DeviceType`, `DeviceFamily`, `CustomerId`) are invented and plausible.
//!
//! Two homes: the requester's in Munich (account A: an "Echo Dot" 3rd gen and the Alexa app on a
//! phone) and a stranger's in Leipzig (account B: *also* an "Echo Dot", an Echo Show, a Fire TV).
//! About two thirds of the records are the requester's. Names alone cannot separate the homes;
//! customer ids and serials can. From February 2021 utterance ids carry `DEVICE_UNSPECIFIED`
//! instead of the serial, as Amazon's do since about 2021; the record key keeps the serial.
//!
//! Variants ([`Shape`]) write the same homes and records the way other exports did:
//! `two-households-suffixed-ids` gives the items' utterance ids their item suffix (`…LPM/1`)
//! while the WAVs keep the bare id, and lets each page repeat the previous page's last two
//! records (overlapping pages); `two-households-time-named` writes the older `activities` shape
//! (`Voice History/Activities-NNNN.json`), names each WAV after the activity's
//! `creationTimestamp` (`<epoch ms>.wav`) and holds one WAV twice (`Voice History/Audio (1)/`).
//! In every variant one interaction is one truth record.
//!
//! Records span October 2020 to March 2021 (UTC epoch milliseconds, so no offset to infer).
//! Unlike the seed case, WAVs here are deflated (level 1), so importers exercise inflating audio.
//! `archives.rs` builds the two inner archives; this file invents the homes and their records
//! and writes the truth.

use std::collections::BTreeSet;
use std::io::{self, Write};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::inventory::{self, Inventory};
use crate::rng::Rng;
use crate::text::{self, Cues, PHONE, SPEAKER, TV};
use crate::truth::{
    Counts, Household, MemberRef, Party, Place, TranscriptLocation, Truth, TruthDevice,
    TruthMember, TruthRecord, TRUTH_SCHEMA,
};
use crate::zipw::{Entry, Method, ZipWriter};

mod archives;

use crate::{Generated, Scenario, MAX_AUDIO_FILES};
use archives::{alexa_zip, kind_of, registration_zip, README};

const ALEXA_ZIP: &str = "Alexa.zip";
const REGISTRATION_ZIP: &str = "Devices.Registration.zip";
const REGISTRATION_CSV: &str = "Devices.Registration/registration.csv";
const AUDIO_DIR: &str = "Voice History/Audio/";
/// Where the time-named variant puts its second copy of one recording.
const COPY_DIR: &str = "Voice History/Audio (1)/";

/// How the voice history is written; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `customerHistoryRecords` pages, WAVs named after the utterance id.
    Pages,
    /// Pages with item-suffixed utterance ids that overlap; WAVs named after the bare id.
    SuffixedIds,
    /// `activities` lists; WAVs named `<creationTimestamp>.wav`, one of them twice.
    TimeNamed,
}

impl Shape {
    fn of(scenario: Scenario) -> Shape {
        match scenario {
            Scenario::TwoHouseholdsSuffixedIds => Shape::SuffixedIds,
            Scenario::TwoHouseholdsTimeNamed => Shape::TimeNamed,
            _ => Shape::Pages,
        }
    }
}

/// A household: who, where, what they say.
struct Home {
    household: Household,
    people: [(&'static str, f64); 2],
    cues: Cues,
    english: f64,
    place: (&'static str, f64, f64),
}

#[rustfmt::skip]
const HOMES: [Home; 2] = [
    Home { household: Household::Requester, people: [("Lena", 205.0), ("Paul", 118.0)], english: 0.3,
        place: ("München", 48.1372, 11.5756),
        cues: Cues { towns: &["München", "Freising", "Starnberg", "Augsburg"], stops: &["Marienplatz", "Ostbahnhof", "Sendlinger Tor"],
            names: &["Lena", "Paul", "Jonas", "Mama"], artists: &["Queen", "AnnenMayKantereit", "Beethoven", "Daft Punk"] } },
    Home { household: Household::Stranger, people: [("Anke", 212.0), ("Dirk", 104.0)], english: 0.08,
        place: ("Leipzig", 51.3397, 12.3731),
        cues: Cues { towns: &["Leipzig", "Markkleeberg", "Halle", "Taucha"], stops: &["Leipzig Hbf", "Connewitz Kreuz", "Augustusplatz"],
            names: &["Anke", "Dirk", "Finn", "Opa Horst"], artists: &["Die Prinzen", "Silbermond", "Queen", "Bach"] } },
];

/// A device: home index, name, model, family, type code, kind, mask, weight, serial prefix,
/// registration date.
type DeviceSpec = (
    usize,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u8,
    u32,
    &'static str,
    (i32, u32, u32),
);

#[rustfmt::skip]
const DEVICES: [DeviceSpec; 5] = [
    (0, "Echo Dot", "Echo Dot (3. Generation)", "ECHO", "A32DOYMUN6DTXA", "speaker", SPEAKER, 75, "G090", (2019, 12, 24)),
    (0, "Lenas Pixel", "Alexa App (Android)", "VOX", "A2IVLV5VM2W81", "phone", PHONE, 25, "", (2020, 3, 2)),
    (1, "Echo Dot", "Echo Dot (3. Generation)", "ECHO", "A32DOYMUN6DTXA", "speaker", SPEAKER, 45, "G090", (2019, 11, 29)),
    (1, "Echo Show", "Echo Show (1. Generation)", "KNIGHT", "A1NL4BVLQ4L3N3", "speaker", SPEAKER, 30, "G000", (2020, 5, 17)),
    (1, "Ankes Fire TV", "Fire TV Stick (2. Generation)", "FIRE_TV", "A2LWARUGJLBYEW", "tv", TV, 25, "G070", (2018, 12, 24)),
];

/// Local activity per hour, shared by both homes.
const HOURS: [u32; 24] = [
    1, 0, 0, 0, 0, 1, 6, 10, 7, 3, 3, 3, 5, 3, 3, 3, 5, 8, 10, 10, 8, 5, 3, 1,
];

/// The invented identity of one device.
struct Device {
    spec: DeviceSpec,
    serial: String,
    customer_id: String,
    registered: DateTime<Utc>,
}

/// One record while it is being built.
struct Rec {
    ms: i64,
    device: usize,
    speaker: usize,
    utterance: text::Utterance,
    placeholder: bool,
    markup: bool,
    persons: bool,
    utterance_id: String,
    audio: Option<(String, f64)>,
    location: Option<(String, usize)>,
}

/// Germany's offset in hours (EU summer-time rule, for the two winters the scenario spans).
fn berlin_offset(local: NaiveDateTime) -> i64 {
    let summer = |y: i32, from: (u32, u32), to: (u32, u32)| {
        let at = |(m, d): (u32, u32)| {
            NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|d| d.and_hms_opt(2, 0, 0))
                .unwrap_or_default()
        };
        local >= at(from) && local < at(to)
    };
    if summer(2020, (3, 29), (10, 25)) || summer(2021, (3, 28), (10, 31)) {
        2
    } else {
        1
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn utc(local: NaiveDateTime) -> DateTime<Utc> {
    Utc.from_utc_datetime(&(local - Duration::hours(berlin_offset(local))))
}

fn devices(seed: u64) -> Vec<Device> {
    let mut rng = Rng::stream(seed, "two-households/ids", 0);
    let accounts = [
        format!("A{}", rng.upper_alnum(12)),
        format!("A{}", rng.upper_alnum(13)),
    ];
    DEVICES
        .iter()
        .map(|&spec| {
            let serial = if spec.8.is_empty() {
                rng.hex(32)
            } else {
                format!("{}{}", spec.8, rng.upper_alnum(12))
            };
            let (y, m, d) = spec.9;
            let t = ymd(y, m, d).and_hms_opt(17, 0, 0).unwrap_or_default()
                + Duration::seconds(rng.range(0, 4 * 3600));
            Device {
                spec,
                serial,
                customer_id: accounts[spec.0].clone(),
                registered: utc(t),
            }
        })
        .collect()
}

fn build(seed: u64, n: usize, devs: &[Device], shape: Shape) -> Vec<Rec> {
    let mut rng = Rng::stream(seed, "two-households/records", 0);
    let requester = (n * 2).div_ceil(3);
    let cutover = Utc
        .with_ymd_and_hms(2021, 2, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let mut taken = BTreeSet::new();
    let mut recs: Vec<Rec> = (0..n)
        .map(|i| {
            let home = usize::from(i >= requester);
            let candidates: Vec<usize> = (0..devs.len())
                .filter(|&d| devs[d].spec.0 == home)
                .collect();
            let weights: Vec<u32> = candidates.iter().map(|&d| devs[d].spec.7).collect();
            let device = candidates[rng.weighted(&weights)];
            let day = ymd(2020, 10, 1) + Duration::days(rng.range(0, 181));
            let local = day
                .and_hms_opt(
                    rng.weighted(&HOURS) as u32,
                    rng.range(0, 59) as u32,
                    rng.range(0, 59) as u32,
                )
                .unwrap_or_default();
            let mut t = utc(local);
            while (-1..=1).any(|d| taken.contains(&(t.timestamp() + d))) {
                t += Duration::seconds(2);
            }
            taken.insert(t.timestamp());
            let local = t.naive_utc() + Duration::hours(berlin_offset(local));
            let spec = devs[device].spec;
            let speaker = if spec.5 == "phone" {
                usize::from(rng.chance(0.05))
            } else {
                rng.index(2)
            };
            let mut utterance = text::utterance(
                &mut rng,
                &HOMES[home].cues,
                spec.6,
                HOMES[home].english,
                local,
            );
            if rng.chance(0.4) {
                utterance.text = format!("alexa {}", utterance.text);
            }
            // The utterance id names the start of the audio stream, at most a second earlier.
            let start = t - Duration::seconds(i64::from(rng.chance(0.3)));
            let serial = if t >= cutover {
                "DEVICE_UNSPECIFIED"
            } else {
                devs[device].serial.as_str()
            };
            let utterance_id = format!(
                "{}:1.0/{}/{}/{}::TNIH_2V.{}LPM",
                spec.4,
                start.format("%Y/%m/%d/%H"),
                serial,
                start.format("%M:%S"),
                rng.uuid()
            );
            Rec {
                ms: t.timestamp() * 1000 + rng.range(0, 999),
                device,
                speaker,
                utterance,
                placeholder: false,
                markup: false,
                persons: rng.chance(0.8),
                utterance_id,
                audio: None,
                location: None,
            }
        })
        .collect();
    recs.sort_by_key(|r| r.ms);

    let mut roles = Rng::stream(seed, "two-households/roles", 0);
    let mut order: Vec<usize> = (0..n).collect();
    roles.shuffle(&mut order);
    // The markup line goes to a stranger's record: that is what the app shows as foreign.
    if let Some(&i) = order.iter().find(|&&i| devs[recs[i].device].spec.0 == 1) {
        recs[i].markup = true;
        recs[i].utterance.text = text::MARKUP_TRANSCRIPT.to_string();
        recs[i].utterance.response = None;
    }
    let placeholders = (n / 50).max(2);
    let chosen: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| !recs[i].markup)
        .take(placeholders)
        .collect();
    for i in chosen {
        let lang = recs[i].utterance.lang;
        recs[i].utterance.text = text::placeholder(&mut roles, lang).to_string();
        recs[i].utterance.response = None;
        recs[i].placeholder = true;
    }
    let mut with_audio: Vec<usize> = (0..n).filter(|_| roles.chance(0.45)).collect();
    if with_audio.len() > MAX_AUDIO_FILES {
        let keep = roles.sample_indices(with_audio.len(), MAX_AUDIO_FILES);
        with_audio = keep.into_iter().map(|k| with_audio[k]).collect();
    }
    for i in with_audio {
        let name = match shape {
            Shape::TimeNamed => recs[i].ms.to_string(),
            Shape::Pages | Shape::SuffixedIds => recs[i].utterance_id.replace(['/', ':'], "_"),
        };
        recs[i].audio = Some((format!("{AUDIO_DIR}{name}.wav"), roles.uniform(1.5, 2.5)));
    }
    recs
}

/// Writes the two-households archive to `out` and returns its truth and inventory.
pub(crate) fn write<W: Write>(
    out: W,
    seed: u64,
    n: usize,
    archive: &str,
    scenario: Scenario,
) -> io::Result<Generated> {
    let shape = Shape::of(scenario);
    let devs = devices(seed);
    let mut recs = build(seed, n, &devs, shape);
    let (alexa, alexa_entries, pages) = alexa_zip(seed, &mut recs, &devs, shape)?;
    let (registration, registration_entries) = registration_zip(&devs)?;

    let modified = ymd(2021, 5, 10).and_hms_opt(9, 41, 0).unwrap_or_default();
    let mut zip = ZipWriter::new(out, modified);
    zip.add_file("README.txt", README.as_bytes(), Method::Deflated(6))?;
    zip.add_file(ALEXA_ZIP, &alexa, Method::Stored)?;
    zip.add_file(REGISTRATION_ZIP, &registration, Method::Stored)?;
    let (_, entries) = zip.finish()?;

    let member = |container: Option<&str>, e: &Entry| TruthMember {
        member: MemberRef {
            container: container.map(str::to_string),
            path: e.name.clone(),
        },
        bytes: e.size,
        kind: kind_of(&e.name).into(),
    };
    let mut members = Vec::new();
    for e in &entries {
        members.push(member(None, e));
        let nested = match e.name.as_str() {
            ALEXA_ZIP => &alexa_entries,
            REGISTRATION_ZIP => &registration_entries,
            _ => continue,
        };
        members.extend(nested.iter().map(|n| member(Some(&e.name), n)));
    }

    let records: Vec<TruthRecord> = recs
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let d = &devs[r.device];
            let home = d.spec.0;
            let (page, k) = r.location.clone().unwrap_or_default();
            let list = match shape {
                Shape::TimeNamed => "activities",
                Shape::Pages | Shape::SuffixedIds => "customerHistoryRecords",
            };
            let path = format!("$.{list}[{k}]");
            TruthRecord {
                id: format!("t{}", i + 1),
                household: HOMES[home].household,
                time: DateTime::from_timestamp_millis(r.ms).unwrap_or_default(),
                local_time: None,
                local_offset: None,
                device_name: d.spec.1.into(),
                device_serial: Some(d.serial.clone()),
                device_type: Some(d.spec.4.into()),
                customer_id: Some(d.customer_id.clone()),
                speaker: Some(HOMES[home].people[r.speaker].0.into()),
                transcript: Some(r.utterance.text.clone()),
                // Activities do not say what Alexa answered.
                response: r
                    .utterance
                    .response
                    .clone()
                    .filter(|_| shape != Shape::TimeNamed),
                language: (!r.markup).then(|| r.utterance.lang.to_string()),
                placeholder: r.placeholder,
                audio: r.audio.as_ref().map(|(p, _)| MemberRef {
                    container: Some(ALEXA_ZIP.into()),
                    path: p.clone(),
                }),
                audio_time: r.audio.as_ref().and_then(|_| match shape {
                    Shape::TimeNamed => DateTime::from_timestamp_millis(r.ms),
                    Shape::Pages | Shape::SuffixedIds => audio_time(&r.utterance_id),
                }),
                audio_seconds: r.audio.as_ref().map(|a| a.1),
                transcript_location: Some(TranscriptLocation {
                    member: MemberRef {
                        container: Some(ALEXA_ZIP.into()),
                        path: page,
                    },
                    locator: path.clone(),
                    page: None,
                    row: None,
                    json_path: Some(path),
                }),
                utterance_id: Some(r.utterance_id.clone()),
            }
        })
        .collect();
    let truth_devices: Vec<TruthDevice> = devs
        .iter()
        .enumerate()
        .map(|(i, d)| TruthDevice {
            household: HOMES[d.spec.0].household,
            name: d.spec.1.into(),
            serial: Some(d.serial.clone()),
            device_type: Some(d.spec.4.into()),
            model: d.spec.2.into(),
            family: Some(d.spec.3.into()),
            kind: d.spec.5.into(),
            customer_id: Some(d.customer_id.clone()),
            registered: Some(d.registered),
            records: recs.iter().filter(|r| r.device == i).count(),
        })
        .collect();
    let mut counts = Counts::tally(&records, truth_devices.len(), members.len());
    counts.transcript_pages = pages;

    let party = |home: usize| Party {
        household: HOMES[home].household,
        customer_id: devs
            .iter()
            .find(|d| d.spec.0 == home)
            .map(|d| d.customer_id.clone()),
        people: HOMES[home].people.iter().map(|p| p.0.to_string()).collect(),
        place: Place {
            name: HOMES[home].place.0.into(),
            lat: HOMES[home].place.1,
            lon: HOMES[home].place.2,
        },
        towns: HOMES[home]
            .cues
            .towns
            .iter()
            .map(|t| t.to_string())
            .collect(),
    };
    let requester = party(0);
    let inventory = Inventory {
        header: vec![
            format!("Inventory of the requester in auskunft-demo scenario two-households (seed {seed})."),
            "Invented people. The Echo Dot and the phone app are theirs; the other devices are not.".into(),
        ],
        devices: devs
            .iter()
            .filter(|d| d.spec.0 == 0)
            .map(|d| inventory::Device {
                name: d.spec.1,
                serial: &d.serial,
                device_type: d.spec.4,
                kind: d.spec.5,
                from: d.registered.date_naive(),
            })
            .collect(),
        account: (requester.customer_id.as_deref().unwrap_or_default(), "lena.huber@example.org"),
        people: HOMES[0].people.iter().map(|p| p.0).collect(),
        place: HOMES[0].place,
    }
    .render();
    let truth = Truth {
        schema: TRUTH_SCHEMA.into(),
        generator: concat!("auskunft-demo ", env!("CARGO_PKG_VERSION")).into(),
        scenario,
        seed,
        archive: archive.into(),
        stranger: party(1),
        requester,
        transcript_offset_minutes: None,
        devices: truth_devices,
        records,
        members,
        counts,
    };
    Ok(Generated { truth, inventory })
}

/// The UTC start time an utterance id states (`.../2021/01/14/18/<serial>/42:07::...`).
fn audio_time(id: &str) -> Option<DateTime<Utc>> {
    let rest = id.split_once(":1.0/")?.1;
    let parts: Vec<&str> = rest.splitn(6, '/').collect();
    let (y, m, d, h) = (parts.first()?, parts.get(1)?, parts.get(2)?, parts.get(3)?);
    let mmss = parts.get(5)?.split("::").next()?;
    let s = format!("{y}-{m}-{d} {h}:{mmss}");
    NaiveDateTime::parse_from_str(&s, "%Y-%m-%d %H:%M:%S")
        .ok()
        .map(|t| Utc.from_utc_datetime(&t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utterance_ids_follow_the_grammar_and_state_the_start_time() {
        let devs = devices(9);
        let recs = build(9, 40, &devs, Shape::Pages);
        for r in &recs {
            let t = audio_time(&r.utterance_id).expect("time in id");
            let record = DateTime::from_timestamp_millis(r.ms).expect("ms");
            let lag = (record - t).num_milliseconds();
            assert!((0..2000).contains(&lag), "{} vs {}", r.utterance_id, record);
            assert!(r.utterance_id.contains("::TNIH_2V.") && r.utterance_id.ends_with("LPM"));
        }
    }

    #[test]
    fn summer_time_rule() {
        let t = |m, d| ymd(2020, m, d).and_hms_opt(12, 0, 0).unwrap_or_default();
        assert_eq!(berlin_offset(t(10, 24)), 2);
        assert_eq!(berlin_offset(t(10, 26)), 1);
    }
}
