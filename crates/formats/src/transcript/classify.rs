//! Which column of a table holds what, and reading its rows as [`TranscriptLine`]s.
//!
//! With a header, the names say it ([`super::table`]'s roles, English and German, plus zone,
//! response and identifier columns), and the sampled values must agree: a column named like a
//! time must read as one in at least half of the rows. Without a header, the content decides:
//! a column that mostly reads as date and time (or a date column and a time column), a column
//! of short values repeated across rows (the device), and a column of longer, varied values
//! (the text). A table is a transcript only with a time and a text (and, without a header, a
//! device too), so ordinary tables (orders, device lists, messages) are left to others. The
//! text column needs evidence that it holds what people said (`values::could_be_words`); interface
//! strings, answers and type codes never become words or device names.

use auskunft_model::{Locator, Message, SourceRef};

use super::table::{role, Role};
use super::values::{could_be_names, could_be_words, is_date, reads_as_speech, stats, Stats, HALF};
use super::Extracted;
use crate::timestamp::{self, DateOrder, Zone};
use crate::TranscriptLine;

/// Rows of a table looked at to classify its columns.
pub(super) const SAMPLE: usize = 200;

/// Share of sampled values that must agree when only the content classifies a column.
const MOSTLY: f64 = 0.8;

/// Rows a headerless table needs before its content is trusted to classify it.
const MIN_HEADERLESS_ROWS: usize = 5;

/// Device names are short: the longest mean length a device column may have, in characters.
const MAX_DEVICE_CHARS: f64 = 40.0;

/// One row as its container gives it: where it is and its cells.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row {
    /// `line 12`, `row 3`, `$[4]`.
    pub locator: Locator,
    /// The cells' text, trimmed.
    pub cells: Vec<String>,
}

/// A table read from its container: the header when it has one, its rows, and warnings about
/// rows the container itself could not read.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Grid {
    /// The header's cells, `None` when the first row already holds data.
    pub header: Option<Vec<String>>,
    /// The rows after the header.
    pub rows: Vec<Row>,
    /// Warnings naming the row, for rows the container could not read.
    pub warnings: Vec<Message>,
}

/// Whether a row holds data rather than column names: one of its cells reads as a date and
/// time (slashed dates either way round), or as a date.
pub(super) fn looks_like_data(cells: &[String]) -> bool {
    cells.iter().any(|c| {
        [DateOrder::MonthFirst, DateOrder::DayFirst]
            .into_iter()
            .any(|order| timestamp::parse(c, order, None).is_some())
            || is_date(c)
    })
}

/// Where a row's time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// One column holds date and time.
    One(usize),
    /// The date and the time are in two columns.
    Pair { date: usize, time: usize },
}

/// What the columns of a transcript table hold.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Columns {
    when: When,
    /// Month or day first, for slashed dates.
    order: DateOrder,
    /// The zone the time column's name states (`Uhrzeit (MESZ)`).
    zone: Option<Zone>,
    /// A column holding each row's zone.
    zone_column: Option<usize>,
    device: Option<usize>,
    text: usize,
    /// Recognised so it is not taken for the text; not imported (see the module docs).
    response: Option<usize>,
    /// Cells a row must have.
    width: usize,
}

/// Words that name a column of what was said to a voice assistant, unlike a plain `Text`
/// (which reviews, messages and notes have too).
const UTTERANCE_WORDS: &[&str] = &[
    "utterance",
    "äußerung",
    "äusserung",
    "transcript",
    "transkript",
    "said",
    "gesagt",
    "spoken",
    "command",
    "befehl",
    "sprach",
    "voice",
];

/// Words of column names that hold an app's interface strings, never speech: the `*Action`
/// objects of the Alexa app's cards (`giveFeedbackAction.mainText` "Did Alexa hear you
/// correctly?"), titles, hints, prompts, labels.
const INTERFACE_WORDS: &[&str] = &[
    "action",
    "actions",
    "button",
    "feedback",
    "hint",
    "prompt",
    "label",
    "caption",
    "title",
    "subtitle",
    "titel",
    "untertitel",
    "route",
    "link",
    "menu",
    "tooltip",
    "placeholder",
];

/// Words of column names that say a device's type, model or family rather than its name.
const TYPE_WORDS: &[&str] = &[
    "type", "typ", "model", "modell", "family", "familie", "kind", "art", "class",
];

/// What a column name says, beyond [`Role`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Date,
    Time,
    DateTime,
    Zone,
    Device,
    Text,
    Response,
    Other,
}

/// The words of a column name, lower-cased, camelCase split (`deviceName` → `device name`).
fn words(name: &str) -> Vec<String> {
    let mut spaced = String::with_capacity(name.len() + 4);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        spaced.extend(c.to_lowercase());
    }
    spaced
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// What a column name says the column holds.
fn kind(name: &str) -> Kind {
    let words = words(name);
    let joined = words.join(" ");
    let any = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if [
        "response",
        "antwort",
        "reply",
        "erwiderung",
        "answer",
        "descriptive",
    ]
    .iter()
    .any(|w| joined.contains(w))
    {
        return Kind::Response;
    }
    // A column of an app's interface (`giveFeedbackAction.mainText`, `title`, `hint`): its
    // strings are the app's, never what was said.
    if any(INTERFACE_WORDS) {
        return Kind::Other;
    }
    if joined.contains("zone") || any(&["tz"]) {
        return Kind::Zone;
    }
    let identifier = any(&[
        "id",
        "ids",
        "uuid",
        "guid",
        "serial",
        "serialnumber",
        "number",
        "nummer",
        "nr",
        "url",
        "uri",
        "key",
        "code",
    ]);
    match role(&joined) {
        Some(Role::Date) => Kind::Date,
        Some(Role::Time) => Kind::Time,
        Some(Role::DateTime) => Kind::DateTime,
        // A device's type, model or family is not its name.
        Some(Role::Device) if !identifier && !any(TYPE_WORDS) => Kind::Device,
        Some(Role::Text) if !identifier => Kind::Text,
        _ => Kind::Other,
    }
}

/// The column values of `rows` that have `width` cells.
fn column<'a>(rows: &[&'a Row], width: usize, i: usize) -> Vec<&'a str> {
    rows.iter()
        .filter(|r| r.cells.len() == width)
        .map(|r| r.cells[i].as_str())
        .collect()
}

/// The columns of `grid`, when it is a transcript table; looks at its first [`SAMPLE`] rows.
pub(super) fn classify(grid: &Grid) -> Option<Columns> {
    let sample: Vec<&Row> = grid.rows.iter().take(SAMPLE).collect();
    match &grid.header {
        Some(header) => by_names(header, &sample),
        None => by_content(&sample),
    }
}

/// The order of slashed dates in the given columns.
fn date_order(rows: &[&Row], width: usize, columns: &[usize]) -> DateOrder {
    DateOrder::sniff(
        columns
            .iter()
            .flat_map(|&i| column(rows, width, i))
            .collect::<Vec<_>>(),
    )
}

/// Classifies by header names, checked against the sampled values.
fn by_names(header: &[String], rows: &[&Row]) -> Option<Columns> {
    let width = header.len();
    let kinds: Vec<Kind> = header.iter().map(|h| kind(h)).collect();
    let of = |k: Kind| -> Vec<usize> { (0..width).filter(|&i| kinds[i] == k).collect() };
    let timeish: Vec<usize> = (0..width)
        .filter(|&i| matches!(kinds[i], Kind::Date | Kind::Time | Kind::DateTime))
        .collect();
    let order = date_order(rows, width, &timeish);
    let has_values = rows.iter().any(|r| r.cells.len() == width);
    let stat: Vec<Stats> = (0..width)
        .map(|i| stats(&column(rows, width, i), order))
        .collect();
    let when = if has_values {
        let best = timeish
            .iter()
            .copied()
            .filter(|&i| stat[i].filled > 0 && stat[i].full >= HALF)
            .max_by(|&a, &b| {
                stat[a]
                    .full
                    .total_cmp(&stat[b].full)
                    .then((kinds[a] == Kind::DateTime).cmp(&(kinds[b] == Kind::DateTime)))
                    .then(b.cmp(&a))
            });
        match best {
            Some(i) => When::One(i),
            None => {
                let date = of(Kind::Date)
                    .into_iter()
                    .find(|&i| stat[i].filled > 0 && stat[i].date >= HALF)?;
                let time = of(Kind::Time)
                    .into_iter()
                    .find(|&i| stat[i].filled > 0 && stat[i].time >= HALF)?;
                When::Pair { date, time }
            }
        }
    } else {
        match (
            of(Kind::DateTime).first(),
            of(Kind::Date).first(),
            of(Kind::Time).first(),
        ) {
            (Some(&i), _, _) => When::One(i),
            (None, Some(&date), Some(&time)) => When::Pair { date, time },
            _ => return None,
        }
    };
    // A column named as what was said (`Utterance`, `transcriptText`) needs values that can be
    // speech; one merely named `Text` (`Review Text`, `mainText`) needs values that read as
    // speech by themselves, and makes a transcript only next to a device.
    let named_as_said = |i: usize| {
        let name = header[i].to_lowercase();
        UTTERANCE_WORDS.iter().any(|w| name.contains(w))
    };
    let text = if has_values {
        of(Kind::Text)
            .into_iter()
            .filter(|&i| {
                if named_as_said(i) {
                    could_be_words(&stat[i])
                } else {
                    reads_as_speech(&stat[i])
                }
            })
            .max_by(|&a, &b| stat[a].words.total_cmp(&stat[b].words).then(b.cmp(&a)))?
    } else {
        *of(Kind::Text).first()?
    };
    let utterance = named_as_said(text);
    // A device's name beats a column merely named `Device`; a column of type codes or serial
    // numbers names no device.
    let device = of(Kind::Device)
        .into_iter()
        .filter(|&i| !has_values || could_be_names(&stat[i]))
        .min_by_key(|&i| {
            let w = words(&header[i]);
            let named = w
                .iter()
                .any(|x| ["name", "bezeichnung"].contains(&x.as_str()));
            (!named, i)
        });
    if device.is_none() && !utterance {
        return None;
    }
    let zone_column = of(Kind::Zone)
        .into_iter()
        .find(|&i| !has_values || stat[i].zone >= HALF);
    let named_zone = |i: usize| timestamp::column_zone(&header[i]).map(|(_, z)| z);
    let zone = match when {
        When::One(i) => named_zone(i),
        When::Pair { date, time } => named_zone(time).or_else(|| named_zone(date)),
    };
    Some(Columns {
        when,
        order,
        zone,
        zone_column,
        device,
        text,
        response: of(Kind::Response).first().copied(),
        width,
    })
}

/// Classifies a headerless table by its content: a time, a device and a text column.
fn by_content(rows: &[&Row]) -> Option<Columns> {
    // The most common number of cells is the table's width.
    let mut counts = std::collections::HashMap::new();
    for r in rows {
        *counts.entry(r.cells.len()).or_insert(0usize) += 1;
    }
    let (&width, &n) = counts
        .iter()
        .max_by_key(|&(&width, &n)| (n, std::cmp::Reverse(width)))?;
    if n < MIN_HEADERLESS_ROWS || width < 3 {
        return None;
    }
    let all: Vec<usize> = (0..width).collect();
    let order = date_order(rows, width, &all);
    let stat: Vec<Stats> = all
        .iter()
        .map(|&i| stats(&column(rows, width, i), order))
        .collect();
    let filled = |i: usize| stat[i].filled as f64 >= HALF * n as f64;
    let when = match (0..width)
        .filter(|&i| filled(i) && stat[i].full >= MOSTLY)
        .max_by(|&a, &b| stat[a].full.total_cmp(&stat[b].full).then(b.cmp(&a)))
    {
        Some(i) => When::One(i),
        None => {
            let date = (0..width).find(|&i| filled(i) && stat[i].date >= MOSTLY)?;
            let time = (0..width).find(|&i| filled(i) && stat[i].time >= MOSTLY)?;
            When::Pair { date, time }
        }
    };
    let used = |i: usize| match when {
        When::One(t) => i == t,
        When::Pair { date, time } => i == date || i == time,
    };
    let zone_column = (0..width).find(|&i| !used(i) && filled(i) && stat[i].zone >= MOSTLY);
    let free: Vec<usize> = (0..width)
        .filter(|&i| !used(i) && Some(i) != zone_column && filled(i) && stat[i].numeric < HALF)
        .collect();
    // What was said varies from row to row; of two such columns, the one not written in
    // sentences (answers are) is the speech.
    let text = free
        .iter()
        .copied()
        .filter(|&i| stat[i].distinct > HALF && stat[i].top <= HALF && could_be_words(&stat[i]))
        .max_by(|&a, &b| {
            (stat[b].sentences >= HALF)
                .cmp(&(stat[a].sentences >= HALF))
                .then(
                    (stat[a].distinct * stat[a].chars)
                        .total_cmp(&(stat[b].distinct * stat[b].chars)),
                )
                .then(b.cmp(&a))
        })?;
    let device = free
        .iter()
        .copied()
        .filter(|&i| {
            i != text
                && stat[i].distinct <= HALF
                && stat[i].chars <= MAX_DEVICE_CHARS
                && could_be_names(&stat[i])
        })
        .min_by(|&a, &b| {
            stat[a]
                .distinct
                .total_cmp(&stat[b].distinct)
                .then(a.cmp(&b))
        })?;
    let response = free
        .iter()
        .copied()
        .find(|&i| i != text && i != device && stat[i].distinct > HALF);
    Some(Columns {
        when,
        order,
        zone: None,
        zone_column,
        device: Some(device),
        text,
        response,
        width,
    })
}

/// The rows of `grid` as transcript lines, in `columns`' reading; rows without a readable time
/// and rows with the wrong number of cells are warnings. `input` and `path` locate the lines.
pub(super) fn lines(grid: &Grid, columns: &Columns, input: usize, path: &str) -> Extracted {
    let mut out = Extracted {
        lines: Vec::with_capacity(grid.rows.len()),
        warnings: grid.warnings.clone(),
    };
    let header = if grid.header.is_some() { "yes" } else { "no" };
    for row in &grid.rows {
        let here = &row.locator;
        if row.cells.len() != columns.width {
            out.warnings.push(
                Message::new("format-row-cells-skipped")
                    .arg("at", here)
                    .arg("cells", row.cells.len())
                    .arg("header", header)
                    .arg("width", columns.width),
            );
            continue;
        }
        let cell = |i: usize| row.cells[i].trim();
        let written = match columns.when {
            When::One(i) => cell(i).to_string(),
            When::Pair { date, time } => format!("{} {}", cell(date), cell(time)),
        };
        let row_zone = columns
            .zone_column
            .and_then(|i| Zone::named(cell(i)))
            .or_else(|| columns.zone.clone());
        let Some(at) = timestamp::parse(&written, columns.order, row_zone.as_ref()) else {
            let why = if written.trim().is_empty() {
                Message::new("format-row-no-time")
            } else {
                Message::new("format-row-unreadable-time").arg("value", written.trim())
            };
            out.warnings.push(why.arg("at", here));
            continue;
        };
        out.lines.push(TranscriptLine {
            written: at.local,
            offset: at.zone.map(|z| z.offset),
            device: columns
                .device
                .map(|i| cell(i).to_string())
                .filter(|d| !d.is_empty()),
            text: cell(columns.text).to_string(),
            response: columns
                .response
                .map(|i| cell(i).to_string())
                .filter(|r| !r.is_empty()),
            source: SourceRef {
                input,
                path: path.to_string(),
                locator: here.to_string(),
            },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(header: Option<&[&str]>, rows: &[&[&str]]) -> Grid {
        Grid {
            header: header.map(|h| h.iter().map(|c| c.to_string()).collect()),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, cells)| Row {
                    locator: Locator::row(i + 1),
                    cells: cells.iter().map(|c| c.to_string()).collect(),
                })
                .collect(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn names_in_english_german_and_camel_case() {
        assert_eq!(kind("Uhrzeit (MESZ)"), Kind::Time);
        assert_eq!(kind("Datum"), Kind::Date);
        assert_eq!(kind("Gerät"), Kind::Device);
        assert_eq!(kind("Äußerung"), Kind::Text);
        assert_eq!(kind("deviceName"), Kind::Device);
        assert_eq!(kind("creationTimestamp"), Kind::DateTime);
        assert_eq!(kind("utteranceId"), Kind::Other);
        assert_eq!(kind("deviceSerialNumber"), Kind::Other);
        assert_eq!(kind("Alexa Response"), Kind::Response);
        assert_eq!(kind("Antwort (Text)"), Kind::Response);
        assert_eq!(kind("Zeitzone"), Kind::Zone);
        assert_eq!(kind("Product Name"), Kind::Other);
    }

    #[test]
    fn header_names_must_agree_with_the_values() {
        let header: &[&str] = &["Date", "Text"];
        // A date column without times is not a time.
        let dates = grid(
            Some(header),
            &[&["2018-05-26", "hello"], &["2018-05-27", "bye"]],
        );
        assert_eq!(classify(&dates), None);
        let times = grid(
            Some(header),
            &[&["2018-05-26 20:46", "hello"], &["2018-05-27 08:00", "bye"]],
        );
        // Time and a plain `Text` (a review, a note) is no transcript without a device…
        assert_eq!(classify(&times), None);
        let header: &[&str] = &["Date", "Transcript"];
        let times = grid(
            Some(header),
            &[&["2018-05-26 20:46", "hello"], &["2018-05-27 08:00", "bye"]],
        );
        // … but one named as what was said is.
        let c = classify(&times).expect("a transcript");
        assert_eq!((c.when, c.text, c.device), (When::One(0), 1, None));
    }

    #[test]
    fn a_column_named_as_speech_may_repeat_but_a_plain_text_column_may_not() {
        let rows: &[&[&str]] = &[
            &["2018-05-26 20:46", "Echo", "alexa stop"],
            &["2018-05-26 20:47", "Echo", "alexa stop"],
            &["2018-05-26 20:48", "Echo", "alexa stop"],
            &["2018-05-26 20:49", "Echo", "alexa wie spät ist es"],
        ];
        // A household that mostly says "stop" is still a transcript…
        let said = grid(Some(&["Time", "Device", "Utterance"]), rows);
        assert_eq!(classify(&said).map(|c| c.text), Some(2));
        // … but the same string on most rows of a mere `Text` is an app's interface.
        let text = grid(Some(&["Time", "Device", "Text"]), rows);
        assert_eq!(classify(&text), None);
    }

    #[test]
    fn content_tells_device_from_text_without_a_header() {
        let rows: &[&[&str]] = &[
            &["26.05.2018 20:46:51", "Echo Küche", "alexa wie spät ist es"],
            &["26.05.2018 20:47:10", "Echo Küche", "alexa stopp"],
            &["25.05.2018 07:12:03", "Echo Bad", "wie wird das wetter"],
            &["27.05.2018 18:00:00", "Echo Bad", "spiel musik"],
            &["24.05.2018 09:30:00", "Echo Küche", "stell einen wecker"],
        ];
        let c = classify(&grid(None, rows)).expect("a transcript");
        assert_eq!((c.when, c.device, c.text), (When::One(0), Some(1), 2));
        // British dates, day first: the column's order is sniffed.
        let uk: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                let (d, t) = r[0].split_once(' ').unwrap_or_default();
                let d = d.replace('.', "/");
                vec![d, t.to_string(), r[1].to_string(), r[2].to_string()]
            })
            .collect();
        let uk_rows: Vec<Vec<&str>> = uk
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        let uk_refs: Vec<&[&str]> = uk_rows.iter().map(Vec::as_slice).collect();
        let g = grid(None, &uk_refs);
        let c = classify(&g).expect("a transcript");
        assert_eq!(c.when, When::Pair { date: 0, time: 1 });
        assert_eq!(c.order, DateOrder::DayFirst);
        let found = lines(&g, &c, 0, "x.txt");
        assert_eq!(found.lines[0].written.to_string(), "2018-05-26 20:46:51");
        // Too few rows to trust the content.
        assert_eq!(classify(&grid(None, &rows[..4])), None);
    }
}
