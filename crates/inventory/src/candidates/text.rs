//! Wording shared by the candidate sentences: counts, date ranges, source files.

use auskunft_model as model;
use chrono::{DateTime, Datelike, Utc};
use std::collections::BTreeSet;

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

/// The `first` and `last` parameters of `candidate-when` (`none` when there is no time).
pub(super) fn when_args<'a>(
    records: impl Iterator<Item = &'a model::Record>,
) -> [(&'static str, model::Arg); 2] {
    let times: Vec<DateTime<Utc>> = records.filter_map(|r| r.time).collect();
    let day = |t: Option<&DateTime<Utc>>| {
        t.map_or_else(
            || "none".to_string(),
            |t| t.date_naive().format("%Y-%m-%d").to_string(),
        )
    };
    let (first, last) = (times.iter().min(), times.iter().max());
    let last = if first.map(DateTime::date_naive) == last.map(DateTime::date_naive) {
        "none".to_string()
    } else {
        day(last)
    };
    [("first", day(first).into()), ("last", last.into())]
}

/// The `shown` and `more` parameters of `candidate-sources`: two file names and how many more.
pub(super) fn sources_args<'a>(
    records: impl Iterator<Item = &'a model::Record>,
) -> [(&'static str, model::Arg); 2] {
    let paths: BTreeSet<&str> = records.map(|r| r.source.path.as_str()).collect();
    let shown: Vec<&str> = paths.iter().take(2).copied().collect();
    [
        ("shown", shown.join(", ").into()),
        ("more", paths.len().saturating_sub(2).into()),
    ]
}

/// A message with these parameters.
pub(super) fn message(
    id: &str,
    args: impl IntoIterator<Item = (&'static str, model::Arg)>,
) -> model::Message {
    args.into_iter()
        .fold(model::Message::new(id), |m, (k, v)| m.arg(k, v))
}

/// The English sentences of `words`, one after the other (the fields the CLI's JSON keeps).
pub(super) fn english(words: &[model::Message]) -> String {
    words
        .iter()
        .map(model::Message::en)
        .collect::<Vec<_>>()
        .join(" ")
}
