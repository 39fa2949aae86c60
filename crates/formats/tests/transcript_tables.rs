//! `transcript.table` against synthetic transcript tables in CSV, JSON, HTML and text, through
//! the `Format` trait as the pipeline calls it; and the 2018 case end to end: a shuffled CSV and
//! a headerless text list in local summer time joined to recordings named in UTC.

use auskunft_archive::Outcome;
use auskunft_formats::transcript::TABLE;
use auskunft_formats::{audio_key, Finished, Format, Import};
use auskunft_model::{AudioRef, MemberKind, Record};
use chrono::{NaiveDateTime, TimeDelta};
use serde_json::{json, Value};

mod common;

use common::{candidate, Run};

fn fixture(name: &str) -> Vec<u8> {
    common::fixture("transcript.table", name)
}

/// Recognises and imports one fixture, named as it is.
fn run(name: &str) -> Run {
    common::run(&TABLE, &format!("Alexa/{name}"), &fixture(name))
}

fn device_name(run: &Run, record: &Record) -> Option<String> {
    let id = record.device.as_ref()?;
    run.devices
        .iter()
        .find(|d| &d.id == id)
        .and_then(|d| d.name.clone())
}

/// What a user would see of one import.
fn summary(run: &Run) -> Value {
    json!({
        "kind": format!("{:?}", run.kind),
        "outcome": format!("{:?}", run.outcome),
        "records": run.records.iter().map(|r| json!({
            "locator": r.source.locator,
            "time": r.time.map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string()),
            "zone": r.zone,
            "device": device_name(run, r),
            "transcript": r.transcript,
            "response": r.response,
            "placeholder": r.placeholder,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

/// The record at `locator`.
fn at<'a>(run: &'a Run, locator: &str) -> &'a Record {
    run.records
        .iter()
        .find(|r| r.source.locator == locator)
        .unwrap_or_else(|| panic!("no record at {locator}"))
}

fn time(r: &Record) -> String {
    r.time
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

#[test]
fn snapshots_of_every_fixture() {
    for name in [
        "sprachverlauf.csv",
        "history-en.csv",
        "headerless.csv",
        "utterances.json",
        "verlauf.html",
        "sprachverlauf.txt",
        "history-fixed.txt",
        "empty.csv",
        "empty.html",
        "empty.txt",
        "malformed.csv",
        "malformed.json",
        "malformed.html",
        "malformed.txt",
        "missing-field.csv",
        "missing-field.json",
    ] {
        let run = run(name);
        assert_eq!(run.kind, MemberKind::Transcript, "{name}");
        assert_eq!(run.outcome, Outcome::Parsed, "{name}");
        insta::assert_json_snapshot!(format!("transcript_tables_{name}"), summary(&run));
    }
}

#[test]
fn german_csv_two_time_columns_and_a_response_column() {
    let run = run("sprachverlauf.csv");
    assert_eq!(run.records.len(), 12);
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    let first = at(&run, "line 2");
    assert_eq!(time(first), "2018-05-27 18:05:33");
    assert_eq!(first.zone.as_deref(), Some("unknown: as written"));
    assert_eq!(device_name(&run, first).as_deref(), Some("Echo Wohnzimmer"));
    assert_eq!(
        first.transcript.as_deref(),
        Some("alexa spiele entspannungsmusik auf spotify"),
        "the utterance, not Alexa's response"
    );
    assert_eq!(
        first.response.as_deref(),
        Some("Entspannungsmusik von Spotify.")
    );
    assert_eq!(
        at(&run, "line 3").response,
        None,
        "an empty cell is no response"
    );
    let placeholders: Vec<&str> = run
        .records
        .iter()
        .filter(|r| r.placeholder)
        .filter_map(|r| r.transcript.as_deref())
        .collect();
    assert_eq!(
        placeholders,
        ["Text nicht verfügbar. Klicken Sie, um die Aufnahme abzuspielen."]
    );
    let mut devices: Vec<(String, usize)> = run
        .devices
        .iter()
        .map(|d| (d.name.clone().unwrap_or_default(), d.records))
        .collect();
    devices.sort();
    assert_eq!(
        devices,
        [
            ("Echo Küche".to_string(), 5),
            ("Echo Schlafzimmer".into(), 4),
            ("Echo Wohnzimmer".into(), 3)
        ]
    );
}

#[test]
fn english_us_times_with_am_and_pm() {
    let run = run("history-en.csv");
    assert_eq!(run.records.len(), 12);
    let by_text = |t: &str| {
        run.records
            .iter()
            .find(|r| r.transcript.as_deref() == Some(t))
            .unwrap_or_else(|| panic!("{t}"))
    };
    assert_eq!(
        time(by_text("alexa what time is it")),
        "2018-05-26 20:46:51"
    );
    assert_eq!(time(by_text("alexa play npr news")), "2018-05-27 09:30:10");
    assert_eq!(
        device_name(&run, by_text("alexa what time is it")).as_deref(),
        Some("Kitchen Echo")
    );
}

#[test]
fn html_zone_in_the_header_gives_utc() {
    let run = run("verlauf.html");
    assert_eq!(run.records.len(), 12);
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    // `Uhrzeit (MESZ)`: 27.05.2018 18:05:33 local is 16:05:33 UTC.
    let first = at(&run, "row 1");
    assert_eq!(time(first), "2018-05-27 16:05:33");
    assert_eq!(first.zone.as_deref(), Some("+02:00"));
    assert_eq!(device_name(&run, first).as_deref(), Some("Echo Wohnzimmer"));
}

#[test]
fn json_object_with_camel_case_and_nested_device() {
    let run = run("utterances.json");
    assert_eq!(run.records.len(), 12);
    let first = at(&run, "$.utterances[0]");
    assert_eq!(time(first), "2018-05-26 11:03:58");
    assert_eq!(device_name(&run, first).as_deref(), Some("Echo Wohnzimmer"));
    assert_eq!(
        first.transcript.as_deref(),
        Some("alexa schalte das licht im flur aus"),
        "transcriptText, not utteranceId or alexaResponse"
    );
}

#[test]
fn the_2018_layout_headerless_text_is_classified_by_content() {
    let run = run("sprachverlauf.txt");
    assert_eq!(run.records.len(), 12);
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    let first = at(&run, "line 3");
    assert_eq!(time(first), "2018-05-26 11:03:58");
    assert_eq!(device_name(&run, first).as_deref(), Some("Echo Wohnzimmer"));
    assert_eq!(
        first.transcript.as_deref(),
        Some("alexa schalte das licht im flur aus")
    );
    // Headerless CSV likewise.
    let run = self::run("headerless.csv");
    assert_eq!(run.records.len(), 12);
    let first = at(&run, "line 1");
    assert_eq!(time(first), "2018-05-27 18:05:33");
    assert_eq!(device_name(&run, first).as_deref(), Some("Echo Wohnzimmer"));
}

#[test]
fn fixed_width_text_with_a_title_and_a_rule() {
    let run = run("history-fixed.txt");
    assert_eq!(run.records.len(), 12);
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    let first = at(&run, "line 5");
    assert_eq!(time(first), "2018-05-27 09:30:10");
    assert_eq!(device_name(&run, first).as_deref(), Some("Kitchen Echo"));
    assert_eq!(first.transcript.as_deref(), Some("alexa play npr news"));
}

#[test]
fn empty_tables_are_parsed_with_a_warning() {
    for name in ["empty.csv", "empty.html", "empty.txt"] {
        let run = run(name);
        assert!(run.records.is_empty(), "{name}");
        assert_eq!(
            run.warnings,
            ["7: the table has a header but no rows"],
            "{name}"
        );
    }
    // An empty JSON array names no columns: nothing to recognise.
    let bytes = fixture("empty.json");
    assert!(!TABLE.recognize(&candidate("Alexa/empty.json", &bytes)));
}

#[test]
fn malformed_rows_are_warnings_with_their_line_and_the_rest_is_imported() {
    let csv = run("malformed.csv");
    assert_eq!(csv.records.len(), 4);
    assert_eq!(
        csv.warnings,
        [
            "7: line 6: 2 cells where the header has 4; the missing cells are empty",
            "7: line 3: unreadable time \"26.05.2018 gestern\"; skipped",
            "7: line 5: unreadable time \"31.02.2018 10:00:00\"; skipped",
            "7: line 6: unreadable time \"27.05.2018 Echo Schlafzimmer\"; skipped",
        ]
    );
    let txt = run("malformed.txt");
    assert_eq!(txt.records.len(), 5);
    assert_eq!(
        txt.warnings,
        [
            "7: line 4: unreadable time \"27.05.2018 --:--:--\"; skipped",
            "7: line 6: 1 cell where the header has 4; skipped",
        ]
    );
    let json = run("malformed.json");
    assert_eq!(json.records.len(), 4);
    assert_eq!(
        json.warnings,
        [
            "7: $[3]: not an object; skipped",
            "7: $[1]: unreadable time \"soon\"; skipped",
            "7: $[4]: no time; skipped",
        ]
    );
    let html = run("malformed.html");
    assert_eq!(html.records.len(), 4);
    assert_eq!(
        html.warnings,
        [
            "7: row 2: 2 cells where the header has 3; skipped",
            "7: row 5: unreadable time \"27.05.2018, um 09:30:10\"; skipped",
        ]
    );
}

#[test]
fn missing_device_column_gives_lines_without_device() {
    for name in ["missing-field.csv", "missing-field.json"] {
        let run = run(name);
        assert_eq!(run.records.len(), 6, "{name}");
        assert!(run.records.iter().all(|r| r.device.is_none()), "{name}");
        assert!(run.devices.is_empty(), "{name}");
        assert!(run.warnings.is_empty(), "{name}: {:?}", run.warnings);
    }
    // The JSON states the offset in each value.
    let run = run("missing-field.json");
    assert_eq!(time(at(&run, "$[0]")), "2018-05-26 18:46:51");
    assert_eq!(at(&run, "$[0]").zone.as_deref(), Some("+02:00"));
}

#[test]
fn ordinary_tables_are_not_transcripts() {
    let google_devices =
        "Device Type,Brand Name,Marketing Name,OS,First Activity Date,Last Activity Date\n\
        PHONE,Google,Pixel 2,Android 8.1,2018-01-03 10:00:00 UTC,2018-05-26 18:46:51 UTC\n\
        SPEAKER,Google,Google Home Mini,Cast OS,2017-12-24 19:32:20 UTC,2018-05-27 07:12:45 UTC\n"
            .as_bytes()
            .to_vec();
    let reviews = "Review Date,ASIN,Rating,Review Text\n\
        2018-05-26 20:46:51,B06XCM9LJ4,5,Klingt gut für die Größe und versteht mich auch aus der Küche.\n\
        2018-04-02 09:12:30,3499630553,4,Schöne Rezepte, aber zu wenige vegetarische.\n"
        .as_bytes()
        .to_vec();
    let cases = [
        ("Retail.Reviews/Retail.Reviews.csv", reviews),
        (
            "Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
            fixture("Retail.OrderHistory.1.csv"),
        ),
        (
            "your_facebook_activity/messages/inbox/anna_1/message_1.json",
            common::fixture("meta.voice_messages", "thread-realistic.json"),
        ),
        (
            "Takeout/Access Log Activity/Devices - A list of devices.csv",
            google_devices,
        ),
        (
            "Takeout/My Activity/YouTube/MyActivity.json",
            common::fixture("google.assistant", "unrelated-youtube.json"),
        ),
        (
            "Alexa/registration.csv",
            common::fixture("amazon.devices", "registration.csv"),
        ),
    ];
    for (path, bytes) in &cases {
        let c = candidate(path, bytes);
        assert!(!TABLE.recognize(&c), "{path} is no transcript table");
        assert_ne!(
            auskunft_formats::recognize(&c).map(|f| f.name()),
            Some("transcript.table"),
            "{path}"
        );
    }
    // Each transcript fixture is claimed by this module through the registry.
    for name in [
        "sprachverlauf.csv",
        "utterances.json",
        "verlauf.html",
        "sprachverlauf.txt",
    ] {
        let bytes = fixture(name);
        let c = candidate(name, &bytes);
        assert_eq!(
            auskunft_formats::recognize(&c).map(|f| f.name()),
            Some("transcript.table"),
            "{name}"
        );
    }
}

/// The 2018 case: a transcript list in local summer time without a zone, split over a shuffled
/// CSV and a headerless text file, and recordings named in UTC.
#[test]
fn shuffled_lines_join_their_recordings_under_an_inferred_plus_two_hours() {
    let truth: Value = serde_json::from_slice(&fixture("truth.json")).expect("truth is JSON");
    let utterances = truth["utterances"].as_array().expect("utterances");
    assert_eq!(utterances.len(), 24);
    let mut import = Import::new();
    // text → the recording it must join.
    let mut expected = std::collections::HashMap::new();
    for u in utterances {
        let local = NaiveDateTime::parse_from_str(
            u["local_time"].as_str().expect("time"),
            "%Y-%m-%d %H:%M:%S",
        )
        .expect("a local time");
        let utc = (local - TimeDelta::hours(2)).and_utc();
        let name = format!("{}_UTC.wav", utc.format("%Y-%m-%d_%H-%M-%S"));
        let audio = AudioRef {
            input: 0,
            path: format!("Alexa/Audio/{name}"),
            seconds: Some(2.5),
        };
        import.audio(audio, Some(utc), &[audio_key(&name)]);
        expected.insert(
            u["text"].as_str().expect("text").to_string(),
            format!("Alexa/Audio/{name}"),
        );
    }
    // Recordings nobody said anything for: they stay records of their own.
    for extra in [
        "2018-05-20_10-00-00",
        "2018-05-27_16-05-40",
        "2018-06-01_08-00-00",
    ] {
        let t = NaiveDateTime::parse_from_str(extra, "%Y-%m-%d_%H-%M-%S")
            .expect("time")
            .and_utc();
        let name = format!("{extra}_UTC.wav");
        let audio = AudioRef {
            input: 0,
            path: format!("Alexa/Audio/{name}"),
            seconds: Some(1.0),
        };
        import.audio(audio, Some(t), &[audio_key(&name)]);
    }
    for name in ["sprachverlauf.csv", "sprachverlauf.txt"] {
        let outcome = common::import_into(
            &TABLE,
            &format!("Alexa/{name}"),
            &fixture(name),
            &mut import,
        );
        assert_eq!(outcome, Outcome::Parsed, "{name}");
    }
    let Finished { records, notes, .. } = import.finish();
    let lines: Vec<&Record> = records
        .iter()
        .filter(|r| r.source.path.starts_with("Alexa/sprachverlauf."))
        .collect();
    assert_eq!(lines.len(), 24);
    let right = lines
        .iter()
        .filter(|r| {
            let want = r.transcript.as_ref().and_then(|t| expected.get(t));
            want.is_some() && r.audio.as_ref().map(|a| &a.path) == want
        })
        .count();
    assert!(
        right * 100 >= 95 * lines.len(),
        "{right} of {} lines joined to their recording",
        lines.len()
    );
    assert!(lines
        .iter()
        .all(|r| r.zone.as_deref() == Some("+02:00 (inferred)")));
    let offset: Vec<&str> = notes
        .iter()
        .filter(|n| n.code == "time_offset")
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(offset.len(), 1, "{notes:?}");
    assert!(offset[0].contains("shifted by +02:00"), "{}", offset[0]);
    assert!(offset[0].contains("24 of 24 lines joined"), "{}", offset[0]);
    assert_eq!(
        records.len(),
        27,
        "24 lines and the 3 recordings no line matched"
    );
}

/// Cut and byte-damaged fixtures never panic, whether recognised or not.
#[test]
fn cut_and_damaged_tables_never_panic() {
    let mut x: u32 = 0x2018_0526;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x as usize
    };
    for name in [
        "sprachverlauf.csv",
        "utterances.json",
        "verlauf.html",
        "sprachverlauf.txt",
        "history-fixed.txt",
        "malformed.json",
    ] {
        let bytes = fixture(name);
        let path = format!("Alexa/{name}");
        let mut variants: Vec<Vec<u8>> = (1..40)
            .map(|k| bytes[..bytes.len() * k / 40].to_vec())
            .collect();
        for _ in 0..40 {
            let mut damaged = bytes.clone();
            for _ in 0..6 {
                let at = next() % damaged.len();
                damaged[at] = (next() & 0xFF) as u8;
            }
            variants.push(damaged);
        }
        for v in &variants {
            let c = candidate(&path, v);
            let _ = TABLE.recognize(&c);
            let mut import = Import::new();
            // Any outcome is fine; reaching the next variant is the test.
            let _ = TABLE.import(&c, &mut &v[..], &mut import);
            let _ = import.finish();
        }
    }
}

/// Tables whose only text is not what anybody said: an app's interface strings, alarm times,
/// answers. None of them is a transcript table.
#[test]
fn tables_without_evidence_of_speech_are_not_claimed() {
    for name in [
        "not-words-app-cache.json",
        "not-words-interface.csv",
        "not-words-alarm-times.csv",
        "not-words-answers.csv",
    ] {
        let bytes = fixture(name);
        let c = candidate(name, &bytes);
        assert!(!TABLE.recognize(&c), "{name} is no transcript table");
        let mut import = Import::new();
        let imported = TABLE.import(&c, &mut &bytes[..], &mut import);
        let Outcome::Failed(why) = &imported.outcome else {
            panic!("{name}: {:?}", imported.outcome)
        };
        assert_eq!(
            why.en(),
            "no table with a time column and a text column found",
            "{name}"
        );
        assert!(import.finish().records.is_empty(), "{name}");
    }
}

/// The Alexa app's history cards belong to `amazon.cards`; even offered to this module, no
/// interface string, answer or type code becomes a transcript or a device.
#[test]
fn card_pages_are_not_transcript_tables() {
    let mut pages = vec![(
        "cards-realistic.json".to_string(),
        common::fixture("amazon.cards", "cards-realistic.json"),
    )];
    for name in ["cards-page-a.json", "cards-page-b.json"] {
        let path = format!(
            "{}/../../../shared/data/alexa-app-cards-2017/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        match std::fs::read(&path) {
            Ok(bytes) => pages.push((name.to_string(), bytes)),
            Err(e) => eprintln!("SKIPPED: {path} not readable ({e})"),
        }
    }
    for (name, bytes) in &pages {
        let c = candidate(name, bytes);
        assert!(!TABLE.recognize(&c), "{name}");
        let mut import = Import::new();
        let _ = TABLE.import(&c, &mut &bytes[..], &mut import);
        let finished = import.finish();
        assert!(finished.records.is_empty(), "{name}");
        assert!(finished.devices.is_empty(), "{name}");
    }
}

/// A column of type codes is no device name, whatever its header; a `Device Type` column is
/// no name either. The utterances are still read, without a device.
#[test]
fn type_codes_and_types_are_never_device_names() {
    for name in ["type-codes.csv", "device-type-column.csv"] {
        let run = run(name);
        assert_eq!(run.records.len(), 6, "{name}");
        assert!(run.devices.is_empty(), "{name}: {:?}", run.devices);
        assert!(run.records.iter().all(|r| r.device.is_none()), "{name}");
        assert_eq!(
            run.records[0].transcript.as_deref(),
            Some("alexa what time is it"),
            "{name}"
        );
    }
}
