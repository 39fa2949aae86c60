//! `auskunft search` end to end: the contract's JSON shape, the text output, flags, the cache
//! in `AUSKUNFT_DATA_DIR`, and exit codes. Expected totals come from the demo's ground truth.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

struct Demo {
    dir: tempfile::TempDir,
}

impl Demo {
    fn new() -> Demo {
        let d = Demo {
            dir: tempfile::tempdir().unwrap(),
        };
        let out = d.run(&["demo", "--scenario", "two-households", &d.archive()]);
        assert!(out.status.success(), "{out:?}");
        d
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn archive(&self) -> String {
        self.path("th.zip").display().to_string()
    }
    fn data(&self) -> PathBuf {
        self.path("data")
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_auskunft"))
            .args(args)
            .env("AUSKUNFT_DATA_DIR", self.data())
            .output()
            .unwrap()
    }
    /// `search` with the demo's inventory and archive after `args`.
    fn search(&self, args: &[&str]) -> (String, String, i32) {
        let inventory = self.path("th.inventory.toml").display().to_string();
        let archive = self.archive();
        let mut all = vec!["search", "--inventory", &inventory];
        all.extend_from_slice(args);
        all.push(&archive);
        let out = self.run(&all);
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
            out.status.code().unwrap(),
        )
    }
    /// Truth records with words for which `f(words, device name, household)` holds.
    fn truth_count(&self, f: impl Fn(&[String], &str, &str) -> bool) -> usize {
        let truth: Value =
            serde_json::from_slice(&std::fs::read(self.path("th.truth.json")).unwrap()).unwrap();
        truth["records"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| !t["placeholder"].as_bool().unwrap())
            .filter_map(|t| {
                let words: Vec<String> = t["transcript"]
                    .as_str()?
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                f(
                    &words,
                    t["device_name"].as_str().unwrap(),
                    t["household"].as_str().unwrap(),
                )
                .then_some(())
            })
            .count()
    }
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

fn has(words: &[String], w: &str) -> bool {
    words.iter().any(|x| x == w)
}

#[test]
fn json_has_exactly_the_contract_shape_and_exact_totals() {
    let d = Demo::new();
    let (out, err, code) = d.search(&["--json", "--limit", "3", "--query", "Wetter"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let v: Value = serde_json::from_str(&out).unwrap();
    let mut top = keys(&v);
    top.sort_unstable();
    assert_eq!(top, ["hits", "query", "took_ms", "total"]);
    assert_eq!(v["query"], "Wetter");
    assert_eq!(v["total"], d.truth_count(|w, _, _| has(w, "wetter")));
    assert_eq!(v["total"], 87);
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 3);
    for h in hits {
        let mut k = keys(h);
        k.sort_unstable();
        assert_eq!(k, ["device", "fit", "record", "score", "snippet", "time"]);
        assert!(
            h["snippet"].as_str().unwrap().contains("<b>wetter</b>"),
            "{h}"
        );
        assert!(h["time"].as_str().unwrap().ends_with('Z'));
    }

    // The index is cached in the data folder, and reused by the next run.
    let exports = d.data().join("exports");
    let export = std::fs::read_dir(&exports)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    let meta = export.join("index-v1").join("auskunft-index.json");
    let built = std::fs::metadata(&meta).unwrap().modified().unwrap();
    let (again, _, _) = d.search(&["--json", "--limit", "3", "--query", "Wetter"]);
    let w: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(w["hits"], v["hits"]);
    assert_eq!(std::fs::metadata(&meta).unwrap().modified().unwrap(), built);
}

#[test]
fn flags_and_filters_narrow_as_the_truth_says() {
    let d = Demo::new();
    let total = |args: &[&str]| -> u64 {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let (out, err, code) = d.search(&all);
        assert_eq!(code, 0, "{args:?}: {err}");
        serde_json::from_str::<Value>(&out).unwrap()["total"]
            .as_u64()
            .unwrap()
    };
    let foreign_tv =
        d.truth_count(|w, dev, h| has(w, "wetter") && dev == "Ankes Fire TV" && h == "stranger");
    assert!(foreign_tv > 0);
    assert_eq!(
        total(&["--device", "d2", "--query", "wetter"]) as usize,
        foreign_tv
    );
    assert_eq!(total(&["--query", "wetter device:d2"]) as usize, foreign_tv);
    assert_eq!(
        total(&["--fit", "foreign", "--query", "münchen"]) as usize,
        d.truth_count(|w, _, h| has(w, "münchen") && h == "stranger")
    );
    assert_eq!(
        total(&["--query", "-alexa lights"]) as usize,
        d.truth_count(|w, _, _| has(w, "lights") && !has(w, "alexa"))
    );
    // --limit bounds hits, never the total.
    let (out, _, _) = d.search(&["--json", "--limit", "0", "--query", "spielen"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["hits"].as_array().unwrap().len(), 0);
    assert_eq!(
        v["total"],
        d.truth_count(|w, _, _| has(w, "spiel") || has(w, "spiele"))
    );
}

#[test]
fn text_and_json_output_match_their_snapshots() {
    let d = Demo::new();
    let (out, err, code) = d.search(&[
        "--limit",
        "3",
        "--query",
        r#""das wetter" fit:foreign -morgen"#,
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    insta::assert_snapshot!("search_text", out);
    let (out, _, _) = d.search(&["--json", "--limit", "2", "--query", "img"]);
    let mut v: Value = serde_json::from_str(&out).unwrap();
    assert!(v["took_ms"].is_u64());
    v["took_ms"] = Value::from(0);
    insta::assert_json_snapshot!("search_json", v);
}

#[test]
fn usage_errors_exit_2_with_a_sentence_and_unreadable_input_exits_1() {
    let d = Demo::new();
    let cases: [(&[&str], &str); 5] = [
        (&["--query", "wetter \"wie"], "auskunft: The quote at character 8 is never closed; end the phrase with another \".\n"),
        (&["--query", "colour:red"], "auskunft: `colour:` at character 1 is not a filter; the filters are device:, fit:, lang:, after: and before: (put the text in quotes to search for it as written).\n"),
        (&["--query", "before:2018-06-31"], "auskunft: `before:2018-06-31` at character 1 is not a date; write it as YYYY-MM-DD, as in before:2018-06-01.\n"),
        (&["--query", "wetter device:d8"], "auskunft: `device:d8` at character 8: there is no device d8 in this export; its devices are d1, d2, d3, d4, d5.\n"),
        (&["--device", "d8", "--query", "wetter"], "auskunft: There is no device d8 in this export; its devices are d1, d2, d3, d4, d5.\n"),
    ];
    for (args, message) in cases {
        let (out, err, code) = d.search(args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (2, "", message),
            "{args:?}"
        );
    }
    // A bad query is refused before the export is read: no index was built.
    assert!(!d.data().join("exports").exists());
    for args in [&["--fit", "yours", "--query", "x"][..], &["--json"][..]] {
        let (_, err, code) = d.search(args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    // Something that is not an archive: the command runs, finds nothing, exits 1.
    let text = d.path("notes.txt");
    std::fs::write(&text, "not an archive").unwrap();
    let out = d.run(&[
        "search",
        "--json",
        "--query",
        "wetter",
        &text.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["total"], 0);
}

#[test]
fn queries_starting_with_a_dash_are_queries_not_flags() {
    let d = Demo::new();
    let (out, err, code) = d.search(&["--json", "--query", "-wetter", "--limit", "1"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"], d.truth_count(|w, _, _| !has(w, "wetter")));
}
