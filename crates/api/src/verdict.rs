//! The verdict: one sentence, in English and German, that a worried consumer understands.

use auskunft_model::{Device, Fit, InventoryState, Member, MemberKind, Question, Record, Summary};

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
        return match s.inventory {
            InventoryState::Declared => record_verdicts(s),
            InventoryState::None => unsaid_verdicts(s),
        };
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

/// The verdict before the user has said what they own: what the export itself shows, never
/// "none of them yours" (contracts/audit-report.md). Records of another customer account lead;
/// the rest is left to the question the app asks.
fn unsaid_verdicts(s: &Summary) -> (String, String) {
    let (en, de) = (|n| format_count(n, Lang::En), |n| format_count(n, Lang::De));
    let r = s.records;
    let ((head_en, from_en), (head_de, from_de)) = head(s);
    let mut e = format!("{head_en}{from_en}");
    let mut g = format!("{head_de}{from_de}");
    let other = s.records_other_account;
    let said = s.records_foreign - other;
    let u = s.records_unknown;
    let mut clauses_en = Vec::new();
    let mut clauses_de = Vec::new();
    if other > 0 {
        if other == r {
            clauses_en.push("all of them come from another customer account than the one this export was made for".to_string());
            clauses_de.push("alle stammen von einem anderen Kundenkonto als dem, für das dieser Export erstellt wurde".to_string());
        } else {
            clauses_en.push(format!(
                "{} of them {} from another customer account than the one this export was made for",
                en(other),
                plural(other, "comes", "come")
            ));
            clauses_de.push(format!("{} davon {} von einem anderen Kundenkonto als dem, für das dieser Export erstellt wurde", de(other), plural(other, "stammt", "stammen")));
        }
    }
    if said > 0 {
        clauses_en.push(format!(
            "{} {} from devices you said are not yours",
            en(said),
            plural(said, "is", "are")
        ));
        clauses_de.push(format!(
            "{} {} von Geräten, die laut Ihnen nicht Ihre sind",
            de(said),
            plural(said, "stammt", "stammen")
        ));
    }
    if clauses_en.is_empty() {
        e.push('.');
        g.push('.');
    } else {
        e.push_str(&format!("; {}.", clauses_en.join(", and ")));
        g.push_str(&format!("; {}.", clauses_de.join(", und ")));
    }
    if u == r {
        e.push_str(" Nothing in the export says whether they are yours; only you can tell.");
        g.push_str(" Ob sie Ihnen gehören, sagt der Export nicht; das können nur Sie sagen.");
    } else if u > 0 {
        e.push_str(&format!(
            " Whether the other {} {} yours, only you can tell.",
            en(u),
            plural(u, "is", "are")
        ));
        g.push_str(&format!(
            " Ob {} Ihnen {}, können nur Sie sagen.",
            if u == 1 {
                "die übrige".to_string()
            } else {
                format!("die übrigen {}", de(u))
            },
            plural(u, "gehört", "gehören")
        ));
    }
    (e, g)
}

/// The one question whose answer would change the verdict, when the user has not said what
/// they own and some voice records are still unclear: which of the export's devices are theirs
/// (those with unclear records, most records first), or, when the records name no device,
/// whether they use a voice assistant at all.
pub fn question(s: &Summary, devices: &[Device], records: &[Record]) -> Option<Question> {
    let voice = auskunft_audit::is_voice_recording;
    if s.inventory == InventoryState::Declared
        || !records.iter().any(|r| voice(r) && r.fit == Fit::Unknown)
    {
        return None;
    }
    let mut unclear: std::collections::HashMap<&str, usize> = Default::default();
    for r in records.iter().filter(|r| voice(r) && r.fit == Fit::Unknown) {
        if let Some(d) = r.device.as_deref() {
            *unclear.entry(d).or_default() += 1;
        }
    }
    let mut asked: Vec<&Device> = devices
        .iter()
        .filter(|d| unclear.contains_key(d.id.as_str()) && d.fit != Fit::Foreign)
        .collect();
    asked.sort_by_key(|d| std::cmp::Reverse(unclear[d.id.as_str()]));
    let n = asked.len();
    let (code, en, de) = match n {
        0 => (
            "voice_device",
            "Do you use a voice assistant (a smart speaker, or one on your phone, TV or in your car)?".to_string(),
            "Nutzen Sie einen Sprachassistenten (einen smarten Lautsprecher oder einen auf Telefon, Fernseher oder im Auto)?".to_string(),
        ),
        1 => (
            "devices",
            "Is this device yours?".to_string(),
            "Gehört dieses Gerät Ihnen?".to_string(),
        ),
        n => (
            "devices",
            format!("Are any of these {} devices yours?", format_count(n, Lang::En)),
            format!("Gehört eines dieser {} Geräte Ihnen?", format_count(n, Lang::De)),
        ),
    };
    Some(Question {
        code: code.into(),
        en,
        de,
        devices: asked.iter().map(|d| d.id.clone()).collect(),
    })
}

/// "This export holds 1,700 voice recordings" and " from 4 devices" (empty without devices), in
/// English and German: how every verdict with records begins.
fn head(s: &Summary) -> ((String, String), (String, String)) {
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
    if d == 0 {
        return ((head_en, String::new()), (head_de, String::new()));
    }
    (
        (
            head_en,
            format!(" from {} {}", en(d), plural(d, "device", "devices")),
        ),
        (
            head_de,
            format!(" von {} {}", de(d), plural(d, "Gerät", "Geräten")),
        ),
    )
}

/// The verdict when there are records: what leads is what is not the user's.
fn record_verdicts(s: &Summary) -> (String, String) {
    let (en, de) = (|n| format_count(n, Lang::En), |n| format_count(n, Lang::De));
    let (r, d) = (s.records, s.devices);
    let ((head_en, from_en), (head_de, from_de)) = head(s);
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
            e.push_str(" You said you own no device that records voice.");
            g.push_str(" Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt.");
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
            inventory: InventoryState::Declared,
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
        assert_eq!(en, "This export holds 1,700 voice recordings from 4 devices, none of them yours. You said you own no device that records voice.");
        assert_eq!(de, "Dieser Export enthält 1.700 Sprachaufnahmen von 4 Geräten, keines davon Ihres. Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt.");
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

    #[test]
    fn without_the_users_word_it_says_what_the_export_shows() {
        let none = |s: Summary| Summary {
            inventory: InventoryState::None,
            ..s
        };
        let (en, de) = verdicts(&none(summary(50, 2, 0, 0)), &[], true);
        assert_eq!(en, "This export holds 50 voice recordings from 2 devices. Nothing in the export says whether they are yours; only you can tell.");
        assert_eq!(de, "Dieser Export enthält 50 Sprachaufnahmen von 2 Geräten. Ob sie Ihnen gehören, sagt der Export nicht; das können nur Sie sagen.");
        let s = Summary {
            records_other_account: 27,
            ..none(summary(77, 4, 0, 27))
        };
        let (en, de) = verdicts(&s, &[], true);
        assert_eq!(en, "This export holds 77 voice recordings from 4 devices; 27 of them come from another customer account than the one this export was made for. Whether the other 50 are yours, only you can tell.");
        assert_eq!(de, "Dieser Export enthält 77 Sprachaufnahmen von 4 Geräten; 27 davon stammen von einem anderen Kundenkonto als dem, für das dieser Export erstellt wurde. Ob die übrigen 50 Ihnen gehören, können nur Sie sagen.");
        let s = Summary {
            records_other_account: 10,
            ..none(summary(30, 3, 0, 30))
        };
        let (en, _) = verdicts(&s, &[], true);
        assert!(!en.contains("none of them yours"), "{en}");
        assert_eq!(en, "This export holds 30 voice recordings from 3 devices; 10 of them come from another customer account than the one this export was made for, and 20 are from devices you said are not yours.");
    }

    #[test]
    fn the_question_names_the_unclear_devices_most_records_first() {
        let device = |id: &str| Device {
            id: id.into(),
            ..Device::default()
        };
        let record = |d: Option<&str>, fit: Fit| Record {
            device: d.map(Into::into),
            vendor: Some("amazon".into()),
            fit,
            ..Record::default()
        };
        let devices = [device("d1"), device("d2"), device("d3")];
        let records = [
            record(Some("d1"), Fit::Unknown),
            record(Some("d2"), Fit::Unknown),
            record(Some("d2"), Fit::Unknown),
            record(Some("d3"), Fit::Foreign),
        ];
        let s = Summary::default();
        let q = question(&s, &devices, &records).expect("a question");
        assert_eq!(q.en, "Are any of these 2 devices yours?");
        assert_eq!(q.de, "Gehört eines dieser 2 Geräte Ihnen?");
        assert_eq!(q.devices, ["d2", "d1"]);
        let q = question(&s, &[], &[record(None, Fit::Unknown)]).expect("a question");
        assert_eq!(q.code, "voice_device");
        assert!(
            question(&s, &devices, &records[3..]).is_none(),
            "nothing unclear, nothing to ask"
        );
        let declared = Summary {
            inventory: InventoryState::Declared,
            ..Summary::default()
        };
        assert!(question(&declared, &devices, &records).is_none());
    }
}
