//! Wording shared by the candidate sentences: counts, date ranges, source files.

use auskunft_model as model;
use chrono::{DateTime, Datelike, Utc};
use std::collections::BTreeSet;

/// "record" or "records".
pub(super) fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// "3 May 2018", "3 – 31 May 2018", "3 May – 29 Jun 2018", "22 Oct 2020 – 31 Mar 2021".
pub fn date_range(first: Option<DateTime<Utc>>, last: Option<DateTime<Utc>>) -> Option<String> {
    let (f, l) = match (first, last) {
        (Some(f), Some(l)) => (f.date_naive(), l.date_naive()),
        (Some(t), None) | (None, Some(t)) => (t.date_naive(), t.date_naive()),
        (None, None) => return None,
    };
    Some(if f == l {
        f.format("%-d %b %Y").to_string()
    } else if (f.year(), f.month()) == (l.year(), l.month()) {
        format!("{} – {}", f.format("%-d"), l.format("%-d %b %Y"))
    } else if f.year() == l.year() {
        format!("{} – {}", f.format("%-d %b"), l.format("%-d %b %Y"))
    } else {
        format!("{} – {}", f.format("%-d %b %Y"), l.format("%-d %b %Y"))
    })
}

pub(super) fn span<'a>(records: impl Iterator<Item = &'a model::Record>) -> Option<String> {
    let times: Vec<DateTime<Utc>> = records.filter_map(|r| r.time).collect();
    date_range(times.iter().min().copied(), times.iter().max().copied())
}

/// "Alexa/Sprachverlauf.pdf" or "a.json, b.json and 3 more files".
pub(super) fn sources<'a>(records: impl Iterator<Item = &'a model::Record>) -> String {
    let paths: BTreeSet<&str> = records.map(|r| r.source.path.as_str()).collect();
    let shown: Vec<&str> = paths.iter().take(2).copied().collect();
    match paths.len() {
        0..=2 => shown.join(", "),
        3 => format!("{} and 1 more file", shown.join(", ")),
        n => format!("{} and {} more files", shown.join(", "), n - 2),
    }
}
