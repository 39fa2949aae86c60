//! Glyphs with their positions, collected through pdf-extract's output-device API, and grouped
//! into the visual lines of each page.

use std::panic::{catch_unwind, AssertUnwindSafe};

use auskunft_model::Message;
use pdf_extract::{Document, MediaBox, OutputDev, OutputError, Transform};

/// One glyph: where it starts, where it ends (x) and what it shows.
#[derive(Debug, Clone)]
pub(super) struct Glyph {
    pub x: f64,
    pub end: f64,
    pub y: f64,
    pub size: f64,
    pub text: String,
}

/// A visual line of a page, glyphs left to right.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub glyphs: Vec<Glyph>,
}

/// A page: its number (1-based) and its lines, top to bottom.
#[derive(Debug, Clone)]
pub(super) struct Page {
    pub number: u32,
    pub lines: Vec<Line>,
}

#[derive(Default)]
struct Collector {
    pages: Vec<(u32, Vec<Glyph>)>,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        page_num: u32,
        _media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push((page_num, Vec::new()));
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = (font_size * scale).abs().max(0.1);
        let x = trm.m31;
        if let Some((_, glyphs)) = self.pages.last_mut() {
            glyphs.push(Glyph {
                x,
                end: x + width * size,
                y: trm.m32,
                size,
                text: char.to_string(),
            });
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Every page's lines, or the reason the PDF could not be read. pdf-extract panics on some
/// damaged files: the panic is caught and reported like an error.
pub(super) fn pages(bytes: &[u8]) -> Result<Vec<Page>, Message> {
    let run = catch_unwind(AssertUnwindSafe(|| {
        let doc = Document::load_mem(bytes).map_err(|e| e.to_string())?;
        let mut collector = Collector::default();
        pdf_extract::output_doc(&doc, &mut collector).map_err(|e| format!("{e:?}"))?;
        Ok::<_, String>(collector.pages)
    }));
    let raw = match run {
        Ok(Ok(raw)) => raw,
        Ok(Err(why)) => return Err(Message::new("format-pdf-unreadable").arg("detail", why)),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned());
            return Err(match what {
                Some(what) => Message::new("format-pdf-crashed").arg("detail", what),
                None => Message::new("format-pdf-gave-up"),
            });
        }
    };
    Ok(raw
        .into_iter()
        .map(|(number, glyphs)| Page {
            number,
            lines: lines(glyphs),
        })
        .collect())
}

/// Groups glyphs into lines by their baseline: top to bottom, each left to right.
fn lines(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    glyphs.retain(|g| g.x.is_finite() && g.y.is_finite());
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut out: Vec<Line> = Vec::new();
    let mut base = f64::NAN;
    for g in glyphs {
        match out.last_mut() {
            Some(line) if (base - g.y).abs() <= g.size * 0.4 => line.glyphs.push(g),
            _ => {
                base = g.y;
                out.push(Line { glyphs: vec![g] });
            }
        }
    }
    for line in &mut out {
        line.glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    out
}

impl Line {
    /// Runs of glyphs separated by gaps wider than `gap` times the font size: `(x, text)`.
    pub(super) fn cells(&self, gap: f64) -> Vec<(f64, String)> {
        let mut out: Vec<(f64, String)> = Vec::new();
        let mut last_end = f64::NEG_INFINITY;
        for g in &self.glyphs {
            let blank = g.text.trim().is_empty();
            let new_cell = g.x - last_end > g.size * gap;
            if blank {
                if let Some(cell) = out.last_mut() {
                    cell.1.push(' ');
                }
                continue;
            }
            match out.last_mut() {
                Some(cell) if !new_cell => {
                    if g.x - last_end > g.size * 0.1 {
                        cell.1.push(' ');
                    }
                    cell.1.push_str(&g.text);
                }
                _ => out.push((g.x, g.text.clone())),
            }
            last_end = g.end;
        }
        out.into_iter()
            .map(|(x, t)| (x, t.split_whitespace().collect::<Vec<_>>().join(" ")))
            .collect()
    }
}
