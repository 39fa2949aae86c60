//! `unrecognized_speaker` and `unknown_speaker`
//!
//! # `unrecognized_speaker`
//!
//! **What it checks:** Google's own remark "From unrecognized speaker" on an Assistant record
//! (`speaker_recognized = false`).
//!
//! **Why:** Google matched the voice against the account holder's Voice Match and it did not
//! match: someone else spoke. On the user's own device that is a guest; in an export full of
//! them, another household.
//!
//! **Example:** `details: [{"name": "From unrecognized speaker"}]` → severity `medium`.
//!
//! # `unknown_speaker`
//!
//! **What it checks:** the voice profile the vendor attributes the words to (Amazon
//! `personsInfo`) against the people the inventory declares (only when it declares some). A
//! profile of a household member is a weak match. Voice messages (Meta) are exempt: their
//! senders are the user's contacts, not the household.
//!
//! **Why:** a voice profile is set up per person in a household; a profile named "Dirk" in a
//! household of Lena and Paul is another household's.
//!
//! **Example:** `personFirstName: "Dirk"`, the inventory declares Lena and Paul → severity
//! `medium`.

use auskunft_model::{FlagCode, Message, Record, Severity};

use crate::context::{is_voice_recording, same_name};
use crate::{Context, Evidence};

/// Flags a record the vendor says is not the account holder's voice.
pub fn unrecognized_speaker(record: &Record, ev: &mut Evidence) {
    if record.speaker_recognized == Some(false) {
        ev.flag(
            FlagCode::UnrecognizedSpeaker,
            Severity::Medium,
            Message::new("flag-unrecognized-speaker"),
        );
    }
}

/// Whether `speaker` is a declared person: the whole name or its first word.
fn is_person(cx: &Context<'_>, speaker: &str) -> bool {
    let first = speaker.split_whitespace().next().unwrap_or(speaker);
    cx.inventory
        .people
        .iter()
        .filter_map(|p| p.name.as_deref())
        .any(|name| {
            same_name(name, speaker)
                || same_name(name.split_whitespace().next().unwrap_or(name), first)
        })
}

/// Flags a voice profile that is no person of the household.
pub fn unknown_speaker(cx: &Context<'_>, record: &Record, ev: &mut Evidence) {
    if !is_voice_recording(record)
        || record.speakers.is_empty()
        || cx.inventory.people.iter().all(|p| p.name.is_none())
    {
        return;
    }
    let strangers: Vec<&str> = record
        .speakers
        .iter()
        .map(String::as_str)
        .filter(|s| !is_person(cx, s))
        .collect();
    if strangers.is_empty() {
        ev.weak(Message::new("match-household-speaker").arg("names", record.speakers.join(", ")));
    } else {
        let names = strangers
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(", ");
        ev.flag(
            FlagCode::UnknownSpeaker,
            Severity::Medium,
            Message::new("flag-unknown-speaker").arg("names", names),
        );
    }
}
