//! `amazon.cards` against hand-made card pages and the real 2017 pages
//! (`shared/data/alexa-app-cards-2017`, read in place; skipped when absent).

use std::collections::HashSet;

use auskunft_archive::Outcome;
use auskunft_formats::amazon::CARDS;
use auskunft_formats::{audio_key, Finished, Format, Import};
use auskunft_model::{AudioRef, MemberKind, Record};
use serde_json::Value;

mod common;

use common::{candidate, Run};

fn fixture(name: &str) -> Vec<u8> {
    common::fixture("amazon.cards", name)
}

fn run(name: &str) -> Run {
    common::run(&CARDS, &format!("AmazonAlexaClient/{name}"), &fixture(name))
}

fn transcripts(run: &Run) -> Vec<Option<&str>> {
    run.records
        .iter()
        .map(|r| r.transcript.as_deref())
        .collect()
}

/// Interface strings of the Alexa app and Alexa's answers: never what the user said.
const NEVER_WORDS: &[&str] = &[
    "Did Alexa hear you correctly?",
    "Thank you! Your feedback helps Alexa understand you better.",
    "Send more detailed feedback.",
    "Remove card",
    "Edit Alarm",
    "8:00 AM",
];

#[test]
fn one_record_per_card_with_words_answer_device_and_account() {
    let run = run("cards-realistic.json");
    assert_eq!(run.kind, MemberKind::Records);
    assert_eq!(run.outcome, Outcome::Parsed);
    // 7 cards: one repeats a card id, one is a notification nobody spoke.
    assert_eq!(run.records.len(), 5);
    assert_eq!(
        transcripts(&run),
        [
            Some("what time is it"),
            Some("set an alarm for eight a.m."),
            Some("wie wird das wetter morgen"),
            None,
            None,
        ]
    );
    let responses: Vec<Option<&str>> = run.records.iter().map(|r| r.response.as_deref()).collect();
    assert_eq!(
        responses,
        [
            Some("It's 7:11 PM."),
            Some("8:00 AM"),
            Some("Morgen wird es sonnig. / Höchstwert 18 Grad."),
            None,
            Some("Sorry, I'm not sure what you meant."),
        ]
    );
    let languages: Vec<Option<&str>> = run.records.iter().map(|r| r.language.as_deref()).collect();
    assert_eq!(languages, [Some("en"), Some("en"), Some("de"), None, None]);
    assert_eq!(run.devices.len(), 1);
    let echo = &run.devices[0];
    assert_eq!(echo.serial.as_deref(), Some("G090LF0000000001"));
    assert_eq!(echo.device_type.as_deref(), Some("A3S5BH2HU6VAYF"));
    assert_eq!(echo.model.as_deref(), Some("Echo Dot (2nd gen)"));
    assert_eq!(echo.name, None, "a type code is no device name");
    assert_eq!(echo.records, 5);
    for r in &run.records {
        assert_eq!(r.account.as_deref(), Some("A1B2C3D4E5F6G7"));
        assert_eq!(r.vendor.as_deref(), Some("amazon"));
        assert_eq!(r.device.as_deref(), Some(echo.id.as_str()));
        assert_eq!(r.zone.as_deref(), Some("UTC"));
    }
    assert_eq!(
        run.records[0].time.map(|t| t.to_rfc3339()).as_deref(),
        Some("2018-03-04T18:11:00+00:00")
    );
    assert_eq!(run.records[3].source.locator, "$.cards[3]");
    assert_eq!(
        run.warnings,
        [
            "7: 1 card repeats a card id already read in this page; it was read once",
            "7: 1 card is a notification without a spoken request and was not imported",
        ]
    );
}

/// What a user would see of one import: everything but the member path.
fn summary(run: &Run) -> Value {
    serde_json::json!({
        "outcome": format!("{:?}", run.outcome),
        "devices": run.devices,
        "records": run.records.iter().map(|r| serde_json::json!({
            "id": r.id, "time": r.time, "zone": r.zone, "device": r.device,
            "account": r.account, "transcript": r.transcript, "response": r.response,
            "language": r.language, "placeholder": r.placeholder, "locator": r.source.locator,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

#[test]
fn snapshot_of_the_realistic_page() {
    insta::assert_json_snapshot!(
        "amazon_cards_realistic",
        summary(&run("cards-realistic.json"))
    );
}

#[test]
fn interface_strings_are_never_words() {
    let run = run("cards-realistic.json");
    for r in &run.records {
        let t = r.transcript.as_deref().unwrap_or("");
        assert!(!NEVER_WORDS.contains(&t), "{t:?} taken as words");
    }
    // The card whose playback text is the app's own question keeps its answer, not the words.
    let odd = run
        .records
        .iter()
        .find(|r| r.source.locator == "$.cards[5]")
        .expect("card 5");
    assert_eq!(odd.transcript, None);
}

#[test]
fn cards_ask_for_their_recording_by_utterance_id() {
    let mut import = Import::new();
    let id = "A3S5BH2HU6VAYF:1.0/2018/03/04/18/G090LF0000000001/11:00::TNIH_2V.0a0a0a0a-0000-4000-8000-000000000001LPM";
    let file = format!("{}.wav", id.replace([':', '/'], "_"));
    let audio = AudioRef {
        input: 0,
        path: format!("Audio/{file}"),
        seconds: Some(1.2),
    };
    import.audio(audio, None, &[audio_key(&file)]);
    let bytes = fixture("cards-realistic.json");
    let outcome = common::import_into(&CARDS, "cards.json", &bytes, &mut import);
    assert_eq!(outcome, Outcome::Parsed);
    let Finished { records, .. } = import.finish();
    assert_eq!(records.len(), 5, "the recording joined its card");
    let joined: Vec<&Record> = records.iter().filter(|r| r.audio.is_some()).collect();
    assert_eq!(joined.len(), 1);
    assert_eq!(joined[0].transcript.as_deref(), Some("what time is it"));
}

#[test]
fn empty_and_malformed_pages() {
    let empty = run("cards-empty.json");
    assert_eq!(empty.outcome, Outcome::Parsed);
    assert!(empty.records.is_empty() && empty.warnings.is_empty());

    let bad = run("cards-malformed.json");
    assert_eq!(bad.outcome, Outcome::Parsed);
    assert_eq!(bad.records.len(), 2);
    assert_eq!(
        bad.warnings,
        [
            "7: $.cards[0]: not an object; skipped",
            "7: $.cards[1]: not an object; skipped",
            "7: $.cards[2]: no time, words, device or card id; skipped",
        ]
    );
    // A timestamp that is no number: the card id's milliseconds; no sourceDevice: the id's.
    let stop = &bad.records[0];
    assert_eq!(stop.transcript.as_deref(), Some("stop"));
    assert_eq!(
        stop.time.map(|t| t.to_rfc3339()).as_deref(),
        Some("2018-03-04T18:17:00+00:00")
    );
    assert_eq!(bad.devices[0].serial.as_deref(), Some("G090LF0000000001"));
    let okay = &bad.records[1];
    assert_eq!(
        (okay.transcript.as_deref(), okay.response.as_deref()),
        (None, Some("Okay."))
    );

    let cut = fixture("cards-realistic.json");
    let cut = &cut[..cut.len() / 2];
    let c = candidate("cards.json", cut);
    assert!(CARDS.recognize(&c));
    let mut import = Import::new();
    let imported = CARDS.import(&c, &mut &cut[..], &mut import);
    assert!(
        matches!(&imported.outcome, Outcome::Failed(why) if why.en().starts_with("invalid JSON at line")),
        "{:?}",
        imported.outcome
    );
}

#[test]
fn the_registry_gives_card_pages_to_this_module_and_nothing_else_to_it() {
    let bytes = fixture("cards-realistic.json");
    let c = candidate("AmazonAlexaClient/cards.json", &bytes);
    assert_eq!(
        auskunft_formats::recognize(&c).map(|f| f.name()),
        Some("amazon.cards")
    );
    for (dir, name) in [
        ("amazon.voice_history", "activities-realistic.json"),
        ("amazon.devices", "devices.json"),
        ("amazon.household", "household.json"),
        ("google.assistant", "MyActivity.json"),
        ("meta.voice_messages", "thread-realistic.json"),
        ("transcript.table", "utterances.json"),
    ] {
        let bytes = common::fixture(dir, name);
        assert!(!CARDS.recognize(&candidate(name, &bytes)), "{dir}/{name}");
    }
}

/// The real pages, or `None` (and a message) when `../shared` is not there.
fn real(name: &str) -> Option<Vec<u8>> {
    let path = format!(
        "{}/../../../shared/data/alexa-app-cards-2017/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            eprintln!("SKIPPED: {path} not readable ({e}); the real card pages are in ../shared");
            None
        }
    }
}

#[test]
fn real_2017_card_pages() {
    for (name, distinct) in [("cards-page-a.json", 10), ("cards-page-b.json", 3)] {
        let Some(bytes) = real(name) else { return };
        let page: Value = serde_json::from_slice(&bytes).expect("the page is JSON");
        let ids: HashSet<&str> = page["cards"]
            .as_array()
            .expect("cards")
            .iter()
            .filter_map(|c| c["id"].as_str())
            .collect();
        assert_eq!(ids.len(), distinct, "{name}");
        let c = candidate(name, &bytes);
        assert_eq!(
            auskunft_formats::recognize(&c).map(|f| f.name()),
            Some("amazon.cards"),
            "{name}"
        );
        let run = common::run(&CARDS, name, &bytes);
        assert_eq!(run.outcome, Outcome::Parsed, "{name}");
        assert!(run.warnings.is_empty(), "{name}: {:?}", run.warnings);
        assert_eq!(
            run.records.len(),
            distinct,
            "{name}: one record per card id"
        );
        for r in &run.records {
            let t = r.transcript.as_deref().unwrap_or("");
            assert!(!NEVER_WORDS.contains(&t), "{name}: {t:?} taken as words");
            assert!(!t.to_lowercase().contains("alexa heard"), "{name}: {t:?}");
            assert_eq!(r.account.as_deref(), Some("A32TRBM6QOXJ5H"), "{name}");
        }
        assert_eq!(run.devices.len(), 1, "{name}");
        let echo = &run.devices[0];
        assert_eq!(echo.serial.as_deref(), Some("B0F00715535302W5"));
        assert_eq!(echo.model.as_deref(), Some("Echo"));
        assert_eq!(echo.name, None);
        assert_eq!(echo.records, distinct);
    }
    let Some(bytes) = real("cards-page-b.json") else {
        return;
    };
    let run = common::run(&CARDS, "cards-page-b.json", &bytes);
    assert_eq!(
        transcripts(&run),
        [
            Some("turn up set up alarm on eight o'clock"),
            Some("turn on pandora"),
            Some("alexa turn on take of farted song video"),
        ]
    );
    assert_eq!(run.records[0].response.as_deref(), Some("8:00 AM"));
    let Some(bytes) = real("cards-page-a.json") else {
        return;
    };
    let run = common::run(&CARDS, "cards-page-a.json", &bytes);
    let with_words = run
        .records
        .iter()
        .filter(|r| r.transcript.is_some())
        .count();
    assert_eq!(with_words, 9, "the first card has no playback: no words");
    assert_eq!(run.records[0].transcript, None);
    assert_eq!(run.records[1].transcript.as_deref(), Some("are you happy"));
}
