//! `google.assistant_html` against hand-written Takeout pages (`tests/fixtures/google.assistant_html/`),
//! through the `Format` trait as the pipeline calls it.

use auskunft_archive::Outcome;
use auskunft_formats::google::ASSISTANT_HTML;
use auskunft_formats::{audio_key, Finished, Format, Import};
use auskunft_model::{AudioRef, Location, MemberKind, Record};
use serde_json::{json, Value};

mod common;

use common::{candidate, fixture, Run};

const PATH: &str = "Takeout/My Activity/Assistant/MyActivity.html";
const GERMAN_PATH: &str = "Takeout/Meine Aktivitäten/Assistant/MeineAktivitäten.html";

fn html(name: &str) -> Vec<u8> {
    fixture("google.assistant_html", name)
}

/// Imports a fixture under `path`.
fn run_at(path: &str, name: &str) -> Run {
    let run = common::run(&ASSISTANT_HTML, path, &html(name));
    assert!(run.devices.is_empty(), "Assistant records name no devices");
    assert_eq!(run.kind, MemberKind::Records);
    run
}

fn run(name: &str) -> Run {
    run_at(PATH, name)
}

/// What a user would see: everything but the member path.
fn summary(run: &Run) -> Value {
    json!({
        "outcome": format!("{:?}", run.outcome),
        "records": run.records.iter().map(|r| json!({
            "id": r.id, "time": r.time, "zone": r.zone, "vendor": r.vendor,
            "transcript": r.transcript, "response": r.response, "language": r.language,
            "audio": r.audio.as_ref().map(|a| &a.path),
            "speaker_recognized": r.speaker_recognized, "location": r.location,
            "details": r.details, "locator": r.source.locator,
        })).collect::<Vec<_>>(),
        "warnings": run.warnings,
    })
}

fn utc(r: &Record) -> Option<String> {
    r.time.map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

fn transcripts(run: &Run) -> Vec<Option<&str>> {
    run.records
        .iter()
        .map(|r| r.transcript.as_deref())
        .collect()
}

/// Imports pages into one import, offers `files` as recordings of input 1, and finishes.
fn with_recordings(pages: &[(&str, &str)], files: &[&str]) -> Finished {
    let mut import = Import::new();
    for (i, (path, name)) in pages.iter().enumerate() {
        let bytes = html(name);
        let mut c = candidate(path, &bytes);
        c.member = 10 + i;
        assert!(ASSISTANT_HTML.recognize(&c), "{path}");
        let imported = ASSISTANT_HTML.import(&c, &mut &bytes[..], &mut import);
        assert_eq!(imported.outcome, Outcome::Parsed, "{name}");
    }
    for file in files {
        let audio = AudioRef {
            input: 1,
            path: format!("Takeout/My Activity/Assistant/{file}"),
            seconds: Some(2.0),
        };
        import.audio(audio, None, &[audio_key(file)]);
    }
    import.finish()
}

#[test]
fn english_page_says_cet_all_year_and_summer_times_are_corrected() {
    let run = run("MyActivity.html");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(run.records.len(), 12);
    let r = &run.records;
    assert!(r.iter().all(|r| r.vendor.as_deref() == Some("google")));
    assert!(
        r.iter().all(|r| r.zone.as_deref() == Some("CET")),
        "zone as written"
    );
    assert!(r.iter().all(|r| r.device.is_none() && r.account.is_none()));
    // Winter times as written; summer times an hour earlier than CET would say.
    let times: Vec<Option<String>> = r.iter().map(utc).collect();
    let expect = [
        "2023-02-11T19:02:15Z",
        "2023-01-28T23:04:51Z", // 12:04:51 AM is just after midnight
        "2022-12-24T11:30:09Z", // 12:30:09 PM is just after noon
        "2022-10-30T00:41:37Z", // happened twice: the earlier (CEST) reading
        "2022-09-17T07:13:02Z",
        "2022-08-03T17:45:30Z",
        "2022-07-01T08:00:00Z", // 10:00 AM "CET" on July 1st is 08:00 UTC, not 09:00
        "2022-06-12T21:59:59Z",
        "2022-05-05T04:20:11Z",
        "2022-03-27T14:05:00Z", // the day summer time began
        "2022-03-26T15:05:00Z", // the day before
        "2022-01-03T06:15:42Z",
    ];
    assert_eq!(times, expect.map(|t| Some(t.to_string())));
    assert_eq!(
        run.warnings,
        [
            "7: times say CET all year round (the zone in force when the export was made); \
             7 summer times were read as CEST (Europe/Berlin rules)",
            "7: activity 4, line 5: 2022-10-30 02:41:37 happened twice in Europe/Berlin (the \
             clocks went back); read as the earlier reading, 2022-10-30 00:41:37 UTC",
        ]
    );
    // Entities decoded, verbs dropped, replies joined.
    assert_eq!(
        r[2].transcript.as_deref(),
        Some("what's the weather like in Dresden tomorrow")
    );
    assert_eq!(
        r[4].transcript.as_deref(),
        Some("play songs by Simon & Garfunkel")
    );
    assert_eq!(
        r[4].response.as_deref(),
        Some("Sure, here's Simon & Garfunkel on YouTube Music.")
    );
    assert_eq!(
        r[6].response.as_deref(),
        Some("Traffic is light. / It should take 24 minutes by car.")
    );
    assert_eq!(
        r[8].response.as_deref(),
        Some("You have 2 events today. First, at 9 AM, dentist – Dr. Okafor.")
    );
    assert!(r.iter().all(|r| r.language.as_deref() == Some("en")));
    assert_eq!(
        r[2].location,
        Some(Location {
            lat: 51.050407,
            lon: 13.737262,
            name: Some("At this general area".into())
        })
    );
    assert_eq!(r.iter().filter(|r| r.location.is_some()).count(), 1);
    assert_eq!(
        r[5].details,
        ["Started by hotword", "From unrecognized speaker"]
    );
    let unrecognized: Vec<usize> = (0..r.len())
        .filter(|&i| r[i].speaker_recognized == Some(false))
        .collect();
    assert_eq!(unrecognized, [5]);
    assert_eq!(r[0].source.locator, "activity 1, line 2");
    assert_eq!(r[11].source.locator, "activity 12, line 13");
    insta::assert_json_snapshot!("google_html_english", summary(&run));
}

#[test]
fn recordings_join_by_the_file_names_the_page_links() {
    // Each file is named a second or so before the time the page gives.
    let files = [
        "2023-02-11_19_02_14_871_UTC.mp3",
        "2022-09-17_07_13_01_066_UTC.mp3",
        "2022-08-03_17_45_29_402_UTC.mp3",
        "2022-01-03_06_15_41_530_UTC.mp3",
    ];
    let done = with_recordings(&[(PATH, "MyActivity.html")], &files);
    assert_eq!(done.records.len(), 12, "every recording was claimed");
    let joined: Vec<(usize, &str)> = done
        .records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((i, r.audio.as_ref()?.path.rsplit('/').next()?)))
        .collect();
    assert_eq!(
        joined,
        [(0, files[0]), (4, files[1]), (5, files[2]), (11, files[3])]
    );
    assert!(done.records[5]
        .audio_match
        .as_ref()
        .is_some_and(|m| m.by == "name" && m.confidence == 1.0));
}

#[test]
fn german_page_says_mesz_all_year_and_winter_times_are_corrected() {
    let run = run_at(GERMAN_PATH, "MeineAktivitaeten.html");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(
        transcripts(&run),
        [
            Some("wie wird das Wetter morgen"),
            Some("spiel Musik von Herbert Grönemeyer"),
            Some("ruf bitte meine Schwester an"),
            Some("stell einen Timer auf 10 Minuten"),
            Some("wie spät ist es"),
        ]
    );
    let r = &run.records;
    assert!(r.iter().all(|r| r.language.as_deref() == Some("de")));
    assert!(r.iter().all(|r| r.zone.as_deref() == Some("MESZ")));
    let times: Vec<Option<String>> = r.iter().map(utc).collect();
    let expect = [
        "2023-08-14T19:15:03Z",
        "2023-07-01T22:05:10Z", // 00:05:10 on July 2nd, summer time
        "2023-03-19T17:44:19Z", // a week before summer time began: MEZ
        "2023-01-12T06:30:00Z",
        "2022-12-31T22:59:58Z",
    ];
    assert_eq!(times, expect.map(|t| Some(t.to_string())));
    assert_eq!(
        run.warnings,
        [
            "7: times say MESZ all year round (the zone in force when the export was made); \
          3 winter times were read as MEZ (Europe/Berlin rules)"
        ]
    );
    assert_eq!(r[2].speaker_recognized, Some(false));
    assert_eq!(
        r[2].details,
        ["Durch Hotword gestartet", "Von nicht erkanntem Sprecher"]
    );
    assert_eq!(
        r[0].location.as_ref().and_then(|l| l.name.as_deref()),
        Some("In diesem allgemeinen Bereich")
    );
    // The page is one line, as Takeout writes it.
    assert_eq!(r[4].source.locator, "activity 5, line 1");
    insta::assert_json_snapshot!("google_html_german", summary(&run));
}

#[test]
fn a_windows_1252_page_is_decoded_and_says_so() {
    let utf8 = String::from_utf8(html("MeineAktivitaeten.html")).expect("UTF-8 fixture");
    let latin1: Vec<u8> = utf8
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("the page is Latin-1"))
        .collect();
    let run = common::run(&ASSISTANT_HTML, GERMAN_PATH, &latin1);
    assert_eq!(run.records.len(), 5);
    assert_eq!(
        run.records[0].response.as_deref(),
        Some("Morgen wird es in Köln sonnig bei höchstens 27 Grad.")
    );
    assert_eq!(
        run.warnings.first().map(String::as_str),
        Some("7: text is not UTF-8; read as Windows-1252 (Latin-1)")
    );
}

#[test]
fn split_pages_join_recordings_from_another_takeout_part() {
    let files = [
        "2023-12-02_02_41_08_117_UTC.mp3",
        "2023-11-14_22_30_00_452_UTC.mp3",
        "2023-08-20_04_02_33_009_UTC.mp3",
        "2023-06-05_19_11_57_640_UTC.mp3",
        "2023-02-18_08_09_44_001_UTC.mp3",
    ];
    let pages = [
        (
            "Takeout/My Activity/Assistant/MyActivity-1.html",
            "MyActivity-1.html",
        ),
        (
            "Takeout/My Activity/Assistant/MyActivity-2.html",
            "MyActivity-2.html",
        ),
    ];
    let done = with_recordings(&pages, &files);
    assert_eq!(
        done.records.len(),
        5,
        "no recording left over as its own record"
    );
    for (r, file) in done.records.iter().zip(files) {
        let audio = r.audio.as_ref().expect("joined");
        assert_eq!(
            (audio.input, audio.path.rsplit('/').next()),
            (1, Some(file))
        );
    }
    let times: Vec<Option<String>> = done.records.iter().map(utc).collect();
    assert_eq!(
        times,
        [
            "2023-12-02T02:41:09Z",
            "2023-11-14T22:30:01Z",
            "2023-08-20T04:02:33Z",
            "2023-06-05T19:11:58Z",
            "2023-02-18T08:09:45Z",
        ]
        .map(|t| Some(t.to_string()))
    );
    // One explanation per page (members 10 and 11).
    let pst = "times say PST all year round (the zone in force when the export was made); \
               1 summer time was read as PDT (America/Los_Angeles rules)";
    let warnings: Vec<(usize, String)> = done.warnings.iter().map(|(m, w)| (*m, w.en())).collect();
    assert_eq!(warnings, [(10, pst.to_string()), (11, pst.to_string())]);
    assert_eq!(done.records[4].speaker_recognized, Some(false));
}

#[test]
fn older_page_mixing_cet_and_cest_is_read_as_written() {
    let run = run("MyActivity-2018.html");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    let r = &run.records;
    let zones: Vec<Option<&str>> = r.iter().map(|r| r.zone.as_deref()).collect();
    assert_eq!(
        zones,
        [Some("CET"), Some("CEST"), Some("CEST"), Some("CET")]
    );
    let times: Vec<Option<String>> = r.iter().map(utc).collect();
    assert_eq!(
        times,
        [
            // 2:30 AM happened twice that night; the abbreviation says which.
            "2018-10-28T01:30:00Z",
            "2018-10-28T00:30:00Z",
            "2018-07-14T07:02:11Z",
            "2018-03-08T16:14:40Z",
        ]
        .map(|t| Some(t.to_string()))
    );
    assert_eq!(
        r[3].transcript.as_deref(),
        Some("hey Google, what's the weather")
    );
    // The recordings are linked, not embedded; the link lines are no reply.
    assert_eq!(r[0].response.as_deref(), Some("It's 2:30."));
    let files = [
        "2018-10-28_01_30_00_412_UTC.mp3",
        "2018-10-28_00_30_00_908_UTC.mp3",
        "2018-03-08_16_14_39_987_UTC.mp3",
    ];
    let done = with_recordings(&[(PATH, "MyActivity-2018.html")], &files);
    let joined: Vec<Option<&str>> = done
        .records
        .iter()
        .map(|r| r.audio.as_ref().and_then(|a| a.path.rsplit('/').next()))
        .collect();
    assert_eq!(
        joined,
        [Some(files[0]), Some(files[1]), None, Some(files[2])]
    );
}

#[test]
fn page_without_activities_is_parsed_with_nothing_in_it() {
    let run = run("MyActivity-empty.html");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert!(run.records.is_empty() && run.warnings.is_empty());
}

#[test]
fn cut_page_keeps_every_block_and_warns_where() {
    let run = run("MyActivity-malformed.html");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(
        transcripts(&run),
        [
            Some("show me pictures of puffins"),
            Some("is 3 < 5"),
            Some("set the thermostat to 21 degrees"),
            Some("play the news"),
            Some("remind me to call"),
        ]
    );
    let times: Vec<Option<String>> = run.records.iter().map(utc).collect();
    assert_eq!(
        times,
        [
            Some("2023-02-02T16:12:44Z".to_string()),
            Some("2023-01-30T07:00:00Z".to_string()),
            None,
            Some("2022-08-01T04:30:00Z".to_string()),
            None,
        ]
    );
    assert_eq!(
        run.records[1].response.as_deref(),
        Some("Yes, 3 is less than 5 &bogus; indeed.")
    );
    assert_eq!(
        run.warnings,
        [
            "7: times say CET all year round (the zone in force when the export was made); \
             1 summer time was read as CEST (Europe/Berlin rules)",
            "7: activity 2, line 3: not closed before the next activity begins; read as far \
             as it goes",
            "7: activity 3, line 4: time \"Feb 30, 2023, 9:00:00 AM CET\" is not a time this \
             module reads; kept without a time",
            "7: activity 5, line 7: the file ends inside this activity; kept without a time \
             or captions",
        ]
    );
    // The cut line ("Jan 2", the start of a time) is neither a time nor a reply.
    assert_eq!(run.records[4].response, None);
    insta::assert_json_snapshot!("google_html_malformed", summary(&run));
}

#[test]
fn missing_fields_are_warnings_naming_the_activity() {
    let run = run("MyActivity-missing-field.html");
    assert_eq!(run.outcome, Outcome::Parsed);
    assert_eq!(
        transcripts(&run),
        [
            Some("turn up the volume"),
            None,
            Some("Used an Assistant feature"),
            Some("what is 15 percent of 80"),
            Some("flip a coin"),
        ]
    );
    let r = &run.records;
    assert_eq!((utc(&r[0]), r[0].zone.as_deref()), (None, None));
    assert_eq!(r[0].response.as_deref(), Some("Okay, volume 6."));
    assert_eq!(utc(&r[1]).as_deref(), Some("2023-01-20T08:41:03Z"));
    assert_eq!(r[1].speaker_recognized, Some(false));
    assert_eq!((utc(&r[3]), r[3].zone.as_deref()), (None, Some("XYZT")));
    assert_eq!(
        (utc(&r[4]).as_deref(), r[4].zone.as_deref()),
        (Some("2023-01-17T13:00:00Z"), None)
    );
    assert_eq!(
        run.warnings,
        [
            "7: 1 time carries no zone (an old export); read as UTC",
            "7: activity 1, line 2: no time; kept without one",
            "7: activity 2, line 3: no title (what was said); kept without a transcript",
            "7: activity 4, line 5: no content cell; skipped",
            "7: activity 5, line 6: time zone \"XYZT\" is not one this module knows; kept \
             without a time",
        ]
    );
    insta::assert_json_snapshot!("google_html_missing_field", summary(&run));
}

#[test]
fn every_cut_of_a_page_imports_without_panicking() {
    let bytes = html("MyActivity.html");
    let mut most = 0;
    for end in (0..bytes.len()).step_by(61) {
        let part = &bytes[..end];
        let mut import = Import::new();
        let c = candidate(PATH, part);
        let imported = ASSISTANT_HTML.import(&c, &mut &part[..], &mut import);
        let done = import.finish();
        assert!(done.records.len() <= 12, "cut at {end}");
        most = most.max(done.records.len());
        if let Outcome::Failed(why) = imported.outcome {
            assert!(done.records.is_empty(), "cut at {end}: {why}");
        }
    }
    assert!(
        most >= 11,
        "late cuts keep the blocks before the cut: {most}"
    );
}

#[test]
fn recognised_by_path_or_by_an_assistant_header_in_the_head() {
    let english = html("MyActivity.html");
    for path in [
        PATH,
        "Takeout/My Activity/Assistant/MyActivity-3.html",
        GERMAN_PATH,
        "Takeout/Meine Aktivitäten/Google Assistant/MyActivity.html",
        "downloads/renamed.html",
    ] {
        assert!(
            ASSISTANT_HTML.recognize(&candidate(path, &english)),
            "{path}"
        );
    }
    let c = candidate(PATH, &english);
    let first = auskunft_formats::recognize(&c).map(|f| f.name());
    assert_eq!(
        first,
        Some("google.assistant_html"),
        "registered, and first"
    );
    // The JSON module does not take the page.
    let json = fixture("google.assistant", "MyActivity.json");
    let path = "Takeout/My Activity/Assistant/MyActivity.json";
    assert!(!ASSISTANT_HTML.recognize(&candidate(path, &json)));
}

#[test]
fn other_html_is_not_claimed() {
    let archive = html("archive_browser.html");
    assert!(!ASSISTANT_HTML.recognize(&candidate("Takeout/archive_browser.html", &archive)));
    let youtube = html("unrelated-youtube.html");
    let path = "Takeout/My Activity/YouTube/MyActivity.html";
    assert!(!ASSISTANT_HTML.recognize(&candidate(path, &youtube)));
    let page = b"<!DOCTYPE html><html><body><p>My Google Assistant said hi</p></body></html>";
    assert!(!ASSISTANT_HTML.recognize(&candidate("notes/assistant.html", page)));
    // Recognised by its path, a page with no activity markup at all fails with a reason.
    let run = common::run(&ASSISTANT_HTML, PATH, page);
    let Outcome::Failed(why) = &run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert_eq!(
        why.en(),
        "no activity blocks and none of Takeout's page markup: not a My Activity page"
    );
}

#[test]
fn detection_reads_only_the_first_4_kib() {
    let english = String::from_utf8(html("MyActivity.html")).expect("UTF-8 fixture");
    let header = english
        .find("mdl-typography--title\">Assistant")
        .expect("a header");
    assert!(
        header < 4096 - 64,
        "the fixture's first header is in the head"
    );
    // The same page with 4 KiB more style before the first activity.
    let padding = format!(".pad{{{}}}", "margin:0;".repeat(460));
    let padded = english.replacen("</style>", &format!("{padding}</style>"), 1);
    assert!(
        padded
            .find("mdl-typography--title\">Assistant")
            .expect("a header")
            > 4096
    );
    let neutral = "downloads/renamed.html";
    assert!(ASSISTANT_HTML.recognize(&candidate(neutral, english.as_bytes())));
    assert!(!ASSISTANT_HTML.recognize(&candidate(neutral, padded.as_bytes())));
    // Its path still names it, and the whole page is imported.
    let run = common::run(&ASSISTANT_HTML, PATH, padded.as_bytes());
    assert_eq!(run.records.len(), 12);
}
