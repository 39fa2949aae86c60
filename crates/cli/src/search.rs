//! `auskunft search`: full-text search over an export's transcripts.
//!
//! `--json` prints exactly the contract's shape (`{query, total, took_ms, hits: [{record, time,
//! device, fit, score, snippet}]}`); the text output adds device names, the assistant's answers,
//! facet counts and records without a transcript. Notes about the index (a damaged one rebuilt)
//! go to stderr in both modes.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use auskunft_api::{
    format_count, ApiError, AuditRequest, Lang, SearchQuery, SearchResult, DEFAULT_LIMIT,
};
use auskunft_model::{Fit, InputStatus};
use auskunft_words::Arg;
use chrono::{DateTime, Utc};
use serde::Serialize;

// Arguments of `auskunft search`.
#[derive(clap::Args)]
pub struct SearchArgs {
    #[arg(long)]
    json: bool,
    #[arg(long, value_name = "N", default_value_t = DEFAULT_LIMIT)]
    limit: usize,
    #[arg(long, value_name = "ID")]
    device: Option<String>,
    #[arg(long, value_parser = parse_fit)]
    fit: Option<Fit>,
    #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
    query: String,
    #[arg(long, value_name = "FILE")]
    inventory: Option<PathBuf>,
    #[arg(value_name = "ARCHIVE", required = true)]
    archives: Vec<PathBuf>,
}

/// `mine`, `foreign` or `unknown` (any case), for `--fit`.
pub(crate) fn parse_fit(s: &str) -> Result<Fit, crate::usage::Expected> {
    match s.to_ascii_lowercase().as_str() {
        "mine" => Ok(Fit::Mine),
        "foreign" => Ok(Fit::Foreign),
        "unknown" => Ok(Fit::Unknown),
        _ => Err(crate::usage::Expected::one_of([
            "mine", "foreign", "unknown",
        ])),
    }
}

/// Runs the search and prints the result.
pub fn run(args: SearchArgs) -> Result<ExitCode, ApiError> {
    auskunft_api::check_query(&args.query)?;
    let data_dir = auskunft_api::data_dir()?;
    let mut progress = crate::TerminalProgress {
        on: std::io::stderr().is_terminal(),
        last: std::time::Instant::now(),
    };
    let report = auskunft_api::audit_with(
        &AuditRequest {
            inputs: args.archives,
            inventory: args.inventory,
            data_dir: data_dir.clone(),
        },
        &mut progress,
    );
    if progress.on {
        eprint!("\r\x1b[K");
    }
    let report = report?;
    let lang = Lang::from_env();
    if progress.on {
        let line = auskunft_words::Message::new("cli-progress-searching")
            .arg("records", report.records.len())
            .render(lang);
        eprint!("{line}");
    }
    let result = auskunft_api::search_report(
        &report,
        &data_dir,
        &SearchQuery {
            query: args.query,
            limit: args.limit,
            device: args.device,
            fit: args.fit,
            from: None,
            to: None,
        },
    );
    if progress.on {
        eprint!("\r\x1b[K");
    }
    let result = result?;
    for note in &result.notes_words {
        eprintln!("auskunft: {}", note.render(lang));
    }
    let out = if args.json {
        serde_json::to_string_pretty(&Contract::from(&result))
            .map_err(|e| ApiError::internal(e.to_string()))?
            + "\n"
    } else {
        text(&result, std::io::stdout().is_terminal(), lang)
    };
    crate::write_stdout(&out)?;
    let any_read = report
        .inputs
        .iter()
        .any(|i| matches!(i.status, InputStatus::Ok | InputStatus::Truncated));
    if !any_read {
        eprintln!("auskunft: {}", report.summary.verdict_words.render(lang));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON the contract specifies, nothing more.
#[derive(Serialize)]
struct Contract<'a> {
    query: &'a str,
    total: usize,
    took_ms: u64,
    hits: Vec<ContractHit<'a>>,
}

#[derive(Serialize)]
struct ContractHit<'a> {
    record: &'a str,
    #[serde(with = "auskunft_model::utc_serde_opt")]
    time: Option<DateTime<Utc>>,
    device: Option<&'a str>,
    fit: Fit,
    score: f32,
    snippet: &'a str,
}

impl<'a> From<&'a SearchResult> for Contract<'a> {
    fn from(r: &'a SearchResult) -> Contract<'a> {
        Contract {
            query: &r.query,
            total: r.total,
            took_ms: r.took_ms,
            hits: r
                .hits
                .iter()
                .map(|h| ContractHit {
                    record: &h.record,
                    time: h.time,
                    device: h.device.as_deref(),
                    fit: h.fit,
                    score: h.score,
                    snippet: &h.snippet,
                })
                .collect(),
        }
    }
}

fn fit_code(f: Fit) -> &'static str {
    match f {
        Fit::Mine => "mine",
        Fit::Foreign => "foreign",
        Fit::Unknown => "unknown",
    }
}

/// The result for people, in the reader's language: one block per hit, then counts.
fn text(r: &SearchResult, terminal: bool, lang: Lang) -> String {
    let n = |c: usize| format_count(c, lang);
    let say = |id: &str, args: &[(&str, Arg)]| auskunft_words::text(lang, id, args);
    let shown: Arg = if r.hits.len() < r.total {
        r.hits.len().into()
    } else {
        "all".into()
    };
    let mut out = say(
        "cli-search-total",
        &[
            ("total", r.total.into()),
            ("query", plain(&r.query).into()),
            ("shown", shown),
        ],
    );
    out.push('\n');
    for h in &r.hits {
        let time = h.time.map_or_else(
            || say("cli-search-no-time", &[]),
            |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
        );
        let device = match (&h.device_name, &h.device) {
            (Some(name), Some(id)) => format!("{} ({id})", plain(name)),
            (None, Some(id)) => id.clone(),
            _ => say("cli-search-no-device", &[]),
        };
        let line = say(
            "cli-search-hit",
            &[
                ("record", h.record.as_str().into()),
                ("time", time.into()),
                ("device", device.into()),
                ("fit", fit_code(h.fit).into()),
                (
                    "score",
                    auskunft_words::format_number(f64::from(h.score), 2, lang).into(),
                ),
            ],
        );
        out += &format!("\n{line}\n  {}\n", snippet(&h.snippet, terminal));
        if let Some(answer) = &h.response {
            out += &format!("  → {}\n", plain(answer));
        }
    }
    let devices: Vec<String> = r
        .facets
        .devices
        .iter()
        .filter(|d| d.count > 0)
        .map(|d| match &d.name {
            Some(name) => format!("{} ({}) {}", plain(name), d.device, n(d.count)),
            None => format!("{} {}", d.device, n(d.count)),
        })
        .collect();
    if !devices.is_empty() {
        out.push('\n');
        out += &say(
            "cli-search-by-device",
            &[("list", devices.join(", ").into())],
        );
        out.push('\n');
        let fits: Vec<String> = r
            .facets
            .fits
            .iter()
            .map(|f| {
                format!(
                    "{} {}",
                    say("cli-search-fit", &[("fit", fit_code(f.fit).into())]),
                    n(f.count)
                )
            })
            .collect();
        out += &say("cli-search-by-fit", &[("list", fits.join(", ").into())]);
        out.push('\n');
    }
    if r.untranscribed > 0 {
        out += &say(
            "cli-search-untranscribed",
            &[("count", r.untranscribed.into())],
        );
        out.push('\n');
    }
    out
}

/// Text from an archive, safe for a terminal: control characters (escape sequences that could
/// rewrite the screen) are shown as `\u{..}`.
fn plain(s: &str) -> String {
    s.chars().map(plain_char).collect()
}

fn plain_char(c: char) -> String {
    if c.is_control() {
        format!("\\u{{{:x}}}", c as u32)
    } else {
        c.to_string()
    }
}

/// A snippet's HTML for a terminal: `<b>` becomes bold (or `*…*` when not a terminal), the
/// entities the index writes are decoded, control characters escaped.
fn snippet(html: &str, terminal: bool) -> String {
    let (on, off) = if terminal {
        ("\x1b[1m", "\x1b[22m")
    } else {
        ("*", "*")
    };
    const MARKUP: [(&str, &str); 5] = [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&amp;", "&"),
    ];
    let mut out = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        let (piece, len) = if rest.starts_with("<b>") {
            (on.to_string(), 3)
        } else if rest.starts_with("</b>") {
            (off.to_string(), 4)
        } else if let Some((entity, text)) = MARKUP.iter().find(|(e, _)| rest.starts_with(e)) {
            (text.to_string(), entity.len())
        } else {
            (plain_char(c), c.len_utf8())
        };
        out.push_str(&piece);
        rest = &rest[len..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_become_terminal_text_and_control_characters_are_escaped() {
        assert_eq!(
            snippet("&lt;<b>img</b>&gt; &amp;amp; \u{1b}[2J", false),
            "<*img*> &amp; \\u{1b}[2J"
        );
        assert_eq!(snippet("<b>wetter</b>", true), "\x1b[1mwetter\x1b[22m");
        assert_eq!(snippet("a&amp;lt;b", false), "a&lt;b");
    }
}
