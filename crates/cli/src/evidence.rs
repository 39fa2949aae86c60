//! `auskunft manifest`, `verify`, `set-aside` and `transcripts`: the rows of
//! `shared/contracts/cli.md` whose bodies are in `auskunft-evidence`.
//!
//! Each audits the export as `auskunft audit` does (same inventory, same marks), then hands the
//! report to the evidence crate. Sentences come from `crates/words/ftl/*/evidence.ftl`, in the
//! language of `--lang`, else `LC_ALL`/`LANG`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use auskunft_api::{ApiError, AuditRequest, ErrorCode};
use auskunft_evidence::transcripts::Format;
use auskunft_evidence::{Lang, Message};
use auskunft_model::{Fit, InputStatus, Report};

use crate::usage::Expected;

// `auskunft manifest`.
#[derive(clap::Args)]
pub struct ManifestArgs {
    #[arg(long, value_name = "FILE")]
    inventory: Option<PathBuf>,
    #[arg(long, value_parser = crate::text::parse_lang)]
    lang: Option<Lang>,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[arg(value_name = "ARCHIVE", required = true)]
    archives: Vec<PathBuf>,
}

// `auskunft verify`.
#[derive(clap::Args)]
pub struct VerifyArgs {
    #[arg(long, value_name = "KEY.pub")]
    key: Option<PathBuf>,
    #[arg(long)]
    json: bool,
    #[arg(long, value_parser = crate::text::parse_lang)]
    lang: Option<Lang>,
    #[arg(value_name = "MANIFEST")]
    manifest: PathBuf,
    #[arg(value_name = "ARCHIVE", required = true)]
    archives: Vec<PathBuf>,
}

// `auskunft set-aside`.
#[derive(clap::Args)]
pub struct SetAsideArgs {
    #[arg(long, value_name = "FILE")]
    inventory: Option<PathBuf>,
    #[arg(long, value_parser = crate::text::parse_lang)]
    lang: Option<Lang>,
    #[arg(long)]
    forget: bool,
    #[arg(long, value_name = "FILE.zip")]
    out: PathBuf,
    #[arg(value_name = "ARCHIVE", required = true)]
    archives: Vec<PathBuf>,
}

// `auskunft transcripts`.
#[derive(clap::Args)]
pub struct TranscriptsArgs {
    #[arg(long, value_parser = parse_format)]
    format: Format,
    #[arg(long, value_parser = crate::search::parse_fit, default_value = "mine")]
    fit: Fit,
    #[arg(long, value_name = "FILE")]
    inventory: Option<PathBuf>,
    #[arg(long, value_parser = crate::text::parse_lang)]
    lang: Option<Lang>,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[arg(value_name = "ARCHIVE", required = true)]
    archives: Vec<PathBuf>,
}

fn parse_format(s: &str) -> Result<Format, Expected> {
    Format::parse(s).ok_or_else(|| Expected::one_of(["csv", "srt", "vtt"]))
}

/// Audits the export as `auskunft audit` does; returns the report and the inventory file used.
fn audit(archives: &[PathBuf], inventory: Option<PathBuf>) -> Result<(Report, PathBuf), ApiError> {
    let data_dir = auskunft_api::data_dir()?;
    let inventory_path = auskunft_api::inventory_file(inventory.as_deref())?;
    let mut progress = crate::TerminalProgress {
        on: std::io::stderr().is_terminal(),
        last: std::time::Instant::now(),
    };
    let report = auskunft_api::audit_with(
        &AuditRequest {
            inputs: archives.to_vec(),
            inventory,
            data_dir,
        },
        &mut progress,
    );
    if progress.on {
        eprint!("\r\x1b[K");
    }
    Ok((report?, inventory_path))
}

fn any_read(report: &Report) -> bool {
    report
        .inputs
        .iter()
        .any(|i| matches!(i.status, InputStatus::Ok | InputStatus::Truncated))
}

/// No archive could be read: nothing is written (exit 1).
pub(crate) fn nothing_readable(archives: &[PathBuf]) -> ApiError {
    ApiError::said(
        ErrorCode::Io,
        Message::new("error-nothing-readable").arg(
            "files",
            archives
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    )
}

/// Runs `auskunft manifest`.
pub fn manifest(args: ManifestArgs) -> Result<ExitCode, ApiError> {
    let lang = crate::text::lang_or_env(args.lang);
    let (report, inventory) = audit(&args.archives, args.inventory)?;
    let data_dir = auskunft_api::data_dir()?;
    let saved = auskunft_evidence::manifest::save(&report, Some(&inventory), &data_dir, &args.out)
        .map_err(ApiError::from)?;
    crate::write_stdout(&auskunft_evidence::text::manifest_saved(
        &saved,
        report.inputs.len(),
        lang,
    ))?;
    Ok(if any_read(&report) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Runs `auskunft verify`: exit 0 when everything matches, 3 when anything differs.
pub fn verify(args: VerifyArgs) -> Result<ExitCode, ApiError> {
    let lang = crate::text::lang_or_env(args.lang);
    let data_dir = auskunft_api::data_dir().ok();
    let v = auskunft_evidence::verify::verify(
        &args.manifest,
        &args.archives,
        args.key.as_deref(),
        data_dir.as_deref(),
    )
    .map_err(ApiError::from)?;
    let out = if args.json {
        serde_json::to_string_pretty(&v).map_err(|e| ApiError::internal(e.to_string()))? + "\n"
    } else {
        auskunft_evidence::text::verification(&v, &args.manifest, lang)
    };
    crate::write_stdout(&out)?;
    Ok(if v.all_match() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

/// Runs `auskunft set-aside` (and forgets the foreign part with `--forget`).
pub fn set_aside(args: SetAsideArgs) -> Result<ExitCode, ApiError> {
    let lang = crate::text::lang_or_env(args.lang);
    let (report, _) = audit(&args.archives, args.inventory)?;
    if !any_read(&report) {
        return Err(nothing_readable(&args.archives));
    }
    let done = auskunft_evidence::set_aside::set_aside(&report, &args.archives, &args.out, lang)
        .map_err(ApiError::from)?;
    let mut out = auskunft_evidence::text::set_aside_printed(&done, lang);
    if args.forget {
        let data_dir = auskunft_api::data_dir()?;
        let entry = auskunft_evidence::forget::forget_foreign(&report, &data_dir)
            .map_err(ApiError::from)?;
        out.push('\n');
        out.push_str(&auskunft_evidence::text::forgotten(&entry, &data_dir, lang));
    }
    crate::write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `auskunft transcripts`.
pub fn transcripts(args: TranscriptsArgs) -> Result<ExitCode, ApiError> {
    let lang = crate::text::lang_or_env(args.lang);
    let (report, _) = audit(&args.archives, args.inventory)?;
    if !any_read(&report) {
        return Err(nothing_readable(&args.archives));
    }
    let done =
        auskunft_evidence::transcripts::save(&report, args.format, args.fit, lang, &args.out)
            .map_err(ApiError::from)?;
    crate::write_stdout(&auskunft_evidence::text::transcripts_written(
        done.records,
        args.fit,
        &args.out,
        lang,
    ))?;
    Ok(ExitCode::SUCCESS)
}
