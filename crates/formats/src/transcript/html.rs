//! HTML tables: every `<table>` of a page as a grid of cell texts. The page goes through the
//! spec's tokenizer ([`crate::html`]), not a tree builder: tags inside cells are dropped (`<br>`
//! and block tags become spaces), every named and numeric entity is decoded, `<script>`,
//! `<style>` and comments are skipped, unclosed cells and rows end at the next one, and a page
//! cut off in the middle keeps the rows before the cut.

use auskunft_model::Locator;

use super::classify::{looks_like_data, Grid, Row};
use crate::html::{tokens, Token};

/// One table as scanned: its rows, each with whether all its cells were `<th>`.
#[derive(Debug, Default)]
struct Scanned {
    rows: Vec<(bool, Vec<String>)>,
}

/// The scanner's position inside a table.
#[derive(Debug, Default)]
struct Open {
    table: Scanned,
    row: Option<(bool, Vec<String>)>,
    cell: Option<String>,
}

impl Open {
    fn close_cell(&mut self) {
        if let Some(text) = self.cell.take() {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some((_, cells)) = self.row.as_mut() {
                cells.push(text);
            }
        }
    }

    fn close_row(&mut self) {
        self.close_cell();
        if let Some(row) = self.row.take() {
            if !row.1.is_empty() {
                self.table.rows.push(row);
            }
        }
    }
}

/// The tables of `html`, in document order; rows located as `row N` (data rows, 1-based), or
/// `table T, row N` past the first table. A first row of `<th>` cells, or one that holds no
/// date and time, is the header.
pub(super) fn tables(html: &str) -> Vec<Grid> {
    let mut done: Vec<Scanned> = Vec::new();
    let mut open: Option<Open> = None;
    for (_, token) in tokens(html) {
        let (name, closing) = match &token {
            Token::Text(t) => {
                text(&mut open, t);
                continue;
            }
            Token::Open { name, .. } => (name.as_str(), false),
            Token::Close(name) => (name.as_str(), true),
        };
        match (name, closing) {
            ("table", false) => {
                if let Some(mut o) = open.take() {
                    o.close_row();
                    done.push(o.table);
                }
                open = Some(Open::default());
            }
            ("table", true) => {
                if let Some(mut o) = open.take() {
                    o.close_row();
                    done.push(o.table);
                }
            }
            ("tr", false) => {
                if let Some(o) = open.as_mut() {
                    o.close_row();
                    o.row = Some((true, Vec::new()));
                }
            }
            ("tr", true) => {
                if let Some(o) = open.as_mut() {
                    o.close_row();
                }
            }
            ("td" | "th", false) => {
                if let Some(o) = open.as_mut() {
                    o.close_cell();
                    let row = o.row.get_or_insert_with(|| (true, Vec::new()));
                    row.0 &= name == "th";
                    o.cell = Some(String::new());
                }
            }
            ("td" | "th", true) => {
                if let Some(o) = open.as_mut() {
                    o.close_cell();
                }
            }
            ("br" | "p" | "div" | "li", _) => text(&mut open, " "),
            _ => {}
        }
    }
    if let Some(mut o) = open.take() {
        o.close_row();
        done.push(o.table);
    }
    done.into_iter()
        .enumerate()
        .map(|(t, table)| grid(t, table))
        .collect()
}

/// Adds decoded text to the open cell, if any.
fn text(open: &mut Option<Open>, decoded: &str) {
    if let Some(cell) = open.as_mut().and_then(|o| o.cell.as_mut()) {
        // A no-break space inside a cell is a space in a device name or an utterance.
        cell.push_str(&decoded.replace('\u{a0}', " "));
    }
}

fn grid(index: usize, table: Scanned) -> Grid {
    let mut rows = table.rows;
    let header = match rows.first() {
        Some((all_th, cells)) if *all_th || !looks_like_data(cells) => Some(rows.remove(0).1),
        _ => None,
    };
    // The first table's rows are `row N`, the others' `table T, row N`.
    let table = (index > 0).then_some(index + 1);
    Grid {
        header,
        rows: rows
            .into_iter()
            .enumerate()
            .map(|(i, (_, cells))| Row {
                locator: Locator::Row { table, row: i + 1 },
                cells,
            })
            .collect(),
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_cells_entities_and_inner_tags() {
        let html = "<html><style>td{}</style><table><thead><tr><th>Datum</th><th>Ger&auml;t</th></tr></thead>\
                    <tbody><tr><td>26.05.2018 20:46</td><td><b>Echo</b>&nbsp;K&#252;che<br>oben</td></tr>\
                    <!-- <tr><td>x</td></tr> --><tr><td>27.05.2018 08:00<td>Bad</table>";
        let grids = tables(html);
        assert_eq!(grids.len(), 1);
        let g = &grids[0];
        assert_eq!(g.header, Some(vec!["Datum".to_string(), "Gerät".into()]));
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[0].cells, ["26.05.2018 20:46", "Echo Küche oben"]);
        assert_eq!(g.rows[1].locator.to_string(), "row 2");
        assert_eq!(g.rows[1].cells, ["27.05.2018 08:00", "Bad"]);
    }

    #[test]
    fn entities_beyond_the_basic_five_comments_and_junk_in_cells() {
        let html = "<table><tr><th>Zeit</th><th>Text</th></tr>\
                    <tr><td>2018-05-26 20:46</td><td>Caf&eacute;&nbsp;&hellip; &#8222;Hallo&#x201C; \
                    <![CDATA[ x ]]>K&uuml;che<!-- </td><td>no --></td></tr>\
                    <tr><td>2018-05-27 08:00<td>a <b>fett</i> &amp c<p>d</table>";
        let g = &tables(html)[0];
        assert_eq!(g.rows.len(), 2);
        assert_eq!(
            g.rows[0].cells,
            ["2018-05-26 20:46", "Café … „Hallo“ Küche"]
        );
        assert_eq!(g.rows[1].cells, ["2018-05-27 08:00", "a fett & c d"]);
    }

    #[test]
    fn a_page_cut_in_a_row_keeps_the_rows_before() {
        let grids = tables("<table><tr><th>Time</th><th>Text</th></tr><tr><td>2018-05-26 20:46</td><td>hi</td></tr><tr><td>2018-05-2");
        assert_eq!(grids[0].rows.len(), 2);
        assert_eq!(grids[0].rows[1].cells, ["2018-05-2"]);
    }
}
