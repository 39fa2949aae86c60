//! Behavioural cues: `second_rhythm` and `language_mix`
//!
//! Weak evidence (`low`) measured against the records already found to be the user's by the
//! other rules (the *baseline*, at least [`MIN_BASELINE`] of them). They run only on records
//! that are still `unknown`, and can only ever tip those.
//!
//! # `second_rhythm`
//!
//! **What it checks:** the hour of day (UTC) of the record against the hours of the user's own
//! records: an hour at which none of them falls, nor in the hour before or after.
//!
//! **Why:** a household has a daily rhythm; a second one (activity at 3 a.m. from a home that
//! sleeps then) is a second household.
//!
//! **Example:** the user's 300 records all fall between 05:00 and 22:00 UTC; a record at
//! 02:14 UTC → severity `low`.
//!
//! # `language_mix`
//!
//! **What it checks:** the record's language against the languages that make up at least
//! 5 % of the user's own records.
//!
//! **Why:** a German household that never speaks English to its speaker does not suddenly ask
//! in English; another household might.
//!
//! **Example:** the user's records are all German; an English record → severity `low`.

use auskunft_model::{Fit, FlagCode, Message, Record, Severity};
use chrono::Timelike;

use crate::Evidence;

/// The fewest own records a baseline needs.
pub const MIN_BASELINE: usize = 30;

/// What the user's own records look like.
#[derive(Debug, Clone)]
pub struct Baseline {
    hours: [usize; 24],
    timed: usize,
    languages: Vec<(String, usize)>,
    spoken: usize,
}

/// Whether `code` names a language: `und` (a transcript whose language nothing tells, such as
/// "ok" or a name) is no evidence either way.
fn known_language(code: &str) -> bool {
    code != auskunft_formats::language::UNDETERMINED
}

impl Baseline {
    /// The baseline of the records marked `mine`, when there are enough of them.
    pub fn of(records: &[Record], fits: &[Fit]) -> Option<Baseline> {
        let mut b = Baseline {
            hours: [0; 24],
            timed: 0,
            languages: Vec::new(),
            spoken: 0,
        };
        let mut mine = 0;
        for (r, _) in records.iter().zip(fits).filter(|(_, f)| **f == Fit::Mine) {
            mine += 1;
            if let Some(t) = r.time {
                b.hours[t.hour() as usize] += 1;
                b.timed += 1;
            }
            if let Some(lang) = r.language.as_deref().filter(|l| known_language(l)) {
                b.spoken += 1;
                match b.languages.iter_mut().find(|(l, _)| l == lang) {
                    Some((_, n)) => *n += 1,
                    None => b.languages.push((lang.to_string(), 1)),
                }
            }
        }
        (mine >= MIN_BASELINE).then_some(b)
    }

    /// Adds the behavioural cues for one record.
    pub fn judge(&self, record: &Record, ev: &mut Evidence) {
        if let Some(t) = record.time.filter(|_| self.timed >= MIN_BASELINE) {
            let h = t.hour() as usize;
            let near = self.hours[(h + 23) % 24] + self.hours[h] + self.hours[(h + 1) % 24];
            if near == 0 {
                ev.flag(
                    FlagCode::SecondRhythm,
                    Severity::Low,
                    Message::new("flag-second-rhythm")
                        .arg("time", format!("{:02}:{:02}", h, t.minute()))
                        .arg("count", self.timed),
                );
            }
        }
        if let Some(lang) = record
            .language
            .as_deref()
            .filter(|l| known_language(l) && self.spoken >= MIN_BASELINE)
        {
            let usual: Vec<&str> = self
                .languages
                .iter()
                .filter(|(_, n)| n * 20 >= self.spoken)
                .map(|(l, _)| l.as_str())
                .collect();
            if !usual.contains(&lang) {
                ev.flag(
                    FlagCode::LanguageMix,
                    Severity::Low,
                    Message::new("flag-language-mix")
                        .arg("lang", lang)
                        .arg("first", usual.first().copied().unwrap_or("und"))
                        .arg("second", usual.get(1).copied().unwrap_or("none")),
                );
            }
        }
    }
}
