//! The human report of an audited export: what a person reads, prints or sends.
//!
//! One [`document::Document`] is built from the audit ([`auskunft_model::Report`]) and written
//! two ways: a self-contained HTML file ([`html`]: styles and charts inline, nothing loaded from
//! anywhere) and a PDF typeset by an embedded typst ([`pdf`], [`typeset`]: no browser, no
//! network, fonts bundled). It holds the verdict; how the export was checked (tool and format
//! modules, the inventory's SHA-256, the time, every archive's SHA-256); the devices with their
//! fit and reasons; charts ([`charts`], plotters' SVG backend): the fit breakdown, recordings per
//! device over time as lanes and an hour-of-day × weekday heatmap per device; the flags with
//! counts; and what could not be read, and why.
//!
//! The stranger's content stays out: records judged not the user's are counted, dated, placed
//! on their devices and hashed, but their words appear only with
//! [`Options::include_foreign_text`], behind a plain warning — and their audio never.
//!
//! Every sentence comes from the catalogue of words (`crates/words/ftl/*/report.ftl`); numbers
//! and dates are written as the reader's language writes them ([`dates`]).
//!
//! Non-goals: auditing (the caller passes the report), the evidence manifest, letters.
#![deny(missing_docs)]

pub mod charts;
mod command;
pub mod dates;
pub mod document;
pub mod html;
pub mod pdf;
pub mod typeset;

pub use command::{parse_lang, save_session_report, ReportChoice};

use std::path::{Path, PathBuf};

use auskunft_model::Report;
use auskunft_words::Lang;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// Which file to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export, rename = "ReportFormat")]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// One self-contained HTML file.
    Html,
    /// A PDF.
    Pdf,
}

impl Format {
    /// The file extension (`html`, `pdf`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }

    /// Reads `html` or `pdf`.
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "html" | "htm" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// How the report is written.
#[derive(Debug, Clone)]
pub struct Options {
    /// The reader's language.
    pub lang: Lang,
    /// Whether excerpts of the stranger's transcripts go in (the reader asked, and was warned).
    pub include_foreign_text: bool,
    /// The font family named in the charts' text.
    pub chart_font: &'static str,
}

impl Options {
    /// The report in `lang`, without the stranger's words.
    pub fn new(lang: Lang) -> Options {
        Options {
            lang,
            include_foreign_text: false,
            chart_font: "sans-serif",
        }
    }
}

/// The inventory file an audit was judged against, by name and content.
#[derive(Debug, Clone, PartialEq)]
pub struct InventoryDigest {
    /// Its path.
    pub path: String,
    /// SHA-256 of its bytes.
    pub sha256: String,
}

/// How and when the export was checked, beyond what the audit report says itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    /// When the report was made.
    pub checked_at: DateTime<Utc>,
    /// The inventory judged against, when there was one.
    pub inventory: Option<InventoryDigest>,
}

impl Provenance {
    /// Provenance for a report made now against the inventory at `inventory`; a path with no
    /// file behind it means no inventory (the audit judged on the export's evidence alone).
    pub fn now(inventory: Option<&Path>) -> Result<Provenance, ReportError> {
        let inventory = match inventory {
            Some(path) if path.is_file() => {
                let bytes = std::fs::read(path).map_err(|e| ReportError::Read {
                    path: path.to_path_buf(),
                    detail: auskunft_words::Message::io(&e),
                })?;
                Some(InventoryDigest {
                    path: path.display().to_string(),
                    sha256: hex(&Sha256::digest(&bytes)),
                })
            }
            _ => None,
        };
        Ok(Provenance {
            checked_at: Utc::now(),
            inventory,
        })
    }
}

/// What went wrong while writing a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A file needed could not be read.
    #[error("{} cannot be read: {detail}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        detail: auskunft_words::Message,
    },
    /// The report could not be saved.
    #[error("{} cannot be written: {detail}", path.display())]
    Write {
        /// Where it was to go.
        path: PathBuf,
        /// What the system said.
        detail: auskunft_words::Message,
    },
    /// The typesetter failed.
    #[error(transparent)]
    Typeset(#[from] typeset::TypesetError),
}

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The report's bytes in `format`.
pub fn render(
    report: &Report,
    provenance: &Provenance,
    options: &Options,
    format: Format,
) -> Result<Vec<u8>, ReportError> {
    let doc = document::build(report, provenance, options);
    Ok(match format {
        Format::Html => html::render(&doc).into_bytes(),
        Format::Pdf => pdf::render(&doc, provenance.checked_at.date_naive())?,
    })
}

/// Writes the report to `out` (atomically: the old file or the whole new one); never next to
/// the archives unless the user chose that place.
pub fn save(
    report: &Report,
    provenance: &Provenance,
    options: &Options,
    format: Format,
    out: &Path,
) -> Result<(), ReportError> {
    let bytes = render(report, provenance, options, format)?;
    auskunft_store::write_atomically(out, &bytes).map_err(|e| ReportError::Write {
        path: out.to_path_buf(),
        detail: auskunft_words::Message::io(&e),
    })
}

/// The file name the save dialog suggests: `auskunft-report-<export id prefix>.<ext>`.
pub fn suggested_name(report: &Report, format: Format) -> String {
    let id: String = report.export_id.chars().take(8).collect();
    format!("auskunft-report-{id}.{}", format.extension())
}
