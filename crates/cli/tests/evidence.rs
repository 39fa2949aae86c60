//! `auskunft manifest`, `verify`, `set-aside` and `transcripts` end to end, on demo exports and
//! their ground truth (issue 12): the manifest lists every member and verifies with minisign; a
//! byte flipped in a copy's recording is named by `verify` (exit 3); the set-aside copy holds no
//! stranger's recording and the original is unchanged; forgetting deletes the index and records
//! it; transcripts are the user's own unless `--fit foreign` is given.
#![allow(clippy::unwrap_used)]

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use std::process::Command;

use auskunft_evidence::canonical::{canonical_json, sha256_hex};

mod common;
use common::Case;

impl Case {
    /// Writes a demo export; returns the archive, its inventory and its truth.
    fn demo(&self, scenario: &str, records: Option<&str>) -> (String, String, serde_json::Value) {
        let archive = self.path(&format!("{scenario}.zip"));
        let a = s(&archive).to_string();
        let mut args = vec!["demo", "--scenario", scenario];
        if let Some(n) = records {
            args.extend(["--records", n]);
        }
        args.push(&a);
        let (code, _, err) = self.out(&args);
        assert_eq!(code, 0, "{err}");
        let truth: serde_json::Value = serde_json::from_slice(
            &std::fs::read(self.path(&format!("{scenario}.truth.json"))).unwrap(),
        )
        .unwrap();
        (
            a,
            s(&self.path(&format!("{scenario}.inventory.toml"))).to_string(),
            truth,
        )
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn sha_file(p: &Path) -> String {
    sha256_hex(&std::fs::read(p).unwrap())
}

/// Audio members of the truth's records of one household.
fn recordings(truth: &serde_json::Value, household: &str) -> HashSet<String> {
    truth["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["household"] == household)
        .filter_map(|r| r["audio"]["path"].as_str().map(str::to_string))
        .collect()
}

/// The names of the entries of a ZIP file.
fn zip_names(path: &Path) -> Vec<String> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..z.len())
        .map(|i| z.by_index(i).unwrap().name().unwrap().to_string())
        .collect()
}

fn zip_text(path: &Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_manifest_lists_every_member_is_signed_and_a_flipped_byte_is_named() {
    let c = Case::new();
    let (archive, inventory, _) = c.demo("seed-case", None);
    let manifest = c.path("evidence.json");
    let (code, out, err) = c.out(&[
        "manifest",
        "--inventory",
        &inventory,
        "--out",
        s(&manifest),
        &archive,
    ]);
    assert_eq!(code, 0, "{err}");
    let public = c.data().join("keys/evidence.pub");
    assert!(out.contains(s(&public)), "{out}");
    assert!(out.contains("key id"), "{out}");
    assert!(out.contains("minisign -Vm"), "{out}");

    // The key: made on first use, the secret key private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(c.data().join("keys/evidence.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Every member of the audit, with its hash, status and module; the audit's digest.
    let m: serde_json::Value = serde_json::from_slice(&std::fs::read(&manifest).unwrap()).unwrap();
    assert_eq!(m["schema"], "auskunft.manifest/1");
    let audit = c
        .out(&["audit", "--json", "--inventory", &inventory, &archive])
        .1;
    let report: serde_json::Value = serde_json::from_str(&audit).unwrap();
    assert_eq!(
        m["members"].as_array().unwrap().len(),
        report["members"].as_array().unwrap().len()
    );
    assert_eq!(m["inputs"][0]["sha256"], report["inputs"][0]["sha256"]);
    assert_eq!(
        m["audit"]["sha256"],
        sha256_hex(canonical_json(&report).as_bytes())
    );
    assert_eq!(m["audit"]["records_foreign"], 1700);
    assert_eq!(
        m["inventory"]["sha256"],
        sha_file(Path::new(&inventory)),
        "the inventory's digest"
    );
    for (mm, rm) in m["members"]
        .as_array()
        .unwrap()
        .iter()
        .zip(report["members"].as_array().unwrap())
    {
        assert_eq!(mm["path"], rm["path"]);
        assert_eq!(mm["sha256"], rm["sha256"]);
        assert_eq!(mm["status"], rm["status"]);
        assert_eq!(mm["format"], rm["format"]);
    }
    assert!(m["format_modules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["name"] == "generic.audio" && f["version"].is_string()));

    // minisign itself verifies it (when installed; CI installs it).
    match Command::new("minisign")
        .args(["-Vm", s(&manifest), "-p", s(&public)])
        .output()
    {
        Ok(o) => assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr)),
        Err(_) => eprintln!("minisign is not installed; its check is skipped"),
    }

    // The original matches.
    let (code, out, err) = c.out(&["verify", s(&manifest), &archive]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Everything matches"), "{out}");
    assert!(out.contains("Signature: good"), "{out}");

    // One byte flipped in the data of a stored recording of a copy: that member is named.
    let victim = m["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "audio")
        .unwrap()["path"]
        .as_str()
        .unwrap()
        .to_string();
    let copy = c.path("copy.zip");
    std::fs::copy(&archive, &copy).unwrap();
    let start = {
        let mut z = zip::ZipArchive::new(std::fs::File::open(&copy).unwrap()).unwrap();
        let f = z.by_name(&victim).unwrap();
        assert_eq!(f.compression(), zip::CompressionMethod::Stored);
        f.data_start().unwrap()
    };
    let mut bytes = std::fs::read(&copy).unwrap();
    bytes[usize::try_from(start).unwrap() + 200] ^= 0x01;
    std::fs::write(&copy, &bytes).unwrap();
    let (code, out, _) = c.out(&["verify", s(&manifest), s(&copy)]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains(&victim), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains("changed") && l.contains(&victim)),
        "{out}"
    );
    let json = c.out(&["verify", "--json", s(&manifest), s(&copy)]).1;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let members: Vec<_> = v["differences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"].is_string())
        .collect();
    assert_eq!(members.len(), 1, "{json}");
    assert_eq!(members[0]["path"], victim.as_str());
    assert_eq!(members[0]["change"], "changed");

    // A changed manifest no longer matches its signature.
    let tampered = c.path("tampered.json");
    std::fs::write(
        &tampered,
        std::fs::read_to_string(&manifest)
            .unwrap()
            .replace("\"records_foreign\": 1700", "\"records_foreign\": 0"),
    )
    .unwrap();
    std::fs::copy(
        manifest.with_extension("json.minisig"),
        c.path("tampered.json.minisig"),
    )
    .unwrap();
    let (code, out, _) = c.out(&["verify", s(&tampered), &archive]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("Signature: BAD"), "{out}");
}

#[test]
fn set_aside_leaves_no_strangers_recording_and_the_original_unchanged() {
    let c = Case::new();
    let (archive, inventory, truth) = c.demo("seed-case", None);
    let before = sha_file(Path::new(&archive));
    let copy = c.path("mine.zip");
    let (code, out, err) = c.out(&[
        "set-aside",
        "--inventory",
        &inventory,
        "--out",
        s(&copy),
        &archive,
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        sha_file(Path::new(&archive)),
        before,
        "the original is unchanged"
    );
    let names: HashSet<String> = zip_names(&copy).into_iter().collect();
    let foreign = recordings(&truth, "stranger");
    assert_eq!(foreign.len(), 1_666);
    assert!(
        foreign.iter().all(|p| !names.contains(p)),
        "a stranger's recording is in the copy"
    );
    // The requester's own data is there, and the lists.
    assert!(
        names.iter().any(|n| n.starts_with("Retail.OrderHistory")),
        "{names:?}"
    );
    assert!(names.contains("auskunft-set-aside.json") && names.contains("auskunft-set-aside.txt"));
    let list: serde_json::Value =
        serde_json::from_str(&zip_text(&copy, "auskunft-set-aside.json")).unwrap();
    assert_eq!(list["schema"], "auskunft.set-aside/1");
    assert_eq!(list["originals"][0]["sha256"], before.as_str());
    let removed: HashSet<&str> = list["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert!(foreign.iter().all(|p| removed.contains(p.as_str())));
    assert!(list["removed"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["sha256"].is_string()));
    // The printed list names what was removed with its hash.
    let one = foreign.iter().next().unwrap();
    assert!(
        out.lines()
            .any(|l| l.contains(one.as_str()) && l.contains("SHA-256")),
        "{out}"
    );
    // The copy audits as an export with none of the stranger's recordings.
    let report: serde_json::Value = serde_json::from_str(
        &c.out(&["audit", "--json", "--inventory", &inventory, s(&copy)])
            .1,
    )
    .unwrap();
    assert_eq!(report["summary"]["records_with_audio"], 0);

    // The copy is never written over an original.
    let (code, _, err) = c.out(&[
        "set-aside",
        "--inventory",
        &inventory,
        "--out",
        &archive,
        &archive,
    ]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(sha_file(Path::new(&archive)), before);
}

#[test]
fn two_households_keep_mixed_pages_and_the_requesters_recordings_and_forget_the_rest() {
    let c = Case::new();
    let (archive, inventory, truth) = c.demo("two-households", Some("60"));
    let copy = c.path("mine.zip");
    // Build the search index first, so there is something to forget.
    let (code, _, err) = c.out(&["search", "--inventory", &inventory, "--query", "", &archive]);
    assert_eq!(code, 0, "{err}");
    let exports: Vec<_> = std::fs::read_dir(c.data().join("exports"))
        .unwrap()
        .collect();
    assert_eq!(exports.len(), 1);
    let export_dir = exports[0].as_ref().unwrap().path();
    assert!(std::fs::read_dir(&export_dir).unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with("index-v")));

    let (code, out, err) = c.out(&[
        "set-aside",
        "--forget",
        "--inventory",
        &inventory,
        "--out",
        s(&copy),
        &archive,
    ]);
    assert_eq!(code, 0, "{err}");
    let names: HashSet<String> = zip_names(&copy)
        .into_iter()
        .map(|n| n.rsplit('/').next().unwrap().to_string())
        .collect();
    let base = |p: &String| p.rsplit('/').next().unwrap().to_string();
    let mine = recordings(&truth, "requester");
    let foreign = recordings(&truth, "stranger");
    assert!(!mine.is_empty() && !foreign.is_empty());
    assert!(
        mine.iter().all(|p| names.contains(&base(p))),
        "the requester's recordings are kept"
    );
    assert!(
        foreign.iter().all(|p| !names.contains(&base(p))),
        "no stranger's recording"
    );
    // Pages with both households' records are kept whole, and listed.
    let list: serde_json::Value =
        serde_json::from_str(&zip_text(&copy, "auskunft-set-aside.json")).unwrap();
    assert!(!list["kept_mixed"].as_array().unwrap().is_empty(), "{list}");

    // Forgotten: the index is gone, and the record says what and when.
    assert!(out.contains("Forgot what Auskunft derived"), "{out}");
    assert!(!std::fs::read_dir(&export_dir).unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with("index-v")));
    let forgotten: serde_json::Value =
        serde_json::from_slice(&std::fs::read(c.data().join("forgotten.json")).unwrap()).unwrap();
    assert_eq!(forgotten["schema"], "auskunft.forgotten/1");
    let entry = &forgotten["entries"][0];
    assert!(entry["when"].is_string());
    assert_eq!(entry["deleted"][0]["what"], "search_index");
    assert_eq!(
        entry["members"].as_array().unwrap().len(),
        list["removed"].as_array().unwrap().len()
    );
    // Searching again indexes none of the stranger's records.
    let json = c
        .out(&[
            "search",
            "--json",
            "--inventory",
            &inventory,
            "--query",
            "fit:foreign",
            &archive,
        ])
        .1;
    let result: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(result["total"], 0, "{json}");
    let json = c
        .out(&[
            "search",
            "--json",
            "--inventory",
            &inventory,
            "--query",
            "fit:mine",
            &archive,
        ])
        .1;
    let result: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(result["total"].as_u64().unwrap() > 0, "{json}");
}

#[test]
fn transcripts_are_the_users_own_unless_foreign_is_asked_for() {
    let c = Case::new();
    let (archive, inventory, _) = c.demo("two-households", Some("60"));
    let report: serde_json::Value = serde_json::from_str(
        &c.out(&["audit", "--json", "--inventory", &inventory, &archive])
            .1,
    )
    .unwrap();
    let with_words = |fit: &str| {
        report["records"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["fit"] == fit)
            .filter(|r| {
                r["transcript"]
                    .as_str()
                    .is_some_and(|t| !t.trim().is_empty())
                    || r["response"].as_str().is_some_and(|t| !t.trim().is_empty())
            })
            .count()
    };
    let csv = c.path("mine.csv");
    let (code, out, err) = c.out(&[
        "transcripts",
        "--format",
        "csv",
        "--inventory",
        &inventory,
        "--out",
        s(&csv),
        &archive,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(yours)"), "{out}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text
        .starts_with("time,device,fit,language,transcript,response,record,recording,source\r\n"));
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), with_words("mine"));
    assert!(rows.iter().all(|r| &r[2] == "mine"));

    let srt = c.path("mine.srt");
    assert_eq!(
        c.out(&[
            "transcripts",
            "--format",
            "srt",
            "--inventory",
            &inventory,
            "--out",
            s(&srt),
            &archive
        ])
        .0,
        0
    );
    let text = std::fs::read_to_string(&srt).unwrap();
    assert!(text.starts_with("1\n00:00:00,000 --> 00:00:"), "{text}");
    assert_eq!(text.matches(" --> ").count(), with_words("mine"));

    let vtt = c.path("foreign.vtt");
    let (code, out, _) = c.out(&[
        "transcripts",
        "--format",
        "vtt",
        "--fit",
        "foreign",
        "--inventory",
        &inventory,
        "--out",
        s(&vtt),
        &archive,
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("someone else's words"), "{out}");
    let text = std::fs::read_to_string(&vtt).unwrap();
    assert!(text.starts_with("WEBVTT\n\nNOTE "), "{text}");
    assert_eq!(text.matches(" --> ").count(), with_words("foreign"));

    // German on request.
    let (_, out, _) = c.out(&[
        "transcripts",
        "--lang",
        "de",
        "--format",
        "csv",
        "--inventory",
        &inventory,
        "--out",
        s(&csv),
        &archive,
    ]);
    assert!(out.contains("Transkripte"), "{out}");
}
