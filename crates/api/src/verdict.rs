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
        return record_verdicts(s);
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

/// The verdict when there are records: what leads is what is not the user's.
fn record_verdicts(s: &Summary) -> (String, String) {
    let (en, de) = (|n| format_count(n, Lang::En), |n| format_count(n, Lang::De));
    let (r, d) = (s.records, s.devices);
    let head_en = format!(
        "This export holds {} voice {}",
        en(r),
        plural(r, "recording", "recordings")
    );
    let head_de = format!(
        "Dieser Export enthält {} {}",
        de(r),
        plural(r, "Sprachaufnahme", "Sprachaufnahmen")
    );
    let (from_en, from_de) = if d == 0 {
        (String::new(), String::new())
    } else {
        (
            format!(" from {} {}", en(d), plural(d, "device", "devices")),
            format!(" von {} {}", de(d), plural(d, "Gerät", "Geräten")),
        )
    };
    let (f, m, u) = (s.records_foreign, s.records_mine, s.records_unknown);
    let unclear_en = |n: usize| format!(" {} {} unclear.", en(n), plural(n, "is", "are"));
    let unclear_de = |n: usize| format!(" {} {} unklar.", de(n), plural(n, "ist", "sind"));
    if f == r {
        let (mut e, mut g) = if d == 0 {
            (
                format!("{head_en}, none of them yours."),
                format!("{head_de}, keine davon Ihre."),
            )
        } else {
            (
                format!("{head_en}{from_en}, none of them yours."),
                format!("{head_de}{from_de}, keines davon Ihres."),
            )
        };
        if s.voice_data_without_voice_device {
            e.push_str(" Your inventory lists no device that records voice.");
            g.push_str(" Laut Ihrem Inventar besitzen Sie kein Gerät, das Sprache aufnimmt.");
        }
        return (e, g);
    }
    if m == r {
        return (
            format!("{head_en}{from_en}, all of them yours."),
            format!("{head_de}{from_de}, alle davon Ihre."),
        );
    }
    if f > 0 {
        let df = s.devices_foreign;
        let (by_en, by_de) = if df == 0 {
            (String::new(), String::new())
        } else {
            (
                format!(", from {} {},", en(df), plural(df, "device", "devices")),
                format!(", von {} {},", de(df), plural(df, "Gerät", "Geräten")),
            )
        };
        let mut e = format!(
            "{head_en}{from_en}; {} of them{by_en} {} not yours.",
            en(f),
            plural(f, "is", "are")
        );
        let mut g = format!(
            "{head_de}{from_de}; {} davon{by_de} {} nicht Ihre.",
            de(f),
            plural(f, "ist", "sind")
        );
        if u > 0 {
            e.push_str(&unclear_en(u));
            g.push_str(&unclear_de(u));
        }
        return (e, g);
    }
    if m == 0 {
        return (
            format!("{head_en}{from_en}; nothing in them matches or contradicts your inventory, so whose they are is unclear."),
            format!("{head_de}{from_de}; nichts darin passt zu Ihrem Inventar oder widerspricht ihm, daher ist unklar, wessen sie sind."),
        );
    }
    (
        format!("{head_en}{from_en}: {} yours, {} unclear.", en(m), en(u)),
        format!("{head_de}{from_de}: {} Ihre, {} unklar.", de(m), de(u)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(records: usize, devices: usize, mine: usize, foreign: usize) -> Summary {
        Summary {
            records,
            devices,
            records_mine: mine,
            records_foreign: foreign,
            records_unknown: records - mine - foreign,
            ..Summary::default()
        }
    }

    #[test]
    fn the_seed_case_says_none_is_yours_first() {
        let s = Summary {
            devices_foreign: 4,
            voice_data_without_voice_device: true,
            ..summary(1700, 4, 0, 1700)
        };
        let (en, de) = verdicts(&s, &[], true);
        assert_eq!(en, "This export holds 1,700 voice recordings from 4 devices, none of them yours. Your inventory lists no device that records voice.");
        assert_eq!(de, "Dieser Export enthält 1.700 Sprachaufnahmen von 4 Geräten, keines davon Ihres. Laut Ihrem Inventar besitzen Sie kein Gerät, das Sprache aufnimmt.");
    }

    #[test]
    fn mixed_exports_lead_with_what_is_not_yours() {
        let s = Summary {
            devices_foreign: 3,
            ..summary(600, 5, 388, 200)
        };
        let (en, de) = verdicts(&s, &[], true);
        assert_eq!(en, "This export holds 600 voice recordings from 5 devices; 200 of them, from 3 devices, are not yours. 12 are unclear.");
        assert_eq!(de, "Dieser Export enthält 600 Sprachaufnahmen von 5 Geräten; 200 davon, von 3 Geräten, sind nicht Ihre. 12 sind unklar.");
        let (en, _) = verdicts(&summary(1, 1, 0, 1), &[], true);
        assert_eq!(
            en,
            "This export holds 1 voice recording from 1 device, none of them yours."
        );
    }

    #[test]
    fn all_yours_or_unclear() {
        let (en, de) = verdicts(&summary(400, 2, 400, 0), &[], true);
        assert_eq!(
            en,
            "This export holds 400 voice recordings from 2 devices, all of them yours."
        );
        assert_eq!(
            de,
            "Dieser Export enthält 400 Sprachaufnahmen von 2 Geräten, alle davon Ihre."
        );
        let (en, de) = verdicts(&summary(1700, 0, 0, 0), &[], true);
        assert_eq!(en, "This export holds 1,700 voice recordings; nothing in them matches or contradicts your inventory, so whose they are is unclear.");
        assert_eq!(de, "Dieser Export enthält 1.700 Sprachaufnahmen; nichts darin passt zu Ihrem Inventar oder widerspricht ihm, daher ist unklar, wessen sie sind.");
        let (en, de) = verdicts(&summary(10, 1, 7, 0), &[], true);
        assert_eq!(
            en,
            "This export holds 10 voice recordings from 1 device: 7 yours, 3 unclear."
        );
        assert_eq!(
            de,
            "Dieser Export enthält 10 Sprachaufnahmen von 1 Gerät: 7 Ihre, 3 unklar."
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
