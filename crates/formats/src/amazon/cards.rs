//! `amazon.cards`: the Alexa app's history cards (`/api/cards`, 2016–2018).
//!
//! # Format
//!
//! A page `{"cards": [...], "nextQueryTime": …}` as the Alexa app fetched and cached it (see
//! `formats.md`, "Amazon Alexa history cards"). One card is one interaction:
//! - `id` (and `deleteCardAction.cardId`) = `<customerId>#<creationTimestampMs>#<deviceType>#<serial>`;
//! - `registeredCustomerId` → `account`; `creationTimestamp` (epoch ms, UTC) → `time`, else the
//!   id's milliseconds, else the utterance id;
//! - `sourceDevice {serialNumber, type}` → the device: serial, type code and the model the code
//!   stands for ([`super::model`]); never a *name*: a card names no device, and a type code is
//!   no name (else the id's type and serial);
//! - `playbackAudioAction.mainText` = `Alexa heard: "<words>"` → `transcript`, the wrapper
//!   stripped in any case and quote style ([`heard`]);
//! - `playbackAudioAction.url` = `/api/utterance/audio/data?id=<utteranceId>/<n>` → the record
//!   asks for its recording under [`crate::audio_key`] of the utterance id;
//! - `descriptiveText[]` → `response` (Alexa's answer, joined with ` / `), never words.
//!
//! One record per card, located as `$.cards[i]`, `vendor = "amazon"`, `zone = "UTC"`.
//!
//! # Detection
//!
//! JSON content whose first 4 KiB hold `"cards"` and `"cardType"`, `"playbackAudioAction"` or
//! `"nextQueryTime"` (an empty page has only the last).
//!
//! # Known variants
//!
//! - No `playbackAudioAction` (or no `mainText` in it): no words known; the card is still a
//!   record (its id names the account, the time and the device). In the real pages of 2017 one
//!   `TextCard` ("Pandora Station") is such a card.
//! - Interactions and notifications: in the real pages every card with a `playbackAudioAction`
//!   is an interaction, a `NotificationCard` included (the alarm card carries the request that
//!   set the alarm, `Alexa heard: "… alarm on eight o'clock"`; its `descriptiveText` "8:00 AM"
//!   is the alarm, an answer). A `NotificationCard` *without* a `playbackAudioAction` is a
//!   notification nobody spoke (an alarm ringing, a delivery): not a record; such cards are
//!   counted in one warning on the member.
//! - The app fetched overlapping pages, so the same card id arrives in several files: within
//!   one page a card id is read once (repeats are counted in a warning); across files the
//!   import's de-duplication applies.
//! - A card that is not an object, or holds no time, words, device or id: a warning, skipped.
//!
//! # Not imported
//!
//! The interface strings of the `*Action` objects (`giveFeedbackAction.mainText` "Thank you!
//! Your feedback helps Alexa understand you better.", `thumbsUpDownActivityAction.mainText`
//! "Did Alexa hear you correctly?", "Remove card", "Edit Alarm", …): never words. `title`,
//! `subtitle` (Alexa's summary of the request and the skill), `nBestOptions`, images, weather
//! forecasts, `cardMetricAttributes`, `token`, `nextQueryTime`.

use std::collections::HashSet;
use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Device, Locator, MemberKind, Message, Record};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::{from_millis, head_has, is_placeholder, language, member_ref, model, UtteranceId};
use crate::read::read_json;
use crate::{Candidate, Format, Import, Imported};

/// The history-cards module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cards;

/// Prefixes Alexa puts before the words it heard, lower-cased, without the colon.
const HEARD: &[&str] = &["alexa heard", "alexa hat verstanden", "alexa a entendu"];

/// Quote pairs a transcript may be wrapped in.
const QUOTES: &[(char, char)] = &[
    ('"', '"'),
    ('\'', '\''),
    ('“', '”'),
    ('„', '“'),
    ('‘', '’'),
    ('‚', '‘'),
    ('«', '»'),
    ('»', '«'),
    ('”', '”'),
];

impl Format for Cards {
    fn name(&self) -> &'static str {
        "amazon.cards"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        let head = candidate.head;
        candidate.content == Content::Json
            && head_has(head, "\"cards\"")
            && [
                "\"cardType\"",
                "\"playbackAudioAction\"",
                "\"nextQueryTime\"",
            ]
            .iter()
            .any(|k| head_has(head, k))
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
        let page: Value = match read_json(content) {
            Ok(page) => page,
            Err(why) => return failed(why),
        };
        let Some(cards) = page.get("cards").and_then(Value::as_array) else {
            return failed(Message::new("format-amazon-no-cards"));
        };
        let member = member_ref(candidate);
        let mut seen: HashSet<String> = HashSet::new();
        let (mut repeated, mut notifications) = (0usize, 0usize);
        for (i, card) in cards.iter().enumerate() {
            let at = Locator::json(format!("$.cards[{i}]"));
            let Some(card) = card.as_object() else {
                import.warn(
                    &member,
                    Message::new("format-row-not-object").arg("at", &at),
                );
                continue;
            };
            let id = text(card, "id").or_else(|| {
                card.get("deleteCardAction")
                    .and_then(Value::as_object)
                    .and_then(|a| text(a, "cardId"))
            });
            if let Some(id) = &id {
                if !seen.insert(id.clone()) {
                    repeated += 1;
                    continue;
                }
            }
            let found = read_card(card, id.as_deref());
            if !found.spoken && text(card, "cardType").as_deref() == Some("NotificationCard") {
                notifications += 1;
                continue;
            }
            if found.time.is_none()
                && found.transcript.is_none()
                && found.serial.is_none()
                && found.device_type.is_none()
                && id.is_none()
            {
                import.warn(
                    &member,
                    Message::new("format-row-empty-card").arg("at", &at),
                );
                continue;
            }
            push(found, candidate, &at, import);
        }
        if repeated > 0 {
            // Cards whose id was read before in the same page.
            import.warn(
                &member,
                Message::new("format-cards-repeated").arg("count", repeated),
            );
        }
        if notifications > 0 {
            // Notification cards nobody spoke.
            import.warn(
                &member,
                Message::new("format-cards-notifications").arg("count", notifications),
            );
        }
        Imported {
            kind: MemberKind::Records,
            outcome: Outcome::Parsed,
        }
    }
}

/// What one card says, before it becomes a device and a record.
#[derive(Debug, Default)]
struct Found {
    time: Option<DateTime<Utc>>,
    account: Option<String>,
    device_type: Option<String>,
    serial: Option<String>,
    transcript: Option<String>,
    response: Option<String>,
    utterance_id: Option<String>,
    /// Whether the card carries a spoken request (a `playbackAudioAction`).
    spoken: bool,
}

/// A non-empty string field.
fn text(object: &Map<String, Value>, key: &str) -> Option<String> {
    object
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Reads one card; `id` is its card id.
fn read_card(card: &Map<String, Value>, id: Option<&str>) -> Found {
    let mut parts = id.unwrap_or("").split('#').map(|p| {
        let p = p.trim();
        (!p.is_empty()).then(|| p.to_string())
    });
    let (key_customer, key_ms, key_type, key_serial) = (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    );
    let source = card.get("sourceDevice").and_then(Value::as_object);
    let playback = card.get("playbackAudioAction").and_then(Value::as_object);
    let interface = interface_strings(card);
    let transcript = playback
        .and_then(|p| text(p, "mainText"))
        .and_then(|t| heard(&t).map(str::to_string))
        .filter(|t| !interface.contains(t.as_str()));
    let utterance_id = playback
        .and_then(|p| text(p, "url"))
        .and_then(|u| utterance_id(&u));
    let answer: Vec<String> = match card.get("descriptiveText") {
        Some(Value::Array(lines)) => lines
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_string()],
        _ => Vec::new(),
    };
    let millis = card.get("creationTimestamp").and_then(|v| {
        v.as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    });
    Found {
        time: millis
            .or_else(|| key_ms.and_then(|ms| ms.parse().ok()))
            .and_then(from_millis),
        account: text(card, "registeredCustomerId").or(key_customer),
        device_type: source.and_then(|s| text(s, "type")).or(key_type),
        serial: source.and_then(|s| text(s, "serialNumber")).or(key_serial),
        transcript,
        response: (!answer.is_empty()).then(|| answer.join(" / ")),
        utterance_id,
        spoken: playback.is_some(),
    }
}

/// The `mainText` and `subText` of every `*Action` object of a card but the playback: the
/// app's interface strings, never what was said.
fn interface_strings<'a>(card: &'a Map<String, Value>) -> HashSet<&'a str> {
    let mut out = HashSet::new();
    let mut add = |action: &'a Value| {
        for key in ["mainText", "subText"] {
            if let Some(s) = action.get(key).and_then(Value::as_str) {
                out.insert(s.trim());
            }
        }
    };
    for (key, value) in card {
        if key == "playbackAudioAction" || !key.to_lowercase().ends_with("action") {
            if key.to_lowercase().ends_with("actions") {
                value.as_array().into_iter().flatten().for_each(&mut add);
            }
            continue;
        }
        add(value);
    }
    out
}

/// The words inside Alexa's `Alexa heard: "<words>"`, in any case and quote style; text
/// without the wrapper is taken as it is. `None` when nothing is left.
pub fn heard(main_text: &str) -> Option<&str> {
    let t = main_text.trim();
    let lower = t.to_lowercase();
    let mut rest = t;
    for prefix in HEARD {
        if lower.starts_with(prefix) && t.is_char_boundary(prefix.len()) {
            rest = t[prefix.len()..].trim_start();
            rest = rest.strip_prefix(':').unwrap_or(rest).trim();
            break;
        }
    }
    for (open, close) in QUOTES {
        if let Some(inner) = rest
            .strip_prefix(*open)
            .and_then(|r| r.strip_suffix(*close))
        {
            rest = inner.trim();
            break;
        }
    }
    (!rest.is_empty()).then_some(rest)
}

/// The utterance id in a playback URL: the `id` query value (percent-decoded) without its
/// trailing `/<n>`.
fn utterance_id(url: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    let value = query.split('&').find_map(|pair| pair.strip_prefix("id="))?;
    let decoded = crate::text::percent_decode(value);
    let id = match decoded.rsplit_once('/') {
        Some((id, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => id,
        _ => decoded.as_str(),
    };
    let id = id.trim();
    (!id.is_empty()).then(|| id.to_string())
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
    let device = (found.serial.is_some() || found.device_type.is_some()).then(|| {
        import.device(Device {
            id: String::new(),
            name: None,
            model: found.device_type.as_deref().and_then(model).map(Into::into),
            device_type: found.device_type,
            serial: found.serial,
            account: found.account.clone(),
            ..Device::default()
        })
    });
    let placeholder = found.transcript.as_deref().is_some_and(is_placeholder);
    let record = Record {
        time: found.time,
        zone: found.time.map(|_| "UTC".into()),
        device,
        account: found.account,
        vendor: Some("amazon".into()),
        language: if placeholder {
            None
        } else {
            found.transcript.as_deref().and_then(language)
        },
        transcript: found.transcript,
        response: found.response,
        placeholder,
        source: candidate.source(at),
        ..Record::default()
    };
    import.record_naming_audio(record, found.utterance_id.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heard_wrapper_goes_in_any_case_and_quote_style() {
        assert_eq!(
            heard("Alexa heard: \"turn on pandora\""),
            Some("turn on pandora")
        );
        assert_eq!(
            heard("ALEXA HEARD: “wie spät ist es”"),
            Some("wie spät ist es")
        );
        assert_eq!(heard("alexa heard 'stop'"), Some("stop"));
        assert_eq!(heard("Alexa hat verstanden: „Licht an“"), Some("Licht an"));
        assert_eq!(heard("turn on"), Some("turn on"));
        assert_eq!(heard("Alexa heard: \"\""), None);
        assert_eq!(heard("  "), None);
    }

    #[test]
    fn utterance_ids_come_from_the_playback_url() {
        let url = "/api/utterance/audio/data?id=AB72C64C86AW2:1.0/2017/07/13/07/B0F00715535302W5/33:00::TNIH_2V.45ef6933-8e81-4938-8425-6c5462f13a1bZXV/1";
        assert_eq!(
            utterance_id(url).as_deref(),
            Some("AB72C64C86AW2:1.0/2017/07/13/07/B0F00715535302W5/33:00::TNIH_2V.45ef6933-8e81-4938-8425-6c5462f13a1bZXV")
        );
        assert_eq!(
            utterance_id("/api/utterance/audio/data?x=1&id=A%3A1.0%2F2017%2F0").as_deref(),
            Some("A:1.0/2017")
        );
        assert_eq!(utterance_id("/api/utterance/audio/data"), None);
        assert_eq!(utterance_id("/x?id=%zz"), Some("%zz".into()));
    }
}
