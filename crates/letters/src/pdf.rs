//! A letter as typst markup: A4, sender line and address block where a window envelope wants
//! them (DIN 5008, form B, approximately), date on the right, subject in bold, the appendix of
//! hashes on its own page in small monospace.

use auskunft_report::typeset::string;

use crate::Letter;

pub(crate) fn markup(l: &Letter) -> String {
    let mut m = String::new();
    m.push_str(&format!(
        "#set document(title: {}, date: none)\n#set text(lang: {}, font: \"Libertinus Serif\", size: 11pt)\n#set page(paper: \"a4\", margin: (left: 25mm, right: 20mm, top: 27mm, bottom: 25mm))\n#set par(justify: false, leading: 0.65em, spacing: 1.1em)\n",
        string(&l.subject),
        string(&l.lang)
    ));
    let lines = |v: &[String]| {
        v.iter()
            .map(|s| format!("[#{}]", string(s)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    m.push_str(&format!(
        "#align(right, block(align(left, stack(spacing: 0.45em, ..({},)))))\n#v(8mm)\n",
        lines(&l.sender)
    ));
    m.push_str(&format!(
        "#block(height: 40mm, stack(spacing: 0.45em, ..({},)))\n",
        lines(&l.recipient)
    ));
    m.push_str(&format!("#align(right, {})\n#v(6mm)\n", string(&l.date)));
    m.push_str(&format!(
        "#text(weight: \"bold\", {})\n#v(4mm)\n",
        string(&l.subject)
    ));
    m.push_str(&format!("#par({})\n", string(&l.salutation)));
    for p in &l.body {
        if p.contains('\n') {
            m.push_str(&format!(
                "#pad(left: 1.5em, stack(spacing: 0.55em, ..({},)))\n",
                lines(&p.lines().map(str::to_owned).collect::<Vec<_>>())
            ));
        } else {
            m.push_str(&format!("#par({})\n", string(p)));
        }
    }
    m.push_str(&format!(
        "#par({})\n#v(10mm)\n#par({})\n",
        string(&l.closing),
        string(&l.signature)
    ));
    if !l.appendix.is_empty() {
        m.push_str(&format!(
            "#pagebreak()\n#text(weight: \"bold\", {})\n#v(3mm)\n#text(font: \"DejaVu Sans Mono\", size: 6.5pt)[{}]\n",
            string(&l.appendix_title),
            l.appendix
                .iter()
                .map(|s| format!("#{}", string(s)))
                .collect::<Vec<_>>()
                .join(" \\\n")
        ));
    }
    m
}
