//! `google.assistant`: Google Assistant activity from Takeout's My Activity, as JSON.
//!
//! # Format
//!
//! `Takeout/My Activity/Assistant/MyActivity.json` (folder names localised: `Meine
//! Aktivitäten`, …), a top-level array of objects (see `formats.md`, "Google Takeout
//! (Assistant)"):
//! - `title`: what was said, behind a localised verb (`Said …`, `Vous avez dit …`), with
//!   `titleUrl` a search for exactly the words: the verb is read off the entry in any locale
//!   (see [`super::Said`]);
//! - `time`: ISO 8601 in UTC (`Z`), with milli- or microseconds; the record's zone is `UTC`;
//! - `subtitles[{name}]`: the reply (several are joined with ` / `; `[{}]` is no reply);
//! - `details[{name}]`: e.g. "Started by hotword", "From unrecognized speaker"; see [`details`];
//! - `locationInfos[{name,url,source}]`: coordinates inside a maps URL; see [`coordinates`];
//! - `audioFiles[]`: MP3 file names (`YYYY-MM-DD_HH_MM_SS_mmm_UTC.mp3`). The record asks for the
//!   first under [`crate::audio_key`] of its name, so it joins wherever the MP3 is, other
//!   Takeout parts included, and even when the name is seconds off `time`.
//!
//! One record per entry, located as `$[i]`, with `vendor = "google"`. Assistant records carry
//! no device id and no account: `device` and `account` stay empty. The `details` names are
//! kept verbatim in `details`; one that says the speaker was not recognised (see
//! [`unrecognized`]) sets `speaker_recognized = Some(false)`. The first `locationInfos`
//! entry with coordinates becomes `location` (with its `name`).
//!
//! # Detection
//!
//! JSON content that is either named `MyActivity.json` / `MyActivity-<n>.json` (French
//! `MonActivité.json`, German `MeineAktivitäten.json`) in a folder named `Assistant`
//! (whatever the localised folders above it), or an array whose first 4 KiB hold `"header":
//! "Assistant"` (or `"Google Assistant"`) and a `"title"`.
//!
//! # Known variants
//!
//! - Titles in any language: the words are the title less the verb that its search link (or,
//!   without one, an entry of the same file, or the list of known verbs) shows; a title with
//!   no verb found is kept whole as the transcript.
//! - Entries that are no voice interaction (an app opened: `Used an app`, `Application
//!   utilisée : Assistant`; an item selected: `"Maps" sélectionné`; a card shown): not
//!   records; one warning per kind gives their count ("10 entries are not voice interactions
//!   (an app opened) and were not imported").
//! - An unknown voice command (`Unknown voice command`, `Commande vocale inconnue`): a record
//!   without words.
//! - A location named only as a general area (`In this general area`, `Dans cette zone
//!   générale`): the location keeps its coordinates, without a name.
//! - `subtitles: [{}]`, missing `subtitles`, `details`, `locationInfos` or `audioFiles`: fine.
//! - More than one audio file: only the first is joined; a warning names the rest.
//! - An entry without a usable `time` is a warning and skipped; one without `title` is a
//!   record without transcript.
//!
//! # Not imported
//!
//! `header`, `titleUrl` (but for finding the words), `products`, `activityControls`, subtitle
//! URLs, location sources. The HTML variant (`MyActivity.html`) is `google.assistant_html`,
//! Takeout's device list (`Access Log Activity/Devices …csv`) is `google.devices_csv`.

use std::collections::BTreeMap;
use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Location, Locator, MemberKind, Message, Record};
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::member_ref;
use super::said::{is_general_area, not_imported, Entry, Said};
use crate::language::language;
use crate::read::read_json;
use crate::{Candidate, Format, Import, Imported};

/// The Assistant activity module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Assistant;

/// Names of the activity file, less `.json`: English, French (a real export), German.
const NAMES: &[&str] = &["MyActivity", "MonActivité", "MeineAktivitäten"];

/// Header values of Assistant entries.
const HEADERS: &[&str] = &["\"Assistant\"", "\"Google Assistant\""];

impl Format for Assistant {
    fn name(&self) -> &'static str {
        "google.assistant"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        candidate.content == Content::Json
            && (is_activity_path(candidate.path) || has_assistant_header(candidate.head))
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
        let list: Value = match read_json(content) {
            Ok(list) => list,
            Err(why) => return failed(why),
        };
        let Some(entries) = list.as_array() else {
            return failed(Message::new("format-google-not-activities"));
        };
        let member = member_ref(candidate);
        let mut said = Said::new();
        for entry in entries {
            if let Some(title) = entry.get("title").and_then(Value::as_str) {
                said.learn(title, entry.get("titleUrl").and_then(Value::as_str));
            }
        }
        let mut not_voice = BTreeMap::new();
        for (i, entry) in entries.iter().enumerate() {
            let at = Locator::json(format!("$[{i}]"));
            let warning = |id: &str| Message::new(id).arg("at", &at);
            if !entry.is_object() {
                import.warn(&member, warning("format-row-not-object"));
                continue;
            }
            let title = text(entry, "title");
            let url = text(entry, "titleUrl");
            let transcript = match title.as_deref().map(|t| said.read(t, url.as_deref())) {
                Some(Entry::NotVoice(kind)) => {
                    *not_voice.entry(kind).or_insert(0) += 1;
                    continue;
                }
                Some(Entry::Words(words)) => Some(words.to_string()),
                Some(Entry::Unknown) | None => None,
            };
            let time = match entry.get("time") {
                None | Some(Value::Null) => {
                    import.warn(&member, warning("format-row-no-time"));
                    continue;
                }
                Some(t) => match t.as_str().and_then(parse_time) {
                    Some(time) => time,
                    None => {
                        // The value as JSON writes it: `"soon"`, `12`.
                        let value = t.to_string();
                        let bad = warning("format-row-time-not-iso").arg("value", value);
                        import.warn(&member, bad);
                        continue;
                    }
                },
            };
            let details = details(entry);
            let speaker_recognized = details.iter().any(|d| unrecognized(d)).then_some(false);
            for (id, key) in malformed(entry) {
                import.warn(&member, warning(id).arg_opt("key", key));
            }
            let files = audio_files(entry);
            if files.len() > 1 {
                import.warn(
                    &member,
                    warning("format-row-audio-files")
                        .arg("count", files.len())
                        .arg("rest", files[1..].join(", ")),
                );
            }
            let record = Record {
                time: Some(time),
                zone: Some("UTC".into()),
                vendor: Some("google".into()),
                speaker_recognized,
                location: location(entry),
                details,
                language: transcript.as_deref().and_then(language),
                transcript,
                response: response(entry),
                source: candidate.source(&at),
                ..Record::default()
            };
            import.record_naming_audio(record, files.first().map(String::as_str))
        }
        for w in not_imported(&not_voice) {
            import.warn(&member, w);
        }
        Imported {
            kind: MemberKind::Records,
            outcome: Outcome::Parsed,
        }
    }
}

/// `…/Assistant/MyActivity.json` or `…/Assistant/MyActivity-<n>.json`, or a localised name
/// (`MonActivité.json`).
fn is_activity_path(path: &str) -> bool {
    let mut segments = path.rsplit(['/', '\\']);
    let (Some(file), Some(parent)) = (segments.next(), segments.next()) else {
        return false;
    };
    let Some(stem) = file
        .strip_suffix(".json")
        .or_else(|| file.strip_suffix(".JSON"))
    else {
        return false;
    };
    let numbered = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    let name_fits = NAMES.iter().any(|name| {
        stem == *name
            || stem
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(numbered)
    });
    name_fits && parent.eq_ignore_ascii_case("assistant")
}

/// An array whose head has `"header": "Assistant"` (or `"Google Assistant"`) and a `"title"`.
fn has_assistant_header(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    if !text.trim_start().starts_with('[') || !text.contains("\"title\"") {
        return false;
    }
    text.match_indices("\"header\"").any(|(i, key)| {
        let value = text[i + key.len()..].trim_start();
        value
            .strip_prefix(':')
            .map(str::trim_start)
            .is_some_and(|v| HEADERS.iter().any(|h| v.starts_with(h)))
    })
}

/// The `name`s of an entry's `details`, as written ("From unrecognized speaker").
pub fn details(entry: &Value) -> Vec<String> {
    names(entry, "details")
}

/// Latitude and longitude in a maps URL: after `q=`, `query=`, `center=`, `ll=` or `@`.
pub fn coordinates(url: &str) -> Option<(f64, f64)> {
    let starts = ["?q=", "&q=", "query=", "center=", "ll=", "@"];
    starts.iter().find_map(|start| {
        let (_, rest) = url.split_once(start)?;
        let rest = rest.replace("%2C", ",").replace("%2c", ",");
        let mut parts = rest.splitn(3, ',');
        let lat: f64 = parts.next()?.trim().parse().ok()?;
        let lon_text: String = parts
            .next()?
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
            .collect();
        let lon: f64 = lon_text.parse().ok()?;
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
    })
}

/// The first `locationInfos` entry with coordinates, with its name.
fn location(entry: &Value) -> Option<Location> {
    let infos = entry.get("locationInfos")?.as_array()?;
    infos.iter().find_map(|l| {
        let (lat, lon) = coordinates(l.get("url")?.as_str()?)?;
        let name = l
            .get("name")
            .and_then(Value::as_str)
            .filter(|n| !is_general_area(n))
            .map(str::to_string);
        Some(Location { lat, lon, name })
    })
}

/// Whether a `details` name says the voice was not recognised as the account holder's
/// (`From unrecognized speaker`, German `Von nicht erkanntem Sprecher`, …).
pub fn unrecognized(detail: &str) -> bool {
    let d = detail.to_lowercase();
    d.contains("unrecognized speaker")
        || d.contains("unrecognised speaker")
        || d.contains("nicht erkannt")
        || d.contains("unbekannte")
}

/// The reply: the subtitles' names joined with ` / `.
fn response(entry: &Value) -> Option<String> {
    let names = names(entry, "subtitles");
    (!names.is_empty()).then(|| names.join(" / "))
}

/// The file names in `audioFiles` (a path keeps only its last segment).
fn audio_files(entry: &Value) -> Vec<String> {
    let Some(files) = entry.get("audioFiles").and_then(Value::as_array) else {
        return vec![];
    };
    files
        .iter()
        .filter_map(Value::as_str)
        .map(|f| f.rsplit(['/', '\\']).next().unwrap_or(f).trim().to_string())
        .filter(|f| !f.is_empty())
        .collect()
}

/// Non-empty `name`s of the objects in the list `key`.
fn names(entry: &Value, key: &str) -> Vec<String> {
    let Some(list) = entry.get(key).and_then(Value::as_array) else {
        return vec![];
    };
    list.iter().filter_map(|o| text(o, "name")).collect()
}

/// Warnings for fields that are not what Takeout writes: each warning's id, with the field's
/// key where the warning names it.
fn malformed(entry: &Value) -> Vec<(&'static str, Option<&'static str>)> {
    let mut out = vec![];
    for key in ["subtitles", "details", "locationInfos", "audioFiles"] {
        match entry.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                let want_strings = key == "audioFiles";
                if items.iter().any(|v| {
                    if want_strings {
                        !v.is_string()
                    } else {
                        !v.is_object()
                    }
                }) {
                    let id = if want_strings {
                        "format-row-field-not-file-names"
                    } else {
                        "format-row-field-not-objects"
                    };
                    out.push((id, Some(key)));
                }
            }
            Some(_) => out.push(("format-row-field-not-list", Some(key))),
        }
    }
    if entry.get("title").is_some_and(|t| !t.is_string()) {
        out.push(("format-row-title-not-text", None));
    }
    out
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

/// ISO 8601 with zone (`2018-03-08T17:14:40.123456Z`) as UTC.
fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_come_from_query_or_at() {
        assert_eq!(
            coordinates("https://www.google.com/maps/@?api=1&map_action=map&center=48.137154,11.576124&zoom=12"),
            Some((48.137154, 11.576124))
        );
        assert_eq!(
            coordinates("https://www.google.com/maps?q=48.137,11.575"),
            Some((48.137, 11.575))
        );
        assert_eq!(
            coordinates("https://maps.google.com/@-33.86,151.2,15z"),
            Some((-33.86, 151.2))
        );
        assert_eq!(coordinates("https://www.google.com/maps?q=Berlin"), None);
        assert_eq!(coordinates("https://www.google.com/maps?q=123,456"), None);
    }

    #[test]
    fn paths_match_in_any_language() {
        assert!(is_activity_path(
            "Takeout/My Activity/Assistant/MyActivity.json"
        ));
        assert!(is_activity_path(
            "Takeout/Meine Aktivitäten/Assistant/MyActivity-2.json"
        ));
        assert!(is_activity_path(
            "Takeout/Mes activités/Assistant/MyActivity.json"
        ));
        assert!(!is_activity_path(
            "Takeout/My Activity/Search/MyActivity.json"
        ));
        assert!(!is_activity_path(
            "Takeout/My Activity/Assistant/MyActivity.html"
        ));
        assert!(!is_activity_path(
            "Takeout/My Activity/Assistant/MyActivity-x.json"
        ));
        assert!(!is_activity_path("MyActivity.json"));
        assert!(is_activity_path(
            "Takeout/Mon activité/Assistant/MonActivité.json"
        ));
        assert!(!is_activity_path(
            "Takeout/Mon activité/Assistant/Autre.json"
        ));
    }

    #[test]
    fn headers_are_matched_with_any_spacing() {
        assert!(has_assistant_header(
            b"[ {\n  \"header\" : \"Google Assistant\",\n  \"title\": \"Said hi\""
        ));
        assert!(!has_assistant_header(
            b"[{\"header\": \"YouTube\", \"title\": \"Watched x\"}]"
        ));
        assert!(!has_assistant_header(
            b"{\"header\": \"Assistant\", \"title\": \"Said hi\"}"
        ));
    }
}
