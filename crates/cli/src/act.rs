//! `auskunft report` and `auskunft letter`: the report (HTML or PDF) and the letters to the
//! company and the data-protection authority, written from an audit of the given archives.
//! The bodies are in `auskunft-report` and `auskunft-letters`, the same the desktop app calls.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use auskunft_api::{ApiError, AuditRequest, ErrorCode, Session};
use auskunft_letters::{LetterChoice, Recipient};
use auskunft_report::{Format, ReportChoice};
use auskunft_words::Lang;

use crate::usage::Expected;

// Arguments of `auskunft report`.
#[derive(clap::Args)]
pub struct ReportArgs {
    #[arg(long, default_value = "html", value_parser = parse_format)]
    format: Format,
    #[arg(long, value_name = "LANG", value_parser = crate::text::parse_lang)]
    lang: Option<Lang>,
    #[arg(long)]
    include_foreign_text: bool,
    #[arg(long, value_name = "FILE")]
    inventory: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[arg(value_name = "ARCHIVE", required = true)]
    archives: Vec<PathBuf>,
}

// Arguments of `auskunft letter`.
#[derive(clap::Args)]
pub struct LetterArgs {
    #[arg(long, value_parser = parse_recipient)]
    to: Recipient,
    #[arg(long, value_name = "LANG", value_parser = crate::text::parse_lang)]
    lang: Option<Lang>,
    #[arg(long, default_value = "text", value_parser = ["text", "pdf"])]
    format: String,
    #[arg(long, value_name = "FILE")]
    inventory: Option<PathBuf>,
    #[arg(long, value_name = "DATE")]
    requested: Option<String>,
    #[arg(long, value_name = "DATE")]
    received: Option<String>,
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(value_name = "ARCHIVE", required = true)]
    archives: Vec<PathBuf>,
}

fn parse_format(s: &str) -> Result<Format, Expected> {
    Format::parse(s).ok_or_else(|| Expected::one_of(["html", "pdf"]))
}

fn parse_recipient(s: &str) -> Result<Recipient, Expected> {
    Recipient::parse(s).ok_or_else(|| Expected::one_of(["company", "authority"]))
}

/// The export audited as `auskunft audit` would, progress on a terminal.
fn session(inventory: Option<PathBuf>, archives: Vec<PathBuf>) -> Result<Session, ApiError> {
    let data_dir = auskunft_api::data_dir()?;
    let mut progress = crate::TerminalProgress {
        on: std::io::stderr().is_terminal(),
        last: std::time::Instant::now(),
    };
    // Without --inventory the audit reads the data folder's inventory.toml when there is one,
    // and the session names that file (for the report's digest and the letters' [me]).
    let session = Session::audit(
        AuditRequest {
            inputs: archives,
            inventory,
            data_dir,
        },
        &mut progress,
    );
    if progress.on {
        eprint!("\r\x1b[K");
    }
    session
}

fn any_read(session: &Session) -> bool {
    session.report.inputs.iter().any(|i| {
        matches!(
            i.status,
            auskunft_model::InputStatus::Ok | auskunft_model::InputStatus::Truncated
        )
    })
}

/// Writes the report.
pub fn report(args: ReportArgs) -> Result<ExitCode, ApiError> {
    let lang = crate::text::lang_or_env(args.lang);
    let session = session(args.inventory, args.archives.clone())?;
    if !any_read(&session) {
        return Err(crate::evidence::nothing_readable(&args.archives));
    }
    auskunft_report::save_session_report(
        &session,
        &ReportChoice {
            format: args.format,
            lang: lang.code().into(),
            include_foreign_text: args.include_foreign_text,
        },
        &args.out,
    )?;
    crate::write_stdout(&format!("{}\n", args.out.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a letter, and says on stderr which blanks are left to fill in.
pub fn letter(args: LetterArgs) -> Result<ExitCode, ApiError> {
    let lang = crate::text::lang_or_env(args.lang);
    let pdf = args.format == "pdf";
    if pdf && args.out.is_none() {
        return Err(ApiError::said(
            ErrorCode::Usage,
            auskunft_words::Message::new("cli-error-pdf-needs-out"),
        ));
    }
    let choice = LetterChoice {
        to: args.to,
        lang: lang.code().into(),
        requested: args.requested,
        received: args.received,
    };
    // Bad dates are usage errors before the archives are read.
    choice.request(chrono::Utc::now().date_naive())?;
    let session = session(args.inventory, args.archives.clone())?;
    if !any_read(&session) {
        return Err(crate::evidence::nothing_readable(&args.archives));
    }
    let letter = match &args.out {
        Some(out) => {
            let letter = auskunft_letters::save_session_letter(&session, &choice, pdf, out)?;
            crate::write_stdout(&format!("{}\n", out.display()))?;
            letter
        }
        None => {
            let letter = auskunft_letters::preview_session_letter(&session, &choice)?;
            crate::write_stdout(&letter.text)?;
            letter
        }
    };
    if let Some(sentence) = auskunft_letters::missing_sentence(&letter, lang) {
        eprintln!("{sentence}");
    }
    Ok(ExitCode::SUCCESS)
}
