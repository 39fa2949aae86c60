//! Evidence and the weights that turn it into a fit (see the crate docs for the reasoning).

use auskunft_model::{Fit, Flag, FlagCode, Message, Severity};

/// Weight of a `medium` flag.
pub const MEDIUM: i32 = 2;
/// Weight of a `low` flag.
pub const LOW: i32 = 1;
/// Weight of one weak match for the user (a name, a voice profile, a nearby place).
pub const WEAK_MATCH: i32 = 1;
/// From this total of weights on, a record without a strong identifier is `foreign`.
pub const FOREIGN_AT: i32 = 3;
/// At this total or below, with no `medium` flag, a record without a strong identifier is
/// `mine`.
pub const MINE_AT: i32 = -2;

/// What the rules found about one record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// Against the record being the user's.
    pub flags: Vec<Flag>,
    /// For it: catalogue messages (`match-…`).
    pub matches: Vec<Message>,
    /// A declared device's serial matched (inside its ownership window).
    pub serial_matched: bool,
    /// A declared account id matched.
    pub account_matched: bool,
    /// Weak matches for the user.
    pub weak_matches: i32,
    /// The user marked the record as theirs: decides, before anything else.
    pub marked_mine: bool,
}

impl Evidence {
    /// Adds a flag.
    pub fn flag(&mut self, code: FlagCode, severity: Severity, words: Message) {
        self.flags.push(Flag::new(code, severity, words));
    }

    /// Adds a weak match for the user.
    pub fn weak(&mut self, words: Message) {
        self.weak_matches += 1;
        self.matches.push(words);
    }

    /// Whether a flag with `code` was raised.
    pub fn has(&self, code: FlagCode) -> bool {
        self.flags.iter().any(|f| f.code == code)
    }

    /// The weights added up: flags count up, weak matches down.
    pub fn weight(&self) -> i32 {
        let flags: i32 = self
            .flags
            .iter()
            .map(|f| match f.severity {
                Severity::High => FOREIGN_AT,
                Severity::Medium => MEDIUM,
                Severity::Low => LOW,
            })
            .sum();
        flags - WEAK_MATCH * self.weak_matches
    }
}

/// The fit the evidence supports.
pub fn fit(ev: &Evidence) -> Fit {
    if ev.marked_mine {
        return Fit::Mine;
    }
    if ev.flags.iter().any(|f| f.severity == Severity::High) {
        return Fit::Foreign;
    }
    if ev.serial_matched {
        return Fit::Mine;
    }
    if ev.account_matched {
        // The user's own account vouches for a device they did not list: at worst unknown.
        return if ev.has(FlagCode::UnknownDevice) {
            Fit::Unknown
        } else {
            Fit::Mine
        };
    }
    let weight = ev.weight();
    let medium = ev.flags.iter().any(|f| f.severity == Severity::Medium);
    if weight >= FOREIGN_AT {
        Fit::Foreign
    } else if weight <= MINE_AT && !medium {
        Fit::Mine
    } else {
        Fit::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(flags: &[Severity], weak: i32) -> Evidence {
        let mut ev = Evidence::default();
        for &s in flags {
            ev.flag(FlagCode::LanguageMix, s, Message::new("x"));
        }
        ev.weak_matches = weak;
        ev
    }

    #[test]
    fn a_high_flag_decides_even_against_a_serial() {
        let mut ev = with(&[Severity::High], 0);
        ev.serial_matched = true;
        assert_eq!(fit(&ev), Fit::Foreign);
    }

    #[test]
    fn strong_identifiers_decide_over_medium_cues() {
        let mut ev = with(&[Severity::Medium, Severity::Medium], 0);
        ev.serial_matched = true;
        assert_eq!(fit(&ev), Fit::Mine);
        let mut ev = with(&[Severity::Medium], 0);
        ev.account_matched = true;
        assert_eq!(fit(&ev), Fit::Mine);
    }

    #[test]
    fn weights_without_identifiers() {
        assert_eq!(fit(&with(&[], 0)), Fit::Unknown);
        assert_eq!(fit(&with(&[Severity::Medium], 0)), Fit::Unknown);
        assert_eq!(
            fit(&with(&[Severity::Medium, Severity::Low], 0)),
            Fit::Foreign
        );
        assert_eq!(
            fit(&with(&[Severity::Medium, Severity::Low], 1)),
            Fit::Unknown
        );
        assert_eq!(fit(&with(&[Severity::Low; 3], 0)), Fit::Foreign);
        assert_eq!(fit(&with(&[], 2)), Fit::Mine);
        assert_eq!(
            fit(&with(&[Severity::Medium], 4)),
            Fit::Unknown,
            "no mine with a medium flag"
        );
    }
}
