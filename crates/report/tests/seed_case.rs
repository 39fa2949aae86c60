//! The report of the seed case (a stranger's 1,700 recordings, no voice device of one's own),
//! judged against the demo's own inventory: the verdict and counts are in it, in both languages;
//! the stranger's words are not, unless asked for; the HTML loads nothing from anywhere; the PDF
//! is a PDF.

use std::collections::BTreeSet;

use auskunft_api::{AuditRequest, Scenario, Session, Silent};
use auskunft_report::{render, Format, Options, Provenance};
use auskunft_words::Lang;

struct Case {
    session: Session,
    stranger_words: Vec<String>,
    _dir: tempfile::TempDir,
}

fn seed_case(records: usize) -> Case {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = auskunft_api::write_demo(
        Scenario::SeedCase,
        1,
        Some(records),
        &dir.path().join("seed-case.zip"),
    )
    .expect("the demo is written");
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&files.truth).expect("truth")).expect("json");
    // Whole transcripts of the stranger, long enough not to be a common word.
    let stranger_words: Vec<String> = truth["records"]
        .as_array()
        .expect("records")
        .iter()
        .filter(|r| r["household"] == "stranger" && r["placeholder"] == false)
        .filter_map(|r| r["transcript"].as_str())
        .filter(|t| t.len() > 12)
        .map(str::to_owned)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        !stranger_words.is_empty(),
        "the demo's stranger says something"
    );
    let session = Session::audit(
        AuditRequest {
            inputs: vec![files.archive.clone()],
            inventory: Some(files.inventory.clone()),
            data_dir: dir.path().join("data"),
        },
        &mut Silent,
    )
    .expect("the audit runs");
    Case {
        session,
        stranger_words,
        _dir: dir,
    }
}

fn html(case: &Case, options: &Options) -> String {
    let provenance = Provenance::now(Some(&case.session.inventory)).expect("provenance");
    String::from_utf8(
        render(&case.session.report, &provenance, options, Format::Html).expect("renders"),
    )
    .expect("UTF-8")
}

fn unescape(s: &str) -> String {
    s.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn the_report_states_the_verdict_and_leaves_the_strangers_words_out() {
    let case = seed_case(300);
    let s = &case.session.report.summary;
    assert!(s.records_foreign > 0, "the seed case has foreign records");
    for lang in Lang::ALL {
        let page = unescape(&html(&case, &Options::new(lang)));
        let verdict = if lang == Lang::De {
            &s.verdict_de
        } else {
            &s.verdict
        };
        assert!(page.contains(verdict.as_str()), "{lang}: the verdict");
        let foreign = auskunft_words::format_count(s.records_foreign, lang);
        assert!(
            page.contains(&format!("<b>{foreign}</b>")),
            "{lang}: the count"
        );
        let leaked: Vec<_> = case
            .stranger_words
            .iter()
            .filter(|w| page.contains(w.as_str()))
            .collect();
        assert!(
            leaked.is_empty(),
            "{lang}: the stranger's words leaked: {leaked:?}"
        );
        // Self-contained: nothing that loads from elsewhere.
        for reference in ["src=", "href=", "url(", "@import", "<script"] {
            assert!(!page.contains(reference), "{lang}: {reference} in the page");
        }
        // Every archive's SHA-256 is there to check.
        for input in &case.session.report.inputs {
            assert!(page.contains(input.sha256.as_deref().expect("hashed")));
        }
        // Charts are drawn.
        assert!(page.matches("<svg").count() >= 3, "{lang}: charts");
    }
    let german = unescape(&html(&case, &Options::new(Lang::De)));
    assert!(german.contains("Wie der Export geprüft wurde"));
    // Why files were not read, and the export-wide notes, in German too.
    assert!(
        german.contains("Ordnereintrag; Ordner enthalten selbst keine Daten"),
        "the reasons in German"
    );
    assert!(!german.contains("folder entry"), "no English reason");
    for note in &case.session.report.notes {
        assert!(german.contains(&note.message_words.render(Lang::De)));
        assert!(!german.contains(&note.message), "{}", note.message);
    }
}

#[test]
fn asked_for_the_strangers_words_appear_behind_a_warning() {
    let case = seed_case(300);
    let options = Options {
        include_foreign_text: true,
        ..Options::new(Lang::En)
    };
    let page = unescape(&html(&case, &options));
    assert!(page.contains("another person's private words"));
    assert!(
        case.stranger_words
            .iter()
            .any(|w| page.contains(w.as_str())),
        "excerpts of the stranger's words are in"
    );
}

#[test]
fn the_pdf_is_typeset_without_a_browser() {
    let case = seed_case(200);
    let provenance = Provenance::now(Some(&case.session.inventory)).expect("provenance");
    let pdf = render(
        &case.session.report,
        &provenance,
        &Options::new(Lang::De),
        Format::Pdf,
    )
    .expect("typesets");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        pdf.len() > 20_000,
        "fonts and charts are embedded: {} bytes",
        pdf.len()
    );
}
