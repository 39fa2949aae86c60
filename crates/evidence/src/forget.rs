//! "Forget the foreign part": delete what Auskunft derived from the members judged not the
//! user's, and keep a dated record of it that letters can cite.
//!
//! What the data folder holds about an export (`exports/<id>/`): the search index, which holds
//! every record's words, the stranger's included, and `review.json`, the user's own marks and
//! rejected suggestions. Forgetting deletes the search index (every version of it: a tantivy
//! index keeps deleted entries' bytes until its segments merge, so entries are not deleted one
//! by one; the whole index goes). Later searches of this export index only the records not judged
//! foreign ([`searchable`]). The marks stay: they are the user's own decisions, hold no words or
//! sound of anyone, and are what the judgement rests on. Nothing else in the data folder is
//! derived from the export's content (recordings are decoded in memory only).
//!
//! The record is `forgotten.json` in the data folder (`auskunft.forgotten/1`), one entry per
//! time, written atomically: the export, when, the members (paths and hashes, never content) and
//! every file or folder deleted with its size.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use auskunft_model::{Fit, Record, Report};
use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};

use crate::judge::Judgement;
use crate::{io_error, Error, Message};

/// Schema name of `forgotten.json`.
pub const FORGOTTEN_SCHEMA: &str = "auskunft.forgotten/1";
/// Its file name in the data folder.
pub const FORGOTTEN_FILE: &str = "forgotten.json";

/// Everything forgotten, oldest first.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Forgotten {
    /// Always [`FORGOTTEN_SCHEMA`].
    pub schema: String,
    /// One per time something was forgotten.
    pub entries: Vec<Entry>,
}

/// One forgetting.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    /// The export.
    pub export_id: String,
    /// When.
    pub when: DateTime<Utc>,
    /// The archive files' names.
    pub inputs: Vec<String>,
    /// Records judged not the user's at the time.
    pub records: usize,
    /// The members judged not the user's.
    pub members: Vec<ForgottenMember>,
    /// What was deleted from the data folder.
    pub deleted: Vec<Deleted>,
    /// What was kept (`marks`: the user's own decisions, no one's words or sound).
    pub kept: Vec<Kept>,
}

/// A file about the export that was kept.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Kept {
    /// What it is (`marks`).
    pub what: String,
    /// Its path relative to the data folder.
    pub path: String,
}

/// A member whose derived data was forgotten.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ForgottenMember {
    /// The archive file's index among `inputs`.
    pub input: usize,
    /// The nested archive holding it, if any.
    pub container: Option<String>,
    /// Its path.
    pub path: String,
    /// Its SHA-256.
    pub sha256: Option<String>,
}

/// A file or folder deleted.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Deleted {
    /// What it was (`search_index`).
    pub what: String,
    /// Its path relative to the data folder.
    pub path: String,
    /// Bytes freed.
    pub bytes: u64,
    /// Files in it.
    pub files: u64,
}

/// Reads `forgotten.json` (empty when there is none).
pub fn read(data_dir: &Path) -> Result<Forgotten, Error> {
    let path = data_dir.join(FORGOTTEN_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            Error::io(
                Message::new("evidence-error-unreadable")
                    .arg("path", path.display().to_string())
                    .arg("detail", e.to_string()),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Forgotten {
            schema: FORGOTTEN_SCHEMA.into(),
            entries: Vec::new(),
        }),
        Err(e) => Err(io_error(&path, &e)),
    }
}

/// The latest time the foreign part of `export_id` was forgotten, if ever.
pub fn forgotten_at(data_dir: &Path, export_id: &str) -> Option<DateTime<Utc>> {
    read(data_dir)
        .ok()?
        .entries
        .iter()
        .filter(|e| e.export_id == export_id)
        .map(|e| e.when)
        .max()
}

/// The records of `report` the search may index: all of them, or, once the foreign part of the
/// export was forgotten, those not judged foreign.
pub fn searchable<'a>(report: &'a Report, data_dir: &Path) -> Cow<'a, [Record]> {
    if forgotten_at(data_dir, &report.export_id).is_none() {
        return Cow::Borrowed(&report.records);
    }
    Cow::Owned(
        report
            .records
            .iter()
            .filter(|r| r.fit != Fit::Foreign)
            .cloned()
            .collect(),
    )
}

fn size_of(path: &Path) -> (u64, u64) {
    let mut bytes = 0;
    let mut files = 0;
    let mut stack = vec![path.to_path_buf()];
    while let Some(p) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(rd) = std::fs::read_dir(&p) {
                stack.extend(rd.filter_map(Result::ok).map(|e| e.path()));
            }
        } else {
            bytes += meta.len();
            files += 1;
        }
    }
    (bytes, files)
}

/// Deletes what was derived from the members of `report` judged not the user's and records it
/// in `forgotten.json`; returns the entry written.
pub fn forget_foreign(report: &Report, data_dir: &Path) -> Result<Entry, Error> {
    let export_dir: PathBuf =
        auskunft_search::export_dir(data_dir, &report.export_id).map_err(|_| {
            Error::usage(Message::new("error-not-an-export-id").arg("id", &report.export_id))
        })?;
    let judgement = Judgement::of(report);
    let mut deleted = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&export_dir) {
        let mut indexes: Vec<PathBuf> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("index-v"))
            })
            .collect();
        indexes.sort();
        for dir in indexes {
            let (bytes, files) = size_of(&dir);
            std::fs::remove_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
            deleted.push(Deleted {
                what: "search_index".into(),
                path: dir
                    .strip_prefix(data_dir)
                    .unwrap_or(&dir)
                    .to_string_lossy()
                    .into_owned(),
                bytes,
                files,
            });
        }
    }
    let mut kept = Vec::new();
    if export_dir.join("review.json").exists() {
        kept.push(Kept {
            what: "marks".into(),
            path: format!("exports/{}/review.json", report.export_id),
        });
    }
    let entry = Entry {
        export_id: report.export_id.clone(),
        when: Utc::now().trunc_subsecs(3),
        inputs: report
            .inputs
            .iter()
            .map(|i| {
                Path::new(&i.path)
                    .file_name()
                    .map_or_else(|| i.path.clone(), |n| n.to_string_lossy().into_owned())
            })
            .collect(),
        records: report
            .records
            .iter()
            .filter(|r| r.fit == Fit::Foreign)
            .count(),
        members: judgement
            .foreign()
            .map(|i| {
                let m = &report.members[i];
                ForgottenMember {
                    input: m.input,
                    container: m.container.clone(),
                    path: m.path.clone(),
                    sha256: m.sha256.clone(),
                }
            })
            .collect(),
        deleted,
        kept,
    };
    let mut all = read(data_dir)?;
    all.schema = FORGOTTEN_SCHEMA.into();
    all.entries.push(entry.clone());
    let json =
        serde_json::to_string_pretty(&all).map_err(|e| Error::internal(e.to_string()))? + "\n";
    let path = data_dir.join(FORGOTTEN_FILE);
    auskunft_store::write_atomically(&path, json.as_bytes()).map_err(|e| io_error(&path, &e))?;
    Ok(entry)
}
