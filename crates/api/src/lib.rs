//! Command bodies shared by the `auskunft` CLI, the desktop shell and the tests.
//!
//! Every user-visible operation is one function here taking plain request values and returning
//! model types or an [`ApiError`] (a stable code plus a sentence). The CLI formats the result for
//! a terminal, the Tauri shell hands it to the UI through one-line command adapters, and tests call
//! the same functions, so all three see the same behaviour.
//!
//! Data flows one way: archives → members ([`auskunft_archive`]) → format modules → records and
//! devices → audit → report. Where state is kept: the data folder ([`data_dir`]), overridable with
//! `AUSKUNFT_DATA_DIR`; nothing is ever written next to the user's archives.
#![deny(missing_docs)]

mod audio;
mod audit;
mod demo;
mod error;
mod inventory;
mod progress;
mod recent;
mod review;
mod search;
mod session;
mod store;
mod verdict;
mod view;

pub use audio::{
    audio_clip, decode, playback_speed, AudioClip, AudioFormat, Decoded, PlayerState, PlayerStatus,
    MAX_DECODED_SAMPLES, PEAK_BUCKETS, SPEEDS,
};
pub use audit::{audit, audit_with, open_export, open_export_with, AuditRequest, Progress, Silent};
pub use auskunft_words::{format_count, Lang, Message};
pub use demo::{demo_export, open_demo, write_demo, Scenario};
pub use error::{ApiError, ErrorCode};
pub use inventory::{
    add_entry, edit_entry, export_candidates, inventory_candidates, inventory_file, own_device,
    read_inventory, remove_entry, replace_entry, set_owns_voice_devices, FieldChange,
    InventoryChange, InventoryFile,
};
pub use progress::{cancelled, AuditProgress, AuditStep, ProgressEvents};
pub use recent::{forget_recent, recent_exports, remember_export, RecentExport};
pub use review::{
    apply_marks, device_key, export_dir, load_marks, load_rejected, record_key, rejudge,
    set_device_mark, set_mark, set_rejected, RecordChange, Rejudged,
};
pub use search::{
    check_query, forget_export, search, search_report, search_with, DeviceCount, FitCount,
    SearchFacets, SearchHit, SearchIndexState, SearchQuery, SearchRequest, SearchResult,
    DEFAULT_LIMIT,
};
pub use session::Session;
pub use store::{sweep_data_dir, write_atomically};
pub use verdict::{question, verdict};
pub use view::{
    files_view, fit_code, unread_members, FilesView, Head, MemberGroup, MemberPage, RecordColumns,
    StatusCounts,
};

use std::path::PathBuf;

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
pub fn inventory_path(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("inventory.toml")
}
