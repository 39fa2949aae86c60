//! Letters composed from a small report: what they state, what they leave blank and name, and
//! that the stranger's words never appear.

use auskunft_inventory::Me;
use auskunft_letters::{compose, missing_sentence, Field, LetterRequest, Recipient};
use auskunft_model::{
    AudioRef, Device, Fit, Flag, FlagCode, Input, InputStatus, Member, MemberKind, MemberStatus,
    Record, Report, Severity, SourceRef, Summary, Tool,
};
use auskunft_words::Lang;
use chrono::{NaiveDate, TimeZone, Utc};

const SECRET: &str = "ruf die Praxis von Doktor Geheim an";

fn member(path: &str, sha: &str) -> Member {
    Member {
        input: 0,
        path: path.into(),
        container: None,
        parent: None,
        original_name: None,
        bytes: 100,
        sha256: Some(sha.into()),
        kind: MemberKind::Audio,
        format: Some("amazon.voice_history".into()),
        status: MemberStatus::Parsed,
        reason: None,
        reason_words: None,
        warnings: vec![],
        warnings_words: vec![],
        duplicate_of: None,
    }
}

fn report() -> Report {
    let foreign = |i: u32| Record {
        id: format!("r{i}"),
        time: Utc.with_ymd_and_hms(2018, 5, i, 20, 0, 0).single(),
        device: Some("d1".into()),
        vendor: Some("amazon".into()),
        transcript: Some(SECRET.into()),
        audio: Some(AudioRef {
            input: 0,
            path: format!("Audio/{i}.wav"),
            seconds: Some(2.0),
        }),
        source: SourceRef {
            input: 0,
            path: "VoiceHistory.json".into(),
            locator: format!("$[{i}]"),
        },
        fit: Fit::Foreign,
        flags: vec![Flag {
            code: FlagCode::VoiceDataWithoutVoiceDevice,
            severity: Severity::High,
            message: "voice data".into(),
            message_words: auskunft_model::Message::new("flag-voice-data-without-voice-device"),
        }],
        ..Record::default()
    };
    let records = vec![foreign(3), foreign(4)];
    let devices = vec![Device {
        id: "d1".into(),
        name: Some("Küche".into()),
        model: Some("Echo Dot".into()),
        serial: Some("G090XX".into()),
        records: 2,
        fit: Fit::Foreign,
        ..Device::default()
    }];
    let members = vec![
        member("VoiceHistory.json", "aa11"),
        member("Audio/3.wav", "bb22"),
        member("Audio/4.wav", "cc33"),
    ];
    let mut summary = Summary::count(&members, &records, &devices);
    summary.verdict = "v".into();
    Report {
        schema: "auskunft.audit/1".into(),
        tool: Tool {
            name: "auskunft".into(),
            version: "0.1.0".into(),
        },
        export_id: "e".into(),
        inputs: vec![Input {
            path: "/home/x/Alexa.zip".into(),
            bytes: 51_906_724,
            sha256: Some("ff00".into()),
            status: InputStatus::Ok,
            message: None,
            message_words: None,
            truncation: None,
        }],
        members,
        devices,
        records,
        notes: vec![],
        accounts: vec![],
        summary,
    }
}

fn request(to: Recipient, lang: Lang) -> LetterRequest {
    LetterRequest {
        to,
        lang,
        requested: NaiveDate::from_ymd_opt(2018, 8, 1),
        received: NaiveDate::from_ymd_opt(2018, 9, 2),
        today: NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date"),
    }
}

#[test]
fn the_company_letter_states_the_facts_and_never_the_words() {
    let me = Me {
        name: Some("Lena Beispiel".into()),
        address: Some("Musterstraße 1\n80331 München".into()),
        country: Some("DE".into()),
        region: Some("BY".into()),
    };
    let letter = compose(&report(), Some(&me), &request(Recipient::Company, Lang::De));
    let text = &letter.text;
    assert!(letter.missing.is_empty(), "{:?}", letter.missing);
    assert!(text.starts_with("Lena Beispiel\nMusterstraße 1\n80331 München"));
    assert!(text.contains("Amazon Europe Core SARL"));
    assert!(text.contains("eu-privacy@amazon.de"));
    assert!(text.contains("Sehr geehrte Damen und Herren,"));
    assert!(text.contains("am 1. August 2018"));
    assert!(text.contains("Alexa.zip (51,9 MB), SHA-256: ff00"));
    assert!(text.contains("Art. 15 DSGVO") && text.contains("Art. 33 und 34 DSGVO"));
    assert!(text.contains("Küche (Echo Dot), G090XX: 2 Aufnahmen"));
    assert!(text.contains("Bayerisches Landesamt für Datenschutzaufsicht"));
    // The recordings are listed by hash; the page of records holds only foreign records too.
    for hash in ["aa11", "bb22", "cc33"] {
        assert!(text.contains(hash), "{hash}");
    }
    assert!(!text.contains(SECRET));
    assert!(!text.contains("Geheim"));
    assert!(
        !text.contains("/home/x"),
        "no folder of the user's computer"
    );
}

#[test]
fn the_authority_letter_complains_and_names_the_lead_authority() {
    let me = Me {
        name: Some("Lena Beispiel".into()),
        address: Some("Musterstraße 1\n80331 München".into()),
        country: Some("DE".into()),
        region: Some("BE".into()),
    };
    let letter = compose(
        &report(),
        Some(&me),
        &request(Recipient::Authority, Lang::En),
    );
    assert!(
        letter.recipient[0].contains("Berlin"),
        "{:?}",
        letter.recipient
    );
    assert!(letter.text.contains("Article 77 GDPR"));
    assert!(letter.text.contains("I am not their representative"));
    assert!(letter
        .text
        .contains("Commission nationale pour la protection des données"));
    assert!(!letter.text.contains(SECRET));
}

#[test]
fn missing_fields_leave_marked_blanks_and_are_named() {
    let req = LetterRequest {
        requested: None,
        received: None,
        ..request(Recipient::Authority, Lang::En)
    };
    let letter = compose(&report(), None, &req);
    assert_eq!(
        letter.missing,
        vec![
            Field::Name,
            Field::Address,
            Field::Country,
            Field::Requested,
            Field::Received
        ]
    );
    assert!(letter.text.starts_with("[please fill in: your name]"));
    assert!(letter
        .text
        .contains("On [please fill in: the date you asked for your data] I asked"));
    let sentence = missing_sentence(&letter, Lang::En).expect("something is missing");
    assert!(
        sentence.contains("\"name\" in the [me] table"),
        "{sentence}"
    );
    let german = compose(
        &report(),
        None,
        &LetterRequest {
            lang: Lang::De,
            ..req
        },
    );
    assert!(german.text.starts_with("[bitte ergänzen: Ihr Name]"));
}

/// The 2018 case: no member is read as Amazon's (WAVs and a PDF read by generic modules, records
/// without a vendor), yet Amazon's dataset folders beside them name the company.
#[test]
fn the_company_of_a_generic_export_comes_from_its_folder_names() {
    let mut generic = report();
    for r in &mut generic.records {
        r.vendor = None;
    }
    for m in &mut generic.members {
        m.format = Some("generic.audio".into());
    }
    let me = Me {
        country: Some("DE".into()),
        ..Me::default()
    };
    let req = request(Recipient::Company, Lang::En);
    // Without folder names there is nothing to go on: the company is left to fill in.
    let unknown = compose(&generic, Some(&me), &req);
    assert_eq!(
        unknown.recipient,
        vec![auskunft_words::text(
            Lang::En,
            "letter-company-unknown",
            &[]
        )]
    );
    assert!(!unknown.text.contains("eu-privacy@amazon.de"));
    for path in [
        "Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
        "Digital.Content.Ownership/Digital.Content.Ownership.1.json",
        "Audible.Library/Audible.Library.csv",
    ] {
        let mut m = member(path, "dd44");
        m.format = None;
        m.status = MemberStatus::Skipped;
        generic.members.push(m);
    }
    generic.inputs[0].path = "/home/x/export.zip".into();
    let letter = compose(&generic, Some(&me), &req);
    assert!(
        letter.text.contains("eu-privacy@amazon.de"),
        "{}",
        letter.text
    );
    assert!(
        letter.recipient[0].contains("Amazon"),
        "{:?}",
        letter.recipient
    );
}
