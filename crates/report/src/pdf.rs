//! The report as typst markup, typeset into a PDF by [`crate::typeset`]: the same document as
//! the HTML, A4, with the charts placed as SVG images.

use crate::document::{Block, Document, Tone};
use crate::typeset::{self, string, TypesetError};

fn tone_colour(t: Tone) -> &'static str {
    match t {
        Tone::Mine => "rgb(\"#0f766e\")",
        Tone::Foreign => "rgb(\"#c2410c\")",
        Tone::Unknown => "rgb(\"#9a833a\")",
    }
}

/// The typst source of `doc` and the files it reads.
pub fn markup(doc: &Document) -> (String, Vec<(String, Vec<u8>)>) {
    let mut m = String::new();
    let mut files = Vec::new();
    m.push_str(&format!(
        "#set document(title: {}, date: none)\n",
        string(&doc.title)
    ));
    m.push_str(&format!(
        "#set text(lang: {}, font: \"Libertinus Serif\", size: 10.5pt, number-type: \"lining\", number-width: \"tabular\")\n",
        string(doc.lang.code())
    ));
    m.push_str(&format!(
        "#set page(paper: \"a4\", margin: (x: 18mm, top: 18mm, bottom: 20mm), footer: context [#set text(8pt, fill: rgb(\"#6b7280\")); #{} #h(1fr) #counter(page).display(\"1 / 1\", both: true)])\n",
        string(&doc.footer)
    ));
    m.push_str("#set par(justify: false, leading: 0.6em)\n");
    m.push_str("#show heading: set text(size: 13pt)\n#show heading: set block(above: 1.4em, below: 0.7em)\n");
    m.push_str(
        "#set table(stroke: (x: none, y: 0.4pt + rgb(\"#e5e7eb\")), inset: (x: 4pt, y: 3.5pt))\n",
    );
    m.push_str("#show table.cell.where(y: 0): set text(weight: \"bold\")\n");
    m.push_str(&format!(
        "#text(size: 20pt, weight: \"bold\", {})\n\n",
        string(&doc.title)
    ));
    m.push_str(&format!(
        "#text(fill: rgb(\"#6b7280\"), {})\n#line(length: 100%, stroke: 1.2pt)\n\n",
        string(&doc.subtitle)
    ));
    for block in &doc.blocks {
        block_markup(&mut m, &mut files, block);
    }
    (m, files)
}

fn block_markup(m: &mut String, files: &mut Vec<(String, Vec<u8>)>, block: &Block) {
    match block {
        Block::Heading(h) => m.push_str(&format!("#heading(level: 1, {})\n\n", string(h))),
        Block::Para(p) => m.push_str(&format!("#par({})\n\n", string(p))),
        Block::Verdict(v) => m.push_str(&format!(
            "#block(above: 1em, below: 1em, text(size: 15pt, weight: \"bold\", {}))\n\n",
            string(v)
        )),
        Block::Warning(w) => m.push_str(&format!(
            "#block(width: 100%, inset: 8pt, radius: 3pt, stroke: 1.5pt + rgb(\"#c2410c\"), fill: rgb(\"#fff7ed\"), text(weight: \"bold\", \"⚠ \" + {}))\n\n",
            string(w)
        )),
        Block::Counts(counts) => {
            m.push_str("#grid(columns: (1fr, 1fr, 1fr), gutter: 8pt,\n");
            for (n, label, tone) in counts {
                m.push_str(&format!(
                    "  block(width: 100%, inset: (left: 8pt, y: 6pt), stroke: (left: 4pt + {}, rest: 0.5pt + rgb(\"#e5e7eb\")), [#text(size: 17pt, weight: \"bold\", {}) \\ #text({})]),\n",
                    tone_colour(*tone),
                    string(n),
                    string(label)
                ));
            }
            m.push_str(")\n\n");
        }
        Block::Facts(facts) => {
            m.push_str("#grid(columns: (auto, 1fr), column-gutter: 12pt, row-gutter: 6pt,\n");
            for (k, v) in facts {
                m.push_str(&format!(
                    "  text(fill: rgb(\"#6b7280\"), {}), {},\n",
                    string(k),
                    breakable(v)
                ));
            }
            m.push_str(")\n\n");
        }
        Block::Table {
            head,
            rows,
            numeric,
        } => {
            let columns: Vec<&str> = (0..head.len())
                .map(|i| {
                    if numeric.get(i).copied().unwrap_or(false) {
                        "auto"
                    } else {
                        "1fr"
                    }
                })
                .collect();
            let align: Vec<&str> = (0..head.len())
                .map(|i| {
                    if numeric.get(i).copied().unwrap_or(false) {
                        "right"
                    } else {
                        "left"
                    }
                })
                .collect();
            m.push_str(&format!(
                "#text(size: 8.5pt, table(columns: ({},), align: ({},),\n  table.header({}),\n",
                columns.join(", "),
                align.join(", "),
                head.iter().map(|h| string(h)).collect::<Vec<_>>().join(", ")
            ));
            for row in rows {
                m.push_str("  ");
                for cell in row {
                    m.push_str(&breakable(cell));
                    m.push_str(", ");
                }
                m.push('\n');
            }
            m.push_str("))\n\n");
        }
        Block::Chart {
            name,
            svg,
            caption,
            width,
        } => {
            files.push((name.clone(), svg.as_bytes().to_vec()));
            let w = if *width < 1.0 { 49.0 } else { 100.0 };
            m.push_str(&format!(
                "#box(width: {w}%, figure(image({}, width: 100%), caption: {}, supplement: none, numbering: none))\n",
                string(name),
                string(caption)
            ));
            if *width >= 1.0 {
                m.push('\n');
            }
        }
    }
}

/// A cell's text with break opportunities after `/`, `_` and inside long hex strings (hashes,
/// paths), so a 64-digit SHA-256 wraps instead of running off the page.
fn breakable(s: &str) -> String {
    let long_word = s.split_whitespace().any(|w| w.chars().count() > 24);
    if !long_word {
        return string(s);
    }
    let mut out = String::new();
    let mut run = 0;
    for c in s.chars() {
        out.push(c);
        run = if c.is_whitespace() { 0 } else { run + 1 };
        if matches!(c, '/' | '_' | '.' | '-') || run % 16 == 0 && run > 0 {
            out.push('\u{200b}');
        }
    }
    string(&out)
}

/// The report as a PDF.
pub fn render(doc: &Document, today: chrono::NaiveDate) -> Result<Vec<u8>, TypesetError> {
    let (main, files) = markup(doc);
    typeset::pdf(&main, &files, today)
}
