//! `demo`: synthetic exports for trying the app, workshops and tests.

use std::path::{Path, PathBuf};

pub use auskunft_demo::Scenario;
use auskunft_demo::{DemoError, DemoFiles, DemoOptions};

use crate::error::{ApiError, ErrorCode};
use crate::Message;
use crate::{audit, AuditRequest};
use auskunft_model::Report;

/// Writes a demo export and its sidecars (`OUT.truth.json`, `OUT.inventory.toml`).
pub fn write_demo(
    scenario: Scenario,
    seed: u64,
    records: Option<usize>,
    out: &Path,
) -> Result<DemoFiles, ApiError> {
    auskunft_demo::write_demo(
        &DemoOptions {
            scenario,
            seed,
            records,
        },
        out,
    )
    .map_err(demo_error)
}

/// Why a demo could not be written, in words (`error-demo-not-written` around what went wrong):
/// a usage error for a scenario, a count or a path that cannot be, an I/O error otherwise.
pub fn demo_error(e: DemoError) -> ApiError {
    let (code, detail) = match &e {
        DemoError::UnknownScenario(name) => (
            ErrorCode::Usage,
            Message::new("error-demo-scenario")
                .arg("scenario", name)
                .arg("scenarios", Scenario::ALL.map(|s| s.name()).join(", ")),
        ),
        DemoError::RecordCount { given, min, max } => (
            ErrorCode::Usage,
            Message::new("error-demo-records")
                .arg("given", *given)
                .arg("min", *min)
                .arg("max", *max),
        ),
        DemoError::OutputPath { path } => (
            ErrorCode::Usage,
            Message::new("error-demo-path").arg("path", path.display().to_string()),
        ),
        DemoError::Write { path, source } => (
            ErrorCode::Io,
            Message::new("error-demo-file")
                .arg("path", path.display().to_string())
                .arg("detail", Message::io(source)),
        ),
    };
    ApiError::said(
        code,
        Message::new("error-demo-not-written").arg("detail", detail),
    )
}

/// The bundled demo: the seed-case export, written once into the data folder
/// (`demo/seed-case-v<version>.zip`) and reused afterwards. Generation is deterministic, so the
/// app ships no data files and every install shows the same demo.
pub fn demo_export(data_dir: &Path) -> Result<PathBuf, ApiError> {
    let dir = data_dir.join("demo");
    let archive = dir.join(format!("seed-case-v{}.zip", env!("CARGO_PKG_VERSION")));
    let files = DemoFiles::for_archive(&archive).map_err(demo_error)?;
    // The archive is written last-but-two and every file atomically: all three present = complete.
    if files.archive.is_file() && files.truth.is_file() && files.inventory.is_file() {
        return Ok(archive);
    }
    std::fs::create_dir_all(&dir).map_err(|e| {
        ApiError::said(
            ErrorCode::DataDir,
            Message::new("error-data-dir-not-writable")
                .arg("path", dir.display().to_string())
                .arg("detail", Message::io(&e)),
        )
    })?;
    write_demo(Scenario::SeedCase, 1, None, &archive)?;
    Ok(archive)
}

/// Writes (or reuses) the bundled demo and audits it against the demo's own inventory: a
/// made-up export is judged by its made-up requester, never by the user's real inventory.
pub fn open_demo(data_dir: &Path) -> Result<Report, ApiError> {
    let archive = demo_export(data_dir)?;
    let files = DemoFiles::for_archive(&archive).map_err(demo_error)?;
    audit(&AuditRequest {
        inputs: vec![archive],
        inventory: Some(files.inventory),
        data_dir: data_dir.to_path_buf(),
    })
}
