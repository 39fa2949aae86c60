//! Plain-text tables: cells separated by `|`, by tabs, or by runs of two or more spaces (fixed
//! width, cut at the header's column starts when a row's cells do not split cleanly).

use auskunft_model::Locator;

use super::classify::{looks_like_data, Grid, Row};

/// How a text table separates its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Split {
    Pipe,
    Tab,
    Spaces,
}

/// Lines looked at to choose the separator.
const SNIFF_LINES: usize = 20;

/// Cells of `line` separated by runs of two or more spaces, with each cell's starting character
/// position.
fn by_spaces(line: &str) -> Vec<(usize, String)> {
    let mut cells = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut spaces = 0;
    for (pos, c) in line.chars().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 || current.is_empty() {
            if !current.is_empty() {
                cells.push((start, std::mem::take(&mut current)));
            }
            start = pos;
        } else {
            for _ in 0..spaces {
                current.push(' ');
            }
        }
        spaces = 0;
        current.push(c);
    }
    if !current.is_empty() {
        cells.push((start, current));
    }
    cells
}

/// A rule line (`----`, `|---|---|`, `====`) that only draws the table.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '+' | '|' | ':' | ' ' | '\t'))
}

fn cells(line: &str, split: Split) -> Vec<String> {
    match split {
        Split::Pipe => {
            let t = line.trim();
            let t = t.strip_prefix('|').unwrap_or(t);
            let t = t.strip_suffix('|').unwrap_or(t);
            t.split('|').map(|c| c.trim().to_string()).collect()
        }
        Split::Tab => line.split('\t').map(|c| c.trim().to_string()).collect(),
        Split::Spaces => by_spaces(line.trim_end())
            .into_iter()
            .map(|(_, c)| c)
            .collect(),
    }
}

/// Cuts `line` at the character positions `starts` (each cell runs to the next start).
fn cut(line: &str, starts: &[usize]) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    starts
        .iter()
        .enumerate()
        .map(|(k, &s)| {
            let end = starts.get(k + 1).copied().unwrap_or(chars.len());
            let (s, end) = (s.min(chars.len()), end.min(chars.len()));
            chars[s..end].iter().collect::<String>().trim().to_string()
        })
        .collect()
}

/// The table in `text`, rows located as `line N` (1-based). Lines before the first line with two
/// or more cells (titles) and rule lines are not rows.
pub(super) fn grid(text: &str) -> Grid {
    let numbered: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty() && !is_rule(l))
        .collect();
    let sniffed = &numbered[..numbered.len().min(SNIFF_LINES)];
    let share = |c: char| sniffed.iter().filter(|(_, l)| l.contains(c)).count() * 2;
    let split = if share('|') >= sniffed.len().max(1) {
        Split::Pipe
    } else if share('\t') >= sniffed.len().max(1) {
        Split::Tab
    } else {
        Split::Spaces
    };
    let Some(start) = numbered
        .iter()
        .position(|(_, l)| cells(l, split).len() >= 2)
    else {
        return Grid::default();
    };
    let (first_number, first) = numbered[start];
    let first_cells = cells(first, split);
    let header = !looks_like_data(&first_cells);
    // Fixed-width columns start where the header's cells start.
    let starts: Vec<usize> = if header && split == Split::Spaces {
        by_spaces(first).into_iter().map(|(s, _)| s).collect()
    } else {
        Vec::new()
    };
    let mut rows = Vec::with_capacity(numbered.len());
    if !header {
        rows.push(Row {
            locator: Locator::Line(first_number),
            cells: first_cells.clone(),
        });
    }
    for &(number, line) in &numbered[start + 1..] {
        let mut row = cells(line, split);
        // A row with an empty cell splits into fewer cells: cut it where the header's cells
        // start. A line of one cell (a footer) is left whole, and warned about.
        if !starts.is_empty() && row.len() >= 2 && row.len() != starts.len() {
            row = cut(line, &starts);
        }
        rows.push(Row {
            locator: Locator::Line(number),
            cells: row,
        });
    }
    Grid {
        header: header.then_some(first_cells),
        rows,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_with_a_title_and_rules() {
        let g = grid("Alexa-Verlauf\n\n26.05.2018 20:46:51 | Echo Küche | alexa wie spät ist es\n----\n26.05.2018 20:47:02 | Echo Bad | stopp\n");
        assert_eq!(g.header, None);
        assert_eq!(g.rows.len(), 2);
        assert_eq!(g.rows[0].locator.to_string(), "line 3");
        assert_eq!(
            g.rows[0].cells,
            ["26.05.2018 20:46:51", "Echo Küche", "alexa wie spät ist es"]
        );
        assert_eq!(g.rows[1].locator.to_string(), "line 5");
    }

    #[test]
    fn fixed_width_cut_at_the_header_when_a_cell_is_empty() {
        let text = "Datum       Uhrzeit   Gerät        Äußerung\n\
                    26.05.2018  20:46:51  Echo Küche   alexa wie spät ist es\n\
                    26.05.2018  20:47:02               alexa stopp\n";
        let g = grid(text);
        assert_eq!(
            g.header,
            Some(vec![
                "Datum".to_string(),
                "Uhrzeit".into(),
                "Gerät".into(),
                "Äußerung".into()
            ])
        );
        assert_eq!(
            g.rows[1].cells,
            ["26.05.2018", "20:47:02", "", "alexa stopp"]
        );
    }
}
