//! The report as one self-contained HTML file: styles inline, charts inline as SVG, no script,
//! no font, image or link that reaches outside the file. It prints well (A4, page breaks kept
//! out of tables' rows and charts).

use crate::document::{Block, Document, Tone};

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink:#1f2937; --muted:#6b7280; --rule:#e5e7eb; --mine:#0f766e; --foreign:#c2410c; --unknown:#9a833a; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
  max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; font-variant-numeric: tabular-nums; }
header { border-bottom: 2px solid var(--ink); padding-bottom: .75rem; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0; }
.subtitle { color: var(--muted); margin: .25rem 0 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; break-after: avoid; }
.verdict { font-size: 1.45rem; font-weight: 650; line-height: 1.3; margin: 1rem 0; }
.counts { display: flex; gap: 1rem; margin: 1rem 0; }
.count { flex: 1; border: 1px solid var(--rule); border-left: 6px solid; border-radius: 6px; padding: .5rem .75rem; }
.count b { display: block; font-size: 1.6rem; }
.count.mine { border-left-color: var(--mine); } .count.foreign { border-left-color: var(--foreign); } .count.unknown { border-left-color: var(--unknown); }
.warning { border: 2px solid var(--foreign); background: #fff7ed; padding: .6rem .8rem; border-radius: 6px; font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0 1rem; }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
th { background: #f9fafb; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr, figure { break-inside: avoid; }
figure { margin: .75rem 0 1.25rem; display: inline-block; vertical-align: top; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .85rem; margin-top: .25rem; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
@media print { body { margin: 0; max-width: none; } @page { size: A4; margin: 16mm 14mm; } }
"#;

/// The report as one HTML page.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(doc.lang.code());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Nothing may load: the file is read wherever it is sent, offline or not.
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&doc.title)));
    out.push_str("<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n");
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    out.push_str(&format!(
        "<p class=\"subtitle\">{}</p>\n",
        escape(&doc.subtitle)
    ));
    out.push_str("</header>\n<main>\n");
    for block in &doc.blocks {
        block_html(&mut out, block);
    }
    out.push_str("</main>\n");
    out.push_str(&format!("<footer>{}</footer>\n", escape(&doc.footer)));
    out.push_str("</body>\n</html>\n");
    out
}

fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Mine => "mine",
        Tone::Foreign => "foreign",
        Tone::Unknown => "unknown",
    }
}

fn block_html(out: &mut String, block: &Block) {
    match block {
        Block::Heading(h) => out.push_str(&format!("<h2>{}</h2>\n", escape(h))),
        Block::Para(p) => out.push_str(&format!("<p>{}</p>\n", escape(p))),
        Block::Verdict(v) => out.push_str(&format!("<p class=\"verdict\">{}</p>\n", escape(v))),
        Block::Warning(w) => out.push_str(&format!(
            "<p class=\"warning\" role=\"note\">⚠ {}</p>\n",
            escape(w)
        )),
        Block::Counts(counts) => {
            out.push_str("<div class=\"counts\">\n");
            for (n, label, tone) in counts {
                out.push_str(&format!(
                    "<div class=\"count {}\"><b>{}</b>{}</div>\n",
                    tone_class(*tone),
                    escape(n),
                    escape(label)
                ));
            }
            out.push_str("</div>\n");
        }
        Block::Facts(facts) => {
            out.push_str("<dl>\n");
            for (k, v) in facts {
                out.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", escape(k), escape(v)));
            }
            out.push_str("</dl>\n");
        }
        Block::Table {
            head,
            rows,
            numeric,
        } => {
            let class = |i: usize| {
                if numeric.get(i).copied().unwrap_or(false) {
                    " class=\"num\""
                } else {
                    ""
                }
            };
            out.push_str("<table>\n<thead><tr>");
            for (i, h) in head.iter().enumerate() {
                out.push_str(&format!("<th{}>{}</th>", class(i), escape(h)));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for (i, cell) in row.iter().enumerate() {
                    out.push_str(&format!("<td{}>{}</td>", class(i), escape(cell)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Chart {
            svg,
            caption,
            width,
            ..
        } => {
            // Plotters writes a complete SVG document; its XML declaration has no place inline.
            let inline = svg
                .trim_start()
                .strip_prefix("<?xml")
                .and_then(|rest| rest.split_once("?>"))
                .map_or(svg.as_str(), |(_, body)| body);
            out.push_str(&format!(
                "<figure style=\"width:{:.0}%\">{}\n<figcaption>{}</figcaption></figure>\n",
                (width * 100.0 - if *width < 1.0 { 2.0 } else { 0.0 }),
                inline.trim(),
                escape(caption)
            ));
        }
    }
}
