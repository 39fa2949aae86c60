//! `audit`: read an export and account for everything in it.

use std::io::Read;
use std::path::PathBuf;

use auskunft_archive::{walk, Claim, Limits, MemberInfo, Outcome, Visitor};
use auskunft_formats::{Candidate, Imported};
use auskunft_inventory::Inventory;
use auskunft_model::{MemberStatus, Report, Summary, Tool, SCHEMA};
use sha2::{Digest, Sha256};

use crate::error::{ApiError, ErrorCode};
use crate::progress::{AuditStep, Progress, Silent};
use crate::worker::Worker;

/// What to audit.
#[derive(Debug, Clone)]
pub struct AuditRequest {
    /// The archive files of one export.
    pub inputs: Vec<PathBuf>,
    /// An inventory file; when `None`, `inventory.toml` in the data folder is used if it exists.
    pub inventory: Option<PathBuf>,
    /// The data folder.
    pub data_dir: PathBuf,
}

/// Audits an export. Partial results are results: a damaged archive yields a report whose
/// inputs and members say what went wrong, not an error. Errors are for requests that cannot
/// run at all (no inputs, an invalid inventory).
pub fn audit(req: &AuditRequest) -> Result<Report, ApiError> {
    audit_with(req, &mut Silent)
}

/// Audits the given archives with the data folder's inventory: what the app does when the user
/// opens an export.
pub fn open_export(paths: &[PathBuf]) -> Result<Report, ApiError> {
    open_export_with(paths, &mut Silent)
}

/// [`open_export`] with progress and cancellation: what the desktop app runs.
pub fn open_export_with(
    paths: &[PathBuf],
    progress: &mut dyn Progress,
) -> Result<Report, ApiError> {
    let data_dir = crate::data_dir()?;
    let report = audit_with(
        &AuditRequest {
            inputs: paths.to_vec(),
            inventory: None,
            data_dir: data_dir.clone(),
        },
        progress,
    )?;
    // The start screen's list is a convenience: failing to update it must not hide the report.
    // A cancelled audit is no export the user opened.
    if !progress.cancelled() {
        let _ = crate::recent::remember_export(&data_dir, paths, &report);
    }
    Ok(report)
}

/// [`audit`] with progress and cancellation.
pub fn audit_with(req: &AuditRequest, progress: &mut dyn Progress) -> Result<Report, ApiError> {
    if req.inputs.is_empty() {
        return Err(ApiError::said(
            ErrorCode::Usage,
            auskunft_model::Message::new("error-no-archives"),
        ));
    }
    let inventory = load_inventory(req)?;
    let mut pipeline = Pipeline {
        worker: Worker::start(),
        progress,
    };
    let mut walked = walk(&req.inputs, &Limits::default(), &mut pipeline);
    let Pipeline { worker, progress } = pipeline;
    let (import, answers) = worker.finish();
    for (member, imported) in answers {
        if let Some(m) = walked.members.get_mut(member) {
            settle(m, imported);
        }
    }
    progress.step(AuditStep::Joining);
    let sha256: Vec<Option<String>> = walked.members.iter().map(|m| m.sha256.clone()).collect();
    let auskunft_formats::Finished {
        devices,
        records,
        warnings,
        notes,
        accounts,
        duplicates,
    } = import.finish_with_hashes(&sha256);
    walked.notes.extend(notes);
    for (copy, first) in duplicates {
        let Some(first_path) = walked.members.get(first).map(|m| m.path.clone()) else {
            continue;
        };
        if let Some(m) = walked.members.get_mut(copy) {
            m.duplicate_of = Some(first);
            m.warn(auskunft_model::Message::new("member-same-bytes").arg("first", first_path));
        }
    }
    for (member, warning) in warnings {
        if let Some(m) = walked.members.get_mut(member) {
            m.warn(warning);
        }
    }
    let mut report = Report {
        schema: SCHEMA.into(),
        tool: Tool {
            name: "auskunft".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        export_id: export_id(&walked.inputs),
        summary: Summary::count(&walked.members, &records, &devices),
        inputs: walked.inputs,
        members: walked.members,
        devices,
        records,
        notes: walked.notes,
        accounts,
    };
    // Damaged marks must not keep the export from opening: it is judged without them, the note
    // says why, and marking stays refused until the file is mended (so it is never overwritten).
    match crate::review::load_marks(&req.data_dir, &report.export_id) {
        Ok(marks) => crate::review::apply_marks(&mut report, &marks),
        Err(e) => report.notes.push(auskunft_model::Note::new(
            "marks_unreadable",
            auskunft_model::Message::new("note-marks-unreadable").arg("detail", e.words()),
        )),
    }
    progress.records(report.records.len());
    progress.step(AuditStep::Judging);
    crate::judge::rejudge(&mut report, &inventory);
    Ok(report)
}

pub(crate) fn load_inventory(req: &AuditRequest) -> Result<Inventory, ApiError> {
    let invalid = |e: auskunft_inventory::InventoryError| {
        ApiError::said(
            ErrorCode::InventoryInvalid,
            auskunft_model::Message::new("error-inventory-invalid").arg("detail", e.words()),
        )
    };
    match &req.inventory {
        Some(path) => Inventory::read(path).map_err(invalid),
        None => {
            let default = crate::inventory_path(&req.data_dir);
            if default.is_file() {
                Inventory::read(&default).map_err(invalid)
            } else {
                Ok(Inventory::default())
            }
        }
    }
}

/// SHA-256 over the sorted SHA-256s of the inputs: the same files in any order give the same id.
fn export_id(inputs: &[auskunft_model::Input]) -> String {
    let mut hashes: Vec<&str> = inputs.iter().filter_map(|i| i.sha256.as_deref()).collect();
    hashes.sort_unstable();
    let digest = Sha256::digest(hashes.join("\n").as_bytes());
    auskunft_archive::limits::hex(&digest)
}

/// Puts what a format module said on the worker's thread on its member, as the walker does
/// with an answer it gets at once ([`auskunft_archive::walk`]): the kind always; parsed,
/// skipped or failed only when the walker found nothing wrong with the bytes (a member that
/// broke off or fails its checksum keeps the walker's reason).
fn settle(member: &mut auskunft_model::Member, imported: Imported) {
    member.kind = imported.kind;
    let untouched = member.status == MemberStatus::Parsed && member.reason.is_none();
    if !untouched {
        return;
    }
    match imported.outcome {
        Outcome::Parsed => {}
        Outcome::Skipped(r) => {
            member.status = MemberStatus::Skipped;
            member.set_reason(r);
        }
        Outcome::Failed(r) => {
            member.status = MemberStatus::Failed;
            member.set_reason(r);
        }
    }
}

/// Routes members to the format modules (on the worker's thread, see [`crate::worker`]) and
/// reports progress.
struct Pipeline<'p> {
    worker: Worker,
    progress: &'p mut dyn Progress,
}

impl Visitor for Pipeline<'_> {
    fn member(&mut self, info: &MemberInfo<'_>, content: &mut dyn Read) -> Option<Claim> {
        let candidate = Candidate {
            input: info.input,
            member: info.index,
            path: info.path,
            content: info.content,
            head: info.head,
        };
        let format = auskunft_formats::recognize(&candidate)?;
        // Until the module has run on the worker's thread: read, of the kind its bytes say.
        let imported = self
            .worker
            .import(format, &candidate, content)
            .unwrap_or(Imported {
                kind: info.content.kind(),
                outcome: Outcome::Parsed,
            });
        Some(Claim {
            format: format.name().into(),
            kind: imported.kind,
            outcome: imported.outcome,
        })
    }
    fn progress(&mut self, members: usize) {
        self.progress.members(members, self.worker.records());
    }
    fn cancelled(&self) -> bool {
        self.progress.cancelled()
    }
}
