//! What a written zone means: the one table of zone abbreviations, numeric offsets, and how an
//! offset is written back (`+02:00`).
//!
//! Every format that reads a zone asks here: the CSV cells ([`crate::timestamp`]), the times of
//! Takeout's My Activity pages ([`crate::google`]'s `zones`), times in file names
//! ([`crate::generic::time_from_name`]) and the offsets the join infers. Before this module each
//! kept its own table, and they disagreed: a CSV read `CET` in July as `+01:00` while the HTML
//! pages read it as `+02:00`, and only the pages knew `JST` or `AEST`.
//!
//! The one semantics: **an abbreviation names the fixed offset it stands for, as written**.
//! `CET` is `+01:00` and `CEST` is `+02:00` whatever the date; `GMT` is `+00:00` and `BST` is
//! `+01:00`. A value that says `CET` on a July day is taken at its word, because most writers
//! (Amazon's CSVs, file names, old Takeout pages) label each time with the abbreviation in force
//! at that time.
//!
//! The one exception is documented in `formats.md`: newer Takeout HTML pages label every time
//! with the abbreviation in force *when the export was made*. Correcting that needs the region
//! an abbreviation belongs to and its daylight-saving partner, which this table keeps in
//! [`Abbreviation::daylight`]; the correction itself (deciding per page, applying the region's
//! rules) is a Takeout step and stays in `google/zones.rs`. No other format applies it.
//!
//! Abbreviations are matched without regard to case (`pdt` is `PDT`). Ambiguous ones (`IST`:
//! India, Ireland or Israel) are deliberately missing: an unknown zone is better than a wrong one.

use chrono::FixedOffset;
use chrono_tz::{America, Australia, Europe, Pacific, Tz};

/// A zone abbreviation and the offset it names.
#[derive(Debug, PartialEq)]
pub struct Abbreviation {
    /// The abbreviation as usually written (`CEST`).
    pub name: &'static str,
    /// The offset it names, in minutes east of UTC.
    pub minutes: i32,
    /// For an abbreviation of a region with daylight-saving time: the region and its other
    /// abbreviation. Only Takeout's export-time labels need it (see the module docs).
    pub daylight: Option<Daylight>,
}

/// The region with daylight-saving time an abbreviation belongs to.
#[derive(Debug, PartialEq)]
pub struct Daylight {
    /// The region whose rules apply (`Europe/Berlin` for `CET`).
    pub region: Tz,
    /// The region's other abbreviation (`CEST` for `CET`).
    pub partner: &'static str,
    /// Whether this is the summer (daylight-saving) abbreviation.
    pub summer: bool,
}

impl Abbreviation {
    /// The offset it names.
    pub fn offset(&self) -> FixedOffset {
        minutes_east(self.minutes).unwrap_or_else(utc)
    }
}

/// `+00:00`.
fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!("zero is a valid offset"))
}

const fn fixed(name: &'static str, minutes: i32) -> Abbreviation {
    Abbreviation {
        name,
        minutes,
        daylight: None,
    }
}

const fn winter(
    name: &'static str,
    minutes: i32,
    region: Tz,
    partner: &'static str,
) -> Abbreviation {
    Abbreviation {
        name,
        minutes,
        daylight: Some(Daylight {
            region,
            partner,
            summer: false,
        }),
    }
}

const fn summer(
    name: &'static str,
    minutes: i32,
    region: Tz,
    partner: &'static str,
) -> Abbreviation {
    Abbreviation {
        name,
        minutes,
        daylight: Some(Daylight {
            region,
            partner,
            summer: true,
        }),
    }
}

/// Every abbreviation known here. A daylight-saving pair stands for one region (the one whose
/// rules Takeout's correction uses): `CET`/`CEST` and German `MEZ`/`MESZ` for Europe/Berlin,
/// `GMT`/`BST` for Europe/London, `PST`/`PDT` for America/Los_Angeles, and so on.
pub static ABBREVIATIONS: &[Abbreviation] = &[
    fixed("UTC", 0),
    fixed("Z", 0),
    winter("GMT", 0, Europe::London, "BST"),
    summer("BST", 60, Europe::London, "GMT"),
    winter("WET", 0, Europe::Lisbon, "WEST"),
    summer("WEST", 60, Europe::Lisbon, "WET"),
    winter("WEZ", 0, Europe::Lisbon, "WESZ"),
    summer("WESZ", 60, Europe::Lisbon, "WEZ"),
    winter("CET", 60, Europe::Berlin, "CEST"),
    summer("CEST", 120, Europe::Berlin, "CET"),
    winter("MEZ", 60, Europe::Berlin, "MESZ"),
    summer("MESZ", 120, Europe::Berlin, "MEZ"),
    winter("EET", 120, Europe::Helsinki, "EEST"),
    summer("EEST", 180, Europe::Helsinki, "EET"),
    winter("OEZ", 120, Europe::Helsinki, "OESZ"),
    summer("OESZ", 180, Europe::Helsinki, "OEZ"),
    fixed("MSK", 180),
    fixed("SAST", 120),
    winter("PST", -480, America::Los_Angeles, "PDT"),
    summer("PDT", -420, America::Los_Angeles, "PST"),
    winter("MST", -420, America::Denver, "MDT"),
    summer("MDT", -360, America::Denver, "MST"),
    winter("CST", -360, America::Chicago, "CDT"),
    summer("CDT", -300, America::Chicago, "CST"),
    winter("EST", -300, America::New_York, "EDT"),
    summer("EDT", -240, America::New_York, "EST"),
    winter("AKST", -540, America::Anchorage, "AKDT"),
    summer("AKDT", -480, America::Anchorage, "AKST"),
    winter("AST", -240, America::Halifax, "ADT"),
    summer("ADT", -180, America::Halifax, "AST"),
    winter("NST", -210, America::St_Johns, "NDT"),
    summer("NDT", -150, America::St_Johns, "NST"),
    fixed("HST", -600),
    fixed("JST", 540),
    fixed("KST", 540),
    fixed("HKT", 480),
    fixed("SGT", 480),
    winter("AEST", 600, Australia::Sydney, "AEDT"),
    summer("AEDT", 660, Australia::Sydney, "AEST"),
    winter("ACST", 570, Australia::Adelaide, "ACDT"),
    summer("ACDT", 630, Australia::Adelaide, "ACST"),
    winter("NZST", 720, Pacific::Auckland, "NZDT"),
    summer("NZDT", 780, Pacific::Auckland, "NZST"),
];

/// The abbreviation `text` is (any case, surrounding space ignored), if it is one known here.
pub fn abbreviation(text: &str) -> Option<&'static Abbreviation> {
    let text = text.trim();
    ABBREVIATIONS
        .iter()
        .find(|a| a.name.eq_ignore_ascii_case(text))
}

/// The offset a zone text names: an abbreviation from [`ABBREVIATIONS`] (as written, see the
/// module docs) or a numeric offset (`+02:00`, `+0200`, `-07`, `UTC+2`, `GMT-07:00`,
/// `UTC−05:30` with a minus sign). Brackets around it are ignored: `(MEZ)`, `[UTC]`.
pub fn offset(text: &str) -> Option<FixedOffset> {
    let t = text
        .trim()
        .trim_matches(|c| matches!(c, '(' | ')' | '[' | ']'));
    if let Some(a) = abbreviation(t) {
        return Some(a.offset());
    }
    numeric(t)
}

/// A numeric offset, bare or after `UTC`/`GMT` (any case): `+2`, `+02`, `+02:00`, `+0200`,
/// `-5:30`, `UTC+2`, `GMT-07:00`. At most 14 hours and 59 minutes either way.
pub fn numeric(text: &str) -> Option<FixedOffset> {
    let t = text.trim();
    let t = strip_prefix_ignore_case(t, "UTC")
        .or_else(|| strip_prefix_ignore_case(t, "GMT"))
        .unwrap_or(t);
    let mut chars = t.chars();
    let sign = match chars.next()? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let rest = chars.as_str();
    if !rest.chars().all(|c| c.is_ascii_digit() || c == ':') {
        return None;
    }
    let (h, m) = match rest.split_once(':') {
        Some((h, m)) if (1..=2).contains(&h.len()) && m.len() == 2 => (h, m),
        Some(_) => return None,
        None if rest.len() == 4 => rest.split_at(2),
        None if (1..=2).contains(&rest.len()) => (rest, "0"),
        None => return None,
    };
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if h > 14 || m >= 60 {
        return None;
    }
    minutes_east(sign * (h * 60 + m))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The offset `minutes` east of UTC, if it is a valid one.
pub fn minutes_east(minutes: i32) -> Option<FixedOffset> {
    FixedOffset::east_opt(minutes.checked_mul(60)?)
}

/// An offset as the records and notes write it: `+02:00`, `-05:30`, `+00:00`.
pub fn offset_text(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(text: &str) -> Option<i32> {
        offset(text).map(|o| o.local_minus_utc() / 60)
    }

    #[test]
    fn abbreviations_name_the_offset_as_written_whatever_the_season() {
        assert_eq!(minutes("CET"), Some(60));
        assert_eq!(minutes("CEST"), Some(120));
        assert_eq!(minutes("MEZ"), Some(60));
        assert_eq!(minutes("mesz"), Some(120));
        assert_eq!(minutes("GMT"), Some(0));
        assert_eq!(minutes("BST"), Some(60));
        assert_eq!(minutes("PST"), Some(-480));
        assert_eq!(minutes("pdt"), Some(-420));
        assert_eq!(minutes("CST"), Some(-360));
        assert_eq!(minutes("MDT"), Some(-360));
        assert_eq!(minutes("NST"), Some(-210));
        assert_eq!(minutes("JST"), Some(540));
        assert_eq!(minutes("AEDT"), Some(660));
        assert_eq!(minutes("(MEZ)"), Some(60));
        assert_eq!(minutes("[UTC]"), Some(0));
        assert_eq!(minutes("z"), Some(0));
    }

    #[test]
    fn ambiguous_or_unknown_abbreviations_name_no_offset() {
        assert_eq!(minutes("IST"), None, "India, Ireland or Israel");
        assert_eq!(minutes("XYZ"), None);
        assert_eq!(minutes("Küche"), None);
        assert_eq!(minutes(""), None);
    }

    #[test]
    fn numeric_offsets_bare_or_after_utc_or_gmt() {
        assert_eq!(minutes("+0200"), Some(120));
        assert_eq!(minutes("+02:00"), Some(120));
        assert_eq!(minutes("-07"), Some(-420));
        assert_eq!(minutes("UTC+5:30"), Some(330));
        assert_eq!(minutes("utc+2"), Some(120));
        assert_eq!(minutes("GMT-07:00"), Some(-420));
        assert_eq!(minutes("GMT-8"), Some(-480));
        assert_eq!(minutes("UTC-0300"), Some(-180));
        assert_eq!(minutes("UTC−05:30"), Some(-330));
        for bad in [
            "+15",
            "GMT+25",
            "+02:60",
            "+123",
            "+1:2",
            "-",
            "+",
            "+02:00:00",
            "--5",
        ] {
            assert_eq!(minutes(bad), None, "{bad}");
        }
    }

    #[test]
    fn daylight_pairs_point_at_each_other_and_one_region() {
        for a in ABBREVIATIONS {
            let Some(d) = &a.daylight else { continue };
            let partner = abbreviation(d.partner).expect("partner is in the table");
            let pd = partner.daylight.as_ref().expect("partner has a region");
            assert_eq!(pd.partner, a.name);
            assert_eq!(pd.region, d.region);
            assert_ne!(pd.summer, d.summer);
            let (w, s) = if d.summer { (partner, a) } else { (a, partner) };
            assert_eq!(s.minutes - w.minutes, 60, "{}", a.name);
        }
        let names: Vec<&str> = ABBREVIATIONS.iter().map(|a| a.name).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(!names[..i].contains(n), "{n} twice");
        }
    }

    #[test]
    fn offsets_are_written_with_sign_hours_and_minutes() {
        assert_eq!(offset_text(120), "+02:00");
        assert_eq!(offset_text(0), "+00:00");
        assert_eq!(offset_text(-330), "-05:30");
        assert_eq!(offset_text(-60), "-01:00");
        assert_eq!(offset_text(345), "+05:45");
    }
}
