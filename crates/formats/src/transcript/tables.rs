//! `transcript.table`: transcript tables in CSV, TSV, JSON, HTML and plain text.
//!
//! # Format
//!
//! The 2018 Amazon export held about 1,700 recordings and a list of what was said "in no
//! particular order", in a layout never published (see `formats.md`, "The case that started
//! this project"). [`super::PDF_TABLE`] reads such lists in PDFs; this module reads them in the
//! other containers an export may use, one row per utterance:
//!
//! - CSV or TSV (`,`, `;`, tab, `|`), read by [`crate::tabular`]; rows located as `line N`;
//! - JSON: an array of objects, or an object holding such arrays (the first that is a
//!   transcript table is read); keys are the columns, nested objects are flattened
//!   (`device.name`); rows located as `$[i]` or `$.key[i]`;
//! - HTML: the first `<table>` that is a transcript table, its header the first row (`<th>`
//!   cells, or cells without a date and time); rows located as `row N` (data rows, 1-based;
//!   `table T, row N` past the first table);
//! - plain text: cells separated by `|` (`26.05.2018 20:46:51 | Echo Küche | alexa wie spät
//!   ist es`), by tabs, or by runs of two or more spaces (fixed width: a row that does not split
//!   into as many cells as the header is cut at the header's column starts); rows located as
//!   `line N`. Title lines above the table and rule lines (`-----`) are not rows.
//!
//! A header names the columns in English or German (`Datum`, `Uhrzeit`, `Gerät`, `Äußerung`,
//! `Date`, `Time`, `Device`, `Utterance`, `Transcript`, `timestamp`, `deviceName`, …; see
//! `table::role`), in any order; date and time in one column or two. A table without a
//! header is classified by its content: a column whose values mostly read as a date and time
//! (or a date column and a time column), a column of short values repeated across rows (the
//! device) and a column of longer, varied values (the text).
//!
//! Each row becomes a [`crate::TranscriptLine`]: the time as written (by
//! [`crate::timestamp::parse`]: German, ISO and US layouts with `AM`/`PM`, slashed dates day
//! first when the column says so), the zone only when the value, a zone column or the time
//! column's name states it (`Uhrzeit (MESZ)`), the device name and the text. The join in
//! [`crate::Import::finish`] infers the offset of unzoned times from the recordings. Rows whose
//! text is a placeholder (`Text nicht verfügbar`) are kept; the join marks them.
//!
//! # Detection
//!
//! CSV, text, JSON or HTML content (a `.csv`/`.tsv` name makes text content CSV) whose first
//! 4 KiB hold a table with a time and a text column: by header names whose sampled values agree
//! (a column named like a time must read as date and time in at least half of the rows seen;
//! a column named only `Text` counts next to a device column, one named as what was said —
//! `Äußerung`, `Utterance`, `Transcript`, `Command` — counts alone), or, without a header, by
//! content (at least five rows; a time, a device and a text column, each in 80 % of the rows).
//! The text column must also read as speech: not mostly times or dates (an alarm's `8:00 AM`),
//! numbers or codes; and, when merely named `Text`, not one string on most rows (an app's
//! interface string, "Did Alexa hear you correctly?") and not written in sentences (answers
//! are).
//! Columns of an app's interface (`giveFeedbackAction.mainText`, `title`, `hint`) and answers
//! (`descriptiveText`, `Answer`) are never the text; a device's type, model or family column
//! and a column of type codes or serial numbers (`AB72C64C86AW2`) never name the device.
//! Specific modules come earlier in the registry; this strictness keeps ordinary tables out: an
//! order history (`Order Date`, `Product Name`) has no text column, reviews (`Review Date`,
//! `Review Text`) have no device, a device list has no text, a Meta message thread's `content`
//! is not named as an utterance.
//!
//! # Known variants
//!
//! - A first line that holds data is a row, not a header (headerless exports).
//! - JSON keys in camelCase or with dots; identifier columns (`utteranceId`,
//!   `deviceSerialNumber`) are never taken for the text or the device.
//! - A response column (`Response`, `Antwort`, `Alexa Response`) becomes the record's
//!   `response`, never the text.
//! - Rows whose time cannot be read, rows with the wrong number of cells (text and HTML), and
//!   JSON elements that are not objects are warnings naming the row, and skipped; CSV rows with
//!   too few or too many cells are read as [`crate::tabular`] pads or cuts them, with its note.
//! - No device column: lines without a device. No rows: parsed, with a warning.
//! - Text in any encoding [`crate::text::decode`] knows; a repaired or guessed encoding is a
//!   warning.
//!
//! # Not imported
//!
//! Every column other than time, zone, device, text and response. Tables after the first transcript table of a page or
//! document; JSON arrays nested deeper than one object. An empty JSON array (`[]`) holds no
//! column names and is not recognised.

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{MemberKind, Message};

use super::classify::{classify, lines, Grid};
use super::{delimited, html, json, txt};
use crate::read::{json_failure, member_ref, read_bounded};
use crate::{Candidate, Format, Import, Imported};

/// Warnings about single rows kept per member; the rest are counted in one more.
const MAX_WARNINGS: usize = 100;

/// The transcript-table module for CSV, JSON, HTML and text; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Table;

/// The container a member's table is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    Delimited,
    Json,
    Html,
    Txt,
}

/// The container of a candidate's table, if it is one this module reads.
fn container(candidate: &Candidate<'_>) -> Option<Container> {
    let name = candidate.file_name().to_lowercase();
    match candidate.content {
        Content::Csv => Some(Container::Delimited),
        Content::Json => Some(Container::Json),
        Content::Html => Some(Container::Html),
        Content::Text if name.ends_with(".csv") || name.ends_with(".tsv") => {
            Some(Container::Delimited)
        }
        Content::Text if name.ends_with(".html") || name.ends_with(".htm") => Some(Container::Html),
        Content::Text => Some(Container::Txt),
        _ => None,
    }
}

/// The first 4 KiB as text, without the last line when the head is cut (it may be partial).
fn head_text(head: &[u8]) -> String {
    let (text, _) = crate::text::decode(head);
    if head.len() < 4096 {
        return text;
    }
    match text.rfind('\n') {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

/// The candidate tables of a whole member (`Err`: the reason when it cannot be read).
fn grids(container: Container, bytes: &[u8]) -> Result<Vec<Grid>, Message> {
    Ok(match container {
        Container::Delimited => vec![delimited::grid(bytes)?],
        Container::Json => {
            let document = serde_json::from_slice(bytes).map_err(|e| json_failure(&e))?;
            json::grids(&document)
        }
        Container::Html => html::tables(&crate::text::decode(bytes).0),
        Container::Txt => vec![txt::grid(&crate::text::decode(bytes).0)],
    })
}

impl Format for Table {
    fn name(&self) -> &'static str {
        "transcript.table"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        let Some(container) = container(candidate) else {
            return false;
        };
        let text = head_text(candidate.head);
        let found = match container {
            Container::Delimited => delimited::grid(text.as_bytes()).into_iter().collect(),
            Container::Json => json::head_grids(&text),
            Container::Html => html::tables(&text),
            Container::Txt => vec![txt::grid(&text)],
        };
        found.iter().any(|g| classify(g).is_some())
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        let done = |outcome| Imported {
            kind: MemberKind::Transcript,
            outcome,
        };
        let Some(container) = container(candidate) else {
            return done(Outcome::Failed(Message::new("format-table-not-a-table")));
        };
        let bytes = match read_bounded(content) {
            Ok(b) => b,
            Err(why) => return done(Outcome::Failed(why)),
        };
        let member = member_ref(candidate);
        if container != Container::Delimited {
            // CSV notes its own encoding.
            if let Some(w) = crate::text::decode(&bytes).1.warning() {
                import.warn(&member, w);
            }
        }
        let grids = match grids(container, &bytes) {
            Ok(g) => g,
            Err(why) => return done(Outcome::Failed(why)),
        };
        let Some((grid, columns)) = grids.iter().find_map(|g| classify(g).map(|c| (g, c))) else {
            return done(Outcome::Failed(Message::new("format-table-none")));
        };
        let found = lines(grid, &columns, candidate.input, candidate.path);
        let skipped = found.warnings.len();
        for w in found.warnings.into_iter().take(MAX_WARNINGS) {
            import.warn(&member, w);
        }
        if skipped > MAX_WARNINGS {
            import.warn(
                &member,
                Message::new("format-table-more-warnings").arg("count", skipped - MAX_WARNINGS),
            );
        }
        if found.lines.is_empty() {
            let why = if grid.rows.is_empty() {
                "format-table-no-rows"
            } else {
                "format-table-no-readable-time"
            };
            import.warn(&member, Message::new(why));
        }
        for line in found.lines {
            import.transcript_line(line);
        }
        done(Outcome::Parsed)
    }
}
