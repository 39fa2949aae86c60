//! Reading CSV tables the way exports write them, for every CSV-reading format module.
//!
//! Exports are inconsistent CSV: any encoding [`crate::text::decode`] knows, a delimiter of
//! `,`, `;` (German spreadsheets), tab or `|`, quoted cells with line breaks inside, `N/A` or `-`
//! for nothing, a first data row that documents the columns instead of holding data (Amazon),
//! a trailing `File Summary:` block (Amazon), and rows with too few or too many cells. [`read_csv`]
//! deals with all of that once and hands a module a [`Table`]: named [`Column`]s (with the zone
//! a column name states, `Timestamp (UTC)`), [`Row`]s of trimmed cells with their 1-based line
//! numbers, and [`Table::notes`]: catalogue messages about what was repaired or skipped, meant
//! to become the member's warnings (`for n in &table.notes { import.warn(&member, n.clone()) }`).
//!
//! How a module uses it:
//!
//! ```
//! use auskunft_formats::tabular::{header_line, read_csv};
//!
//! // In `recognize`: the header of the 4 KiB head, cheaply.
//! let head = b"Timestamp (UTC);Device Name;Transcript\n05/26/2019 20:46;Echo;hi\n";
//! let header = header_line(head).unwrap();
//! assert_eq!(header, ["Timestamp (UTC)", "Device Name", "Transcript"]);
//!
//! // In `import`: the whole member.
//! let table = read_csv(head).unwrap();
//! let device = table.column(&["deviceName", "Gerät"]).unwrap();
//! let when = table.column(&["timestamp"]).unwrap();
//! assert_eq!(table.columns[when].zone.as_ref().unwrap().text, "UTC");
//! for row in &table.rows {
//!     assert_eq!((row.line, row.get(device)), (2, Some("Echo")));
//! }
//! ```
//!
//! Non-goals: streaming (a member is read whole, bounded by the caller, see `read.rs`), typing
//! cells (dates are [`crate::timestamp`]'s business), guessing a header when the first line
//! is data.

use auskunft_model::{Locator, Message};

use crate::read::read_bounded;
use crate::text::{decode, Encoding};
use crate::timestamp::{column_zone, Zone};
use crate::Imported;

/// A column: its name as the header writes it, and the zone the name states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header cell, trimmed.
    pub name: String,
    /// The zone the name states (`Timestamp (GMT)`, `creationTimeInUTC`), see
    /// [`crate::timestamp::column_zone`].
    pub zone: Option<Zone>,
}

/// A data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line of the text the row starts on (the header is line 1 in most files).
    pub line: usize,
    /// One cell per column, trimmed; `None` for empty, `N/A`, `n/a` and `-`. A row with fewer
    /// cells than columns is padded with `None`; extra cells are dropped (both are noted).
    pub cells: Vec<Option<String>>,
    /// How many cells the row really had.
    pub width: usize,
}

impl Row {
    /// The cell in column `col`, if it holds a value.
    pub fn get(&self, col: usize) -> Option<&str> {
        self.cells.get(col)?.as_deref()
    }

    /// The cell in column `col` if there is such a column and it holds a value.
    pub fn get_opt(&self, col: Option<usize>) -> Option<&str> {
        self.get(col?)
    }
}

/// A CSV table as [`read_csv`] read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns, from the header row.
    pub columns: Vec<Column>,
    /// The data rows, without a documentation row, blank rows and the `File Summary:` block.
    pub rows: Vec<Row>,
    /// What was repaired or skipped (encoding, documentation row, ragged rows, unreadable
    /// rows), each naming its line, as catalogue messages; meant to become the member's warnings.
    pub notes: Vec<Message>,
    /// The delimiter found in the header line.
    pub delimiter: u8,
    /// The text encoding found.
    pub encoding: Encoding,
    /// The line a `File Summary:` block started on, when there was one.
    pub summary_line: Option<usize>,
}

impl Table {
    /// The first column matching one of `names`, tried in order. Names compare
    /// case-insensitively, ignoring spaces, underscores, hyphens, dots and a zone the column
    /// name states: `["deviceName"]` finds `Device Name`, `device_name` and `DEVICE-NAME`;
    /// `["timestamp"]` finds `Timestamp (UTC)` and `timestampInUTC`.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        find_column(self.columns.iter().map(|c| c.name.as_str()), names)
    }

    /// The values of column `col`, in row order (for sniffing, e.g.
    /// [`crate::timestamp::DateOrder::sniff`]).
    pub fn values(&self, col: usize) -> impl Iterator<Item = &str> {
        self.rows.iter().filter_map(move |r| r.get(col))
    }
}

/// The first of `header`'s names (e.g. from [`header_line`]) matching one of `names`, compared
/// as [`Table::column`] does; for `recognize`.
pub fn find_column<'a>(header: impl IntoIterator<Item = &'a str>, names: &[&str]) -> Option<usize> {
    let keys: Vec<String> = header.into_iter().map(column_key).collect();
    names.iter().find_map(|name| {
        let want = normalize(name);
        keys.iter().position(|k| *k == want)
    })
}

/// Lower case, without spaces, underscores, hyphens and dots.
fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.' | '\u{a0}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A column name as [`Table::column`] compares it: without a stated zone, normalised.
fn column_key(name: &str) -> String {
    match column_zone(name) {
        Some((base, _)) => normalize(&base),
        None => normalize(name),
    }
}

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The delimiter of a header line: the candidate occurring most often outside quotes (`,` on a
/// tie or when none occurs).
fn sniff_delimiter(line: &str) -> u8 {
    let mut counts = [0usize; 4];
    let mut quoted = false;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = DELIMITERS.iter().position(|&d| d == b) {
                counts[i] += 1;
            }
        }
    }
    let mut best = 0;
    for i in 1..4 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    DELIMITERS[best]
}

/// A cell's value: trimmed, `None` for empty, `N/A` and `-`.
fn value(raw: &str) -> Option<String> {
    let v = raw.trim();
    (!v.is_empty() && !v.eq_ignore_ascii_case("n/a") && v != "-").then(|| v.to_string())
}

/// The first non-blank line of `text`.
fn first_line(text: &str) -> Option<&str> {
    text.split('\n').find(|l| !l.trim().is_empty())
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The header cells of a member from its first bytes (the 4 KiB head a
/// [`crate::Candidate`] carries), decoded and split at the sniffed delimiter; for
/// `recognize`. `None` when the head has no non-blank first line. Cheap: only the first line is
/// decoded and split.
pub fn header_line(head: &[u8]) -> Option<Vec<String>> {
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    let bytes = if utf16 {
        head
    } else {
        // Cut at the first line end after some text, so a head cut mid-character later on
        // does not make the line look like Latin-1.
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let end = head[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(head.len(), |e| start + e);
        &head[..end]
    };
    let (text, _) = decode(bytes);
    let line = first_line(&text)?;
    let mut reader = reader(line, sniff_delimiter(line));
    let record = reader.records().next()?.ok()?;
    Some(record.iter().map(|c| c.trim().to_string()).collect())
}

/// Whether a header cell's text is a column name that a value `cell` repeats or explains
/// (`AccountName` / "The account name of the device").
fn explains(header: &str, cell: &str) -> bool {
    let (h, c) = (column_key(header), normalize(cell));
    !h.is_empty() && (c == h || (c.len() > h.len() && c.contains(&h)))
}

/// Whether a cell reads as a description: a date pattern (`MM/dd/yyyy`), or prose of at least
/// three words with hardly any digits.
fn describes(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    if ["yyyy", "mm/dd", "dd.mm", "hh:mm"]
        .iter()
        .any(|p| lower.contains(p))
    {
        return true;
    }
    let words = cell
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    let digits = cell.chars().filter(char::is_ascii_digit).count();
    let visible = cell.chars().filter(|c| !c.is_whitespace()).count();
    words >= 3 && digits * 10 <= visible
}

/// Whether the first data row documents the columns instead of holding data. It must have at
/// least two cells with values, none with a digit (but for date patterns like `yyyy-MM-dd`),
/// at least one repeating or explaining its column name or reading as a description, and
/// either every cell doing so, or a column where this row has words while most later rows have
/// digits (times, ids). A row of long transcripts next to a time is data, not documentation.
fn is_documentation(columns: &[Column], first: &Row, rest: &[Row]) -> bool {
    let filled: Vec<(usize, &str, &str)> = columns
        .iter()
        .zip(&first.cells)
        .enumerate()
        .filter_map(|(i, (col, cell))| Some((i, col.name.as_str(), cell.as_deref()?)))
        .collect();
    let has_digit = |c: &str| c.chars().any(|c| c.is_ascii_digit());
    if filled.len() < 2 || filled.iter().any(|(_, _, c)| has_digit(c) && !describes(c)) {
        return false;
    }
    let documenting = |h: &str, c: &str| explains(h, c) || describes(c);
    if filled.iter().all(|(_, h, c)| documenting(h, c)) {
        return true;
    }
    let numeric_column = |i: usize| {
        let values: Vec<&str> = rest.iter().filter_map(|r| r.get(i)).collect();
        let digits = values.iter().filter(|v| has_digit(v)).count();
        !values.is_empty() && digits * 5 >= values.len() * 4
    };
    filled.iter().any(|(_, h, c)| documenting(h, c))
        && filled.iter().any(|&(i, _, _)| numeric_column(i))
}

/// Line numbers from byte offsets. The `csv` crate's own line count skips blank lines, and its
/// record positions point at the blank lines before a record; this counts line ends in the text
/// instead, moving forward only (records come in order).
struct LineCounter<'a> {
    text: &'a [u8],
    byte: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }

    /// The 1-based line of the first non-blank character at or after `byte`.
    fn line_at(&mut self, byte: usize) -> usize {
        let mut at = byte.clamp(self.byte, self.text.len());
        while self.text.get(at) == Some(&b'\n') {
            at += 1;
        }
        let ends = self.text[self.byte..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line += ends;
        self.byte = at;
        self.line
    }
}

/// A CSV module's import: reads the member (bounded) as one [`Table`] and hands it to `use_table`;
/// a member that cannot be read as a table fails with the reason.
pub(crate) fn import_table(
    content: &mut dyn std::io::Read,
    kind: auskunft_model::MemberKind,
    use_table: impl FnOnce(&Table),
) -> Imported {
    let outcome = match read_bounded(content).and_then(|bytes| read_csv(&bytes)) {
        Ok(table) => {
            use_table(&table);
            auskunft_archive::Outcome::Parsed
        }
        Err(why) => auskunft_archive::Outcome::Failed(why),
    };
    Imported { kind, outcome }
}

/// Reads a CSV member: decodes it, sniffs the delimiter from the header line, reads the header
/// and the rows, and notes what it repaired or skipped (see [`Table`]). The error, the reason
/// for a failed outcome, is returned only when there is no header line at all.
pub fn read_csv(bytes: &[u8]) -> Result<Table, Message> {
    let (text, encoding) = decode(bytes);
    let Some(header) = first_line(&text) else {
        return Err(Message::new("format-csv-empty"));
    };
    let delimiter = sniff_delimiter(header);
    let mut reader = reader(&text, delimiter);
    // One record, reused for every row.
    let mut record = csv::StringRecord::new();
    let columns: Vec<Column> = match reader.read_record(&mut record) {
        Ok(true) => record
            .iter()
            .map(|name| {
                let name = name.trim().to_string();
                Column {
                    zone: column_zone(&name).map(|(_, zone)| zone),
                    name,
                }
            })
            .collect(),
        Ok(false) => return Err(Message::new("format-csv-empty")),
        Err(e) => {
            return Err(Message::new("format-csv-header-unreadable").arg("detail", e.to_string()))
        }
    };
    let mut lines = LineCounter::new(&text);
    let mut line_of = |p: Option<&csv::Position>| {
        p.map_or(0, |p| {
            lines.line_at(usize::try_from(p.byte()).unwrap_or(usize::MAX))
        })
    };
    let mut notes: Vec<(usize, Message)> = Vec::new();
    let note = |id: &str, line: usize| Message::new(id).arg("at", Locator::Line(line));
    let mut rows = Vec::new();
    let mut summary_line = None;
    // The last record: its line, its first byte, whether a cell holds a line break.
    let mut last: Option<(usize, u64, bool)> = None;
    let mut failed_at: Option<u64> = None;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                // The reader moves past a bad record; stop should it ever not.
                let at = e.position().map(csv::Position::byte);
                if at.is_some() && at == failed_at {
                    break;
                }
                failed_at = at;
                let line = line_of(e.position());
                notes.push((
                    line,
                    note("format-row-unreadable", line).arg("detail", e.to_string()),
                ));
                continue;
            }
        }
        let line = line_of(record.position());
        let start = record.position().map_or(0, |p| p.byte());
        last = Some((line, start, record.iter().any(|c| c.contains('\n'))));
        let cells: Vec<Option<String>> = record.iter().map(value).collect();
        if cells.iter().all(Option::is_none) {
            continue;
        }
        let lead = cells.iter().flatten().next().map(String::as_str);
        if lead.is_some_and(|c| c.to_lowercase().starts_with("file summary")) {
            summary_line = Some(line);
            break;
        }
        let width = cells.len();
        rows.push(Row { line, cells, width });
    }
    if let (None, Some((line, start, true))) = (summary_line, last) {
        let tail = text.get(usize::try_from(start).unwrap_or(usize::MAX)..);
        if tail.is_some_and(|t| t.bytes().filter(|&b| b == b'"').count() % 2 == 1) {
            notes.push((line, note("format-row-unclosed-quote", line)));
        }
    }
    if let Some((first, rest)) = rows.split_first() {
        if is_documentation(&columns, first, rest) {
            let line = first.line;
            notes.push((line, note("format-row-documentation", line)));
            rows.remove(0);
        }
    }
    let n = columns.len();
    for row in &mut rows {
        let (line, width) = (row.line, row.width);
        if width != n {
            let id = if width < n {
                "format-row-cells-missing"
            } else {
                "format-row-cells-extra"
            };
            notes.push((line, note(id, line).arg("cells", width).arg("width", n)));
            row.cells.resize(n, None);
        }
    }
    notes.sort_by_key(|(line, _)| *line);
    Ok(Table {
        columns,
        rows,
        notes: encoding
            .warning()
            .into_iter()
            .chain(notes.into_iter().map(|(_, note)| note))
            .collect(),
        delimiter,
        encoding,
        summary_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Notes in English, as the audit JSON holds them.
    fn en(notes: &[Message]) -> Vec<String> {
        notes.iter().map(Message::en).collect()
    }

    fn cells(row: &Row) -> Vec<Option<&str>> {
        row.cells.iter().map(Option::as_deref).collect()
    }

    #[test]
    fn semicolons_quotes_line_breaks_and_missing_values() {
        let csv = "Zeit;Gerät;\"Transkript; Text\"\r\n\
                   26.05.2019 20:46;Echo Küche;\"wie spät\r\nist es\"\r\n\
                   27.05.2019 07:00 ; N/A ; - \r\n";
        let t = read_csv(csv.as_bytes()).unwrap();
        assert_eq!(t.delimiter, b';');
        let names: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Zeit", "Gerät", "Transkript; Text"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].line, 2);
        assert_eq!(
            cells(&t.rows[0]),
            [
                Some("26.05.2019 20:46"),
                Some("Echo Küche"),
                Some("wie spät\nist es")
            ]
        );
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(cells(&t.rows[1]), [Some("27.05.2019 07:00"), None, None]);
        assert!(t.notes.is_empty(), "{:?}", t.notes);
    }

    #[test]
    fn tabs_and_pipes_are_sniffed_outside_quotes() {
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter("a|b|c"), b'|');
        assert_eq!(sniff_delimiter("\"a,b,c\";d;e"), b';');
        assert_eq!(sniff_delimiter("a,b;c"), b',');
        assert_eq!(sniff_delimiter("single"), b',');
    }

    #[test]
    fn documentation_row_footer_and_ragged_rows_are_noted() {
        let csv = "FirstTimeRegistered,AccountName,DeviceSerialNumber\n\
                   The date the device was first registered,The account,The serial\n\
                   2019-05-26T20:46:51Z,Echo Küche,G090U509902302GD\n\
                   2019-05-27T20:46:51Z,Echo Bad\n\
                   2019-05-28T20:46:51Z,Fire TV,G070L81074540DAC,extra\n\
                   \n\
                   File Summary:\n\
                   Total rows,3\n";
        let t = read_csv(csv.as_bytes()).unwrap();
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 4, 5]);
        assert_eq!(
            cells(&t.rows[1]),
            [Some("2019-05-27T20:46:51Z"), Some("Echo Bad"), None]
        );
        assert_eq!((t.rows[1].width, t.rows[2].width), (2, 4));
        assert_eq!(t.summary_line, Some(7));
        assert_eq!(
            en(&t.notes),
            [
                "line 2: a documentation row describing the columns; skipped",
                "line 4: 2 cells where the header has 3; the missing cells are empty",
                "line 5: 4 cells where the header has 3; the extra cells are ignored",
            ]
        );
    }

    #[test]
    fn a_data_row_of_long_transcripts_is_not_documentation() {
        let csv = "timestamp,transcriptText,alexaResponse\n\
                   1558903611000,what is the weather like in berlin today,it is sunny in berlin today\n";
        let t = read_csv(csv.as_bytes()).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert!(t.notes.is_empty());
        let doc = "Uhrzeit,Gerät,Transkript\nMM/dd/yyyy HH:mm,Name des Geräts,Was gesagt wurde\n";
        assert_eq!(read_csv(doc.as_bytes()).unwrap().rows.len(), 0);
    }

    #[test]
    fn encodings_are_decoded_and_noted() {
        let double = "GerÃ¤t,Text\nEcho KÃ¼che,hallo\n";
        let t = read_csv(double.as_bytes()).unwrap();
        assert_eq!(t.columns[0].name, "Gerät");
        assert_eq!(t.rows[0].get(0), Some("Echo Küche"));
        assert_eq!(en(&t.notes), ["text was UTF-8 encoded twice; repaired"]);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a\tb\r\n1\t2\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let t = read_csv(&utf16).unwrap();
        assert_eq!((t.delimiter, t.rows[0].get(1)), (b'\t', Some("2")));
        assert_eq!(header_line(&utf16).unwrap(), ["a", "b"]);
    }

    #[test]
    fn columns_are_found_by_loose_names() {
        let t = read_csv(b"Timestamp (GMT),device_name,DEVICE-TYPE,creationTimeInUTC\n").unwrap();
        assert_eq!(t.column(&["deviceName"]), Some(1));
        assert_eq!(t.column(&["Device Type"]), Some(2));
        assert_eq!(t.column(&["nothing", "timestamp"]), Some(0));
        assert_eq!(t.column(&["creationTime"]), Some(3));
        assert_eq!(t.column(&["time"]), None);
        assert_eq!(
            t.columns[0].zone.as_ref().map(|z| z.text.as_str()),
            Some("GMT")
        );
        assert_eq!(
            t.columns[3].zone.as_ref().map(|z| z.text.as_str()),
            Some("UTC")
        );
        assert!(t.rows.is_empty());
    }

    #[test]
    fn a_quote_never_closed_is_noted() {
        let t = read_csv(b"a,b\n1,\"open\n2,x\n").unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].get(1), Some("open\n2,x"));
        assert_eq!(
            en(&t.notes),
            ["line 2: a quoted cell is never closed; it runs to the end of the file"]
        );
        let closed = read_csv(b"a,b\n1,\"two\nlines \"\"quoted\"\"\"\n").unwrap();
        assert!(closed.notes.is_empty(), "{:?}", closed.notes);
    }

    #[test]
    fn nothing_to_read_is_an_error_sentence() {
        assert_eq!(read_csv(b"").unwrap_err().en(), "empty: no header row");
        assert_eq!(read_csv(b"\n \n").unwrap_err().en(), "empty: no header row");
        assert_eq!(
            read_csv(b"").unwrap_err().render(auskunft_model::Lang::De),
            "Leer: keine Kopfzeile"
        );
        assert_eq!(header_line(b"\n\n"), None);
    }

    #[test]
    fn header_line_reads_only_the_first_line_of_a_cut_head() {
        let mut head = "\u{feff}Zeit;Gerät;Text\n26.05.2019;Küche;"
            .as_bytes()
            .to_vec();
        head.push(0xC3); // a character cut in half at the end of the head
        assert_eq!(header_line(&head).unwrap(), ["Zeit", "Gerät", "Text"]);
    }
}
