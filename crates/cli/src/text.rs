//! The human-readable audit summary, in the reader's language (`cli.ftl`).

use std::collections::BTreeMap;
use std::fmt::Write;

use auskunft_api::{format_count, Lang, Message};
use auskunft_model::{InputStatus, MemberKind, MemberStatus, Report};

/// Reads `--lang` (de or en); clap names the option and the value when it is neither.
pub(crate) fn parse_lang(s: &str) -> Result<Lang, crate::usage::Expected> {
    Lang::parse(s).ok_or_else(|| crate::usage::Expected::one_of(Lang::ALL.map(Lang::code)))
}

/// The language asked for with `--lang`, else the environment's (`LC_ALL`, then `LANG`).
pub(crate) fn lang_or_env(given: Option<Lang>) -> Lang {
    given.unwrap_or_else(Lang::from_env)
}

fn size(bytes: u64, lang: Lang) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = bytes as f64;
    let mut u = 0;
    while v >= 1000.0 && u < UNITS.len() - 1 {
        v /= 1000.0;
        u += 1;
    }
    if u == 0 {
        format!("{} B", format_count(bytes as usize, lang))
    } else {
        format!("{} {}", auskunft_words::format_number(v, 1, lang), UNITS[u])
    }
}

fn status_code(s: InputStatus) -> &'static str {
    match s {
        InputStatus::Ok => "ok",
        InputStatus::Truncated => "truncated",
        InputStatus::NotAnArchive => "not_an_archive",
        InputStatus::Empty => "empty",
        InputStatus::Unreadable => "unreadable",
    }
}

fn kind_code(k: MemberKind) -> &'static str {
    match k {
        MemberKind::Audio => "audio",
        MemberKind::Transcript => "transcript",
        MemberKind::Records => "records",
        MemberKind::DeviceList => "device_list",
        MemberKind::Document => "document",
        MemberKind::Archive => "archive",
        MemberKind::Other => "other",
    }
}

/// Renders the summary a person reads in a terminal, in `lang`.
pub fn summary(r: &Report, lang: Lang) -> String {
    let say = |m: Message| m.render(lang);
    let n = |c: usize| format_count(c, lang);
    let mut o = String::new();
    let s = &r.summary;
    let _ = writeln!(o, "{}\n", s.verdict_words.render(lang));
    let _ = writeln!(
        o,
        "{}",
        say(Message::new("cli-export")
            .arg("id", &r.export_id[..12])
            .arg("count", r.inputs.len()))
    );
    for i in &r.inputs {
        let _ = writeln!(
            o,
            "  {}  {}  {}",
            i.path,
            size(i.bytes, lang),
            say(Message::new("cli-input-status").arg("status", status_code(i.status)))
        );
        if let Some(m) = &i.message {
            let m = i
                .message_words
                .as_ref()
                .map_or_else(|| m.clone(), |w| w.render(lang));
            let _ = writeln!(o, "      {m}");
        }
    }
    let _ = writeln!(
        o,
        "\n{}",
        say(Message::new("cli-files")
            .arg("members", s.members)
            .arg("parsed", s.members_parsed)
            .arg("skipped", s.members_skipped)
            .arg("failed", s.members_failed))
    );
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &r.members {
        *kinds.entry(kind_code(m.kind)).or_default() += 1;
    }
    if !kinds.is_empty() {
        let list: Vec<String> = kinds
            .iter()
            .map(|(k, c)| say(Message::new("cli-kind").arg("count", *c).arg("kind", *k)))
            .collect();
        let _ = writeln!(
            o,
            "  {}",
            say(Message::new("cli-by-kind").arg("list", list.join(", ")))
        );
    }
    for (status, title) in [
        (MemberStatus::Failed, "cli-failed"),
        (MemberStatus::Skipped, "cli-skipped"),
    ] {
        let mut reasons: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for m in r.members.iter().filter(|m| m.status == status) {
            let reason = m
                .reason_in(lang)
                .unwrap_or_else(|| say(Message::new("cli-no-reason")));
            reasons.entry(reason).or_default().push(&m.path);
        }
        if reasons.is_empty() {
            continue;
        }
        let _ = writeln!(o, "  {}", say(Message::new(title)));
        let mut grouped: Vec<_> = reasons.into_iter().collect();
        grouped.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        for (reason, paths) in grouped.iter().take(12) {
            let example = if paths.len() == 1 {
                paths[0].to_string()
            } else {
                format!("{}, …", paths[0])
            };
            let _ = writeln!(o, "    {:>6}  {reason}  ({example})", n(paths.len()));
        }
        if grouped.len() > 12 {
            let _ = writeln!(
                o,
                "    {}",
                say(Message::new("cli-more-reasons").arg("count", grouped.len() - 12))
            );
        }
    }
    // Files read with warnings (a row skipped, an encoding repaired): how many warnings, the
    // first, and the file, as the reasons above.
    let warned: Vec<_> = r
        .members
        .iter()
        .filter(|m| !m.warnings.is_empty())
        .collect();
    if !warned.is_empty() {
        let _ = writeln!(o, "  {}", say(Message::new("cli-warned")));
        for m in warned.iter().take(12) {
            let said = m.warnings_in(lang);
            let more = if said.len() > 1 { " …" } else { "" };
            let first = said.first().map_or("", String::as_str);
            let _ = writeln!(o, "    {:>6}  {first}{more}  ({})", n(said.len()), m.path);
        }
        if warned.len() > 12 {
            let _ = writeln!(
                o,
                "    {}",
                say(Message::new("cli-more-warned").arg("count", warned.len() - 12))
            );
        }
    }
    let _ = writeln!(
        o,
        "\n{}",
        say(Message::new("cli-records")
            .arg("records", s.records)
            .arg("mine", s.records_mine)
            .arg("foreign", s.records_foreign)
            .arg("unknown", s.records_unknown)
            .arg("devices", s.devices))
    );
    for note in &r.notes {
        let _ = writeln!(
            o,
            "{}",
            say(Message::new("cli-note").arg(
                "note",
                if note.message_words.id.is_empty() {
                    note.message.clone()
                } else {
                    note.message_words.render(lang)
                }
            ))
        );
    }
    o
}
