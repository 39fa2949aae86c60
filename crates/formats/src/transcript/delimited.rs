//! CSV and TSV tables, read by [`crate::tabular`]; a first line that already holds data (a
//! headerless export) becomes the first row.

use auskunft_model::{Locator, Message};

use super::classify::{looks_like_data, Grid, Row};
use crate::tabular::{read_csv, Table};

/// The 1-based line of the first non-blank line of `bytes` (where [`read_csv`] found its
/// header).
fn first_line_number(bytes: &[u8]) -> usize {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    1 + body[..start].iter().filter(|&&b| b == b'\n').count()
}

/// The table in `bytes`, rows located as `line N`; `Err` (the reason) when there is no line at
/// all. [`read_csv`]'s notes (encoding, ragged rows, a documentation row) become the grid's
/// warnings.
pub(super) fn grid(bytes: &[u8]) -> Result<Grid, Message> {
    let Table {
        columns,
        rows,
        notes,
        ..
    } = read_csv(bytes)?;
    let names: Vec<String> = columns.into_iter().map(|c| c.name).collect();
    let mut out: Vec<Row> = Vec::with_capacity(rows.len() + 1);
    let header = if looks_like_data(&names) {
        out.push(Row {
            locator: Locator::Line(first_line_number(bytes)),
            cells: names,
        });
        None
    } else {
        Some(names)
    };
    out.extend(rows.into_iter().map(|r| Row {
        locator: Locator::Line(r.line),
        cells: r.cells.into_iter().map(Option::unwrap_or_default).collect(),
    }));
    Ok(Grid {
        header,
        rows: out,
        warnings: notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_first_line_is_a_row() {
        let g = grid(
            "\n26.05.2018 20:46:51;Echo Küche;hallo\n26.05.2018 20:47:00;Echo Bad;stopp\n"
                .as_bytes(),
        )
        .expect("a table");
        assert_eq!(g.header, None);
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[0].locator.to_string(), "line 2");
        assert_eq!(g.rows[1].locator.to_string(), "line 3");
        assert_eq!(
            g.rows[1].cells,
            ["26.05.2018 20:47:00", "Echo Bad", "stopp"]
        );
    }
}
