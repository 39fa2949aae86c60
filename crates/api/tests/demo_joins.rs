//! Issue 11's acceptance check on every demo scenario and variant, against its ground truth:
//! one record per interaction, and every record joined to its true recording (by id, by
//! suffixed id, by time), however the export spells or repeats them.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;

use auskunft_api::{audit, write_demo, AuditRequest, Scenario};
use auskunft_model::Report;
use serde_json::Value;

fn audited(scenario: Scenario, seed: u64, records: usize) -> (Report, Value) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("{}-{seed}.zip", scenario.name()));
    let files = write_demo(scenario, seed, Some(records), &out).expect("demo written");
    let report = audit(&AuditRequest {
        inputs: vec![files.archive.clone()],
        inventory: Some(files.inventory.clone()),
        data_dir: dir.path().join("data"),
    })
    .expect("audit runs");
    assert_eq!(report.invariant_violations(), Vec::<String>::new());
    let truth = serde_json::from_slice(&std::fs::read(&files.truth).unwrap()).unwrap();
    (report, truth)
}

#[test]
fn every_demo_gives_one_record_per_interaction_joined_to_its_recording() {
    for scenario in Scenario::ALL {
        for seed in [1, 2] {
            let (report, truth) = audited(scenario, seed, 60);
            let context = format!("{scenario} seed {seed}");
            let interactions = truth["records"].as_array().unwrap();
            assert_eq!(
                report.records.len(),
                interactions.len(),
                "{context}: records != interactions"
            );
            // Report records by where their words were read, and by their recording.
            let by_place: HashMap<(&str, &str), usize> = report
                .records
                .iter()
                .enumerate()
                .map(|(i, r)| ((r.source.path.as_str(), r.source.locator.as_str()), i))
                .collect();
            let by_audio: HashMap<&str, usize> = report
                .records
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.audio.as_ref().map(|a| (a.path.as_str(), i)))
                .collect();
            let mut seen = vec![false; report.records.len()];
            for t in interactions {
                let audio = t["audio"]["path"].as_str();
                let loc = &t["transcript_location"];
                let found = if loc.is_null() {
                    audio.and_then(|a| by_audio.get(a))
                } else {
                    by_place.get(&(
                        loc["member"]["path"].as_str().unwrap(),
                        loc["locator"].as_str().unwrap(),
                    ))
                };
                let &i = found.unwrap_or_else(|| panic!("{context}: {} has no record", t["id"]));
                assert!(!seen[i], "{context}: two interactions in one record");
                seen[i] = true;
                assert_eq!(
                    report.records[i].audio.as_ref().map(|a| a.path.as_str()),
                    audio,
                    "{context}: {} joined to the wrong recording",
                    t["id"]
                );
            }
        }
    }
}

#[test]
fn the_time_named_variants_second_download_is_counted_once() {
    let (report, truth) = audited(Scenario::TwoHouseholdsTimeNamed, 1, 60);
    let copies: Vec<_> = report
        .members
        .iter()
        .filter(|m| m.duplicate_of.is_some())
        .collect();
    assert_eq!(copies.len(), 1, "one WAV is in the export twice");
    let copy = copies[0];
    let first = &report.members[copy.duplicate_of.unwrap()];
    assert!(copy.path.starts_with("Voice History/Audio (1)/"));
    assert_eq!(
        copy.path.rsplit('/').next(),
        first.path.rsplit('/').next(),
        "the copy has the first one's name"
    );
    assert_eq!(copy.sha256, first.sha256);
    assert_eq!(
        copy.warnings,
        [format!("same bytes as {}; counted once", first.path)]
    );
    let german: Vec<String> = copy
        .warnings_words
        .iter()
        .map(|w| w.render(auskunft_model::Lang::De))
        .collect();
    assert_eq!(
        german,
        [format!(
            "Dieselben Bytes wie {}; nur einmal gezählt",
            first.path
        )]
    );
    assert!(report
        .records
        .iter()
        .all(|r| r.audio.as_ref().is_none_or(|a| a.path != copy.path)));
    let with_audio = truth["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| !t["audio"].is_null())
        .count();
    assert_eq!(report.summary.records_with_audio, with_audio);
    // Time-named recordings joined by time, exactly (the name is the activity's own ms).
    let by_time: Vec<_> = report
        .records
        .iter()
        .filter_map(|r| r.audio_match.as_ref())
        .collect();
    assert_eq!(by_time.len(), with_audio);
    assert!(by_time
        .iter()
        .all(|m| m.by == "time" && m.seconds_apart == Some(0.0)));
}
