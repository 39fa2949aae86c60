//! The "Act on it" screen's evidence commands: one-line adapters from the open export and a path
//! from the save dialog (`pick_save_path`) to `auskunft-evidence`. A cancelled dialog returns
//! `null` and writes nothing.

use auskunft_api::{ApiError, ErrorCode, Message};
use auskunft_desktop_macros::command;
use auskunft_evidence::app::{
    EvidenceStatus, ForgetDone, ManifestSaved, SetAsideSaved, TranscriptsSaved,
};
use auskunft_evidence::transcripts::Format;
use auskunft_evidence::Lang;
use tauri::AppHandle;

use crate::{locked, off_ui_thread, pick_save_path, Shared};

fn lang(code: &str) -> Lang {
    Lang::parse(code).unwrap_or(Lang::En)
}

/// What the evidence sections show before anything is saved.
#[command]
pub async fn evidence_status(shell: Shared<'_>) -> Result<EvidenceStatus, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        let s = shell.session()?;
        Ok(auskunft_evidence::app::status(&s.report, &s.data_dir))
    })
    .await
}

/// "Save evidence…": the signed manifest where the user chooses.
#[command]
pub async fn save_manifest(
    app: AppHandle,
    shell: Shared<'_>,
) -> Result<Option<ManifestSaved>, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        let s = shell.session()?;
        let name = auskunft_evidence::app::suggested_name(&s.report, "manifest", "json");
        let Some(out) = pick_save_path(&app, &name, ("JSON", &["json"])) else {
            return Ok(None);
        };
        auskunft_evidence::app::save_manifest(&s.report, &s.inventory, &s.data_dir, &out)
            .map(Some)
            .map_err(ApiError::from)
    })
    .await
}

/// "Set aside what is not mine": a copy of the export without the stranger's files.
#[command]
pub async fn save_set_aside(
    app: AppHandle,
    shell: Shared<'_>,
    lang: String,
) -> Result<Option<SetAsideSaved>, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        let s = shell.session()?;
        let name = auskunft_evidence::app::suggested_name(&s.report, "mine", "zip");
        let Some(out) = pick_save_path(&app, &name, ("ZIP", &["zip"])) else {
            return Ok(None);
        };
        auskunft_evidence::app::save_set_aside(&s.report, &s.paths, &out, self::lang(&lang))
            .map(Some)
            .map_err(ApiError::from)
    })
    .await
}

/// "Forget the foreign part": what was derived from the stranger's files, deleted and recorded.
#[command]
pub async fn forget_foreign(shell: Shared<'_>) -> Result<ForgetDone, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        let s = shell.session()?;
        // The last recording decoded may be a stranger's: it goes too.
        *locked(&shell.recording) = None;
        auskunft_evidence::app::forget(&s.report, &s.data_dir).map_err(ApiError::from)
    })
    .await
}

/// "Export my transcripts": the user's own records' words as CSV, SRT or WebVTT.
#[command]
pub async fn save_transcripts(
    app: AppHandle,
    shell: Shared<'_>,
    format: String,
    lang: String,
) -> Result<Option<TranscriptsSaved>, ApiError> {
    let shell = shell.inner().clone();
    off_ui_thread(move || {
        let s = shell.session()?;
        let format = Format::parse(&format).ok_or_else(|| {
            ApiError::said(
                ErrorCode::Usage,
                Message::new("error-transcript-format").arg("format", &format),
            )
        })?;
        let ext = format.extension();
        let name = auskunft_evidence::app::suggested_name(&s.report, "transcripts", ext);
        let Some(out) = pick_save_path(&app, &name, (ext, &[ext])) else {
            return Ok(None);
        };
        auskunft_evidence::app::save_transcripts(&s.report, format, &out, self::lang(&lang))
            .map(Some)
            .map_err(ApiError::from)
    })
    .await
}
