//! The verdict: one sentence, in English and German, that a worried consumer understands.

use auskunft_model::{Member, MemberKind, Summary};

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English: 1,700.
    En,
    /// German: 1.700.
    De,
}

/// Formats a count with the language's thousands separator.
pub fn format_count(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::De { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The verdict sentences (English, German) for an audited export.
pub fn verdicts(s: &Summary, members: &[Member], any_readable: bool) -> (String, String) {
    let (en, de) = (|n| format_count(n, Lang::En), |n| format_count(n, Lang::De));
    if !any_readable {
        return (
            "None of the given files could be read as an archive.".into(),
            "Keine der angegebenen Dateien ließ sich als Archiv lesen.".into(),
        );
    }
    if s.records > 0 {
        let r = s.records;
        let d = s.devices;
        let (from_en, from_de) = if d == 0 {
            (
                "none of them tied to a device".to_string(),
                "keine davon einem Gerät zugeordnet".to_string(),
            )
        } else {
            (
                format!("from {} {}", en(d), plural(d, "device", "devices")),
                format!("von {} {}", de(d), plural(d, "Gerät", "Geräten")),
            )
        };
        return (
            format!(
                "This export holds {} voice {}, {from_en}: {} yours, {} not yours, {} unclear.",
                en(r),
                plural(r, "recording", "recordings"),
                en(s.records_mine),
                en(s.records_foreign),
                en(s.records_unknown)
            ),
            format!(
                "Dieser Export enthält {} {}, {from_de}: {} Ihre, {} nicht Ihre, {} unklar.",
                de(r),
                plural(r, "Sprachaufnahme", "Sprachaufnahmen"),
                de(s.records_mine),
                de(s.records_foreign),
                de(s.records_unknown)
            ),
        );
    }
    let audio = members
        .iter()
        .filter(|m| m.kind == MemberKind::Audio)
        .count();
    if audio > 0 {
        return (
            format!("This export holds {} audio {}; whose they are cannot be told from them alone yet.", en(audio), plural(audio, "file", "files")),
            format!("Dieser Export enthält {} {}; wem sie gehören, lässt sich daraus allein noch nicht sagen.", de(audio), plural(audio, "Audiodatei", "Audiodateien")),
        );
    }
    (
        "This export holds no voice recordings.".into(),
        "Dieser Export enthält keine Sprachaufnahmen.".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_names_devices_only_when_there_are_some() {
        let s = Summary {
            records: 1700,
            records_unknown: 1700,
            ..Summary::default()
        };
        let (en, de) = verdicts(&s, &[], true);
        assert_eq!(en, "This export holds 1,700 voice recordings, none of them tied to a device: 0 yours, 0 not yours, 1,700 unclear.");
        assert_eq!(de, "Dieser Export enthält 1.700 Sprachaufnahmen, keine davon einem Gerät zugeordnet: 0 Ihre, 0 nicht Ihre, 1.700 unklar.");
        let s = Summary {
            records: 1,
            devices: 1,
            records_foreign: 1,
            ..Summary::default()
        };
        assert_eq!(
            verdicts(&s, &[], true).0,
            "This export holds 1 voice recording, from 1 device: 0 yours, 1 not yours, 0 unclear."
        );
    }

    #[test]
    fn counts_use_the_languages_separators() {
        assert_eq!(format_count(1700, Lang::En), "1,700");
        assert_eq!(format_count(1700, Lang::De), "1.700");
        assert_eq!(format_count(100_000, Lang::De), "100.000");
        assert_eq!(format_count(999, Lang::En), "999");
        assert_eq!(format_count(0, Lang::En), "0");
    }
}
