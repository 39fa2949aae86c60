//! The user's own transcripts as CSV (RFC 4180), SubRip (SRT) or WebVTT.
//!
//! One row or cue per record with words (what was said, or the assistant's answer), in time order.
//! The records exported are those of one fit, the user's own (`mine`) by default; the stranger's
//! (`foreign`) only when asked for by name, since they are someone else's private moments.
//!
//! Subtitle cues need times on one axis: a cue starts at its record's time counted from the
//! first record exported (`00:00:00,000`), lasts as long as its recording (2 s without one), and
//! its first line gives the date, time (UTC) and device, so nothing depends on the axis alone.

use std::fmt::Write;

use auskunft_model::{Fit, Record, Report};
use auskunft_words::{text, Lang};
use chrono::{DateTime, SecondsFormat, Utc};

/// A transcript file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values, RFC 4180, header row, CRLF.
    Csv,
    /// SubRip subtitles.
    Srt,
    /// WebVTT subtitles.
    Vtt,
}

impl Format {
    /// Reads `csv`, `srt` or `vtt`.
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "srt" => Some(Format::Srt),
            "vtt" | "webvtt" => Some(Format::Vtt),
            _ => None,
        }
    }

    /// The file extension: `csv`, `srt`, `vtt`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Srt => "srt",
            Format::Vtt => "vtt",
        }
    }
}

/// What an export of transcripts holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transcripts {
    /// The file's text.
    pub text: String,
    /// Records in it.
    pub records: usize,
}

/// Length of a cue without a recording.
const DEFAULT_CUE_MS: i64 = 2_000;

fn fit_code(fit: Fit) -> &'static str {
    match fit {
        Fit::Mine => "mine",
        Fit::Foreign => "foreign",
        Fit::Unknown => "unknown",
    }
}

/// The records of `fit` with words, in time order (records without a time last, by id).
pub fn selected(report: &Report, fit: Fit) -> Vec<&Record> {
    let mut records: Vec<&Record> = report
        .records
        .iter()
        .filter(|r| r.fit == fit)
        .filter(|r| {
            r.transcript
                .as_deref()
                .is_some_and(|t| !t.trim().is_empty())
                || r.response.as_deref().is_some_and(|t| !t.trim().is_empty())
        })
        .collect();
    records.sort_by(|a, b| match (a.time, b.time) {
        (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.id.cmp(&b.id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    });
    records
}

fn device_name(report: &Report, r: &Record) -> String {
    r.device
        .as_deref()
        .and_then(|id| report.devices.iter().find(|d| d.id == id))
        .map(|d| {
            d.name
                .clone()
                .or_else(|| d.model.clone())
                .or_else(|| d.serial.clone())
                .unwrap_or_else(|| d.id.clone())
        })
        .unwrap_or_default()
}

/// The transcripts of `fit` in `format`; `lang` for the words around them (the header row's
/// names stay English, as codes do).
pub fn export(report: &Report, format: Format, fit: Fit, lang: Lang) -> Transcripts {
    let records = selected(report, fit);
    let text = match format {
        Format::Csv => csv(report, &records),
        Format::Srt | Format::Vtt => subtitles(report, &records, format, lang),
    };
    Transcripts {
        text,
        records: records.len(),
    }
}

/// Writes the transcripts of `fit` in `format` to `out`, atomically.
pub fn save(
    report: &Report,
    format: Format,
    fit: Fit,
    lang: Lang,
    out: &std::path::Path,
) -> Result<Transcripts, crate::Error> {
    let done = export(report, format, fit, lang);
    auskunft_store::write_atomically(out, done.text.as_bytes())
        .map_err(|e| crate::io_error(out, &e))?;
    Ok(done)
}

/// One CSV field, quoted when it must be (RFC 4180).
fn field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn csv(report: &Report, records: &[&Record]) -> String {
    let mut out =
        String::from("time,device,fit,language,transcript,response,record,recording,source\r\n");
    for r in records {
        let cells = [
            r.time
                .map(|t| t.to_rfc3339_opts(SecondsFormat::Millis, true))
                .unwrap_or_default(),
            device_name(report, r),
            fit_code(r.fit).to_string(),
            r.language.clone().unwrap_or_default(),
            r.transcript.clone().unwrap_or_default(),
            r.response.clone().unwrap_or_default(),
            r.id.clone(),
            r.audio.as_ref().map(|a| a.path.clone()).unwrap_or_default(),
            format!("{}#{}", r.source.path, r.source.locator),
        ];
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(&mut out, c);
        }
        out.push_str("\r\n");
    }
    out
}

fn stamp(ms: i64, decimal: char) -> String {
    let ms = ms.max(0);
    format!(
        "{:02}:{:02}:{:02}{decimal}{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// Text on one line that cannot end a cue or fake a timing line; for WebVTT also no markup.
fn cue_text(s: &str, format: Format) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let safe = one_line.replace("-->", "→");
    match format {
        Format::Vtt => safe
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;"),
        _ => safe,
    }
}

fn subtitles(report: &Report, records: &[&Record], format: Format, lang: Lang) -> String {
    let decimal = if format == Format::Srt { ',' } else { '.' };
    let zero: Option<DateTime<Utc>> = records.iter().find_map(|r| r.time);
    let mut out = String::new();
    if format == Format::Vtt {
        out.push_str("WEBVTT\n\n");
        if let Some(z) = zero {
            let note = text(
                lang,
                "evidence-transcripts-note",
                &[(
                    "zero",
                    z.to_rfc3339_opts(SecondsFormat::Millis, true).into(),
                )],
            );
            let _ = write!(out, "NOTE {}\n\n", cue_text(&note, format));
        }
    }
    let mut last_start = 0;
    for (n, r) in records.iter().enumerate() {
        // A record without a time follows the one before it.
        let start = match (r.time, zero) {
            (Some(t), Some(z)) => (t - z).num_milliseconds(),
            _ => last_start,
        };
        last_start = start;
        let length = r
            .audio
            .as_ref()
            .and_then(|a| a.seconds)
            .filter(|s| s.is_finite() && *s > 0.0)
            .map_or(DEFAULT_CUE_MS, |s| (s * 1000.0).round() as i64);
        if format == Format::Srt {
            let _ = writeln!(out, "{}", n + 1);
        }
        let _ = writeln!(
            out,
            "{} --> {}",
            stamp(start, decimal),
            stamp(start + length, decimal)
        );
        let when = r
            .time
            .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
            .unwrap_or_else(|| text(lang, "evidence-transcripts-no-time", &[]));
        let device = device_name(report, r);
        let head = if device.is_empty() {
            when
        } else {
            format!("{when} · {device}")
        };
        let _ = writeln!(out, "[{}]", cue_text(&head, format));
        if let Some(t) = r.transcript.as_deref().filter(|t| !t.trim().is_empty()) {
            let _ = writeln!(out, "{}", cue_text(t, format));
        }
        if let Some(a) = r.response.as_deref().filter(|t| !t.trim().is_empty()) {
            let _ = writeln!(out, "→ {}", cue_text(a, format));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_as_rfc_4180_says() {
        let mut s = String::new();
        field(&mut s, "plain");
        s.push('|');
        field(&mut s, "a, \"b\"\nc");
        assert_eq!(s, "plain|\"a, \"\"b\"\"\nc\"");
    }

    #[test]
    fn cue_times_count_hours_past_a_day() {
        assert_eq!(stamp(0, ','), "00:00:00,000");
        assert_eq!(stamp(3_723_004, '.'), "01:02:03.004");
        assert_eq!(stamp(100 * 3_600_000 + 1, ','), "100:00:00,001");
    }

    #[test]
    fn cue_text_cannot_break_a_cue() {
        assert_eq!(cue_text("a\n\nb --> c", Format::Srt), "a b → c");
        assert_eq!(
            cue_text("<b>x</b> & y", Format::Vtt),
            "&lt;b&gt;x&lt;/b&gt; &amp; y"
        );
    }
}
