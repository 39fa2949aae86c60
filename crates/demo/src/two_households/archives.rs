//! The two archives of the scenario, built in memory: `Alexa.zip` (JSON voice-history pages in
//! the `customerHistoryRecords` shape, audio named after utterance ids, two topic CSVs) and
//! `Devices.Registration.zip` (`registration.csv` with both homes' devices). The voice history's
//! layout follows the scenario's [`Shape`].

use std::io;

use serde::Serialize;

use super::{ymd, Device, Rec, Shape, COPY_DIR, HOMES, REGISTRATION_CSV};
use crate::rng::Rng;
use crate::wav::{self, Voice};
use crate::zipw::{Entry, Method, ZipWriter};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonPage<'a> {
    customer_history_records: Vec<JsonRecord<'a>>,
    encoded_request_token: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonRecord<'a> {
    record_key: String,
    record_type: &'static str,
    timestamp: i64,
    customer_id: &'a str,
    device: JsonDevice<'a>,
    utterance_type: &'static str,
    domain: Option<&'static str>,
    intent: Option<&'static str>,
    skill_name: Option<&'static str>,
    voice_history_record_items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonDevice<'a> {
    device_name: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonItem<'a> {
    record_item_key: String,
    record_item_type: &'static str,
    utterance_id: String,
    timestamp: i64,
    transcript_text: &'a str,
    persons_info: Vec<JsonPerson>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonPerson {
    person_id: String,
    person_first_name: &'static str,
}

/// An activity of the older `{"activities": [...]}` lists.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonActivity<'a> {
    registered_customer_id: &'a str,
    id: String,
    creation_timestamp: i64,
    source_device_ids: [JsonSource<'a>; 1],
    utterance_id: &'a str,
    activity_status: &'static str,
    /// JSON inside a string, as Amazon wrote it.
    description: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonSource<'a> {
    serial_number: &'a str,
    device_type: &'a str,
    device_account_id: Option<&'a str>,
}

fn json_activity<'a>(r: &'a Rec, devs: &'a [Device]) -> io::Result<JsonActivity<'a>> {
    let d = &devs[r.device];
    let description = serde_json::json!({
        "summary": r.utterance.text,
        "firstUtteranceId": format!("{}/1", r.utterance_id),
        "firstStreamId": r.utterance_id,
    });
    Ok(JsonActivity {
        registered_customer_id: &d.customer_id,
        id: format!("{}#{}#{}#{}", d.customer_id, r.ms, d.spec.4, d.serial),
        creation_timestamp: r.ms,
        source_device_ids: [JsonSource {
            serial_number: &d.serial,
            device_type: d.spec.4,
            device_account_id: None,
        }],
        utterance_id: &r.utterance_id,
        activity_status: "SUCCESS",
        description: serde_json::to_string(&description).map_err(io::Error::other)?,
    })
}

fn json_record<'a>(
    r: &'a Rec,
    devs: &'a [Device],
    person_ids: &[[String; 2]; 2],
    shape: Shape,
) -> JsonRecord<'a> {
    let d = &devs[r.device];
    // The suffixed variant writes the item's number after the stream id, as Amazon's items do.
    let item_id = match shape {
        Shape::SuffixedIds => format!("{}/1", r.utterance_id),
        Shape::Pages | Shape::TimeNamed => r.utterance_id.clone(),
    };
    let (home, kind) = (d.spec.0, d.spec.4);
    let item_key = |ts: i64, n: usize| format!("{}#{kind}#{}#{ts}-{n}", r.ms, d.serial);
    let persons = if r.persons && !r.placeholder {
        vec![JsonPerson {
            person_id: person_ids[home][r.speaker].clone(),
            person_first_name: HOMES[home].people[r.speaker].0,
        }]
    } else {
        Vec::new()
    };
    let said = r.ms + (r.ms % 7) * 40;
    let mut items = vec![JsonItem {
        record_item_key: item_key(said, 1),
        record_item_type: "CUSTOMER_TRANSCRIPT",
        utterance_id: item_id.clone(),
        timestamp: said,
        transcript_text: &r.utterance.text,
        persons_info: persons,
    }];
    if let Some(resp) = &r.utterance.response {
        let at = said + 900 + (r.ms % 11) * 100;
        items.push(JsonItem {
            record_item_key: item_key(at, 2),
            record_item_type: "ALEXA_RESPONSE",
            utterance_id: item_id.clone(),
            timestamp: at,
            transcript_text: resp,
            persons_info: Vec::new(),
        });
    }
    let wake_only = r.placeholder
        && matches!(
            r.utterance.text.as_str(),
            "no text stored" | "Kein Text gespeichert"
        );
    JsonRecord {
        record_key: format!("{}#{}#{kind}#{}", d.customer_id, r.ms, d.serial),
        record_type: "VOICE_HISTORY",
        timestamp: r.ms,
        customer_id: &d.customer_id,
        device: JsonDevice {
            device_name: d.spec.1,
        },
        utterance_type: if wake_only {
            "WAKE_WORD_ONLY"
        } else {
            "GENERAL"
        },
        domain: (!r.placeholder && !r.markup).then_some(r.utterance.domain),
        intent: (!r.placeholder && !r.markup).then_some(r.utterance.intent),
        skill_name: None,
        voice_history_record_items: items,
    }
}

/// Builds `Alexa.zip` in memory; fills in each record's page location.
pub(super) fn alexa_zip(
    seed: u64,
    recs: &mut [Rec],
    devs: &[Device],
    shape: Shape,
) -> io::Result<(Vec<u8>, Vec<Entry>, usize)> {
    let mut rng = Rng::stream(seed, "two-households/pages", 0);
    let person_ids: [[String; 2]; 2] = std::array::from_fn(|_| {
        std::array::from_fn(|_| format!("amzn1.actor.person.oid.A{}", rng.upper_alnum(13)))
    });
    let modified = ymd(2021, 5, 10).and_hms_opt(9, 30, 0).unwrap_or_default();
    let mut zip = ZipWriter::new(Vec::new(), modified);
    zip.add_file(
        "Alexa_Instructions.txt",
        b"Alexa.zip enthaelt Ihren Sprachverlauf (Voice History) und weitere Alexa-Daten.\r\n",
        Method::Deflated(6),
    )?;

    // Newest first, as the service pages them.
    let mut newest: Vec<usize> = (0..recs.len()).collect();
    newest.reverse();
    let per_page = recs.len().div_ceil(4).clamp(10, 100);
    let pages: Vec<&[usize]> = newest.chunks(per_page).collect();
    for (p, chunk) in pages.iter().enumerate() {
        // Overlapping pages: each repeats the previous page's last two records first.
        let repeated = match (shape, p.checked_sub(1)) {
            (Shape::SuffixedIds, Some(before)) => {
                let before = pages[before];
                &before[before.len().saturating_sub(2)..]
            }
            _ => &[],
        };
        let entries: Vec<usize> = repeated.iter().chain(chunk.iter()).copied().collect();
        let token = (p + 1 < pages.len()).then(|| {
            rng.chars(
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
                120,
            ) + "=="
        });
        let (path, bytes) = match shape {
            Shape::TimeNamed => {
                let activities = entries
                    .iter()
                    .map(|&i| json_activity(&recs[i], devs))
                    .collect::<io::Result<Vec<_>>>()?;
                let page = serde_json::json!({ "activities": activities });
                (
                    format!("Voice History/Activities-{:04}.json", p + 1),
                    serde_json::to_vec(&page).map_err(io::Error::other)?,
                )
            }
            Shape::Pages | Shape::SuffixedIds => {
                let page = JsonPage {
                    customer_history_records: entries
                        .iter()
                        .map(|&i| json_record(&recs[i], devs, &person_ids, shape))
                        .collect(),
                    encoded_request_token: token,
                };
                (
                    format!("Voice History/VoiceHistoryRecords-{:04}.json", p + 1),
                    serde_json::to_vec(&page).map_err(io::Error::other)?,
                )
            }
        };
        zip.add_file(&path, &bytes, Method::Deflated(6))?;
        for (k, &i) in entries.iter().enumerate() {
            if recs[i].location.is_none() {
                recs[i].location = Some((path.clone(), k));
            }
        }
    }
    let mut audio: Vec<(&str, f64, usize)> = recs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.audio.as_ref().map(|(p, s)| (p.as_str(), *s, i)))
        .collect();
    audio.sort_by(|a, b| a.0.cmp(b.0));
    // The time-named variant holds its first recording twice, as a second download would.
    let mut copy = None;
    for (path, seconds, i) in audio {
        let r = &recs[i];
        let home = devs[r.device].spec.0;
        let mut rng = Rng::stream(seed, "two-households/wav", i as u64);
        let voice = Voice {
            f0: HOMES[home].people[r.speaker].1 * rng.uniform(0.95, 1.05),
            room_noise: 0.004,
        };
        let bytes = wav::speech_wav(&mut rng, &voice, seconds);
        zip.add_file(path, &bytes, Method::Deflated(1))?;
        if shape == Shape::TimeNamed && copy.is_none() {
            let name = path.rsplit('/').next().unwrap_or(path);
            copy = Some((format!("{COPY_DIR}{name}"), bytes));
        }
    }
    if let Some((path, bytes)) = copy {
        zip.add_file(&path, &bytes, Method::Deflated(1))?;
    }
    zip.add_file(
        "Location/Country of Residence-1.csv",
        b"Country of Residence\nDE\n",
        Method::Deflated(6),
    )?;
    zip.add_file(
        "Smart Home/Hunches.csv",
        b"Hunch Type,Device Name,Date\nLICHT_AN_GELASSEN,Flurlicht,2021-01-14T22:10:00Z\n",
        Method::Deflated(6),
    )?;
    let (bytes, entries) = zip.finish()?;
    Ok((bytes, entries, pages.len()))
}

pub(super) fn registration_zip(devs: &[Device]) -> io::Result<(Vec<u8>, Vec<Entry>)> {
    let mut rows: Vec<&Device> = devs.iter().collect();
    rows.sort_by_key(|d| d.registered);
    let mut csv = String::from(
        "FirstTimeRegistered,AccountName,DeviceSerialNumber,DeviceType,DeviceFamily,CustomerId\n",
    );
    for d in rows {
        csv.push_str(&format!(
            "{},{},{},{},{},{}\n",
            d.registered.format("%Y-%m-%dT%H:%M:%S%.3fZ"),
            d.spec.1,
            d.serial,
            d.spec.4,
            d.spec.3,
            d.customer_id
        ));
    }
    let modified = ymd(2021, 5, 10).and_hms_opt(9, 31, 0).unwrap_or_default();
    let mut zip = ZipWriter::new(Vec::new(), modified);
    zip.add_file(REGISTRATION_CSV, csv.as_bytes(), Method::Deflated(6))?;
    zip.add_file(
        "Devices.Registration/Devices.Registration.Description.pdf",
        &crate::pdf::sheet(
            "Devices.Registration",
            &["Registrierte Geraete und ihre Konten.".into()],
            "20210510093100Z",
        )?,
        Method::Deflated(6),
    )?;
    zip.finish()
}

pub(super) const README: &str = "Your Amazon data\r\n\r\nThis folder collects the per-topic archives of one data request \
(Alexa.zip, Devices.Registration.zip).\r\n\r\nGenerated by auskunft-demo: every person, account and recording in it is invented.\r\n";

pub(super) fn kind_of(path: &str) -> &'static str {
    if path.ends_with('/') {
        "other"
    } else if path.ends_with(".zip") {
        "archive"
    } else if path.ends_with(".wav") {
        "audio"
    } else if path.starts_with("Voice History/") && path.ends_with(".json") {
        "records"
    } else if path == REGISTRATION_CSV {
        "device_list"
    } else {
        "document"
    }
}
