//! `google.devices_csv` against hand-written Takeout device lists, through the `Format` trait as
//! the pipeline calls it.

use auskunft_archive::Outcome;
use auskunft_formats::google::DEVICES_CSV;
use auskunft_formats::Format;
use auskunft_model::MemberKind;
use serde_json::{json, Value};

mod common;

use common::{candidate, Run};

const FOLDER: &str = "Takeout/Access Log Activity";
const FILE: &str = "Devices - A list of devices (i.e. Nest, Pixel, iPhone, Galaxy, etc) which have accessed your Google Account.csv";

fn run(name: &str) -> Run {
    let bytes = common::fixture("google.devices_csv", name);
    common::run(&DEVICES_CSV, &format!("{FOLDER}/{FILE}"), &bytes)
}

/// What a user would see: devices with what the list says about them, and the warnings.
fn summary(run: &Run) -> Value {
    json!({
        "kind": format!("{:?}", run.kind),
        "outcome": format!("{:?}", run.outcome),
        "devices": run.devices.iter().map(|d| json!({
            "id": d.id, "name": d.name, "type": d.device_type, "model": d.model,
            "serial": d.serial, "account": d.account, "registered": d.registered,
            "listed": d.listed.as_ref().map(|l| &l.locator),
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

#[test]
fn takeout_device_list_becomes_named_devices_of_the_account() {
    let run = run("devices-realistic.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.kind, MemberKind::DeviceList);
    assert!(run.records.is_empty());
    let names: Vec<_> = run.devices.iter().map(|d| d.name.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Google Pixel 7"),
            Some("Google Nest Mini"),
            Some("Google Nest Hub (2nd gen)"),
            Some("Samsung Galaxy Tab S7"),
            Some("Apple iPhone 12"),
            None,
            Some("Sony BRAVIA 4K GB"),
        ]
    );
    let speaker = &run.devices[1];
    assert_eq!(speaker.device_type.as_deref(), Some("Smart Speaker"));
    assert_eq!(speaker.account.as_deref(), Some("117263849205718293746"));
    assert_eq!(
        speaker.registered.map(|t| t.to_rfc3339()).as_deref(),
        Some("2021-12-24T19:05:00+00:00"),
        "first activity, UTC from the column name"
    );
    assert_eq!(
        speaker.listed.as_ref().map(|l| l.locator.as_str()),
        Some("line 3")
    );
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    insta::assert_json_snapshot!("google_devices_realistic", summary(&run));
}

#[test]
fn german_list_with_semicolons_and_zoned_dates() {
    let bytes = common::fixture("google.devices_csv", "geraete-deutsch.csv");
    let path = "Takeout/Zugriffsprotokoll-Aktivitäten/Geräte - Eine Liste der Geräte.csv";
    let run = common::run(&DEVICES_CSV, path, &bytes);
    assert_eq!(run.outcome, Outcome::Parsed);
    let seen: Vec<_> = run
        .devices
        .iter()
        .map(|d| (d.name.clone(), d.registered.map(|t| t.to_rfc3339())))
        .collect();
    assert_eq!(
        seen,
        [
            (
                Some("Google Pixel 8".into()),
                Some("2023-11-14T07:15:00+00:00".into())
            ),
            (
                Some("Google Nest Audio".into()),
                Some("2022-06-01T17:30:00+00:00".into())
            ),
        ]
    );
}

#[test]
fn header_only_list_is_parsed_with_nothing_in_it() {
    let run = run("devices-empty.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.devices.is_empty() && run.warnings.is_empty());
}

#[test]
fn malformed_rows_are_warnings_with_lines_and_devices_stay() {
    let run = run("devices-malformed.csv");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(
        run.warnings,
        [
            "7: line 3: 3 cells where the header has 5; the missing cells are empty",
            "7: line 6: 7 cells where the header has 5; the extra cells are ignored",
            "7: line 4: no brand, model, type or device id; skipped",
            "7: line 5: first activity \"seit letztem Jahr\" is not a date and time; the device is kept",
        ]
    );
    let names: Vec<_> = run.devices.iter().map(|d| d.name.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Google Pixel 6a"),
            Some("Motorola"),
            Some("Google Nest Audio"),
            Some("OnePlus Nord 2")
        ]
    );
    assert_eq!(run.devices[2].registered, None);
    insta::assert_json_snapshot!("google_devices_malformed", summary(&run));
}

#[test]
fn other_takeout_csvs_are_not_claimed() {
    let activity = b"Gaia ID,Activity Timestamp,IP Address,User Agent String\n1,2024-01-01 10:00:00 UTC,192.0.2.1,Mozilla\n";
    let path = format!("{FOLDER}/Activities - A list of Google services accessed by.csv");
    assert!(!DEVICES_CSV.recognize(&candidate(&path, activity)));
    let products = b"Brand Name,Model Name,Price\nGoogle,Pixel 7,599\n";
    assert!(!DEVICES_CSV.recognize(&candidate("Takeout/Shopping/products.csv", products)));
    assert!(DEVICES_CSV.recognize(&candidate(&format!("{FOLDER}/{FILE}"), products)));
}
