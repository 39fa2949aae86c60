//! What the UI reads of an open export a part at a time (issue 13): the head, the record
//! columns, one record, the files screen and its pages, and re-judgements as changes only.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use auskunft_api::{
    fit_code, write_demo, AuditRequest, MemberPage, RecordColumns, Scenario, Session, Silent,
};
use auskunft_model::{Fit, Mark, MemberStatus};

/// The two-households demo with `records` records, opened against its own inventory.
fn open(dir: &Path, records: usize) -> Session {
    let files = write_demo(
        Scenario::TwoHouseholds,
        7,
        Some(records),
        &dir.join("two.zip"),
    )
    .unwrap();
    Session::audit(
        AuditRequest {
            inputs: vec![files.archive],
            inventory: Some(files.inventory),
            data_dir: dir.join("data"),
        },
        &mut Silent,
    )
    .unwrap()
}

#[test]
fn the_head_is_the_report_without_records_and_members() {
    let dir = tempfile::tempdir().unwrap();
    let session = open(dir.path(), 200);
    let head = session.head();
    let report = &session.report;
    assert_eq!(head.summary, report.summary);
    assert_eq!(head.devices, report.devices);
    assert_eq!(head.inputs, report.inputs);
    assert_eq!(head.notes, report.notes);
    assert_eq!(head.export_id, report.export_id);
    assert_eq!(head.summary.records, 200);
    let json = serde_json::to_value(&head).unwrap();
    assert!(json.get("records").is_none() && json.get("members").is_none());
    let whole = serde_json::to_string(report).unwrap().len();
    let part = serde_json::to_string(&head).unwrap().len();
    assert!(
        part * 10 < whole,
        "head {part} bytes of a {whole}-byte report"
    );
}

#[test]
fn the_columns_describe_every_record_in_report_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = open(dir.path(), 300);
    // One record without a time and one without a device, as exports have them.
    session.report.records[3].time = None;
    session.report.records[5].device = None;
    let columns = session.record_columns();
    let records = &session.report.records;
    let n = records.len();
    assert_eq!(
        (
            columns.ids.len(),
            columns.times.len(),
            columns.devices.len(),
            columns.fits.len()
        ),
        (n, n, n, n)
    );
    for (i, record) in records.iter().enumerate() {
        assert_eq!(columns.ids[i], record.id);
        assert_eq!(
            columns.times[i],
            record.time.map(|t| t.timestamp_millis() as f64)
        );
        let device = columns.devices[i].map(|d| columns.device_ids[d as usize].as_str());
        assert_eq!(device, record.device.as_deref());
        assert_eq!(columns.fits[i], fit_code(record.fit));
    }
    assert_eq!(columns.times[3], None);
    assert_eq!(columns.devices[5], None);
    let mut ids = columns.device_ids.clone();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), columns.device_ids.len(), "each device id once");
    assert_eq!(
        [Fit::Mine, Fit::Foreign, Fit::Unknown].map(fit_code),
        [0, 1, 2]
    );
    assert!(columns.fits.contains(&0) && columns.fits.contains(&1));
}

#[test]
fn the_columns_are_a_small_part_of_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let session = open(dir.path(), 2000);
    let columns: RecordColumns = session.record_columns();
    let bytes = serde_json::to_string(&columns).unwrap().len();
    let whole = serde_json::to_string(&session.report).unwrap().len();
    let per_record = bytes / 2000;
    assert!(per_record <= 40, "{per_record} bytes a record");
    assert!(bytes * 20 < whole, "columns {bytes} of {whole} bytes");
}

#[test]
fn one_record_is_read_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let session = open(dir.path(), 50);
    let wanted = &session.report.records[17];
    assert_eq!(session.record(&wanted.id).unwrap(), wanted);
    let error = session.record("r999999").unwrap_err();
    assert_eq!(error.code, auskunft_api::ErrorCode::Usage);
}

#[test]
fn the_files_screen_counts_every_member_and_pages_the_unread() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = open(dir.path(), 200);
    // Members not read, three reasons: 7 failed, 30 skipped one way, 12 another.
    let members = &mut session.report.members;
    assert!(members.len() > 60, "{} members", members.len());
    for (i, member) in members.iter_mut().take(49).enumerate() {
        let (status, reason) = match i {
            0..=6 => (MemberStatus::Failed, "broken"),
            7..=36 => (MemberStatus::Skipped, "not voice"),
            _ => (MemberStatus::Skipped, "too large"),
        };
        member.status = status;
        member.reason = Some(reason.into());
    }
    let view = session.files(10);
    let total: u32 = view
        .inputs
        .iter()
        .map(|c| c.parsed + c.skipped + c.failed)
        .sum();
    assert_eq!(total as usize, session.report.members.len());
    assert_eq!(view.inputs[0].failed, 7);
    let report_skipped = session
        .report
        .members
        .iter()
        .filter(|m| m.status == MemberStatus::Skipped)
        .count();
    assert_eq!(view.inputs[0].skipped as usize, report_skipped);
    // Failures first, then the larger groups.
    let order: Vec<_> = view
        .groups
        .iter()
        .map(|g| (g.status, g.reason.clone().unwrap_or_default(), g.count))
        .collect();
    assert_eq!(order[0], (MemberStatus::Failed, "broken".into(), 7));
    assert_eq!(order[1], (MemberStatus::Skipped, "not voice".into(), 30));
    assert!(order[2..].iter().all(|g| g.2 <= 30));
    assert!(view
        .groups
        .iter()
        .all(|g| g.members.len() == g.count.min(10) as usize));
    assert_eq!(
        view.groups[1].members[0].path,
        session.report.members[7].path
    );

    // The pages of a group, one after another, are the group.
    let mut paged = Vec::new();
    let mut offset = 0;
    loop {
        let page = session.unread_members(&MemberPage {
            status: MemberStatus::Skipped,
            reason: Some("not voice".into()),
            offset,
            limit: 8,
        });
        if page.is_empty() {
            break;
        }
        offset += page.len() as u32;
        paged.extend(page);
    }
    assert_eq!(paged.len(), 30);
    assert_eq!(paged, session.report.members[7..37].to_vec());

    // Members with warnings, whatever their status, the first ones whole.
    assert_eq!(view.warned_count, 0);
    for i in [3, 40, 50, 51] {
        session.report.members[i].warn(auskunft_model::Message::new("format-table-no-rows"));
    }
    let view = session.files(3);
    assert_eq!(view.warned_count, 4);
    let warned: Vec<_> = view.warned.iter().map(|m| m.path.clone()).collect();
    let expected: Vec<_> = [3, 40, 50]
        .map(|i| session.report.members[i].path.clone())
        .to_vec();
    assert_eq!(warned, expected);
    assert_eq!(view.warned[0].warnings_words.len(), 1);
}

#[test]
fn a_rejudgement_names_what_changed_not_the_whole_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = open(dir.path(), 400);
    let id = session
        .report
        .records
        .iter()
        .find(|r| r.fit == Fit::Mine)
        .unwrap()
        .id
        .clone();
    let rejudged = session.mark(&id, Some(Mark::NotMine)).unwrap();
    assert_eq!(rejudged.changed.len(), 1);
    let change = &rejudged.changed[0];
    assert_eq!(
        (change.id.as_str(), change.fit, change.mark),
        (id.as_str(), Fit::Foreign, Some(Mark::NotMine))
    );
    assert_eq!(session.report.records[change.index as usize].id, id);
    assert_eq!(rejudged.summary, session.report.summary);

    // Taking the user's first device out of the inventory changes many records; each change
    // agrees with the report.
    let rejudged = session
        .inventory_remove(auskunft_inventory::Section::Device, 0)
        .unwrap();
    assert!(rejudged.changed.len() > 1);
    for change in &rejudged.changed {
        let record = &session.report.records[change.index as usize];
        assert_eq!(
            (&record.id, record.fit, record.mark),
            (&change.id, change.fit, change.mark)
        );
    }
    let json = serde_json::to_string(&rejudged).unwrap();
    assert!(!json.contains("\"flags\""), "no whole records");
}
