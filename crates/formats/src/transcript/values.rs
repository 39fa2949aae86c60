//! What the values of one table column look like: times, dates, numbers, codes, sentences,
//! repeats. The evidence [`super::classify`] weighs against a column's name: a column holds
//! what people said only when its values can be speech ([`could_be_words`], and
//! [`reads_as_speech`] when its name does not say so), and names devices
//! only when they are not type codes or serial numbers ([`could_be_names`]).

use std::collections::HashSet;

use crate::timestamp::{self, DateOrder, Zone};

/// Share of sampled values that must agree with a column's header name, and the most a column
/// of speech may have of times, numbers, codes or one repeated string.
pub(super) const HALF: f64 = 0.5;

/// A date alone (`26.05.2018`, `2018-05-26`, `5/26/2018`, `26/5/2018`), no time.
pub(super) fn is_date(value: &str) -> bool {
    let noon = format!("{value} 12:00");
    !value.contains(':')
        && !value.trim().is_empty()
        && [DateOrder::MonthFirst, DateOrder::DayFirst]
            .into_iter()
            .any(|order| timestamp::parse(&noon, order, None).is_some())
}

/// A time alone (`20:46:51`, `8:46 PM`), no date.
pub(super) fn is_time(value: &str) -> bool {
    value.contains(':')
        && timestamp::parse(&format!("2000-01-01 {value}"), DateOrder::MonthFirst, None).is_some()
}

/// What the sampled values of one column look like.
#[derive(Debug, Clone, Default)]
pub(super) struct Stats {
    /// Non-empty values.
    pub(super) filled: usize,
    /// Share of non-empty values that read as date and time, as a date, as a time, as a zone.
    pub(super) full: f64,
    pub(super) date: f64,
    pub(super) time: f64,
    pub(super) zone: f64,
    /// Share of non-empty values that are numbers.
    pub(super) numeric: f64,
    /// Distinct non-empty values per non-empty value.
    pub(super) distinct: f64,
    /// Mean length in characters and in words of the non-empty values.
    pub(super) chars: f64,
    pub(super) words: f64,
    /// Share of non-empty values (placeholders aside) that the most common one fills: an
    /// interface string repeats on every row, what people say does not.
    pub(super) top: f64,
    /// Share of non-empty values written as sentences (a capital first, a full stop, `!` or
    /// `?` last): answers are, recognised speech is not.
    pub(super) sentences: f64,
    /// Share of non-empty values that look like type codes or serial numbers
    /// (`AB72C64C86AW2`): identifiers, never a device's name.
    pub(super) codes: f64,
}

/// What `values` look like, slashed dates read in `order`.
pub(super) fn stats(values: &[&str], order: DateOrder) -> Stats {
    let filled: Vec<&str> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if filled.is_empty() {
        return Stats::default();
    }
    let n = filled.len() as f64;
    let share = |f: &dyn Fn(&str) -> bool| filled.iter().filter(|v| f(v)).count() as f64 / n;
    let distinct: HashSet<&str> = filled.iter().copied().collect();
    Stats {
        filled: filled.len(),
        full: share(&|v| timestamp::parse(v, order, None).is_some()),
        date: share(&is_date),
        time: share(&is_time),
        zone: share(&|v| Zone::named(v).is_some()),
        numeric: share(&|v| {
            v.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+'))
        }),
        distinct: distinct.len() as f64 / n,
        chars: filled.iter().map(|v| v.chars().count()).sum::<usize>() as f64 / n,
        words: filled
            .iter()
            .map(|v| v.split_whitespace().count())
            .sum::<usize>() as f64
            / n,
        top: top_share(&filled),
        sentences: share(&is_sentence),
        codes: share(&is_code),
    }
}

/// The share of `values` (placeholders aside) that the most common value fills; 0 for fewer
/// than three such values, too few to say.
fn top_share(values: &[&str]) -> f64 {
    let spoken: Vec<&str> = values
        .iter()
        .copied()
        .filter(|v| !crate::amazon::is_placeholder(v))
        .collect();
    if spoken.len() < 3 {
        return 0.0;
    }
    let mut counts = std::collections::HashMap::new();
    for v in &spoken {
        *counts.entry(v.to_lowercase()).or_insert(0usize) += 1;
    }
    counts.values().copied().max().unwrap_or(0) as f64 / spoken.len() as f64
}

/// A sentence as an assistant writes one: a capital first, a full stop, `!` or `?` last.
fn is_sentence(value: &str) -> bool {
    value.chars().next().is_some_and(char::is_uppercase)
        && value.ends_with(['.', '!', '?'])
        && value.split_whitespace().count() >= 2
}

/// A type code or serial number (`AB72C64C86AW2`, `G090LF1181720W3T`): one word of at least
/// eight capitals and digits, both present.
pub(super) fn is_code(value: &str) -> bool {
    let v = value.trim();
    v.chars().count() >= 8
        && v.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && v.chars().any(|c| c.is_ascii_digit())
        && v.chars().any(|c| c.is_ascii_uppercase())
}

/// Whether a column's values can be what people said: not mostly times or dates (an alarm's
/// `8:00 AM` is an answer), numbers or codes.
pub(super) fn could_be_words(stat: &Stats) -> bool {
    stat.filled > 0
        && stat.numeric < HALF
        && stat.full < HALF
        && stat.time < HALF
        && stat.date < HALF
        && stat.codes < HALF
}

/// Whether a column's values read as speech by themselves, for a column whose name does not
/// say so (`Text`): not one string on most rows (an app's interface string) and not written in
/// sentences (answers, notes).
pub(super) fn reads_as_speech(stat: &Stats) -> bool {
    could_be_words(stat) && stat.top <= HALF && stat.sentences < HALF
}

/// Whether a column's values can be device names: not mostly type codes or serial numbers.
pub(super) fn could_be_names(stat: &Stats) -> bool {
    stat.codes < HALF
}
