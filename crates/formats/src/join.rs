//! Joining transcript lines to recordings by time.
//!
//! A transcript document (the 2018 Amazon PDF) often states local time without a zone, while
//! recording names carry UTC. [`infer_offset`] finds the constant offset — whole or half hours
//! between −14 h and +14 h — under which most lines have a recording within a tolerance;
//! [`match_nearest`] then pairs lines and recordings one to one, closest pairs first. Document
//! order is never used.

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};

use auskunft_model::SourceRef;

/// A line of a transcript table: a time as the document writes it, a device name and the text.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptLine {
    /// The date and time as written.
    pub written: NaiveDateTime,
    /// The zone the document states for it, when it states one.
    pub offset: Option<FixedOffset>,
    /// The device name as written.
    pub device: Option<String>,
    /// What was said.
    pub text: String,
    /// What the assistant answered, when the table has a column for it.
    pub response: Option<String>,
    /// Where the line is (`page 3, row 12`).
    pub source: SourceRef,
}

/// Seconds within which a line and a recording are taken to be the same utterance.
pub const TOLERANCE_SECONDS: i64 = 3;

/// The offset (in minutes, local = UTC + offset) under which most `local` times have a `utc`
/// time within `tolerance` seconds, with how many lines then match. `None` when nothing matches.
/// Ties go to the smaller absolute offset.
pub fn infer_offset(
    local: &[NaiveDateTime],
    utc: &[DateTime<Utc>],
    tolerance: i64,
) -> Option<(i32, usize)> {
    let mut audio: Vec<i64> = utc.iter().map(|t| t.timestamp()).collect();
    audio.sort_unstable();
    let lines: Vec<i64> = local.iter().map(|t| t.and_utc().timestamp()).collect();
    let mut best: Option<(i32, usize)> = None;
    for half_hours in -28i32..=28 {
        let minutes = half_hours * 30;
        let shift = i64::from(minutes) * 60;
        let hits = lines
            .iter()
            .filter(|&&l| nearest_distance(&audio, l - shift).is_some_and(|d| d <= tolerance))
            .count();
        let better = match best {
            None => hits > 0,
            Some((m, h)) => hits > h || (hits == h && minutes.abs() < m.abs()),
        };
        if better {
            best = Some((minutes, hits));
        }
    }
    best
}

fn nearest_distance(sorted: &[i64], t: i64) -> Option<i64> {
    let i = sorted.partition_point(|&a| a < t);
    let after = sorted.get(i).map(|a| a - t);
    let before = i.checked_sub(1).and_then(|j| sorted.get(j)).map(|b| t - b);
    match (before, after) {
        (Some(b), Some(a)) => Some(b.min(a)),
        (b, a) => b.or(a),
    }
}

/// Pairs lines with recordings one to one, closest pairs first, each within `tolerance`.
/// `lines` and `audio` are UTC times in one unit (seconds for transcript lines, milliseconds
/// for records), `tolerance` in the same; returns (line index, audio index, distance).
pub fn match_nearest(lines: &[i64], audio: &[i64], tolerance: i64) -> Vec<(usize, usize, i64)> {
    let mut order: Vec<usize> = (0..audio.len()).collect();
    order.sort_by_key(|&i| audio[i]);
    let sorted: Vec<i64> = order.iter().map(|&i| audio[i]).collect();
    let mut pairs = Vec::new();
    for (li, &l) in lines.iter().enumerate() {
        let start = sorted.partition_point(|&a| a < l - tolerance);
        for (k, &a) in sorted.iter().enumerate().skip(start) {
            if a > l + tolerance {
                break;
            }
            pairs.push(((a - l).abs(), li, order[k]));
        }
    }
    pairs.sort_unstable();
    let mut line_used = vec![false; lines.len()];
    let mut audio_used = vec![false; audio.len()];
    let mut out = Vec::new();
    for (d, li, ai) in pairs {
        if !line_used[li] && !audio_used[ai] {
            line_used[li] = true;
            audio_used[ai] = true;
            out.push((li, ai, d));
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2018, 5, 3)
            .and_then(|d| d.and_hms_opt(h, m, s))
            .expect("valid")
    }

    #[test]
    fn infers_two_hours_between_cest_lines_and_utc_names() {
        let local = [at(9, 12, 45), at(10, 0, 0), at(21, 30, 5), at(22, 0, 0)];
        let utc: Vec<DateTime<Utc>> = [at(7, 12, 44), at(8, 0, 0), at(19, 30, 5), at(23, 59, 0)]
            .iter()
            .map(|t| t.and_utc())
            .collect();
        assert_eq!(infer_offset(&local, &utc, 3), Some((120, 3)));
        // Half hours too (India, +05:30), and nothing to match.
        let utc: Vec<DateTime<Utc>> = local
            .iter()
            .map(|t| (*t - chrono::Duration::minutes(330)).and_utc())
            .collect();
        assert_eq!(infer_offset(&local, &utc, 3), Some((330, 4)));
        assert_eq!(infer_offset(&local, &[], 3), None);
    }

    #[test]
    fn matches_closest_pairs_first_one_to_one() {
        // Two lines 5 s apart and two recordings: each line gets its own recording.
        let lines = [100, 105];
        let audio = [104, 99];
        assert_eq!(match_nearest(&lines, &audio, 3), vec![(0, 1, 1), (1, 0, 1)]);
        // A recording never serves two lines; a line with none stays unmatched.
        assert_eq!(match_nearest(&[100, 101], &[100], 3), vec![(0, 0, 0)]);
        assert_eq!(match_nearest(&[100], &[200], 3), vec![]);
    }
}
