//! What the UI reads of an open export, a screen at a time.
//!
//! The whole [`Report`] of a 100,000-record export is about 100 MB of JSON; handing it to the
//! webview at once took seconds and as much memory again there. So the report stays in the
//! [`crate::Session`] and the UI asks for parts:
//!
//! - [`Head`]: everything but the records and members (summary, devices, inputs, notes), what
//!   the first screen shows, returned when the export opens;
//! - [`RecordColumns`]: every record's id, time, device and fit as parallel arrays, what the
//!   timeline draws (about 30 bytes of JSON per record);
//! - one record whole, for the player and the timeline's hover card ([`crate::Session::record`]);
//! - [`FilesView`]: member counts per input and the members not read, grouped by status and
//!   reason, each group's first members, the rest by [`unread_members`] pages; and the first
//!   members read with warnings.
//!
//! Re-judging returns only what changed ([`crate::Rejudged`]).

use auskunft_model::{
    AccountHolder, Device, Fit, Input, Member, MemberStatus, Note, Report, Summary, Tool,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The report without its records and members: what the UI receives when an export opens.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Head {
    /// The report's schema.
    pub schema: String,
    /// The program that wrote the report.
    pub tool: Tool,
    /// The export's stable id.
    pub export_id: String,
    /// The archive files, in the order read.
    pub inputs: Vec<Input>,
    /// Every device.
    pub devices: Vec<Device>,
    /// Export-wide remarks.
    pub notes: Vec<Note>,
    /// Whose account the export says it was made for.
    pub accounts: Vec<AccountHolder>,
    /// Counts (records and members included) and the verdict.
    pub summary: Summary,
}

impl Head {
    /// The head of a report.
    pub fn of(report: &Report) -> Head {
        Head {
            schema: report.schema.clone(),
            tool: report.tool.clone(),
            export_id: report.export_id.clone(),
            inputs: report.inputs.clone(),
            devices: report.devices.clone(),
            notes: report.notes.clone(),
            accounts: report.accounts.clone(),
            summary: report.summary.clone(),
        }
    }
}

/// A fit as a small number: mine 0, foreign 1, unknown 2 (the UI's `FIT_CODE`).
pub fn fit_code(fit: Fit) -> u8 {
    match fit {
        Fit::Mine => 0,
        Fit::Foreign => 1,
        Fit::Unknown => 2,
    }
}

/// Every record in report order as parallel columns: position `i` of each array describes
/// the report's `i`-th record.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecordColumns {
    /// Record ids (`r17`).
    pub ids: Vec<String>,
    /// Milliseconds since the epoch (UTC), `null` for records without a time.
    pub times: Vec<Option<f64>>,
    /// The device ids records name, each once, in order of first appearance.
    pub device_ids: Vec<String>,
    /// Index into `device_ids`, `null` for records without a device.
    pub devices: Vec<Option<u32>>,
    /// Fit codes ([`fit_code`]).
    pub fits: Vec<u8>,
}

impl RecordColumns {
    /// The columns of a report's records.
    pub fn of(report: &Report) -> RecordColumns {
        let n = report.records.len();
        let mut columns = RecordColumns {
            ids: Vec::with_capacity(n),
            times: Vec::with_capacity(n),
            device_ids: Vec::new(),
            devices: Vec::with_capacity(n),
            fits: Vec::with_capacity(n),
        };
        let mut slots = std::collections::HashMap::<&str, u32>::new();
        for record in &report.records {
            columns.ids.push(record.id.clone());
            columns
                .times
                .push(record.time.map(|t| t.timestamp_millis() as f64));
            columns.devices.push(record.device.as_deref().map(|d| {
                *slots.entry(d).or_insert_with(|| {
                    columns.device_ids.push(d.to_string());
                    (columns.device_ids.len() - 1) as u32
                })
            }));
            columns.fits.push(fit_code(record.fit));
        }
        columns
    }
}

/// Members of one input counted by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StatusCounts {
    /// Read.
    pub parsed: u32,
    /// Skipped.
    pub skipped: u32,
    /// Failed.
    pub failed: u32,
}

/// Members that were not read for the same reason.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MemberGroup {
    /// `skipped` or `failed`.
    pub status: MemberStatus,
    /// Why, in English.
    pub reason: Option<String>,
    /// `reason` as a catalogue message, for the reader's language.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_words: Option<auskunft_model::Message>,
    /// How many members are in the group.
    pub count: u32,
    /// The group's first members, in report order (as many as asked for).
    pub members: Vec<Member>,
}

/// The files screen: per input its members by status, then the members not read.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FilesView {
    /// Parallel to the report's inputs.
    pub inputs: Vec<StatusCounts>,
    /// Members not read, grouped by status and reason: failures first, then the largest
    /// groups, ties in order of first appearance.
    pub groups: Vec<MemberGroup>,
    /// Members with warnings (a row skipped, an encoding repaired), in report order: as many as
    /// asked for.
    pub warned: Vec<Member>,
    /// How many members have warnings.
    pub warned_count: u32,
}

/// The files screen of a report, with up to `shown` members per group and of those with warnings.
pub fn files_view(report: &Report, shown: usize) -> FilesView {
    let mut inputs = vec![StatusCounts::default(); report.inputs.len()];
    let mut groups: Vec<MemberGroup> = Vec::new();
    let (mut warned, mut warned_count) = (Vec::new(), 0u32);
    let mut slots = std::collections::HashMap::<(MemberStatus, Option<&str>), usize>::new();
    for member in &report.members {
        if let Some(c) = inputs.get_mut(member.input) {
            match member.status {
                MemberStatus::Parsed => c.parsed += 1,
                MemberStatus::Skipped => c.skipped += 1,
                MemberStatus::Failed => c.failed += 1,
            }
        }
        if !member.warnings.is_empty() {
            warned_count += 1;
            if warned.len() < shown {
                warned.push(member.clone());
            }
        }
        if member.status == MemberStatus::Parsed {
            continue;
        }
        let slot = *slots
            .entry((member.status, member.reason.as_deref()))
            .or_insert_with(|| {
                groups.push(MemberGroup {
                    status: member.status,
                    reason: member.reason.clone(),
                    reason_words: member.reason_words.clone(),
                    count: 0,
                    members: Vec::new(),
                });
                groups.len() - 1
            });
        let group = &mut groups[slot];
        group.count += 1;
        if group.members.len() < shown {
            group.members.push(member.clone());
        }
    }
    // Stable: equal groups keep the order they first appeared in.
    groups.sort_by_key(|g| (g.status != MemberStatus::Failed, std::cmp::Reverse(g.count)));
    FilesView {
        inputs,
        groups,
        warned,
        warned_count,
    }
}

/// Which page of a group of members not read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MemberPage {
    /// The group's status.
    pub status: MemberStatus,
    /// The group's reason.
    pub reason: Option<String>,
    /// How many of the group's members to pass over.
    pub offset: u32,
    /// How many to return at most.
    pub limit: u32,
}

/// A page of the members with `page.status` and `page.reason`, in report order.
pub fn unread_members(report: &Report, page: &MemberPage) -> Vec<Member> {
    report
        .members
        .iter()
        .filter(|m| m.status == page.status && m.reason == page.reason)
        .skip(page.offset as usize)
        .take(page.limit as usize)
        .cloned()
        .collect()
}
