//! Records that are the same interaction: seen on overlapping pages, twice in one file, or as a
//! card in several responses.
//!
//! An interaction is known by who recorded it, for whom, on which device and when, to the
//! millisecond: Amazon's `recordKey`, an activity's `id` and a card's id all spell
//! `<customerId>#<timestampMs>#<deviceType>#<serial>`, and the record read from any of them has
//! that vendor, account, device and time. [`Import`](crate::Import) keeps the first record of an
//! interaction and fills what it lacks from the later ones.
//!
//! A stream id is not an identity: one stream can hold two activities (the wake word as `…/0`
//! and the request as `…/1`, seconds apart; the 2019 activities do this), so two records are
//! never merged *because* they share one, only kept apart when they name different recordings.
//! Whole-second times (CSV cells, transcript lines) are too coarse to merge on alone: such
//! records merge only when they also ask for the same recording; transcript lines carry no
//! account and never merge.

use auskunft_model::Record;

/// What makes two records one interaction: vendor, account, device id, time in milliseconds.
pub(crate) type Identity = (String, String, String, i64);

/// The record's identity, when it has every part of one.
pub(crate) fn identity(record: &Record) -> Option<Identity> {
    Some((
        record.vendor.clone()?,
        record.account.clone()?,
        record.device.clone()?,
        record.time?.timestamp_millis(),
    ))
}

/// Whether a record with the same identity as `first` is the same interaction, given the
/// recordings (join keys) each asks for.
pub(crate) fn same(first: &Record, first_key: Option<&String>, key: Option<&String>) -> bool {
    let whole_second = first.time.is_some_and(|t| t.timestamp_subsec_millis() == 0);
    match (first_key, key) {
        (Some(a), Some(b)) => a == b,
        _ => !whole_second,
    }
}

/// Fills what `into` lacks from `from`; `into` keeps its source and id.
pub(crate) fn fill(into: &mut Record, from: Record) {
    fn or<T>(slot: &mut Option<T>, value: Option<T>) {
        if slot.is_none() {
            *slot = value;
        }
    }
    fn union(list: &mut Vec<String>, more: Vec<String>) {
        for item in more {
            if !list.contains(&item) {
                list.push(item);
            }
        }
    }
    if into.transcript.is_none() && from.transcript.is_some() {
        into.placeholder = from.placeholder;
    }
    or(&mut into.time, from.time);
    or(&mut into.zone, from.zone);
    or(&mut into.device, from.device);
    or(&mut into.account, from.account);
    or(&mut into.vendor, from.vendor);
    or(&mut into.speaker_recognized, from.speaker_recognized);
    or(&mut into.location, from.location);
    or(&mut into.transcript, from.transcript);
    or(&mut into.response, from.response);
    or(&mut into.language, from.language);
    or(&mut into.audio, from.audio);
    or(&mut into.audio_match, from.audio_match);
    union(&mut into.speakers, from.speakers);
    union(&mut into.details, from.details);
}

#[cfg(test)]
mod tests {
    use super::*;
    use auskunft_model::SourceRef;
    use chrono::DateTime;

    fn record(ms: i64, transcript: Option<&str>, path: &str) -> Record {
        Record {
            time: DateTime::from_timestamp_millis(ms),
            vendor: Some("amazon".into()),
            account: Some("A1".into()),
            device: Some("d1".into()),
            transcript: transcript.map(Into::into),
            source: SourceRef {
                input: 0,
                path: path.into(),
                locator: "$.activities[0]".into(),
            },
            ..Record::default()
        }
    }

    #[test]
    fn later_copies_fill_gaps_and_the_first_source_stays() {
        let mut first = record(1_562_516_558_403, None, "a.json");
        let mut later = record(1_562_516_558_403, Some("what's on my to-do list"), "b.json");
        later.speakers = vec!["Bob".into()];
        later.response = Some("You have two items".into());
        assert_eq!(identity(&first), identity(&later));
        fill(&mut first, later);
        assert_eq!(first.transcript.as_deref(), Some("what's on my to-do list"));
        assert_eq!(first.response.as_deref(), Some("You have two items"));
        assert_eq!(first.speakers, ["Bob"]);
        assert_eq!(first.source.path, "a.json");
    }

    #[test]
    fn whole_seconds_alone_do_not_make_one_interaction() {
        let a = "stream:a".to_string();
        let b = "stream:b".to_string();
        let ms = record(1_562_516_558_403, None, "a.json");
        let whole = record(1_562_516_558_000, None, "a.csv");
        assert!(same(&ms, None, None));
        assert!(same(&ms, Some(&a), None));
        assert!(!same(&ms, Some(&a), Some(&b)));
        assert!(!same(&whole, None, None));
        assert!(!same(&whole, Some(&a), None));
        assert!(same(&whole, Some(&a), Some(&a)));
        // No account, no identity: transcript lines never merge.
        let line = Record {
            account: None,
            ..whole
        };
        assert_eq!(identity(&line), None);
    }
}
