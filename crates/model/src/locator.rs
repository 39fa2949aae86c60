//! Where inside a member something was read: a row, a line, a JSON path.
//!
//! A position is written two ways. As text ([`Locator`]'s `Display`, e.g. `line 4`,
//! `page 3, row 12`, `$.accounts[3]`) it is [`SourceRef::locator`](crate::SourceRef): part of a
//! record's identity (the user's marks are kept under it, `review.json`), so that text never
//! changes, whatever the reader's language. For people it is a catalogue message
//! ([`Locator::words`], `locators.ftl`): "line 4" in English, "Zeile 4" in German, nested in a
//! warning ("line 4: no name or serial; skipped") or in where a device list names a device.
//! [`Locator::parse`] reads the text back, so a stored locator can be said in any language.

use std::fmt;

use crate::Message;

/// A position inside a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Locator {
    /// A JSON path (`$.customerHistoryRecords[17]`, `$[4]`): code, the same in every language.
    Json(String),
    /// A line of a text file, from 1 (`line 4`).
    Line(usize),
    /// Several lines that make one record (`lines 3, 4, 5`).
    Lines(Vec<usize>),
    /// A row of a table, from 1; `table` is given from the second table of a page on
    /// (`row 2`, `table 2, row 3`).
    Row {
        /// The table's number, from 1, when the file holds more than one.
        table: Option<usize>,
        /// The row's number, from 1.
        row: usize,
    },
    /// A row of a table on a page of a PDF (`page 3, row 12`).
    PageRow {
        /// The page's number, from 1.
        page: usize,
        /// The row's number on that page, from 1.
        row: usize,
    },
    /// An activity of a Google My Activity page and the line it starts on
    /// (`activity 3, line 120`).
    Activity {
        /// The activity's number, from 1.
        activity: usize,
        /// The line of the file it starts on.
        line: usize,
    },
    /// A recording no record named: it is its own source (`the recording itself`).
    Recording,
    /// Text of another shape (a locator written by an older version): shown as it is.
    Other(String),
}

const RECORDING: &str = "the recording itself";

impl Locator {
    /// A JSON path.
    pub fn json(path: impl Into<String>) -> Locator {
        Locator::Json(path.into())
    }

    /// A row of the only (or first) table.
    pub fn row(row: usize) -> Locator {
        Locator::Row { table: None, row }
    }

    /// Reads a locator's text (the inverse of `Display`); text of no known shape is
    /// [`Locator::Other`].
    pub fn parse(text: &str) -> Locator {
        let number = |s: &str| -> Option<usize> {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let pair = |s: &str, first: &str, second: &str| -> Option<(usize, usize)> {
            let (a, b) = s.split_once(", ")?;
            Some((
                number(a.strip_prefix(first)?.strip_prefix(' ')?)?,
                number(b.strip_prefix(second)?.strip_prefix(' ')?)?,
            ))
        };
        let parsed = if text.starts_with('$') {
            Some(Locator::Json(text.to_owned()))
        } else if text == RECORDING {
            Some(Locator::Recording)
        } else if let Some(n) = text.strip_prefix("line ").and_then(number) {
            Some(Locator::Line(n))
        } else if let Some(list) = text.strip_prefix("lines ") {
            list.split(", ")
                .map(number)
                .collect::<Option<Vec<usize>>>()
                .filter(|l| l.len() > 1)
                .map(Locator::Lines)
        } else if let Some(n) = text.strip_prefix("row ").and_then(number) {
            Some(Locator::row(n))
        } else if let Some((table, row)) = pair(text, "table", "row") {
            Some(Locator::Row {
                table: Some(table),
                row,
            })
        } else if let Some((page, row)) = pair(text, "page", "row") {
            Some(Locator::PageRow { page, row })
        } else if let Some((activity, line)) = pair(text, "activity", "line") {
            Some(Locator::Activity { activity, line })
        } else {
            None
        };
        parsed.unwrap_or_else(|| Locator::Other(text.to_owned()))
    }

    /// The position as people read it, in any language (`locators.ftl`). Numbers are passed as
    /// numbers, so the catalogue writes them the language's way.
    pub fn words(&self) -> Message {
        match self {
            Locator::Json(path) => Message::new("locator-json").arg("path", path.as_str()),
            Locator::Line(line) => Message::new("locator-line").arg("line", *line),
            Locator::Lines(lines) => Message::new("locator-lines").arg(
                "lines",
                lines
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            Locator::Row { table: None, row } => Message::new("locator-row").arg("row", *row),
            Locator::Row {
                table: Some(table),
                row,
            } => Message::new("locator-table-row")
                .arg("table", *table)
                .arg("row", *row),
            Locator::PageRow { page, row } => Message::new("locator-page-row")
                .arg("page", *page)
                .arg("row", *row),
            Locator::Activity { activity, line } => Message::new("locator-activity")
                .arg("activity", *activity)
                .arg("line", *line),
            Locator::Recording => Message::new("locator-recording"),
            Locator::Other(text) => Message::text(text.as_str()),
        }
    }
}

impl fmt::Display for Locator {
    /// The locator's text as [`SourceRef::locator`](crate::SourceRef) keeps it (English, stable).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Locator::Json(path) => f.write_str(path),
            Locator::Line(line) => write!(f, "line {line}"),
            Locator::Lines(lines) => {
                f.write_str("lines ")?;
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{line}")?;
                }
                Ok(())
            }
            Locator::Row { table: None, row } => write!(f, "row {row}"),
            Locator::Row {
                table: Some(table),
                row,
            } => write!(f, "table {table}, row {row}"),
            Locator::PageRow { page, row } => write!(f, "page {page}, row {row}"),
            Locator::Activity { activity, line } => write!(f, "activity {activity}, line {line}"),
            Locator::Recording => f.write_str(RECORDING),
            Locator::Other(text) => f.write_str(text),
        }
    }
}

impl From<Locator> for crate::Arg {
    /// A locator inside a sentence: its words, rendered in the sentence's language.
    fn from(at: Locator) -> crate::Arg {
        at.words().into()
    }
}

impl From<&Locator> for crate::Arg {
    fn from(at: &Locator) -> crate::Arg {
        at.words().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn every_shape() -> Vec<Locator> {
        vec![
            Locator::json("$.customerHistoryRecords[17]"),
            Locator::json("$[4]"),
            Locator::json("$.messages[2].audio_files[1]"),
            Locator::Line(4),
            Locator::Lines(vec![3, 4, 5]),
            Locator::row(2),
            Locator::Row {
                table: Some(2),
                row: 3,
            },
            Locator::PageRow { page: 3, row: 12 },
            Locator::Activity {
                activity: 3,
                line: 120,
            },
            Locator::Recording,
        ]
    }

    #[test]
    fn the_text_reads_back_as_the_same_locator() {
        for at in every_shape() {
            assert_eq!(Locator::parse(&at.to_string()), at, "{at}");
        }
    }

    #[test]
    fn the_text_is_what_reports_and_marks_have_always_kept() {
        let texts: Vec<String> = every_shape().iter().map(ToString::to_string).collect();
        assert_eq!(
            texts,
            [
                "$.customerHistoryRecords[17]",
                "$[4]",
                "$.messages[2].audio_files[1]",
                "line 4",
                "lines 3, 4, 5",
                "row 2",
                "table 2, row 3",
                "page 3, row 12",
                "activity 3, line 120",
                "the recording itself",
            ]
        );
    }

    #[test]
    fn text_of_no_known_shape_is_kept_as_it_is() {
        for text in [
            "",
            "line",
            "line four",
            "lines 3",
            "row 2a",
            "page 3 row 12",
            "Zeile 4",
        ] {
            assert_eq!(
                Locator::parse(text),
                Locator::Other(text.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn every_shape_has_words_in_both_languages() {
        for at in every_shape() {
            let words = at.words();
            assert_ne!(words.id, "verbatim", "{at}");
            for lang in Lang::ALL {
                assert!(auskunft_words::has(lang, &words.id), "{lang}: {}", words.id);
            }
            // Below 1,000 (the catalogue groups digits: "line 1,234"), English reads as the text.
            assert_eq!(words.en(), at.to_string());
        }
        let de = |at: Locator| at.words().render(Lang::De);
        assert_eq!(de(Locator::Line(1234)), "Zeile 1.234");
        assert_eq!(
            de(Locator::PageRow { page: 3, row: 12 }),
            "Seite 3, Zeile 12"
        );
        assert_eq!(de(Locator::Lines(vec![3, 4])), "Zeilen 3, 4");
        assert_eq!(de(Locator::Recording), "die Aufnahme selbst");
        assert_eq!(de(Locator::json("$.accounts[3]")), "$.accounts[3]");
    }
}
