//! `google.assistant` against hand-written fixtures, through the `Format` trait as the
//! pipeline calls it.

use auskunft_archive::Outcome;
use auskunft_formats::google::{details, ASSISTANT};
use auskunft_formats::{audio_key, Format, Import};
use auskunft_model::{AudioRef, MemberKind, Record};
use serde_json::{json, Value};

const PATH: &str = "Takeout/My Activity/Assistant/MyActivity.json";

mod common;

use common::{candidate, fixture, Run};

/// Recognises and imports one member into `import`.
fn import_into(path: &str, bytes: &[u8], import: &mut Import) -> Outcome {
    common::import_into(&ASSISTANT, path, bytes, import)
}

/// Imports a fixture under `path`.
fn run_at(path: &str, name: &str) -> Run {
    let run = common::run(&ASSISTANT, path, &fixture("google.assistant", name));
    assert!(run.devices.is_empty(), "Assistant records name no devices");
    run
}

fn run(name: &str) -> Run {
    run_at(PATH, name)
}

/// What a user would see: everything but the member path.
fn summary(run: &Run) -> Value {
    json!({
        "kind": format!("{:?}", run.kind),
        "outcome": format!("{:?}", run.outcome),
        "records": run.records.iter().map(|r| json!({
            "id": r.id, "time": r.time, "zone": r.zone, "device": r.device,
            "account": r.account, "transcript": r.transcript, "response": r.response,
            "language": r.language, "placeholder": r.placeholder,
            "audio": r.audio.as_ref().map(|a| &a.path), "speaker_recognized": r.speaker_recognized, "location": r.location, "details": r.details, "locator": r.source.locator,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

fn rfc3339(r: &Record) -> Option<String> {
    r.time.map(|t| t.to_rfc3339())
}

#[test]
fn activity_becomes_records() {
    let run = run("MyActivity.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.kind, MemberKind::Records);
    assert_eq!(run.records.len(), 6);
    let r = &run.records;
    assert_eq!(
        r[0].transcript.as_deref(),
        Some("what's the weather like tomorrow")
    );
    assert_eq!(r[0].language.as_deref(), Some("en"));
    assert_eq!(r[0].zone.as_deref(), Some("UTC"));
    assert_eq!(
        rfc3339(&r[1]).as_deref(),
        Some("2019-11-02T07:03:15.482913+00:00")
    );
    assert_eq!(r[1].response, None, "subtitles: [{{}}] is no reply");
    let at = r[2].location.as_ref().expect("record 2 has a location");
    assert_eq!((at.lat, at.lon), (48.137154, 11.576124));
    assert_eq!(r[3].source.locator, "$[3]");
    assert_eq!(
        r[3].details,
        ["Started by hotword", "From unrecognized speaker"]
    );
    assert_eq!(r[3].speaker_recognized, Some(false));
    assert!(r.iter().all(|r| r.vendor.as_deref() == Some("google")));
    assert_eq!(r[4].transcript.as_deref(), Some("wie spät ist es"));
    assert_eq!(r[4].language.as_deref(), Some("de"));
    assert!(r.iter().all(|r| r.device.is_none() && r.account.is_none()));
    assert_eq!(run.warnings.len(), 1, "{:?}", run.warnings);
    assert!(
        run.warnings[0].starts_with("7: $[5]: 2 audio files; only the first is joined"),
        "{:?}",
        run.warnings
    );
    insta::assert_json_snapshot!("google_assistant_realistic", summary(&run));
}

#[test]
fn unrecognized_speaker_marks_exactly_those_records() {
    let bytes = fixture("google.assistant", "MyActivity.json");
    let list: Vec<Value> = serde_json::from_slice(&bytes).expect("fixture is JSON");
    let unrecognized: Vec<usize> = list
        .iter()
        .enumerate()
        .filter(|(_, e)| details(e).iter().any(|d| d == "From unrecognized speaker"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(unrecognized, [3]);
    let run = run("MyActivity.json");
    let marked: Vec<usize> = (0..run.records.len())
        .filter(|&i| run.records[i].speaker_recognized == Some(false))
        .collect();
    assert_eq!(marked, unrecognized);
}

#[test]
fn empty_list_is_parsed_with_nothing_in_it() {
    let run = run("MyActivity-empty.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.records.is_empty() && run.warnings.is_empty());
}

#[test]
fn truncated_list_fails_naming_line_and_column() {
    let run = run("MyActivity-malformed.json");
    let Outcome::Failed(why) = &run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert!(
        why.en().starts_with("invalid JSON at line 6, column "),
        "{why}"
    );
    assert!(run.records.is_empty());
}

#[test]
fn entries_without_time_are_warnings_and_without_title_records() {
    let run = run("MyActivity-missing-field.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 2, "{:?}", run.records);
    assert_eq!(run.records[0].transcript, None);
    assert_eq!(
        rfc3339(&run.records[0]).as_deref(),
        Some("2019-04-01T08:01:12.345+00:00")
    );
    assert_eq!(run.records[1].transcript.as_deref(), Some("volume up"));
    assert_eq!(run.records[1].response, None);
    assert_eq!(
        run.warnings,
        [
            "7: $[0]: no time; skipped",
            "7: $[2]: time \"last Tuesday\" is not an ISO 8601 time; skipped",
            "7: $[3]: not an object; skipped",
            "7: $[4]: subtitles is not a list; ignored",
        ]
    );
}

#[test]
fn titles_without_a_known_verb_are_kept_whole() {
    let run = run("MyActivity-no-verb.json");
    assert_eq!(run.records.len(), 1);
    assert_eq!(
        run.records[0].transcript.as_deref(),
        Some("how tall is the eiffel tower")
    );
}

#[test]
fn recognised_by_localised_path_or_by_header() {
    let bytes = fixture("google.assistant", "MyActivity.json");
    for path in [
        PATH,
        "Takeout/Meine Aktivitäten/Assistant/MyActivity.json",
        "Takeout/Mes activités/Assistant/MyActivity-3.json",
        "somewhere/else.json",
    ] {
        assert!(ASSISTANT.recognize(&candidate(path, &bytes)), "{path}");
    }
    let amazon_named_it = common::find_fixture("unrelated-assistant.json");
    assert!(ASSISTANT.recognize(&candidate("x.json", &amazon_named_it)));
    assert!(ASSISTANT.recognize(&candidate(
        "a.json",
        &fixture("google.assistant", "MyActivity-no-verb.json")
    )));
}

#[test]
fn amazon_pages_and_unrelated_json_are_not_claimed() {
    for name in [
        "voice-history-realistic.json",
        "activities-realistic.json",
        "devices.json",
        "unrelated-meta-message.json",
        "unrelated-activities.json",
    ] {
        let bytes = common::find_fixture(name);
        assert!(!ASSISTANT.recognize(&candidate(name, &bytes)), "{name}");
    }
    let youtube = fixture("google.assistant", "unrelated-youtube.json");
    let path = "Takeout/My Activity/YouTube/MyActivity.json";
    assert!(!ASSISTANT.recognize(&candidate(path, &youtube)));
    let html = b"<!DOCTYPE html><html><body>Said hi</body></html>";
    let path = "Takeout/My Activity/Assistant/MyActivity.html";
    assert!(!ASSISTANT.recognize(&candidate(path, html)));
}

#[test]
fn audio_joins_by_file_name_not_time() {
    let bytes = fixture("google.assistant", "MyActivity.json");
    let mut import = Import::new();
    import_into(PATH, &bytes, &mut import);
    // The third record says 16:45:02.017; its file is named a second earlier.
    let file = "2020-06-14_16_45_00_912_UTC.mp3";
    let audio = AudioRef {
        input: 0,
        path: format!("Takeout/My Activity/Assistant/{file}"),
        seconds: Some(2.4),
    };
    import.audio(audio.clone(), None, &[audio_key(file)]);
    let auskunft_formats::Finished {
        devices: _,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(records.len(), 6, "the audio was claimed, not left over");
    assert_eq!(records[2].audio.as_ref(), Some(&audio));
    assert!(records.iter().filter(|r| r.audio.is_some()).count() == 1);
}

#[test]
fn takeout_split_across_two_parts_joins_audio_files() {
    const N: usize = 100;
    let name = |i: usize| {
        format!(
            "2018-03-{:02}_17_{:02}_40_{:03}_UTC.mp3",
            1 + i / 60,
            i % 60,
            i
        )
    };
    let entries: Vec<Value> = (0..N)
        .map(|i| {
            json!({
                "header": "Assistant",
                "title": format!("Said request number {i}"),
                "time": format!("2018-03-{:02}T17:{:02}:41.{:06}Z", 1 + i / 60, i % 60, i * 7),
                "products": ["Assistant"],
                "audioFiles": [name(i)],
            })
        })
        .collect();
    let bytes = serde_json::to_vec(&entries).expect("serialisable");
    let mut import = Import::new();
    // Part 1 (input 0) holds the activity list ...
    import_into(PATH, &bytes, &mut import);
    // ... part 2 (input 1) the recordings.
    for i in 0..N {
        let file = name(i);
        let audio = AudioRef {
            input: 1,
            path: format!("Takeout/My Activity/Assistant/{file}"),
            seconds: None,
        };
        import.audio(audio, None, &[audio_key(&file)]);
    }
    let auskunft_formats::Finished {
        devices: _,
        records,
        warnings,
        ..
    } = import.finish();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(records.len(), N, "no recording left over as its own record");
    let joined = records
        .iter()
        .filter(|r| r.audio.as_ref().is_some_and(|a| a.input == 1))
        .count();
    assert!(joined * 100 >= N * 99, "only {joined} of {N} joined");
    assert_eq!(joined, N);
    assert_eq!(
        records[17].audio.as_ref().map(|a| a.path.as_str()),
        Some("Takeout/My Activity/Assistant/2018-03-01_17_17_40_017_UTC.mp3")
    );
}
