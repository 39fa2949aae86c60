//! `amazon.voice_history_csv`: Amazon voice history as CSV.
//!
//! # Format
//!
//! Amazon never published the column names of the voice-history CSVs in `Alexa.zip`, so this
//! module reads the fields the JSON shapes have (see [`super::VoiceHistory`] and `formats.md`,
//! "Amazon record shapes") under either their JSON names or plausible English and German
//! headers, looked up with [`crate::tabular::Table::column`] (case, spaces, underscores and a
//! zone in the name do not matter):
//!
//! | field | column names |
//! |---|---|
//! | time | `timestamp`, `creationTimestamp`, `Date/Time`, `Time`, `Date`, `Uhrzeit`, `Zeitstempel`, `Datum` |
//! | record key | `recordKey`, `id` (`<customerId>#<ms>#<deviceType>#<serial>`) |
//! | account | `customerId`, `registeredCustomerId`, `Customer ID`, `Kunden-ID` |
//! | device | `deviceName`, `Device`, `Gerät`, `Gerätename`; `deviceSerialNumber`, `serialNumber`, `sourceDeviceIds.serialNumber`, `Seriennummer`; `deviceType`, `sourceDeviceIds.deviceType`, `Gerätetyp` |
//! | utterance | `utteranceId`, `Utterance ID` |
//! | said | `transcriptText` (with `recordItemType`, whatever the item type says), `Customer Transcript`, `Transcript Text`, `Transcript`, `Transkript`, `summary`, `Anfrage` |
//! | answer | `Alexa Response`, `alexaResponse`, `Response`, `Alexa-Antwort`, `Antwort` |
//! | voice profile | `personFirstName`, `Person`, `Profile`, `Sprecher`, `Profil` |
//! | status | `activityStatus`, `Status` |
//!
//! One record per row, located as `line N`; when a `recordKey` and a `recordItemType` column
//! are present, item rows sharing a key (`CUSTOMER_TRANSCRIPT`, `ASR_REPLACEMENT_TEXT`,
//! `ALEXA_RESPONSE`, `TTS_REPLACEMENT_TEXT`, `PROFILE`) are merged into one record, located as
//! `lines A, B, …`. Times are read by [`crate::timestamp::parse`] with the column's date order
//! sniffed over all its values and the zone from the value, else the column name; `zone` is the
//! zone as stated, or `unknown: as written`. Without a time cell, or when it states no zone,
//! the key's milliseconds, then the utterance id give the time (UTC).
//! Device type and serial come from their columns, else the key, else the utterance id; a
//! record with an utterance id asks for its recording under [`crate::audio_key`] of that id,
//! exactly as the JSON module does.
//!
//! # Detection
//!
//! CSV or text whose header line (see [`crate::tabular::header_line`]) names a time column, an
//! utterance-id or transcript column, and a device column (name, serial or type), and that is
//! Amazon's: a column only Amazon uses (`utteranceId`, `recordKey`, `customerId`,
//! `recordItemType`, `activityStatus`, `sourceDeviceIds…`, `Alexa Response`), or `alexa` or
//! `amazon` in the member's path.
//!
//! # Known variants
//!
//! - The table quirks [`crate::tabular::read_csv`] handles: any encoding (double-encoded UTF-8
//!   is repaired and warned about), `,`/`;`/tab/`|`, a documentation first row, `N/A`, a
//!   `File Summary:` footer, ragged rows (warned about, read as far as they go).
//! - Six and more time layouts, the zone in the value, in the column name (`Timestamp (UTC)`)
//!   or nowhere; `MM/dd` or `dd/MM` decided per column.
//! - Older, activities-shaped columns (`id`, `creationTimestamp`, `sourceDeviceIds.serialNumber`,
//!   `sourceDeviceIds.deviceType`, `activityStatus`, `summary`): an empty transcript with
//!   `DISCARDED_NON_DEVICE_DIRECTED_INTENT` becomes "Audio was not intended for Alexa".
//! - Placeholders instead of text (see [`super::is_placeholder`]) and `ASR_REPLACEMENT_TEXT`
//!   items: kept, marked `placeholder`.
//! - An unreadable time is a warning with its line; the record stays, timed by its key or
//!   utterance id if it has one.
//!
//! # Not imported
//!
//! `domain`, `intent`, `skillName`, `utteranceType`, `activityStatus` (but for the case above),
//! `personId`, `deviceAccountId`, any column not listed above.

use std::collections::HashMap;
use std::io::Read;

use auskunft_archive::Content;
use auskunft_model::{Device, Locator, MemberKind, Message, Record};
use chrono::{DateTime, Utc};

use super::{from_millis, is_placeholder, language, member_ref, model, UtteranceId};
use crate::tabular::{find_column, header_line, import_table, Row, Table};
use crate::timestamp::{parse, DateOrder, Zone};
use crate::{Candidate, Format, Import, Imported};

/// The voice-history CSV module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct VoiceHistoryCsv;

const TIME: &[&str] = &[
    "timestamp",
    "creationTimestamp",
    "recordTimestamp",
    "Date/Time",
    "DateTime",
    "Date and Time",
    "Time",
    "Date",
    "Uhrzeit",
    "Zeitstempel",
    "Datum/Uhrzeit",
    "Datum und Uhrzeit",
    "Zeit",
    "Datum",
];
const KEY: &[&str] = &["recordKey", "Record Key", "id"];
const ACCOUNT: &[&str] = &[
    "customerId",
    "registeredCustomerId",
    "Customer ID",
    "Kunden-ID",
    "Kundennummer",
];
const DEVICE_NAME: &[&str] = &[
    "deviceName",
    "device.deviceName",
    "Device",
    "Gerät",
    "Gerätename",
    "Geraet",
];
const SERIAL: &[&str] = &[
    "deviceSerialNumber",
    "serialNumber",
    "sourceDeviceIds.serialNumber",
    "sourceDeviceSerialNumber",
    "Device Serial",
    "deviceSerial",
    "Seriennummer",
];
const DEVICE_TYPE: &[&str] = &[
    "deviceType",
    "sourceDeviceIds.deviceType",
    "sourceDeviceType",
    "Device Type ID",
    "deviceTypeId",
    "Gerätetyp",
];
const UTTERANCE: &[&str] = &["utteranceId", "Utterance ID", "Äußerungs-ID"];
const ITEM_TYPE: &[&str] = &["recordItemType", "Item Type"];
const SAID: &[&str] = &[
    "customerTranscript",
    "Transcript Text",
    "transcriptText",
    "Transcript",
    "Transkript",
    "description.summary",
    "summary",
    "Anfrage",
    "What you said",
];
const ANSWER: &[&str] = &[
    "alexaResponse",
    "Response",
    "Alexa-Antwort",
    "Antwort von Alexa",
    "Antwort",
];
const PERSON: &[&str] = &[
    "personFirstName",
    "Person",
    "Profile",
    "Voice Profile",
    "Sprecher",
    "Profil",
    "Stimmprofil",
];
const STATUS: &[&str] = &["activityStatus", "Status"];
/// Columns only Amazon's exports have.
const AMAZON_ONLY: &[&str] = &[
    "utteranceId",
    "recordKey",
    "customerId",
    "registeredCustomerId",
    "recordItemType",
    "activityStatus",
    "sourceDeviceIds.serialNumber",
    "sourceDeviceIds.deviceType",
    "sourceDeviceIds",
    "alexaResponse",
    "Alexa-Antwort",
    "Antwort von Alexa",
];

/// Whether a header names the columns this module needs (see the module docs).
fn is_voice_history(header: &[String], path: &str) -> bool {
    let has = |names: &[&str]| find_column(header.iter().map(String::as_str), names).is_some();
    let amazon = has(AMAZON_ONLY) || {
        let p = path.to_lowercase();
        p.contains("alexa") || p.contains("amazon")
    };
    has(TIME)
        && (has(UTTERANCE) || has(SAID))
        && (has(DEVICE_NAME) || has(SERIAL) || has(DEVICE_TYPE))
        && amazon
}

impl Format for VoiceHistoryCsv {
    fn name(&self) -> &'static str {
        "amazon.voice_history_csv"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        matches!(candidate.content, Content::Csv | Content::Text)
            && header_line(candidate.head).is_some_and(|h| is_voice_history(&h, candidate.path))
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        import_table(content, MemberKind::Records, |table| {
            read_table(table, candidate, import)
        })
    }
}

/// Where each field is in the table.
struct Columns {
    time: Option<usize>,
    order: DateOrder,
    zone: Option<Zone>,
    key: Option<usize>,
    account: Option<usize>,
    name: Option<usize>,
    serial: Option<usize>,
    device_type: Option<usize>,
    utterance: Option<usize>,
    item_type: Option<usize>,
    said: Option<usize>,
    answer: Option<usize>,
    person: Option<usize>,
    status: Option<usize>,
}

impl Columns {
    fn of(table: &Table) -> Columns {
        let time = table.column(TIME);
        Columns {
            time,
            order: time.map_or(DateOrder::MonthFirst, |c| DateOrder::sniff(table.values(c))),
            zone: time.and_then(|c| table.columns[c].zone.clone()),
            key: table.column(KEY),
            account: table.column(ACCOUNT),
            name: table.column(DEVICE_NAME),
            serial: table.column(SERIAL),
            device_type: table.column(DEVICE_TYPE),
            utterance: table.column(UTTERANCE),
            item_type: table.column(ITEM_TYPE),
            said: table.column(SAID),
            answer: table.column(ANSWER),
            person: table.column(PERSON),
            status: table.column(STATUS),
        }
    }
}

/// What one record's rows say.
#[derive(Debug, Default)]
struct Found {
    lines: Vec<usize>,
    time: Option<DateTime<Utc>>,
    zone: Option<String>,
    /// The time cell had no zone: a utterance id's UTC time is better.
    zone_unknown: bool,
    account: Option<String>,
    device_name: Option<String>,
    device_type: Option<String>,
    serial: Option<String>,
    said: Vec<String>,
    answered: Vec<String>,
    replaced: bool,
    discarded: bool,
    utterance_id: Option<String>,
    speakers: Vec<String>,
}

fn read_table(table: &Table, candidate: &Candidate<'_>, import: &mut Import) {
    let member = member_ref(candidate);
    for note in &table.notes {
        import.warn(&member, note.clone());
    }
    let cols = Columns::of(table);
    let merge = cols.key.is_some() && cols.item_type.is_some();
    let mut found: Vec<Found> = Vec::new();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for row in &table.rows {
        let key = row.get_opt(cols.key).filter(|_| merge);
        let at = match key.and_then(|k| by_key.get(k)) {
            Some(&i) => i,
            None => {
                found.push(Found::default());
                if let Some(k) = key {
                    by_key.insert(k, found.len() - 1);
                }
                found.len() - 1
            }
        };
        let warning = add_row(&mut found[at], row, &cols);
        if let Some(w) = warning {
            import.warn(&member, w);
        }
    }
    for f in found {
        let at = match f.lines[..] {
            [one] => Locator::Line(one),
            ref lines => Locator::Lines(lines.to_vec()),
        };
        let empty = f.time.is_none()
            && f.said.is_empty()
            && !f.discarded
            && f.utterance_id.is_none()
            && f.serial.is_none()
            && f.device_name.is_none();
        if empty {
            import.warn(
                &member,
                Message::new("format-row-empty-voice").arg("at", &at),
            );
            continue;
        }
        push(f, candidate, &at, import);
    }
}

/// `<customerId>#<ms>#<deviceType>#<serial>` split into its parts (empty parts are `None`).
fn key_parts(key: Option<&str>) -> [Option<String>; 4] {
    let mut out: [Option<String>; 4] = Default::default();
    if let Some(key) = key.filter(|k| k.contains('#')) {
        for (slot, part) in out.iter_mut().zip(key.split('#')) {
            *slot = Some(part.trim().to_string()).filter(|p| !p.is_empty());
        }
    }
    out
}

/// Adds one row to a record; returns a warning about it.
fn add_row(f: &mut Found, row: &Row, cols: &Columns) -> Option<Message> {
    let cell = |c: Option<usize>| row.get_opt(c).map(str::to_string);
    let first = f.lines.is_empty();
    f.lines.push(row.line);
    let [key_customer, key_ms, key_type, key_serial] = key_parts(row.get_opt(cols.key));
    let mut warning = None;
    if f.time.is_none() {
        if let Some(value) = row.get_opt(cols.time) {
            match parse(value, cols.order, cols.zone.as_ref()) {
                Some(t) => {
                    f.time = Some(t.record_time());
                    f.zone = Some(t.zone_label());
                    f.zone_unknown = t.zone.is_none();
                }
                None => {
                    warning = Some(
                        Message::new("format-row-time-not-time")
                            .arg("at", Locator::Line(row.line))
                            .arg("value", value),
                    );
                }
            }
        }
        // The key's milliseconds are UTC: better than no time or one without a zone.
        if f.time.is_none() || f.zone_unknown {
            if let Some(t) = key_ms.and_then(|ms| ms.parse().ok()).and_then(from_millis) {
                f.time = Some(t);
                f.zone = Some("UTC".into());
                f.zone_unknown = false;
            }
        }
    }
    let fill = |slot: &mut Option<String>, value: Option<String>| {
        if slot.is_none() {
            *slot = value;
        }
    };
    fill(&mut f.account, cell(cols.account).or(key_customer));
    fill(&mut f.device_name, cell(cols.name));
    fill(&mut f.device_type, cell(cols.device_type).or(key_type));
    fill(&mut f.serial, cell(cols.serial).or(key_serial));
    fill(&mut f.utterance_id, cell(cols.utterance));
    if let Some(person) = cell(cols.person) {
        if !f.speakers.contains(&person) {
            f.speakers.push(person);
        }
    }
    f.discarded |= row.get_opt(cols.status) == Some("DISCARDED_NON_DEVICE_DIRECTED_INTENT");
    let said = cell(cols.said);
    match (row.get_opt(cols.item_type), said) {
        (_, None) => {}
        (None, Some(text)) => f.said.push(text),
        (Some("CUSTOMER_TRANSCRIPT" | "ASR_EXPECTED_TEXT"), Some(text)) => f.said.push(text),
        (Some("ASR_REPLACEMENT_TEXT"), Some(text)) => {
            f.replaced = true;
            f.said.push(text);
        }
        (Some("ALEXA_RESPONSE" | "TTS_REPLACEMENT_TEXT"), Some(text)) => f.answered.push(text),
        (Some(_), Some(_)) => {}
    }
    if first || cols.item_type.is_none() {
        if let Some(answer) = cell(cols.answer) {
            f.answered.push(answer);
        }
    }
    warning
}

/// Fills gaps from the utterance id, then pushes the device and the record.
fn push(mut f: Found, candidate: &Candidate<'_>, at: &Locator, import: &mut Import) {
    if let Some(u) = f.utterance_id.as_deref().and_then(UtteranceId::parse) {
        if f.time.is_none() || f.zone_unknown {
            f.time = Some(u.time);
            f.zone = Some("UTC".into());
        }
        if f.device_type.is_none() && !u.is_text_client() {
            f.device_type = Some(u.device_type);
        }
        f.serial = f.serial.or(u.serial);
    }
    let device =
        (f.serial.is_some() || f.device_type.is_some() || f.device_name.is_some()).then(|| {
            import.device(Device {
                id: String::new(),
                name: f.device_name,
                model: f.device_type.as_deref().and_then(model).map(Into::into),
                device_type: f.device_type,
                serial: f.serial,
                account: f.account.clone(),
                ..Device::default()
            })
        });
    let mut transcript = (!f.said.is_empty()).then(|| f.said.join(" / "));
    if f.discarded && transcript.is_none() {
        transcript = Some("Audio was not intended for Alexa".into());
    }
    let placeholder = f.replaced || transcript.as_deref().is_some_and(is_placeholder);
    let language = if placeholder {
        None
    } else {
        transcript.as_deref().and_then(language)
    };
    let record = Record {
        time: f.time,
        zone: f.time.and(f.zone),
        device,
        account: f.account,
        vendor: Some("amazon".into()),
        speakers: f.speakers,
        transcript,
        response: (!f.answered.is_empty()).then(|| f.answered.join(" / ")),
        language,
        placeholder,
        source: candidate.source(at),
        ..Record::default()
    };
    import.record_naming_audio(record, f.utterance_id.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn headers_in_json_names_english_and_german_are_recognised() {
        let json = header(&["recordKey", "timestamp", "deviceName", "transcriptText"]);
        assert!(is_voice_history(&json, "VoiceHistory.csv"));
        let english = header(&["Timestamp (UTC)", "Device Name", "Customer Transcript"]);
        assert!(is_voice_history(&english, "Alexa/Voice History.csv"));
        assert!(!is_voice_history(&english, "Notes/History.csv"));
        let german = header(&["Uhrzeit", "Gerät", "Transkript", "Alexa-Antwort"]);
        assert!(is_voice_history(&german, "Sprachverlauf.csv"));
        let no_device = header(&["timestamp", "utteranceId", "transcriptText"]);
        assert!(!is_voice_history(&no_device, "alexa.csv"));
        let registration = header(&["FirstTimeRegistered", "AccountName", "DeviceSerialNumber"]);
        assert!(!is_voice_history(&registration, "alexa/registration.csv"));
    }

    #[test]
    fn record_keys_split_only_when_they_are_keys() {
        let [c, ms, t, s] = key_parts(Some("A1#1558903611000#A3S5BH2HU6VAYF#G090"));
        assert_eq!(
            (c.as_deref(), ms.as_deref(), t.as_deref(), s.as_deref()),
            (
                Some("A1"),
                Some("1558903611000"),
                Some("A3S5BH2HU6VAYF"),
                Some("G090")
            )
        );
        assert_eq!(key_parts(Some("42")), [None, None, None, None]);
    }
}
