//! The seed-case export is what the truth says it is: the WAVs, the PDF rows, the two-hour gap
//! between them, the unmatched and placeholder lines, and an inventory without voice devices.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use auskunft_demo::{Household, Scenario};
use chrono::{Duration, NaiveDateTime};
use common::{as_map, check_wav, generate, read, read_pdf, unzip, Run};

const PDF: &str = "Alexa/Sprachverlauf.pdf";

/// Data rows of a page: the runs of each body line (title, header and footer left out), by y.
fn rows(page: &[Run]) -> Vec<Vec<String>> {
    let mut by_y: BTreeMap<i64, Vec<&Run>> = BTreeMap::new();
    for r in page {
        by_y.entry(-(r.y * 100.0) as i64).or_default().push(r);
    }
    by_y.into_values()
        .filter(|cells| cells.len() == 4 && cells[0].text.as_bytes().get(2) == Some(&b'.'))
        .map(|cells| cells.iter().map(|c| c.text.clone()).collect())
        .collect()
}

#[test]
fn archive_matches_truth() {
    let demo = generate(Scenario::SeedCase, 11, 120);
    let truth = &demo.truth;
    let members = unzip(&read(&demo.files.archive));
    let names: Vec<&str> = members.iter().map(|m| m.0.as_str()).collect();
    let truth_names: Vec<&str> = truth
        .members
        .iter()
        .map(|m| m.member.path.as_str())
        .collect();
    assert_eq!(
        names, truth_names,
        "truth lists every member in archive order"
    );
    assert_eq!(truth.counts.members, members.len());
    let files = as_map(members);

    // Own data: about 50 files beside the voice data, with helper files.
    let own = files
        .keys()
        .filter(|n| !n.ends_with('/') && !n.starts_with("Alexa/"))
        .count();
    assert!((40..=60).contains(&own), "{own} own files");
    assert!(files.contains_key("README.txt"));
    assert!(files.contains_key("Retail.OrderHistory.1/Retail.OrderHistory.1.csv"));

    // Audio: every WAV is in the truth and valid; counts agree.
    let wavs: Vec<&String> = files.keys().filter(|n| n.ends_with(".wav")).collect();
    assert_eq!(wavs.len(), truth.counts.audio_files);
    let audio: BTreeMap<&str, &auskunft_demo::TruthRecord> = truth
        .records
        .iter()
        .filter_map(|r| r.audio.as_ref().map(|a| (a.path.as_str(), r)))
        .collect();
    for w in &wavs {
        let seconds = check_wav(w, &files[*w]);
        let r = audio
            .get(w.as_str())
            .unwrap_or_else(|| panic!("{w} not in truth"));
        assert!((1.5..=2.5).contains(&seconds));
        assert!((seconds - r.audio_seconds.unwrap_or_default()).abs() < 0.001);
    }
    // Both naming patterns occur.
    assert!(wavs.iter().any(|w| w.ends_with("_UTC.wav")));
    assert!(wavs.iter().any(|w| w.contains("Z-")));

    // Transcript: pages, rows and their content as the truth places them.
    let pages = read_pdf(&files[PDF]);
    assert_eq!(pages.len(), truth.counts.transcript_pages);
    assert!(pages.len() >= 3, "many pages even for 120 records");
    let page_rows: Vec<Vec<Vec<String>>> = pages.iter().map(|p| rows(p)).collect();
    let total: usize = page_rows.iter().map(Vec::len).sum();
    assert_eq!(total, truth.counts.transcript_entries);
    for page in &pages {
        assert!(
            page.iter().any(|r| r.text == "Äußerung"),
            "header row on every page"
        );
    }
    for r in &truth.records {
        let Some(loc) = &r.transcript_location else {
            continue;
        };
        let (p, row) = (
            loc.page.unwrap_or(0) as usize,
            loc.row.unwrap_or(0) as usize,
        );
        let cells = &page_rows[p - 1][row - 1];
        let local = NaiveDateTime::parse_from_str(
            r.local_time.as_deref().unwrap_or(""),
            "%Y-%m-%dT%H:%M:%S",
        )
        .expect("local time");
        assert_eq!(cells[0], local.format("%d.%m.%Y").to_string());
        assert_eq!(cells[1], local.format("%H:%M:%S").to_string());
        assert_eq!(cells[2], r.device_name);
        assert_eq!(Some(cells[3].as_str()), r.transcript.as_deref());
        // The document's local time is UTC + 2 h.
        assert_eq!(local, r.time.naive_utc() + Duration::hours(2));
    }
    // Rows are not in chronological order.
    let first: Vec<String> = page_rows[0]
        .iter()
        .map(|c| format!("{} {}", &c[0], &c[1]))
        .collect();
    let mut sorted = first.clone();
    sorted.sort();
    assert_ne!(first, sorted);

    // The special cases are all there.
    assert_eq!(truth.transcript_offset_minutes, Some(120));
    assert!(truth.counts.audio_only >= 1 && truth.counts.transcript_only >= 1);
    assert!(truth.counts.placeholders >= 2);
    assert_eq!(
        truth.counts.joined + truth.counts.audio_only + truth.counts.transcript_only,
        truth.counts.records
    );
    let texts: BTreeSet<&str> = page_rows.iter().flatten().map(|c| c[3].as_str()).collect();
    assert!(texts.contains("<img src=x onerror=alert(1)>"));
    assert!(texts
        .iter()
        .any(|t| t.contains('ü') || t.contains('ä') || t.contains('ö')));
    assert!(truth
        .records
        .iter()
        .all(|r| r.household == Household::Stranger));
    assert_eq!(truth.devices.len(), 4);
    assert!(truth.devices.iter().any(|d| d.name == "Echo Bad"));

    // Joined records: the audio's name states the UTC time, at most a second early.
    for r in truth.records.iter().filter(|r| r.audio.is_some()) {
        let lead = r.time - r.audio_time.expect("audio time");
        assert!(lead == Duration::zero() || lead == Duration::seconds(1));
    }
}

#[test]
fn inventory_declares_only_the_account_and_the_place() {
    let demo = generate(Scenario::SeedCase, 5, 30);
    let text = String::from_utf8(read(&demo.files.inventory)).expect("utf-8");
    let inv: toml::Table = text.parse().expect("inventory is TOML");
    assert!(inv.get("device").is_none(), "no voice device");
    let accounts = inv["account"].as_array().expect("accounts");
    assert_eq!(accounts.len(), 1);
    let id = accounts[0]["id"].as_str().expect("id");
    assert_eq!(Some(id), demo.truth.requester.customer_id.as_deref());
    assert_eq!(inv["place"][0]["name"].as_str(), Some("Bielefeld"));

    // The requester's id appears nowhere in the stranger's data.
    let files = as_map(unzip(&read(&demo.files.archive)));
    let pdf_text: String = read_pdf(&files[PDF])
        .iter()
        .flatten()
        .map(|r| r.text.clone())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!pdf_text.contains(id));
    assert!(files
        .keys()
        .filter(|n| n.starts_with("Alexa/"))
        .all(|n| !n.contains(id)));
}

#[test]
fn record_count_scales_and_defaults_apply() {
    assert_eq!(Scenario::SeedCase.default_records(), 1_700);
    let demo = generate(Scenario::SeedCase, 2, 10);
    assert_eq!(demo.truth.counts.records, 10);
    assert_eq!(demo.truth.records.len(), 10);
}
