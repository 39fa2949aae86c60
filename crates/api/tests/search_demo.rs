//! Issue 5's acceptance checks: search on the two-households demo export, with every expected
//! hit set computed from the demo's ground truth (`OUT.truth.json`: transcript, language,
//! device, household, time of every record), never from the search itself.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use auskunft_api::{
    audit, check_query, forget_export, search, search_report, write_demo, AuditRequest, ErrorCode,
    Scenario, SearchIndexState, SearchQuery, SearchRequest, SearchResult,
};
use auskunft_model::{Fit, Report};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;

/// One truth record, as the oracle sees it.
struct Truth {
    /// Lower-cased words of the transcript (split at anything not a letter or digit).
    words: Vec<String>,
    stranger: bool,
    device_name: String,
    time: DateTime<Utc>,
    language: Option<String>,
    placeholder: bool,
    has_transcript: bool,
    /// The record's id in the report, found by where its transcript was read.
    report_id: Option<String>,
}

impl Truth {
    fn has(&self, w: &str) -> bool {
        self.words.iter().any(|x| x == w)
    }
    fn phrase(&self, p: &str) -> bool {
        let p: Vec<&str> = p.split(' ').collect();
        self.words
            .windows(p.len())
            .any(|w| w.iter().zip(&p).all(|(a, b)| a == b))
    }
    fn searchable(&self) -> bool {
        self.has_transcript && !self.placeholder
    }
}

struct Demo {
    _dir: tempfile::TempDir,
    archive: PathBuf,
    inventory: PathBuf,
    data: PathBuf,
    report: Report,
    truth: Vec<Truth>,
}

fn demo() -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let files = write_demo(Scenario::TwoHouseholds, 1, None, &dir.path().join("th.zip")).unwrap();
    let data = dir.path().join("data");
    let report = audit(&AuditRequest {
        inputs: vec![files.archive.clone()],
        inventory: Some(files.inventory.clone()),
        data_dir: data.clone(),
    })
    .unwrap();
    let truth: Value = serde_json::from_slice(&std::fs::read(&files.truth).unwrap()).unwrap();
    let by_place: HashMap<(String, String), String> = report
        .records
        .iter()
        .map(|r| {
            (
                (r.source.path.clone(), r.source.locator.clone()),
                r.id.clone(),
            )
        })
        .collect();
    let truth = truth["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let transcript = t["transcript"].as_str();
            let loc = &t["transcript_location"];
            Truth {
                words: transcript
                    .unwrap_or("")
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect(),
                stranger: t["household"] == "stranger",
                device_name: t["device_name"].as_str().unwrap().to_string(),
                time: t["time"].as_str().unwrap().parse().unwrap(),
                language: t["language"].as_str().map(str::to_string),
                placeholder: t["placeholder"].as_bool().unwrap(),
                has_transcript: transcript.is_some(),
                report_id: loc["locator"].as_str().and_then(|l| {
                    by_place
                        .get(&(
                            loc["member"]["path"].as_str().unwrap().to_string(),
                            l.to_string(),
                        ))
                        .cloned()
                }),
            }
        })
        .collect();
    Demo {
        archive: files.archive,
        inventory: files.inventory,
        data,
        report,
        truth,
        _dir: dir,
    }
}

impl Demo {
    fn run(&self, q: &str) -> SearchResult {
        search_report(
            &self.report,
            &self.data,
            &SearchQuery {
                limit: 10_000,
                ..SearchQuery::new(q)
            },
        )
        .unwrap_or_else(|e| panic!("{q}: {}", e.message))
    }

    /// The report device of a truth record: by name and household (the audit marks the
    /// stranger's devices foreign; the two "Echo Dot"s differ only so).
    fn device_of(&self, t: &Truth) -> String {
        let fit = if t.stranger { Fit::Foreign } else { Fit::Mine };
        self.report
            .devices
            .iter()
            .find(|d| d.name.as_deref() == Some(&t.device_name) && d.fit == fit)
            .map(|d| d.id.clone())
            .unwrap()
    }

    /// Checks that `q` finds exactly the searchable truth records `expect` accepts.
    fn check(&self, q: &str, expect: impl Fn(&Truth) -> bool) -> usize {
        let want: BTreeSet<String> = self
            .truth
            .iter()
            .filter(|t| t.searchable() && expect(t))
            .map(|t| t.report_id.clone().unwrap())
            .collect();
        let r = self.run(q);
        let got: BTreeSet<String> = r.hits.iter().map(|h| h.record.clone()).collect();
        assert_eq!(r.total, want.len(), "{q}: total");
        assert_eq!(got, want, "{q}: hits");
        r.total
    }
}

fn day(s: &str) -> DateTime<Utc> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc()
}

#[test]
fn hit_sets_match_the_ground_truth_in_german_and_english() {
    let d = demo();
    assert_eq!(d.truth.len(), 600);
    assert!(d.truth.iter().all(|t| t.report_id.is_some()));
    let dev = |t: &Truth| d.device_of(t);

    // Words, any case, stemmed per language, umlauts folded.
    assert_eq!(d.check("wetter", |t| t.has("wetter")), 87);
    assert_eq!(d.check("Wetter", |t| t.has("wetter")), 87);
    assert_eq!(d.check("weather", |t| t.has("weather")), 22);
    assert_eq!(
        d.check("spielen", |t| t.has("spiel") || t.has("spiele")),
        70
    );
    assert_eq!(d.check("spiel", |t| t.has("spiel") || t.has("spiele")), 70);
    assert_eq!(d.check("light", |t| t.has("lights")), 11);
    assert_eq!(d.check("lights", |t| t.has("lights")), 11);
    for town in ["München", "münchen", "muenchen", "munchen", "MUENCHEN"] {
        assert_eq!(d.check(town, |t| t.has("münchen")), 83, "{town}");
    }
    assert!(d.check("fährt", |t| t.has("fährt")) > 0);
    assert_eq!(
        d.check("faehrt", |t| t.has("fährt")),
        d.check("fahrt", |t| t.has("fährt"))
    );
    // Two words: both must occur.
    assert!(d.check("wetter leipzig", |t| t.has("wetter") && t.has("leipzig")) > 0);

    // Phrases.
    assert_eq!(
        d.check(r#""wie spät ist es""#, |t| t.phrase("wie spät ist es")),
        9
    );
    assert_eq!(
        d.check(r#""turn off the lights""#, |t| t
            .phrase("turn off the lights")),
        11
    );
    assert!(d.check(r#""das wetter heute""#, |t| t.phrase("das wetter heute")) > 0);
    assert_eq!(d.check(r#""wetter das""#, |t| t.phrase("wetter das")), 0);

    // Exclusions.
    let n = d.check("wetter -morgen", |t| t.has("wetter") && !t.has("morgen"));
    assert!(n > 0 && n < 87);
    assert!(
        d.check(r#"spotify -"spiel meine playlist""#, |t| t.has("spotify")
            && !t.phrase("spiel meine playlist"))
            > 0
    );
    assert!(d.check("-alexa weather", |t| t.has("weather") && !t.has("alexa")) > 0);

    // Device, fit and language filters.
    assert!(d.check("wetter device:d2", |t| t.has("wetter") && dev(t) == "d2") > 0);
    assert!(
        d.check("device:d1 device:d5 stopp", |t| t.has("stopp")
            && ["d1", "d5"].contains(&dev(t).as_str()))
            > 0
    );
    assert!(
        d.check("-device:d1 münchen", |t| t.has("münchen")
            && dev(t) != "d1")
            > 0
    );
    assert!(d.check("device:d3", |t| dev(t) == "d3") > 0);
    assert!(d.check("fit:foreign weather", |t| t.stranger && t.has("weather")) > 0);
    assert!(d.check("-fit:foreign wetter", |t| !t.stranger && t.has("wetter")) > 0);
    assert!(d.check("fit:mine spotify", |t| !t.stranger && t.has("spotify")) > 0);
    assert_eq!(d.check("fit:unknown", |_| false), 0);
    assert_eq!(
        d.check("wetter lang:de", |t| t.has("wetter")
            && t.language.as_deref() == Some("de")),
        87
    );
    assert!(
        d.check("münchen lang:en", |t| t.has("münchen")
            && t.language.as_deref() == Some("en"))
            > 0
    );
    assert_eq!(d.check("weather lang:de", |_| false), 0);

    // Dates: after: from the start of its day, before: up to the start of its day (UTC).
    let mut times: Vec<DateTime<Utc>> = d.truth.iter().map(|t| t.time).collect();
    times.sort();
    let mid = times[300].format("%Y-%m-%d").to_string();
    let later = times[450].format("%Y-%m-%d").to_string();
    let n_after = d.check(&format!("wetter after:{mid}"), |t| {
        t.has("wetter") && t.time >= day(&mid)
    });
    let n_before = d.check(&format!("wetter before:{mid}"), |t| {
        t.has("wetter") && t.time < day(&mid)
    });
    assert_eq!(n_after + n_before, 87);
    assert!(n_after > 0 && n_before > 0);
    assert!(
        d.check(&format!("after:{mid} before:{later} fit:foreign"), |t| {
            t.time >= day(&mid) && t.time < day(&later) && t.stranger
        }) > 0
    );
    assert_eq!(d.check(&format!("after:{mid} before:{mid}"), |_| false), 0);

    // The empty query: every record with words.
    assert_eq!(d.check("", |_| true), 588);
}

#[test]
fn a_range_brushed_on_the_timeline_keeps_exactly_the_records_inside_it() {
    let d = demo();
    // Half an hour around the 100th record, to the millisecond: far narrower than a day, so a
    // day-based `after:`/`before:` could not express it.
    let mut times: Vec<DateTime<Utc>> = d.truth.iter().map(|t| t.time).collect();
    times.sort();
    let from = times[100] - chrono::Duration::minutes(15);
    let to = times[100] + chrono::Duration::minutes(15);
    let ranged = |q: &str| {
        search_report(
            &d.report,
            &d.data,
            &SearchQuery {
                limit: 10_000,
                from: Some(from),
                to: Some(to),
                ..SearchQuery::new(q)
            },
        )
        .unwrap()
    };
    let inside = |t: &Truth| t.searchable() && t.time >= from && t.time < to;
    let want: BTreeSet<String> = d
        .truth
        .iter()
        .filter(|t| inside(t))
        .map(|t| t.report_id.clone().unwrap())
        .collect();
    assert!(!want.is_empty());
    // The range alone lists every transcribed record in it.
    let r = ranged("");
    let got: BTreeSet<String> = r.hits.iter().map(|h| h.record.clone()).collect();
    assert_eq!((r.total, &got), (want.len(), &want));
    // With words, both hold; the facets count inside the range too.
    let word = d.truth.iter().find(|t| inside(t)).unwrap().words[0].clone();
    let r = ranged(&word);
    let want: BTreeSet<String> = d
        .truth
        .iter()
        .filter(|t| inside(t) && t.has(&word))
        .map(|t| t.report_id.clone().unwrap())
        .collect();
    let got: BTreeSet<String> = r.hits.iter().map(|h| h.record.clone()).collect();
    assert_eq!(got, want, "{word}");
    assert!(r.total < d.run(&word).total, "{word}: the range narrows");
    let by_fit: usize = r.facets.fits.iter().map(|f| f.count).sum();
    assert_eq!(by_fit, r.total);
    // `to` is exclusive: a range ending at a record's instant leaves it out.
    let at = d.truth[0].time;
    let r = search_report(
        &d.report,
        &d.data,
        &SearchQuery {
            limit: 10_000,
            from: Some(at - chrono::Duration::seconds(1)),
            to: Some(at),
            ..SearchQuery::new("")
        },
    )
    .unwrap();
    assert!(!r
        .hits
        .iter()
        .any(|h| Some(&h.record) == d.truth[0].report_id.as_ref()));
}

#[test]
fn language_filters_follow_the_language_the_report_gives() {
    let d = demo();
    for code in ["de", "en"] {
        let want = d
            .report
            .records
            .iter()
            .filter(|r| {
                !r.placeholder && r.transcript.is_some() && r.language.as_deref() == Some(code)
            })
            .count();
        assert!(want > 100);
        assert_eq!(d.run(&format!("lang:{code}")).total, want, "lang:{code}");
    }
}

#[test]
fn placeholders_are_counted_apart_and_never_hits() {
    let d = demo();
    let placeholders: Vec<&Truth> = d.truth.iter().filter(|t| !t.searchable()).collect();
    assert_eq!(placeholders.len(), 12);
    // The placeholders' own words find nothing.
    for word in ["intended", "verstanden", "verfügbar"] {
        let r = d.run(word);
        assert_eq!((r.total, r.hits.len()), (0, 0), "{word}");
    }
    assert!(placeholders.iter().any(|t| t.has("intended")));
    let everything = d.run("");
    assert_eq!(everything.untranscribed, 12);
    let ids: BTreeSet<&str> = everything.hits.iter().map(|h| h.record.as_str()).collect();
    assert!(placeholders
        .iter()
        .all(|t| !ids.contains(t.report_id.as_deref().unwrap())));
    let foreign = d.run("fit:foreign");
    assert_eq!(
        foreign.untranscribed,
        placeholders.iter().filter(|t| t.stranger).count()
    );
}

#[test]
fn markup_in_a_transcript_comes_back_escaped() {
    let d = demo();
    let r = d.run("onerror");
    assert_eq!(r.total, 1);
    assert_eq!(
        r.hits[0].snippet,
        "&lt;img src=x <b>onerror</b>=alert(1)&gt;"
    );
    assert_eq!(
        d.run("device:d2 img").hits[0].snippet,
        "&lt;<b>img</b> src=x onerror=alert(1)&gt;"
    );
}

#[test]
fn hits_are_ranked_by_score_then_time_and_facets_add_up() {
    let d = demo();
    let r = search_report(&d.report, &d.data, &SearchQuery::new("wetter münchen")).unwrap();
    assert_eq!(r.hits.len(), 20);
    assert!(r.total > 20);
    for pair in r.hits.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.score > b.score || (a.score == b.score && a.time <= b.time),
            "{a:?} before {b:?}"
        );
    }
    assert!(r.hits.iter().all(|h| h.snippet.contains("<b>")));
    let device_sum: usize = r.facets.devices.iter().map(|c| c.count).sum();
    let fit_sum: usize = r.facets.fits.iter().map(|c| c.count).sum();
    assert_eq!((device_sum, fit_sum), (r.total, r.total));
    assert_eq!(r.facets.devices.len(), d.report.devices.len());
    for c in &r.facets.devices {
        let want = d
            .truth
            .iter()
            .filter(|t| {
                t.searchable() && t.has("wetter") && t.has("münchen") && d.device_of(t) == c.device
            })
            .count();
        assert_eq!(c.count, want, "{}", c.device);
    }
    // The caller's device filter narrows hits but not the device facet.
    let only = search_report(
        &d.report,
        &d.data,
        &SearchQuery {
            device: Some("d1".into()),
            ..SearchQuery::new("wetter münchen")
        },
    )
    .unwrap();
    assert!(only.hits.iter().all(|h| h.device.as_deref() == Some("d1")));
    assert_eq!(only.total, r.facets.devices[0].count);
    assert_eq!(only.facets.devices, r.facets.devices);
    assert_eq!(only.hits[0].device_name.as_deref(), Some("Echo Dot"));
}

fn data_index(data: &Path, report: &Report) -> PathBuf {
    data.join("exports")
        .join(&report.export_id)
        .join(format!("index-v{}", auskunft_search::SCHEMA_VERSION))
}

#[test]
fn the_index_is_cached_rebuilt_when_stale_or_damaged_and_forgotten() {
    let d = demo();
    let req = |inventory: &Path| SearchRequest {
        inputs: vec![d.archive.clone()],
        inventory: Some(inventory.to_path_buf()),
        data_dir: d.data.clone(),
        query: SearchQuery::new("wetter"),
    };
    let first = search(&req(&d.inventory)).unwrap();
    assert_eq!((first.index, first.total), (SearchIndexState::Built, 87));
    let dir = data_index(&d.data, &d.report);
    let meta = dir.join(auskunft_search::META_FILE);
    let written = std::fs::metadata(&meta).unwrap().modified().unwrap();
    let second = search(&req(&d.inventory)).unwrap();
    assert_eq!((second.index, second.total), (SearchIndexState::Reused, 87));
    assert_eq!(
        std::fs::metadata(&meta).unwrap().modified().unwrap(),
        written
    );
    assert_eq!(second.notes, Vec::<String>::new());

    // An empty inventory makes everything foreign: other fits, so the index is rebuilt.
    let empty = d.data.join("empty.toml");
    std::fs::write(&empty, "").unwrap();
    let changed = search(&SearchRequest {
        query: SearchQuery::new("wetter fit:mine"),
        ..req(&empty)
    })
    .unwrap();
    assert_eq!((changed.index, changed.total), (SearchIndexState::Built, 0));
    assert_eq!(
        search(&req(&empty)).unwrap().index,
        SearchIndexState::Reused
    );

    // Another schema version in the description: rebuilt without a note.
    let text = std::fs::read_to_string(&meta).unwrap();
    let version = format!("\"schema_version\": {}", auskunft_search::SCHEMA_VERSION);
    assert!(text.contains(&version));
    std::fs::write(&meta, text.replace(&version, "\"schema_version\": 999")).unwrap();
    let r = search(&req(&empty)).unwrap();
    assert_eq!((r.index, r.notes.len()), (SearchIndexState::Built, 0));

    // A file cut in half (an interrupted copy): rebuilt, with a note, and the search answers.
    let store = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .unwrap();
    let bytes = std::fs::read(&store).unwrap();
    std::fs::write(&store, &bytes[..bytes.len() / 2]).unwrap();
    let r = search(&req(&empty)).unwrap();
    assert_eq!((r.index, r.total), (SearchIndexState::Built, 87));
    assert_eq!(r.notes.len(), 1);
    assert!(
        r.notes[0].starts_with("The search index in ") && r.notes[0].ends_with("; it was rebuilt."),
        "{:?}",
        r.notes
    );

    // Forgetting deletes the export's folder; the next search builds anew.
    assert!(forget_export(&d.data, &d.report.export_id).unwrap());
    assert!(!d.data.join("exports").join(&d.report.export_id).exists());
    assert!(!forget_export(&d.data, &d.report.export_id).unwrap());
    assert_eq!(search(&req(&empty)).unwrap().index, SearchIndexState::Built);
    let e = forget_export(&d.data, "../inventory").unwrap_err();
    assert_eq!(e.code, ErrorCode::Usage);
}

#[test]
fn bad_queries_are_usage_errors_that_say_what_and_where() {
    let d = demo();
    let cases = [
        (r#"wetter "wie spät"#, "The quote at character 8 is never closed; end the phrase with another \"."),
        ("colour:red", "`colour:` at character 1 is not a filter; the filters are device:, fit:, lang:, after: and before: (put the text in quotes to search for it as written)."),
        ("wetter after:2018-02-30", "`after:2018-02-30` at character 8 is not a date; write it as YYYY-MM-DD, as in after:2018-05-01."),
        ("fit:yours", "`fit:yours` at character 1: a fit is mine, foreign or unknown."),
        ("wetter device:d9", "`device:d9` at character 8: there is no device d9 in this export; its devices are d1, d2, d3, d4, d5."),
        ("wetter ...", "`...` at character 8 has no letters or digits to search for."),
    ];
    for (q, message) in cases {
        let e = search_report(&d.report, &d.data, &SearchQuery::new(q)).unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            (ErrorCode::Usage, message),
            "{q}"
        );
    }
    assert!(check_query("wetter -morgen").is_ok());
    assert_eq!(check_query("x -").unwrap_err().code, ErrorCode::Usage);
    assert_eq!(
        check_query("wetter ...").unwrap_err().message,
        "`...` at character 8 has no letters or digits to search for."
    );
    let e = search_report(
        &d.report,
        &d.data,
        &SearchQuery {
            device: Some("d7".into()),
            ..SearchQuery::new("wetter")
        },
    )
    .unwrap_err();
    assert_eq!(
        e.message,
        "There is no device d7 in this export; its devices are d1, d2, d3, d4, d5."
    );
}
