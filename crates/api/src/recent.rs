//! Recently opened exports, for the start screen, and forgetting one.
//!
//! `recent.json` in the data folder lists the exports the app opened, newest first, at most
//! [`MAX_RECENT`]: their archive paths, when, and the verdict then. Forgetting an export removes
//! it from the list and deletes everything derived from it (`exports/<export_id>/`: the search
//! index, the user's marks). The archives themselves are never touched.

use std::path::{Path, PathBuf};

use auskunft_model::Report;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};

/// How many exports the list keeps.
pub const MAX_RECENT: usize = 20;

/// One recently opened export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecentExport {
    /// [`Report::export_id`].
    pub export_id: String,
    /// The archive files, as opened.
    pub paths: Vec<String>,
    /// When it was last opened (RFC 3339, UTC).
    pub opened: String,
    /// Records then.
    pub records: usize,
    /// Records not the user's then.
    pub records_foreign: usize,
    /// Records the user's then.
    pub records_mine: usize,
    /// The verdict then, in English.
    pub verdict: String,
    /// The verdict then, in German.
    pub verdict_de: String,
}

#[derive(Serialize, Deserialize, Default)]
struct RecentFile {
    schema: String,
    exports: Vec<RecentExport>,
}

const RECENT_SCHEMA: &str = "auskunft.recent/1";

fn recent_path(data_dir: &Path) -> PathBuf {
    data_dir.join("recent.json")
}

fn load(data_dir: &Path) -> Result<RecentFile, ApiError> {
    let path = recent_path(data_dir);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str::<RecentFile>(&text)
            .ok()
            .filter(|f| f.schema == RECENT_SCHEMA)
            .ok_or_else(|| {
                ApiError::said(
                    ErrorCode::DataDir,
                    crate::Message::new("error-recent-damaged")
                        .arg("path", path.display().to_string()),
                )
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(RecentFile::default()),
        Err(e) => Err(ApiError::said(
            ErrorCode::DataDir,
            crate::Message::new("error-file-unreadable")
                .arg("path", path.display().to_string())
                .arg("detail", crate::Message::io(&e)),
        )),
    }
}

fn save(data_dir: &Path, exports: Vec<RecentExport>) -> Result<(), ApiError> {
    let file = RecentFile {
        schema: RECENT_SCHEMA.into(),
        exports,
    };
    let text = serde_json::to_string_pretty(&file).map_err(|e| {
        ApiError::said(
            ErrorCode::Internal,
            crate::Message::new("error-recent-not-written").arg("detail", e.to_string()),
        )
    })?;
    crate::store::write_atomically(&recent_path(data_dir), text.as_bytes())
}

/// The recently opened exports, newest first.
pub fn recent_exports(data_dir: &Path) -> Result<Vec<RecentExport>, ApiError> {
    Ok(load(data_dir)?.exports)
}

/// Puts an export at the top of the list (replacing its older entry). A damaged list is
/// started anew rather than blocking the export from opening.
pub fn remember_export(
    data_dir: &Path,
    paths: &[PathBuf],
    report: &Report,
) -> Result<(), ApiError> {
    let mut exports = load(data_dir).map(|f| f.exports).unwrap_or_default();
    exports.retain(|e| e.export_id != report.export_id);
    let s = &report.summary;
    exports.insert(
        0,
        RecentExport {
            export_id: report.export_id.clone(),
            paths: paths
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect(),
            opened: auskunft_model::format_utc(&chrono::Utc::now()),
            records: s.records,
            records_foreign: s.records_foreign,
            records_mine: s.records_mine,
            verdict: s.verdict.clone(),
            verdict_de: s.verdict_de.clone(),
        },
    );
    exports.truncate(MAX_RECENT);
    save(data_dir, exports)
}

/// Forgets an export: removes it from the list and deletes everything derived from it.
pub fn forget_recent(data_dir: &Path, export_id: &str) -> Result<Vec<RecentExport>, ApiError> {
    crate::layout::forget_export(data_dir, export_id)?;
    let mut exports = load(data_dir).map(|f| f.exports).unwrap_or_default();
    exports.retain(|e| e.export_id != export_id);
    save(data_dir, exports.clone())?;
    Ok(exports)
}
