//! The `report` command's body, shared by the CLI (`auskunft report`) and the desktop app (the
//! "Report" section of "Act on it"): the open export's report written where the user chose.

use std::path::Path;

use auskunft_api::{ApiError, ErrorCode, Session};
use auskunft_words::Lang;

use crate::{save, Format, Options, Provenance, ReportError};

impl From<ReportError> for ApiError {
    fn from(e: ReportError) -> ApiError {
        use auskunft_words::Message;
        let (code, detail) = match e {
            ReportError::Typeset(e) => (
                ErrorCode::Internal,
                Message::new("error-internal").arg("detail", e.to_string()),
            ),
            ReportError::Read { path, detail } => (
                ErrorCode::Io,
                Message::new("io-cannot-read")
                    .arg("path", path.display().to_string())
                    .arg("detail", detail),
            ),
            ReportError::Write { path, detail } => (
                ErrorCode::Io,
                Message::new("io-cannot-write")
                    .arg("path", path.display().to_string())
                    .arg("detail", detail),
            ),
        };
        ApiError::said(
            code,
            Message::new("error-report-not-saved").arg("detail", detail),
        )
    }
}

/// What the user chose for the report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct ReportChoice {
    /// HTML or PDF.
    pub format: Format,
    /// The language code (`de`, `en`).
    pub lang: String,
    /// Excerpts of the stranger's words in (the user ticked the box next to its warning).
    pub include_foreign_text: bool,
}

/// Writes the report of the open export to `out`, judged against the session's inventory.
pub fn save_session_report(
    session: &Session,
    choice: &ReportChoice,
    out: &Path,
) -> Result<(), ApiError> {
    let lang = parse_lang(&choice.lang)?;
    let provenance = Provenance::now(Some(&session.inventory))?;
    let options = Options {
        include_foreign_text: choice.include_foreign_text,
        ..Options::new(lang)
    };
    save(&session.report, &provenance, &options, choice.format, out)?;
    Ok(())
}

/// Reads a language code; an unknown one is a usage error naming it.
pub fn parse_lang(code: &str) -> Result<Lang, ApiError> {
    Lang::parse(code).ok_or_else(|| {
        ApiError::said(
            ErrorCode::Usage,
            auskunft_words::Message::new("error-unknown-language").arg("code", code),
        )
    })
}
