//! One record per interaction (issue 11): Amazon records join their recordings whatever the
//! item suffix and file-name spelling, join time-named recordings by time, and stay one record
//! when an interaction or a recording is seen twice. Each fixture folder under
//! `tests/exports/join/` is read as an export would be: every file a member, in name
//! order, offered to the registry, finished with the members' SHA-256s.

use auskunft_archive::limits::{Budget, Metered};
use auskunft_archive::{probe::sniff, Limits};
use auskunft_formats::{Candidate, Finished, Import};
use auskunft_model::Record;

/// The members of a fixture folder (name order) read into one import.
struct Export {
    paths: Vec<String>,
    import: Import,
    sha256: Vec<Option<String>>,
}

fn sha256(bytes: &[u8]) -> String {
    let budget = Budget::new(u64::MAX);
    let mut metered = Metered::new(bytes, &budget, &Limits::default(), None, None);
    metered.drain().expect("in memory");
    metered.finish().0
}

fn read_into(export: &mut Export, dir: &std::path::Path) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let bytes = std::fs::read(dir.join(&name)).expect("fixture");
        let head = &bytes[..bytes.len().min(4096)];
        let member = export.paths.len();
        let candidate = Candidate {
            input: 0,
            member,
            path: &name,
            content: sniff(head),
            head,
        };
        let format = auskunft_formats::recognize(&candidate)
            .unwrap_or_else(|| panic!("no module recognises {name}"));
        format.import(&candidate, &mut &bytes[..], &mut export.import);
        export.sha256.push(Some(sha256(&bytes)));
        export.paths.push(name);
    }
}

fn fixture_dir(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/exports/join")
        .join(name)
}

fn read(name: &str) -> Export {
    let mut export = Export {
        paths: Vec::new(),
        import: Import::new(),
        sha256: Vec::new(),
    };
    read_into(&mut export, &fixture_dir(name));
    export
}

fn finish(export: Export) -> (Vec<String>, Finished) {
    let finished = export.import.finish_with_hashes(&export.sha256);
    (export.paths, finished)
}

fn audio(r: &Record) -> Option<&str> {
    r.audio.as_ref().map(|a| a.path.as_str())
}

fn by_transcript<'a>(records: &'a [Record], text: &str) -> &'a Record {
    records
        .iter()
        .find(|r| r.transcript.as_deref() == Some(text))
        .unwrap_or_else(|| panic!("no record says {text:?}"))
}

#[test]
fn item_suffixed_utterance_ids_find_recordings_named_after_the_bare_id() {
    let export = read("suffixed");
    let estimate = export.import.records_so_far();
    let (_, Finished { records, .. }) = finish(export);
    assert_eq!(records.len(), 3, "three records, no recording left over");
    assert_eq!(estimate, 3, "exact when every join is by key");
    let first = by_transcript(&records, "alexa / wie spät ist es");
    assert_eq!(
        audio(first),
        Some("A32DOYMUN6DTXA_1.0_2021_03_09_17_DEVICE_UNSPECIFIED_44_06__TNIH_2V.1e0f3c6a-8a1b-4c2d-9e3f-0a1b2c3d4e5fLPM.wav")
    );
    assert_eq!(
        first.audio_match.as_ref().map(|m| m.by.as_str()),
        Some("name")
    );
    // Every `/`, `:` and `.` replaced by `_` in this one's name.
    assert_eq!(
        audio(by_transcript(&records, "alexa stopp")),
        Some("A32DOYMUN6DTXA_1_0_2021_03_09_18_DEVICE_UNSPECIFIED_02_51__TNIH_2V_7b9d2e41-55c3-4f0a-8d6e-3c2b1a0f9e8dLPM.wav")
    );
    let missing = by_transcript(&records, "wie wird das wetter");
    assert_eq!(missing.audio, None);
    assert_eq!(missing.audio_match, None);
}

#[test]
fn time_named_recordings_join_activities_by_time_one_to_one() {
    let (_, Finished { records, .. }) = finish(read("time-named"));
    assert_eq!(
        records.len(),
        4,
        "three activities and the recording none of them is near"
    );
    let exact = by_transcript(&records, "what's on my to-do list");
    assert_eq!(audio(exact), Some("1562516558403.wav"));
    let m = exact.audio_match.as_ref().expect("joined");
    assert_eq!(
        (m.by.as_str(), m.seconds_apart, m.confidence),
        ("time", Some(0.0), 1.0)
    );
    // Asked by description.firstUtteranceId only; the name states a whole second, 0.75 s later.
    let named = by_transcript(&records, "set a timer for ten minutes");
    assert_eq!(audio(named), Some("2019-07-07_16-30-01_UTC.wav"));
    let m = named.audio_match.as_ref().expect("joined");
    assert_eq!((m.by.as_str(), m.seconds_apart), ("time", Some(0.75)));
    assert!(m.confidence < 1.0 && m.confidence > 0.5, "{}", m.confidence);
    assert_eq!(audio(by_transcript(&records, "what time is it")), None);
    let left = records
        .iter()
        .filter(|r| r.source.locator == "the recording itself")
        .map(|r| audio(r).unwrap_or_default())
        .collect::<Vec<_>>();
    assert_eq!(left, ["1562600000000.wav"]);
}

#[test]
fn the_same_records_on_overlapping_pages_are_one_record_each() {
    let export = read("overlap");
    let estimate = export.import.records_so_far();
    let (_, Finished { records, .. }) = finish(export);
    // Page 1 holds records 1, 2 and 2 again; page 2 holds 2 (with more) and 3.
    assert_eq!(records.len(), 3, "{records:#?}");
    assert_eq!(estimate, 3);
    let again = by_transcript(&records, "spiel musik von queen");
    assert_eq!(again.source.path, "VoiceHistoryRecords-0001.json");
    assert_eq!(again.source.locator, "$.customerHistoryRecords[1]");
    assert_eq!(again.response.as_deref(), Some("Queen von Amazon Music."));
    assert_eq!(again.speakers, ["Paul"]);
    assert_eq!(
        audio(again),
        Some("A32DOYMUN6DTXA_1.0_2021_03_11_07_DEVICE_UNSPECIFIED_31_40__TNIH_2V.a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5dLPM.wav")
    );
    assert_eq!(
        records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["r1", "r2", "r3"]
    );
}

#[test]
fn a_recording_downloaded_twice_is_one_recording() {
    let (paths, finished) = finish(read("same-bytes"));
    let Finished {
        records,
        duplicates,
        ..
    } = finished;
    assert_eq!(records.len(), 2, "the activity and other.wav: {records:#?}");
    let member = |name: &str| paths.iter().position(|p| p.starts_with(name)).expect(name);
    assert_eq!(
        duplicates,
        [(member("download-2_"), member("A32DOYMUN6DTXA_"))]
    );
    assert_eq!(
        audio(by_transcript(&records, "wie spät ist es")),
        Some(paths[member("A32DOYMUN6DTXA_")].as_str())
    );
    assert_eq!(audio(&records[1]), Some("other.wav"));
    // Without hashes the copy is a recording of its own.
    let export = read("same-bytes");
    assert_eq!(export.import.finish().records.len(), 3);
}

/// `shared/data/alexa-api-2019`, or `None` (with a message) when this clone has no `../shared`.
fn real_data() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/alexa-api-2019");
    if dir.join("echo3-activities.json").is_file() {
        Some(dir)
    } else {
        println!(
            "skipped: {} is absent (real payloads live in ../shared)",
            dir.display()
        );
        None
    }
}

fn read_real(dir: &std::path::Path, export: &mut Export, name: &str) {
    let bytes = std::fs::read(dir.join(name)).expect("payload");
    let head = &bytes[..bytes.len().min(4096)];
    let candidate = Candidate {
        input: 0,
        member: export.paths.len(),
        path: name,
        content: sniff(head),
        head,
    };
    if let Some(format) = auskunft_formats::recognize(&candidate) {
        format.import(&candidate, &mut &bytes[..], &mut export.import);
    }
    export.sha256.push(Some(sha256(&bytes)));
    export.paths.push(name.into());
}

#[test]
fn real_echo3_account_gives_one_record_per_activity_even_read_twice() {
    let Some(dir) = real_data() else { return };
    let activities: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("echo3-activities.json")).expect("read"))
            .expect("JSON");
    let ids: std::collections::BTreeSet<&str> = activities["activities"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 50);
    let mut export = Export {
        paths: Vec::new(),
        import: Import::new(),
        sha256: Vec::new(),
    };
    for name in [
        "echo3-devices.json",
        "echo3-household.json",
        "echo3-activities.json",
        // The same response fetched again: overlapping pages at their worst.
        "echo3-activities.json",
    ] {
        read_real(&dir, &mut export, name);
    }
    let estimate = export.import.records_so_far();
    let (_, Finished { records, .. }) = finish(export);
    // Ten streams hold two activities each (the wake word `…/0`, the request `…/1`): still 50.
    assert_eq!(records.len(), ids.len());
    assert_eq!(estimate, ids.len());
    let seen: std::collections::BTreeSet<String> = records
        .iter()
        .map(|r| {
            format!(
                "{}#{}",
                r.account.as_deref().unwrap_or_default(),
                r.time.map_or(0, |t| t.timestamp_millis())
            )
        })
        .collect();
    assert_eq!(seen.len(), 50, "every activity once");
    assert!(records
        .iter()
        .all(|r| r.source.path == "echo3-activities.json" && r.audio.is_none()));
}
