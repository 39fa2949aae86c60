//! What the user says about single records ("mine" / "not mine"), kept per export, and
//! re-judging a report after marks or the inventory change.
//!
//! Marks live in `exports/<export_id>/review.json` in the data folder, keyed by where each
//! record was read (the input's SHA-256, the member path and the locator), so they survive a
//! restart, a new version numbering records differently, and the same archives opened in another
//! order. Writes are atomic: a crash leaves the old file or the new one, never half of either.
//! Forgetting an export deletes its folder, marks included. The same file keeps the inventory
//! candidates the user rejected for the export (by [`Candidates`] key), so a "not mine" there
//! survives a restart too.
//!
//! [`Candidates`]: auskunft_inventory::Candidates

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use auskunft_inventory::Inventory;
use auskunft_model::{Device, Mark, Message, Record, Report};
use serde::{Deserialize, Serialize};

use crate::error::{ApiError, ErrorCode};
use crate::judge::{rejudge, Rejudged};

/// The schema of `review.json`.
pub const REVIEW_SCHEMA: &str = "auskunft.review/1";

fn review_path(data_dir: &Path, export_id: &str) -> Result<PathBuf, ApiError> {
    Ok(crate::layout::export_dir(data_dir, export_id)?.join("review.json"))
}

#[derive(Serialize, Deserialize)]
struct ReviewFile {
    schema: String,
    marks: BTreeMap<String, Mark>,
    /// Keys of rejected inventory candidates (absent in files written before they were kept).
    #[serde(default)]
    rejected: BTreeSet<String>,
}

impl ReviewFile {
    fn empty() -> ReviewFile {
        ReviewFile {
            schema: REVIEW_SCHEMA.into(),
            marks: BTreeMap::new(),
            rejected: BTreeSet::new(),
        }
    }
}

/// Where a record was read, as a key that does not depend on record numbering or input order.
pub fn record_key(report: &Report, record: &Record) -> String {
    let input = report
        .inputs
        .get(record.source.input)
        .and_then(|i| i.sha256.as_deref())
        .map_or("?", |h| &h[..h.len().min(16)]);
    format!("{input}:{}#{}", record.source.path, record.source.locator)
}

/// A device's key among the marks: its serial, else its name and type (`device:serial:G090…`).
/// It cannot collide with a record's key, which starts with an input's hash.
pub fn device_key(device: &Device) -> String {
    match &device.serial {
        Some(serial) => format!("device:serial:{serial}"),
        None => format!(
            "device:name:{}|{}",
            device.name.as_deref().unwrap_or_default(),
            device.device_type.as_deref().unwrap_or_default()
        ),
    }
}

/// The marks kept for an export (none when the export was never reviewed): records' and
/// devices' (see [`device_key`]).
pub fn load_marks(data_dir: &Path, export_id: &str) -> Result<BTreeMap<String, Mark>, ApiError> {
    Ok(load_review(data_dir, export_id)?.marks)
}

/// The keys of the inventory candidates rejected for an export.
pub fn load_rejected(data_dir: &Path, export_id: &str) -> Result<BTreeSet<String>, ApiError> {
    Ok(load_review(data_dir, export_id)?.rejected)
}

/// Keeps (`rejected`) or forgets the rejection of one candidate key; `None` forgets them all.
/// Refused, like marking, while the file is damaged, so it is never overwritten.
pub fn set_rejected(
    data_dir: &Path,
    export_id: &str,
    key: Option<&str>,
    rejected: bool,
) -> Result<(), ApiError> {
    let mut review = load_review(data_dir, export_id)?;
    match (key, rejected) {
        (Some(key), true) => {
            review.rejected.insert(key.to_string());
        }
        (Some(key), false) => {
            review.rejected.remove(key);
        }
        (None, _) => review.rejected.clear(),
    }
    save_review(data_dir, export_id, &review)
}

fn save_review(data_dir: &Path, export_id: &str, review: &ReviewFile) -> Result<(), ApiError> {
    let text = serde_json::to_string_pretty(review).map_err(|e| {
        ApiError::said(
            ErrorCode::Internal,
            Message::new("error-review-not-written").arg("detail", e.to_string()),
        )
    })?;
    crate::store::write_atomically(&review_path(data_dir, export_id)?, text.as_bytes())
}

fn load_review(data_dir: &Path, export_id: &str) -> Result<ReviewFile, ApiError> {
    let path = review_path(data_dir, export_id)?;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ReviewFile::empty()),
        Err(e) => {
            return Err(ApiError::said(
                ErrorCode::Io,
                Message::new("error-marks-unreadable")
                    .arg("path", path.display().to_string())
                    .arg("detail", Message::io(&e)),
            ))
        }
    };
    let file: ReviewFile = serde_json::from_str(&text).map_err(|e| {
        ApiError::said(
            ErrorCode::Io,
            Message::new("error-marks-damaged")
                .arg("path", path.display().to_string())
                .arg("line", e.line())
                .arg("column", e.column()),
        )
    })?;
    if file.schema != REVIEW_SCHEMA {
        return Err(ApiError::said(
            ErrorCode::Io,
            Message::new("error-marks-other-version")
                .arg("path", path.display().to_string())
                .arg("schema", file.schema.as_str()),
        ));
    }
    Ok(file)
}

/// Sets every record's and device's `mark` from `marks`.
pub fn apply_marks(report: &mut Report, marks: &BTreeMap<String, Mark>) {
    let keys: Vec<String> = report
        .records
        .iter()
        .map(|r| record_key(report, r))
        .collect();
    for (record, key) in report.records.iter_mut().zip(keys) {
        record.mark = marks.get(&key).copied();
    }
    for device in &mut report.devices {
        device.mark = marks.get(&device_key(device)).copied();
    }
}

/// Marks a whole device (`None` removes the mark): "Not mine" on the overview's question. The
/// mark is kept in the data folder and stands for every record of the device without a mark of
/// its own; the report is re-judged against `inventory`.
pub fn set_device_mark(
    data_dir: &Path,
    report: &mut Report,
    inventory: &Inventory,
    device_id: &str,
    mark: Option<Mark>,
) -> Result<Rejudged, ApiError> {
    let index = report
        .devices
        .iter()
        .position(|d| d.id == device_id)
        .ok_or_else(|| {
            ApiError::said(
                ErrorCode::Usage,
                auskunft_model::Message::new("error-no-device").arg("device", device_id),
            )
        })?;
    let key = device_key(&report.devices[index]);
    let mut review = load_review(data_dir, &report.export_id)?;
    match mark {
        Some(m) => review.marks.insert(key, m),
        None => review.marks.remove(&key),
    };
    save_review(data_dir, &report.export_id, &review)?;
    report.devices[index].mark = mark;
    Ok(rejudge(report, inventory))
}

/// Marks one record (`None` removes the mark), keeps the mark in the data folder and re-judges
/// the report against `inventory`.
pub fn set_mark(
    data_dir: &Path,
    report: &mut Report,
    inventory: &Inventory,
    record_id: &str,
    mark: Option<Mark>,
) -> Result<Rejudged, ApiError> {
    let index = report
        .records
        .iter()
        .position(|r| r.id == record_id)
        .ok_or_else(|| {
            ApiError::said(
                ErrorCode::Usage,
                Message::new("error-no-record").arg("record", record_id),
            )
        })?;
    let key = record_key(report, &report.records[index]);
    let mut review = load_review(data_dir, &report.export_id)?;
    match mark {
        Some(m) => review.marks.insert(key, m),
        None => review.marks.remove(&key),
    };
    save_review(data_dir, &report.export_id, &review)?;
    report.records[index].mark = mark;
    Ok(rejudge(report, inventory))
}
