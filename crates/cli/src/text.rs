//! The human-readable audit summary.

use std::collections::BTreeMap;
use std::fmt::Write;

use auskunft_api::{format_count, Lang};
use auskunft_model::{InputStatus, MemberKind, MemberStatus, Report};

fn n(count: usize) -> String {
    format_count(count, Lang::En)
}

fn size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = bytes as f64;
    let mut u = 0;
    while v >= 1000.0 && u < UNITS.len() - 1 {
        v /= 1000.0;
        u += 1;
    }
    if u == 0 {
        format!("{bytes} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

fn status_word(s: InputStatus) -> &'static str {
    match s {
        InputStatus::Ok => "ok",
        InputStatus::Truncated => "TRUNCATED",
        InputStatus::NotAnArchive => "NOT AN ARCHIVE",
        InputStatus::Empty => "EMPTY",
        InputStatus::Unreadable => "UNREADABLE",
    }
}

fn kind_word(k: MemberKind) -> &'static str {
    match k {
        MemberKind::Audio => "audio",
        MemberKind::Transcript => "transcript",
        MemberKind::Records => "records",
        MemberKind::DeviceList => "device list",
        MemberKind::Document => "document",
        MemberKind::Archive => "archive",
        MemberKind::Other => "other",
    }
}

/// Renders the summary a person reads in a terminal.
pub fn summary(r: &Report) -> String {
    let mut o = String::new();
    let s = &r.summary;
    let _ = writeln!(o, "{}\n", s.verdict);
    let _ = writeln!(
        o,
        "Export {} · {} {}",
        &r.export_id[..12],
        n(r.inputs.len()),
        if r.inputs.len() == 1 {
            "archive"
        } else {
            "archives"
        }
    );
    for i in &r.inputs {
        let _ = writeln!(
            o,
            "  {}  {}  {}",
            i.path,
            size(i.bytes),
            status_word(i.status)
        );
        if let Some(m) = &i.message {
            let _ = writeln!(o, "      {m}");
        }
    }
    let _ = writeln!(
        o,
        "\nFiles: {} — {} parsed, {} skipped, {} failed",
        n(s.members),
        n(s.members_parsed),
        n(s.members_skipped),
        n(s.members_failed)
    );
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &r.members {
        *kinds.entry(kind_word(m.kind)).or_default() += 1;
    }
    if !kinds.is_empty() {
        let list: Vec<String> = kinds
            .iter()
            .map(|(k, c)| format!("{} {k}", n(*c)))
            .collect();
        let _ = writeln!(o, "  by kind: {}", list.join(", "));
    }
    for (status, title) in [
        (MemberStatus::Failed, "Failed"),
        (MemberStatus::Skipped, "Skipped"),
    ] {
        let mut reasons: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for m in r.members.iter().filter(|m| m.status == status) {
            reasons
                .entry(m.reason.as_deref().unwrap_or("no reason given"))
                .or_default()
                .push(&m.path);
        }
        if reasons.is_empty() {
            continue;
        }
        let _ = writeln!(o, "  {title}:");
        let mut grouped: Vec<_> = reasons.into_iter().collect();
        grouped.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
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
                "    … and {} more reasons (see --json)",
                n(grouped.len() - 12)
            );
        }
    }
    let _ = writeln!(
        o,
        "\nRecords: {} ({} yours, {} not yours, {} unclear) · Devices: {}",
        n(s.records),
        n(s.records_mine),
        n(s.records_foreign),
        n(s.records_unknown),
        n(s.devices)
    );
    for note in &r.notes {
        let _ = writeln!(o, "Note: {}", note.message);
    }
    o
}
