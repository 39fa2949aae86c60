//! Whose each archive member is, from the audit's judgement of the records and devices it holds.
//!
//! The audit judges records (voice interactions) and devices, not files. A member's fit follows
//! from what refers to it: a record's recording (`Record::audio`) and its source
//! (`Record::source`), and a device list's devices (`Device::listed`). Byte-identical copies of a
//! recording (`Member::duplicate_of`) share the fit of the first.
//!
//! - **foreign**: everything that refers to the member is judged not the user's (and something
//!   does). Only these are set aside.
//! - **mixed**: it holds both the user's records and records judged not the user's (a transcript
//!   table with lines of both households). It is kept whole, and named as mixed.
//! - **mine** / **unknown**: the rest that records or devices refer to.
//! - **none**: nothing judged refers to it (device-less documents, the user's other data).
//!
//! Why a mixed member is kept whole rather than cut: the copy is a copy of what the company sent,
//! byte for byte, so every kept member still matches the manifest's hash; cutting lines out of a
//! CSV, JSON, HTML or PDF table would make a new document nobody can check against the original,
//! and a mistake in recognising a line would silently drop the user's own data. The user's own
//! lines can be taken out cleanly with the transcripts export instead.

use std::collections::HashMap;

use auskunft_model::{Fit, Report};
use serde::{Deserialize, Serialize};

/// Whose a member is, as far as the audit's judgement reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberFit {
    /// Only the user's records or devices refer to it.
    Mine,
    /// Only records or devices judged not the user's refer to it: set aside.
    Foreign,
    /// Both the user's and not the user's: kept whole.
    Mixed,
    /// Records or devices whose owner is unclear refer to it (and none judged not the user's
    /// alone).
    Unknown,
    /// No record or device refers to it.
    None,
}

impl MemberFit {
    /// The word used in JSON and codes: `mine`, `foreign`, `mixed`, `unknown`, `none`.
    pub fn code(self) -> &'static str {
        match self {
            MemberFit::Mine => "mine",
            MemberFit::Foreign => "foreign",
            MemberFit::Mixed => "mixed",
            MemberFit::Unknown => "unknown",
            MemberFit::None => "none",
        }
    }
}

/// How many records and devices of each fit refer to one member.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// The user's.
    pub mine: usize,
    /// Not the user's.
    pub foreign: usize,
    /// Unclear.
    pub unknown: usize,
}

impl Tally {
    fn add(&mut self, fit: Fit) {
        match fit {
            Fit::Mine => self.mine += 1,
            Fit::Foreign => self.foreign += 1,
            Fit::Unknown => self.unknown += 1,
        }
    }

    /// The member's fit from what refers to it.
    pub fn fit(self) -> MemberFit {
        match (self.mine > 0, self.foreign > 0, self.unknown > 0) {
            (false, false, false) => MemberFit::None,
            (false, true, false) => MemberFit::Foreign,
            (true, true, _) => MemberFit::Mixed,
            (true, false, false) => MemberFit::Mine,
            // Unclear records alone, or beside foreign ones: not judged not the user's.
            (false, _, true) | (true, false, true) => MemberFit::Unknown,
        }
    }
}

/// The tally and fit of every member of a report, by member index.
#[derive(Debug, Clone)]
pub struct Judgement {
    /// One per `Report::members`.
    pub tallies: Vec<Tally>,
}

impl Judgement {
    /// Judges every member of `report`.
    pub fn of(report: &Report) -> Judgement {
        let mut by_place: HashMap<(usize, &str), Vec<usize>> = HashMap::new();
        for (i, m) in report.members.iter().enumerate() {
            by_place
                .entry((m.input, m.path.as_str()))
                .or_default()
                .push(i);
        }
        let mut tallies = vec![Tally::default(); report.members.len()];
        let refer = |input: usize, path: &str, fit: Fit, tallies: &mut Vec<Tally>| {
            if let Some(indices) = by_place.get(&(input, path)) {
                for &i in indices {
                    tallies[i].add(fit);
                }
            }
        };
        for r in &report.records {
            refer(r.source.input, &r.source.path, r.fit, &mut tallies);
            if let Some(a) = &r.audio {
                // A record whose recording is also its source counts once for that member.
                if a.input != r.source.input || a.path != r.source.path {
                    refer(a.input, &a.path, r.fit, &mut tallies);
                }
            }
        }
        for d in &report.devices {
            if let Some(listed) = &d.listed {
                refer(listed.input, &listed.path, d.fit, &mut tallies);
            }
        }
        // Copies of a recording are that recording.
        for (i, m) in report.members.iter().enumerate() {
            if let Some(first) = m.duplicate_of.filter(|&f| f < tallies.len() && f != i) {
                let t = tallies[first];
                tallies[i].mine += t.mine;
                tallies[i].foreign += t.foreign;
                tallies[i].unknown += t.unknown;
            }
        }
        Judgement { tallies }
    }

    /// The member's fit.
    pub fn fit(&self, member: usize) -> MemberFit {
        self.tallies
            .get(member)
            .map_or(MemberFit::None, |t| t.fit())
    }

    /// Indices of the members judged not the user's.
    pub fn foreign(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.tallies.len()).filter(|&i| self.fit(i) == MemberFit::Foreign)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_is_foreign_only_when_everything_in_it_is() {
        let t = |mine, foreign, unknown| {
            Tally {
                mine,
                foreign,
                unknown,
            }
            .fit()
        };
        assert_eq!(t(0, 0, 0), MemberFit::None);
        assert_eq!(t(0, 3, 0), MemberFit::Foreign);
        assert_eq!(t(1, 3, 0), MemberFit::Mixed);
        assert_eq!(t(1, 3, 2), MemberFit::Mixed);
        assert_eq!(t(0, 3, 1), MemberFit::Unknown);
        assert_eq!(t(2, 0, 0), MemberFit::Mine);
        assert_eq!(t(2, 0, 1), MemberFit::Unknown);
    }
}
