//! `google.assistant` on Takeout in other languages: the verb before the words read off each
//! entry's search link (or learnt from the same file), entries that are no voice interaction
//! counted and named, and a French file shaped like the real one in `formats.md`.

use auskunft_archive::Outcome;
use auskunft_formats::google::ASSISTANT;
use auskunft_formats::Format;

mod common;

use common::{candidate, Run};

fn run(path: &str, name: &str) -> Run {
    common::run(&ASSISTANT, path, &common::fixture("google.assistant", name))
}

#[test]
fn every_locale_loses_its_verb_and_its_app_entries() {
    let cases = [
        ("en", "what's the weather tomorrow", "turn off the lights"),
        ("de", "wie wird das Wetter morgen", "Licht aus"),
        ("fr", "quelle heure est-il", "allume la lumière"),
        ("es", "qué tiempo hace mañana", "pon música"),
        ("it", "che tempo fa domani", "accendi la luce"),
        ("nl", "hoe laat is het", "zet de wekker"),
        ("pt", "que horas são", "toca uma música"),
    ];
    for (code, linked, unlinked) in cases {
        let name = format!("MyActivity-{code}.json");
        let run = run("Takeout/My Activity/Assistant/MyActivity.json", &name);
        assert_eq!(run.outcome, Outcome::Parsed, "{code}");
        let words: Vec<Option<&str>> = run
            .records
            .iter()
            .map(|r| r.transcript.as_deref())
            .collect();
        assert_eq!(words, [Some(linked), Some(unlinked)], "{code}");
        for r in &run.records {
            assert_eq!(
                r.language.as_deref(),
                Some(code),
                "{code}: {:?}",
                r.transcript
            );
        }
        assert_eq!(
            run.warnings,
            ["7: 1 entry is not a voice interaction (an app opened) and was not imported"],
            "{code}"
        );
    }
}

#[test]
fn a_french_file_like_the_real_one() {
    let path = "Takeout/Mon activité/Assistant/MonActivité.json";
    let bytes = common::fixture("google.assistant", "MonActivite-fr.json");
    assert!(ASSISTANT.recognize(&candidate(path, &bytes)));
    assert_eq!(
        auskunft_formats::recognize(&candidate(path, &bytes)).map(|f| f.name()),
        Some("google.assistant")
    );
    let run = run(path, "MonActivite-fr.json");
    assert_eq!(run.outcome, Outcome::Parsed);
    // 17 entries: 10 apps opened and 1 item selected are not records.
    assert_eq!(run.records.len(), 6);
    let words: Vec<Option<&str>> = run
        .records
        .iter()
        .map(|r| r.transcript.as_deref())
        .collect();
    assert_eq!(
        words,
        [
            Some("comme tu veux"),
            Some("quelle heure est-il"),
            None,
            Some("mets de la musique"),
            Some("allume la lumière du salon"),
            Some("quel temps fait-il demain"),
        ]
    );
    let languages: Vec<Option<&str>> = run.records.iter().map(|r| r.language.as_deref()).collect();
    assert_eq!(
        languages,
        [
            Some("fr"),
            Some("fr"),
            None,
            Some("fr"),
            Some("fr"),
            Some("fr")
        ]
    );
    // The unknown command is a record without words, at its place in the file.
    assert_eq!(run.records[2].source.locator, "$[2]");
    assert!(run.records[2].time.is_some());
    assert_eq!(run.records[0].response.as_deref(), Some("D'accord."));
    // "Dans cette zone générale" is no place name: the coordinates stay, the name does not.
    let place = run.records[0].location.as_ref().expect("a location");
    assert_eq!(
        (place.lat, place.lon, place.name.as_deref()),
        (48.8566, 2.3522, None)
    );
    assert_eq!(
        run.warnings,
        [
            "7: 10 entries are not voice interactions (an app opened) and were not imported",
            "7: 1 entry is not a voice interaction (an item selected) and was not imported",
        ]
    );
}

#[test]
fn snapshot_of_the_french_file() {
    let run = run(
        "Takeout/Mon activité/Assistant/MonActivité.json",
        "MonActivite-fr.json",
    );
    let summary = serde_json::json!({
        "outcome": format!("{:?}", run.outcome),
        "records": run.records.iter().map(|r| serde_json::json!({
            "time": r.time, "transcript": r.transcript, "response": r.response,
            "language": r.language, "location": r.location, "locator": r.source.locator,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    });
    insta::assert_json_snapshot!("google_locales_french_file", summary);
}
