//! The report's charts, drawn with plotters' SVG backend: the fit breakdown, recordings per
//! device over time as lanes, and an hour-of-day × weekday heatmap per device (where a second
//! household's rhythm shows). Each is a plain SVG string; the HTML report inlines it, the PDF
//! places it as an image. Text in the charts names a generic family (`sans-serif`): the
//! browser picks the system's, the typesetter its document font.
//!
//! Large exports stay small: the lanes are binned (one bar per time bin and fit), never one
//! mark per record, so 100,000 records draw as fast and as small as 1,000.

use std::collections::BTreeMap;

use auskunft_model::{Fit, Report};
use auskunft_words::{format_count, text, Lang};
use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The colour of a fit: warm red for not yours, teal for yours, grey-amber for unclear.
pub fn fit_colour(fit: Fit) -> RGBColor {
    match fit {
        Fit::Mine => RGBColor(0x0f, 0x76, 0x6e),
        Fit::Foreign => RGBColor(0xc2, 0x41, 0x0c),
        Fit::Unknown => RGBColor(0x9a, 0x83, 0x3a),
    }
}

const INK: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const MUTED: RGBColor = RGBColor(0x6b, 0x72, 0x80);
const RULE: RGBColor = RGBColor(0xe5, 0xe7, 0xeb);
const FITS: [Fit; 3] = [Fit::Mine, Fit::Foreign, Fit::Unknown];

fn style(font: &str, size: f64, colour: RGBColor, h: HPos, v: VPos) -> TextStyle<'_> {
    TextStyle {
        font: FontDesc::new(FontFamily::Name(font), size, FontStyle::Normal),
        color: colour.to_backend_color(),
        pos: Pos::new(h, v),
    }
}

fn fit_word(lang: Lang, fit: Fit) -> String {
    crate::document::fit_word(lang, fit)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// One horizontal bar split by fit, with the counts beneath; `None` without records.
pub fn fit_bar(report: &Report, lang: Lang, font: &str) -> Option<String> {
    let s = &report.summary;
    let counts = [s.records_mine, s.records_foreign, s.records_unknown];
    let total: usize = counts.iter().sum();
    if total == 0 {
        return None;
    }
    let (w, h) = (900u32, 64u32);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        let (left, right) = (0i32, w as i32);
        let mut x = left;
        for (i, (&n, fit)) in counts.iter().zip(FITS).enumerate() {
            if n == 0 {
                continue;
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
            let width = ((right - left) as f64 * n as f64 / total as f64).round() as i32;
            let end = if i == 2 { right } else { x + width.max(2) };
            root.draw(&Rectangle::new(
                [(x, 4), (end.min(right), 30)],
                fit_colour(fit).filled(),
            ))
            .ok()?;
            x = end;
        }
        let mut lx = 0;
        for (&n, fit) in counts.iter().zip(FITS) {
            let label = format!("{} {}", fit_word(lang, fit), format_count(n, lang));
            root.draw(&Rectangle::new(
                [(lx, 42), (lx + 12, 54)],
                fit_colour(fit).filled(),
            ))
            .ok()?;
            root.draw_text(
                &label,
                &style(font, 14.0, INK, HPos::Left, VPos::Center),
                (lx + 18, 48),
            )
            .ok()?;
            lx += 240;
        }
        root.present().ok()?;
    }
    Some(svg)
}

/// Tick marks for a time axis: years, months or days, whichever gives a handful.
fn ticks(first: DateTime<Utc>, last: DateTime<Utc>) -> Vec<(DateTime<Utc>, String)> {
    let span = last - first;
    let mut out = Vec::new();
    let start = first.date_naive();
    if span > Duration::days(3 * 365) {
        for y in start.year() + 1..=last.year() {
            if let Some(t) = Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0).single() {
                out.push((t, y.to_string()));
            }
        }
    } else if span > Duration::days(62) {
        let months = (last.year() - start.year()) * 12 + last.month() as i32 - start.month() as i32;
        let step = (months / 8).max(1);
        let (mut y, mut m) = (start.year(), start.month() as i32);
        loop {
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
            #[allow(clippy::cast_sign_loss)]
            let Some(t) = Utc.with_ymd_and_hms(y, m as u32, 1, 0, 0, 0).single() else {
                break;
            };
            if t > last {
                break;
            }
            if ((y - start.year()) * 12 + m - start.month() as i32) % step == 0 {
                out.push((t, format!("{m:02}/{y}")));
            }
        }
    } else {
        let days = span.num_days().max(1);
        let step = (days / 8).max(1);
        let mut d = start + Duration::days(1);
        while let Some(t) = d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()) {
            if t > last {
                break;
            }
            out.push((t, d.format("%Y-%m-%d").to_string()));
            d += Duration::days(step);
        }
    }
    out
}

/// Recordings per device over time: one lane per device, bars per time bin stacked by fit.
pub fn lanes(report: &Report, lang: Lang, font: &str) -> Option<String> {
    let times: Vec<DateTime<Utc>> = report.records.iter().filter_map(|r| r.time).collect();
    let first = *times.iter().min()?;
    let mut last = *times.iter().max()?;
    if last <= first {
        last = first + Duration::hours(1);
    }
    // Lanes: devices with records in report order, then records without a device.
    let mut lanes: Vec<(Option<&str>, String, Fit)> = report
        .devices
        .iter()
        .filter(|d| d.records > 0)
        .map(|d| {
            let name = d.name.clone().unwrap_or_else(|| d.id.clone());
            (Some(d.id.as_str()), name, d.fit)
        })
        .collect();
    if report
        .records
        .iter()
        .any(|r| r.device.is_none() && r.time.is_some())
    {
        lanes.push((
            None,
            text(lang, "report-chart-no-device-lane", &[]),
            Fit::Unknown,
        ));
    }
    const BINS: usize = 180;
    let index: BTreeMap<Option<&str>, usize> =
        lanes.iter().enumerate().map(|(i, l)| (l.0, i)).collect();
    let mut bins = vec![[[0usize; 3]; BINS]; lanes.len()];
    let span = (last - first).num_milliseconds().max(1);
    for r in &report.records {
        let (Some(at), Some(&lane)) = (r.time, index.get(&r.device.as_deref())) else {
            continue;
        };
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let b = (((at - first).num_milliseconds() as f64 / span as f64) * (BINS as f64 - 1.0))
            .round() as usize;
        let f = match r.fit {
            Fit::Mine => 0,
            Fit::Foreign => 1,
            Fit::Unknown => 2,
        };
        bins[lane][b.min(BINS - 1)][f] += 1;
    }
    let label_w = 220i32;
    let lane_h = 44i32;
    let top = 8i32;
    #[allow(clippy::cast_possible_wrap, clippy::cast_possible_truncation)]
    let h = (top + lane_h * lanes.len() as i32 + 34) as u32;
    let w = 900u32;
    let plot_w = w as i32 - label_w - 10;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
        let x_of = |t: DateTime<Utc>| {
            label_w + ((t - first).num_milliseconds() as f64 / span as f64 * plot_w as f64) as i32
        };
        let bottom = top + lane_h * lanes.len() as i32;
        for (t, label) in ticks(first, last) {
            let x = x_of(t);
            root.draw(&PathElement::new(vec![(x, top), (x, bottom + 4)], RULE))
                .ok()?;
            root.draw_text(
                &label,
                &style(font, 12.0, MUTED, HPos::Center, VPos::Top),
                (x, bottom + 8),
            )
            .ok()?;
        }
        for (i, (lane, (_, name, fit))) in bins.iter().zip(&lanes).enumerate() {
            let y0 = top + lane_h * i as i32;
            let base = y0 + lane_h - 8;
            root.draw(&PathElement::new(
                vec![(label_w, base), (label_w + plot_w, base)],
                RULE,
            ))
            .ok()?;
            root.draw(&Rectangle::new(
                [(0, y0 + 10), (6, y0 + 30)],
                fit_colour(*fit).filled(),
            ))
            .ok()?;
            let total: usize = lane.iter().map(|b| b.iter().sum::<usize>()).sum();
            root.draw_text(
                &shorten(name, 24),
                &style(font, 14.0, INK, HPos::Left, VPos::Center),
                (14, y0 + 15),
            )
            .ok()?;
            root.draw_text(
                &format!("{} · {}", fit_word(lang, *fit), format_count(total, lang)),
                &style(font, 12.0, MUTED, HPos::Left, VPos::Center),
                (14, y0 + 31),
            )
            .ok()?;
            let max = lane
                .iter()
                .map(|b| b.iter().sum::<usize>())
                .max()
                .unwrap_or(0)
                .max(1);
            let bar_w = (plot_w / BINS as i32).max(1);
            for (b, counts) in lane.iter().enumerate() {
                #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
                let x = label_w + (b as f64 / BINS as f64 * plot_w as f64) as i32;
                let mut y = base;
                for (k, fit) in FITS.iter().enumerate() {
                    let n = counts[k];
                    if n == 0 {
                        continue;
                    }
                    // Square root: a single recording stays visible beside a busy day.
                    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
                    let bar = (((n as f64) / (max as f64)).sqrt() * f64::from(lane_h - 14))
                        .round()
                        .max(2.0) as i32;
                    root.draw(&Rectangle::new(
                        [(x, y - bar), (x + bar_w, y)],
                        fit_colour(*fit).filled(),
                    ))
                    .ok()?;
                    y -= bar;
                }
            }
        }
        root.present().ok()?;
    }
    Some(svg)
}

/// Recordings of one device by weekday (rows, Monday first) and hour of day (columns, UTC).
pub fn heatmap(report: &Report, device: &str, lang: Lang, font: &str) -> Option<String> {
    let mut grid = [[0usize; 24]; 7];
    let mut fit = Fit::Unknown;
    if let Some(d) = report.devices.iter().find(|d| d.id == device) {
        fit = d.fit;
    }
    let mut any = false;
    for r in report
        .records
        .iter()
        .filter(|r| r.device.as_deref() == Some(device))
    {
        if let Some(at) = r.time {
            grid[at.weekday().num_days_from_monday() as usize][at.hour() as usize] += 1;
            any = true;
        }
    }
    if !any {
        return None;
    }
    let max = grid.iter().flatten().copied().max().unwrap_or(1).max(1);
    let (left, top, cell) = (40i32, 22i32, 17i32);
    let (w, h) = ((left + cell * 24 + 6) as u32, (top + cell * 7 + 8) as u32);
    let base = fit_colour(fit);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        for hour in (0..24).step_by(3) {
            root.draw_text(
                &format!("{hour:02}"),
                &style(font, 11.0, MUTED, HPos::Left, VPos::Bottom),
                (left + cell * hour, top - 6),
            )
            .ok()?;
        }
        for (day, row) in grid.iter().enumerate() {
            let y = top + cell * day as i32;
            root.draw_text(
                &text(lang, &format!("report-weekday-{}", day + 1), &[]),
                &style(font, 11.0, MUTED, HPos::Left, VPos::Center),
                (0, y + cell / 2),
            )
            .ok()?;
            for (hour, &n) in row.iter().enumerate() {
                let x = left + cell * hour as i32;
                let colour = if n == 0 {
                    RGBColor(0xf3, 0xf4, 0xf6)
                } else {
                    #[allow(clippy::cast_precision_loss)]
                    let share = 0.15 + 0.85 * ((n as f64) / (max as f64)).sqrt();
                    blend(base, share)
                };
                root.draw(&Rectangle::new(
                    [(x + 1, y + 1), (x + cell - 1, y + cell - 1)],
                    colour.filled(),
                ))
                .ok()?;
            }
        }
        root.present().ok()?;
    }
    Some(svg)
}

/// `colour` laid over white at `share` (0–1).
fn blend(colour: RGBColor, share: f64) -> RGBColor {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mix = |c: u8| (255.0 - (255.0 - f64::from(c)) * share).round() as u8;
    RGBColor(mix(colour.0), mix(colour.1), mix(colour.2))
}
