//! Judging: the audit's rules over the records and devices, then the counts, the verdict
//! sentences and the one question, written into the report. The pipeline (`audit.rs`) judges
//! once after reading; marks and inventory edits (`review.rs`, `inventory.rs`) judge again here,
//! without reading any archive.

use auskunft_inventory::Inventory;
use auskunft_model::{Device, Fit, InputStatus, Mark, Report, Summary};
use serde::Serialize;
use ts_rs::TS;

use crate::verdict::verdict;

/// What a re-judgement changed: the new summary and devices, and every record whose fit,
/// flags, matches or mark changed, by id with its new fit and mark (whole records are read
/// again on demand: after an inventory edit nearly every record of a large export may change).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Rejudged {
    /// The new summary (counts, verdict).
    pub summary: Summary,
    /// Every device, with its new fit.
    pub devices: Vec<Device>,
    /// The records that changed.
    pub changed: Vec<RecordChange>,
}

/// One record a re-judgement changed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecordChange {
    /// The record's id.
    pub id: String,
    /// Its position in the report's records (and in [`crate::RecordColumns`]).
    pub index: u32,
    /// Its new fit.
    pub fit: Fit,
    /// Its mark now.
    pub mark: Option<Mark>,
}

/// Runs the audit again over the report's devices and records (no archive is read) and
/// recounts: after the inventory or a mark changed.
pub fn rejudge(report: &mut Report, inventory: &Inventory) -> Rejudged {
    let before: Vec<(Fit, usize, usize, Option<Mark>)> = report
        .records
        .iter()
        .map(|r| (r.fit, r.flags.len(), r.matches.len(), r.mark))
        .collect();
    let judged = auskunft_audit::audit_export(
        &mut report.devices,
        &mut report.records,
        inventory,
        &report.accounts,
    );
    summarize(report, &judged);
    let changed = report
        .records
        .iter()
        .zip(before)
        .enumerate()
        .filter(|(_, (r, b))| (r.fit, r.flags.len(), r.matches.len(), r.mark) != *b)
        .map(|(index, (r, _))| RecordChange {
            id: r.id.clone(),
            index: index as u32,
            fit: r.fit,
            mark: r.mark,
        })
        .collect();
    Rejudged {
        summary: report.summary.clone(),
        devices: report.devices.clone(),
        changed,
    }
}

/// Counts the report and writes its verdict sentences and question: after every judgement.
pub(crate) fn summarize(report: &mut Report, judged: &auskunft_audit::Outcome) {
    let mut summary = Summary::count(&report.members, &report.records, &report.devices);
    summary.voice_data_without_voice_device = judged.voice_data_without_voice_device;
    summary.inventory = if judged.word_given {
        auskunft_model::InventoryState::Declared
    } else {
        auskunft_model::InventoryState::None
    };
    summary.made_for = judged.made_for.clone();
    summary.question = crate::verdict::question(&summary, &report.devices, &report.records);
    let readable = report
        .inputs
        .iter()
        .any(|i| matches!(i.status, InputStatus::Ok | InputStatus::Truncated));
    let words = verdict(&summary, &report.members, readable);
    summary.verdict = words.render(auskunft_model::Lang::En);
    summary.verdict_de = words.render(auskunft_model::Lang::De);
    summary.verdict_words = words;
    report.summary = summary;
}
