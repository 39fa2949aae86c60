//! Candidates from a report: what is offered, what is left out because the inventory declares
//! it, and the exact evidence and cautions each carries.
#![allow(clippy::unwrap_used)]

use auskunft_inventory::{candidates, date_range, DeviceKind, Inventory, Vendor};
use auskunft_model::{
    Device, Fit, Location, Member, MemberKind, MemberStatus, Record, Report, SourceRef,
};
use chrono::{DateTime, TimeZone, Utc};

fn at(y: i32, m: u32, d: u32) -> Option<DateTime<Utc>> {
    Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).single()
}

fn device(id: &str, name: &str, serial: Option<&str>, account: Option<&str>) -> Device {
    Device {
        id: id.into(),
        name: Some(name.into()),
        serial: serial.map(Into::into),
        account: account.map(Into::into),
        ..Device::default()
    }
}

fn record(device: &str, time: Option<DateTime<Utc>>, path: &str) -> Record {
    Record {
        device: Some(device.into()),
        time,
        source: SourceRef {
            input: 0,
            path: path.into(),
            locator: "row 1".into(),
        },
        ..Record::default()
    }
}

fn amazon(mut r: Record, account: &str, speaker: Option<&str>) -> Record {
    r.vendor = Some("amazon".into());
    r.account = Some(account.into());
    r.speakers = speaker.map(|s| vec![s.to_string()]).unwrap_or_default();
    r
}

fn report(devices: Vec<Device>, records: Vec<Record>) -> Report {
    let mut devices = devices;
    for d in &mut devices {
        let times: Vec<_> = records
            .iter()
            .filter(|r| r.device.as_deref() == Some(d.id.as_str()))
            .filter_map(|r| r.time)
            .collect();
        d.records = records
            .iter()
            .filter(|r| r.device.as_deref() == Some(d.id.as_str()))
            .count();
        d.first = times.iter().min().copied();
        d.last = times.iter().max().copied();
    }
    Report {
        schema: auskunft_model::SCHEMA.into(),
        tool: auskunft_model::Tool {
            name: "auskunft".into(),
            version: "0".into(),
        },
        export_id: String::new(),
        inputs: vec![],
        members: vec![Member {
            input: 0,
            path: "Devices.Registration/registration.csv".into(),
            container: Some("Devices.Registration.zip".into()),
            parent: None,
            original_name: None,
            bytes: 10,
            sha256: None,
            kind: MemberKind::DeviceList,
            format: Some("amazon.devices".into()),
            status: MemberStatus::Parsed,
            reason: None,
            reason_words: None,
            warnings: vec![],
            warnings_words: vec![],
            duplicate_of: None,
        }],
        devices,
        records,
        notes: vec![],
        accounts: vec![],
        summary: Default::default(),
    }
}

fn inventory(text: &str) -> Inventory {
    Inventory::parse(text, None).unwrap()
}

#[test]
fn the_seed_case_offers_every_device_with_a_caution_and_adds_nothing() {
    let pdf = "Alexa/Sprachverlauf.pdf";
    let r = report(
        vec![
            device("d1", "Echo Küche", None, None),
            device("d2", "Handy von Tobias", None, None),
        ],
        vec![
            record("d1", at(2018, 5, 3), pdf),
            record("d1", at(2018, 5, 31), pdf),
            record("d2", at(2018, 5, 4), pdf),
            record("d2", at(2018, 6, 29), pdf),
            record("d2", at(2018, 6, 1), pdf),
        ],
    );
    let unsaid = "[[account]]\nvendor = \"amazon\"\nid = \"AB9D23IPHSX4L\"\n\n[[place]]\nname = \"Bielefeld\"\nlat = 52.03\nlon = 8.53\n";
    // Before the user has said anything about voice devices, nothing is cautioned as foreign.
    assert_eq!(candidates(&r, &inventory(unsaid)).caution, None);
    let inv = inventory(&format!("owns_voice_devices = false\n\n{unsaid}"));
    let c = candidates(&r, &inv);
    assert_eq!(
        c.caution.as_deref(),
        Some("You said you own no device that records voice, yet this export holds 5 voice records: they may be someone else's. Add a device only if you recognise it as yours.")
    );
    assert_eq!(c.devices.len(), 2);
    let kitchen = &c.devices[0];
    assert_eq!(kitchen.device, "d1");
    assert_eq!(
        kitchen.evidence,
        "2 records come from it (Alexa/Sprachverlauf.pdf), 3 May 2018 – 31 May 2018."
    );
    assert_eq!(
        kitchen.cautions,
        vec![
            "You said you own no voice device, and this export may hold another household's recordings: add it only if you own it.".to_string(),
            "The export names it only by its name, and names repeat across homes: a name is weak evidence.".to_string(),
        ]
    );
    let german: Vec<String> = kitchen
        .evidence_words
        .iter()
        .map(|w| w.render(auskunft_model::Lang::De))
        .collect();
    assert_eq!(
        german,
        vec!["2 Einträge stammen von ihm (Alexa/Sprachverlauf.pdf), 3. Mai 2018 – 31. Mai 2018."]
    );
    assert_eq!(kitchen.entry.name.as_deref(), Some("Echo Küche"));
    assert_eq!(kitchen.entry.kind, Some(DeviceKind::Speaker));
    assert_eq!(kitchen.entry.serial, None);
    assert_eq!(
        c.devices[1].evidence,
        "3 records come from it (Alexa/Sprachverlauf.pdf), 4 May 2018 – 29 June 2018."
    );
    assert_eq!(c.devices[1].entry.kind, Some(DeviceKind::Phone));
    assert!(c.accounts.is_empty() && c.people.is_empty() && c.places.is_empty());

    // Once the user declares the kitchen speaker by name, only the phone is offered, and the
    // seed-case caution is gone.
    let inv = inventory("[[device]]\nname = \"echo küche\"\nkind = \"speaker\"\n");
    let c = candidates(&r, &inv);
    assert_eq!(c.caution, None);
    assert_eq!(
        c.devices
            .iter()
            .map(|d| d.device.as_str())
            .collect::<Vec<_>>(),
        vec!["d2"]
    );
}

#[test]
fn a_second_household_is_offered_with_its_account_named() {
    let page = "Voice History/VoiceHistoryRecords-0001.json";
    let mut strangers_dot = device(
        "d1",
        "Echo Dot",
        Some("G090U3BIQW4JQ6W6"),
        Some("APNQT0L0EKNXZU"),
    );
    strangers_dot.listed = Some(SourceRef {
        input: 0,
        path: "Devices.Registration/registration.csv".into(),
        locator: "line 3".into(),
    });
    strangers_dot.registered = at(2019, 11, 29);
    let r = report(
        vec![
            strangers_dot,
            device(
                "d2",
                "Echo Dot",
                Some("G0906FWP5SH4PMX2"),
                Some("ABY5D839D7D61"),
            ),
        ],
        vec![
            amazon(
                record("d1", at(2020, 10, 22), page),
                "APNQT0L0EKNXZU",
                Some("Anke"),
            ),
            amazon(
                record("d1", at(2021, 3, 31), page),
                "APNQT0L0EKNXZU",
                Some("Dirk"),
            ),
            amazon(
                record("d2", at(2020, 11, 2), page),
                "ABY5D839D7D61",
                Some("Lena"),
            ),
            amazon(
                record("d2", at(2020, 11, 3), page),
                "ABY5D839D7D61",
                Some("Anke"),
            ),
        ],
    );
    let inv = inventory(
        "[[device]]\nname = \"Echo Dot\"\nserial = \"G0906FWP5SH4PMX2\"\nkind = \"speaker\"\n\n[[account]]\nvendor = \"amazon\"\nid = \"ABY5D839D7D61\"\n\n[[person]]\nname = \"LENA\"\n",
    );
    let c = candidates(&r, &inv);
    assert_eq!(c.caution, None);
    // The user's Echo Dot is declared by serial; the stranger's, with the same name, is not.
    assert_eq!(c.devices.len(), 1);
    let d = &c.devices[0];
    assert_eq!(d.device, "d1");
    assert_eq!(
        d.listed.as_deref(),
        Some("Devices.Registration.zip › Devices.Registration/registration.csv, line 3")
    );
    assert_eq!(
        d.evidence,
        "The export's device list names it (Devices.Registration.zip › Devices.Registration/registration.csv, line 3). 2 records come from it (Voice History/VoiceHistoryRecords-0001.json), 22 October 2020 – 31 March 2021. Registered on 29 November 2019."
    );
    // The row in the reader's language.
    assert_eq!(
        d.evidence_words[0].render(auskunft_model::Lang::De),
        "Die Geräteliste des Exports nennt es (Devices.Registration.zip › Devices.Registration/registration.csv, Zeile 3)."
    );
    assert_eq!(
        d.cautions,
        vec!["It is registered to account APNQT0L0EKNXZU, which is not your amazon account: the export may include someone else's data.".to_string()]
    );
    assert_eq!(d.entry.serial.as_deref(), Some("G090U3BIQW4JQ6W6"));

    assert_eq!(c.accounts.len(), 1);
    let a = &c.accounts[0];
    assert_eq!(
        (a.vendor, a.id.as_str(), a.records),
        (Some(Vendor::Amazon), "APNQT0L0EKNXZU", 2)
    );
    assert_eq!(a.evidence, "Named by 2 records and 1 device (Echo Dot).");
    assert_eq!(
        a.cautions,
        vec!["You already declare the amazon account ABY5D839D7D61; a second one in the same export may be someone else's.".to_string()]
    );

    // Lena is declared (names compare without case); Anke speaks on both accounts, so no
    // account caution; Dirk only on the stranger's.
    let names: Vec<&str> = c.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Anke", "Dirk"]);
    assert_eq!(
        c.people[0].evidence,
        "Named as the speaker of 2 records, 22 October 2020 – 3 November 2020, on Echo Dot."
    );
    assert!(c.people[0].cautions.is_empty());
    assert_eq!(
        c.people[1].cautions,
        vec!["Their records are from account APNQT0L0EKNXZU, which is not your amazon account: the export may include someone else's data.".to_string()]
    );
}

#[test]
fn a_device_the_audit_judged_foreign_carries_its_reason_once() {
    let mut d = device("d1", "Echo Bad", None, None);
    d.fit = Fit::Foreign;
    d.reasons_words = vec![auskunft_model::Message::new("reason-no-voice-device")];
    d.reasons = d
        .reasons_words
        .iter()
        .map(auskunft_model::Message::en)
        .collect();
    let r = report(vec![d], vec![record("d1", at(2018, 5, 3), "a.pdf")]);
    let c = candidates(&r, &Inventory::default());
    // The reason inside the caution is rendered in the reader's language too.
    assert_eq!(
        c.devices[0].cautions_words[0].render(auskunft_model::Lang::De),
        "Die Prüfung hat es als nicht Ihres beurteilt: Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt."
    );
    assert_eq!(
        c.devices[0].cautions,
        vec![
            "The audit judged it not yours: you said you own no device that records voice.".to_string(),
            "The export names it only by its name, and names repeat across homes: a name is weak evidence.".to_string(),
        ]
    );
}

#[test]
fn places_are_clustered_and_declared_ones_left_out() {
    let loc = |lat: f64, lon: f64, name: Option<&str>, day: u32| {
        let mut r = record("d1", at(2021, 1, day), "MyActivity.json");
        r.location = Some(Location {
            lat,
            lon,
            name: name.map(Into::into),
        });
        r
    };
    let r = report(
        vec![device("d1", "Pixel", Some("p1"), None)],
        vec![
            loc(48.14, 11.58, Some("Home"), 1),    // München: declared
            loc(51.34, 12.37, Some("Leipzig"), 2), // a cluster of three around Leipzig
            loc(51.31, 12.41, None, 3),
            loc(51.345, 12.33, Some("Leipzig"), 4),
            loc(53.55, 9.99, Some("Hamburg Hbf"), 5), // one in Hamburg
            loc(51.33, 12.385, Some("Markkleeberg"), 6),
        ],
    );
    let inv = inventory(
        "[[device]]\nserial = \"p1\"\n\n[[place]]\nname = \"München\"\nlat = 48.137\nlon = 11.575\nradius_km = 30\n",
    );
    let c = candidates(&r, &inv);
    assert_eq!(c.places.len(), 2);
    let leipzig = &c.places[0];
    assert_eq!(leipzig.records, 4);
    assert_eq!(leipzig.name.as_deref(), Some("Leipzig"));
    assert_eq!((leipzig.lat, leipzig.lon), (51.331, 12.374));
    assert_eq!(
        leipzig.evidence,
        "4 records place the device within 4 km of 51.331, 12.374 (\"Leipzig\"), 2 January 2021 – 6 January 2021."
    );
    assert_eq!(leipzig.entry.radius_km, Some(10.0));
    assert_eq!(leipzig.entry.lat, Some(51.331));
    let hamburg = &c.places[1];
    assert_eq!(
        (hamburg.records, hamburg.name.as_deref()),
        (1, Some("Hamburg Hbf"))
    );
    // Declaring Leipzig by name (and no place near München) leaves München and Hamburg, in the
    // order they were first seen.
    let inv = inventory("[[place]]\nname = \"leipzig\"\n");
    let c = candidates(&r, &inv);
    let names: Vec<_> = c.places.iter().map(|p| p.name.clone()).collect();
    assert_eq!(
        names,
        vec![Some("Home".to_string()), Some("Hamburg Hbf".to_string())]
    );
}

#[test]
fn date_ranges_read_naturally() {
    assert_eq!(
        date_range(at(2018, 5, 3), at(2018, 5, 3)).unwrap(),
        "3 May 2018"
    );
    assert_eq!(
        date_range(at(2018, 5, 3), at(2018, 5, 29)).unwrap(),
        "3 – 29 May 2018"
    );
    assert_eq!(
        date_range(at(2018, 5, 3), at(2018, 6, 29)).unwrap(),
        "3 May – 29 Jun 2018"
    );
    assert_eq!(
        date_range(at(2020, 10, 22), at(2021, 3, 31)).unwrap(),
        "22 Oct 2020 – 31 Mar 2021"
    );
    assert_eq!(date_range(None, None), None);
}
