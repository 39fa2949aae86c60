//! The verdict: one sentence a worried consumer understands, as a message of the catalogue
//! (`verdict.ftl`), rendered in English and German for the report.

use auskunft_model::{
    Device, Fit, InventoryState, Lang, Member, MemberKind, Message, Question, Record, Summary,
};

/// The verdict sentences (English, German) for an audited export (the tests read both).
#[cfg(test)]
fn verdicts(s: &Summary, members: &[Member], any_readable: bool) -> (String, String) {
    let m = verdict(s, members, any_readable);
    (m.render(Lang::En), m.render(Lang::De))
}

/// "all", "some" or "none" of `total`: how the catalogue chooses between its sentences.
fn share(part: usize, total: usize) -> &'static str {
    match part {
        0 => "none",
        p if p == total => "all",
        _ => "some",
    }
}

/// The verdict as a message of the catalogue.
pub fn verdict(s: &Summary, members: &[Member], any_readable: bool) -> Message {
    if !any_readable {
        return Message::new("verdict-unreadable");
    }
    if s.records > 0 {
        let m = match s.inventory {
            InventoryState::Declared => record_verdict(s),
            InventoryState::None => unsaid_verdict(s),
        };
        return m.arg("records", s.records).arg("devices", s.devices);
    }
    let audio = members
        .iter()
        .filter(|m| m.kind == MemberKind::Audio)
        .count();
    if audio > 0 {
        return Message::new("verdict-audio-only").arg("audio", audio);
    }
    Message::new("verdict-no-voice")
}

/// The verdict before the user has said what they own: what the export itself shows, never
/// "none of them yours" (contracts/audit-report.md). Records of another customer account lead;
/// the rest is left to the question the app asks.
fn unsaid_verdict(s: &Summary) -> Message {
    let other = s.records_other_account;
    Message::new("verdict-unsaid")
        .arg("other", other)
        .arg("other_share", share(other, s.records))
        .arg("said", s.records_foreign - other)
        .arg("unknown", s.records_unknown)
        .arg("unknown_share", share(s.records_unknown, s.records))
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
    let (code, words) = match asked.len() {
        0 => ("voice_device", Message::new("question-voice-device")),
        n => (
            "devices",
            Message::new("question-devices").arg("devices", n),
        ),
    };
    Some(Question {
        code: code.into(),
        en: words.render(Lang::En),
        de: words.render(Lang::De),
        words,
        devices: asked.iter().map(|d| d.id.clone()).collect(),
    })
}

/// The verdict when the user has said what they own: what leads is what is not theirs.
fn record_verdict(s: &Summary) -> Message {
    let r = s.records;
    let (f, m, u) = (s.records_foreign, s.records_mine, s.records_unknown);
    if f == r {
        let no_voice = if s.voice_data_without_voice_device {
            "yes"
        } else {
            "no"
        };
        return Message::new("verdict-none-yours").arg("no_voice_device", no_voice);
    }
    if m == r {
        return Message::new("verdict-all-yours");
    }
    if f > 0 {
        return Message::new("verdict-some-foreign")
            .arg("foreign", f)
            .arg("devices_foreign", s.devices_foreign)
            .arg("unknown", u);
    }
    if m == 0 {
        return Message::new("verdict-unclear");
    }
    Message::new("verdict-mine-unclear")
        .arg("mine", m)
        .arg("unknown", u)
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
    fn one_of_each_reads_in_the_singular() {
        let s = Summary {
            devices_foreign: 1,
            ..summary(3, 2, 1, 1)
        };
        let (en, de) = verdicts(&s, &[], true);
        assert_eq!(en, "This export holds 3 voice recordings from 2 devices; 1 of them, from 1 device, is not yours. 1 is unclear.");
        assert_eq!(de, "Dieser Export enthält 3 Sprachaufnahmen von 2 Geräten; 1 davon, von 1 Gerät, ist nicht Ihre. 1 ist unklar.");
        let s = Summary {
            inventory: InventoryState::None,
            records_other_account: 1,
            ..summary(2, 1, 0, 1)
        };
        let (en, de) = verdicts(&s, &[], true);
        assert_eq!(en, "This export holds 2 voice recordings from 1 device; 1 of them comes from another customer account than the one this export was made for. Whether the other 1 is yours, only you can tell.");
        assert_eq!(de, "Dieser Export enthält 2 Sprachaufnahmen von 1 Gerät; 1 davon stammt von einem anderen Kundenkonto als dem, für das dieser Export erstellt wurde. Ob die übrige Ihnen gehört, können nur Sie sagen.");
        let (en, de) = verdicts(&Summary::default(), &[], false);
        assert_eq!(en, "None of the given files could be read as an archive.");
        assert_eq!(
            de,
            "Keine der angegebenen Dateien ließ sich als Archiv lesen."
        );
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
        assert_eq!(q.words.render(Lang::De), q.de);
        let q1 = question(&s, &devices[..1], &records[..1]).expect("a question");
        assert_eq!(
            (q1.en.as_str(), q1.de.as_str()),
            ("Is this device yours?", "Gehört dieses Gerät Ihnen?")
        );
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
