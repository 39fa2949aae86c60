//! `transcript.pdf_table`: transcript tables in PDF documents (the 2018 Amazon case).
//!
//! The same tables in CSV, JSON, HTML and text are `transcript.table` ([`TABLE`], see
//! [`Table`]'s module, `tables.rs`); both share the header roles of `table.rs`.
//!
//! # Format
//!
//! A table of recognised utterances, one row per utterance, with columns for the date, the time
//! (or both in one column), the device and the text, in no particular order of rows (see
//! `formats.md`, "The case that started this project" and "What a robust importer must do").
//! Plain text extraction runs a row's columns together, so a device name cannot be told from
//! the utterance by text alone: this module collects every glyph with its position through
//! pdf-extract's output-device API, groups glyphs into lines by baseline, finds the header row
//! and cuts each line at the header cells' left edges. Each data row becomes a
//! [`TranscriptLine`] located as `page P, row R` (1-based; data rows only, as the page shows
//! them); [`Import::finish`] joins lines to recordings by time.
//!
//! Times are taken as written (`DD.MM.YYYY`, `YYYY-MM-DD`, `MM/DD/YYYY`; `HH:MM:SS`, `HH:MM`;
//! ISO 8601 in one column). A zone is kept only when written, in the cell or in the header
//! (`Uhrzeit (MESZ)`): `UTC`/`GMT`/`Z`, `MEZ`/`CET`, `MESZ`/`CEST`, `+02:00`.
//!
//! # Detection
//!
//! PDF content, unless the file name marks an Amazon helper file (`*.Description.pdf`,
//! `* description.pdf`): those describe a dataset and hold no transcript. Whether a PDF holds a
//! table is only known after reading it; one without is skipped as a document.
//!
//! # Known variants
//!
//! - German (`Datum | Uhrzeit | Gerät | Äußerung`) and English (`Date | Time | Device |
//!   Utterance/Text`) headers, columns in any order, date and time in one column or two.
//! - The header repeated on every page; a page without one continues the previous page's table;
//!   lines above a header (titles) are not rows.
//! - Rows whose time cannot be read (footers, wrapped text) are warnings, skipped, but counted
//!   in the row numbers.
//! - Damaged PDFs: pdf-extract returns an error or, for some, panics; both are a failed import.
//! - PDFs that take pdf-extract too long (20 s plus 2 s per MiB; it runs on a worker thread):
//!   a failed import, "reading it took longer than N s; given up", and the audit goes on.
//!
//! # Not imported
//!
//! Columns other than date, time, device and text; page titles, footers and metadata; text
//! drawn as images (scanned PDFs). Encrypted PDFs fail.

mod classify;
mod delimited;
mod glyphs;
mod html;
mod json;
mod table;
mod tables;
mod txt;
mod values;

use std::io::Read;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Locator, MemberKind, Message, SourceRef};

use crate::read::{member_ref, read_bounded};
use crate::{Candidate, Format, Import, Imported, TranscriptLine};
use table::Role;
pub use tables::Table;

/// `transcript.pdf_table`: utterance tables in PDFs.
pub static PDF_TABLE: PdfTable = PdfTable;

/// `transcript.table`: utterance tables in CSV, JSON, HTML and text (see [`Table`]).
pub static TABLE: Table = Table;

/// The most of a PDF this module reads.
const MAX_PDF_BYTES: usize = 64 * 1024 * 1024;

/// Time a PDF may take to read: a base plus a share per MiB (see [`budget`]). pdf-extract runs
/// on a worker thread; a PDF that is not read within its budget is `failed` with a reason and
/// the audit goes on without waiting for it.
const BUDGET_BASE: Duration = Duration::from_secs(20);
/// See [`BUDGET_BASE`].
const BUDGET_PER_MIB: Duration = Duration::from_secs(2);

/// The time budget of a PDF of `len` bytes.
fn budget(len: usize) -> Duration {
    BUDGET_BASE + BUDGET_PER_MIB * u32::try_from(len >> 20).unwrap_or(u32::MAX / 4)
}

/// [`extract`] on a worker thread, waiting at most `budget`. A worker that overruns is left to
/// finish on its own (a thread cannot be killed safely); it holds only its copy of the bytes and
/// sends its result into a channel nobody reads any more. Its panics are caught inside
/// [`extract`] already; should one escape, the closed channel reports it.
pub fn extract_within(
    bytes: Vec<u8>,
    input: usize,
    path: &str,
    budget: Duration,
) -> Result<Option<Extracted>, Message> {
    let (tx, rx) = mpsc::channel();
    let owned_path = path.to_string();
    let spawned = std::thread::Builder::new()
        .name("pdf-extract".into())
        .spawn(move || {
            let _ = tx.send(extract(&bytes, input, &owned_path));
        });
    if let Err(e) = spawned {
        return Err(Message::new("format-pdf-not-started").arg("detail", Message::io(&e)));
    }
    match rx.recv_timeout(budget) {
        Ok(result) => result,
        Err(RecvTimeoutError::Timeout) => {
            Err(Message::new("format-pdf-too-slow").arg("seconds", budget.as_secs()))
        }
        Err(RecvTimeoutError::Disconnected) => Err(Message::new("format-pdf-lost")),
    }
}

/// The PDF transcript-table module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct PdfTable;

/// What a PDF holds: its transcript lines and the rows that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// One line per readable data row, in document order.
    pub lines: Vec<TranscriptLine>,
    /// `page P, row R: why`, one per data row skipped.
    pub warnings: Vec<Message>,
}

/// Whether a file name marks an Amazon helper file describing a dataset.
fn is_description(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".description.pdf") || lower.ends_with(" description.pdf")
}

/// The text of the first column with `role` in `row`, or `""`.
fn cell<'a>(columns: &[table::Column], row: &'a table::Row, role: Role) -> &'a str {
    columns
        .iter()
        .position(|c| c.role == role)
        .and_then(|i| row.cells.get(i))
        .map_or("", String::as_str)
}

/// Reads the transcript table of a PDF. `Err` (the reason for a failed outcome) when the PDF
/// cannot be read, `Ok(None)` when it holds no table; `input` and `path` go into each line's
/// [`SourceRef`].
pub fn extract(bytes: &[u8], input: usize, path: &str) -> Result<Option<Extracted>, Message> {
    let pages = glyphs::pages(bytes)?;
    let Some((columns, rows)) = table::rows(&pages) else {
        return Ok(None);
    };
    let header_zone = columns
        .iter()
        .filter(|c| matches!(c.role, Role::Time | Role::DateTime | Role::Date))
        .find_map(|c| c.zone);
    let mut out = Extracted {
        lines: Vec::new(),
        warnings: Vec::new(),
    };
    for row in &rows {
        let at = Locator::PageRow {
            page: row.page as usize,
            row: row.row,
        };
        let date = cell(&columns, row, Role::Date);
        let time = match cell(&columns, row, Role::DateTime) {
            "" => cell(&columns, row, Role::Time),
            both => both,
        };
        let Some((written, zone)) = table::when(date, time) else {
            let shown = row.cells.join(" | ");
            let why = if date.is_empty() && time.is_empty() {
                Message::new("format-pdf-row-no-time")
            } else {
                let written = format!("{date} {time}");
                Message::new("format-pdf-row-unreadable-time").arg("value", written.trim())
            };
            out.warnings
                .push(why.arg("at", &at).arg("chars", shown.chars().count()));
            continue;
        };
        let device = Some(cell(&columns, row, Role::Device).to_string()).filter(|d| !d.is_empty());
        out.lines.push(TranscriptLine {
            written,
            offset: zone.or(header_zone),
            device,
            text: cell(&columns, row, Role::Text).to_string(),
            response: None,
            source: SourceRef {
                input,
                path: path.to_string(),
                locator: at.to_string(),
            },
        });
    }
    Ok(Some(out))
}

impl Format for PdfTable {
    fn name(&self) -> &'static str {
        "transcript.pdf_table"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        candidate.content == Content::Pdf && !is_description(candidate.file_name())
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        let done = |kind, outcome| Imported { kind, outcome };
        let mut limited = content.take(MAX_PDF_BYTES as u64 + 1);
        let bytes = match read_bounded(&mut limited) {
            Ok(b) if b.len() > MAX_PDF_BYTES => {
                let why = crate::read::too_large(MAX_PDF_BYTES as u64);
                return done(MemberKind::Transcript, Outcome::Failed(why));
            }
            Ok(b) => b,
            Err(why) => return done(MemberKind::Transcript, Outcome::Failed(why)),
        };
        let budget = budget(bytes.len());
        match extract_within(bytes, candidate.input, candidate.path, budget) {
            Err(why) => done(MemberKind::Transcript, Outcome::Failed(why)),
            Ok(None) => done(
                MemberKind::Document,
                Outcome::Skipped(Message::new("format-pdf-no-table")),
            ),
            Ok(Some(found)) => {
                let member = member_ref(candidate);
                for w in found.warnings {
                    import.warn(&member, w);
                }
                for line in found.lines {
                    import.transcript_line(line);
                }
                done(MemberKind::Transcript, Outcome::Parsed)
            }
        }
    }
}
