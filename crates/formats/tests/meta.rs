//! `meta.voice_messages` against hand-written fixtures, through the `Format` trait as the
//! pipeline calls it.

use auskunft_archive::Outcome;
use auskunft_formats::meta::VOICE_MESSAGES;
use auskunft_formats::{audio_key, Format, Import};
use auskunft_model::{AudioRef, MemberKind};
use serde_json::{json, Value};

const NEW: &str = "your_facebook_activity/messages/inbox/jurgenmuller_10158234567/message_1.json";
const OLD: &str = "messages/inbox/DirkSchonfeld_a1b2c3d4e5/message_1.json";

mod common;

use common::{candidate, fixture, Run};

/// Recognises and imports one fixture as the member `path`.
fn run(path: &str, name: &str) -> Run {
    let run = common::run(&VOICE_MESSAGES, path, &fixture("meta.voice_messages", name));
    assert!(run.devices.is_empty());
    run
}

/// What a user would see: everything but the member path.
fn summary(run: &Run) -> Value {
    json!({
        "kind": format!("{:?}", run.kind),
        "outcome": format!("{:?}", run.outcome),
        "records": run.records.iter().map(|r| json!({
            "id": r.id, "time": r.time, "zone": r.zone, "device": r.device,
            "account": r.account, "transcript": r.transcript, "language": r.language,
            "placeholder": r.placeholder, "audio": r.audio.as_ref().map(|a| &a.path),
            "speakers": r.speakers, "locator": r.source.locator,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

#[test]
fn voice_messages_become_records_and_text_messages_do_not() {
    let run = run(NEW, "thread-realistic.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.kind, MemberKind::Records);
    assert_eq!(run.records.len(), 3, "three voice messages among six");
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    let first = &run.records[0];
    assert_eq!(
        first.time.map(|t| t.to_rfc3339()).as_deref(),
        Some("2021-03-24T19:00:47.522+00:00")
    );
    assert_eq!(first.zone.as_deref(), Some("UTC"));
    assert_eq!(
        first.transcript, None,
        "the standard sentence is no transcript"
    );
    assert_eq!(first.source.locator, "$.messages[1]");
    assert_eq!(first.speakers, ["Jürgen Müller"]);
    assert_eq!(first.vendor.as_deref(), Some("meta"));
    assert_eq!(
        (
            run.records[1].source.locator.as_str(),
            &run.records[1].speakers[..]
        ),
        ("$.messages[3]", &["Anke Weiß".to_string()][..])
    );
    assert_eq!(run.records[1].transcript, None);
    assert_eq!(
        run.records[2].transcript.as_deref(),
        Some("wo seid ihr gerade")
    );
    assert!(run
        .records
        .iter()
        .all(|r| r.account.is_none() && r.device.is_none() && r.audio.is_none()));
    insta::assert_json_snapshot!("meta_voice_messages_realistic", summary(&run));
}

#[test]
fn older_export_at_the_archive_root_reads_the_same() {
    let run = run(OLD, "thread-old.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 1);
    assert_eq!(run.records[0].source.path, OLD);
    assert_eq!(
        (
            run.records[0].source.locator.as_str(),
            &run.records[0].speakers[..]
        ),
        ("$.messages[0]", &["Dirk Schönfeld".to_string()][..])
    );
    assert_eq!(run.records[0].transcript, None);
}

#[test]
fn empty_thread_is_parsed_with_nothing_in_it() {
    let run = run(NEW, "thread-empty.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.records.is_empty() && run.warnings.is_empty());
}

#[test]
fn truncated_thread_fails_naming_line_and_column() {
    let run = run(NEW, "thread-malformed.json");
    let Outcome::Failed(why) = &run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert!(
        why.en().starts_with("invalid JSON at line 13, column "),
        "{why}"
    );
    assert!(run.records.is_empty());
}

#[test]
fn missing_time_or_uri_is_a_warning_and_skipped() {
    let run = run(NEW, "thread-missing-field.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.warnings.len(), 2, "{:?}", run.warnings);
    assert_eq!(
        run.warnings[0],
        "7: $.messages[0]: voice message without timestamp_ms; skipped"
    );
    assert_eq!(
        run.warnings[1],
        "7: $.messages[1].audio_files[0]: audio file without uri; skipped"
    );
    assert_eq!(run.records.len(), 2);
    assert_eq!(
        (
            run.records[0].source.locator.as_str(),
            &run.records[0].speakers[..]
        ),
        (
            "$.messages[1].audio_files[1]",
            &["Anke Weiß".to_string()][..]
        )
    );
    assert_eq!(run.records[1].source.locator, "$.messages[2]");
    assert!(run.records[1].speakers.is_empty(), "no sender");
}

#[test]
fn voice_message_joins_its_recording() {
    let bytes = fixture("meta.voice_messages", "thread-realistic.json");
    let mut import = Import::new();
    VOICE_MESSAGES.import(&candidate(NEW, &bytes), &mut &bytes[..], &mut import);
    let audio = AudioRef {
        input: 0,
        path: "your_facebook_activity/messages/inbox/jurgenmuller_10158234567/audio/audioclip12345.mp4".into(),
        seconds: Some(4.2),
    };
    import.audio(audio.clone(), None, &[audio_key("audioclip12345.mp4")]);
    let auskunft_formats::Finished {
        devices: _,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(records.len(), 3, "the recording was claimed, not left over");
    assert_eq!(records[1].audio.as_ref(), Some(&audio));
    assert_eq!(records[0].audio, None);
}

#[test]
fn thread_files_are_recognised_in_every_known_place() {
    let bytes = fixture("meta.voice_messages", "thread-empty.json");
    for path in [
        OLD,
        NEW,
        "your_instagram_activity/messages/inbox/dirk_17841400000000000/message_1.json",
        "facebook-ankeweiss/messages/archived_threads/dirk_1/message_2.json",
        "your_facebook_activity/messages/filtered_threads/x_1/message_1.json",
        "your_facebook_activity/messages/e2ee_cutover/jurgen_1/message_1.json",
    ] {
        assert!(VOICE_MESSAGES.recognize(&candidate(path, &bytes)), "{path}");
    }
}

#[test]
fn amazon_pages_google_activity_and_other_meta_files_are_not_claimed() {
    for name in [
        "voice-history-realistic.json",
        "activities-realistic.json",
        "unrelated-assistant.json",
    ] {
        let bytes = common::find_fixture(name);
        assert!(
            !VOICE_MESSAGES.recognize(&candidate(name, &bytes)),
            "{name}"
        );
        let disguised = "messages/inbox/x_1/message_1.json";
        assert!(
            !VOICE_MESSAGES.recognize(&candidate(disguised, &bytes)),
            "{name} at a thread path"
        );
    }
    let google = common::find_fixture("unrelated-assistant.json");
    assert!(!VOICE_MESSAGES.recognize(&candidate(
        "Takeout/My Activity/Assistant/MyActivity.json",
        &google
    )));
    let thread = fixture("meta.voice_messages", "thread-realistic.json");
    for path in [
        "your_facebook_activity/messages/inbox/x_1/audio/message_1.json",
        "your_facebook_activity/messages/autofill_information.json",
        "messages/inbox/x_1/message_1.html",
    ] {
        assert!(
            !VOICE_MESSAGES.recognize(&candidate(path, &thread)),
            "{path}"
        );
    }
}
