//! Finding the header row, assigning glyphs to its columns, and reading dates, times and zones.

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

use crate::timestamp::DateOrder;

use super::glyphs::{Line, Page};

/// Gap (in font sizes) that separates two cells of a header row.
const CELL_GAP: f64 = 0.8;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Date,
    Time,
    DateTime,
    Device,
    Text,
    Other,
}

/// A column: where it starts, what it holds, and a zone its header names (`Uhrzeit (UTC)`).
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub x: f64,
    pub role: Role,
    pub zone: Option<FixedOffset>,
}

/// One data row as the document shows it: page, 1-based row among the page's data rows, and
/// the text of each column.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub page: u32,
    pub row: usize,
    pub cells: Vec<String>,
}

/// The role a header cell names, if any.
pub(super) fn role(cell: &str) -> Option<Role> {
    let c = cell.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| c.contains(w));
    let date = has(&["datum", "date", "tag", "day"]);
    let time = has(&["zeit", "time", "uhr"]);
    Some(if date && time || has(&["timestamp"]) {
        Role::DateTime
    } else if date {
        Role::Date
    } else if time {
        Role::Time
    } else if has(&["gerät", "geraet", "device"]) {
        Role::Device
    } else if has(&[
        "äußerung",
        "äusserung",
        "utterance",
        "text",
        "transcript",
        "transkript",
        "said",
        "gesagt",
        "anfrage",
        "request",
        "befehl",
        "command",
    ]) {
        Role::Text
    } else {
        return None;
    })
}

/// The columns, when `line` is a header row: a time (alone or with the date) and a text.
fn header(line: &Line) -> Option<Vec<Column>> {
    let cells = line.cells(CELL_GAP);
    let columns: Vec<Column> = cells
        .iter()
        .map(|(x, text)| Column {
            x: *x,
            role: role(text).unwrap_or(Role::Other),
            zone: text
                .split(|c: char| c == '(' || c == ')' || c.is_whitespace())
                .find_map(zone),
        })
        .collect();
    let has = |r: Role| columns.iter().any(|c| c.role == r);
    let known = columns.iter().filter(|c| c.role != Role::Other).count();
    (known >= 2 && has(Role::Text) && (has(Role::Time) || has(Role::DateTime))).then_some(columns)
}

/// Splits `line` at the columns' starts (a glyph belongs to the last column starting at or left
/// of it, with a little slack).
fn split(line: &Line, columns: &[Column]) -> Vec<String> {
    let mut cells = vec![String::new(); columns.len()];
    let mut last: Option<(usize, f64)> = None;
    for g in &line.glyphs {
        let slack = g.size * 0.3;
        let i = columns
            .iter()
            .rposition(|c| c.x <= g.x + slack)
            .unwrap_or(0);
        let cell = &mut cells[i];
        if let Some((j, end)) = last {
            if j == i && g.x - end > g.size * 0.1 {
                cell.push(' ');
            }
        }
        cell.push_str(&g.text);
        if !g.text.trim().is_empty() {
            last = Some((i, g.end));
        }
    }
    cells
        .into_iter()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// The columns of the table and its data rows, or `None` when no page has a header row. A page
/// without a header of its own continues the previous page's table; lines above a page's header
/// (titles) are not rows.
pub(super) fn rows(pages: &[Page]) -> Option<(Vec<Column>, Vec<Row>)> {
    let mut columns: Option<Vec<Column>> = None;
    let mut out = Vec::new();
    for page in pages {
        let start = page.lines.iter().position(|l| header(l).is_some());
        if let Some(h) = start.and_then(|i| header(&page.lines[i])) {
            columns = Some(h);
        }
        let Some(cols) = columns.as_ref() else {
            continue;
        };
        let body = &page.lines[start.map_or(0, |i| i + 1)..];
        let mut row = 0;
        for line in body {
            if header(line).is_some() || is_page_number(line) {
                continue;
            }
            row += 1;
            out.push(Row {
                page: page.number,
                row,
                cells: split(line, cols),
            });
        }
    }
    columns.map(|c| (c, out))
}

/// Whether a line is a page number (`Seite 1 von 2`, `Page 3 of 9`, `- 4 -`, `2/7`): a footer,
/// not a row.
fn is_page_number(line: &Line) -> bool {
    let text: String = line.glyphs.iter().map(|g| g.text.as_str()).collect();
    let lower = text.to_lowercase();
    let mut numbers = 0;
    for word in lower.split(|c: char| c.is_whitespace() || c == '/' || c == '-') {
        match word {
            "" | "seite" | "page" | "von" | "of" | "s." | "p." => {}
            w if w.chars().all(|c| c.is_ascii_digit()) => numbers += 1,
            _ => return false,
        }
    }
    (1..=2).contains(&numbers)
}

/// A zone written next to a time (`UTC`, `MEZ`, `PDT`, `+02:00`, …), read as the offset it
/// names: see [`crate::zone::offset`].
pub(super) fn zone(token: &str) -> Option<FixedOffset> {
    crate::zone::offset(token)
}

/// `DD.MM.YYYY`, `YYYY-MM-DD` or `MM/DD/YYYY`: see [`crate::timestamp::date`].
pub(super) fn date(s: &str) -> Option<NaiveDate> {
    crate::timestamp::date(s.trim(), DateOrder::MonthFirst)
}

/// `HH:MM:SS` or `HH:MM` (a fraction allowed): see [`crate::timestamp::time`].
pub(super) fn time(s: &str) -> Option<NaiveTime> {
    crate::timestamp::time(s.trim())
}

/// A date and time with an optional zone, from a date cell (may be empty when `time_cell`
/// holds both) and a time cell: tokens are a date, a time and a zone in any order.
pub(super) fn when(
    date_cell: &str,
    time_cell: &str,
) -> Option<(NaiveDateTime, Option<FixedOffset>)> {
    let text = format!("{date_cell} {time_cell}");
    let (mut d, mut t, mut z) = (None, None, None);
    let tokens = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .flat_map(|t| {
            // ISO 8601: `2018-05-02T08:53:14`.
            match (t.get(..10), t.get(10..11), t.get(11..)) {
                (Some(d), Some("T"), Some(rest)) => [d, rest],
                _ => [t, ""],
            }
        });
    for token in tokens {
        let token = token.trim();
        if token.is_empty() {
            continue;
        }
        if let Some(x) = date(token) {
            d = d.or(Some(x));
        } else if let Some(x) = time(token) {
            t = t.or(Some(x));
        } else if let Some(x) = zone(token) {
            z = z.or(Some(x));
        } else if let Some(x) = token
            .strip_suffix('Z')
            .and_then(time)
            .filter(|_| t.is_none())
        {
            t = Some(x);
            z = z.or(FixedOffset::east_opt(0));
        } else {
            return None;
        }
    }
    Some((d?.and_time(t?), z))
}

#[cfg(test)]
mod tests {
    use super::super::glyphs::Glyph;
    use super::*;

    /// A line at height `y` with cells starting at the given x, glyphs 5 pt wide.
    fn line(y: f64, cells: &[(f64, &str)]) -> Line {
        let mut glyphs = Vec::new();
        for (x, text) in cells {
            for (i, c) in text.chars().enumerate() {
                let gx = x + 5.0 * i as f64;
                glyphs.push(Glyph {
                    x: gx,
                    end: gx + 5.0,
                    y,
                    size: 9.0,
                    text: c.to_string(),
                });
            }
        }
        Line { glyphs }
    }

    #[test]
    fn english_headers_in_any_order_with_a_combined_zoned_column() {
        let head = line(
            700.0,
            &[
                (40.0, "Utterance"),
                (300.0, "Device"),
                (400.0, "Date/Time (UTC)"),
            ],
        );
        let data = line(
            680.0,
            &[
                (40.0, "play music"),
                (300.0, "Echo Dot"),
                (400.0, "05/03/2018 09:12"),
            ],
        );
        let footer = line(30.0, &[(480.0, "Page 1 of 3")]);
        let title = line(760.0, &[(40.0, "Your Alexa history")]);
        let pages = [Page {
            number: 1,
            lines: vec![title, head, data, footer],
        }];
        let (columns, rows) = rows(&pages).expect("a table");
        let roles: Vec<Role> = columns.iter().map(|c| c.role).collect();
        assert_eq!(roles, [Role::Text, Role::Device, Role::DateTime]);
        assert_eq!(columns[2].zone, FixedOffset::east_opt(0));
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0].cells,
            ["play music", "Echo Dot", "05/03/2018 09:12"]
        );
        let (t, z) = when("", &rows[0].cells[2]).expect("a time");
        assert_eq!(t.to_string(), "2018-05-03 09:12:00");
        assert_eq!(z, None);
    }

    #[test]
    fn no_header_no_table() {
        let pages = [Page {
            number: 1,
            lines: vec![line(700.0, &[(40.0, "Kindle reading sessions")])],
        }];
        assert!(rows(&pages).is_none());
    }

    #[test]
    fn dates_times_and_zones_as_written() {
        let at =
            |d: &str, t: &str| when(d, t).map(|(w, z)| (w.to_string(), z.map(|z| z.to_string())));
        let plain = Some(("2018-05-26 20:46:51".to_string(), None));
        assert_eq!(at("26.05.2018", "20:46:51"), plain);
        assert_eq!(at("2018-05-26", "20:46:51"), plain);
        assert_eq!(at("05/26/2018", "20:46:51"), plain);
        assert_eq!(at("", "2018-05-26T20:46:51"), plain);
        let zoned = |z: &str| Some(("2018-05-26 20:46:00".to_string(), Some(z.to_string())));
        assert_eq!(at("26.05.2018", "20:46 MESZ"), zoned("+02:00"));
        assert_eq!(at("26.05.2018", "20:46 CET"), zoned("+01:00"));
        assert_eq!(at("", "2018-05-26 20:46 UTC"), zoned("+00:00"));
        assert_eq!(at("26.05.2018", "20:46 +05:30"), zoned("+05:30"));
        assert_eq!(at("", "2018-05-26T20:46:00Z"), zoned("+00:00"));
        assert_eq!(at("26.05.2018", ""), None);
        assert_eq!(at("26.05.2018", "gestern"), None);
        assert_eq!(at("", ""), None);
    }
}
