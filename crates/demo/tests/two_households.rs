//! The two-households export: nested archives, JSON voice-history pages in the documented shape,
//! audio named after utterance ids, a registration list of both homes, and a truth that says which
//! record is whose.

mod common;

use std::collections::BTreeMap;

use auskunft_demo::{Household, Scenario};
use common::{as_map, check_wav, generate, read, unzip};
use serde_json::Value;

#[test]
fn nested_archives_match_truth() {
    let demo = generate(Scenario::TwoHouseholds, 3, 60);
    let truth = &demo.truth;
    let outer = unzip(&read(&demo.files.archive));
    let outer_names: Vec<&str> = outer.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(
        outer_names,
        ["README.txt", "Alexa.zip", "Devices.Registration.zip"]
    );
    let outer = as_map(outer);
    let alexa = unzip(&outer["Alexa.zip"]);
    let registration = unzip(&outer["Devices.Registration.zip"]);

    // Members: outer entries, each nested archive's entries right after it.
    let mut expected: Vec<(Option<String>, String)> = Vec::new();
    for name in ["README.txt", "Alexa.zip", "Devices.Registration.zip"] {
        expected.push((None, name.to_string()));
        let nested: Vec<String> = match name {
            "Alexa.zip" => alexa.iter().map(|m| m.0.clone()).collect(),
            "Devices.Registration.zip" => registration.iter().map(|m| m.0.clone()).collect(),
            _ => Vec::new(),
        };
        expected.extend(nested.into_iter().map(|n| (Some(name.to_string()), n)));
    }
    let listed: Vec<(Option<String>, String)> = truth
        .members
        .iter()
        .map(|m| (m.member.container.clone(), m.member.path.clone()))
        .collect();
    assert_eq!(listed, expected);
    assert_eq!(truth.counts.members, expected.len());
    let alexa = as_map(alexa);
    let registration = as_map(registration);

    // JSON pages: every record where the truth says, with the documented fields.
    let pages: BTreeMap<&String, Value> = alexa
        .iter()
        .filter(|(n, _)| n.starts_with("Voice History/") && n.ends_with(".json"))
        .map(|(n, b)| (n, serde_json::from_slice(b).expect("page is JSON")))
        .collect();
    assert_eq!(pages.len(), truth.counts.transcript_pages);
    assert!(pages.len() >= 2, "several pages");
    let in_pages: usize = pages
        .values()
        .map(|p| p["customerHistoryRecords"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(in_pages, truth.counts.records);
    for r in &truth.records {
        let loc = r
            .transcript_location
            .as_ref()
            .expect("every record has a JSON location");
        assert_eq!(loc.member.container.as_deref(), Some("Alexa.zip"));
        let k: usize = loc.locator["$.customerHistoryRecords[".len()..loc.locator.len() - 1]
            .parse()
            .expect("index");
        let rec = &pages[&loc.member.path]["customerHistoryRecords"][k];
        assert_eq!(rec["recordType"], "VOICE_HISTORY");
        assert_eq!(rec["timestamp"].as_i64(), Some(r.time.timestamp_millis()));
        assert_eq!(rec["customerId"].as_str(), r.customer_id.as_deref());
        assert_eq!(
            rec["device"]["deviceName"].as_str(),
            Some(r.device_name.as_str())
        );
        let key = format!(
            "{}#{}#{}#{}",
            r.customer_id.as_deref().unwrap_or(""),
            r.time.timestamp_millis(),
            r.device_type.as_deref().unwrap_or(""),
            r.device_serial.as_deref().unwrap_or("")
        );
        assert_eq!(rec["recordKey"].as_str(), Some(key.as_str()));
        let item = &rec["voiceHistoryRecordItems"][0];
        assert_eq!(item["recordItemType"], "CUSTOMER_TRANSCRIPT");
        assert_eq!(item["transcriptText"].as_str(), r.transcript.as_deref());
        assert_eq!(item["utteranceId"].as_str(), r.utterance_id.as_deref());
        let id = r.utterance_id.as_deref().unwrap_or("");
        assert!(id.starts_with(&format!("{}:1.0/", r.device_type.as_deref().unwrap_or(""))));
        if let Some(a) = &r.audio {
            assert_eq!(a.container.as_deref(), Some("Alexa.zip"));
            assert_eq!(
                a.path,
                format!("Voice History/Audio/{}.wav", id.replace(['/', ':'], "_"))
            );
            check_wav(&a.path, &alexa[&a.path]);
        }
    }
    let wavs = alexa.keys().filter(|n| n.ends_with(".wav")).count();
    assert_eq!(wavs, truth.counts.audio_files);
    assert!(
        wavs > 0 && wavs < truth.counts.records,
        "audio for a subset"
    );

    // Two homes, both with an "Echo Dot", told apart by account and serial.
    let dots: Vec<_> = truth
        .devices
        .iter()
        .filter(|d| d.name == "Echo Dot")
        .collect();
    assert_eq!(dots.len(), 2);
    assert_ne!(dots[0].customer_id, dots[1].customer_id);
    assert_ne!(dots[0].serial, dots[1].serial);
    assert_ne!(truth.requester.customer_id, truth.stranger.customer_id);
    let mine = truth.counts.requester_records;
    assert!(mine * 100 / truth.counts.records >= 60 && mine * 100 / truth.counts.records <= 70);

    // registration.csv lists both homes' devices.
    let csv = String::from_utf8(registration["Devices.Registration/registration.csv"].clone())
        .expect("utf-8");
    let mut lines = csv.lines();
    let header = lines.next().unwrap_or_default();
    assert!(header.starts_with("FirstTimeRegistered,AccountName,"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), truth.devices.len());
    for d in &truth.devices {
        assert!(rows
            .iter()
            .any(|l| l.contains(d.serial.as_deref().unwrap_or("?"))));
    }

    // The markup line sits in a stranger's JSON transcript.
    let markup: Vec<_> = truth
        .records
        .iter()
        .filter(|r| r.transcript.as_deref() == Some("<img src=x onerror=alert(1)>"))
        .collect();
    assert_eq!(markup.len(), 1);
    assert_eq!(markup[0].household, Household::Stranger);
    assert!(truth
        .records
        .iter()
        .any(|r| r.language.as_deref() == Some("en")));
    assert!(truth.records.iter().any(|r| r.placeholder));
}

#[test]
fn inventory_lists_the_requesters_devices_people_and_place() {
    let demo = generate(Scenario::TwoHouseholds, 4, 20);
    let inv: toml::Table = String::from_utf8(read(&demo.files.inventory))
        .expect("utf-8")
        .parse()
        .expect("TOML");
    let serials: Vec<&str> = inv["device"]
        .as_array()
        .expect("devices")
        .iter()
        .filter_map(|d| d["serial"].as_str())
        .collect();
    let theirs: Vec<&str> = demo
        .truth
        .devices
        .iter()
        .filter(|d| d.household == Household::Requester)
        .filter_map(|d| d.serial.as_deref())
        .collect();
    assert_eq!(serials, theirs);
    assert_eq!(
        inv["account"][0]["id"].as_str(),
        demo.truth.requester.customer_id.as_deref()
    );
    let people: Vec<&str> = inv["person"]
        .as_array()
        .expect("people")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(people, ["Lena", "Paul"]);
    assert_eq!(inv["place"][0]["name"].as_str(), Some("München"));
}
