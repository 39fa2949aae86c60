//! What the CLI prints about evidence, setting aside, forgetting and transcripts, and the list
//! inside a set-aside copy: sentences from the catalogue (`crates/words/ftl/*/evidence.ftl`).

use std::fmt::Write;
use std::path::Path;

use auskunft_model::Fit;
use auskunft_words::{format_number, text, Arg, Lang, Message};
use chrono::SecondsFormat;

use crate::forget::Entry;
use crate::keys::KeyInfo;
use crate::manifest::Saved;
use crate::set_aside::{Listed, SetAside};
use crate::verify::{Difference, SignatureCheck, Verification};

fn t(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    text(lang, id, args)
}

fn p(path: &Path) -> Arg {
    Arg::Text(path.display().to_string())
}

/// A size as people read it: `106.2 MB` / `106,2 MB`.
pub fn size(bytes: u64, lang: Lang) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    #[allow(clippy::cast_precision_loss)]
    let mut v = bytes as f64;
    let mut u = 0;
    while v >= 1000.0 && u < UNITS.len() - 1 {
        v /= 1000.0;
        u += 1;
    }
    if u == 0 {
        format!("{bytes} B")
    } else {
        format!("{} {}", format_number(v, 1, lang), UNITS[u])
    }
}

/// The words for a fit (`yours`, `not yours`, `unclear`).
pub fn fit_word(fit: Fit, lang: Lang) -> String {
    let id = match fit {
        Fit::Mine => "evidence-transcripts-fit-mine",
        Fit::Foreign => "evidence-transcripts-fit-foreign",
        Fit::Unknown => "evidence-transcripts-fit-unknown",
    };
    t(lang, id, &[])
}

/// What to tell the user about a key made now or made to replace another.
pub fn key_notice(info: &KeyInfo, lang: Lang) -> String {
    let mut o = String::new();
    if let Some(r) = &info.replaced {
        match &r.old_public {
            Some(old) => {
                let old = format!(
                    "{} ({})",
                    old.display(),
                    r.old_key_id.as_deref().unwrap_or_default()
                );
                let _ = writeln!(
                    o,
                    "{}",
                    t(
                        lang,
                        "evidence-key-replaced",
                        &[
                            ("problem", r.problem_words.clone().into()),
                            ("id", info.key_id.clone().into()),
                            ("old", old.into())
                        ]
                    )
                );
            }
            None => {
                let _ = writeln!(
                    o,
                    "{}",
                    t(
                        lang,
                        "evidence-key-replaced-lost",
                        &[
                            ("problem", r.problem_words.clone().into()),
                            ("id", info.key_id.clone().into())
                        ]
                    )
                );
            }
        }
        if let Some(moved) = &r.moved_to {
            let _ = writeln!(
                o,
                "{}",
                t(lang, "evidence-key-moved", &[("path", p(moved))])
            );
        }
    } else if info.created {
        let dir = info
            .public_path
            .parent()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "{}",
            t(lang, "evidence-key-created", &[("dir", dir.into())])
        );
    }
    o
}

/// What `auskunft manifest` prints.
pub fn manifest_saved(saved: &Saved, inputs: usize, lang: Lang) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-manifest-wrote",
            &[("path", p(&saved.manifest))]
        )
    );
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-manifest-counts",
            &[("members", saved.members.into()), ("inputs", inputs.into())]
        )
    );
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-manifest-sha",
            &[("sha", saved.sha256.clone().into())]
        )
    );
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-manifest-signature",
            &[("path", p(&saved.signature))]
        )
    );
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-manifest-key",
            &[
                ("path", p(&saved.key.public_path)),
                ("id", saved.key.key_id.clone().into())
            ]
        )
    );
    o.push_str(&key_notice(&saved.key, lang));
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-manifest-check",
            &[
                ("manifest", p(&saved.manifest)),
                ("key", p(&saved.key.public_path))
            ]
        )
    );
    o
}

fn place(input: &str, container: Option<&str>, path: &str, lang: Lang) -> String {
    match container {
        Some(c) => t(
            lang,
            "evidence-where-nested",
            &[
                ("input", input.into()),
                ("container", c.into()),
                ("path", path.into()),
            ],
        ),
        None => t(
            lang,
            "evidence-where",
            &[("input", input.into()), ("path", path.into())],
        ),
    }
}

/// A reason or problem: its words when it has them, else the English (a report of a version
/// before they had words).
fn said(words: Option<&Message>, english: &str) -> Arg {
    match words {
        Some(w) => w.clone().into(),
        None => english.into(),
    }
}

fn hash(h: Option<&str>, lang: Lang) -> String {
    h.map_or_else(|| t(lang, "evidence-hash-none", &[]), str::to_string)
}

/// One line per difference, in the manifest's order.
pub fn difference(d: &Difference, lang: Lang) -> String {
    match d {
        Difference::InputMissing {
            input,
            problem: None,
            ..
        } => t(
            lang,
            "evidence-verify-input-missing",
            &[("input", input.into())],
        ),
        Difference::InputMissing {
            input,
            problem: Some(problem),
            problem_words,
        } => t(
            lang,
            "evidence-verify-input-unreadable",
            &[
                ("input", input.into()),
                ("problem", said(problem_words.as_ref(), problem)),
            ],
        ),
        Difference::InputChanged {
            input,
            given,
            old,
            new,
        } => t(
            lang,
            "evidence-verify-input-changed",
            &[
                ("input", input.into()),
                ("given", given.into()),
                ("old", hash(old.as_deref(), lang).into()),
                ("new", hash(new.as_deref(), lang).into()),
            ],
        ),
        Difference::InputExtra { given, sha256 } => t(
            lang,
            "evidence-verify-input-extra",
            &[
                ("given", given.into()),
                ("sha", hash(sha256.as_deref(), lang).into()),
            ],
        ),
        Difference::Missing {
            input,
            container,
            path,
            old,
        } => t(
            lang,
            "evidence-verify-missing",
            &[
                (
                    "where",
                    place(input, container.as_deref(), path, lang).into(),
                ),
                ("old", hash(old.as_deref(), lang).into()),
            ],
        ),
        Difference::Changed {
            input,
            container,
            path,
            old,
            new,
            reason,
            reason_words,
        } => match new {
            Some(new) => t(
                lang,
                "evidence-verify-changed",
                &[
                    (
                        "where",
                        place(input, container.as_deref(), path, lang).into(),
                    ),
                    ("old", hash(old.as_deref(), lang).into()),
                    ("new", new.into()),
                ],
            ),
            None => t(
                lang,
                "evidence-verify-unreadable",
                &[
                    (
                        "where",
                        place(input, container.as_deref(), path, lang).into(),
                    ),
                    ("old", hash(old.as_deref(), lang).into()),
                    (
                        "reason",
                        said(reason_words.as_ref(), reason.as_deref().unwrap_or_default()),
                    ),
                ],
            ),
        },
        Difference::Extra {
            input,
            container,
            path,
            new,
        } => t(
            lang,
            "evidence-verify-extra",
            &[
                (
                    "where",
                    place(input, container.as_deref(), path, lang).into(),
                ),
                ("new", hash(new.as_deref(), lang).into()),
            ],
        ),
    }
}

/// What `auskunft verify` prints.
pub fn verification(v: &Verification, manifest: &Path, lang: Lang) -> String {
    let mut o = String::new();
    if v.differences.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-verify-match",
                &[("members", v.members.into()), ("inputs", v.inputs.into())]
            )
        );
    } else {
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-verify-differ",
                &[("count", v.differences.len().into())]
            )
        );
        for d in &v.differences {
            let _ = writeln!(o, "  {}", difference(d, lang));
        }
    }
    let line = match &v.signature {
        SignatureCheck::Absent => t(
            lang,
            "evidence-verify-sig-absent",
            &[("path", p(&crate::manifest::signature_path(manifest)))],
        ),
        SignatureCheck::Good {
            key_id,
            trusted_comment,
            key_from,
        } => {
            let from = t(lang, &format!("evidence-verify-sig-from-{key_from}"), &[]);
            t(
                lang,
                "evidence-verify-sig-good",
                &[
                    ("id", key_id.into()),
                    ("from", from.into()),
                    ("comment", trusted_comment.into()),
                ],
            )
        }
        SignatureCheck::Bad { problem_words, .. } => t(
            lang,
            "evidence-verify-sig-bad",
            &[("problem", problem_words.clone().into())],
        ),
    };
    let _ = writeln!(o, "{line}");
    o
}

fn item(l: &Listed, lang: Lang) -> String {
    t(
        lang,
        "evidence-setaside-item",
        &[
            (
                "where",
                place(&l.input, l.container.as_deref(), &l.path, lang).into(),
            ),
            ("sha", hash(l.sha256.as_deref(), lang).into()),
        ],
    )
}

/// The list of what was set aside, for people; `limit` cuts each list (`None`: everything).
pub fn set_aside_body(s: &SetAside, lang: Lang, limit: Option<usize>) -> String {
    let mut o = String::new();
    let list = |o: &mut String, lines: Vec<String>| {
        let shown = limit.unwrap_or(usize::MAX);
        for l in lines.iter().take(shown) {
            let _ = writeln!(o, "  {l}");
        }
        if lines.len() > shown {
            let _ = writeln!(
                o,
                "  {}",
                t(
                    lang,
                    "evidence-setaside-more",
                    &[("count", (lines.len() - shown).into())]
                )
            );
        }
    };
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-setaside-copied",
            &[("count", s.copied.into())]
        )
    );
    if s.removed.is_empty() {
        let _ = writeln!(o, "{}", t(lang, "evidence-setaside-none-removed", &[]));
    } else {
        let bytes: u64 = s.removed.iter().map(|r| r.bytes).sum();
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-setaside-removed",
                &[
                    ("count", s.removed.len().into()),
                    ("size", size(bytes, lang).into())
                ]
            )
        );
        list(&mut o, s.removed.iter().map(|r| item(r, lang)).collect());
    }
    if !s.kept_mixed.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-setaside-mixed",
                &[("count", s.kept_mixed.len().into())]
            )
        );
        list(&mut o, s.kept_mixed.iter().map(|r| item(r, lang)).collect());
    }
    if !s.not_copied.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-setaside-not-copied",
                &[("count", s.not_copied.len().into())]
            )
        );
        list(
            &mut o,
            s.not_copied
                .iter()
                .map(|n| {
                    t(
                        lang,
                        "evidence-setaside-item-reason",
                        &[
                            (
                                "where",
                                place(
                                    &n.member.input,
                                    n.member.container.as_deref(),
                                    &n.member.path,
                                    lang,
                                )
                                .into(),
                            ),
                            ("reason", said(n.reason_words.as_ref(), &n.reason)),
                        ],
                    )
                })
                .collect(),
        );
    }
    let _ = writeln!(o, "{}", t(lang, "evidence-setaside-originals", &[]));
    for orig in &s.originals {
        let _ = writeln!(
            o,
            "  {}",
            t(
                lang,
                "evidence-setaside-original",
                &[
                    ("name", orig.name.clone().into()),
                    ("sha", hash(orig.sha256.as_deref(), lang).into())
                ]
            )
        );
    }
    o
}

/// The text file inside the copy.
pub fn set_aside_list(s: &SetAside, lang: Lang) -> String {
    let when = s.created.to_rfc3339_opts(SecondsFormat::Secs, true);
    format!(
        "{}\n\n{}",
        t(lang, "evidence-setaside-title", &[("when", when.into())]),
        set_aside_body(s, lang, None)
    )
}

/// What `auskunft set-aside` prints.
pub fn set_aside_printed(s: &SetAside, lang: Lang) -> String {
    format!(
        "{}\n{}\n\n{}",
        t(lang, "evidence-setaside-wrote", &[("path", p(&s.out))]),
        t(
            lang,
            "evidence-setaside-sha",
            &[
                ("sha", s.sha256.clone().into()),
                ("size", size(s.bytes, lang).into())
            ]
        ),
        set_aside_body(s, lang, None)
    )
}

/// What forgetting the foreign part prints.
pub fn forgotten(entry: &Entry, data_dir: &Path, lang: Lang) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-forget-done",
            &[
                ("members", entry.members.len().into()),
                ("records", entry.records.into())
            ]
        )
    );
    if entry.deleted.is_empty() {
        let _ = writeln!(o, "{}", t(lang, "evidence-forget-nothing", &[]));
    }
    for d in &entry.deleted {
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-forget-deleted",
                &[
                    ("path", p(&data_dir.join(&d.path))),
                    ("size", size(d.bytes, lang).into())
                ]
            )
        );
    }
    for k in &entry.kept {
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-forget-kept",
                &[("path", p(&data_dir.join(&k.path)))]
            )
        );
    }
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-forget-recorded",
            &[
                ("path", p(&data_dir.join(crate::forget::FORGOTTEN_FILE))),
                (
                    "when",
                    entry.when.to_rfc3339_opts(SecondsFormat::Secs, true).into()
                )
            ]
        )
    );
    let _ = writeln!(o, "{}", t(lang, "evidence-forget-later", &[]));
    o
}

/// What `auskunft transcripts` prints.
pub fn transcripts_written(count: usize, fit: Fit, out: &Path, lang: Lang) -> String {
    let mut o = String::new();
    if fit == Fit::Foreign {
        let _ = writeln!(
            o,
            "{}",
            t(lang, "evidence-transcripts-foreign-warning", &[])
        );
    }
    if count == 0 {
        let _ = writeln!(
            o,
            "{}",
            t(
                lang,
                "evidence-transcripts-none",
                &[("fit", fit_word(fit, lang).into())]
            )
        );
    }
    let _ = writeln!(
        o,
        "{}",
        t(
            lang,
            "evidence-transcripts-wrote",
            &[
                ("count", count.into()),
                ("fit", fit_word(fit, lang).into()),
                ("path", p(out))
            ]
        )
    );
    o
}
