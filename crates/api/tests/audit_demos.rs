//! Issue 4's acceptance checks on the demo exports, against their ground truth
//! (`OUT.truth.json`): who each record really belongs to.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::Path;

use auskunft_api::{audit, write_demo, AuditRequest, Scenario};
use auskunft_model::{Fit, FlagCode, InventoryState, Report};
use serde_json::Value;

fn audited(dir: &Path, scenario: Scenario, seed: u64, inventory: Option<&str>) -> (Report, Value) {
    let out = dir.join(format!("{}-{seed}.zip", scenario.name()));
    let files = write_demo(scenario, seed, None, &out).expect("demo written");
    let inventory_path = match inventory {
        Some(text) => {
            let p = dir.join("inventory.toml");
            std::fs::write(&p, text).unwrap();
            p
        }
        None => files.inventory.clone(),
    };
    let report = audit(&AuditRequest {
        inputs: vec![files.archive.clone()],
        inventory: Some(inventory_path),
        data_dir: dir.join("data"),
    })
    .expect("audit runs");
    assert_eq!(report.invariant_violations(), Vec::<String>::new());
    let truth = serde_json::from_slice(&std::fs::read(&files.truth).unwrap()).unwrap();
    (report, truth)
}

/// Whether each report record is really the stranger's, by where its transcript was read.
fn households(report: &Report, truth: &Value) -> Vec<(Fit, bool)> {
    let mut by_place: HashMap<(String, String), bool> = HashMap::new();
    for t in truth["records"].as_array().unwrap() {
        let loc = &t["transcript_location"];
        if loc.is_null() {
            continue;
        }
        let key = (
            loc["member"]["path"].as_str().unwrap().to_string(),
            loc["locator"].as_str().unwrap().to_string(),
        );
        by_place.insert(key, t["household"] == "stranger");
    }
    report
        .records
        .iter()
        .map(|r| {
            let key = (r.source.path.clone(), r.source.locator.clone());
            let stranger = *by_place
                .get(&key)
                .unwrap_or_else(|| panic!("record {} at {key:?} is not in the truth", r.id));
            (r.fit, stranger)
        })
        .collect()
}

#[test]
fn two_households_foreign_precision_and_recall() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (Scenario::TwoHouseholds, 1),
        (Scenario::TwoHouseholds, 2),
        (Scenario::TwoHouseholdsSuffixedIds, 1),
        (Scenario::TwoHouseholdsTimeNamed, 1),
    ];
    for (scenario, seed) in cases {
        let (report, truth) = audited(dir.path(), scenario, seed, None);
        let marks = households(&report, &truth);
        assert_eq!(marks.len(), truth["records"].as_array().unwrap().len());
        let tp = marks
            .iter()
            .filter(|(f, s)| *f == Fit::Foreign && *s)
            .count();
        let fp = marks
            .iter()
            .filter(|(f, s)| *f == Fit::Foreign && !*s)
            .count();
        let fn_ = marks
            .iter()
            .filter(|(f, s)| *f != Fit::Foreign && *s)
            .count();
        let precision = tp as f64 / (tp + fp) as f64;
        let recall = tp as f64 / (tp + fn_) as f64;
        assert!(
            precision >= 0.99 && recall >= 0.99,
            "{scenario:?} seed {seed}: precision {precision}, recall {recall}"
        );
        assert_eq!(
            fp, 0,
            "{scenario:?} seed {seed}: a record of the user's is marked foreign"
        );
        // The stranger's "Echo Dot" is named like the user's and still foreign.
        let dots: Vec<_> = report
            .devices
            .iter()
            .filter(|d| d.name.as_deref() == Some("Echo Dot"))
            .collect();
        assert_eq!(dots.len(), 2);
        assert_eq!(
            dots.iter().filter(|d| d.fit == Fit::Foreign).count(),
            1,
            "{dots:#?}"
        );
        assert!(report
            .records
            .iter()
            .all(|r| r.fit != Fit::Foreign || !r.flags.is_empty()));
        assert!(
            report.summary.verdict.contains("are not yours"),
            "{}",
            report.summary.verdict
        );
    }
}

#[test]
fn seed_case_owning_no_voice_device_is_all_foreign_and_says_so_first() {
    let dir = tempfile::tempdir().unwrap();
    let (report, _) = audited(
        dir.path(),
        Scenario::SeedCase,
        1,
        Some("owns_voice_devices = false\n"),
    );
    assert!(report.records.len() >= 1700);
    assert!(
        report
            .records
            .iter()
            .all(|r| r.fit == Fit::Foreign
                && r.flags[0].code == FlagCode::VoiceDataWithoutVoiceDevice)
    );
    assert!(report.devices.iter().all(|d| d.fit == Fit::Foreign));
    let s = &report.summary;
    assert!(s.voice_data_without_voice_device);
    assert_eq!(s.inventory, InventoryState::Declared);
    assert_eq!(s.question, None);
    assert_eq!(s.records_foreign, s.records);
    assert_eq!(
        s.verdict_de,
        format!(
            "Dieser Export enthält {} Sprachaufnahmen von 4 Geräten, keines davon Ihres. Sie \
             haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt.",
            auskunft_api::format_count(s.records, auskunft_api::Lang::De)
        )
    );
    assert!(
        s.verdict.starts_with("This export holds 1,7"),
        "{}",
        s.verdict
    );
    assert!(
        s.verdict.contains("from 4 devices, none of them yours."),
        "{}",
        s.verdict
    );
}

/// Issue 11: without the user's word the seed case is no verdict against the user but a
/// question: nothing foreign, nothing "none of them yours", the four devices asked about.
#[test]
fn seed_case_without_an_inventory_asks_instead_of_claiming() {
    let dir = tempfile::tempdir().unwrap();
    for text in ["", "# not yet\n"] {
        let (report, _) = audited(dir.path(), Scenario::SeedCase, 1, Some(text));
        let s = &report.summary;
        assert_eq!(s.inventory, InventoryState::None);
        assert!(!s.voice_data_without_voice_device);
        assert_eq!(s.records_foreign, 0, "{}", s.verdict);
        assert_eq!(s.records_unknown, s.records);
        assert!(!s.verdict.contains("none of them yours"), "{}", s.verdict);
        assert!(
            !s.verdict_de.contains("keines davon Ihres"),
            "{}",
            s.verdict_de
        );
        let q = s.question.as_ref().expect("a question");
        assert_eq!(q.en, "Are any of these 4 devices yours?");
        assert_eq!(q.de, "Gehört eines dieser 4 Geräte Ihnen?");
        assert_eq!(q.devices.len(), 4);
        assert!(report.devices.iter().all(|d| d.fit == Fit::Unknown));
    }
}

/// Without the user's word the only foreign records are other accounts' (none here: the
/// device registration names both households' accounts, so the export does not say which one
/// it was made for), and the question lists the devices.
#[test]
fn two_households_without_an_inventory_are_foreign_only_by_account() {
    let dir = tempfile::tempdir().unwrap();
    let (report, _) = audited(dir.path(), Scenario::TwoHouseholds, 1, Some(""));
    let s = &report.summary;
    assert_eq!(s.inventory, InventoryState::None);
    assert_eq!(s.made_for, [], "the registration names both accounts");
    assert_eq!(s.records_foreign, 0, "{}", s.verdict);
    assert_eq!(s.records_unknown, s.records);
    assert_eq!(s.records_mine, 0, "never mine on the export's word alone");
    assert!(s.question.is_some());
    assert!(!s.verdict.contains("none of them yours"), "{}", s.verdict);
}
