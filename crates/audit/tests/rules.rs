//! One fixture per flag code (`tests/fixtures/<code>.json`): an inventory, devices and records,
//! and the fit and exact set of flag codes expected for some records. Each fixture expects its
//! own code, so removing a rule fails its fixture; each also holds a record that must *not*
//! raise it. Every code of the closed set must have a fixture and a section in docs/flags.md.

use std::collections::BTreeSet;
use std::path::PathBuf;

use auskunft_inventory::Inventory;
use auskunft_model::{AccountHolder, Device, Fit, FlagCode, Record};
use serde_json::{Map, Value};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `partial` laid over the JSON of `T::default()`, so fixtures name only what matters.
fn fill<T: Default + serde::Serialize + serde::de::DeserializeOwned>(partial: &Value) -> T {
    let mut full = serde_json::to_value(T::default()).expect("serialises");
    let (Value::Object(full_map), Value::Object(part)) = (&mut full, partial) else {
        panic!("not an object: {partial}");
    };
    for (k, v) in part {
        assert!(full_map.contains_key(k), "unknown field {k} in {partial}");
        full_map.insert(k.clone(), v.clone());
    }
    serde_json::from_value(full).unwrap_or_else(|e| panic!("{e}: {partial}"))
}

/// Every flag code; the match makes a new code a compile error here until it is listed.
fn all_codes() -> Vec<FlagCode> {
    use FlagCode::*;
    let codes = vec![
        VoiceDataWithoutVoiceDevice,
        ForeignAccount,
        UnknownDevice,
        OutsideOwnershipWindow,
        BeforeRegistration,
        DeviceTypeNotOwned,
        UnrecognizedSpeaker,
        UnknownSpeaker,
        FarLocation,
        ContentFarPlace,
        ContentUnknownName,
        ContentContact,
        SecondRhythm,
        LanguageMix,
        MarkedNotMine,
        OtherAccount,
    ];
    for c in &codes {
        match c {
            VoiceDataWithoutVoiceDevice
            | ForeignAccount
            | UnknownDevice
            | OutsideOwnershipWindow
            | BeforeRegistration
            | DeviceTypeNotOwned
            | UnrecognizedSpeaker
            | UnknownSpeaker
            | FarLocation
            | ContentFarPlace
            | ContentUnknownName
            | ContentContact
            | SecondRhythm
            | LanguageMix
            | MarkedNotMine
            | OtherAccount => {}
        }
    }
    codes
}

fn code_name(code: FlagCode) -> String {
    serde_json::to_value(code)
        .expect("serialises")
        .as_str()
        .expect("a string")
        .to_string()
}

fn run(name: &str) {
    let path = fixtures().join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let case: Map<String, Value> = serde_json::from_str(&text).expect("fixture is JSON");
    let inventory = Inventory::parse(case["inventory"].as_str().expect("inventory text"), None)
        .expect("fixture inventory is valid");
    let mut devices: Vec<Device> = case["devices"]
        .as_array()
        .expect("devices")
        .iter()
        .map(fill)
        .collect();
    let mut records: Vec<Record> = case["records"]
        .as_array()
        .expect("records")
        .iter()
        .map(fill)
        .collect();
    // What the export's own files say about whose account it is (household files), if given.
    let holders: Vec<AccountHolder> = case
        .get("accounts")
        .map(|a| serde_json::from_value(a.clone()).expect("accounts are account holders"))
        .unwrap_or_default();
    let outcome = auskunft_audit::audit_export(&mut devices, &mut records, &inventory, &holders);
    let expected_seed = case
        .get("voice_data_without_voice_device")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    assert_eq!(
        outcome.voice_data_without_voice_device, expected_seed,
        "{name}: voice_data_without_voice_device"
    );
    let expect = case["expect"].as_object().expect("expect");
    assert!(
        expect.values().any(|e| e["flags"]
            .as_array()
            .is_some_and(|f| f.iter().any(|c| c == name))),
        "{name}: the fixture must expect its own code somewhere"
    );
    for (id, want) in expect {
        let record = records
            .iter()
            .find(|r| &r.id == id)
            .unwrap_or_else(|| panic!("{name}: no record {id}"));
        let fit: Fit = serde_json::from_value(want["fit"].clone()).expect("fit");
        let want_codes: BTreeSet<String> = want["flags"]
            .as_array()
            .expect("flags")
            .iter()
            .map(|c| c.as_str().expect("code").to_string())
            .collect();
        let got_codes: BTreeSet<String> = record.flags.iter().map(|f| code_name(f.code)).collect();
        assert_eq!(
            (record.fit, &got_codes),
            (fit, &want_codes),
            "{name}: record {id}: {:#?} / matches {:?}",
            record.flags,
            record.matches
        );
    }
    for r in &records {
        assert!(
            r.fit != Fit::Foreign || !r.flags.is_empty(),
            "{name}: foreign record {} without a flag",
            r.id
        );
        for f in &r.flags {
            assert!(
                f.message.ends_with('.')
                    && f.message.chars().next().is_some_and(char::is_uppercase),
                "{name}: flag messages are sentences: {:?}",
                f.message
            );
        }
    }
}

#[test]
fn every_code_has_a_fixture_and_a_documented_section() {
    let docs = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/flags.md"),
    )
    .expect("docs/flags.md");
    for code in all_codes() {
        let name = code_name(code);
        assert!(
            fixtures().join(format!("{name}.json")).is_file(),
            "no fixture for {name}"
        );
        assert!(
            docs.contains(&format!("## `{name}`")),
            "docs/flags.md has no section for {name}"
        );
    }
    let fixtures = std::fs::read_dir(fixtures()).expect("fixtures").count();
    assert_eq!(
        fixtures,
        all_codes().len(),
        "a fixture for a code that does not exist"
    );
}

macro_rules! fixture_tests {
    ($($name:ident),* $(,)?) => {
        $( #[test] fn $name() { run(stringify!($name)); } )*
    };
}

fixture_tests!(
    voice_data_without_voice_device,
    other_account,
    foreign_account,
    unknown_device,
    outside_ownership_window,
    before_registration,
    device_type_not_owned,
    unrecognized_speaker,
    unknown_speaker,
    far_location,
    content_far_place,
    content_unknown_name,
    content_contact,
    second_rhythm,
    language_mix,
    marked_not_mine,
);

/// Without the user's word, an empty inventory is "not said yet", never "I own nothing": the
/// same voice records that the seed-case fixture finds foreign stay unknown, and cues that would
/// add up to foreign (a far place, an unrecognised voice) leave them unknown too.
#[test]
fn without_the_users_word_nothing_is_foreign_but_other_accounts() {
    let device: Device = fill(&serde_json::json!({"id": "d1", "name": "Echo Küche"}));
    let record: Record = fill(&serde_json::json!({
        "id": "r1", "time": "2020-05-03T07:12:45Z", "vendor": "google",
        "transcript": "wie wird das wetter in sydney", "language": "de",
        "speaker_recognized": false, "device": "d1"
    }));
    for text in [
        "",
        "# nothing yet\n",
        "owns_voice_devices = true\n",
        "[[person]]\nname = \"Lena\"\n",
    ] {
        let inventory = Inventory::parse(text, None).expect("valid");
        let (mut devices, mut records) = (vec![device.clone()], vec![record.clone()]);
        let outcome = auskunft_audit::audit(&mut devices, &mut records, &inventory);
        assert!(!outcome.word_given, "{text:?}");
        assert!(!outcome.voice_data_without_voice_device, "{text:?}");
        assert_eq!(
            records[0].fit,
            Fit::Unknown,
            "{text:?}: {:?}",
            records[0].flags
        );
        assert_eq!(
            devices[0].fit,
            Fit::Unknown,
            "{text:?}: {:?}",
            devices[0].reasons
        );
    }
    let said = Inventory::parse("owns_voice_devices = false\n", None).expect("valid");
    let (mut devices, mut records) = (vec![device], vec![record]);
    let outcome = auskunft_audit::audit(&mut devices, &mut records, &said);
    assert!(outcome.word_given && outcome.voice_data_without_voice_device);
    assert_eq!(
        (records[0].fit, devices[0].fit),
        (Fit::Foreign, Fit::Foreign)
    );
}

/// Two household files naming two accounts (two exports merged) decide nothing: no majority.
#[test]
fn two_account_holders_decide_nothing() {
    let holder = |account: &str, path: &str| AccountHolder {
        vendor: "amazon".into(),
        account: account.into(),
        evidence: "household".into(),
        source: auskunft_model::SourceRef {
            input: 0,
            path: path.into(),
            locator: "$.accounts[0]".into(),
        },
    };
    let holders = [
        holder("A1PG6NJNPE0LPH", "a/household.json"),
        holder("ALUU95DRYNB42", "b/household.json"),
        holder("A1PG6NJNPE0LPH", "c/household.json"),
    ];
    let records: Vec<Record> = (0..5)
        .map(|i| fill(&serde_json::json!({"id": format!("r{i}"), "vendor": "amazon", "account": if i < 4 { "ALUU95DRYNB42" } else { "A1PG6NJNPE0LPH" }})))
        .collect();
    let mut recs = records.clone();
    let outcome = auskunft_audit::audit_export(&mut [], &mut recs, &Inventory::default(), &holders);
    assert!(outcome.made_for.is_empty());
    assert!(recs.iter().all(|r| r.fit == Fit::Unknown));
    let mut recs = records;
    let outcome =
        auskunft_audit::audit_export(&mut [], &mut recs, &Inventory::default(), &holders[..1]);
    assert_eq!(outcome.made_for.len(), 1);
    assert_eq!(outcome.made_for[0].account, "A1PG6NJNPE0LPH");
    assert_eq!(recs.iter().filter(|r| r.fit == Fit::Foreign).count(), 4);
}
