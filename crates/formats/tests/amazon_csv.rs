//! `amazon.voice_history_csv` (and `registration.csv` in `amazon.devices`) against
//! hand-written CSV fixtures, through the `Format` trait as the pipeline calls it.

use auskunft_archive::Outcome;
use auskunft_formats::amazon::{DEVICES, VOICE_HISTORY_CSV};
use auskunft_formats::{audio_key, Format, Import};
use auskunft_model::{AudioRef, MemberKind, Record};
use serde_json::{json, Value};

mod common;

use common::{candidate, import_into, Run};

fn fixture(name: &str) -> Vec<u8> {
    common::fixture("amazon.voice_history_csv", name)
}

/// Imports a fixture as if it sat at `Alexa/Voice History/<name>`.
fn run(name: &str) -> Run {
    common::run(
        &VOICE_HISTORY_CSV,
        &format!("Alexa/Voice History/{name}"),
        &fixture(name),
    )
}

/// What a user would see: everything but the member path.
fn summary(run: &Run) -> Value {
    json!({
        "kind": format!("{:?}", run.kind),
        "outcome": format!("{:?}", run.outcome),
        "devices": run.devices,
        "records": run.records.iter().map(|r| json!({
            "id": r.id, "time": r.time, "zone": r.zone, "device": r.device,
            "account": r.account, "vendor": r.vendor, "transcript": r.transcript,
            "response": r.response, "language": r.language, "placeholder": r.placeholder,
            "audio": r.audio.as_ref().map(|a| &a.path), "speakers": r.speakers,
            "locator": r.source.locator,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

fn times(records: &[Record]) -> Vec<(String, String)> {
    records
        .iter()
        .map(|r| {
            (
                r.time.map(|t| t.to_rfc3339()).unwrap_or_default(),
                r.zone.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn json_named_columns_merge_item_rows_into_records() {
    let run = run("VoiceHistory-realistic.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.kind, MemberKind::Records);
    // 12 item rows after the documentation row, seven records.
    assert_eq!(run.records.len(), 7);
    let first = &run.records[0];
    assert_eq!(first.source.locator, "lines 3, 4");
    assert_eq!(
        first.transcript.as_deref(),
        Some("wie wird das wetter heute in leipzig")
    );
    assert_eq!(
        first.response.as_deref(),
        Some("In Leipzig ist es heute bewölkt bei 9 Grad.")
    );
    assert_eq!(first.speakers, ["Anke"]);
    assert_eq!(first.vendor.as_deref(), Some("amazon"));
    assert_eq!(first.account.as_deref(), Some("A2KX5QZ0HN8T3R"));
    assert_eq!(first.language.as_deref(), Some("de"));
    assert_eq!(
        (first.time.map(|t| t.to_rfc3339()), first.zone.as_deref()),
        (Some("2021-03-14T06:58:12+00:00".into()), Some("GMT"))
    );
    let placeholder = &run.records[4];
    assert!(placeholder.placeholder && placeholder.language.is_none());
    assert!(placeholder.speakers.is_empty(), "N/A is nobody");
    assert_eq!(run.records[3].language.as_deref(), Some("en"));
    // Four devices by serial, the model from the type code.
    assert_eq!(run.devices.len(), 4);
    assert_eq!(run.devices[0].name.as_deref(), Some("Küche"));
    assert_eq!(run.devices[0].serial.as_deref(), Some("G090U3BIQW4JQ6W6"));
    assert_eq!(run.devices[0].model.as_deref(), Some("Echo Dot (3rd gen)"));
    assert_eq!(
        run.warnings,
        ["7: line 2: a documentation row describing the columns; skipped"]
    );
    insta::assert_json_snapshot!("amazon_csv_realistic", summary(&run));
}

#[test]
fn german_semicolon_double_encoded_file_is_repaired_and_zoned() {
    let run = run("Sprachverlauf-double-encoded.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 6);
    assert_eq!(run.warnings, ["7: text was UTF-8 encoded twice; repaired"]);
    assert_eq!(run.devices[0].name.as_deref(), Some("Küche"));
    assert_eq!(
        run.records[1].transcript.as_deref(),
        Some("spiel musik von herbert grönemeyer")
    );
    assert_eq!(
        times(&run.records),
        [
            ("2019-05-26T18:46:51+00:00".into(), "MESZ".into()),
            ("2019-05-26T18:47:30+00:00".into(), "MESZ".into()),
            ("2019-05-27T04:30:00+00:00".into(), "MESZ".into()),
            // No zone in the value: the utterance id's UTC time wins.
            ("2019-05-27T04:31:12+00:00".into(), "UTC".into()),
            ("2019-11-12T17:05:00+00:00".into(), "MEZ".into()),
            ("2019-11-13T06:15:44+00:00".into(), "MEZ".into()),
        ]
    );
    assert!(run.records[3].placeholder, "German placeholder");
    assert_eq!(run.records[3].response, None, "`-` is no answer");
    assert_eq!(run.records[4].speakers, ["Dirk"]);
    insta::assert_json_snapshot!("amazon_csv_german_double_encoded", summary(&run));
}

#[test]
fn english_headers_and_four_time_layouts() {
    let run = run("Alexa-VoiceHistory-english.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(
        times(&run.records),
        [
            // `M/d/yy h:mm:ss a z`: the value's zone beats the column's.
            ("2019-05-27T03:46:51+00:00".into(), "PDT".into()),
            // `EEE MMM dd HH:mm:ss z yyyy`
            ("2019-05-27T14:02:10+00:00".into(), "PDT".into()),
            // `MM/dd/yyyy HH:mm`, zone from the column name `Date/Time (UTC)`
            ("2019-05-27T18:30:00+00:00".into(), "UTC".into()),
            // `yyyy-MM-dd HH:mm:ss`
            ("2019-05-28T06:30:02+00:00".into(), "UTC".into()),
            // ISO 8601 with fraction and offset
            ("2019-05-28T19:14:09.512+00:00".into(), "-07:00".into()),
        ]
    );
    assert_eq!(
        run.records[4].transcript.as_deref(),
        Some("show me a recipe for\npancakes"),
        "a quoted line break stays in its cell"
    );
    assert_eq!(run.records[3].response, None);
    assert_eq!(run.devices.len(), 3);
    assert_eq!(run.devices[2].model.as_deref(), Some("Echo Show"));
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    insta::assert_json_snapshot!("amazon_csv_english", summary(&run));
}

#[test]
fn older_activities_columns_and_discarded_audio() {
    let run = run("activities-older.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 4);
    let discarded = &run.records[1];
    assert_eq!(
        discarded.transcript.as_deref(),
        Some("Audio was not intended for Alexa")
    );
    assert!(discarded.placeholder);
    assert_eq!(
        discarded.time.map(|t| t.to_rfc3339()).as_deref(),
        Some("2018-05-03T09:13:02+00:00"),
        "creationTimestamp in epoch milliseconds"
    );
    assert_eq!(
        run.records[2].transcript.as_deref(),
        Some("zeig mir das wetter")
    );
    assert_eq!(run.devices[1].serial.as_deref(), Some("G070E3ZNCROXDOVS"));
    assert_eq!(
        run.devices[1].device_type.as_deref(),
        Some("A2LWARUGJLBYEW")
    );
    assert_eq!(run.devices[1].name, None);
    insta::assert_json_snapshot!("amazon_csv_activities_older", summary(&run));
}

#[test]
fn header_only_file_is_parsed_with_nothing_in_it() {
    let run = run("VoiceHistory-empty.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.records.is_empty() && run.devices.is_empty() && run.warnings.is_empty());
}

#[test]
fn malformed_rows_are_warnings_with_their_lines_and_records_stay() {
    let run = run("VoiceHistory-malformed.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    let p = 7; // the member index
    assert_eq!(
        run.warnings,
        [
            format!("{p}: line 4: 2 cells where the header has 4; the missing cells are empty"),
            format!("{p}: line 5: 6 cells where the header has 4; the extra cells are ignored"),
            format!("{p}: line 9: a quoted cell is never closed; it runs to the end of the file"),
            format!("{p}: line 3: time \"gestern abend\" is not a date and time; the record is kept"),
            format!("{p}: line 6: time \"31/02/2019 10:00\" is not a date and time; the record is kept"),
            format!("{p}: line 9: time \"05/27/2019 10:00:00 XYZ\" is not a date and time; the record is kept"),
        ]
    );
    let lines: Vec<&str> = run
        .records
        .iter()
        .map(|r| r.source.locator.as_str())
        .collect();
    assert_eq!(
        lines,
        ["line 2", "line 3", "line 4", "line 5", "line 6", "line 9"]
    );
    // Line 6's time is impossible, its utterance id still dates it (UTC).
    assert_eq!(
        run.records[4].time.map(|t| t.to_rfc3339()).as_deref(),
        Some("2019-05-27T08:01:02+00:00")
    );
    assert_eq!(run.records[1].time, None);
    insta::assert_json_snapshot!("amazon_csv_malformed", summary(&run));
}

#[test]
fn without_an_utterance_id_column_records_have_unknown_zone_and_want_no_audio() {
    let mut import = Import::new();
    let bytes = fixture("VoiceHistory-missing-field.csv");
    let outcome = import_into(
        &VOICE_HISTORY_CSV,
        "Alexa/VoiceHistory-missing-field.csv",
        &bytes,
        &mut import,
    );
    assert_eq!(outcome, Outcome::Parsed);
    // A recording named like nothing in the file stays a record of its own.
    import.audio(
        AudioRef {
            input: 0,
            path: "audio/x.wav".into(),
            seconds: None,
        },
        None,
        &[audio_key("x.wav")],
    );
    let finished = import.finish();
    assert_eq!(finished.records.len(), 3);
    assert!(finished.records[..2].iter().all(|r| r.audio.is_none()));
    assert_eq!(
        times(&finished.records[..2]),
        [
            (
                "2020-01-05T19:01:44+00:00".into(),
                "unknown: as written".into()
            ),
            (
                "2020-01-05T19:12:09+00:00".into(),
                "unknown: as written".into()
            ),
        ]
    );
    assert_eq!(
        finished.records[1].response.as_deref(),
        Some("It's 7:12 PM.")
    );
}

#[test]
fn missing_utterance_id_column_snapshot() {
    let run = run("VoiceHistory-missing-field.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.devices.len(), 1, "one device by name and no type");
    insta::assert_json_snapshot!("amazon_csv_missing_field", summary(&run));
}

#[test]
fn records_join_their_recordings_by_utterance_id() {
    let bytes = fixture("Alexa-VoiceHistory-english.csv");
    let text = String::from_utf8(bytes.clone()).unwrap();
    let id = text
        .lines()
        .nth(1)
        .and_then(|l| l.rsplit(',').next())
        .unwrap()
        .to_string();
    let mut import = Import::new();
    import_into(&VOICE_HISTORY_CSV, "Alexa/history.csv", &bytes, &mut import);
    let name = format!("{}.wav", id.replace([':', '/'], "_"));
    import.audio(
        AudioRef {
            input: 0,
            path: format!("Alexa/Audio/{name}"),
            seconds: Some(2.0),
        },
        None,
        &[audio_key(&name)],
    );
    let finished = import.finish();
    assert_eq!(finished.records.len(), 5, "the recording found its record");
    let audio = finished.records[0].audio.as_ref().map(|a| a.path.as_str());
    assert_eq!(audio, Some(format!("Alexa/Audio/{name}").as_str()));
}

#[test]
fn recognition_needs_amazon_columns_or_an_alexa_path() {
    let csv = b"Timestamp (UTC),Device Name,Customer Transcript\n05/26/2019 20:46,Echo,hi\n";
    assert!(VOICE_HISTORY_CSV.recognize(&candidate("Alexa/Voice History.csv", csv)));
    assert!(!VOICE_HISTORY_CSV.recognize(&candidate("Notes/history.csv", csv)));
    let registration = common::fixture("amazon.devices", "registration.csv");
    assert!(!VOICE_HISTORY_CSV.recognize(&candidate("alexa/registration.csv", &registration)));
    let json = common::fixture("amazon.voice_history", "voice-history-realistic.json");
    assert!(!VOICE_HISTORY_CSV.recognize(&candidate("Alexa/VoiceHistory.json", &json)));
    let semicolons = fixture("Sprachverlauf-double-encoded.csv");
    assert!(VOICE_HISTORY_CSV.recognize(&candidate("x/Sprachverlauf.csv", &semicolons)));
}

#[test]
fn registration_csv_with_semicolons_and_quirky_time_formats() {
    let csv = "FirstTimeRegistered;AccountName;DeviceSerialNumber;DeviceType\r\n\
               24.12.2018 19:32;Wohnzimmer;G090U509902302GD;A7WXQPH584YP\r\n\
               Fri Nov 29 16:22:13 CET 2019;Küche;G090U3BIQW4JQ6W6;A32DOYMUN6DTXA\r\n\
               irgendwann;Bad;G090LF1172240ABC;A3S5BH2HU6VAYF\r\n";
    let run = common::run(
        &DEVICES,
        "Devices.Registration/registration.csv",
        csv.as_bytes(),
    );
    assert_eq!(run.outcome, Outcome::Parsed);
    let seen: Vec<_> = run
        .devices
        .iter()
        .map(|d| {
            (
                d.name.as_deref(),
                d.registered.map(|t| t.to_rfc3339()),
                d.listed.as_ref().map(|l| l.locator.as_str()),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            // No zone: as written.
            (
                Some("Wohnzimmer"),
                Some("2018-12-24T19:32:00+00:00".into()),
                Some("line 2")
            ),
            (
                Some("Küche"),
                Some("2019-11-29T15:22:13+00:00".into()),
                Some("line 3")
            ),
            (Some("Bad"), None, Some("line 4")),
        ]
    );
    assert_eq!(run.devices[1].model.as_deref(), Some("Echo Dot (3rd gen)"));
    assert_eq!(
        run.warnings,
        ["7: line 4: FirstTimeRegistered \"irgendwann\" is not a date and time; the device is kept"]
    );
}

#[test]
fn a_time_without_zone_gives_way_to_the_record_keys_utc_milliseconds() {
    // 1615705092000 ms = 2021-03-14T06:58:12Z; the cell shows the same moment in CET, unzoned.
    let csv = "recordKey,timestamp,deviceName,transcriptText\n\
               A2KX5QZ0HN8T3R#1615705092000#A32DOYMUN6DTXA#G090U3BIQW4JQ6W6,2021-03-14 07:58:12,Küche,hallo\n\
               A2KX5QZ0HN8T3R#1615705092000#A32DOYMUN6DTXA#G090U3BIQW4JQ6W6,2021-03-14 07:58:12 CET,Küche,hallo\n";
    let run = common::run(&VOICE_HISTORY_CSV, "Alexa/history.csv", csv.as_bytes());
    assert_eq!(
        times(&run.records),
        [
            ("2021-03-14T06:58:12+00:00".into(), "UTC".into()),
            ("2021-03-14T06:58:12+00:00".into(), "CET".into()),
        ]
    );
    assert_eq!(run.devices[0].serial.as_deref(), Some("G090U3BIQW4JQ6W6"));
}
