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

mod confine;
mod evidence;
#[cfg(test)]
mod ipc;
pub mod player;
pub mod rendering;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex, MutexGuard};

use auskunft_api::{
    ApiError, AudioClip, Decoded, ErrorCode, FilesView, Head, InventoryFile, MemberPage, Message,
    PlayerStatus, Progress, ProgressEvents, RecentExport, RecordColumns, Rejudged, SearchQuery,
    SearchResult, Session,
};
use auskunft_desktop_macros::{command, commands};
// The evidence commands live in their own module; the one command list names them here.
use auskunft_inventory::{Candidates, Entry, Section};
use auskunft_model::{Mark, Member, Record};
use evidence::*;
use player::{Command, Player};
use tauri::{AppHandle, Emitter, Manager, State};
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

/// What to open at start, for the UI: `{"archives": [...], "demo": false, "version": "0.1.0"}`.
#[derive(serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
struct StartupView {
    archives: Vec<String>,
    demo: bool,
    /// The app's version, from Cargo.toml (the one place it is written; the bundles take it too).
    version: &'static str,
}

/// What the command line asked to open; paths that are not valid Unicode are passed on lossily.
/// Off the main thread (`async`): at launch that thread is busy creating the window, and this
/// answer is what the UI waits for before it asks for the export.
#[command]
async fn startup(start: tauri::State<'_, Startup>) -> Result<StartupView, ApiError> {
    let (archives, demo) = match &*start {
        Startup::Empty => (vec![], false),
        Startup::Demo => (vec![], true),
        Startup::Archives(paths) => (
            paths
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect(),
            false,
        ),
    };
    Ok(StartupView {
        archives,
        demo,
        version: env!("CARGO_PKG_VERSION"),
    })
}

/// An audit started at launch: the archives it reads, and where its session will arrive.
type EarlyAudit = (Vec<PathBuf>, mpsc::Receiver<Result<Session, ApiError>>);

/// What the app holds between commands.
pub struct Shell {
    session: Mutex<Option<Arc<Session>>>,
    /// The last recording decoded, by record id: the UI asks for the waveform and then plays,
    /// and reading a member near the end of a large archive takes a while.
    recording: Mutex<Option<(String, Arc<Decoded>)>>,
    audits: Mutex<Vec<Arc<AtomicBool>>>,
    /// The audit of the archives named on the command line, started at launch while the
    /// window loads; `audit_export` for the same paths takes its result instead of starting
    /// another.
    early: Mutex<Option<EarlyAudit>>,
    player: Player,
}

impl Shell {
    /// Nothing open; the player's thread started, its device not yet opened.
    pub fn new() -> Shell {
        Shell {
            session: Mutex::new(None),
            recording: Mutex::new(None),
            audits: Mutex::new(Vec::new()),
            early: Mutex::new(None),
            player: Player::start(player::default_device),
        }
    }

    /// Runs an audit with progress events and a cancel flag.
    fn audit(
        &self,
        app: &AppHandle,
        audit: impl FnOnce(&mut dyn Progress) -> Result<Session, ApiError>,
    ) -> Result<Session, ApiError> {
        let cancel = Arc::new(AtomicBool::new(false));
        locked(&self.audits).push(cancel.clone());
        let mut progress = ProgressEvents::new(cancel.clone(), |p| {
            let _ = app.emit("audit-progress", p);
        });
        let result = audit(&mut progress);
        locked(&self.audits).retain(|c| !Arc::ptr_eq(c, &cancel));
        result
    }

    /// Starts auditing the archives named on the command line now, on a thread of its own, so
    /// the audit runs while the window and the UI load.
    fn audit_early(self: &Arc<Self>, app: AppHandle, paths: Vec<PathBuf>) {
        let (tx, rx) = mpsc::channel();
        *locked(&self.early) = Some((paths.clone(), rx));
        let shell = self.clone();
        std::thread::spawn(move || {
            let _ = tx.send(shell.audit(&app, |p| Session::open(&paths, p)));
        });
    }

    /// Opens the export made of `paths`: the audit started at launch when it was for these
    /// paths (waiting for it to end), else a new one.
    fn open_paths(&self, app: &AppHandle, paths: Vec<PathBuf>) -> Result<Head, ApiError> {
        let early = locked(&self.early).take();
        match early {
            Some((started, result)) if started == paths => {
                let session = result.recv().unwrap_or_else(|_| {
                    Err(ApiError::said(
                        ErrorCode::Internal,
                        Message::new("error-early-audit-stopped"),
                    ))
                })?;
                Ok(self.keep(session))
            }
            _ => self.open(app, |p| Session::open(&paths, p)),
        }
    }

    /// Runs an audit with progress events and a cancel flag; its session becomes the open one.
    /// The UI gets the report's head; records and members stay here and are asked for.
    fn open(
        &self,
        app: &AppHandle,
        audit: impl FnOnce(&mut dyn Progress) -> Result<Session, ApiError>,
    ) -> Result<Head, ApiError> {
        let session = self.audit(app, audit)?;
        Ok(self.keep(session))
    }

    /// Makes `session` the open export; returns its head.
    fn keep(&self, session: Session) -> Head {
        let head = session.head();
        *locked(&self.session) = Some(Arc::new(session));
        *locked(&self.recording) = None;
        head
    }

    /// The open export.
    /// Changes the open session (a mark, an inventory edit); readers holding the old one keep it.
    fn change<T>(
        &self,
        work: impl FnOnce(&mut Session) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut guard = locked(&self.session);
        let session = guard.as_mut().ok_or_else(no_export_open)?;
        work(Arc::make_mut(session))
    }

    fn session(&self) -> Result<Arc<Session>, ApiError> {
        locked(&self.session).clone().ok_or_else(no_export_open)
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
#[command]
async fn audit_export(
    app: AppHandle,
    shell: Shared<'_>,
    paths: Vec<String>,
) -> Result<Head, ApiError> {
    let (shell, paths) = (
        shell.inner().clone(),
        paths.into_iter().map(PathBuf::from).collect::<Vec<_>>(),
    );
    off_ui_thread(move || shell.open_paths(&app, paths)).await
}

/// Writes (or reuses) the bundled demo export and audits it, with `audit-progress` events.
#[command]
async fn open_demo(app: AppHandle, shell: Shared<'_>) -> Result<Head, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.open(&app, |p| Session::demo(&auskunft_api::data_dir()?, p))).await
}

/// Stops every audit that is running; each then fails with code `cancelled`.
#[command]
fn cancel_audit(shell: Shared<'_>) {
    locked(&shell.audits)
        .iter()
        .for_each(|c| c.store(true, Ordering::Relaxed));
}

/// Length, rate and waveform of a record's recording, read from the archive now.
#[command]
async fn audio_clip(shell: Shared<'_>, record: String) -> Result<AudioClip, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || Ok(shell.recording(&record)?.clip())).await
}

/// Plays a record's recording from `from` seconds.
#[command]
async fn player_play(
    shell: Shared<'_>,
    record: String,
    from: f64,
) -> Result<PlayerStatus, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.play(record, from)).await
}

/// Holds playback.
#[command]
async fn player_pause(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Pause).await
}

/// Goes on playing (from the start after the end).
#[command]
async fn player_resume(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Resume).await
}

/// Moves to `seconds` into the recording.
#[command]
async fn player_seek(shell: Shared<'_>, seconds: f64) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Seek(seconds)).await
}

/// Plays at `rate` (0.5 to 2) from now on.
#[command]
async fn player_speed(shell: Shared<'_>, rate: f64) -> Result<PlayerStatus, ApiError> {
    let rate = auskunft_api::playback_speed(rate)?;
    to_player(&shell, Command::Speed(rate)).await
}

/// Unloads the recording.
#[command]
async fn player_stop(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Stop).await
}

/// What the player is doing, for the playhead.
#[command]
async fn player_status(shell: Shared<'_>) -> Result<PlayerStatus, ApiError> {
    to_player(&shell, Command::Status).await
}

/// Hands a command to the audio thread, waiting off the UI thread.
/// The recently opened exports, newest first.
#[command]
async fn recent_exports() -> Result<Vec<RecentExport>, ApiError> {
    off_ui_thread(|| auskunft_api::recent_exports(&auskunft_api::data_dir()?)).await
}

/// Forgets an export: deletes everything derived from it; returns the list left.
#[command]
async fn forget_export(export_id: String) -> Result<Vec<RecentExport>, ApiError> {
    off_ui_thread(move || auskunft_api::forget_recent(&auskunft_api::data_dir()?, &export_id)).await
}

/// The native file dialog for one or more archives; an empty list when cancelled.
#[command]
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
#[command]
async fn mark_record(
    shell: Shared<'_>,
    record: String,
    mark: Option<Mark>,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.mark(&record, mark))).await
}

/// "Mine" on the overview's question: the device (and its account) into the inventory.
#[command]
async fn own_device(shell: Shared<'_>, device: String) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.own_device(&device))).await
}

/// "Not mine" on the overview's question (`null` takes it back), kept for the open export.
#[command]
async fn mark_device(
    shell: Shared<'_>,
    device: String,
    mark: Option<Mark>,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.mark_device(&device, mark))).await
}

/// "I own none of these": `owns_voice_devices = false` in the inventory.
#[command]
async fn own_no_voice_device(shell: Shared<'_>) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.own_no_voice_device())).await
}

/// The open export's inventory file.
#[command]
async fn inventory_read(shell: Shared<'_>) -> Result<InventoryFile, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.inventory_file()).await
}

/// What the open export suggests adding to the inventory.
#[command]
async fn inventory_candidates(shell: Shared<'_>) -> Result<Candidates, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.candidates()).await
}

/// Rejects a candidate for the open export (kept across restarts); `null` shows all again.
#[command]
async fn inventory_reject(shell: Shared<'_>, key: Option<String>) -> Result<Candidates, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.reject_candidate(key.as_deref())).await
}

/// Adds an entry to the inventory and judges the export again.
#[command]
async fn inventory_add(shell: Shared<'_>, entry: Entry) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.inventory_add(&entry))).await
}

/// Changes an inventory entry in place and judges the export again.
#[command]
async fn inventory_replace(
    shell: Shared<'_>,
    index: usize,
    entry: Entry,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.inventory_replace(index, &entry))).await
}

/// Removes an entry from the inventory and judges the export again.
#[command]
async fn inventory_remove(
    shell: Shared<'_>,
    section: Section,
    index: usize,
) -> Result<Rejudged, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.change(|s| s.inventory_remove(section, index))).await
}

/// Every record's id, time, device and fit, as columns (the timeline).
#[command]
async fn record_columns(shell: Shared<'_>) -> Result<RecordColumns, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || Ok(shell.session()?.record_columns())).await
}

/// One record, whole (the player, the timeline's hover card).
#[command]
async fn record(shell: Shared<'_>, id: String) -> Result<Record, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.record(&id).cloned()).await
}

/// The files screen: members by status per input, and up to `shown` of each group not read.
#[command]
async fn files_view(shell: Shared<'_>, shown: usize) -> Result<FilesView, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || Ok(shell.session()?.files(shown))).await
}

/// A page of one group of members not read.
#[command]
async fn unread_members(shell: Shared<'_>, page: MemberPage) -> Result<Vec<Member>, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || Ok(shell.session()?.unread_members(&page))).await
}

/// Searches the open export's transcripts.
#[command]
async fn search(shell: Shared<'_>, query: SearchQuery) -> Result<SearchResult, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.session()?.search(&query)).await
}

/// Where a file was saved, and whether the system's viewer was asked to open it.
#[derive(serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
struct Saved {
    path: String,
    opened: bool,
}

/// Hands a saved file to the system's viewer without waiting for it (`xdg-open`, `open`,
/// `start`); nothing goes over the network. Skipped under `AUSKUNFT_SAVE_DIR` (tests, scripts).
fn open_saved(path: PathBuf) -> Saved {
    let opened = std::env::var_os("AUSKUNFT_SAVE_DIR").is_none() && {
        #[cfg(target_os = "linux")]
        let mut command = std::process::Command::new("xdg-open");
        #[cfg(target_os = "macos")]
        let mut command = std::process::Command::new("open");
        #[cfg(target_os = "windows")]
        let mut command = {
            let mut c = std::process::Command::new("cmd");
            c.args(["/C", "start", ""]);
            c
        };
        command
            .arg(&path)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .is_ok()
    };
    Saved {
        path: path.to_string_lossy().into_owned(),
        opened,
    }
}

/// Saves the open export's report (HTML or PDF) where the user chooses, then opens it;
/// `null` when the dialog was cancelled.
#[command]
async fn save_report(
    app: AppHandle,
    shell: Shared<'_>,
    choice: auskunft_report::ReportChoice,
) -> Result<Option<Saved>, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        let session = shell.session()?;
        let ext = choice.format.extension();
        let name = auskunft_report::suggested_name(&session.report, choice.format);
        let Some(path) = pick_save_path(&app, &name, (ext, &[ext])) else {
            return Ok(None);
        };
        auskunft_report::save_session_report(&session, &choice, &path)?;
        Ok(Some(open_saved(path)))
    })
    .await
}

/// The letter about the open export, for the preview.
#[command]
async fn letter_preview(
    shell: Shared<'_>,
    choice: auskunft_letters::LetterChoice,
) -> Result<auskunft_letters::Letter, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        auskunft_letters::preview_session_letter(shell.session()?.as_ref(), &choice)
    })
    .await
}

const PDF_FILES: &[&str] = &["pdf"];
const TEXT_FILES: &[&str] = &["txt"];

/// Saves the letter (text or PDF) where the user chooses, then opens it; `null` when cancelled.
#[command]
async fn save_letter(
    app: AppHandle,
    shell: Shared<'_>,
    choice: auskunft_letters::LetterChoice,
    pdf: bool,
) -> Result<Option<Saved>, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        let session = shell.session()?;
        let lang = auskunft_report::parse_lang(&choice.lang)?;
        let name = auskunft_letters::suggested_name(choice.to, lang, pdf);
        let filter: (&str, &[&str]) = if pdf {
            ("PDF", PDF_FILES)
        } else {
            ("Text", TEXT_FILES)
        };
        let Some(path) = pick_save_path(&app, &name, filter) else {
            return Ok(None);
        };
        auskunft_letters::save_session_letter(&session, &choice, pdf, &path)?;
        Ok(Some(open_saved(path)))
    })
    .await
}

async fn to_player(shell: &Shared<'_>, command: Command) -> Result<PlayerStatus, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || shell.player.send(command)).await
}

/// What a command that needs the open export says when there is none.
fn no_export_open() -> ApiError {
    ApiError::said(ErrorCode::Usage, Message::new("error-no-export-open"))
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
            Err(ApiError::said(
                ErrorCode::Internal,
                Message::new("error-command-stopped").arg("detail", error.to_string()),
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

// The commands the UI may call, each named once: this list is Tauri's handler and, in test builds,
// the UI's typed list `ui/src/lib/bindings/commands.ts` (src-tauri/src/ipc.rs). A new command is
// a `#[command]` function above and one line here; `cargo test` then writes its TypeScript.
commands![
    save_report,
    letter_preview,
    save_letter,
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
    record_columns,
    record,
    files_view,
    unread_members,
    evidence_status,
    save_manifest,
    save_set_aside,
    forget_foreign,
    save_transcripts,
];

/// Opens the main window; what `start` names is opened as soon as the UI is up.
pub fn run(start: Startup) {
    // Before the webview and any other thread exist: it may set an environment variable.
    rendering::apply();
    if let Ok(data_dir) = auskunft_api::data_dir() {
        confine::caches(&data_dir);
        // What a crashed write left in the data folder goes now (auskunft-store).
        auskunft_api::sweep_data_dir(&data_dir);
    }
    let result = tauri::Builder::default()
        .manage(start)
        .plugin(tauri_plugin_dialog::init())
        .manage(Arc::new(Shell::new()))
        .setup(|app| {
            // Archives named on the command line are read while the window loads; the UI's
            // `audit_export` for them then takes that audit's result.
            if let Startup::Archives(paths) = &*app.state::<Startup>() {
                let shell = app.state::<Arc<Shell>>().inner().clone();
                shell.audit_early(app.handle().clone(), paths.clone());
            }
            open_window(app)?;
            Ok(())
        })
        .invoke_handler(invoke_handler())
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("auskunft-desktop: could not start: {error}");
        std::process::exit(1);
    }
}
