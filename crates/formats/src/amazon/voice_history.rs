//! `amazon.voice_history`: Amazon voice history, as JSON pages and as older activity lists.
//!
//! # Format
//!
//! Two shapes (see `formats.md`, "Amazon record shapes"):
//! - pages `{"customerHistoryRecords": [...], "encodedRequestToken": ...}` (2021 onward, the
//!   `Voice History/VoiceHistoryRecords-000N.json` files): `recordKey`
//!   (`<customerId>#<ms>#<deviceType>#<serial>`), `timestamp` (epoch ms, UTC), `customerId`,
//!   `device.deviceName`, `voiceHistoryRecordItems[]` whose `recordItemType` says what
//!   `transcriptText` is: `CUSTOMER_TRANSCRIPT` / `ASR_REPLACEMENT_TEXT` what was said (several
//!   are joined with ` / `), `ALEXA_RESPONSE` / `TTS_REPLACEMENT_TEXT` the answer;
//! - activities `{"activities": [...]}` (2016 to about 2020), or one `{"activity": {…}}` read
//!   as a list of one: `id` (same layout as `recordKey`), `registeredCustomerId`,
//!   `creationTimestamp`, `sourceDeviceIds[{serialNumber, deviceType}]`, `utteranceId`,
//!   `activityStatus`, and `description`, JSON inside a string whose `summary` is the
//!   transcript.
//!
//! One record per entry, located as `$.customerHistoryRecords[i]` / `$.activities[i]`. Time
//! comes from `timestamp`/`creationTimestamp`, else the key's milliseconds, else the
//! utterance id (whole seconds); device type and serial from the key or `sourceDeviceIds`,
//! else the utterance id. A record with an utterance id (`utteranceId`, else the first item's,
//! else `description.firstStreamId` or `firstUtteranceId`) asks for its recording under
//! [`crate::audio_key`] of that id: its stream id, so an item suffix `/0` does not matter. An
//! entry read twice (the same page twice, overlapping pages) is one record: the import merges
//! records of the same account, device and millisecond.
//!
//! # Detection
//!
//! JSON content whose first 4 KiB contain `"customerHistoryRecords"` (a name only Amazon uses),
//! or `"activities"` together with `"recordKey"`, `"registeredCustomerId"` or `"utteranceId"`.
//!
//! # Known variants
//!
//! - Placeholders instead of text ("Audio was not intended for Alexa", "Text nicht verfügbar",
//!   …; see [`super::is_placeholder`]) and `ASR_REPLACEMENT_TEXT` items: kept, marked
//!   `placeholder`.
//! - `DISCARDED_NON_DEVICE_DIRECTED_INTENT` activities have an empty summary: they become the
//!   placeholder Amazon shows for them, "Audio was not intended for Alexa".
//! - A malformed `description` string is a warning; the record stays, without transcript.
//! - `DEVICE_UNSPECIFIED` in utterance ids (2021 on) and `TextClient` (typed requests) give no
//!   serial or no device type respectively.
//!
//! # Not imported
//!
//! `domain`, `intent`, `skillName`, `utteranceType`, `activityStatus` (but for the case
//! above), `domainAttributes`, `personId`s (the profiles' first names are kept in `speakers`),
//! `encodedRequestToken`.

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Device, Locator, MemberKind, MemberRef, Message, Record};
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::history_page;
use super::{from_millis, head_has, is_placeholder, language, member_ref, model, UtteranceId};
use crate::read::{json_failure, read_bounded};
use crate::{Candidate, Format, Import, Imported};

/// The voice-history module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct VoiceHistory;

/// Reads one entry of a list: a page record or an activity; `None` when it is not an object.
type ReadEntry = fn(&Value) -> Option<Found>;

/// What one page entry or activity says, before it becomes a device and a record.
#[derive(Debug, Default)]
struct Found {
    time: Option<DateTime<Utc>>,
    account: Option<String>,
    device_name: Option<String>,
    device_type: Option<String>,
    serial: Option<String>,
    transcript: Option<String>,
    response: Option<String>,
    placeholder: bool,
    utterance_id: Option<String>,
    /// Voice-profile first names from `personsInfo`.
    speakers: Vec<String>,
    /// Why `description` is not JSON (the parser's words), which leaves the entry without a
    /// transcript but does not stop it becoming a record.
    bad_description: Option<String>,
}

impl Format for VoiceHistory {
    fn name(&self) -> &'static str {
        "amazon.voice_history"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        let head = candidate.head;
        candidate.content == Content::Json
            && (head_has(head, "\"customerHistoryRecords\"")
                || (head_has(head, "\"activities\"") || head_has(head, "\"activity\""))
                    && [
                        "\"recordKey\"",
                        "\"registeredCustomerId\"",
                        "\"utteranceId\"",
                    ]
                    .iter()
                    .any(|k| head_has(head, k)))
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        let failed = |why: Message| Imported {
            kind: MemberKind::Records,
            outcome: Outcome::Failed(why),
        };
        let bytes = match read_bounded(content) {
            Ok(bytes) => bytes,
            Err(why) => return failed(why),
        };
        let member = member_ref(candidate);
        // A page as Amazon writes it is read straight into the fields used; anything else
        // takes the `Value` route below, which also says what is wrong with it.
        if let Some(entries) = history_page::entries(&bytes) {
            for (i, entry) in entries.iter().enumerate() {
                let found = entry.as_ref().map(history_found);
                take(
                    found,
                    "customerHistoryRecords",
                    i,
                    candidate,
                    &member,
                    import,
                );
            }
            return Imported {
                kind: MemberKind::Records,
                outcome: Outcome::Parsed,
            };
        }
        let mut page: Value = match serde_json::from_slice(&bytes) {
            Ok(page) => page,
            Err(e) => return failed(json_failure(&e)),
        };
        let (list, read): (&str, ReadEntry) = if page.get("customerHistoryRecords").is_some() {
            ("customerHistoryRecords", history_record)
        } else if page.get("activities").is_some() {
            ("activities", activity)
        } else if page.get("activity").is_some_and(Value::is_object) {
            // One activity, `{"activity": {…}}`: read as a list of one, `$.activity[0]`.
            page = serde_json::json!({ "activity": [page["activity"].take()] });
            ("activity", activity)
        } else {
            return failed(Message::new("format-amazon-no-history"));
        };
        let Some(entries) = page.get(list).and_then(Value::as_array) else {
            return failed(Message::new("format-not-a-list").arg("key", list));
        };
        for (i, entry) in entries.iter().enumerate() {
            take(read(entry), list, i, candidate, &member, import);
        }
        Imported {
            kind: MemberKind::Records,
            outcome: Outcome::Parsed,
        }
    }
}

/// Turns entry `i` of `list` into a record, or a warning when it is not an object or says
/// nothing.
fn take(
    found: Option<Found>,
    list: &str,
    i: usize,
    candidate: &Candidate<'_>,
    member: &MemberRef,
    import: &mut Import,
) {
    let at = Locator::json(format!("$.{list}[{i}]"));
    let said = |id: &str| Message::new(id).arg("at", &at);
    match found {
        Some(found)
            if found.time.is_none()
                && found.transcript.is_none()
                && found.utterance_id.is_none()
                && found.serial.is_none() =>
        {
            import.warn(member, said("format-row-empty-voice"));
        }
        Some(found) => {
            if let Some(e) = &found.bad_description {
                import.warn(member, said("format-row-bad-description").arg("detail", e));
            }
            push(found, candidate, &at, import);
        }
        None => import.warn(member, said("format-row-not-object")),
    }
}

/// A non-empty string field.
fn text(value: &Value, key: &str) -> Option<String> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Epoch milliseconds given as a number or a string of digits.
fn millis(value: &Value, key: &str) -> Option<DateTime<Utc>> {
    let v = value.get(key)?;
    v.as_i64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
        .and_then(from_millis)
}

/// `<customerId>#<ms>#<deviceType>#<serial>` split into its parts (empty parts are `None`).
fn key_parts(key: Option<String>) -> [Option<String>; 4] {
    let mut out: [Option<String>; 4] = Default::default();
    if let Some(key) = key {
        for (slot, part) in out.iter_mut().zip(key.split('#')) {
            *slot = Some(part.trim().to_string()).filter(|p| !p.is_empty());
        }
    }
    out
}

/// One entry of `customerHistoryRecords` in a page that took the `Value` route.
fn history_record(r: &Value) -> Option<Found> {
    history_page::entry(r).as_ref().map(history_found)
}

/// What one entry of `customerHistoryRecords` says.
fn history_found(r: &history_page::HistoryRecord<'_>) -> Found {
    let [key_customer, key_ms, key_type, key_serial] = key_parts(r.record_key.trimmed());
    let mut found = Found {
        time: r
            .timestamp
            .0
            .and_then(from_millis)
            .or_else(|| key_ms.and_then(|ms| ms.parse().ok()).and_then(from_millis)),
        account: r.customer_id.trimmed().or(key_customer),
        device_name: r.device_name.trimmed(),
        device_type: key_type,
        serial: key_serial,
        utterance_id: r.utterance_id.trimmed(),
        ..Found::default()
    };
    let (mut said, mut answered) = (Vec::new(), Vec::new());
    let mut replaced = false;
    for item in &r.items {
        if found.utterance_id.is_none() {
            found.utterance_id = item.utterance_id.trimmed();
        }
        for name in item.persons.iter().filter_map(history_page::Text::trimmed) {
            if !found.speakers.contains(&name) {
                found.speakers.push(name);
            }
        }
        let Some(t) = item.transcript_text.trimmed() else {
            continue;
        };
        match item.record_item_type.exact() {
            Some("CUSTOMER_TRANSCRIPT") => said.push(t),
            Some("ASR_REPLACEMENT_TEXT") => {
                replaced = true;
                said.push(t);
            }
            Some("ALEXA_RESPONSE" | "TTS_REPLACEMENT_TEXT") => answered.push(t),
            _ => {}
        }
    }
    found.transcript = (!said.is_empty()).then(|| said.join(" / "));
    found.response = (!answered.is_empty()).then(|| answered.join(" / "));
    found.placeholder = replaced || found.transcript.as_deref().is_some_and(is_placeholder);
    found
}

/// One entry of `activities`.
fn activity(a: &Value) -> Option<Found> {
    if !a.is_object() {
        return None;
    }
    let [key_customer, key_ms, key_type, key_serial] = key_parts(text(a, "id"));
    let source = a
        .get("sourceDeviceIds")
        .and_then(Value::as_array)
        .and_then(|ids| ids.first());
    let mut found = Found {
        time: millis(a, "creationTimestamp")
            .or_else(|| key_ms.and_then(|ms| ms.parse().ok()).and_then(from_millis)),
        account: text(a, "registeredCustomerId").or(key_customer),
        device_type: source.and_then(|s| text(s, "deviceType")).or(key_type),
        serial: source.and_then(|s| text(s, "serialNumber")).or(key_serial),
        utterance_id: text(a, "utteranceId"),
        ..Found::default()
    };
    let description = match a.get("description") {
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(d) => Some(d),
            Err(e) => {
                found.bad_description = Some(e.to_string());
                None
            }
        },
        Some(d @ Value::Object(_)) => Some(d.clone()),
        _ => None,
    };
    found.transcript = description.as_ref().and_then(|d| text(d, "summary"));
    if found.utterance_id.is_none() {
        found.utterance_id = description
            .as_ref()
            .and_then(|d| text(d, "firstStreamId").or_else(|| text(d, "firstUtteranceId")));
    }
    let discarded = a.get("activityStatus").and_then(Value::as_str)
        == Some("DISCARDED_NON_DEVICE_DIRECTED_INTENT");
    if discarded && found.transcript.is_none() {
        found.transcript = Some("Audio was not intended for Alexa".into());
    }
    found.placeholder = found.transcript.as_deref().is_some_and(is_placeholder);
    Some(found)
}

/// Fills gaps from the utterance id, then pushes the device and the record.
fn push(mut found: Found, candidate: &Candidate<'_>, at: &Locator, import: &mut Import) {
    if let Some(u) = found.utterance_id.as_deref().and_then(UtteranceId::parse) {
        found.time = found.time.or(Some(u.time));
        if found.device_type.is_none() && !u.is_text_client() {
            found.device_type = Some(u.device_type);
        }
        found.serial = found.serial.or(u.serial);
    }
    let device =
        (found.serial.is_some() || found.device_type.is_some() || found.device_name.is_some())
            .then(|| {
                import.device(Device {
                    id: String::new(),
                    name: found.device_name,
                    model: found.device_type.as_deref().and_then(model).map(Into::into),
                    device_type: found.device_type,
                    serial: found.serial,
                    account: found.account.clone(),
                    ..Device::default()
                })
            });
    let language = if found.placeholder {
        None
    } else {
        found.transcript.as_deref().and_then(language)
    };
    let record = Record {
        time: found.time,
        zone: found.time.map(|_| "UTC".into()),
        device,
        account: found.account,
        vendor: Some("amazon".into()),
        speakers: found.speakers,
        transcript: found.transcript,
        response: found.response,
        language,
        placeholder: found.placeholder,
        source: candidate.source(at),
        ..Record::default()
    };
    import.record_naming_audio(record, found.utterance_id.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What each entry of a page says, read both ways: straight (`history_page`) and through a
    /// `Value` tree.
    fn both_ways(page: &str) -> (Vec<String>, Vec<String>) {
        let straight = history_page::entries(page.as_bytes())
            .expect("a page with a customerHistoryRecords list")
            .iter()
            .map(|e| format!("{:?}", e.as_ref().map(history_found)))
            .collect();
        let value: Value = serde_json::from_str(page).expect("valid JSON");
        let by_value = value["customerHistoryRecords"]
            .as_array()
            .expect("a list")
            .iter()
            .map(|e| format!("{:?}", history_record(e)))
            .collect();
        (straight, by_value)
    }

    #[test]
    fn a_page_read_straight_says_what_its_value_tree_says() {
        let pages = [
            include_str!("../../tests/fixtures/amazon.voice_history/voice-history-realistic.json"),
            include_str!(
                "../../tests/fixtures/amazon.voice_history/voice-history-missing-field.json"
            ),
            include_str!("../../tests/fixtures/amazon.voice_history/voice-history-empty.json"),
            include_str!("../../tests/exports/join/overlap/VoiceHistoryRecords-0001.json"),
            include_str!("../../tests/exports/join/suffixed/VoiceHistoryRecords-0001.json"),
            // Fields of other types than expected, twice, escaped, nested in odd places.
            r#"{"customerHistoryRecords": [
                1, "text", null, [], {},
                {"recordKey": 5, "timestamp": "  1600000000000 ", "customerId": ["x"],
                 "device": "Echo", "utteranceId": {"a": 1}},
                {"recordKey": "A1#1600000000123#A3S5BH2HU6VAYF#G090", "timestamp": 1.5e12,
                 "customerId": "  ", "device": {"deviceName": 7}, "voiceHistoryRecordItems": {}},
                {"timestamp": 18446744073709551615, "record\u004bey": "B#1600000000999#T#S",
                 "customerId": "first", "customerId": "second",
                 "device": {"deviceName": "Küche \"oben\""}, "device": {"deviceName": "Bad"},
                 "voiceHistoryRecordItems": [
                   null, 3, {"transcriptText": "ignored, no type"},
                   {"recordItemType": "CUSTOMER_TRANSCRIPT", "transcriptText": " wie spät ist es \u00e4 "},
                   {"recordItemType": " CUSTOMER_TRANSCRIPT", "transcriptText": "type with a space"},
                   {"recordItemType": "ASR_REPLACEMENT_TEXT", "transcriptText": "Audio was not intended for Alexa",
                    "utteranceId": "A3S5BH2HU6VAYF:1.0/2020/10/01/04/G090/37:04::TNIH_2V.48205b51-43f9LPM",
                    "personsInfo": [{"personFirstName": "Anna"}, "Ben", {"personFirstName": " Anna "}, {"personFirstName": 1}]},
                   {"recordItemType": "ALEXA_RESPONSE", "transcriptText": "Es ist 12 Uhr", "personsInfo": {"personFirstName": "C"}},
                   {"recordItemType": "TTS_REPLACEMENT_TEXT", "transcriptText": "…"}
                 ],
                 "voiceHistoryRecordItems": [{"recordItemType": "CUSTOMER_TRANSCRIPT", "transcriptText": "the last list counts"}]},
                {"timestamp": -5, "voiceHistoryRecordItems": [{"recordItemType": "CUSTOMER_TRANSCRIPT", "transcriptText": "x", "extra": {"deep": [1, {"a": [true, false, null]}]}}]}
            ], "encodedRequestToken": "abc"}"#,
        ];
        for page in pages {
            let (straight, by_value) = both_ways(page);
            assert!(!straight.is_empty() || page.contains("[]"), "{page}");
            assert_eq!(straight, by_value, "{page}");
        }
    }

    #[test]
    fn other_shapes_take_the_value_route() {
        for page in [
            r#"{"activities": []}"#,
            r#"{"customerHistoryRecords": {"not": "a list"}}"#,
            r#"[{"customerHistoryRecords": []}]"#,
            r#"{"customerHistoryRecords": [}"#,
            r#"{"customerHistoryRecords": []} trailing"#,
        ] {
            assert!(history_page::entries(page.as_bytes()).is_none(), "{page}");
        }
    }
}
