//! `auskunft inventory`: the real binary on demo exports and on inventory files, with exit codes.
//! The case that matters most: in the seed case, `candidates` lists the export's devices and the
//! inventory file is byte for byte what it was.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use auskunft_inventory::Candidates;

mod common;
use common::Case;

impl Case {
    fn demo(&self, scenario: &str) -> (String, PathBuf) {
        let out = self.path(&format!("{scenario}.zip"));
        let (code, _, err) = self.out(&[
            "demo",
            "--scenario",
            scenario,
            "--records",
            "40",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        (
            out.display().to_string(),
            self.path(&format!("{scenario}.inventory.toml")),
        )
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn seed_case_candidates_list_the_exports_devices_and_change_nothing() {
    let c = Case::new();
    let (archive, inventory) = c.demo("seed-case");
    let before = std::fs::read(&inventory).unwrap();
    let modified = std::fs::metadata(&inventory).unwrap().modified().unwrap();

    let (code, text, err) = c.out(&[
        "inventory",
        "candidates",
        "--inventory",
        s(&inventory),
        &archive,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(text.starts_with("Caution: You said you own no device that records voice, yet this export holds 40 voice records"), "{text}");
    assert!(text.contains("Devices (4):\n"), "{text}");
    for name in [
        "Echo Küche",
        "Echo Bad",
        "Fire TV Wohnzimmer",
        "Handy von Tobias",
    ] {
        assert!(
            text.contains(&format!(" {name}\n")),
            "{name} missing in {text}"
        );
        assert!(
            text.contains(&format!("auskunft inventory add device --name '{name}'")),
            "{text}"
        );
    }
    assert!(text.contains("People: none to add\n"), "{text}");
    assert!(text.ends_with(&format!(
        "\nNothing was added to {}. Add a candidate only if it is yours, with the command under it.\n",
        inventory.display()
    )));

    let (code, json, _) = c.out(&[
        "inventory",
        "candidates",
        "--json",
        "--inventory",
        s(&inventory),
        &archive,
    ]);
    assert_eq!(code, 0);
    let cands: Candidates = serde_json::from_str(&json).unwrap();
    assert!(cands.caution.is_some());
    assert_eq!(cands.devices.len(), 4);
    assert_eq!(
        cands.devices.iter().map(|d| d.records).sum::<usize>(),
        40 - unattributed(&c, &archive)
    );
    for d in &cands.devices {
        assert!(
            d.evidence
                .contains(" records come from it (Alexa/Sprachverlauf.pdf)"),
            "{}",
            d.evidence
        );
        assert_eq!(d.evidence_words[0].id, "candidate-device-records");
        assert!(!d.cautions.is_empty(), "{d:?}");
        assert_eq!(d.serial, None);
    }
    // Not one byte of the inventory changed, and it was not rewritten.
    assert_eq!(std::fs::read(&inventory).unwrap(), before);
    assert_eq!(
        std::fs::metadata(&inventory).unwrap().modified().unwrap(),
        modified
    );
    // Without --inventory the data folder's (missing) inventory is used, and not created.
    let (code, text, _) = c.out(&["inventory", "candidates", &archive]);
    assert_eq!(code, 0);
    assert!(text.contains("Devices (4):\n"));
    assert!(!c.data().join("inventory.toml").exists());
}

/// Records the seed case's audit attributes to no device (recordings without a transcript row).
fn unattributed(c: &Case, archive: &str) -> usize {
    let (_, json, _) = c.out(&["audit", "--json", archive]);
    let report: auskunft_model::Report = serde_json::from_str(&json).unwrap();
    report.records.iter().filter(|r| r.device.is_none()).count()
}

#[test]
fn two_households_candidates_are_the_strangers_and_accepting_one_removes_it() {
    let c = Case::new();
    let (archive, demo_inventory) = c.demo("two-households");
    let inventory = c.path("mine.toml");
    std::fs::copy(&demo_inventory, &inventory).unwrap();
    let candidates = |c: &Case| -> Candidates {
        let (code, json, err) = c.out(&[
            "inventory",
            "candidates",
            "--json",
            "--inventory",
            s(&inventory),
            &archive,
        ]);
        assert_eq!(code, 0, "{err}");
        serde_json::from_str(&json).unwrap()
    };
    let first = candidates(&c);
    assert_eq!(first.caution, None);
    let names: Vec<&str> = first
        .devices
        .iter()
        .filter_map(|d| d.name.as_deref())
        .collect();
    assert_eq!(names, vec!["Echo Dot", "Ankes Fire TV", "Echo Show"]);
    for d in &first.devices {
        assert!(d.serial.is_some() && d.listed.is_some(), "{d:?}");
        assert!(d.evidence.contains("registration.csv"), "{}", d.evidence);
        assert!(!d.cautions.is_empty(), "{d:?}");
    }
    assert_eq!(first.accounts.len(), 1);
    assert_eq!(first.accounts[0].cautions.len(), 1);
    let people: Vec<&str> = first.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, vec!["Anke", "Dirk"]);

    // Accept one person with the printed command: only that one disappears from the list.
    let (code, out, err) = c.out(&[
        "inventory",
        "add",
        "person",
        "--name",
        "Dirk",
        "--inventory",
        s(&inventory),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!("Added person 3 to {}: Dirk\n", inventory.display())
    );
    let second = candidates(&c);
    let people: Vec<&str> = second.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, vec!["Anke"]);
    assert_eq!(second.devices, first.devices);
}

#[test]
fn add_show_remove_in_the_data_folder_keep_the_users_comments() {
    let c = Case::new();
    // The data folder does not exist yet: the first addition creates it and the file.
    let (code, out, _) = c.out(&["inventory", "show"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("No inventory file yet at "), "{out}");
    let (code, out, err) = c.out(&[
        "inventory",
        "add",
        "device",
        "--serial",
        "G090U5099023ABCD",
        "--name",
        "Echo Dot",
        "--kind",
        "speaker",
        "--from",
        "2019-02-01",
    ]);
    assert_eq!(code, 0, "{err}");
    let file = c.data().join("inventory.toml");
    assert_eq!(
        out,
        format!("Added device 1 to {}: Echo Dot · serial G090U5099023ABCD · speaker · from 2019-02-01\n", file.display())
    );
    // The user comments the file by hand; later additions keep it as written.
    let hand = format!(
        "# My inventory.\n\n{}  # the kitchen one\n",
        std::fs::read_to_string(&file).unwrap().trim_end()
    );
    std::fs::write(&file, &hand).unwrap();
    for args in [
        &[
            "inventory",
            "add",
            "account",
            "--vendor",
            "amazon",
            "--id",
            "A1OWN4EXAMPLE01",
            "--email",
            "lena@example.org",
        ][..],
        &["inventory", "add", "person", "--name", "Lena"][..],
        &[
            "inventory",
            "add",
            "place",
            "--name",
            "München",
            "--lat",
            "48.137",
            "--lon",
            "11.575",
            "--radius-km",
            "30",
        ][..],
        &[
            "inventory",
            "add",
            "place",
            "--name",
            "Sydney",
            "--lat",
            "-33.87",
            "--lon",
            "151.21",
        ][..],
    ] {
        let (code, _, err) = c.out(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let (code, out, _) = c.out(&["inventory", "show"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "Inventory {}\nDevices (1):\n  1. Echo Dot · serial G090U5099023ABCD · speaker · from 2019-02-01\nAccounts (1):\n  1. amazon A1OWN4EXAMPLE01 · lena@example.org\nPeople (1):\n  1. Lena\nPlaces (2):\n  1. München · 48.137, 11.575 · radius 30 km\n  2. Sydney · -33.87, 151.21\n",
            file.display()
        )
    );
    let (code, out, _) = c.out(&["inventory", "remove", "place", "1"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "Removed place 1 from {}: München · 48.137, 11.575 · radius 30 km\n",
            file.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "# My inventory.\n\n[[device]]\nname = \"Echo Dot\"\nserial = \"G090U5099023ABCD\"\nkind = \"speaker\"\nfrom = \"2019-02-01\"  # the kitchen one\n\n[[account]]\nvendor = \"amazon\"\nid = \"A1OWN4EXAMPLE01\"\nemail = \"lena@example.org\"\n\n[[person]]\nname = \"Lena\"\n\n[[place]]\nname = \"Sydney\"\nlat = -33.87\nlon = 151.21\n"
    );
    let (_, json, _) = c.out(&["inventory", "show", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["exists"], true);
    assert_eq!(
        v["inventory"]["devices"][0]["type"],
        serde_json::Value::Null
    );
    assert_eq!(v["inventory"]["places"][0]["lat"], -33.87);
}

#[test]
fn invalid_input_exits_2_and_says_what_and_where() {
    let c = Case::new();
    let file = c.path("inv.toml");
    std::fs::write(&file, "[[person]]\nname = \"Lena\"\n").unwrap();
    let before = std::fs::read(&file).unwrap();
    let f = s(&file);

    let (code, _, err) = c.out(&[
        "inventory",
        "add",
        "place",
        "--name",
        "X",
        "--lat",
        "200",
        "--lon",
        "1",
        "--inventory",
        f,
    ]);
    assert_eq!(code, 2);
    assert_eq!(err, format!("auskunft: Nothing was changed in {f}: `lat` must be a latitude between -90 and 90, not 200.\n"));

    let (code, _, err) = c.out(&[
        "inventory",
        "add",
        "device",
        "--serial",
        "S1",
        "--kind",
        "robot",
        "--inventory",
        f,
    ]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "auskunft: \"robot\" is not a value of --kind <KIND>; it takes speaker, phone, tv, \
             tablet, car, watch, other.\n"
        ),
        "{err}"
    );

    let (code, _, err) = c.out(&[
        "inventory",
        "add",
        "device",
        "--serial",
        "S1",
        "--from",
        "2023-01-01",
        "--until",
        "2019-01-01",
        "--inventory",
        f,
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`until` (2019-01-01) must not be before `from` (2023-01-01)"),
        "{err}"
    );

    let (code, _, err) = c.out(&[
        "inventory",
        "add",
        "device",
        "--kind",
        "phone",
        "--inventory",
        f,
    ]);
    assert_eq!(code, 2, "a device needs a serial or a name: {err}");

    let (code, _, err) = c.out(&["inventory", "remove", "person", "5", "--inventory", f]);
    assert_eq!(code, 2);
    assert_eq!(err, format!("auskunft: Nothing was changed in {f}: there is no person number 5: the inventory lists 1 person.\n"));

    let (code, _, err) = c.out(&["inventory", "remove", "person", "0", "--inventory", f]);
    assert_eq!(code, 2);
    assert!(err.contains("numbered from 1"), "{err}");

    let (code, _, err) = c.out(&["inventory", "remove", "pet", "1", "--inventory", f]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "auskunft: \"pet\" is not a value of <SECTION>; it takes device, account, person, \
             place.\n"
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // An invalid file is reported with its line and never rewritten.
    std::fs::write(&file, "[[person]]\nname = \"Lena\"\nage = 40\n").unwrap();
    for args in [
        &["inventory", "show", "--inventory", f][..],
        &[
            "inventory",
            "add",
            "person",
            "--name",
            "Paul",
            "--inventory",
            f,
        ][..],
    ] {
        let (code, _, err) = c.out(args);
        assert_eq!(code, 2);
        assert!(
            err.starts_with(&format!(
                "auskunft: The inventory is invalid: {f}, line 3: "
            )),
            "{err}"
        );
        assert!(err.contains("age"), "{err}");
    }
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "[[person]]\nname = \"Lena\"\nage = 40\n"
    );

    // `candidates` with an explicit inventory that does not exist is an error, as for `audit`.
    let (archive, _) = c.demo("seed-case");
    let missing = c.path("missing.toml");
    let (code, _, err) = c.out(&[
        "inventory",
        "candidates",
        "--inventory",
        s(&missing),
        &archive,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(!missing.exists());
}

/// Issue 11: `audit` without an inventory ends with the question and how to answer it; the
/// answer "none at all" (`owns-voice-devices false`) gives the seed case's verdict, and
/// `unsaid` takes it back.
#[test]
fn the_audit_asks_and_owns_voice_devices_answers() {
    let c = Case::new();
    let (archive, _) = c.demo("seed-case");
    let (code, text, err) = c.out(&["audit", &archive]);
    assert_eq!(code, 0, "{err}");
    assert!(!text.contains("none of them yours"), "{text}");
    let tail = &text[text.find("\nQuestion: ").expect("a question")..];
    assert!(
        tail.starts_with("\nQuestion: Are any of these 4 devices yours?\n"),
        "{tail}"
    );
    assert!(
        tail.contains("auskunft inventory owns-voice-devices false\n"),
        "{tail}"
    );

    let (code, said, err) = c.out(&["inventory", "owns-voice-devices", "false"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        said.ends_with("now says you own no device that records voice.\n"),
        "{said}"
    );
    let (_, text, _) = c.out(&["audit", &archive]);
    assert!(
        text.starts_with("This export holds 40 voice recordings from 4 devices, none of them yours. You said you own no device that records voice.\n"),
        "{text}"
    );
    assert!(!text.contains("Question:"), "{text}");

    let (code, _, err) = c.out(&["inventory", "owns-voice-devices", "unsaid"]);
    assert_eq!(code, 0, "{err}");
    let (_, text, _) = c.out(&["audit", &archive]);
    assert!(text.contains("\nQuestion: "), "{text}");
    let (code, _, err) = c.out(&["inventory", "owns-voice-devices", "maybe"]);
    assert_eq!(code, 2, "{err}");
}

/// Issue 14's first write path: `inventory add` killed with SIGKILL at 100 moments never leaves
/// an inventory the reader refuses, and the next write leaves no temporary file behind.
#[cfg(unix)]
#[test]
fn inventory_add_killed_at_any_moment_leaves_a_valid_file_and_no_leftovers() {
    use std::time::Duration;
    let c = Case::new();
    let (code, _, err) = c.out(&["inventory", "add", "person", "--name", "Lena"]);
    assert_eq!(code, 0, "{err}");
    let file = c.data().join("inventory.toml");
    let mut state: u64 = 0x1417;
    for round in 0..100 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros(200 + (state >> 33) % 15_000);
        let mut child = Command::new(env!("CARGO_BIN_EXE_auskunft"))
            .args([
                "inventory",
                "add",
                "person",
                "--name",
                &format!("Gast {round}"),
            ])
            .env("AUSKUNFT_DATA_DIR", c.data())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        child.wait().unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        let inventory = auskunft_inventory::Inventory::parse(&text, None)
            .unwrap_or_else(|e| panic!("round {round}: {e}\n{text}"));
        assert_eq!(inventory.people[0].name.as_deref(), Some("Lena"));
    }
    let (code, _, err) = c.out(&["inventory", "add", "person", "--name", "Zuletzt"]);
    assert_eq!(code, 0, "{err}");
    let leftovers: Vec<String> = std::fs::read_dir(c.data())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());
}
