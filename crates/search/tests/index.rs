//! The index on a handful of hand-made records: analysis, query language, ranking, snippets,
//! facets, and the cache's reuse, rebuild and forget.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use auskunft_model::{Fit, Flag, FlagCode, Record, Severity, SourceRef};
use auskunft_search::{
    forget_export, index_dir, open_or_build, search_export, Filters, IndexState, Query, Results,
    SearchError, SearchIndex, META_FILE, SCHEMA_VERSION,
};
use chrono::{TimeZone, Utc};

const EXPORT: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

fn record(n: usize, text: &str, lang: Option<&str>, day: u32, device: &str, fit: Fit) -> Record {
    Record {
        id: format!("r{n}"),
        time: Some(Utc.with_ymd_and_hms(2018, 5, day, 12, 0, 0).unwrap()),
        device: Some(device.into()),
        account: Some("A1".into()),
        transcript: Some(text.into()),
        response: Some(format!("answer {n}")),
        language: lang.map(str::to_string),
        source: SourceRef {
            input: 0,
            path: "Voice History/VoiceHistoryRecords-0001.json".into(),
            locator: format!("$.customerHistoryRecords[{n}]"),
        },
        fit,
        flags: if fit == Fit::Foreign {
            vec![Flag {
                code: FlagCode::UnknownDevice,
                severity: Severity::High,
                message: "not yours".into(),
                message_words: auskunft_model::Message::new("flag-unknown-device"),
            }]
        } else {
            Vec::new()
        },
        ..Record::default()
    }
}

fn records() -> Vec<Record> {
    let mut rs = vec![
        record(
            1,
            "wie wird das Wetter heute in München",
            Some("de"),
            1,
            "d1",
            Fit::Mine,
        ),
        record(
            2,
            "wie ist das wetter morgen in muenchen",
            Some("de-DE"),
            2,
            "d1",
            Fit::Mine,
        ),
        record(
            3,
            "spiele Musik auf Spotify",
            Some("de"),
            3,
            "d2",
            Fit::Foreign,
        ),
        record(4, "spielen wir was", Some("de"), 4, "d2", Fit::Foreign),
        record(5, "turn off the lights", Some("en"), 5, "d1", Fit::Mine),
        record(6, "turn on the light", Some("en"), 31, "d2", Fit::Foreign),
        record(7, "allume la lumière", Some("fr"), 7, "d1", Fit::Unknown),
        record(8, "wecker aus", None, 8, "d1", Fit::Mine),
        record(
            9,
            "<script>alert('x')</script> wetter & mehr",
            Some("de"),
            9,
            "d2",
            Fit::Foreign,
        ),
        record(10, "stopp", Some("de"), 10, "d1", Fit::Mine),
        record(11, "stopp", Some("de"), 6, "d2", Fit::Foreign),
        record(
            12,
            "Audio was not intended for Alexa",
            None,
            12,
            "d1",
            Fit::Mine,
        ),
        record(13, "", None, 13, "d2", Fit::Foreign),
    ];
    rs[11].placeholder = true;
    rs[12].transcript = None;
    rs
}

fn ids(r: &Results) -> Vec<&str> {
    r.hits.iter().map(|h| h.record.as_str()).collect()
}

fn run(index: &SearchIndex, q: &str) -> Results {
    index
        .search(&Query::parse(q).unwrap(), &Filters::default(), 20)
        .unwrap_or_else(|e| panic!("{q}: {e}"))
}

fn set(index: &SearchIndex, q: &str) -> Vec<String> {
    let r = run(index, q);
    assert_eq!(r.total, r.hits.len(), "{q}");
    let mut v: Vec<String> = r.hits.into_iter().map(|h| h.record).collect();
    v.sort_by_key(|id| id[1..].parse::<u32>().unwrap());
    v
}

#[test]
fn words_are_found_in_every_form_and_language() {
    let index = SearchIndex::create(&records(), None).unwrap();
    assert_eq!(index.len(), 13);
    assert_eq!(set(&index, "Wetter"), ["r1", "r2", "r9"]);
    assert_eq!(set(&index, "wetter"), ["r1", "r2", "r9"]);
    assert_eq!(set(&index, "spielen"), ["r3", "r4"]);
    assert_eq!(set(&index, "spiel"), ["r3", "r4"]);
    assert_eq!(set(&index, "lights"), ["r5", "r6"]);
    assert_eq!(set(&index, "light"), ["r5", "r6"]);
    for town in ["München", "muenchen", "munchen", "MÜNCHEN"] {
        assert_eq!(set(&index, town), ["r1", "r2"], "{town}");
    }
    // French is read plainly: folded, not stemmed.
    assert_eq!(set(&index, "lumiere"), ["r7"]);
    assert_eq!(set(&index, "lumieres"), Vec::<String>::new());
    // A record without a language is detected as German and stemmed so.
    assert_eq!(set(&index, "wecker"), ["r8"]);
    assert_eq!(
        run(&index, "wecker").hits[0].language.as_deref(),
        Some("de")
    );
}

#[test]
fn phrases_exclusions_and_filters_combine() {
    let index = SearchIndex::create(&records(), None).unwrap();
    assert_eq!(set(&index, r#""das wetter""#), ["r1", "r2"]);
    assert_eq!(set(&index, r#""wetter das""#), Vec::<String>::new());
    assert_eq!(set(&index, r#""turn off""#), ["r5"]);
    assert_eq!(set(&index, "wetter -morgen"), ["r1", "r9"]);
    assert_eq!(set(&index, r#"wetter -"das wetter""#), ["r9"]);
    assert_eq!(set(&index, "wetter device:d2"), ["r9"]);
    assert_eq!(set(&index, "device:d1 device:d2 lights"), ["r5", "r6"]);
    assert_eq!(set(&index, "-device:d1 lights"), ["r6"]);
    assert_eq!(set(&index, "fit:foreign stopp"), ["r11"]);
    assert_eq!(set(&index, "lang:en"), ["r5", "r6"]);
    assert_eq!(set(&index, "lang:de-AT wecker"), ["r8"]);
    // after: is inclusive of its day, before: excludes its day.
    assert_eq!(set(&index, "wetter after:2018-05-02"), ["r2", "r9"]);
    assert_eq!(set(&index, "wetter before:2018-05-02"), ["r1"]);
    assert_eq!(
        set(&index, "after:2018-05-02 before:2018-05-04"),
        ["r2", "r3"]
    );
    assert_eq!(set(&index, "after:2018-05-31"), ["r6"]);
    assert_eq!(
        set(&index, "after:2018-05-04 before:2018-05-04"),
        Vec::<String>::new()
    );
    // The empty query is every record with words.
    assert_eq!(run(&index, "").total, 11);
}

#[test]
fn placeholders_and_records_without_text_are_never_hits_but_counted_apart() {
    let index = SearchIndex::create(&records(), None).unwrap();
    let all = run(&index, "");
    assert!(!ids(&all).contains(&"r12") && !ids(&all).contains(&"r13"));
    assert_eq!(all.untranscribed, 2);
    assert_eq!(run(&index, "alexa").total, 0);
    assert_eq!(run(&index, "intended").total, 0);
    let d1 = run(&index, "device:d1");
    assert_eq!(d1.total, 6);
    assert_eq!(d1.untranscribed, 1);
    assert_eq!(run(&index, "wetter fit:mine").untranscribed, 1);
}

#[test]
fn ties_go_to_the_earlier_record_and_filters_do_not_score() {
    let index = SearchIndex::create(&records(), None).unwrap();
    // r11 (6 May) and r10 (10 May) say the same: the earlier one first.
    assert_eq!(ids(&run(&index, "stopp")), ["r11", "r10"]);
    let r = run(&index, "device:d2");
    assert!(r.hits.iter().all(|h| h.score == 0.0));
    assert_eq!(ids(&r), ["r3", "r4", "r11", "r9", "r6"]);
    let limited = index
        .search(&Query::parse("device:d2").unwrap(), &Filters::default(), 2)
        .unwrap();
    assert_eq!(ids(&limited), ["r3", "r4"]);
    assert_eq!(limited.total, 5);
    // The score is relevance: the transcript where the word is a larger share ranks first.
    let w = run(&index, "wetter");
    assert!(w.hits[0].score > 0.0 && w.hits[0].score >= w.hits[2].score);
}

#[test]
fn snippets_escape_the_transcript_and_mark_matches() {
    let index = SearchIndex::create(&records(), None).unwrap();
    let r = run(&index, "wetter device:d2");
    assert_eq!(
        r.hits[0].snippet,
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <b>wetter</b> &amp; mehr"
    );
    let r = run(&index, "script");
    assert_eq!(
        r.hits[0].snippet,
        "&lt;<b>script</b>&gt;alert(&#39;x&#39;)&lt;/<b>script</b>&gt; wetter &amp; mehr"
    );
    assert_eq!(
        run(&index, "munchen").hits[0].snippet,
        "wie wird das Wetter heute in <b>München</b>"
    );
    assert_eq!(
        run(&index, "lights").hits[0].snippet,
        "turn off the <b>lights</b>"
    );
    // Without a matched word, the transcript is shown as it is.
    assert_eq!(run(&index, "lang:fr").hits[0].snippet, "allume la lumière");
    assert_eq!(
        run(&index, "lang:fr").hits[0].response.as_deref(),
        Some("answer 7")
    );
    // Long transcripts are cut around the match.
    let long = format!("{} wetter {}", "vorher ".repeat(60), "nachher ".repeat(60));
    let index =
        SearchIndex::create(&[record(1, &long, Some("de"), 1, "d1", Fit::Mine)], None).unwrap();
    let s = &run(&index, "wetter").hits[0].snippet;
    assert!(
        s.starts_with("… ") && s.ends_with(" …") && s.contains("<b>wetter</b>"),
        "{s}"
    );
    assert!(s.chars().count() < 230, "{s}");
}

#[test]
fn facets_count_the_matching_set_without_the_callers_own_filter() {
    let index = SearchIndex::create(&records(), None).unwrap();
    let r = run(&index, "wetter");
    assert_eq!(r.devices.get("d1"), Some(&2));
    assert_eq!(r.devices.get("d2"), Some(&1));
    assert_eq!(
        r.fits,
        [(Fit::Mine, 2), (Fit::Foreign, 1), (Fit::Unknown, 0)]
    );
    let filtered = index
        .search(
            &Query::parse("wetter").unwrap(),
            &Filters {
                device: Some("d2".into()),
                fit: None,
                ..Filters::default()
            },
            20,
        )
        .unwrap();
    assert_eq!(ids(&filtered), ["r9"]);
    // The device facet still shows what choosing d1 instead would leave.
    assert_eq!(filtered.devices.get("d1"), Some(&2));
    assert_eq!(
        filtered.fits,
        [(Fit::Mine, 0), (Fit::Foreign, 1), (Fit::Unknown, 0)]
    );
    let both = index
        .search(
            &Query::parse("").unwrap(),
            &Filters {
                device: Some("d2".into()),
                fit: Some(Fit::Mine),
                ..Filters::default()
            },
            20,
        )
        .unwrap();
    assert_eq!(both.total, 0);
    assert_eq!(both.devices.get("d1"), Some(&5));
    assert_eq!(both.fits[1], (Fit::Foreign, 5));
}

#[test]
fn words_without_letters_are_errors_not_empty_results() {
    let index = SearchIndex::create(&records(), None).unwrap();
    let e = index
        .search(&Query::parse("wetter ?!").unwrap(), &Filters::default(), 20)
        .err()
        .unwrap();
    assert_eq!(
        e.to_string(),
        "`?!` at character 8 has no letters or digits to search for."
    );
}

fn state(data: &Path, rs: &[Record]) -> (IndexState, Vec<String>) {
    let o = open_or_build(data, EXPORT, rs).unwrap();
    assert_eq!(o.index.len(), rs.len() as u64);
    (o.state, o.notes.iter().map(|n| n.en()).collect())
}

#[test]
fn the_cache_is_reused_until_records_or_version_change() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let mut rs = records();
    assert_eq!(state(data, &rs), (IndexState::Built, vec![]));
    let idx = index_dir(data, EXPORT).unwrap();
    assert!(idx.ends_with(format!("exports/{EXPORT}/index-v{SCHEMA_VERSION}")));
    assert!(idx.join(META_FILE).is_file());
    assert_eq!(state(data, &rs), (IndexState::Reused, vec![]));
    // A changed inventory changes fits: the index is rebuilt, silently.
    rs[0].fit = Fit::Foreign;
    assert_eq!(state(data, &rs), (IndexState::Built, vec![]));
    assert_eq!(state(data, &rs), (IndexState::Reused, vec![]));
    // An index described as another schema version is rebuilt.
    let meta = idx.join(META_FILE);
    let text = std::fs::read_to_string(&meta).unwrap();
    std::fs::write(
        &meta,
        text.replace(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            "\"schema_version\": 0",
        ),
    )
    .unwrap();
    assert_eq!(state(data, &rs), (IndexState::Built, vec![]));
    assert_eq!(state(data, &rs), (IndexState::Reused, vec![]));
    // Other versions' folders are cleared away when building.
    let old = idx.with_file_name("index-v0");
    std::fs::create_dir_all(&old).unwrap();
    rs[1].fit = Fit::Foreign;
    assert_eq!(state(data, &rs).0, IndexState::Built);
    assert!(!old.exists());
    let left: Vec<_> = std::fs::read_dir(idx.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, [format!("index-v{SCHEMA_VERSION}")]);
}

#[test]
fn a_damaged_index_is_rebuilt_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let rs = records();
    state(data, &rs);
    let idx = index_dir(data, EXPORT).unwrap();
    // Flip bytes in every postings file: the checksum catches it.
    for entry in std::fs::read_dir(&idx).unwrap().flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "idx") {
            let mut bytes = std::fs::read(&p).unwrap();
            let mid = bytes.len() / 2;
            bytes[mid] ^= 0xff;
            std::fs::write(&p, bytes).unwrap();
        }
    }
    let (st, notes) = state(data, &rs);
    assert_eq!(st, IndexState::Built);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].starts_with(&format!(
            "The search index in {} could not be used (",
            idx.display()
        )),
        "{}",
        notes[0]
    );
    assert!(
        notes[0].contains("fails its checksum") && notes[0].ends_with("; it was rebuilt."),
        "{}",
        notes[0]
    );
    assert_eq!(state(data, &rs), (IndexState::Reused, vec![]));

    // A file cut to a few bytes makes tantivy 0.27 panic while reading its footer: caught.
    let store = std::fs::read_dir(&idx)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .unwrap();
    std::fs::write(&store, b"short!").unwrap();
    let (st, notes) = state(data, &rs);
    assert_eq!(st, IndexState::Built);
    assert!(
        notes[0].contains("(tantivy failed while reading it)"),
        "{notes:?}"
    );

    // Garbage instead of tantivy's meta.json, and a missing description.
    std::fs::write(idx.join("meta.json"), b"{not json").unwrap();
    let (st, notes) = state(data, &rs);
    assert_eq!((st, notes.len()), (IndexState::Built, 1));
    std::fs::remove_file(idx.join(META_FILE)).unwrap();
    let (st, notes) = state(data, &rs);
    assert_eq!(st, IndexState::Built);
    assert!(
        notes[0].contains("auskunft-index.json is missing"),
        "{notes:?}"
    );

    // search_export runs on the rebuilt index and says so.
    std::fs::write(idx.join(META_FILE), b"\x00\x01").unwrap();
    let (results, st, notes) = search_export(
        data,
        EXPORT,
        &rs,
        &Query::parse("wetter").unwrap(),
        &Filters::default(),
        20,
    )
    .unwrap();
    assert_eq!((results.total, st, notes.len()), (3, IndexState::Built, 1));
    assert!(
        notes[0].en().contains("auskunft-index.json is not valid"),
        "{notes:?}"
    );
}

#[test]
fn an_unwritable_data_folder_searches_in_memory_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the exports folder should be.
    std::fs::write(dir.path().join("exports"), b"").unwrap();
    let rs = records();
    let (results, st, notes) = search_export(
        dir.path(),
        EXPORT,
        &rs,
        &Query::parse("stopp").unwrap(),
        &Filters::default(),
        20,
    )
    .unwrap();
    assert_eq!((results.total, st), (2, IndexState::InMemory));
    assert!(
        notes[0]
            .en()
            .starts_with("The search index could not be saved in ")
            && notes[0]
                .en()
                .ends_with("this search used an index in memory."),
        "{notes:?}"
    );
    // In the reader's language too.
    assert!(
        notes[0]
            .render(auskunft_model::Lang::De)
            .starts_with("Der Suchindex ließ sich nicht in "),
        "{notes:?}"
    );
}

#[test]
fn forget_deletes_everything_of_the_export_and_only_that() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    state(data, &records());
    let other = "ffff";
    open_or_build(data, other, &records()).unwrap();
    std::fs::write(data.join("exports").join(EXPORT).join("review.json"), b"{}").unwrap();
    assert!(forget_export(data, EXPORT).unwrap());
    assert!(!data.join("exports").join(EXPORT).exists());
    assert!(data.join("exports").join(other).exists());
    assert!(!forget_export(data, EXPORT).unwrap());
    for bad in ["..", "../x", "a/b", ""] {
        assert!(
            matches!(forget_export(data, bad), Err(SearchError::ExportId(_))),
            "{bad}"
        );
    }
    assert!(data.join("exports").join(other).exists());
}
