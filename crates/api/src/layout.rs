//! The data folder's layout: where it is (`AUSKUNFT_DATA_DIR`, else the platform's data folder),
//! the inventory file in it, and each export's folder of derived state (`exports/<id>/`: the
//! search index, marks, rejected candidates), with how that folder is forgotten. Everything
//! that writes state asks here where; nothing is written outside this folder.

use std::path::{Path, PathBuf};

use auskunft_search::SearchError;

use crate::error::{ApiError, ErrorCode};
use crate::Message;

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "AUSKUNFT_DATA_DIR";

/// The data folder: `AUSKUNFT_DATA_DIR` when set, else the platform's data folder + `auskunft`
/// (`~/.local/share/auskunft` on Linux). It is not created here; writers create what they need.
pub fn data_dir() -> Result<PathBuf, ApiError> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join("auskunft")).ok_or_else(|| {
        ApiError::said(
            ErrorCode::DataDir,
            Message::new("error-no-data-dir").arg("variable", DATA_DIR_ENV),
        )
    })
}

/// The inventory file inside a data folder.
pub fn inventory_path(data_dir: &Path) -> PathBuf {
    data_dir.join("inventory.toml")
}

/// The folder of everything derived from one export (`exports/<export_id>/`, shared with the
/// search index); an id that is not letters and digits is refused.
pub fn export_dir(data_dir: &Path, export_id: &str) -> Result<PathBuf, ApiError> {
    auskunft_search::export_dir(data_dir, export_id).map_err(|_| not_an_export_id(export_id))
}

/// Deletes everything Auskunft derived from an export (its index and anything else kept under
/// `exports/<export_id>/` in the data folder). Returns whether there was anything to delete.
/// The archives themselves are never touched.
pub fn forget_export(data_dir: &Path, export_id: &str) -> Result<bool, ApiError> {
    auskunft_search::forget_export(data_dir, export_id).map_err(|e| match e {
        SearchError::ExportId(_) => not_an_export_id(export_id),
        SearchError::Io { path, source } => ApiError::said(
            ErrorCode::DataDir,
            Message::new("error-export-not-forgotten")
                .arg("id", export_id)
                .arg(
                    "detail",
                    Message::new("io-at")
                        .arg("path", path.display().to_string())
                        .arg("detail", Message::io(&source)),
                ),
        ),
        e => ApiError::said(
            ErrorCode::DataDir,
            Message::new("error-export-not-forgotten")
                .arg("id", export_id)
                .arg("detail", e.to_string()),
        ),
    })
}

/// An export id that is not letters and digits (it would name a folder elsewhere).
fn not_an_export_id(export_id: &str) -> ApiError {
    ApiError::said(
        ErrorCode::Usage,
        Message::new("error-not-an-export-id").arg("id", export_id),
    )
}
