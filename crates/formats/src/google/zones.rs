//! Times as Takeout's My Activity pages write them, and the zones their abbreviations name.
//!
//! The HTML pages write a local wall time with a zone abbreviation: `Mar 8, 2018, 5:14:40 PM
//! CET` (English), `08.03.2018, 17:14:40 MEZ` (German), `8 Mar 2018, 17:14:40 GMT` (British
//! English), sometimes a numeric zone (`GMT+05:30`) and in the oldest exports none at all.
//! [`parse`] reads them.
//!
//! Why this is more than a parser: older exports (until about 2020) label each time with the
//! abbreviation in force *at that time*, so one page mixes `CET` and `CEST`, and each label is
//! right. Newer exports write the right wall time but label every time of the page with the
//! abbreviation in force *when the export was made*: an export made in winter says `CET` for a
//! request made on a July morning. Reading the label literally puts summer requests an hour
//! late, which breaks joins by time and the order of events around midnight.
//!
//! [`Reading::of`] decides per page and per region: if a page writes both abbreviations of a
//! region (`CET` and `CEST`), each is used as written; if it writes only one, the wall times are
//! placed with the region's real daylight-saving rules (`chrono-tz`), and [`Corrections`] says
//! how many times that moved. A wall time that happened twice (clocks went back) or never
//! (clocks went forward) is read as the earlier of its two readings and reported.
//!
//! An abbreviation stands for one region here: `CET`/`CEST` (and German `MEZ`/`MESZ`) for
//! Europe/Berlin, `GMT`/`BST` for Europe/London, `PST`/`PDT` for America/Los_Angeles, and so on
//! (see [`crate::zone::ABBREVIATIONS`], the one table every format reads zones from). Places that keep one offset all year under a name with a daylight partner
//! (Arizona's `MST`, Saskatchewan's `CST`, Queensland's `AEST`) are read with the partner's
//! rules when a page writes only that name: their summer times come out an hour early. So are
//! pages from places on `GMT` all year (Iceland, West Africa), read with London's `BST`.

use chrono::{
    DateTime, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta,
    TimeZone, Utc,
};
use chrono_tz::Tz;

use auskunft_model::{Locator, Message};

use crate::zone::{self, Abbreviation, Daylight};

/// A time as a page writes it: the wall time and the zone as written (`CET`), if any.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Written {
    /// The wall time.
    pub(crate) local: NaiveDateTime,
    /// The zone exactly as written (`CET`, `GMT+01:00`), `None` when the page wrote none.
    pub(crate) zone: Option<String>,
}

/// Reads `Mar 8, 2018, 5:14:40 PM CET`, `08.03.2018, 17:14:40 MEZ`, `8 Mar 2018, 17:14:40 GMT`
/// and the like (`None` when the text is not such a time). Any Unicode space separates words,
/// as newer pages put a narrow no-break space before `PM`.
pub(crate) fn parse(text: &str) -> Option<Written> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = words.iter().position(|w| clock(w).is_some())?;
    let date = date(&words[..at])?;
    let (mut hour, minute, second, mut meridiem) = clock(words[at])?;
    let mut rest = &words[at + 1..];
    if meridiem.is_none() {
        if let Some(m) = rest.first().and_then(|w| am_pm(w)) {
            meridiem = Some(m);
            rest = &rest[1..];
        }
    }
    if let Some(pm) = meridiem {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    let zone = (!rest.is_empty()).then(|| rest.join(" "));
    Some(Written {
        local: date.and_time(time),
        zone,
    })
}

/// `H:MM:SS` or `H:MM`, possibly with `AM`/`PM` glued on: (hour, minute, second, pm?).
fn clock(word: &str) -> Option<(u32, u32, u32, Option<bool>)> {
    let word = word.trim_end_matches(',');
    let digits_end = word
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(word.len());
    let (digits, suffix) = word.split_at(digits_end);
    let meridiem = if suffix.is_empty() {
        None
    } else {
        Some(am_pm(suffix)?)
    };
    let parts: Vec<&str> = digits.split(':').collect();
    let number = |s: &str, max: usize| {
        (!s.is_empty() && s.len() <= max)
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [h, m, s] if m.len() == 2 && s.len() == 2 => {
            Some((number(h, 2)?, number(m, 2)?, number(s, 2)?, meridiem))
        }
        [h, m] if m.len() == 2 => Some((number(h, 2)?, number(m, 2)?, 0, meridiem)),
        _ => None,
    }
}

/// `AM`/`PM` (any case, with or without dots): whether it is `PM`.
fn am_pm(word: &str) -> Option<bool> {
    match word.replace('.', "").to_lowercase().as_str() {
        "am" => Some(false),
        "pm" => Some(true),
        _ => None,
    }
}

/// `Mar 8, 2018`, `8 Mar 2018`, `8. März 2018`, `08.03.2018` or `2018-03-08`, with a trailing
/// `at`/`um` allowed.
fn date(words: &[&str]) -> Option<NaiveDate> {
    let words: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(','))
        .filter(|w| !w.is_empty())
        .filter(|w| !matches!(w.to_lowercase().as_str(), "at" | "um"))
        .collect();
    let day = |s: &str| s.trim_end_matches('.').parse::<u32>().ok();
    let year = |s: &str| (s.len() == 4).then(|| s.parse::<i32>().ok()).flatten();
    match words.as_slice() {
        [one] => numeric_date(one),
        [m, d, y] if month(m).is_some() => NaiveDate::from_ymd_opt(year(y)?, month(m)?, day(d)?),
        [d, m, y] => NaiveDate::from_ymd_opt(year(y)?, month(m)?, day(d)?),
        _ => None,
    }
}

/// `08.03.2018` (day first) or `2018-03-08`.
fn numeric_date(word: &str) -> Option<NaiveDate> {
    let numbers = |sep: char| -> Option<Vec<u32>> {
        word.split(sep).map(|p| p.parse::<u32>().ok()).collect()
    };
    if let Some(n) = numbers('.').filter(|n| n.len() == 3 && n[2] >= 1000) {
        return NaiveDate::from_ymd_opt(i32::try_from(n[2]).ok()?, n[1], n[0]);
    }
    let n = numbers('-').filter(|n| n.len() == 3 && n[0] >= 1000)?;
    NaiveDate::from_ymd_opt(i32::try_from(n[0]).ok()?, n[1], n[2])
}

/// Month names and abbreviations in English and German, by number.
const MONTHS: [&[&str]; 12] = [
    &["jan", "january", "januar", "jän", "jänner"],
    &["feb", "february", "februar"],
    &["mar", "march", "mär", "märz", "mrz"],
    &["apr", "april"],
    &["may", "mai"],
    &["jun", "june", "juni"],
    &["jul", "july", "juli"],
    &["aug", "august"],
    &["sep", "sept", "september"],
    &["oct", "october", "okt", "oktober"],
    &["nov", "november"],
    &["dec", "december", "dez", "dezember"],
];

fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    let index = MONTHS
        .iter()
        .position(|names| names.contains(&word.as_str()))?;
    u32::try_from(index + 1).ok()
}

/// A zone abbreviation that belongs to a region with daylight-saving time: an entry of the one
/// table in [`crate::zone`] that has a region.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named {
    abbreviation: &'static Abbreviation,
    daylight: &'static Daylight,
}

impl Named {
    /// The abbreviation (`CET`).
    pub(crate) fn name(self) -> &'static str {
        self.abbreviation.name
    }

    /// The region whose rules apply.
    pub(crate) fn region(self) -> Tz {
        self.daylight.region
    }

    /// The offset the abbreviation itself means, in minutes east of UTC.
    fn minutes(self) -> i32 {
        self.abbreviation.minutes
    }

    /// Whether it is the daylight-saving (summer) abbreviation.
    fn summer(self) -> bool {
        self.daylight.summer
    }
}

/// What a written zone stands for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Zone {
    /// One offset all year: `UTC`, `GMT+05:30`, `JST`.
    Fixed(FixedOffset),
    /// An abbreviation of a region with daylight-saving time.
    Named(Named),
}

/// The zone a page wrote, `None` when it is not one known here: an abbreviation from the one
/// table ([`crate::zone::abbreviation`]) or a numeric offset ([`crate::zone::numeric`]).
pub(crate) fn zone(written: &str) -> Option<Zone> {
    if let Some(abbreviation) = zone::abbreviation(written) {
        return Some(match &abbreviation.daylight {
            Some(daylight) => Zone::Named(Named {
                abbreviation,
                daylight,
            }),
            None => Zone::Fixed(abbreviation.offset()),
        });
    }
    zone::numeric(written).map(Zone::Fixed)
}

/// How the times of one page are read: which regions' abbreviations are taken as written.
#[derive(Debug, Default)]
pub(crate) struct Reading {
    /// Regions (by name) for which the page writes both abbreviations: read as written.
    as_written: Vec<&'static str>,
}

/// A wall time that the region's rules do not map to exactly one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Switch {
    /// The clocks went back: the wall time happened twice.
    Twice,
    /// The clocks went forward: the wall time never happened.
    Never,
}

/// Where a written time lands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Placed {
    /// The instant.
    pub(crate) utc: DateTime<Utc>,
    /// The abbreviation actually in force, when the region's rules say another than the page.
    pub(crate) read_as: Option<String>,
    /// Set when the wall time fell on a clock change (read as the earlier reading).
    pub(crate) switch: Option<Switch>,
}

impl Reading {
    /// Decides how to read a page from all zones it writes (unknown ones are ignored).
    pub(crate) fn of<'a>(zones: impl IntoIterator<Item = &'a str>) -> Reading {
        let mut seen: Vec<(&'static str, bool)> = Vec::new();
        for z in zones {
            if let Some(Zone::Named(n)) = zone(z) {
                let key = (n.region().name(), n.summer());
                if !seen.contains(&key) {
                    seen.push(key);
                }
            }
        }
        let mut as_written: Vec<&'static str> = seen
            .iter()
            .filter(|(region, summer)| !summer && seen.contains(&(region, true)))
            .map(|(region, _)| *region)
            .collect();
        as_written.dedup();
        Reading { as_written }
    }

    /// Whether the page writes both abbreviations of `named`'s region (so each is right).
    pub(crate) fn takes_as_written(&self, named: Named) -> bool {
        self.as_written.contains(&named.region().name())
    }

    /// Places a wall time written with `zone`.
    pub(crate) fn place(&self, local: NaiveDateTime, zone: Zone) -> Placed {
        let exact = |offset_seconds: i32| Placed {
            utc: (local - TimeDelta::seconds(i64::from(offset_seconds))).and_utc(),
            read_as: None,
            switch: None,
        };
        let named = match zone {
            Zone::Fixed(offset) => return exact(offset.local_minus_utc()),
            Zone::Named(named) if self.takes_as_written(named) => {
                return exact(named.minutes() * 60)
            }
            Zone::Named(named) => named,
        };
        let region = named.region();
        let (utc, switch) = match region.from_local_datetime(&local) {
            MappedLocalTime::Single(t) => (t.with_timezone(&Utc), None),
            MappedLocalTime::Ambiguous(a, b) => (a.min(b).with_timezone(&Utc), Some(Switch::Twice)),
            MappedLocalTime::None => {
                // The offsets in force half a day before and after; the clocks change at most
                // once in a day.
                let offset = |naive: NaiveDateTime| {
                    region
                        .offset_from_utc_datetime(&naive)
                        .fix()
                        .local_minus_utc()
                };
                let earliest = [
                    offset(local - TimeDelta::hours(12)),
                    offset(local + TimeDelta::hours(12)),
                ]
                .into_iter()
                .map(|o| (local - TimeDelta::seconds(i64::from(o))).and_utc())
                .min()
                .unwrap_or_else(|| local.and_utc());
                (earliest, Some(Switch::Never))
            }
        };
        let minutes = i32::try_from((local - utc.naive_utc()).num_minutes()).unwrap_or(0);
        let read_as = (minutes != named.minutes()).then(|| {
            zone::abbreviation(named.daylight.partner)
                .filter(|partner| partner.minutes == minutes)
                .map_or_else(|| zone::offset_text(minutes), |p| p.name.to_string())
        });
        Placed {
            utc,
            read_as,
            switch,
        }
    }
}

/// Counts the times a page's zone was corrected, per written abbreviation, for one warning
/// each.
#[derive(Debug, Default)]
pub(crate) struct Corrections {
    counts: Vec<(Named, String, usize)>,
}

impl Corrections {
    /// Notes that a time written with `named` was read as `read_as`.
    pub(crate) fn note(&mut self, named: Named, read_as: &str) {
        match self
            .counts
            .iter_mut()
            .find(|(n, r, _)| n.name() == named.name() && r == read_as)
        {
            Some((_, _, count)) => *count += 1,
            None => self.counts.push((named, read_as.to_string(), 1)),
        }
    }

    /// One warning per written abbreviation that needed correcting: `times say CET all year
    /// round (…); 6 summer times were read as CEST (Europe/Berlin rules)`.
    pub(crate) fn warnings(&self) -> Vec<Message> {
        self.counts
            .iter()
            .map(|(named, read_as, count)| {
                let season = if named.summer() { "winter" } else { "summer" };
                Message::new("format-zone-corrected")
                    .arg("name", named.name())
                    .arg("count", *count)
                    .arg("season", season)
                    .arg("corrected", read_as.as_str())
                    .arg("region", named.region().name())
            })
            .collect()
    }
}

/// `activity 4, line 5: 2021-10-31 02:30:00 happened twice in Europe/Berlin (the clocks went
/// back); read as the earlier reading, 2021-10-31 00:30:00 UTC`.
pub(crate) fn describe_switch(
    at: &Locator,
    local: NaiveDateTime,
    named: Named,
    placed: &Placed,
) -> Message {
    let switch = match placed.switch {
        Some(Switch::Never) => "never",
        _ => "twice",
    };
    Message::new("format-activity-clock-change")
        .arg("at", at)
        .arg("local", local.to_string())
        .arg("switch", switch)
        .arg("region", named.region().name())
        .arg("utc", placed.utc.format("%Y-%m-%d %H:%M:%S").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").expect("test time")
    }

    fn written(local: &str, zone: &str) -> Written {
        Written {
            local: at(local),
            zone: Some(zone.to_string()),
        }
    }

    /// Places `text` on a page whose zones are `page`.
    fn place(page: &[&str], text: &str) -> Placed {
        let w = parse(text).expect("a time");
        let zone = zone(w.zone.as_deref().expect("a zone")).expect("a known zone");
        Reading::of(page.iter().copied()).place(w.local, zone)
    }

    fn utc(p: &Placed) -> String {
        p.utc.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    }

    #[test]
    fn english_and_german_times_are_read() {
        assert_eq!(
            parse("Mar 8, 2018, 5:14:40 PM CET"),
            Some(written("2018-03-08 17:14:40", "CET"))
        );
        assert_eq!(
            parse("08.03.2018, 17:14:40 MEZ"),
            Some(written("2018-03-08 17:14:40", "MEZ"))
        );
        assert_eq!(
            parse("8 Mar 2018, 17:14:40 GMT"),
            Some(written("2018-03-08 17:14:40", "GMT"))
        );
        assert_eq!(
            parse("8. März 2018 um 17:14:40 MESZ"),
            Some(written("2018-03-08 17:14:40", "MESZ"))
        );
        // Newer pages put a narrow no-break space before PM.
        assert_eq!(
            parse("Sep 4, 2020, 11:01:46\u{202f}AM PDT"),
            Some(written("2020-09-04 11:01:46", "PDT"))
        );
        assert_eq!(
            parse("Jan 22, 2020, 8:34:00 PM GMT+05:30"),
            Some(written("2020-01-22 20:34:00", "GMT+05:30"))
        );
        let old = parse("Jun 23, 2015, 2:43:45 PM").expect("no zone is fine");
        assert_eq!((old.local, old.zone), (at("2015-06-23 14:43:45"), None));
    }

    #[test]
    fn twelve_o_clock_am_is_midnight_and_pm_is_noon() {
        let local = |s: &str| parse(s).map(|w| w.local);
        assert_eq!(
            local("Jan 1, 2021, 12:00:00 AM UTC"),
            Some(at("2021-01-01 00:00:00"))
        );
        assert_eq!(
            local("Jan 1, 2021, 12:59:59 AM UTC"),
            Some(at("2021-01-01 00:59:59"))
        );
        assert_eq!(
            local("Jan 1, 2021, 12:30:00 PM UTC"),
            Some(at("2021-01-01 12:30:00"))
        );
        assert_eq!(
            local("Jan 1, 2021, 11:59:59 PM UTC"),
            Some(at("2021-01-01 23:59:59"))
        );
        assert_eq!(
            local("Jan 1, 2021, 1:00:00 am UTC"),
            Some(at("2021-01-01 01:00:00"))
        );
        assert_eq!(local("Jan 1, 2021, 13:00:00 PM UTC"), None);
        assert_eq!(local("Jan 1, 2021, 0:30:00 AM UTC"), None);
    }

    #[test]
    fn impossible_or_foreign_text_is_no_time() {
        for text in [
            "Feb 30, 2021, 5:00:00 PM CET",
            "Mar 8, 2018, 25:14:40 CET",
            "Mar 8, 2018, 5:61:40 PM CET",
            "32.03.2018, 17:14:40 MEZ",
            "yesterday at 5:14 PM",
            "Said what time is it",
            "It's 5:14 PM.",
            "Mar 8 2018",
            "",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn zones_are_named_numeric_or_unknown() {
        assert!(matches!(zone("CET"), Some(Zone::Named(n)) if n.region() == Europe::Berlin));
        assert!(matches!(zone("MESZ"), Some(Zone::Named(n)) if n.summer()));
        assert!(matches!(zone("UTC"), Some(Zone::Fixed(o)) if o.local_minus_utc() == 0));
        let fixed = |z: &str| match zone(z) {
            Some(Zone::Fixed(o)) => Some(o.local_minus_utc()),
            _ => None,
        };
        assert_eq!(fixed("GMT+01:00"), Some(3600));
        assert_eq!(fixed("GMT+5:30"), Some(19800));
        assert_eq!(fixed("UTC-0300"), Some(-10800));
        assert_eq!(fixed("GMT-8"), Some(-28800));
        assert_eq!(fixed("JST"), Some(32400));
        assert!(zone("XYZ").is_none());
        assert!(zone("IST").is_none(), "India, Ireland or Israel: unknown");
        assert!(zone("GMT+25").is_none());
    }

    #[test]
    fn a_page_saying_cet_all_year_gets_summer_time_in_summer() {
        let page = ["CET", "CET"];
        let summer = place(&page, "Jul 1, 2021, 10:00:00 AM CET");
        assert_eq!(utc(&summer), "2021-07-01T08:00:00Z");
        assert_eq!(summer.read_as.as_deref(), Some("CEST"));
        let winter = place(&page, "Jan 12, 2021, 10:00:00 AM CET");
        assert_eq!(utc(&winter), "2021-01-12T09:00:00Z");
        assert_eq!(winter.read_as, None);
    }

    #[test]
    fn a_page_saying_mesz_all_year_gets_winter_time_in_winter() {
        let page = ["MESZ"];
        let winter = place(&page, "12.01.2021, 10:00:00 MESZ");
        assert_eq!(utc(&winter), "2021-01-12T09:00:00Z");
        assert_eq!(winter.read_as.as_deref(), Some("MEZ"));
        let summer = place(&page, "01.07.2021, 10:00:00 MESZ");
        assert_eq!(utc(&summer), "2021-07-01T08:00:00Z");
        assert_eq!(summer.read_as, None);
    }

    #[test]
    fn a_page_mixing_cet_and_cest_is_read_as_written() {
        let page = ["CET", "CEST", "CET"];
        // Written as CET on a July day: taken at its word (old exports were right).
        let p = place(&page, "Jul 1, 2018, 10:00:00 AM CET");
        assert_eq!(utc(&p), "2018-07-01T09:00:00Z");
        assert_eq!(p.read_as, None);
        let p = place(&page, "Jul 1, 2018, 10:00:00 AM CEST");
        assert_eq!(utc(&p), "2018-07-01T08:00:00Z");
        // At the autumn switch the abbreviation tells the two readings apart.
        let first = place(&page, "Oct 28, 2018, 2:30:00 AM CEST");
        let second = place(&page, "Oct 28, 2018, 2:30:00 AM CET");
        assert_eq!(utc(&first), "2018-10-28T00:30:00Z");
        assert_eq!(utc(&second), "2018-10-28T01:30:00Z");
        assert_eq!((first.switch, second.switch), (None, None));
    }

    #[test]
    fn cet_in_july_is_one_offset_everywhere_but_on_pages_that_say_cet_all_year() {
        // A CSV cell and a page that writes each time's own abbreviation: CET is +01:00.
        let csv = crate::timestamp::parse("07/01/2021 10:00:00 CET", Default::default(), None)
            .and_then(|t| t.utc())
            .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string());
        assert_eq!(csv.as_deref(), Some("2021-07-01T09:00:00Z"));
        let mixed = place(&["CET", "CEST"], "Jul 1, 2021, 10:00:00 AM CET");
        assert_eq!(
            (utc(&mixed), mixed.read_as),
            ("2021-07-01T09:00:00Z".into(), None)
        );
        // The Takeout correction (formats.md): a page that writes only CET wrote the export-time
        // abbreviation, so the July time is placed with Berlin's rules and said to be CEST.
        let only = place(&["CET"], "Jul 1, 2021, 10:00:00 AM CET");
        assert_eq!(
            (utc(&only), only.read_as.as_deref()),
            ("2021-07-01T08:00:00Z".into(), Some("CEST"))
        );
    }

    #[test]
    fn mixing_is_decided_per_region() {
        // CET and CEST mixed, PST alone: Berlin as written, Los Angeles by the rules.
        let page = ["CET", "CEST", "PST"];
        let p = place(&page, "Jul 4, 2021, 10:00:00 AM PST");
        assert_eq!(utc(&p), "2021-07-04T17:00:00Z");
        assert_eq!(p.read_as.as_deref(), Some("PDT"));
        let p = place(&page, "Jul 4, 2021, 10:00:00 AM CET");
        assert_eq!(utc(&p), "2021-07-04T09:00:00Z");
        // British and US pages.
        let p = place(&["GMT"], "4 Jul 2021, 10:00:00 GMT");
        assert_eq!(
            (utc(&p), p.read_as.as_deref()),
            ("2021-07-04T09:00:00Z".into(), Some("BST"))
        );
        let p = place(&["EST"], "Dec 24, 2021, 11:15:00 PM EST");
        assert_eq!((utc(&p), p.read_as), ("2021-12-25T04:15:00Z".into(), None));
    }

    #[test]
    fn clock_changes_pick_the_earlier_reading() {
        let page = ["CET"];
        let twice = place(&page, "Oct 31, 2021, 2:30:00 AM CET");
        assert_eq!(twice.switch, Some(Switch::Twice));
        assert_eq!(utc(&twice), "2021-10-31T00:30:00Z");
        let never = place(&page, "Mar 28, 2021, 2:30:00 AM CET");
        assert_eq!(never.switch, Some(Switch::Never));
        assert_eq!(utc(&never), "2021-03-28T00:30:00Z");
        let named = match zone("CET") {
            Some(Zone::Named(n)) => n,
            _ => unreachable!("CET is named"),
        };
        let activity = Locator::Activity {
            activity: 4,
            line: 5,
        };
        let said = describe_switch(&activity, at("2021-10-31 02:30:00"), named, &twice);
        assert_eq!(
            said.en(),
            "activity 4, line 5: 2021-10-31 02:30:00 happened twice in Europe/Berlin (the clocks \
             went back); read as the earlier reading, 2021-10-31 00:30:00 UTC"
        );
        assert_eq!(
            said.render(auskunft_model::Lang::De),
            "Aktivität 4, Zeile 5: 2021-10-31 02:30:00 gab es in Europe/Berlin zweimal (die Uhren \
             wurden zurückgestellt); als die frühere der beiden Zeiten gelesen, 2021-10-31 00:30:00 UTC"
        );
        let said = describe_switch(&activity, at("2021-03-28 02:30:00"), named, &never);
        assert!(
            said.en()
                .contains("02:30:00 never happened in Europe/Berlin (the clocks went forward)"),
            "{said}"
        );
    }

    #[test]
    fn fixed_zones_are_never_corrected() {
        let p = place(&["GMT+01:00"], "Jul 1, 2021, 10:00:00 AM GMT+01:00");
        assert_eq!((utc(&p), p.read_as), ("2021-07-01T09:00:00Z".into(), None));
        let p = place(&["UTC"], "Jul 1, 2021, 10:00:00 AM UTC");
        assert_eq!(utc(&p), "2021-07-01T10:00:00Z");
    }

    #[test]
    fn corrections_are_summed_per_abbreviation() {
        let cet = match zone("CET") {
            Some(Zone::Named(n)) => n,
            _ => unreachable!("CET is named"),
        };
        let mut c = Corrections::default();
        assert!(c.warnings().is_empty());
        c.note(cet, "CEST");
        let en =
            |c: &Corrections| -> Vec<String> { c.warnings().iter().map(Message::en).collect() };
        assert_eq!(
            en(&c),
            [
                "times say CET all year round (the zone in force when the export was made); \
              1 summer time was read as CEST (Europe/Berlin rules)"
            ]
        );
        c.note(cet, "CEST");
        assert!(en(&c)[0].contains("; 2 summer times were read as CEST"));
        assert!(c.warnings()[0]
            .render(auskunft_model::Lang::De)
            .contains("; 2 Sommerzeiten wurden als CEST gelesen"));
    }
}
