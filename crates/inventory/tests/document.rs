//! Writing `inventory.toml`: whole-text round trips (comments, blank lines and order survive),
//! errors that name the key, and the atomic save.
#![allow(clippy::unwrap_used)]

use auskunft_inventory::{
    Account, Device, DeviceKind, EditError, Entry, Inventory, InventoryDocument, Person, Place,
    Section, Vendor,
};
use chrono::NaiveDate;

/// The example of `shared/contracts/inventory.md`, comments and alignment included.
const CONTRACT: &str = r#"[[device]]                      # a device that may record you: speaker, phone app, TV, car, ...
name = "Echo Dot"               # the name you gave it; weak evidence (names repeat across homes)
serial = "G090U5099023ABCD"     # serial / DSN / device id as exports write it; strong evidence
type = "A32DOYMUN6DTXA"         # vendor device-type code or model name ("Echo Dot 3.Gen")
kind = "speaker"                # speaker | phone | tv | tablet | car | watch | other
from = "2019-02-01"             # ownership window (dates, inclusive); outside it = suspicious
until = "2023-06-30"

[[account]]                     # your accounts as exports name them
vendor = "amazon"               # amazon | google | apple | microsoft | meta | other
id = "A1OWN4EXAMPLE01"          # customer / account id (Amazon customerId, Google GAIA id, ...)
email = "lena@example.org"

[[person]]                      # people in your household whose names may appear in transcripts
name = "Lena"

[[place]]                       # where you live or often are; locations far from all of them are flagged
name = "München"
lat = 48.137
lon = 11.575
radius_km = 30
"#;

fn doc(text: &str) -> InventoryDocument {
    InventoryDocument::parse(text, Some("inventory.toml")).unwrap()
}

fn phone() -> Entry {
    Entry::Device(Device {
        name: Some("Lenas Pixel".into()),
        serial: Some("6effc4a1a51525c1".into()),
        device_type: Some("A2IVLV5VM2W81".into()),
        kind: Some(DeviceKind::Phone),
        from: NaiveDate::from_ymd_opt(2020, 3, 2),
        until: None,
    })
}

#[test]
fn an_untouched_document_gives_back_its_bytes() {
    for text in [
        CONTRACT,
        "",
        "# nothing declared yet\n",
        // odd spacing, tabs, a header comment, no final newline
        "  # mine\n\n  [[person]]   # me\n\tname   =   'Lena'   # single quotes\n\n\n[[place]]\nlat=48.1\nlon =11.5",
        // Windows line ends
        "[[person]]\r\nname = \"Lena\"\r\n\r\n[[person]]\r\nname = \"Paul\"\r\n",
    ] {
        let d = doc(text);
        assert_eq!(d.text(), text);
        assert!(!d.is_edited());
    }
}

#[test]
fn adding_a_device_to_the_contract_example_keeps_everything_else() {
    let mut d = doc(CONTRACT);
    assert_eq!(d.add(&phone()).unwrap(), 1);
    let expected = CONTRACT.replace(
        "until = \"2023-06-30\"\n\n[[account]]",
        "until = \"2023-06-30\"\n\n[[device]]\nname = \"Lenas Pixel\"\nserial = \"6effc4a1a51525c1\"\ntype = \"A2IVLV5VM2W81\"\nkind = \"phone\"\nfrom = \"2020-03-02\"\n\n[[account]]",
    );
    assert_eq!(d.text(), expected);
    let inv = d.inventory().unwrap();
    assert_eq!(inv.devices.len(), 2);
    assert_eq!(inv.devices[1].kind, Some(DeviceKind::Phone));
}

#[test]
fn add_edit_remove_on_the_contract_example_gives_exactly_this_text() {
    let mut d = doc(CONTRACT);
    d.add(&Entry::Person(Person {
        name: Some("Paul".into()),
    }))
    .unwrap();
    d.add(&Entry::Account(Account {
        vendor: Some(Vendor::Google),
        id: Some("114583920571".into()),
        email: None,
    }))
    .unwrap();
    // Change a value (its comment stays), drop a key, add one the entry lacked (in contract
    // order: `email` after `id`).
    d.edit(
        Section::Device,
        0,
        &[("serial", Some("G090U5099023ZZZZ")), ("until", None)],
    )
    .unwrap();
    d.edit(
        Section::Account,
        1,
        &[("email", Some("lena@gmail.example"))],
    )
    .unwrap();
    d.edit(Section::Place, 0, &[("radius_km", Some("12.5"))])
        .unwrap();
    let removed = d.remove(Section::Person, 0).unwrap();
    assert_eq!(
        removed,
        Entry::Person(Person {
            name: Some("Lena".into())
        })
    );
    let expected = r#"[[device]]                      # a device that may record you: speaker, phone app, TV, car, ...
name = "Echo Dot"               # the name you gave it; weak evidence (names repeat across homes)
serial = "G090U5099023ZZZZ"     # serial / DSN / device id as exports write it; strong evidence
type = "A32DOYMUN6DTXA"         # vendor device-type code or model name ("Echo Dot 3.Gen")
kind = "speaker"                # speaker | phone | tv | tablet | car | watch | other
from = "2019-02-01"             # ownership window (dates, inclusive); outside it = suspicious

[[account]]                     # your accounts as exports name them
vendor = "amazon"               # amazon | google | apple | microsoft | meta | other
id = "A1OWN4EXAMPLE01"          # customer / account id (Amazon customerId, Google GAIA id, ...)
email = "lena@example.org"

[[account]]
vendor = "google"
id = "114583920571"
email = "lena@gmail.example"

[[person]]
name = "Paul"

[[place]]                       # where you live or often are; locations far from all of them are flagged
name = "München"
lat = 48.137
lon = 11.575
radius_km = 12.5
"#;
    assert_eq!(d.text(), expected);
    let inv = Inventory::parse(&d.text(), None).unwrap();
    assert_eq!(inv.people.len(), 1);
    assert_eq!(inv.accounts[1].email.as_deref(), Some("lena@gmail.example"));
    assert_eq!(inv.devices[0].until, None);
}

#[test]
fn a_new_key_goes_where_the_contract_order_puts_it() {
    let mut d = doc("[[device]]\nname = \"Echo\"  # kitchen\nfrom = \"2019-02-01\"\n");
    d.edit(
        Section::Device,
        0,
        &[("kind", Some("speaker")), ("serial", Some("G0A1"))],
    )
    .unwrap();
    assert_eq!(
        d.text(),
        "[[device]]\nname = \"Echo\"  # kitchen\nserial = \"G0A1\"\nkind = \"speaker\"\nfrom = \"2019-02-01\"\n"
    );
    // Indented keys: a new key takes the same indentation.
    let mut d = doc("[[place]]\n  name = \"Home\"\n  radius_km = 5\n");
    d.edit(
        Section::Place,
        0,
        &[("lon", Some("11.5")), ("lat", Some("48"))],
    )
    .unwrap();
    assert_eq!(
        d.text(),
        "[[place]]\n  name = \"Home\"\n  lat = 48\n  lon = 11.5\n  radius_km = 5\n"
    );
}

#[test]
fn removing_an_entry_keeps_the_file_header_and_takes_its_own_comment() {
    let text = "# Inventory of Henrik.\n# He owns no voice device.\n\n[[account]]\nvendor = \"amazon\"\nid = \"AB9D23IPHSX4L\"\n\n# the old flat\n[[place]]\nname = \"Bielefeld\"\n\n[[place]]\nname = \"Bonn\"\n";
    let mut d = doc(text);
    d.remove(Section::Account, 0).unwrap();
    assert_eq!(
        d.text(),
        "# Inventory of Henrik.\n# He owns no voice device.\n\n# the old flat\n[[place]]\nname = \"Bielefeld\"\n\n[[place]]\nname = \"Bonn\"\n"
    );
    d.remove(Section::Place, 0).unwrap();
    assert_eq!(
        d.text(),
        "# Inventory of Henrik.\n# He owns no voice device.\n\n[[place]]\nname = \"Bonn\"\n"
    );
    // Removing the first entry of a file without a header leaves no leading blank line.
    let mut d = doc("[[person]]\nname = \"A\"\n\n[[person]]\nname = \"B\"\n");
    d.remove(Section::Person, 0).unwrap();
    assert_eq!(d.text(), "[[person]]\nname = \"B\"\n");
    // Removing the last entry of the file keeps a comment that only preceded it.
    let mut d = doc("[[person]]\nname = \"A\"\n\n# Places\n\n[[place]]\nname = \"B\"\n");
    d.remove(Section::Place, 0).unwrap();
    assert_eq!(d.text(), "[[person]]\nname = \"A\"\n\n# Places\n\n");
    assert_eq!(d.inventory().unwrap().places, vec![]);
}

#[test]
fn a_new_section_ends_the_file_below_its_comments() {
    let mut d = doc("# My inventory, see the contract.\n");
    d.add(&Entry::Person(Person {
        name: Some("Lena".into()),
    }))
    .unwrap();
    assert_eq!(
        d.text(),
        "# My inventory, see the contract.\n\n[[person]]\nname = \"Lena\"\n"
    );
    let mut d = doc("");
    d.add(&Entry::Place(Place {
        name: Some("München".into()),
        lat: Some(48.137),
        lon: Some(11.575),
        radius_km: Some(30.0),
    }))
    .unwrap();
    assert_eq!(
        d.text(),
        "[[place]]\nname = \"München\"\nlat = 48.137\nlon = 11.575\nradius_km = 30\n"
    );
    // A file without a final newline.
    let mut d = doc("[[person]]\nname = \"Lena\"");
    d.add(&phone()).unwrap();
    assert_eq!(
        d.text(),
        "[[person]]\nname = \"Lena\"\n\n[[device]]\nname = \"Lenas Pixel\"\nserial = \"6effc4a1a51525c1\"\ntype = \"A2IVLV5VM2W81\"\nkind = \"phone\"\nfrom = \"2020-03-02\"\n"
    );
}

#[test]
fn windows_line_ends_survive_an_edit() {
    let mut d = doc("# mine\r\n[[person]]\r\nname = \"Lena\"\r\n");
    d.add(&Entry::Person(Person {
        name: Some("Paul".into()),
    }))
    .unwrap();
    assert_eq!(
        d.text(),
        "# mine\r\n[[person]]\r\nname = \"Lena\"\r\n\r\n[[person]]\r\nname = \"Paul\"\r\n"
    );
}

#[test]
fn invalid_values_name_their_key_and_change_nothing() {
    let mut d = doc(CONTRACT);
    let err = |r: Result<(), EditError>| r.unwrap_err().to_string();
    assert_eq!(
        err(d.edit(Section::Device, 0, &[("kind", Some("robot"))])),
        "`kind` must be one of speaker, phone, tv, tablet, car, watch, other, not \"robot\""
    );
    assert_eq!(
        err(d.edit(Section::Place, 0, &[("lat", Some("200"))])),
        "`lat` must be a latitude between -90 and 90, not 200"
    );
    assert_eq!(
        err(d.edit(Section::Place, 0, &[("lon", Some("east"))])),
        "`lon` must be a number like 48.137, not \"east\""
    );
    assert_eq!(
        err(d.edit(Section::Device, 0, &[("from", Some("01.02.2019"))])),
        "`from` must be a date like 2019-02-01, not \"01.02.2019\""
    );
    assert_eq!(
        err(d.edit(Section::Device, 0, &[("from", Some("2024-01-01"))])),
        "`until` (2023-06-30) must not be before `from` (2024-01-01)"
    );
    assert_eq!(
        err(d.edit(Section::Account, 0, &[("vendor", Some("amazonn"))])),
        "`vendor` must be one of amazon, google, apple, microsoft, meta, other, not \"amazonn\""
    );
    assert_eq!(
        err(d.edit(Section::Account, 0, &[("email", Some("lena at home"))])),
        "`email` must be an e-mail address like lena@example.org, not \"lena at home\""
    );
    assert_eq!(
        err(d.edit(Section::Device, 0, &[("serail", Some("x"))])),
        "`serail` is not a key of [[device]]; its keys are name, serial, type, kind, from, until"
    );
    assert_eq!(
        err(d.edit(Section::Person, 3, &[("name", Some("Paul"))])),
        "there is no person number 4: the inventory lists 1 person"
    );
    assert_eq!(
        err(d.edit(Section::Person, 0, &[("name", None)])),
        "a person needs at least one of name"
    );
    assert_eq!(
        err(d.edit(Section::Person, 0, &[("name", Some("  "))])),
        "`name` must not be empty"
    );
    // All or nothing: the valid first change is not kept when the second is refused.
    assert!(d
        .edit(
            Section::Place,
            0,
            &[("name", Some("Berlin")), ("radius_km", Some("-1"))]
        )
        .is_err());
    let bad_lat = Entry::Place(Place {
        name: Some("Nowhere".into()),
        lat: Some(91.0),
        lon: Some(0.0),
        radius_km: None,
    });
    let refused = d.add(&bad_lat).unwrap_err();
    assert!(
        matches!(&refused, EditError::Value { key, .. } if key == "lat"),
        "{refused:?}"
    );
    assert_eq!(
        refused.to_string(),
        "`lat` must be a latitude between -90 and 90, not 91"
    );
    assert_eq!(
        refused.words().render(auskunft_model::Lang::De),
        "`lat` muss ein Breitengrad zwischen -90 und 90 sein, nicht 91"
    );
    assert_eq!(
        d.add(&Entry::Device(Device::default()))
            .unwrap_err()
            .to_string(),
        "a device needs at least one of name, serial, type, kind, from, until"
    );
    assert_eq!(
        d.remove(Section::Device, 1).unwrap_err().to_string(),
        "there is no device number 2: the inventory lists 1 device"
    );
    assert_eq!(d.text(), CONTRACT);
    assert!(!d.is_edited());
}

#[test]
fn an_invalid_file_is_not_edited_and_an_inline_array_is_left_to_the_user() {
    let e = InventoryDocument::parse("[[device]]\nserail = \"x\"\n", Some("inv.toml")).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.to_string().starts_with("inv.toml, line 2: "), "{e}");
    let mut d = doc("person = [{ name = \"Lena\" }]\n");
    assert_eq!(
        d.add(&Entry::Person(Person {
            name: Some("Paul".into())
        }))
        .unwrap_err()
        .to_string(),
        "`person` is written as an inline array in this file; Auskunft edits only [[person]] tables, so change it by hand"
    );
    assert_eq!(d.text(), "person = [{ name = \"Lena\" }]\n");
}

#[test]
fn saving_is_atomic_creates_the_folder_and_refuses_a_file_changed_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("data")
        .join("auskunft")
        .join("inventory.toml");
    let mut d = InventoryDocument::load(&path).unwrap();
    assert_eq!(d.inventory().unwrap(), Inventory::default());
    d.add(&phone()).unwrap();
    d.save(&path).unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, d.text());
    // No temporary file is left beside it.
    let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["inventory.toml".to_string()]);

    // Someone else edits the file between load and save: nothing is written.
    let mut d = InventoryDocument::load(&path).unwrap();
    d.remove(Section::Device, 0).unwrap();
    std::fs::write(&path, "# edited by hand\n").unwrap();
    let e = d.save(&path).unwrap_err();
    assert!(matches!(e, EditError::Changed { .. }), "{e}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# edited by hand\n"
    );

    // An unchanged file is not rewritten; a reload sees what was saved.
    let mut d = InventoryDocument::load(&path).unwrap();
    d.save(&path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# edited by hand\n"
    );
    d.add(&Entry::Person(Person {
        name: Some("Lena".into()),
    }))
    .unwrap();
    d.save(&path).unwrap();
    // The document remembers what it wrote, so a second save of the same document works.
    d.add(&Entry::Person(Person {
        name: Some("Paul".into()),
    }))
    .unwrap();
    d.save(&path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# edited by hand\n\n[[person]]\nname = \"Lena\"\n\n[[person]]\nname = \"Paul\"\n"
    );
}

#[cfg(unix)]
#[test]
fn saving_keeps_permissions_and_symbolic_links() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.toml");
    std::fs::write(&real, "[[person]]\nname = \"Lena\"\n").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("inventory.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut d = InventoryDocument::load(&link).unwrap();
    d.remove(Section::Person, 0).unwrap();
    d.save(&link).unwrap();
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "");
    assert_eq!(
        std::fs::metadata(&real).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn entries_travel_as_json_with_their_section() {
    let json = serde_json::to_string(&phone()).unwrap();
    assert_eq!(
        json,
        r#"{"section":"device","name":"Lenas Pixel","serial":"6effc4a1a51525c1","type":"A2IVLV5VM2W81","kind":"phone","from":"2020-03-02","until":null}"#
    );
    let back: Entry = serde_json::from_str(&json).unwrap();
    assert_eq!(back, phone());
    let e =
        serde_json::from_str::<Entry>(r#"{"section":"person","name":"Lena","age":3}"#).unwrap_err();
    assert!(e.to_string().contains("age"), "{e}");
    let e = serde_json::from_str::<Entry>(r#"{"section":"pet","name":"Rex"}"#).unwrap_err();
    assert!(e.to_string().contains("pet"), "{e}");
}

#[test]
fn replacing_an_entry_keeps_its_place_and_comments_and_drops_what_it_no_longer_declares() {
    let mut d = doc(CONTRACT);
    // The Echo Dot, edited on the inventory screen: new serial, no ownership end, same rest.
    d.replace(
        0,
        &Entry::Device(Device {
            name: Some("Echo Dot".into()),
            serial: Some("G090U5099023ZZZZ".into()),
            device_type: Some("A32DOYMUN6DTXA".into()),
            kind: Some(DeviceKind::Speaker),
            from: NaiveDate::from_ymd_opt(2019, 2, 1),
            until: None,
        }),
    )
    .unwrap();
    let expected = CONTRACT
        .replace("G090U5099023ABCD", "G090U5099023ZZZZ")
        .replace("until = \"2023-06-30\"\n", "");
    assert_eq!(d.text(), expected);

    // A place moved: numbers set in place, the comment on the table header kept.
    d.replace(
        0,
        &Entry::Place(Place {
            name: Some("Leipzig".into()),
            lat: Some(51.34),
            lon: Some(12.37),
            radius_km: None,
        }),
    )
    .unwrap();
    let inv = d.inventory().unwrap();
    assert_eq!(inv.places.len(), 1);
    assert_eq!(inv.places[0].name.as_deref(), Some("Leipzig"));
    assert_eq!(inv.places[0].radius_km, None);
    assert!(d
        .text()
        .contains("[[place]]                       # where you live"));

    // Errors name what is wrong and change nothing.
    let before = d.text();
    let e = d
        .replace(
            3,
            &Entry::Person(Person {
                name: Some("Paul".into()),
            }),
        )
        .unwrap_err();
    assert!(matches!(e, EditError::NoEntry { index: 3, .. }), "{e}");
    let e = d
        .replace(0, &Entry::Person(Person { name: None }))
        .unwrap_err();
    assert!(matches!(e, EditError::Empty { .. }), "{e}");
    let e = d
        .replace(
            0,
            &Entry::Place(Place {
                name: None,
                lat: Some(200.0),
                lon: Some(1.0),
                radius_km: None,
            }),
        )
        .unwrap_err();
    assert!(e.to_string().contains("lat"), "{e}");
    assert_eq!(d.text(), before);
}

/// The wave-2 contract example: the commented-out `owns_voice_devices` and the `[me]` table.
const CONTRACT_V2: &str = r#"# owns_voice_devices = false    # optional, top level, before any table: "I own no device that
                                # records voice" (no smart speaker, no voice assistant on phone, TV or
                                # car). Leave it out when you have not said yet, or when you list your
                                # devices below (this example does, so here it stays a comment).

[me]                            # optional: who you are, for letters (never compared with exports)
name = "Lena Beispiel"
address = "Musterstraße 1\n80331 München"
country = "DE"                  # ISO 3166 code; picks the data-protection authority
region = "BY"                   # optional: German Land (ISO 3166-2 suffix), for the Land authority

[[device]]                      # a device that may record you: speaker, phone app, TV, car, ...
name = "Echo Dot"               # the name you gave it; weak evidence (names repeat across homes)
kind = "speaker"                # speaker | phone | tv | tablet | car | watch | other
"#;

#[test]
fn the_wave_2_contract_example_reads_and_survives_an_edit() {
    let mut d = doc(CONTRACT_V2);
    let inv = d.inventory().unwrap();
    assert_eq!(inv.owns_voice_devices, None);
    assert_eq!(
        inv.me.as_ref().and_then(|m| m.country.as_deref()),
        Some("DE")
    );
    d.add(&phone()).unwrap();
    assert!(d.text().starts_with(CONTRACT_V2), "{}", d.text());
}

#[test]
fn owning_no_voice_device_is_written_at_the_top_and_taken_back() {
    let mut d = doc("");
    d.set_owns_voice_devices(Some(false)).unwrap();
    assert_eq!(
        d.text(),
        "# Whether you own a device that records voice (smart speaker, voice assistant on\n# phone, TV or car); false: none at all.\nowns_voice_devices = false\n"
    );
    assert_eq!(d.inventory().unwrap().owns_voice_devices, Some(false));
    // At the top, before every table (TOML wants it there); the user's comment stays with the
    // table it stood above.
    let text = "# mine\n\n[[person]]\nname = \"Lena\"\n";
    let mut d = doc(text);
    d.set_owns_voice_devices(Some(false)).unwrap();
    let out = d.text();
    assert!(
        out.ends_with("owns_voice_devices = false\n# mine\n\n[[person]]\nname = \"Lena\"\n"),
        "{out}"
    );
    assert_eq!(d.inventory().unwrap().people.len(), 1);
    d.set_owns_voice_devices(None).unwrap();
    assert_eq!(d.inventory().unwrap().owns_voice_devices, None);
    // Contradicting a listed speaker is refused and changes nothing.
    let mut d = doc(CONTRACT_V2);
    let err = d.set_owns_voice_devices(Some(false)).unwrap_err();
    assert!(err.to_string().contains("owns_voice_devices"), "{err}");
    assert_eq!(d.text(), CONTRACT_V2);
}

#[test]
fn adding_a_voice_device_takes_back_owning_none() {
    let mut d = doc("owns_voice_devices = false\n\n[[person]]\nname = \"Lena\"\n");
    d.add(&Entry::Device(Device {
        name: Some("Router".into()),
        kind: Some(DeviceKind::Other),
        ..Device::default()
    }))
    .unwrap();
    assert_eq!(
        d.inventory().unwrap().owns_voice_devices,
        Some(false),
        "a router records nothing"
    );
    d.add(&phone()).unwrap();
    let inv = d.inventory().unwrap();
    assert_eq!(inv.owns_voice_devices, None, "{}", d.text());
    assert_eq!(inv.devices.len(), 2);
    assert!(
        d.text().contains("[[person]]\nname = \"Lena\"\n"),
        "{}",
        d.text()
    );
}
