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
mod judge;
mod layout;
mod progress;
mod recent;
mod review;
mod search;
mod session;
mod store;
mod verdict;
mod view;
mod worker;

pub use audio::{
    audio_clip, decode, playback_speed, AudioClip, AudioFormat, Decoded, PlayerState, PlayerStatus,
    MAX_DECODED_SAMPLES, PEAK_BUCKETS, SPEEDS,
};
pub use audit::{audit, audit_with, open_export, open_export_with, AuditRequest};
pub use auskunft_words::{format_count, Arg, Lang, Message};
pub use demo::{demo_error, demo_export, open_demo, write_demo, Scenario};
pub use error::{ApiError, ErrorCode};
pub use inventory::{
    add_entry, edit_entry, export_candidates, inventory_candidates, inventory_file, own_device,
    read_inventory, remove_entry, replace_entry, set_owns_voice_devices, FieldChange,
    InventoryChange, InventoryFile,
};
pub use judge::{rejudge, RecordChange, Rejudged};
pub use layout::{data_dir, export_dir, forget_export, inventory_path, DATA_DIR_ENV};
pub use progress::{cancelled, AuditProgress, AuditStep, Progress, ProgressEvents, Silent};
pub use recent::{forget_recent, recent_exports, remember_export, RecentExport};
pub use review::{
    apply_marks, device_key, load_marks, load_rejected, record_key, set_device_mark, set_mark,
    set_rejected,
};
pub use search::{
    check_query, search, search_report, search_with, DeviceCount, FitCount, SearchFacets,
    SearchHit, SearchIndexState, SearchQuery, SearchRequest, SearchResult, DEFAULT_LIMIT,
};
pub use session::Session;
pub use store::{sweep_data_dir, write_atomically};
pub use verdict::{question, verdict};
pub use view::{
    files_view, fit_code, unread_members, FilesView, Head, MemberGroup, MemberPage, RecordColumns,
    StatusCounts,
};
