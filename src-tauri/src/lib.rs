//! The desktop shell of Auskunft.
//!
//! This crate only adapts: it opens the window, hands the archives named on the command line
//! to the UI and turns UI calls into calls of `auskunft-api`, the crate whose functions the
//! CLI and the tests call too. Every command is a one-line adapter run off the UI thread; no
//! audit logic lives here, so nothing here needs tests of its own beyond "the window starts".
//!
//! Errors cross the boundary as `auskunft_api::ApiError` (`{code, message}`): the UI matches on
//! the code and shows the sentence, and never parses English text.

use std::path::PathBuf;

use auskunft_api::{ApiError, ErrorCode};
use auskunft_model::Report;

/// What the command line asked for at start.
pub enum Startup {
    /// Show the start screen.
    Empty,
    /// Audit these archives, in the order given.
    Archives(Vec<PathBuf>),
    /// Open the bundled demo (`--demo`).
    Demo,
}

/// What to open at start, for the UI: `{"archives": [...], "demo": false}`.
#[derive(serde::Serialize)]
struct StartupView {
    archives: Vec<String>,
    demo: bool,
}

/// What the command line asked to open; paths that are not valid Unicode are passed on lossily.
#[tauri::command]
fn startup(start: tauri::State<'_, Startup>) -> StartupView {
    match &*start {
        Startup::Empty => StartupView {
            archives: vec![],
            demo: false,
        },
        Startup::Demo => StartupView {
            archives: vec![],
            demo: true,
        },
        Startup::Archives(paths) => StartupView {
            archives: paths
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect(),
            demo: false,
        },
    }
}

/// Audits the export made of the given archive files.
#[tauri::command]
async fn audit_export(paths: Vec<String>) -> Result<Report, ApiError> {
    off_ui_thread(move || {
        auskunft_api::open_export(&paths.into_iter().map(PathBuf::from).collect::<Vec<_>>())
    })
    .await
}

/// Writes (or reuses) the bundled demo export and audits it.
#[tauri::command]
async fn open_demo() -> Result<Report, ApiError> {
    off_ui_thread(|| auskunft_api::open_demo(&auskunft_api::data_dir()?)).await
}

/// Runs blocking work on tokio's blocking pool so the window never waits for it.
///
/// A panic in the work (a bug, never a bad archive) becomes an error the UI can show.
async fn off_ui_thread<T, F>(work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(work)
        .await
        .unwrap_or_else(|error| {
            Err(ApiError::new(
                ErrorCode::Internal,
                format!("The audit stopped unexpectedly: {error}."),
            ))
        })
}

/// Opens the main window; what `start` names is opened as soon as the UI is up.
pub fn run(start: Startup) {
    let result = tauri::Builder::default()
        .manage(start)
        .invoke_handler(tauri::generate_handler![startup, audit_export, open_demo])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("auskunft-desktop: could not start: {error}");
        std::process::exit(1);
    }
}
