//! `meta.voice_messages`: voice messages in Facebook, Instagram and Messenger thread files.
//!
//! # Format
//!
//! One JSON file per thread page, `messages/<folder>/<thread>/message_<N>.json` (see
//! `formats.md`, "Others"): `participants[{name}]`, `messages[]` (newest first) with
//! `sender_name`, `timestamp_ms` (epoch ms, UTC), `content` and, for voice messages,
//! `audio_files[{uri, creation_timestamp}]`; `uri` is the archive path of the recording
//! (`…/audio/audioclip<id>.mp4`). Every string is mojibake: UTF-8 bytes escaped one by one as
//! `\u00XX`; names and text pass through [`super::mojibake::repair`].
//!
//! Each audio file of a message becomes a record located as `$.messages[i]` (or
//! `$.messages[i].audio_files[j]` when a message has several), with time from `timestamp_ms`
//! (zone `UTC`), `vendor = "meta"`, the (repaired) sender in `speakers`, no device and no
//! account. It asks for its recording under
//! [`crate::audio_key`] of the uri's last path segment. Meta has no transcripts: `content` is
//! kept as transcript only when it is something other than the standard `<name> sent a voice
//! message` / `Du hast eine Sprachnachricht gesendet` sentence.
//!
//! # Detection
//!
//! JSON content whose path ends in `messages/<folder>/<thread>/message_<N>.json`, `<folder>`
//! being `inbox`, `archived_threads`, `filtered_threads`, `message_requests` or
//! `e2ee_cutover`, with anything before `messages/` (the old export root, the newer
//! `your_facebook_activity/` or `your_instagram_activity/`), and whose first 4 KiB contain
//! `"participants"` or `"messages"`.
//!
//! # Known variants
//!
//! - Older exports (to about 2022): `messages/inbox/…` at the archive root, with `title`,
//!   `is_still_participant`, `thread_type` and `thread_path`; newer ones put the same files
//!   under `your_facebook_activity/messages/…` (Instagram: `your_instagram_activity/…`).
//! - A voice message without `timestamp_ms`, or an audio file without `uri`, is a warning and
//!   is skipped.
//!
//! # Not imported
//!
//! Text messages, photos, videos, files, stickers, shares, reactions, call logs
//! (`call_duration`), `participants` (the names are not checked against senders), `title`,
//! `thread_path`, `is_still_participant`, `creation_timestamp` of audio files. The count of
//! text messages is not reported anywhere.

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Locator, MemberKind, Message, Record};
use chrono::DateTime;
use serde_json::Value;

use super::mojibake::repair;
use super::{head_has, member_ref};
use crate::amazon::language;
use crate::read::read_json;
use crate::{audio_key, Candidate, Format, Import, Imported};

/// The voice-messages module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct VoiceMessages;

/// Folders under `messages/` that hold threads.
const FOLDERS: &[&str] = &[
    "inbox",
    "archived_threads",
    "filtered_threads",
    "message_requests",
    "e2ee_cutover",
];

impl Format for VoiceMessages {
    fn name(&self) -> &'static str {
        "meta.voice_messages"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        candidate.content == Content::Json
            && is_thread_path(candidate.path)
            && (head_has(candidate.head, "\"participants\"")
                || head_has(candidate.head, "\"messages\""))
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
        let thread: Value = match read_json(content) {
            Ok(thread) => thread,
            Err(why) => return failed(why),
        };
        let Some(messages) = thread.get("messages").and_then(Value::as_array) else {
            return failed(Message::new("format-meta-no-messages"));
        };
        let member = member_ref(candidate);
        for (i, message) in messages.iter().enumerate() {
            let Some(files) = message.get("audio_files").and_then(Value::as_array) else {
                continue;
            };
            let at = format!("$.messages[{i}]");
            let Some(time) = message
                .get("timestamp_ms")
                .and_then(Value::as_i64)
                .and_then(DateTime::from_timestamp_millis)
            else {
                import.warn(
                    &member,
                    Message::new("format-row-no-timestamp").arg("at", Locator::json(at.as_str())),
                );
                continue;
            };
            let sender = text(message, "sender_name");
            let transcript = text(message, "content").filter(|c| !is_placeholder(c));
            for (j, file) in files.iter().enumerate() {
                let place = Locator::json(if files.len() > 1 {
                    format!("{at}.audio_files[{j}]")
                } else {
                    at.clone()
                });
                let Some(uri) = file.get("uri").and_then(Value::as_str) else {
                    import.warn(&member, Message::new("format-row-no-uri").arg("at", &place));
                    continue;
                };
                let name = uri.rsplit('/').next().unwrap_or(uri);
                let record = Record {
                    time: Some(time),
                    zone: Some("UTC".into()),
                    vendor: Some("meta".into()),
                    speakers: sender.iter().cloned().collect(),
                    language: transcript.as_deref().and_then(language),
                    transcript: transcript.clone(),
                    source: candidate.source(&place),
                    ..Record::default()
                };
                import.record_wanting_audio(record, audio_key(name));
            }
        }
        Imported {
            kind: MemberKind::Records,
            outcome: Outcome::Parsed,
        }
    }
}

/// Whether `path` ends in `messages/<folder>/<thread>/message_<N>.json`.
fn is_thread_path(path: &str) -> bool {
    let segments: Vec<&str> = path.rsplit('/').take(4).collect();
    let [file, thread, folder, messages] = segments[..] else {
        return false;
    };
    let number = file
        .strip_prefix("message_")
        .and_then(|f| f.strip_suffix(".json"));
    messages == "messages"
        && FOLDERS.contains(&folder)
        && !thread.is_empty()
        && number.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A non-empty string field, mojibake repaired.
fn text(value: &Value, key: &str) -> Option<String> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(repair)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Whether `content` is the sentence Meta puts on every voice message rather than a text.
fn is_placeholder(content: &str) -> bool {
    let c = content.trim().trim_end_matches('.').trim().to_lowercase();
    [
        " sent a voice message",
        " sent an audio clip",
        " eine sprachnachricht gesendet",
    ]
    .iter()
    .any(|end| c.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_paths_old_and_new() {
        for p in [
            "messages/inbox/juergen_ab12cd/message_1.json",
            "facebook-anke2021/messages/archived_threads/x_1/message_12.json",
            "your_facebook_activity/messages/e2ee_cutover/juergen_1/message_1.json",
            "your_instagram_activity/messages/inbox/dirk_9/message_3.json",
        ] {
            assert!(is_thread_path(p), "{p}");
        }
        for p in [
            "messages/inbox/message_1.json",
            "messages/inbox/x/message_.json",
            "messages/inbox/x/message_1.html",
            "messages/stickers_used/x/message_1.json",
            "Voice History/VoiceHistoryRecords-0001.json",
        ] {
            assert!(!is_thread_path(p), "{p}");
        }
    }

    #[test]
    fn standard_voice_message_sentences_are_no_transcript() {
        assert!(is_placeholder("Jürgen Müller sent a voice message."));
        assert!(is_placeholder("You sent a voice message."));
        assert!(is_placeholder("Du hast eine Sprachnachricht gesendet."));
        assert!(is_placeholder("Anke hat eine Sprachnachricht gesendet"));
        assert!(!is_placeholder("Bin gleich da"));
    }
}
