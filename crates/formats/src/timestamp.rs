//! Reading the date-and-time cells of CSV exports, with whatever zone they state.
//!
//! Amazon's CSVs alone use at least six layouts (see `formats.md`, "Amazon today"):
//! `MM/dd/yyyy HH:mm:ss z`, `MM/dd/yyyy HH:mm`, `M/d/yy h:mm:ss a z`,
//! `EEE MMM dd HH:mm:ss z yyyy`, `yyyy-MM-dd HH:mm:ss` and ISO 8601 (`Z`, an offset, a
//! fraction); German exports write `dd.MM.yyyy HH:mm(:ss)`, and some columns hold epoch
//! milliseconds. [`parse`] reads all of them by classifying the value's tokens (a date, a time,
//! `AM`/`PM`, a zone, a weekday, a month name, a day, a year) rather than trying a list of
//! patterns, so the tokens may come in any order.
//!
//! The zone comes from the value (an abbreviation of [`crate::zone::ABBREVIATIONS`] such as
//! `UTC`, `Z`, `CET`/`CEST`, `MEZ`/`MESZ`, `PST`/`PDT`, each read as the offset it names whatever
//! the date; or numeric: `+02:00`, `UTC+2`), else from the column
//! name (`Timestamp (GMT)`, `creationTimeInUTC`, `time_utc`; see [`column_zone`]), else it is
//! unknown. A [`Timestamp`] keeps the time as written and the zone as stated, so a record can say
//! `PDT` or that its zone is unknown, and gives the UTC instant only when the zone is known.
//!
//! `05/06/2019` is May 6th in Amazon's US layouts and 5 June in British ones. One value cannot
//! tell; a column can: [`DateOrder::sniff`] looks at every value of a column, and a first number
//! above 12 anywhere means day first. Without such a value the order is month first (Amazon's).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// What the record's `zone` says when neither the value nor the column states a zone.
pub const UNKNOWN_ZONE: &str = "unknown: as written";

/// A zone as stated: its text (`PDT`, `+02:00`, `UTC`) and its offset from UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// The zone as the value or column wrote it.
    pub text: String,
    /// Its offset from UTC.
    pub offset: FixedOffset,
}

impl Zone {
    /// The zone `text` names, if it names one this module knows.
    pub fn named(text: &str) -> Option<Zone> {
        offset(text).map(|offset| Zone {
            text: text.trim().to_string(),
            offset,
        })
    }
}

/// A date and time as written, with the zone when one is stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    /// The wall-clock time as written.
    pub local: NaiveDateTime,
    /// The zone stated in the value or the column name.
    pub zone: Option<Zone>,
}

impl Timestamp {
    /// The instant in UTC, when the zone is known.
    pub fn utc(&self) -> Option<DateTime<Utc>> {
        let zone = self.zone.as_ref()?;
        self.local
            .and_local_timezone(zone.offset)
            .single()
            .map(|t| t.with_timezone(&Utc))
    }

    /// The time a record stores: the UTC instant when the zone is known, else the time as
    /// written (read as if it were UTC; [`Timestamp::zone_label`] then says so).
    pub fn record_time(&self) -> DateTime<Utc> {
        self.utc().unwrap_or_else(|| self.local.and_utc())
    }

    /// The record's `zone`: the zone as stated, or [`UNKNOWN_ZONE`].
    pub fn zone_label(&self) -> String {
        self.zone
            .as_ref()
            .map_or_else(|| UNKNOWN_ZONE.to_string(), |z| z.text.clone())
    }
}

/// Whether a slashed date (`05/06/2019`) is month or day first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// `MM/dd/yyyy` (Amazon's US layouts).
    #[default]
    MonthFirst,
    /// `dd/MM/yyyy`.
    DayFirst,
}

impl DateOrder {
    /// The order of a column's slashed dates: day first when some value's first number is above
    /// 12 and none has a second number above 12; month first otherwise.
    pub fn sniff<'a>(values: impl IntoIterator<Item = &'a str>) -> DateOrder {
        let (mut day_first, mut month_first) = (false, false);
        for value in values {
            for token in value.split(|c: char| c.is_whitespace() || c == 'T' || c == ',') {
                let mut parts = token.split('/');
                let (Some(a), Some(b), Some(_), None) =
                    (parts.next(), parts.next(), parts.next(), parts.next())
                else {
                    continue;
                };
                let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
                    continue;
                };
                day_first |= a > 12 && b <= 12;
                month_first |= b > 12 && a <= 12;
            }
        }
        if day_first && !month_first {
            DateOrder::DayFirst
        } else {
            DateOrder::MonthFirst
        }
    }
}

/// The offset a zone token names, as written (`CET` is `+01:00` in July too): see
/// [`crate::zone::offset`], the one table of abbreviations every format reads.
pub use crate::zone::offset;

/// The zone a column name states, and the name without it: `Timestamp (GMT)`,
/// `Uhrzeit [MEZ]`, `creationTimeInUTC`, `time_utc`, `Date UTC`, `timestampUTC`.
pub fn column_zone(name: &str) -> Option<(String, Zone)> {
    let name = name.trim();
    if let Some(open) = name.rfind(['(', '[']) {
        let inner = name[open + 1..].trim_end_matches([')', ']']);
        if name.ends_with([')', ']']) {
            if let Some(zone) = Zone::named(inner) {
                return Some((name[..open].trim().to_string(), zone));
            }
        }
    }
    for zone in ["UTC", "GMT"] {
        let Some(cut) = name.len().checked_sub(zone.len()) else {
            continue;
        };
        let (base, tail) = (name.get(..cut)?, name.get(cut..)?);
        if !tail.eq_ignore_ascii_case(zone) || base.is_empty() {
            continue;
        }
        let base = base
            .strip_suffix("In")
            .or_else(|| base.strip_suffix("_in"))
            .unwrap_or(base);
        let separated = base.ends_with([' ', '_', '-', '.']);
        let camel = tail == zone && base.ends_with(|c: char| c.is_lowercase());
        if separated || camel {
            let base = base.trim_end_matches([' ', '_', '-', '.']).to_string();
            return Some((
                base,
                Zone {
                    text: zone.to_string(),
                    offset: FixedOffset::east_opt(0)?,
                },
            ));
        }
    }
    None
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const GERMAN_MONTHS: [&str; 12] = [
    "jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez",
];
const WEEKDAYS: [&str; 14] = [
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "mo", "di", "mi", "do", "fr", "sa", "so",
];

/// A month name or abbreviation (English or German), 1-based.
fn month_name(token: &str) -> Option<u32> {
    let t = token.trim_end_matches('.').to_lowercase();
    if t.chars().count() < 3 || !t.chars().all(char::is_alphabetic) {
        return None;
    }
    let prefix: String = t.chars().take(3).collect();
    let i = MONTHS
        .iter()
        .position(|m| *m == prefix)
        .or_else(|| GERMAN_MONTHS.iter().position(|m| *m == prefix))?;
    u32::try_from(i + 1).ok()
}

fn is_weekday(token: &str) -> bool {
    let t = token.trim_end_matches(['.', ',']).to_lowercase();
    t.chars().all(char::is_alphabetic)
        && t.len() >= 2
        && WEEKDAYS.iter().any(|w| t.starts_with(w))
        && month_name(&t).is_none()
}

/// A year of four digits, or two (taken as 20yy).
fn year(s: &str) -> Option<i32> {
    match s.len() {
        4 => s.parse().ok(),
        2 => s.parse::<i32>().ok().map(|y| 2000 + y),
        _ => None,
    }
}

/// A date token: `yyyy-MM-dd`, `dd.MM.yyyy` (also `dd.MM.yy`), or a slashed date in `order`.
pub fn date(token: &str, order: DateOrder) -> Option<NaiveDate> {
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if let Some((y, rest)) = token.split_once('-') {
        let (m, d) = rest.split_once('-')?;
        return (y.len() == 4)
            .then(|| NaiveDate::from_ymd_opt(y.parse().ok()?, num(m)?, num(d)?))
            .flatten();
    }
    let (sep, day_first) = if token.contains('.') {
        ('.', true)
    } else if token.contains('/') {
        ('/', order == DateOrder::DayFirst)
    } else {
        return None;
    };
    let parts: Vec<&str> = token.trim_end_matches('.').split(sep).collect();
    let [a, b, y] = parts[..] else {
        return None;
    };
    let (d, m) = if day_first {
        (num(a)?, num(b)?)
    } else {
        (num(b)?, num(a)?)
    };
    NaiveDate::from_ymd_opt(year(y)?, m, d)
}

/// A time token `H:mm`, `HH:mm:ss`, `HH:mm:ss.fff` (a fraction of any length).
pub fn time(token: &str) -> Option<NaiveTime> {
    let (main, frac) = match token.split_once(['.', ',']) {
        Some((m, f)) if !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()) => (m, Some(f)),
        Some(_) => return None,
        None => (token, None),
    };
    let parts: Vec<&str> = main.split(':').collect();
    let n = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (h, m, s) = match parts[..] {
        [h, m] => (n(h)?, n(m)?, 0),
        [h, m, s] => (n(h)?, n(m)?, n(s)?),
        _ => return None,
    };
    let nanos = match frac {
        Some(f) => {
            let f: String = f.chars().chain(std::iter::repeat('0')).take(9).collect();
            f.parse().ok()?
        }
        None => 0,
    };
    NaiveTime::from_hms_nano_opt(h, m, s, nanos)
}

/// Splits a time with a zone attached (`08:53:14.123Z`, `08:53:14+02:00`) into both.
fn time_with_zone(token: &str) -> Option<(NaiveTime, Zone)> {
    if let Some(t) = token.strip_suffix(['Z', 'z']) {
        return Some((time(t)?, Zone::named("Z")?));
    }
    let at = token.rfind(['+', '-'])?;
    Some((time(&token[..at])?, Zone::named(&token[at..])?))
}

/// Epoch milliseconds (13 digits) or seconds (10 digits), as UTC.
fn epoch(value: &str) -> Option<NaiveDateTime> {
    if !value.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: i64 = value.parse().ok()?;
    match value.len() {
        12..=14 => DateTime::from_timestamp_millis(n),
        9 | 10 => DateTime::from_timestamp(n, 0),
        _ => None,
    }
    .map(|t| t.naive_utc())
}

/// Reads a date-and-time value in any of the layouts in the module docs. Slashed dates are read
/// in `order` (sniff it per column with [`DateOrder::sniff`]); `column` is the zone the column
/// name states, used when the value states none. `None` when the value is not a date and time.
pub fn parse(value: &str, order: DateOrder, column: Option<&Zone>) -> Option<Timestamp> {
    let value = value.trim();
    if let Some(local) = epoch(value) {
        return Some(Timestamp {
            local,
            zone: Zone::named("UTC"),
        });
    }
    let (mut d, mut t, mut z) = (None::<NaiveDate>, None::<NaiveTime>, None::<Zone>);
    let (mut month, mut day, mut yr, mut pm) = (None, None, None, None::<bool>);
    let tokens = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .flat_map(|t| match t.split_once('T') {
            // ISO 8601: `2018-05-02T08:53:14`.
            Some((d, rest)) if d.len() == 10 && d.as_bytes().get(4) == Some(&b'-') => [d, rest],
            _ => [t, ""],
        })
        .filter(|t| !t.is_empty());
    for token in tokens {
        if let (None, Some(x)) = (d, date(token, order)) {
            d = Some(x);
        } else if let (None, Some(x)) = (t, time(token)) {
            t = Some(x);
        } else if let (None, Some((x, zone))) = (t, time_with_zone(token)) {
            t = Some(x);
            z = z.or(Some(zone));
        } else if let (None, Some(zone)) = (&z, Zone::named(token)) {
            z = Some(zone);
        } else if matches!(token.to_uppercase().as_str(), "AM" | "PM" | "A.M." | "P.M.") {
            pm = Some(token.to_uppercase().starts_with('P'));
        } else if let (None, Some(m)) = (month, month_name(token)) {
            month = Some(m);
        } else if is_weekday(token) {
        } else if token.len() <= 3 && token.trim_end_matches('.').parse::<u32>().is_ok() {
            day = token.trim_end_matches('.').parse().ok();
        } else if let (None, 4, Ok(y)) = (yr, token.len(), token.parse::<i32>()) {
            yr = Some(y);
        } else {
            return None;
        }
    }
    let d = d.or_else(|| NaiveDate::from_ymd_opt(yr?, month?, day?))?;
    let mut t = t?;
    if let Some(pm) = pm {
        let h = chrono::Timelike::hour(&t);
        if !(1..=12).contains(&h) {
            return None;
        }
        let h24 = match (pm, h) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
        t = chrono::Timelike::with_hour(&t, h24)?;
    }
    Some(Timestamp {
        local: d.and_time(t),
        zone: z.or_else(|| column.cloned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(local time, zone text, UTC)` of a value read month first without a column zone.
    fn read(value: &str) -> Option<(String, Option<String>, Option<String>)> {
        read_in(value, DateOrder::MonthFirst, None)
    }

    fn read_in(
        value: &str,
        order: DateOrder,
        column: Option<&Zone>,
    ) -> Option<(String, Option<String>, Option<String>)> {
        parse(value, order, column).map(|t| {
            (
                t.local.to_string(),
                t.zone.as_ref().map(|z| z.text.clone()),
                t.utc().map(|u| u.to_rfc3339()),
            )
        })
    }

    fn zoned(
        local: &str,
        zone: &str,
        utc: &str,
    ) -> Option<(String, Option<String>, Option<String>)> {
        Some((local.into(), Some(zone.into()), Some(utc.into())))
    }

    #[test]
    fn amazon_us_layouts_with_zone_in_the_value() {
        // MM/dd/yyyy HH:mm:ss z
        assert_eq!(
            read("05/26/2019 20:46:51 PDT"),
            zoned("2019-05-26 20:46:51", "PDT", "2019-05-27T03:46:51+00:00")
        );
        // M/d/yy h:mm:ss a z
        assert_eq!(
            read("5/6/19 8:46:51 PM EST"),
            zoned("2019-05-06 20:46:51", "EST", "2019-05-07T01:46:51+00:00")
        );
        assert_eq!(
            read("5/6/19 12:05:00 AM UTC"),
            zoned("2019-05-06 00:05:00", "UTC", "2019-05-06T00:05:00+00:00")
        );
        // EEE MMM dd HH:mm:ss z yyyy
        assert_eq!(
            read("Sun May 26 20:46:51 CEST 2019"),
            zoned("2019-05-26 20:46:51", "CEST", "2019-05-26T18:46:51+00:00")
        );
        assert_eq!(
            read("Tue Jan 08 07:00:00 GMT 2019"),
            zoned("2019-01-08 07:00:00", "GMT", "2019-01-08T07:00:00+00:00")
        );
    }

    #[test]
    fn layouts_without_a_zone_keep_the_time_as_written() {
        // MM/dd/yyyy HH:mm
        let t = parse("05/26/2019 20:46", DateOrder::MonthFirst, None).unwrap();
        assert_eq!(t.local.to_string(), "2019-05-26 20:46:00");
        assert_eq!(t.utc(), None);
        assert_eq!(t.zone_label(), "unknown: as written");
        assert_eq!(t.record_time().to_rfc3339(), "2019-05-26T20:46:00+00:00");
        // yyyy-MM-dd HH:mm:ss
        assert_eq!(
            read("2019-05-26 20:46:51"),
            Some(("2019-05-26 20:46:51".into(), None, None))
        );
        // German dd.MM.yyyy HH:mm(:ss)
        assert_eq!(
            read("26.05.2019 20:46"),
            Some(("2019-05-26 20:46:00".into(), None, None))
        );
        assert_eq!(
            read("06.05.2019 20:46:51 MESZ"),
            zoned("2019-05-06 20:46:51", "MESZ", "2019-05-06T18:46:51+00:00")
        );
    }

    #[test]
    fn iso_8601_with_z_offset_and_fraction() {
        assert_eq!(
            read("2019-05-26T20:46:51Z"),
            zoned("2019-05-26 20:46:51", "Z", "2019-05-26T20:46:51+00:00")
        );
        assert_eq!(
            read("2019-05-26T20:46:51.250+02:00"),
            zoned(
                "2019-05-26 20:46:51.250",
                "+02:00",
                "2019-05-26T18:46:51.250+00:00"
            )
        );
        assert_eq!(
            read("2019-05-26T20:46:51-0700"),
            zoned("2019-05-26 20:46:51", "-0700", "2019-05-27T03:46:51+00:00")
        );
        assert_eq!(
            read("2019-05-26T20:46:51.123456Z"),
            zoned(
                "2019-05-26 20:46:51.123456",
                "Z",
                "2019-05-26T20:46:51.123456+00:00"
            )
        );
    }

    #[test]
    fn abbreviations_come_from_the_one_table_and_mean_what_they_say() {
        // CET on a July day is +01:00 as written (only Takeout pages get a DST correction).
        assert_eq!(
            read("07/01/2021 10:00:00 CET"),
            zoned("2021-07-01 10:00:00", "CET", "2021-07-01T09:00:00+00:00")
        );
        // Abbreviations the Takeout pages knew and the CSVs did not.
        assert_eq!(
            read("2021-07-01 10:00:00 JST"),
            zoned("2021-07-01 10:00:00", "JST", "2021-07-01T01:00:00+00:00")
        );
        assert_eq!(
            read("01.12.2021 10:00 AEDT"),
            zoned("2021-12-01 10:00:00", "AEDT", "2021-11-30T23:00:00+00:00")
        );
        // Ambiguous ones stay unknown, so the value is no timestamp.
        assert_eq!(read("2021-07-01 10:00:00 IST"), None);
    }

    #[test]
    fn epoch_milliseconds_are_utc() {
        assert_eq!(
            read("1558903611000"),
            zoned("2019-05-26 20:46:51", "UTC", "2019-05-26T20:46:51+00:00")
        );
    }

    #[test]
    fn the_column_zone_applies_only_when_the_value_states_none() {
        let (base, gmt) = column_zone("Timestamp (GMT)").unwrap();
        assert_eq!((base.as_str(), gmt.text.as_str()), ("Timestamp", "GMT"));
        assert_eq!(
            read_in("05/26/2019 20:46", DateOrder::MonthFirst, Some(&gmt)),
            zoned("2019-05-26 20:46:00", "GMT", "2019-05-26T20:46:00+00:00")
        );
        assert_eq!(
            read_in("05/26/2019 20:46 PDT", DateOrder::MonthFirst, Some(&gmt)),
            zoned("2019-05-26 20:46:00", "PDT", "2019-05-27T03:46:00+00:00")
        );
    }

    #[test]
    fn column_names_state_zones_in_several_ways() {
        let zone = |n: &str| column_zone(n).map(|(b, z)| (b, z.text));
        assert_eq!(
            zone("creationTimeInUTC"),
            Some(("creationTime".into(), "UTC".into()))
        );
        assert_eq!(zone("time_utc"), Some(("time".into(), "UTC".into())));
        assert_eq!(zone("Date UTC"), Some(("Date".into(), "UTC".into())));
        assert_eq!(
            zone("timestampUTC"),
            Some(("timestamp".into(), "UTC".into()))
        );
        assert_eq!(
            zone("Uhrzeit [MEZ]"),
            Some(("Uhrzeit".into(), "MEZ".into()))
        );
        assert_eq!(zone("Uhrzeit (Ortszeit)"), None);
        assert_eq!(zone("Timestamp"), None);
        assert_eq!(zone("UTC"), None);
    }

    #[test]
    fn zone_names_and_numeric_offsets() {
        let h = |z: &str| offset(z).map(|o| o.local_minus_utc() / 60);
        assert_eq!(h("PST"), Some(-480));
        assert_eq!(h("pdt"), Some(-420));
        assert_eq!(h("EDT"), Some(-240));
        assert_eq!(h("CST"), Some(-360));
        assert_eq!(h("MDT"), Some(-360));
        assert_eq!(h("BST"), Some(60));
        assert_eq!(h("(MEZ)"), Some(60));
        assert_eq!(h("UTC+5:30"), Some(330));
        assert_eq!(h("GMT-07:00"), Some(-420));
        assert_eq!(h("+0200"), Some(120));
        assert_eq!(h("+15"), None);
        assert_eq!(h("Küche"), None);
        assert_eq!(h("-"), None);
    }

    #[test]
    fn a_day_above_12_decides_the_order_for_the_whole_column() {
        let us = ["05/06/2019 10:00", "05/26/2019 10:00"];
        let uk = ["05/06/2019 10:00", "26/05/2019 10:00"];
        let unclear = ["05/06/2019 10:00", "07/08/2019 10:00"];
        assert_eq!(DateOrder::sniff(us), DateOrder::MonthFirst);
        assert_eq!(DateOrder::sniff(uk), DateOrder::DayFirst);
        assert_eq!(DateOrder::sniff(unclear), DateOrder::MonthFirst);
        // Contradicting values: stay with Amazon's month first.
        assert_eq!(
            DateOrder::sniff(["13/01/2019 1:00", "01/13/2019 1:00"]),
            DateOrder::MonthFirst
        );
        let may6 = Some(("2019-05-06 10:00:00".into(), None, None));
        let jun5 = Some(("2019-06-05 10:00:00".into(), None, None));
        assert_eq!(read_in(us[0], DateOrder::MonthFirst, None), may6);
        assert_eq!(read_in(uk[0], DateOrder::DayFirst, None), jun5);
        // A value impossible in the column's order is not guessed at.
        assert_eq!(
            read_in("26/05/2019 10:00", DateOrder::MonthFirst, None),
            None
        );
    }

    #[test]
    fn any_cut_of_odd_text_is_read_without_panicking() {
        let samples = [
            "Fr 29.11.2019 16:22:13 MESZ",
            "2019-05-26T20:46:51.250+02:00",
            "5/6/19 12:05:00 AM UTC−05:30",
            "Üß (GMT) [Ä] 13:60:61.9999999999 +99:99 -",
            "1558903611000999999999",
        ];
        for sample in samples {
            let chars: Vec<char> = sample.chars().collect();
            for a in 0..chars.len() {
                for b in a..=chars.len() {
                    let cut: String = chars[a..b].iter().collect();
                    for order in [DateOrder::MonthFirst, DateOrder::DayFirst] {
                        let _ = parse(&cut, order, None);
                    }
                    let _ = column_zone(&cut);
                    let _ = offset(&cut);
                }
            }
        }
    }

    #[test]
    fn what_is_not_a_timestamp() {
        for value in [
            "",
            "N/A",
            "yesterday",
            "05/26/2019",
            "20:46",
            "2019-13-01 10:00",
            "05/26/2019 25:00",
            "13:00 PM 05/26/2019",
            "Echo Küche 05/26/2019 20:46",
            "12345",
        ] {
            assert_eq!(read(value), None, "{value:?}");
        }
    }
}
