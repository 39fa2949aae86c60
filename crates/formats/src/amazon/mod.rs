//! Amazon exports: voice history (JSON pages and older activities), history cards and device
//! lists.
//!
//! Four modules, registered most specific first: [`VOICE_HISTORY`] (`amazon.voice_history`)
//! turns voice-history pages and activity lists into records, [`VOICE_HISTORY_CSV`] the same
//! as CSV, [`DEVICES`] (`amazon.devices`) turns device lists (`{"devices": …}`,
//! `registration.csv`) into devices, and [`CARDS`] (`amazon.cards`) turns the Alexa app's
//! history cards into records. All push devices through [`crate::Import::device`], which
//! merges by serial, so a device named in the registration list and heard in a record is one
//! device.
//!
//! What is known about the shapes is in `formats.md` ("Amazon today", "Amazon record shapes",
//! "Amazon Alexa history cards"); the helpers here (placeholders, bounded reading) are shared
//! by all; the language of a transcript is [`crate::language`], re-exported here for the
//! modules that name it so.

mod cards;
mod device_types;
mod devices;
mod history_page;
mod household;
mod utterance;
mod voice_history;
mod voice_history_csv;

use chrono::{DateTime, Utc};

pub use cards::{heard, Cards};
pub use device_types::{family_model, model};
pub use devices::Devices;
pub use household::Household;
pub use utterance::{stream_id, UtteranceId};
pub use voice_history::VoiceHistory;
pub use voice_history_csv::VoiceHistoryCsv;

use crate::read::{head_has, json_failure, member_ref, read_bounded};

/// `amazon.voice_history`: voice-history pages and activities.
pub static VOICE_HISTORY: VoiceHistory = VoiceHistory;
/// `amazon.voice_history_csv`: voice history as CSV.
pub static VOICE_HISTORY_CSV: VoiceHistoryCsv = VoiceHistoryCsv;
/// `amazon.devices`: device lists and `registration.csv`.
pub static DEVICES: Devices = Devices;
/// `amazon.household`: the household file naming the export's account.
pub static HOUSEHOLD: Household = Household;
/// `amazon.cards`: the Alexa app's history cards.
pub static CARDS: Cards = Cards;

/// Epoch milliseconds as UTC.
fn from_millis(ms: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms)
}

/// Texts Amazon shows instead of a transcript (compared case-insensitively, without a final
/// full stop).
const PLACEHOLDERS: &[&str] = &[
    "no text stored",
    "audio was not intended for alexa",
    "audio could not be understood",
    "text not available. click to play recording",
    "text not available",
    "kein text gespeichert",
    "audio war nicht für alexa bestimmt",
    "audio konnte nicht verstanden werden",
    "text nicht verfügbar. klicken sie, um die aufnahme abzuspielen",
    "text nicht verfügbar",
];

/// Whether `text` is one of Amazon's placeholder texts rather than a transcript.
pub fn is_placeholder(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.').trim().to_lowercase();
    PLACEHOLDERS.contains(&t.as_str())
}

/// The language of a transcript; see [`crate::language`].
pub use crate::language::language;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_in_both_languages_and_any_case() {
        assert!(is_placeholder("Audio was not intended for Alexa"));
        assert!(is_placeholder(
            "  text not available. Click to play recording. "
        ));
        assert!(is_placeholder("Text nicht verfügbar"));
        assert!(is_placeholder("AUDIO WAR NICHT FÜR ALEXA BESTIMMT"));
        assert!(!is_placeholder("alexa stop"));
    }

    #[test]
    fn language_guess_tells_german_from_english() {
        assert_eq!(language("wie wird das wetter heute").as_deref(), Some("de"));
        assert_eq!(language("füge käse hinzu").as_deref(), Some("de"));
        assert_eq!(language("echo pause the music").as_deref(), Some("en"));
        assert_eq!(
            language("echo set an alarm for seven").as_deref(),
            Some("en")
        );
        assert_eq!(
            language("what's the weather in münchen").as_deref(),
            Some("en")
        );
        assert_eq!(language("lauter").as_deref(), Some("de"));
        assert_eq!(language("  "), None);
    }

    #[test]
    fn json_failures_name_line_and_column() {
        let e = serde_json::from_str::<serde_json::Value>("{\n \"a\": [1,\n").unwrap_err();
        let m = json_failure(&e);
        assert!(
            m.en().starts_with("invalid JSON at line 3, column 0: "),
            "{m}"
        );
        let de = m.render(auskunft_model::Lang::De);
        assert!(
            de.starts_with("Ungültiges JSON in Zeile 3, Spalte 0: "),
            "{de}"
        );
    }
}
