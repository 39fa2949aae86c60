//! A minimal PDF 1.4 writer: A4 pages of absolutely positioned text in Helvetica.
//!
//! Enough for the two kinds of PDF an export holds: a transcript *table* (one text object per
//! cell, so glyph positions reveal the columns, as in the real 2018 export) and small
//! `*.Description.pdf` helper sheets. Text is encoded in WinAnsiEncoding (Windows-1252), which the
//! standard Type 1 fonts support without embedding, so `ä ö ü ß €` render; characters outside it
//! become `?`. Content streams are Flate-compressed, as nearly every real PDF's are, so importers
//! meet the same decoding work.
//!
//! Non-goals: fonts other than Helvetica and Helvetica-Bold, graphics, word wrap.

use std::io::Write;

use flate2::write::ZlibEncoder;
use flate2::Compression;

/// A4 width in points.
pub(crate) const PAGE_WIDTH: f32 = 595.0;
/// A4 height in points.
pub(crate) const PAGE_HEIGHT: f32 = 842.0;

/// One run of text at an absolute position (points from the bottom left).
#[derive(Debug, Clone)]
pub(crate) struct Text {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) size: f32,
    pub(crate) bold: bool,
    pub(crate) text: String,
}

/// One page: text runs in drawing order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Page {
    pub(crate) texts: Vec<Text>,
}

impl Page {
    /// Adds a run of text.
    pub(crate) fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, text: impl Into<String>) {
        self.texts.push(Text {
            x,
            y,
            size,
            bold,
            text: text.into(),
        });
    }
}

/// A document: pages plus the Info dictionary's title and creation date.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    pub(crate) title: String,
    /// PDF date string without the `D:` prefix, e.g. `20181012140310+02'00'`.
    pub(crate) created: String,
    pub(crate) pages: Vec<Page>,
}

/// Windows-1252 bytes 0x80..=0x9F; `\0` marks the five undefined positions.
pub(crate) const CP1252_HIGH: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
    '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0',
    'ž', 'Ÿ',
];

/// The WinAnsiEncoding byte for `c`, or `?` when it has none.
pub(crate) fn win_ansi(c: char) -> u8 {
    let u = c as u32;
    if (0x20..0x7F).contains(&u) || (0xA0..=0xFF).contains(&u) {
        return u as u8;
    }
    match CP1252_HIGH.iter().position(|&h| h == c && h != '\0') {
        Some(i) => 0x80 + i as u8,
        None => b'?',
    }
}

/// `text` as a PDF literal string `( ... )` in WinAnsiEncoding, escaped.
fn literal(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 2);
    out.push(b'(');
    for c in text.chars() {
        match win_ansi(c) {
            b @ (b'(' | b')' | b'\\') => {
                out.push(b'\\');
                out.push(b);
            }
            b if b >= 0x80 => out.extend_from_slice(format!("\\{b:03o}").as_bytes()),
            b => out.push(b),
        }
    }
    out.push(b')');
    out
}

/// A number as PDF writes it: at most two decimals, no trailing zeros.
fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// The uncompressed content stream of a page.
fn content(page: &Page) -> Vec<u8> {
    let mut out = Vec::new();
    for t in &page.texts {
        let font = if t.bold { "F2" } else { "F1" };
        out.extend_from_slice(
            format!(
                "BT /{font} {} Tf 1 0 0 1 {} {} Tm ",
                num(t.size),
                num(t.x),
                num(t.y)
            )
            .as_bytes(),
        );
        out.extend_from_slice(&literal(&t.text));
        out.extend_from_slice(b" Tj ET\n");
    }
    out
}

/// Appends objects and remembers where each starts, for the cross-reference table.
struct ObjectWriter {
    buf: Vec<u8>,
    offsets: Vec<usize>,
}

impl ObjectWriter {
    fn object(&mut self, number: usize, body: &[u8]) {
        debug_assert_eq!(
            number,
            self.offsets.len() + 1,
            "objects are written in number order"
        );
        self.offsets.push(self.buf.len());
        self.buf
            .extend_from_slice(format!("{number} 0 obj\n").as_bytes());
        self.buf.extend_from_slice(body);
        self.buf.extend_from_slice(b"\nendobj\n");
    }
}

/// Renders the document to the bytes of a PDF 1.4 file.
pub(crate) fn render(doc: &Document) -> std::io::Result<Vec<u8>> {
    // Object numbers: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, 5 info,
    // then page i at 6 + 2i and its content stream at 7 + 2i.
    let mut w = ObjectWriter {
        buf: Vec::new(),
        offsets: Vec::new(),
    };
    w.buf.extend_from_slice(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    w.object(1, b"<< /Type /Catalog /Pages 2 0 R >>");
    let kids: Vec<String> = (0..doc.pages.len())
        .map(|i| format!("{} 0 R", 6 + 2 * i))
        .collect();
    w.object(
        2,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            doc.pages.len()
        )
        .as_bytes(),
    );
    for (n, base) in [(3, "Helvetica"), (4, "Helvetica-Bold")] {
        w.object(
            n,
            format!(
                "<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>"
            )
            .as_bytes(),
        );
    }
    let mut info = b"<< /Title ".to_vec();
    info.extend_from_slice(&literal(&doc.title));
    info.extend_from_slice(
        format!(
            " /Producer (auskunft-demo) /CreationDate (D:{}) >>",
            doc.created
        )
        .as_bytes(),
    );
    w.object(5, &info);
    for (i, page) in doc.pages.iter().enumerate() {
        let page_no = 6 + 2 * i;
        w.object(
            page_no,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {} {}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                num(PAGE_WIDTH),
                num(PAGE_HEIGHT),
                page_no + 1
            )
            .as_bytes(),
        );
        let mut z = ZlibEncoder::new(Vec::new(), Compression::new(6));
        z.write_all(&content(page))?;
        let packed = z.finish()?;
        let mut body = format!(
            "<< /Length {} /Filter /FlateDecode >>\nstream\n",
            packed.len()
        )
        .into_bytes();
        body.extend_from_slice(&packed);
        body.extend_from_slice(b"\nendstream");
        w.object(page_no + 1, &body);
    }

    let xref_at = w.buf.len();
    let count = w.offsets.len() + 1;
    w.buf
        .extend_from_slice(format!("xref\n0 {count}\n0000000000 65535 f\r\n").as_bytes());
    for off in &w.offsets {
        w.buf
            .extend_from_slice(format!("{off:010} 00000 n\r\n").as_bytes());
    }
    // The file identifier only has to be stable for the same content.
    let id = format!("{:08x}{:08x}", crc32fast::hash(&w.buf), w.buf.len());
    w.buf.extend_from_slice(
        format!(
            "trailer\n<< /Size {count} /Root 1 0 R /Info 5 0 R /ID [<{id}{id}> <{id}{id}>] >>\n\
             startxref\n{xref_at}\n%%EOF\n"
        )
        .as_bytes(),
    );
    Ok(w.buf)
}

/// A table laid out over as many pages as it needs, the header row repeated on each.
pub(crate) struct Table<'a> {
    /// Document title, printed at the top of every page.
    pub(crate) title: &'a str,
    /// Column headings and their left x positions.
    pub(crate) columns: &'a [(&'a str, f32)],
    /// Font size of the body rows.
    pub(crate) size: f32,
    /// Distance between rows.
    pub(crate) leading: f32,
}

/// Where a row of a [`Table`] landed: 1-based page and 1-based row on that page (header excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) page: u32,
    pub(crate) row: u32,
}

impl Table<'_> {
    /// Lays out `rows` (each as many cells as there are columns) and numbers the pages.
    pub(crate) fn pages(&self, rows: &[Vec<String>]) -> (Vec<Page>, Vec<Cell>) {
        let top = PAGE_HEIGHT - 56.0;
        let header_y = top - 26.0;
        let first_row_y = header_y - self.leading - 4.0;
        let bottom = 60.0;
        let per_page = (((first_row_y - bottom) / self.leading) as usize + 1).max(1);
        let page_count = rows.len().div_ceil(per_page).max(1);
        let mut pages = Vec::with_capacity(page_count);
        let mut cells = Vec::with_capacity(rows.len());
        for p in 0..page_count {
            let mut page = Page::default();
            page.text(self.columns[0].1, top, 13.0, true, self.title);
            for (heading, x) in self.columns {
                page.text(*x, header_y, self.size, true, *heading);
            }
            let chunk = rows.iter().skip(p * per_page).take(per_page);
            for (r, row) in chunk.enumerate() {
                let y = first_row_y - r as f32 * self.leading;
                for ((_, x), cell) in self.columns.iter().zip(row) {
                    page.text(*x, y, self.size, false, cell.as_str());
                }
                cells.push(Cell {
                    page: p as u32 + 1,
                    row: r as u32 + 1,
                });
            }
            page.text(
                PAGE_WIDTH - 110.0,
                32.0,
                8.0,
                false,
                format!("Seite {} von {}", p + 1, page_count),
            );
            pages.push(page);
        }
        (pages, cells)
    }
}

/// A one-page sheet of explanatory lines, as Amazon's `*.Description.pdf` helpers are.
pub(crate) fn sheet(title: &str, lines: &[String], created: &str) -> std::io::Result<Vec<u8>> {
    let mut page = Page::default();
    page.text(50.0, PAGE_HEIGHT - 70.0, 14.0, true, title);
    for (i, line) in lines.iter().enumerate() {
        page.text(
            50.0,
            PAGE_HEIGHT - 100.0 - 15.0 * i as f32,
            10.0,
            false,
            line.as_str(),
        );
    }
    render(&Document {
        title: title.to_string(),
        created: created.to_string(),
        pages: vec![page],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_escapes_and_encodes() {
        assert_eq!(literal("a(b)\\"), b"(a\\(b\\)\\\\)".to_vec());
        assert_eq!(literal("ä€"), b"(\\344\\200)".to_vec());
        assert_eq!(literal("漢"), b"(?)".to_vec());
    }

    #[test]
    fn xref_offsets_point_at_objects() {
        let bytes = sheet(
            "Test",
            &["Zeile eins".into(), "Grüße".into()],
            "20180101000000Z",
        )
        .expect("render");
        let text = String::from_utf8_lossy(&bytes);
        let xref = text.rfind("\nxref\n").expect("xref") + 1;
        let entries: Vec<usize> = text[xref..]
            .lines()
            .skip(3)
            .take_while(|l| l.ends_with(" n\r") || l.ends_with(" n"))
            .map(|l| l[..10].parse().expect("offset"))
            .collect();
        assert_eq!(entries.len(), 7);
        for (i, off) in entries.iter().enumerate() {
            assert!(bytes[*off..].starts_with(format!("{} 0 obj", i + 1).as_bytes()));
        }
    }
}
