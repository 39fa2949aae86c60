//! `amazon.voice_history` and `amazon.devices` against hand-written fixtures, through the
//! `Format` trait as the pipeline calls it.

use auskunft_archive::Outcome;
use auskunft_formats::amazon::{DEVICES, HOUSEHOLD, VOICE_HISTORY};
use auskunft_formats::{audio_key, Format, Import};
use auskunft_model::{AudioRef, MemberKind};
use serde_json::{json, Value};

mod common;

use common::{candidate, import_into, Run};

fn fixture(name: &str) -> Vec<u8> {
    common::find_fixture(name)
}

fn run(format: &dyn Format, name: &str) -> Run {
    common::run(format, name, &fixture(name))
}

/// What a user would see: everything but the member path.
fn summary(run: &Run) -> Value {
    json!({
        "kind": format!("{:?}", run.kind),
        "outcome": format!("{:?}", run.outcome),
        "devices": run.devices,
        "records": run.records.iter().map(|r| json!({
            "id": r.id, "time": r.time, "zone": r.zone, "device": r.device,
            "account": r.account, "transcript": r.transcript, "response": r.response,
            "language": r.language, "placeholder": r.placeholder,
            "audio": r.audio.as_ref().map(|a| &a.path), "speakers": r.speakers,
            "locator": r.source.locator,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

#[test]
fn voice_history_page_becomes_records_and_devices() {
    let run = run(&VOICE_HISTORY, "voice-history-realistic.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.kind, MemberKind::Records);
    assert_eq!(run.records.len(), 4);
    let r = &run.records[0];
    assert_eq!(
        r.transcript.as_deref(),
        Some("wie wird das wetter heute in leipzig")
    );
    assert_eq!(r.language.as_deref(), Some("de"));
    assert!(
        run.records[1].placeholder,
        "ASR replacement is a placeholder"
    );
    assert_eq!(
        run.records[2].response.as_deref(),
        Some("Alexa responded with an alarm.")
    );
    let kitchen = &run.devices[0];
    assert_eq!(kitchen.serial.as_deref(), Some("G090U3BIQW4JQ6W6"));
    assert_eq!(kitchen.model.as_deref(), Some("Echo Dot (3rd gen)"));
    insta::assert_json_snapshot!("amazon_voice_history_realistic", summary(&run));
}

#[test]
fn empty_page_is_parsed_with_nothing_in_it() {
    let run = run(&VOICE_HISTORY, "voice-history-empty.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.records.is_empty() && run.devices.is_empty() && run.warnings.is_empty());
}

#[test]
fn truncated_page_fails_naming_line_and_column() {
    let run = run(&VOICE_HISTORY, "voice-history-malformed.json");
    let Outcome::Failed(why) = &run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert!(
        why.en().starts_with("invalid JSON at line 5, column "),
        "{why}"
    );
    assert!(run.records.is_empty());
}

#[test]
fn missing_fields_fall_back_to_the_utterance_id_and_bad_entries_are_warnings() {
    let run = run(&VOICE_HISTORY, "voice-history-missing-field.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 2);
    let from_id = &run.records[0];
    assert_eq!(
        from_id.time.map(|t| t.to_rfc3339()).as_deref(),
        Some("2019-07-09T12:54:31+00:00")
    );
    let device = &run.devices[0];
    assert_eq!(device.serial.as_deref(), Some("G090LF1181720W3T"));
    assert_eq!(device.device_type.as_deref(), Some("A3S5BH2HU6VAYF"));
    assert_eq!(run.warnings.len(), 2, "{:?}", run.warnings);
    insta::assert_json_snapshot!("amazon_voice_history_missing_field", summary(&run));
}

#[test]
fn records_without_utterance_id_want_no_audio_and_others_get_theirs() {
    let bytes = fixture("voice-history-missing-field.json");
    let mut import = Import::new();
    import_into(&VOICE_HISTORY, "page.json", &bytes, &mut import);
    let file = "A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090LF1181720W3T_54_31__TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM.wav";
    let audio = AudioRef {
        input: 0,
        path: format!("Voice History/Audio/{file}"),
        seconds: Some(2.0),
    };
    import.audio(audio.clone(), None, &[audio_key(file)]);
    let auskunft_formats::Finished {
        devices: _,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(records.len(), 2, "the audio was claimed, not left over");
    assert_eq!(records[0].audio.as_ref(), Some(&audio));
    assert_eq!(records[1].audio, None);
}

#[test]
fn audio_joins_records_by_utterance_id() {
    let bytes = fixture("voice-history-realistic.json");
    let mut import = Import::new();
    import_into(
        &VOICE_HISTORY,
        "Voice History/VoiceHistoryRecords-0001.json",
        &bytes,
        &mut import,
    );
    let files = [
        "A32DOYMUN6DTXA_1.0_2021_03_24_06_DEVICE_UNSPECIFIED_17_05__TNIH_2V.c7b44347-3b53-487b-9675-d475173a7ee5LPM.wav",
        "A32DOYMUN6DTXA_1.0_2021_03_24_18_DEVICE_UNSPECIFIED_44_07__TNIH_2V.5cb00841-cd02-4fc7-9c1e-d2395e974b2aLPM.wav",
    ];
    for f in files {
        let audio = AudioRef {
            input: 0,
            path: format!("Voice History/Audio/{f}"),
            seconds: None,
        };
        import.audio(audio, None, &[audio_key(f)]);
    }
    let auskunft_formats::Finished {
        devices: _,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(records.len(), 4);
    let path = |i: usize| records[i].audio.as_ref().map(|a| a.path.as_str());
    assert_eq!(path(0), Some(&*format!("Voice History/Audio/{}", files[1])));
    assert_eq!(path(1), Some(&*format!("Voice History/Audio/{}", files[0])));
    assert_eq!(path(2), None);
}

#[test]
fn older_activities_become_records_with_placeholders() {
    let run = run(&VOICE_HISTORY, "activities-realistic.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 3);
    assert_eq!(
        run.records[0].transcript.as_deref(),
        Some("alexa wie spät ist es")
    );
    assert!(run.records[1].placeholder);
    assert_eq!(
        run.records[1].transcript.as_deref(),
        Some("Audio was not intended for Alexa")
    );
    assert_eq!(
        run.devices.len(),
        1,
        "typed requests are no device of their own"
    );
    insta::assert_json_snapshot!("amazon_activities_realistic", summary(&run));
}

#[test]
fn a_single_activity_is_read_like_a_page_of_one() {
    let run = run(&VOICE_HISTORY, "activity-single.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 1);
    let r = &run.records[0];
    assert_eq!(r.transcript.as_deref(), Some("alexa wie spät ist es"));
    assert_eq!(r.account.as_deref(), Some("A1PG6NJNPE0LPH"));
    assert_eq!(r.source.locator, "$.activity[0]");
    assert_eq!(run.devices[0].serial.as_deref(), Some("G090LF1181720W3T"));
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
}

#[test]
fn broken_description_is_a_warning_and_the_record_stays() {
    let run = run(&VOICE_HISTORY, "activities-malformed-description.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 2);
    assert_eq!(run.records[0].transcript, None);
    assert!(run.records[0].time.is_some());
    assert_eq!(run.warnings.len(), 1);
    assert!(
        run.warnings[0].starts_with("7: $.activities[0]: description is not valid JSON"),
        "{:?}",
        run.warnings
    );
    assert_eq!(
        run.records[1].transcript.as_deref(),
        Some("echo play some jazz")
    );
    assert_eq!(
        run.records[1].device.as_deref(),
        Some("d1"),
        "device from the id"
    );
}

#[test]
fn device_list_json_names_models() {
    let run = run(&DEVICES, "devices.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.kind, MemberKind::DeviceList);
    assert_eq!(run.devices.len(), 2);
    assert_eq!(
        run.devices[1].model.as_deref(),
        Some("Echo Show"),
        "from the family"
    );
    assert_eq!(run.warnings.len(), 1);
    insta::assert_json_snapshot!("amazon_devices_json", summary(&run));
}

#[test]
fn registration_csv_tolerates_bom_documentation_row_na_and_footer() {
    let run = run(&DEVICES, "registration.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.devices.len(), 3);
    assert_eq!(run.devices[2].device_type, None, "N/A is no value");
    assert_eq!(
        run.devices[2].model.as_deref(),
        Some("Alexa app (phone/tablet)")
    );
    assert_eq!(run.warnings.len(), 2, "{:?}", run.warnings);
    insta::assert_json_snapshot!("amazon_registration_csv", summary(&run));
}

#[test]
fn registration_csv_with_only_the_known_columns_gives_named_devices() {
    let run = run(&DEVICES, "registration-minimal.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    let names: Vec<_> = run.devices.iter().map(|d| d.name.as_deref()).collect();
    assert_eq!(names, [Some("Echo Dot"), Some("Echo Show")]);
}

#[test]
fn household_list_names_the_exports_account_and_no_device() {
    let run = run(&HOUSEHOLD, "household.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.devices.is_empty() && run.records.is_empty());
}

#[test]
fn devices_from_the_list_and_from_records_are_one_device() {
    let mut import = Import::new();
    let registration = fixture("registration.csv");
    let page = fixture("voice-history-realistic.json");
    import_into(
        &DEVICES,
        "Devices.Registration/registration.csv",
        &registration,
        &mut import,
    );
    import_into(
        &VOICE_HISTORY,
        "VoiceHistoryRecords-0001.json",
        &page,
        &mut import,
    );
    let auskunft_formats::Finished {
        devices,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(devices.len(), 3, "{devices:#?}");
    assert_eq!(records[0].device.as_deref(), Some("d2"));
    assert_eq!(devices[1].name.as_deref(), Some("Küche"));
}

#[test]
fn unrelated_json_and_csv_are_not_claimed() {
    for name in [
        "unrelated-assistant.json",
        "unrelated-meta-message.json",
        "unrelated-activities.json",
    ] {
        let bytes = fixture(name);
        let c = candidate(name, &bytes);
        assert!(!VOICE_HISTORY.recognize(&c), "voice history claims {name}");
        assert!(!DEVICES.recognize(&c), "devices claims {name}");
    }
    let csv = b"Date,Title,Amount\n2021-03-24,Book,12.00\n";
    assert!(!DEVICES.recognize(&candidate("Retail.OrderHistory.1.csv", csv)));
    assert!(!VOICE_HISTORY.recognize(&candidate("devices.json", &fixture("devices.json"))));
    assert!(!DEVICES.recognize(&candidate(
        "p.json",
        &fixture("voice-history-realistic.json")
    )));
}
