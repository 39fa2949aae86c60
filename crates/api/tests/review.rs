//! Marks ("mine" / "not mine") persist per export and decide fits; recent exports and forgetting.
#![allow(clippy::unwrap_used)]

use auskunft_api::{
    audit, forget_recent, load_marks, recent_exports, remember_export, set_mark, write_demo,
    AuditRequest, Scenario,
};
use auskunft_inventory::Inventory;
use auskunft_model::{Fit, FlagCode, Mark};

#[test]
fn a_mark_decides_persists_and_survives_a_fresh_audit() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let files = write_demo(
        Scenario::TwoHouseholds,
        3,
        Some(60),
        &dir.path().join("two.zip"),
    )
    .unwrap();
    let request = AuditRequest {
        inputs: vec![files.archive.clone()],
        inventory: Some(files.inventory.clone()),
        data_dir: data.clone(),
    };
    let inventory = Inventory::read(&files.inventory).unwrap();
    let mut report = audit(&request).unwrap();
    let mine = report
        .records
        .iter()
        .find(|r| r.fit == Fit::Mine)
        .unwrap()
        .id
        .clone();
    let foreign_before = report.summary.records_foreign;

    let rejudged = set_mark(&data, &mut report, &inventory, &mine, Some(Mark::NotMine)).unwrap();
    assert_eq!(rejudged.changed.len(), 1, "only the marked record changes");
    let changed = &rejudged.changed[0];
    assert_eq!(
        (changed.id.as_str(), changed.fit, changed.mark),
        (mine.as_str(), Fit::Foreign, Some(Mark::NotMine))
    );
    // The change names the record's place in the report, where its new flags are.
    let record = &report.records[changed.index as usize];
    assert_eq!(record.id, mine);
    assert_eq!(record.flags[0].code, FlagCode::MarkedNotMine);
    assert_eq!(rejudged.summary.records_foreign, foreign_before + 1);
    assert_eq!(load_marks(&data, &report.export_id).unwrap().len(), 1);

    // A fresh audit of the same archive reads the mark back.
    let again = audit(&request).unwrap();
    let r = again.records.iter().find(|r| r.id == mine).unwrap();
    assert_eq!((r.mark, r.fit), (Some(Mark::NotMine), Fit::Foreign));
    assert_eq!(again.summary.records_foreign, foreign_before + 1);

    // Removing the mark restores the rules' judgement.
    let mut again = again;
    let rejudged = set_mark(&data, &mut again, &inventory, &mine, None).unwrap();
    assert_eq!(rejudged.changed[0].fit, Fit::Mine);
    assert_eq!(rejudged.summary.records_foreign, foreign_before);
    assert!(load_marks(&data, &report.export_id).unwrap().is_empty());

    let err = set_mark(&data, &mut again, &inventory, "r99999", Some(Mark::Mine)).unwrap_err();
    assert_eq!(err.message, "The open export has no record r99999.");

    // Damaged marks: the export still opens, judged without them, and a note says why;
    // marking is refused, so the damaged file is never overwritten.
    let review = auskunft_api::export_dir(&data, &report.export_id)
        .unwrap()
        .join("review.json");
    std::fs::write(&review, "{ not json").unwrap();
    let mut damaged = audit(&request).unwrap();
    let note = damaged
        .notes
        .iter()
        .find(|n| n.code == "marks_unreadable")
        .expect("a note about the marks");
    assert!(
        note.message.contains("are damaged (line 1, column 3)"),
        "{}",
        note.message
    );
    assert!(set_mark(&data, &mut damaged, &inventory, &mine, Some(Mark::Mine)).is_err());
    assert_eq!(std::fs::read_to_string(&review).unwrap(), "{ not json");
}

#[test]
fn recent_exports_are_listed_newest_first_and_forgetting_deletes_what_was_derived() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let files = write_demo(
        Scenario::SeedCase,
        1,
        Some(20),
        &dir.path().join("seed.zip"),
    )
    .unwrap();
    let report = audit(&AuditRequest {
        inputs: vec![files.archive.clone()],
        inventory: Some(files.inventory.clone()),
        data_dir: data.clone(),
    })
    .unwrap();
    assert!(recent_exports(&data).unwrap().is_empty());
    remember_export(&data, std::slice::from_ref(&files.archive), &report).unwrap();
    remember_export(&data, std::slice::from_ref(&files.archive), &report).unwrap();
    let list = recent_exports(&data).unwrap();
    assert_eq!(list.len(), 1, "the same export is listed once");
    assert_eq!(list[0].records_foreign, report.summary.records_foreign);
    assert_eq!(list[0].verdict, report.summary.verdict);

    let derived = auskunft_api::export_dir(&data, &report.export_id).unwrap();
    std::fs::create_dir_all(derived.join("index-v1")).unwrap();
    std::fs::write(derived.join("review.json"), "{}").unwrap();
    assert!(forget_recent(&data, &report.export_id).unwrap().is_empty());
    assert!(
        !derived.exists(),
        "everything derived from the export is gone"
    );
    assert!(files.archive.is_file(), "the archive itself is untouched");
    assert!(
        forget_recent(&data, "../etc").is_err(),
        "ids are checked before deleting"
    );
}

#[test]
fn a_rejected_candidate_stays_hidden_after_a_restart_and_can_be_shown_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let files = write_demo(
        Scenario::SeedCase,
        1,
        Some(80),
        &dir.path().join("seed.zip"),
    )
    .unwrap();
    // No inventory: every device of the stranger's export is a candidate.
    let request = || AuditRequest {
        inputs: vec![files.archive.clone()],
        inventory: None,
        data_dir: data.clone(),
    };
    let open = || auskunft_api::Session::audit(request(), &mut auskunft_api::Silent).unwrap();
    let session = open();
    let all = session.candidates().unwrap();
    assert!(all.devices.len() >= 2, "{all:?}");
    assert_eq!(all.rejected, 0);
    let key = all.devices[0].key.clone();
    assert!(key.starts_with("device:"), "{key}");

    let now = session.reject_candidate(Some(&key)).unwrap();
    assert_eq!(now.rejected, 1);
    assert_eq!(now.len(), all.len() - 1);
    assert!(now.devices.iter().all(|c| c.key != key));

    // A new session on the same export (the app restarted) still hides it, and the same audit
    // gives the same keys.
    let again = open().candidates().unwrap();
    assert_eq!(again, now);
    // Marks and rejections share the file: marking keeps the rejection.
    let mut reopened = open();
    let record = reopened.report.records[0].id.clone();
    reopened.mark(&record, Some(Mark::Mine)).unwrap();
    assert_eq!(open().candidates().unwrap().rejected, 1);
    assert_eq!(
        load_marks(&data, &reopened.report.export_id).unwrap().len(),
        1
    );
    reopened.mark(&record, None).unwrap();

    // Showing them all again.
    let shown = open().reject_candidate(None).unwrap();
    assert_eq!(shown, all);
    assert_eq!(open().candidates().unwrap(), all);

    // A damaged review file hides nothing and is never overwritten by a rejection.
    let review = data
        .join("exports")
        .join(&reopened.report.export_id)
        .join("review.json");
    std::fs::write(&review, "{ damaged").unwrap();
    let session = open();
    assert_eq!(session.candidates().unwrap(), all);
    let e = session.reject_candidate(Some(&key)).unwrap_err();
    assert!(e.message.contains("damaged"), "{}", e.message);
    assert_eq!(std::fs::read_to_string(&review).unwrap(), "{ damaged");
}
