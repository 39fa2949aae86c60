//! The Amazon modules against real Alexa web-API responses captured in 2019
//! (`shared/data/alexa-api-2019`, read in place, never copied; skipped when absent).

use std::collections::BTreeMap;

use auskunft_archive::{probe::sniff, Outcome};
use auskunft_formats::amazon::{DEVICES, HOUSEHOLD, VOICE_HISTORY};
use auskunft_formats::{Candidate, Format, Import};
use serde_json::{json, Value};

/// The folder of the real payloads.
fn folder() -> String {
    format!(
        "{}/../../../shared/data/alexa-api-2019",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Whether `../shared` is beside the checkout; a lone clone has no copy of the payloads, and
/// these tests then skip, saying so.
fn shared_here() -> bool {
    let here = std::path::Path::new(&folder()).is_dir();
    if !here {
        eprintln!(
            "skipped: {} is not here (a lone clone has no ../shared)",
            folder()
        );
    }
    here
}

fn payload(name: &str) -> Vec<u8> {
    let path = format!("{}/{name}", folder());
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import_into(format: &dyn Format, name: &str, import: &mut Import) -> Outcome {
    let bytes = payload(name);
    let head = &bytes[..bytes.len().min(4096)];
    let c = Candidate {
        input: 0,
        member: 0,
        path: name,
        content: sniff(head),
        head,
    };
    assert!(
        format.recognize(&c),
        "{} should recognise {name}",
        format.name()
    );
    format.import(&c, &mut &bytes[..], import).outcome
}

fn activity_count(name: &str) -> usize {
    let v: Value = serde_json::from_slice(&payload(name)).expect("payload is JSON");
    v["activities"].as_array().expect("activities list").len()
}

#[test]
fn echo_dot_2nd_gen_account_activities() {
    if !shared_here() {
        return;
    }
    let mut import = Import::new();
    let name = "echo2-activities.json";
    assert_eq!(
        import_into(&VOICE_HISTORY, name, &mut import),
        Outcome::Parsed
    );
    let auskunft_formats::Finished {
        devices,
        records,
        warnings,
        ..
    } = import.finish();
    assert_eq!(records.len(), activity_count(name));
    assert_eq!(records.len(), 27);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0].serial.as_deref(), Some("G090LF1181720W3T"));
    assert_eq!(devices[0].model.as_deref(), Some("Echo Dot (2nd gen)"));
    assert_eq!(
        records[0].transcript.as_deref(),
        Some("echo pause the music")
    );
    assert_eq!(records[0].account.as_deref(), Some("ALUU95DRYNB42"));
    assert_eq!(
        records[0].time.map(|t| t.to_rfc3339()).as_deref(),
        Some("2019-07-09T12:54:32.680+00:00")
    );
    assert_eq!(records[0].source.locator, "$.activities[0]");
    assert!(records.iter().all(|r| r.device.as_deref() == Some("d1")));
    assert!(records.iter().all(|r| r.time.is_some() && !r.placeholder));
}

#[test]
fn echo_dot_3rd_gen_account_activities_keep_discarded_ones_as_placeholders() {
    if !shared_here() {
        return;
    }
    let mut import = Import::new();
    let name = "echo3-activities.json";
    assert_eq!(
        import_into(&VOICE_HISTORY, name, &mut import),
        Outcome::Parsed
    );
    let auskunft_formats::Finished {
        devices,
        records,
        warnings,
        ..
    } = import.finish();
    assert_eq!(records.len(), activity_count(name));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0].model.as_deref(), Some("Echo Dot (3rd gen)"));
    let placeholders: Vec<_> = records.iter().filter(|r| r.placeholder).collect();
    assert_eq!(placeholders.len(), 4);
    assert!(placeholders
        .iter()
        .all(|r| r.transcript.as_deref() == Some("Audio was not intended for Alexa")));
    let mut languages = BTreeMap::new();
    for r in &records {
        *languages.entry(r.language.clone()).or_insert(0) += 1;
    }
    let summary = json!({
            "records": records.len(),
            "with_transcript": records.iter().filter(|r| r.transcript.is_some() && !r.placeholder).count(),
            "languages": languages.iter().map(|(k, v)| (k.clone().unwrap_or_default(), *v)).collect::<BTreeMap<_, _>>(),
            "first": records.iter().filter_map(|r| r.time).min(),
            "last": records.iter().filter_map(|r| r.time).max(),
            "devices": devices,
    });
    insta::assert_json_snapshot!("amazon_real_echo3_summary", summary);
}

#[test]
fn device_lists_merge_with_devices_heard_in_records() {
    if !shared_here() {
        return;
    }
    let mut import = Import::new();
    assert_eq!(
        import_into(&DEVICES, "echo2-devices.json", &mut import),
        Outcome::Parsed
    );
    import_into(&VOICE_HISTORY, "echo2-activities.json", &mut import);
    let auskunft_formats::Finished {
        devices,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(devices.len(), 2, "{devices:#?}");
    let echo = &devices[0];
    assert_eq!(echo.name.as_deref(), Some("Bob's Echo"));
    assert_eq!(echo.serial.as_deref(), Some("G090LF1181720W3T"));
    assert_eq!(echo.model.as_deref(), Some("Echo Dot (2nd gen)"));
    assert_eq!(echo.account.as_deref(), Some("ALUU95DRYNB42"));
    assert_eq!(
        devices[1].model.as_deref(),
        Some("Alexa app (phone/tablet)")
    );
    assert!(records.iter().all(|r| r.device.as_deref() == Some("d1")));

    let mut other = Import::new();
    assert_eq!(
        import_into(&DEVICES, "echo3-devices.json", &mut other),
        Outcome::Parsed
    );
    let auskunft_formats::Finished {
        devices,
        records: _,
        warnings: _,
        ..
    } = other.finish();
    assert!(devices
        .iter()
        .any(|d| d.serial.as_deref() == Some("G090U509902302GD")
            && d.model.as_deref() == Some("Echo Dot (3rd gen)")));
}

#[test]
fn household_lists_name_the_account_holder() {
    if !shared_here() {
        return;
    }
    for (name, id) in [
        ("echo2-household.json", "ALUU95DRYNB42"),
        ("echo3-household.json", "A1PG6NJNPE0LPH"),
    ] {
        let mut import = Import::new();
        assert_eq!(import_into(&HOUSEHOLD, name, &mut import), Outcome::Parsed);
        let finished = import.finish();
        assert_eq!(
            finished
                .accounts
                .iter()
                .map(|a| a.account.as_str())
                .collect::<Vec<_>>(),
            [id]
        );
        let bytes = payload(name);
        let c = Candidate {
            input: 0,
            member: 0,
            path: name,
            content: sniff(&bytes),
            head: &bytes,
        };
        assert!(!VOICE_HISTORY.recognize(&c));
    }
}
