//! Times written into file names, read only when the name also says which zone they are in.
//!
//! Exports name recordings after the moment they were made: Google Takeout as
//! `2018-05-03_07_12_45_123_UTC.mp3`, other tools as `20180503T071245Z-17.wav` or
//! `2018-05-03T07:12:45+00:00.ogg`. A name like `2018-05-03_07-12-45.wav` carries a local time
//! of an unknown zone; guessing one here would be wrong by hours without anyone noticing, so
//! such names give no time at all and the join stage infers offsets from whole series later.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use crate::zone;

/// The moment a file name states, when it states its zone too (`UTC`, `GMT`, `Z`, `+HH:MM`, or
/// another abbreviation of [`crate::zone`], read as the offset it names).
///
/// Recognised: a date `YYYY-MM-DD` or `YYYYMMDD`; then `T`, `_`, `-` or a space; then a time
/// `HH:MM:SS`, `HH-MM-SS`, `HH_MM_SS` or `HHMMSS`; optionally a fraction (`.123`, `_123`); then
/// the zone. Impossible dates and times (month 13, 30 February, hour 24) give `None`, as does
/// any time without a zone. The first match in the name counts.
pub fn time_from_name(name: &str) -> Option<DateTime<Utc>> {
    let b = name.as_bytes();
    (0..b.len())
        .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
        .find_map(|i| parse_at(b, i))
        .or_else(|| epoch_millis(b))
}

/// Epoch milliseconds as a name of their own (`1562516558403.wav`, as older Amazon activities'
/// `creationTimestamp`): a run of exactly 13 digits with no letter or digit on either side,
/// between 2001 and 2286. UTC by definition.
fn epoch_millis(b: &[u8]) -> Option<DateTime<Utc>> {
    let apart = |c: Option<&u8>| c.is_none_or(|c| !c.is_ascii_alphanumeric());
    (0..b.len().saturating_sub(12))
        .filter(|&i| i == 0 || apart(b.get(i - 1)))
        .filter(|&i| b[i..i + 13].iter().all(u8::is_ascii_digit) && apart(b.get(i + 13)))
        .find_map(|i| {
            let ms: i64 = std::str::from_utf8(&b[i..i + 13]).ok()?.parse().ok()?;
            DateTime::from_timestamp_millis(ms)
        })
}

/// A cursor over the bytes of a name.
struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Exactly `n` digits as a number.
    fn digits(&mut self, n: usize) -> Option<u32> {
        let s = self.b.get(self.i..self.i + n)?;
        if !s.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.i += n;
        Some(s.iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0')))
    }

    /// One byte out of `set`, if the next byte is one.
    fn one_of(&mut self, set: &[u8]) -> Option<u8> {
        let c = self.peek().filter(|c| set.contains(c))?;
        self.i += 1;
        Some(c)
    }

    /// `expected` here, the same separator as before (or none when there was none).
    fn same(&mut self, expected: Option<u8>) -> Option<()> {
        match expected {
            Some(sep) => self.one_of(&[sep]).map(|_| ()),
            None => Some(()),
        }
    }

    /// Whether the name ends here or continues with something that is not part of a word.
    fn at_boundary(&self) -> bool {
        self.peek().is_none_or(|c| !c.is_ascii_alphanumeric())
    }
}

fn parse_at(b: &[u8], start: usize) -> Option<DateTime<Utc>> {
    let mut s = Scan { b, i: start };
    let year = s.digits(4)?;
    if !(1970..=2099).contains(&year) {
        return None;
    }
    let date_sep = s.one_of(b"-");
    let month = s.digits(2)?;
    s.same(date_sep)?;
    let day = s.digits(2)?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;

    s.one_of(b"Tt_- ")?;
    let hour = s.digits(2)?;
    let time_sep = s.one_of(b":-_");
    let minute = s.digits(2)?;
    s.same(time_sep)?;
    let second = s.digits(2)?;
    let nanos = fraction(&mut s);
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;

    let offset = zone(&mut s)?;
    let local = NaiveDateTime::new(date, time);
    let at = offset.from_local_datetime(&local).single()?;
    Some(at.with_timezone(&Utc))
}

/// An optional fraction of a second after `.`, `,` or `_`: 1 to 9 digits, as nanoseconds.
fn fraction(s: &mut Scan<'_>) -> u32 {
    let before = s.i;
    if s.one_of(b".,_").is_none() {
        return 0;
    }
    let digits: Vec<u8> = s.b[s.i..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .copied()
        .collect();
    if digits.is_empty() || digits.len() > 9 {
        s.i = before;
        return 0;
    }
    s.i += digits.len();
    let value = digits
        .iter()
        .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'));
    value * 10u32.pow(9 - digits.len() as u32)
}

/// The zone that must follow the time: an abbreviation (`Z`, `UTC`, `GMT`, `CEST`, any of
/// [`crate::zone::ABBREVIATIONS`], read as the offset it names) after `_`, `-`, a space or
/// nothing, or a numeric offset `+HH:MM`, `-HH:MM`, `+HHMM`. Anything else means "no zone".
fn zone(s: &mut Scan<'_>) -> Option<FixedOffset> {
    let rest = &s.b[s.i..];
    let word = match rest.first() {
        Some(b'_' | b'-' | b' ') if rest.get(1).is_some_and(u8::is_ascii_alphabetic) => &rest[1..],
        _ => rest,
    };
    let letters = word.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if letters > 0 {
        // Letters only, so the slice is ASCII and cut on character boundaries.
        let name = std::str::from_utf8(&word[..letters]).ok()?;
        s.i += rest.len() - word.len() + letters;
        return zone::abbreviation(name)
            .filter(|_| s.at_boundary())
            .map(|a| a.offset());
    }
    let start = s.i;
    let negative = s.one_of(b"+-")? == b'-';
    s.digits(2)?;
    let colon = s.one_of(b":").is_some();
    if !colon && negative {
        // `...-1234` is more likely a counter than an offset west of UTC.
        return None;
    }
    s.digits(2)?;
    if !s.at_boundary() {
        return None;
    }
    zone::numeric(std::str::from_utf8(&s.b[start..s.i]).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> Option<DateTime<Utc>> {
        Some(
            DateTime::parse_from_rfc3339(text)
                .expect("test times are valid RFC 3339")
                .with_timezone(&Utc),
        )
    }

    #[test]
    fn epoch_millisecond_names_of_older_amazon_activities() {
        assert_eq!(
            time_from_name("1562516558403.wav"),
            utc("2019-07-07T16:22:38.403Z")
        );
        assert_eq!(
            time_from_name("Audio/rec_1562516558403-1.wav"),
            utc("2019-07-07T16:22:38.403Z")
        );
        // Fewer or more digits, or digits inside a word, are counters, not times.
        assert_eq!(time_from_name("156251655840.wav"), None);
        assert_eq!(time_from_name("15625165584031.wav"), None);
        assert_eq!(time_from_name("clip1562516558403.wav"), None);
    }

    #[test]
    fn demo_names_with_utc_and_dashes() {
        assert_eq!(
            time_from_name("2018-05-03_07-12-45_UTC.wav"),
            utc("2018-05-03T07:12:45Z")
        );
    }

    #[test]
    fn takeout_names_with_milliseconds() {
        assert_eq!(
            time_from_name("2018-05-03_07_12_45_123_UTC.mp3"),
            utc("2018-05-03T07:12:45.123Z")
        );
    }

    #[test]
    fn compact_names_with_z_and_a_counter() {
        assert_eq!(
            time_from_name("20180503T071245Z-17.wav"),
            utc("2018-05-03T07:12:45Z")
        );
        assert_eq!(
            time_from_name("20180503T071245Z.wav"),
            utc("2018-05-03T07:12:45Z")
        );
    }

    #[test]
    fn iso_names_with_z() {
        assert_eq!(
            time_from_name("2018-05-03T07:12:45Z.ogg"),
            utc("2018-05-03T07:12:45Z")
        );
        assert_eq!(
            time_from_name("2018-05-03T07-12-45Z.ogg"),
            utc("2018-05-03T07:12:45Z")
        );
        assert_eq!(
            time_from_name("rec 2018-05-03T07:12:45.5Z.flac"),
            utc("2018-05-03T07:12:45.5Z")
        );
    }

    #[test]
    fn iso_names_with_numeric_offsets() {
        assert_eq!(
            time_from_name("2018-05-03T07:12:45+00:00.m4a"),
            utc("2018-05-03T07:12:45Z")
        );
        assert_eq!(
            time_from_name("2018-05-03T09:12:45+0200.m4a"),
            utc("2018-05-03T07:12:45Z")
        );
        assert_eq!(
            time_from_name("2018-05-03T02:12:45-05:00.m4a"),
            utc("2018-05-03T07:12:45Z")
        );
    }

    #[test]
    fn local_times_without_a_zone_are_not_guessed() {
        assert_eq!(time_from_name("2018-05-03_07-12-45.wav"), None);
        assert_eq!(time_from_name("20180503T071245.wav"), None);
        assert_eq!(time_from_name("2018-05-03T07:12:45.wav"), None);
        assert_eq!(time_from_name("2018-05-03_07-12-45-1234.wav"), None);
        assert_eq!(time_from_name("2018-05-03_07-12-45_UTCX.wav"), None);
        assert_eq!(time_from_name("20180503T071245Zebra.wav"), None);
    }

    #[test]
    fn impossible_dates_and_times_are_rejected() {
        assert_eq!(time_from_name("2018-13-03_07-12-45_UTC.wav"), None);
        assert_eq!(time_from_name("2018-02-30_07-12-45_UTC.wav"), None);
        assert_eq!(time_from_name("20180503T241245Z.wav"), None);
        assert_eq!(time_from_name("2018-05-03T07:61:45Z.wav"), None);
        assert_eq!(time_from_name("2018-05-03T07:12:45+25:00.wav"), None);
    }

    #[test]
    fn names_without_a_time() {
        assert_eq!(time_from_name("recording.wav"), None);
        assert_eq!(time_from_name("2018-05-03.wav"), None);
        assert_eq!(
            time_from_name("A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090.wav"),
            None
        );
        assert_eq!(time_from_name("12345678901234567890Z.wav"), None);
        assert_eq!(time_from_name(""), None);
        assert_eq!(time_from_name("Aufnahme_ü_2018.mp3"), None);
    }

    #[test]
    fn mixed_separators_inside_the_time_are_rejected() {
        assert_eq!(time_from_name("2018-05-03_07-12_45_UTC.wav"), None);
        assert_eq!(time_from_name("2018-0503_07-12-45_UTC.wav"), None);
    }

    #[test]
    fn abbreviations_name_their_offset_as_written() {
        // The one table of `crate::zone`: CET is +01:00 even in July, CEST +02:00.
        assert_eq!(
            time_from_name("2018-07-03_09-12-45_CET.wav"),
            utc("2018-07-03T08:12:45Z")
        );
        assert_eq!(
            time_from_name("2018-07-03_09-12-45_CEST.wav"),
            utc("2018-07-03T07:12:45Z")
        );
        assert_eq!(
            time_from_name("2018-07-03T02:12:45-PDT.wav"),
            utc("2018-07-03T09:12:45Z")
        );
        assert_eq!(time_from_name("2018-07-03_09-12-45_IST.wav"), None);
        assert_eq!(time_from_name("2018-07-03_09-12-45_Kueche.wav"), None);
    }

    #[test]
    fn the_time_may_sit_after_a_prefix() {
        assert_eq!(
            time_from_name("Alexa/voice_2018-05-03_07-12-45_UTC.wav"),
            utc("2018-05-03T07:12:45Z")
        );
    }
}
