//! The report as a neutral document: headings, paragraphs, tables and charts, built once from
//! the audit and written out by [`crate::html`] and [`crate::pdf`]. Both files therefore say
//! exactly the same things; only the typesetting differs.
//!
//! Respect for the stranger is decided here, in one place: records judged `foreign` contribute
//! counts, times, devices and hashes, and their words only when the reader asked for them
//! ([`crate::Options::include_foreign_text`]), behind a plain warning. Flag messages of single
//! records are never quoted (some name what was said); each flag code is described in the
//! catalogue's own words instead.

use std::collections::BTreeMap;

use auskunft_model::{Fit, FlagCode, MemberStatus, Report, Severity};
use auskunft_words::{format_count, text, Arg, Lang};

use crate::{charts, dates, Options, Provenance};

/// How many excerpts of foreign records the report shows when asked to.
pub const MAX_EXCERPTS: usize = 60;
/// How many unread files are listed one by one; the rest are counted.
pub const MAX_UNREAD_ROWS: usize = 80;
/// How many devices get an hour-of-day heatmap (those with the most records).
pub const MAX_HEATMAPS: usize = 12;

/// One piece of the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A paragraph of plain text.
    Para(String),
    /// The verdict: one sentence in large type.
    Verdict(String),
    /// Three big numbers: yours, not yours, unclear, each with its label and tone.
    Counts(Vec<(String, String, Tone)>),
    /// A plain warning the reader must not miss.
    Warning(String),
    /// Label–value pairs.
    Facts(Vec<(String, String)>),
    /// A table; `numeric` marks the columns set right-aligned in tabular figures.
    Table {
        /// Column titles.
        head: Vec<String>,
        /// Rows of cells.
        rows: Vec<Vec<String>>,
        /// Which columns hold numbers.
        numeric: Vec<bool>,
    },
    /// A chart (SVG) with its caption.
    Chart {
        /// The file name it gets inside the PDF's typesetting world (`chart-1.svg`).
        name: String,
        /// The SVG.
        svg: String,
        /// What it shows.
        caption: String,
        /// Width as a share of the text width (0–1).
        width: f32,
    },
}

/// The colour family of a count or fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// The user's.
    Mine,
    /// Someone else's.
    Foreign,
    /// Unclear.
    Unknown,
}

impl From<Fit> for Tone {
    fn from(f: Fit) -> Tone {
        match f {
            Fit::Mine => Tone::Mine,
            Fit::Foreign => Tone::Foreign,
            Fit::Unknown => Tone::Unknown,
        }
    }
}

/// The whole report, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The language it is written in.
    pub lang: Lang,
    /// Its title.
    pub title: String,
    /// The line under the title (what was checked, when).
    pub subtitle: String,
    /// The footer of every page.
    pub footer: String,
    /// Everything else, in order.
    pub blocks: Vec<Block>,
}

fn t(lang: Lang, id: &str) -> String {
    text(lang, id, &[])
}

fn ta(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    text(lang, id, args)
}

fn count(lang: Lang, n: usize) -> String {
    format_count(n, lang)
}

/// The word for a fit: `Yours`, `Not yours`, `Unclear`.
pub fn fit_word(lang: Lang, fit: Fit) -> String {
    t(
        lang,
        match fit {
            Fit::Mine => "report-fit-mine",
            Fit::Foreign => "report-fit-foreign",
            Fit::Unknown => "report-fit-unknown",
        },
    )
}

/// A size in bytes as people read it: `51.9 MB` / `51,9 MB`.
pub fn size(lang: Lang, bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    let (value, unit, digits) = if b >= 1e9 {
        (b / 1e9, "GB", 1)
    } else if b >= 1e6 {
        (b / 1e6, "MB", 1)
    } else if b >= 1e3 {
        (b / 1e3, "kB", 0)
    } else {
        (b, "B", 0)
    };
    format!(
        "{} {unit}",
        auskunft_words::format_number(value, digits, lang)
    )
}

/// The file name of a path as given (no folders: they say where the reader keeps files).
pub fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

fn flag_code(code: FlagCode) -> String {
    serde_plain(&code)
}

fn severity_word(lang: Lang, s: Severity) -> String {
    t(
        lang,
        match s {
            Severity::High => "report-severity-high",
            Severity::Medium => "report-severity-medium",
            Severity::Low => "report-severity-low",
        },
    )
}

/// The snake_case name serde gives a unit enum variant (`foreign_account`).
fn serde_plain<T: std::fmt::Debug>(v: &T) -> String {
    let debug = format!("{v:?}");
    let mut out = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Builds the report of `report` for the reader.
pub fn build(report: &Report, provenance: &Provenance, options: &Options) -> Document {
    let lang = options.lang;
    let s = &report.summary;
    let archives: Vec<String> = report.inputs.iter().map(|i| file_name(&i.path)).collect();
    let mut blocks = Vec::new();

    // The answer first.
    let verdict = match lang {
        Lang::De if !s.verdict_de.is_empty() => s.verdict_de.clone(),
        _ => s.verdict.clone(),
    };
    blocks.push(Block::Verdict(verdict));
    blocks.push(Block::Counts(vec![
        (
            count(lang, s.records_mine),
            t(lang, "report-count-mine"),
            Tone::Mine,
        ),
        (
            count(lang, s.records_foreign),
            t(lang, "report-count-foreign"),
            Tone::Foreign,
        ),
        (
            count(lang, s.records_unknown),
            t(lang, "report-count-unknown"),
            Tone::Unknown,
        ),
    ]));
    if let Some(q) = &s.question {
        let question = match lang {
            Lang::De => q.de.clone(),
            Lang::En => q.en.clone(),
        };
        blocks.push(Block::Para(ta(
            lang,
            "report-question",
            &[("question", question.into())],
        )));
    }
    blocks.push(Block::Para(ta(
        lang,
        "report-totals",
        &[
            ("records", s.records.into()),
            ("audio", s.records_with_audio.into()),
            ("transcripts", s.records_with_transcript.into()),
            ("devices", s.devices.into()),
            ("members", s.members.into()),
        ],
    )));
    blocks.push(Block::Para(if options.include_foreign_text {
        t(lang, "report-stranger-included")
    } else {
        t(lang, "report-stranger-left-out")
    }));

    checked(&mut blocks, report, provenance, lang);
    devices(&mut blocks, report, lang);
    charts_section(&mut blocks, report, lang, options);
    flags(&mut blocks, report, lang);
    unread(&mut blocks, report, lang);
    if options.include_foreign_text {
        excerpts(&mut blocks, report, lang);
    }

    Document {
        lang,
        title: t(lang, "report-title"),
        subtitle: ta(
            lang,
            "report-subtitle",
            &[
                ("archives", archives.join(", ").into()),
                ("date", dates::date_time(lang, provenance.checked_at).into()),
            ],
        ),
        footer: ta(
            lang,
            "report-footer",
            &[("version", report.tool.version.clone().into())],
        ),
        blocks,
    }
}

fn checked(blocks: &mut Vec<Block>, report: &Report, provenance: &Provenance, lang: Lang) {
    blocks.push(Block::Heading(t(lang, "report-checked-title")));
    blocks.push(Block::Para(t(lang, "report-checked-lead")));
    let mut modules: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &report.members {
        if let Some(f) = &m.format {
            *modules.entry(f.as_str()).or_default() += 1;
        }
    }
    let modules = if modules.is_empty() {
        t(lang, "report-checked-no-modules")
    } else {
        modules
            .iter()
            .map(|(name, n)| {
                ta(
                    lang,
                    "report-checked-module",
                    &[("name", (*name).into()), ("count", (*n).into())],
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let inventory = match &provenance.inventory {
        Some(inv) => ta(
            lang,
            "report-checked-inventory",
            &[
                ("file", file_name(&inv.path).into()),
                ("sha256", inv.sha256.clone().into()),
            ],
        ),
        None => t(lang, "report-checked-no-inventory"),
    };
    let word = match report.summary.inventory {
        auskunft_model::InventoryState::Declared => t(lang, "report-checked-word-given"),
        auskunft_model::InventoryState::None => t(lang, "report-checked-word-missing"),
    };
    blocks.push(Block::Facts(vec![
        (
            t(lang, "report-checked-tool"),
            format!("{} {}", report.tool.name, report.tool.version),
        ),
        (
            t(lang, "report-checked-modules"),
            ta(
                lang,
                "report-checked-modules-value",
                &[
                    ("version", report.tool.version.clone().into()),
                    ("modules", modules.into()),
                ],
            ),
        ),
        (t(lang, "report-checked-inventory-label"), inventory),
        (t(lang, "report-checked-word"), word),
        (
            t(lang, "report-checked-time"),
            dates::date_time(lang, provenance.checked_at),
        ),
        (
            t(lang, "report-checked-export-id"),
            report.export_id.clone(),
        ),
    ]));
    let rows = report
        .inputs
        .iter()
        .map(|i| {
            vec![
                file_name(&i.path),
                size(lang, i.bytes),
                i.sha256
                    .clone()
                    .unwrap_or_else(|| t(lang, "report-unreadable")),
                t(
                    lang,
                    &format!("report-input-{}", serde_plain(&i.status)).replace('_', "-"),
                ),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        head: vec![
            t(lang, "report-col-archive"),
            t(lang, "report-col-size"),
            t(lang, "report-col-sha256"),
            t(lang, "report-col-status"),
        ],
        rows,
        numeric: vec![false, true, false, false],
    });
}

fn devices(blocks: &mut Vec<Block>, report: &Report, lang: Lang) {
    blocks.push(Block::Heading(t(lang, "report-devices-title")));
    if report.devices.is_empty() {
        blocks.push(Block::Para(t(lang, "report-devices-none")));
        return;
    }
    let rows = report
        .devices
        .iter()
        .map(|d| {
            let name = d.name.clone().unwrap_or_else(|| d.id.clone());
            let model = d
                .model
                .clone()
                .or_else(|| d.device_type.clone())
                .unwrap_or_default();
            vec![
                name,
                model,
                d.serial.clone().unwrap_or_default(),
                count(lang, d.records),
                dates::range(lang, d.first, d.last),
                fit_word(lang, d.fit),
                d.reasons.join(" "),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        head: vec![
            t(lang, "report-col-device"),
            t(lang, "report-col-model"),
            t(lang, "report-col-serial"),
            t(lang, "report-col-records"),
            t(lang, "report-col-seen"),
            t(lang, "report-col-fit"),
            t(lang, "report-col-reasons"),
        ],
        rows,
        numeric: vec![false, false, false, true, false, false, false],
    });
}

fn charts_section(blocks: &mut Vec<Block>, report: &Report, lang: Lang, options: &Options) {
    blocks.push(Block::Heading(t(lang, "report-charts-title")));
    let font = options.chart_font;
    if let Some(svg) = charts::fit_bar(report, lang, font) {
        blocks.push(Block::Chart {
            name: "fit.svg".into(),
            svg,
            caption: t(lang, "report-chart-fit"),
            width: 1.0,
        });
    }
    if let Some(svg) = charts::lanes(report, lang, font) {
        blocks.push(Block::Chart {
            name: "lanes.svg".into(),
            svg,
            caption: t(lang, "report-chart-lanes"),
            width: 1.0,
        });
    }
    let mut by_records: Vec<&auskunft_model::Device> =
        report.devices.iter().filter(|d| d.records > 0).collect();
    by_records.sort_by_key(|d| std::cmp::Reverse(d.records));
    for (i, d) in by_records.iter().take(MAX_HEATMAPS).enumerate() {
        if let Some(svg) = charts::heatmap(report, &d.id, lang, font) {
            let name = d.name.clone().unwrap_or_else(|| d.id.clone());
            blocks.push(Block::Chart {
                name: format!("heatmap-{}.svg", i + 1),
                svg,
                caption: ta(
                    lang,
                    "report-chart-heatmap",
                    &[
                        ("device", name.into()),
                        ("fit", fit_word(lang, d.fit).into()),
                        ("count", d.records.into()),
                    ],
                ),
                width: 0.5,
            });
        }
    }
    if by_records.len() > MAX_HEATMAPS {
        blocks.push(Block::Para(ta(
            lang,
            "report-chart-heatmap-more",
            &[("count", (by_records.len() - MAX_HEATMAPS).into())],
        )));
    }
    let no_device = report.records.iter().filter(|r| r.device.is_none()).count();
    if no_device > 0 {
        blocks.push(Block::Para(ta(
            lang,
            "report-chart-no-device",
            &[("count", no_device.into())],
        )));
    }
}

fn flags(blocks: &mut Vec<Block>, report: &Report, lang: Lang) {
    blocks.push(Block::Heading(t(lang, "report-flags-title")));
    let mut counts: BTreeMap<(std::cmp::Reverse<Severity>, String), (usize, Severity)> =
        BTreeMap::new();
    for r in &report.records {
        let mut seen = Vec::new();
        for f in &r.flags {
            if seen.contains(&f.code) {
                continue;
            }
            seen.push(f.code);
            counts
                .entry((std::cmp::Reverse(f.severity), flag_code(f.code)))
                .or_insert((0, f.severity))
                .0 += 1;
        }
    }
    if counts.is_empty() {
        blocks.push(Block::Para(t(lang, "report-flags-none")));
        return;
    }
    blocks.push(Block::Para(t(lang, "report-flags-lead")));
    let rows = counts
        .iter()
        .map(|((_, code), (n, severity))| {
            vec![
                code.clone(),
                severity_word(lang, *severity),
                count(lang, *n),
                t(lang, &format!("report-flag-{}", code.replace('_', "-"))),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        head: vec![
            t(lang, "report-col-flag"),
            t(lang, "report-col-severity"),
            t(lang, "report-col-records"),
            t(lang, "report-col-meaning"),
        ],
        rows,
        numeric: vec![false, false, true, false],
    });
}

fn unread(blocks: &mut Vec<Block>, report: &Report, lang: Lang) {
    blocks.push(Block::Heading(t(lang, "report-unread-title")));
    let bad_inputs: Vec<_> = report
        .inputs
        .iter()
        .filter(|i| i.status != auskunft_model::InputStatus::Ok)
        .collect();
    let unread: Vec<_> = report
        .members
        .iter()
        .filter(|m| m.status != MemberStatus::Parsed)
        .collect();
    if bad_inputs.is_empty() && unread.is_empty() && report.notes.is_empty() {
        blocks.push(Block::Para(t(lang, "report-unread-none")));
        return;
    }
    for i in &bad_inputs {
        blocks.push(Block::Para(format!(
            "{}: {}",
            file_name(&i.path),
            i.message.clone().unwrap_or_else(|| t(
                lang,
                &format!("report-input-{}", serde_plain(&i.status)).replace('_', "-")
            ))
        )));
    }
    if !unread.is_empty() {
        blocks.push(Block::Para(ta(
            lang,
            "report-unread-lead",
            &[
                ("skipped", report.summary.members_skipped.into()),
                ("failed", report.summary.members_failed.into()),
                ("total", report.summary.members.into()),
            ],
        )));
        let rows = unread
            .iter()
            .take(MAX_UNREAD_ROWS)
            .map(|m| {
                vec![
                    m.path.clone(),
                    t(
                        lang,
                        match m.status {
                            MemberStatus::Skipped => "report-status-skipped",
                            _ => "report-status-failed",
                        },
                    ),
                    m.reason_in(lang).unwrap_or_default(),
                ]
            })
            .collect();
        blocks.push(Block::Table {
            head: vec![
                t(lang, "report-col-file"),
                t(lang, "report-col-status"),
                t(lang, "report-col-why"),
            ],
            rows,
            numeric: vec![false, false, false],
        });
        if unread.len() > MAX_UNREAD_ROWS {
            blocks.push(Block::Para(ta(
                lang,
                "report-unread-more",
                &[("count", (unread.len() - MAX_UNREAD_ROWS).into())],
            )));
        }
    }
    for n in &report.notes {
        // A note of an older report without words stays in English.
        let said = if n.message_words.id.is_empty() {
            n.message.clone()
        } else {
            n.message_words.render(lang)
        };
        blocks.push(Block::Para(said));
    }
}

fn excerpts(blocks: &mut Vec<Block>, report: &Report, lang: Lang) {
    let foreign: Vec<_> = report
        .records
        .iter()
        .filter(|r| r.fit == Fit::Foreign)
        .filter(|r| !r.placeholder)
        .filter_map(|r| {
            let words = r.transcript.as_deref()?.trim();
            (!words.is_empty()).then_some((r, words))
        })
        .collect();
    blocks.push(Block::Heading(t(lang, "report-excerpts-title")));
    blocks.push(Block::Warning(t(lang, "report-excerpts-warning")));
    if foreign.is_empty() {
        blocks.push(Block::Para(t(lang, "report-excerpts-none")));
        return;
    }
    let names: BTreeMap<&str, String> = report
        .devices
        .iter()
        .map(|d| {
            (
                d.id.as_str(),
                d.name.clone().unwrap_or_else(|| d.id.clone()),
            )
        })
        .collect();
    let rows = foreign
        .iter()
        .take(MAX_EXCERPTS)
        .map(|(r, words)| {
            vec![
                r.time.map_or_else(
                    || t(lang, "report-no-time"),
                    |at| dates::date_time(lang, at),
                ),
                r.device
                    .as_deref()
                    .and_then(|d| names.get(d).cloned())
                    .unwrap_or_default(),
                (*words).to_owned(),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        head: vec![
            t(lang, "report-col-time"),
            t(lang, "report-col-device"),
            t(lang, "report-col-words"),
        ],
        rows,
        numeric: vec![false, false, false],
    });
    if foreign.len() > MAX_EXCERPTS {
        blocks.push(Block::Para(ta(
            lang,
            "report-excerpts-more",
            &[("count", (foreign.len() - MAX_EXCERPTS).into())],
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_code_and_input_status_has_words_in_both_languages() {
        use auskunft_model::{FlagCode as F, InputStatus as I};
        let flags = [
            F::VoiceDataWithoutVoiceDevice,
            F::ForeignAccount,
            F::UnknownDevice,
            F::OutsideOwnershipWindow,
            F::BeforeRegistration,
            F::DeviceTypeNotOwned,
            F::UnrecognizedSpeaker,
            F::UnknownSpeaker,
            F::FarLocation,
            F::ContentFarPlace,
            F::ContentUnknownName,
            F::ContentContact,
            F::SecondRhythm,
            F::LanguageMix,
            F::MarkedNotMine,
            F::OtherAccount,
        ];
        for code in flags {
            let json = serde_json::to_value(code).expect("serialises");
            assert_eq!(json.as_str(), Some(flag_code(code).as_str()));
            for lang in Lang::ALL {
                let id = format!("report-flag-{}", flag_code(code).replace('_', "-"));
                assert!(auskunft_words::has(lang, &id), "{lang}: {id}");
            }
        }
        for status in [
            I::Ok,
            I::Truncated,
            I::NotAnArchive,
            I::Empty,
            I::Unreadable,
        ] {
            let id = format!("report-input-{}", serde_plain(&status)).replace('_', "-");
            for lang in Lang::ALL {
                assert!(auskunft_words::has(lang, &id), "{lang}: {id}");
            }
        }
    }

    #[test]
    fn sizes_read_as_each_language_writes_them() {
        assert_eq!(size(Lang::En, 51_906_724), "51.9 MB");
        assert_eq!(size(Lang::De, 51_906_724), "51,9 MB");
        assert_eq!(size(Lang::De, 999), "999 B");
    }
}
