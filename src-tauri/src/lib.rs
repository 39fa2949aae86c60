//! The desktop shell of Auskunft.
//!
//! This crate only adapts: it opens the window, hands the archives named on the command line
//! to the UI, turns UI calls into calls of `auskunft-api` (the crate whose functions the CLI and
//! the tests call too) and owns the audio output ([`player`]). Every command is a one-line
//! adapter run off the UI thread; no audit logic lives here.
//!
//! State: the open export ([`Session`]: archive paths and report, set by `audit_export` and
//! `open_demo`, read by the player commands), the cancel flags of running audits, and the
//! [`player::Player`] handle. Progress of an audit reaches the UI as `audit-progress` events
//! (`auskunft_api::AuditProgress`); `cancel_audit` stops every audit that is running.
//!
//! Errors cross the boundary as `auskunft_api::ApiError` (`{code, message}`): the UI matches on
//! the code and shows the sentence, and never parses English text.

mod evidence;
pub mod player;
pub mod rendering;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use auskunft_api::{
    ApiError, AudioClip, Decoded, ErrorCode, InventoryFile, PlayerStatus, Progress, ProgressEvents,
    RecentExport, Rejudged, SearchQuery, SearchResult, Session,
};
use auskunft_inventory::{Candidates, Entry, Section};
use auskunft_model::{Mark, Report};
use player::{Command, Player};
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_dialog::DialogExt;

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

/// What the app holds between commands.
pub struct Shell {
    session: Mutex<Option<Arc<Session>>>,
    /// The last recording decoded, by record id: the UI asks for the waveform and then plays,
    /// and reading a member near the end of a large archive takes a while.
    recording: Mutex<Option<(String, Arc<Decoded>)>>,
    audits: Mutex<Vec<Arc<AtomicBool>>>,
    player: Player,
}

impl Shell {
    /// Nothing open; the player's thread started, its device not yet opened.
    pub fn new() -> Shell {
        Shell {
            session: Mutex::new(None),
            recording: Mutex::new(None),
            audits: Mutex::new(Vec::new()),
            player: Player::start(player::default_device),
        }
    }

    /// Runs an audit with progress events and a cancel flag; its session becomes the open one.
    fn open(
        &self,
        app: &AppHandle,
        audit: impl FnOnce(&mut dyn Progress) -> Result<Session, ApiError>,
    ) -> Result<Report, ApiError> {
        let cancel = Arc::new(AtomicBool::new(false));
        locked(&self.audits).push(cancel.clone());
        let mut progress = ProgressEvents::new(cancel.clone(), |p| {
            let _ = app.emit("audit-progress", p);
        });
        let result = audit(&mut progress);
        locked(&self.audits).retain(|c| !Arc::ptr_eq(c, &cancel));
        let session = result?;
        let report = session.report.clone();
        *locked(&self.session) = Some(Arc::new(session));
        *locked(&self.recording) = None;
        Ok(report)
    }

    /// The open export.
    /// Changes the open session (a mark, an inventory edit); readers holding the old one keep it.
    fn change<T>(
        &self,
        work: impl FnOnce(&mut Session) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut guard = locked(&self.session);
        let session = guard
            .as_mut()
            .ok_or_else(|| ApiError::new(ErrorCode::Usage, "No export is open; open one first."))?;
        work(Arc::make_mut(session))
    }

    fn session(&self) -> Result<Arc<Session>, ApiError> {
        locked(&self.session)
            .clone()
            .ok_or_else(|| ApiError::new(ErrorCode::Usage, "No export is open; open one first."))
    }

    /// The record's recording, decoded (read from the archive unless it was the last one).
    fn recording(&self, record: &str) -> Result<Arc<Decoded>, ApiError> {
        if let Some((id, decoded)) = locked(&self.recording).as_ref() {
            if id == record {
                return Ok(decoded.clone());
            }
        }
        let decoded = Arc::new(self.session()?.decoded(record)?);
        *locked(&self.recording) = Some((record.to_string(), decoded.clone()));
        Ok(decoded)
    }

    /// Reads and decodes the record's recording, then plays it.
    fn play(&self, record: String, from: f64) -> Result<PlayerStatus, ApiError> {
        let clip = Decoded::clone(&*self.recording(&record)?);
        self.player.send(Command::Play { record, clip, from })
    }
}

impl Default for Shell {
    fn default() -> Self {
        Shell::new()
    }
}

/// A lock that a panic elsewhere did not spoil: the data behind it is replaced whole, never
/// left half-written.
fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

type Shared<'a> = State<'a, Arc<Shell>>;

/// Audits the export made of the given archive files, with `audit-progress` events.
#[tauri::command]
async fn audit_export(
    app: AppHandle,
    shell: Shared<'_>,
    paths: Vec<String>,
) -> Result<Report, ApiError> {
    let (shell, paths) = (
        shell.inner().clone(),
        paths.into_iter().map(PathBuf::from).collect::<Vec<_>>(),
    );
    off_ui_thread(move || shell.open(&app, |p| Session::open(&paths, p))).await
}

/// Writes (or reuses) the bundled demo export and audits it, with `audit-progress` events.
#[tauri::command]
async fn open_demo(app: AppHandle, shell: Shared<'_>) -> Result<Report, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.open(&app, |p| Session::demo(&auskunft_api::data_dir()?, p))).await
}

/// Stops every audit that is running; each then fails with code `cancelled`.
#[tauri::command]
fn cancel_audit(shell: Shared<'_>) {
    locked(&shell.audits)
        .iter()
        .for_each(|c| c.store(true, Ordering::Relaxed));
}

/// Length, rate and waveform of a record's recording, read from the archive now.
#[tauri::command]
async fn audio_clip(shell: Shared<'_>, record: String) -> Result<AudioClip, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || Ok(shell.recording(&record)?.clip())).await
}

/// Plays a record's recording from `from` seconds.
#[tauri::command]
async fn player_play(
    shell: Shared<'_>,
    record: String,
    from: f64,
) -> Result<PlayerStatus, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.play(record, from)).await
}

/// Holds playback.
#[tauri::command]
async fn player_pause(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Pause).await
}

/// Goes on playing (from the start after the end).
#[tauri::command]
async fn player_resume(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Resume).await
}

/// Moves to `seconds` into the recording.
#[tauri::command]
async fn player_seek(shell: Shared<'_>, seconds: f64) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Seek(seconds)).await
}

/// Plays at `rate` (0.5 to 2) from now on.
#[tauri::command]
async fn player_speed(shell: Shared<'_>, rate: f64) -> Result<PlayerStatus, ApiError> {
    let rate = auskunft_api::playback_speed(rate)?;
    to_player(&shell, Command::Speed(rate)).await
}

/// Unloads the recording.
#[tauri::command]
async fn player_stop(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Stop).await
}

/// What the player is doing, for the playhead.
#[tauri::command]
async fn player_status(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Status).await
}

/// Hands a command to the audio thread, waiting off the UI thread.
/// The recently opened exports, newest first.
#[tauri::command]
async fn recent_exports() -> Result<Vec<RecentExport>, ApiError> {
    off_ui_thread(|| auskunft_api::recent_exports(&auskunft_api::data_dir()?)).await
}

/// Forgets an export: deletes everything derived from it; returns the list left.
#[tauri::command]
async fn forget_export(export_id: String) -> Result<Vec<RecentExport>, ApiError> {
    off_ui_thread(move || auskunft_api::forget_recent(&auskunft_api::data_dir()?, &export_id)).await
}

/// The native file dialog for one or more archives; an empty list when cancelled.
#[tauri::command]
async fn choose_archives(app: AppHandle) -> Result<Vec<String>, ApiError> {
    off_ui_thread(move || Ok(pick_archives(&app))).await
}

fn pick_archives(app: &AppHandle) -> Vec<String> {
    let picked = app
        .dialog()
        .file()
        .add_filter("ZIP, TAR, gzip", &["zip", "tar", "gz", "tgz"])
        .add_filter("*", &["*"])
        .blocking_pick_files()
        .unwrap_or_default();
    picked
        .into_iter()
        .filter_map(|f| f.into_path().ok())
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

/// The native save dialog, suggesting `suggested` as the file name; `None` when cancelled.
///
/// With `AUSKUNFT_SAVE_DIR` set (end-to-end tests, scripted use) no dialog opens: the file goes
/// to that folder under the suggested name. Save commands call this and hand the path to the
/// crate that writes the file.
#[allow(dead_code)] // used by the save commands of the "Act on it" screen
fn pick_save_path(app: &AppHandle, suggested: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("AUSKUNFT_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(suggested));
    }
    app.dialog()
        .file()
        .set_file_name(suggested)
        .add_filter(filter.0, filter.1)
        .blocking_save_file()
        .and_then(|f| f.into_path().ok())
}

/// Marks a record "mine" / "not mine" (`null` removes the mark) and judges the export again.
#[tauri::command]
async fn mark_record(
    shell: Shared<'_>,
    record: String,
    mark: Option<Mark>,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.mark(&record, mark))).await
}

/// "Mine" on the overview's question: the device (and its account) into the inventory.
#[tauri::command]
async fn own_device(shell: Shared<'_>, device: String) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.own_device(&device))).await
}

/// "Not mine" on the overview's question (`null` takes it back), kept for the open export.
#[tauri::command]
async fn mark_device(
    shell: Shared<'_>,
    device: String,
    mark: Option<Mark>,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.mark_device(&device, mark))).await
}

/// "I own none of these": `owns_voice_devices = false` in the inventory.
#[tauri::command]
async fn own_no_voice_device(shell: Shared<'_>) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.own_no_voice_device())).await
}

/// The open export's inventory file.
#[tauri::command]
async fn inventory_read(shell: Shared<'_>) -> Result<InventoryFile, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.inventory_file()).await
}

/// What the open export suggests adding to the inventory.
#[tauri::command]
async fn inventory_candidates(shell: Shared<'_>) -> Result<Candidates, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.candidates()).await
}

/// Rejects a candidate for the open export (kept across restarts); `null` shows all again.
#[tauri::command]
async fn inventory_reject(shell: Shared<'_>, key: Option<String>) -> Result<Candidates, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.reject_candidate(key.as_deref())).await
}

/// Adds an entry to the inventory and judges the export again.
#[tauri::command]
async fn inventory_add(shell: Shared<'_>, entry: Entry) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.inventory_add(&entry))).await
}

/// Changes an inventory entry in place and judges the export again.
#[tauri::command]
async fn inventory_replace(
    shell: Shared<'_>,
    index: usize,
    entry: Entry,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.inventory_replace(index, &entry))).await
}

/// Removes an entry from the inventory and judges the export again.
#[tauri::command]
async fn inventory_remove(
    shell: Shared<'_>,
    section: Section,
    index: usize,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.inventory_remove(section, index))).await
}

/// Searches the open export's transcripts.
#[tauri::command]
async fn search(shell: Shared<'_>, query: SearchQuery) -> Result<SearchResult, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.search(&query)).await
}

async fn to_player(shell: &Shared<'_>, command: Command) -> Result<PlayerStatus, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.player.send(command)).await
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
                format!("The command stopped unexpectedly: {error}."),
            ))
        })
}

/// Creates the main window of `tauri.conf.json` with the webview's own storage (the language and
/// theme chosen, caches) in the data folder's `webview/`, beside everything else the app keeps:
/// `AUSKUNFT_DATA_DIR` then moves all of it, and forgetting the folder forgets all of it. Without
/// a data folder WebKit's default place is used; opening an export then says what is wrong.
fn open_window(app: &mut tauri::App) -> tauri::Result<()> {
    let Some(config) = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .cloned()
    else {
        return Err(tauri::Error::WindowNotFound);
    };
    let mut window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?;
    if let Ok(data) = auskunft_api::data_dir() {
        window = window.data_directory(data.join("webview"));
    }
    window.build()?;
    Ok(())
}

/// Opens the main window; what `start` names is opened as soon as the UI is up.
pub fn run(start: Startup) {
    // Before the webview and any other thread exist: it may set an environment variable.
    rendering::apply();
    // What a crashed write left in the data folder goes now (auskunft-store).
    if let Ok(data_dir) = auskunft_api::data_dir() {
        auskunft_api::sweep_data_dir(&data_dir);
    }
    let result = tauri::Builder::default()
        .manage(start)
        .plugin(tauri_plugin_dialog::init())
        .manage(Arc::new(Shell::new()))
        .setup(|app| {
            open_window(app)?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            startup,
            audit_export,
            open_demo,
            cancel_audit,
            audio_clip,
            player_play,
            player_pause,
            player_resume,
            player_seek,
            player_speed,
            player_stop,
            player_status,
            recent_exports,
            forget_export,
            choose_archives,
            mark_record,
            own_device,
            mark_device,
            own_no_voice_device,
            inventory_read,
            inventory_candidates,
            inventory_add,
            inventory_reject,
            inventory_replace,
            inventory_remove,
            search,
            evidence::evidence_status,
            evidence::save_manifest,
            evidence::save_set_aside,
            evidence::forget_foreign,
            evidence::save_transcripts
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("auskunft-desktop: could not start: {error}");
        std::process::exit(1);
    }
}
