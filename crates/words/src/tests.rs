use super::*;
use std::collections::BTreeSet;

#[test]
fn every_catalogue_file_parses_and_defines_each_id_once() {
    for lang in Lang::ALL {
        let (_, problems) = build(lang);
        assert!(problems.is_empty(), "{lang}: {problems:#?}");
    }
}

#[test]
fn both_languages_have_the_same_files_and_messages() {
    let files = |lang: Lang| -> BTreeSet<&str> {
        catalogue::FILES
            .iter()
            .filter(|f| f.0 == lang.code())
            .map(|f| f.1)
            .collect()
    };
    assert_eq!(
        files(Lang::En),
        files(Lang::De),
        "every area needs a file in every language"
    );
    let (en, de): (BTreeSet<_>, BTreeSet<_>) = (
        ids(Lang::En).into_iter().collect(),
        ids(Lang::De).into_iter().collect(),
    );
    let only_en: Vec<_> = en.difference(&de).collect();
    let only_de: Vec<_> = de.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_de.is_empty(),
        "only English: {only_en:?}; only German: {only_de:?}"
    );
}

/// The `$variables` each message of `lang` uses, by id.
fn variables(lang: Lang) -> Vec<(String, BTreeSet<String>)> {
    let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
    for &(code, _, source) in catalogue::FILES {
        if code != lang.code() {
            continue;
        }
        for line in source.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if starts_message {
                if let Some((id, _)) = line.split_once('=') {
                    out.push((id.trim().to_owned(), BTreeSet::new()));
                }
            }
            if line.starts_with('#') {
                continue;
            }
            if let Some((_, vars)) = out.last_mut() {
                let mut rest = line;
                while let Some(i) = rest.find('$') {
                    rest = &rest[i + 1..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    vars.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn both_languages_use_the_same_parameters() {
    let de: std::collections::BTreeMap<_, _> = variables(Lang::De).into_iter().collect();
    let mut differ = Vec::new();
    for (id, vars) in variables(Lang::En) {
        if let Some(other) = de.get(&id) {
            if *other != vars {
                differ.push(format!("{id}: en {vars:?}, de {other:?}"));
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn numbers_are_written_the_languages_way() {
    assert_eq!(format_count(1700, Lang::En), "1,700");
    assert_eq!(format_count(1700, Lang::De), "1.700");
    assert_eq!(format_count(100_000, Lang::De), "100.000");
    assert_eq!(format_count(999, Lang::De), "999");
    assert_eq!(format_number(1234.56, 1, Lang::De), "1.234,6");
    assert_eq!(format_number(-0.04, 1, Lang::En), "0.0");
    assert_eq!(format_number(-12.5, 1, Lang::En), "-12.5");
}

#[test]
fn messages_render_with_plurals_and_localised_numbers() {
    let args = |n: usize| [("count", Arg::from(n))];
    assert_eq!(
        text(Lang::En, "words-selftest-recordings", &args(1)),
        "1 recording"
    );
    assert_eq!(
        text(Lang::En, "words-selftest-recordings", &args(1700)),
        "1,700 recordings"
    );
    assert_eq!(
        text(Lang::De, "words-selftest-recordings", &args(1)),
        "1 Aufnahme"
    );
    assert_eq!(
        text(Lang::De, "words-selftest-recordings", &args(1700)),
        "1.700 Aufnahmen"
    );
    let m = Message::new("words-selftest-recordings").arg("count", 2);
    assert_eq!(m.render(Lang::De), "2 Aufnahmen");
}

#[test]
fn a_missing_message_shows_its_id() {
    assert_eq!(text(Lang::De, "no-such-message", &[]), "no-such-message");
    assert_eq!(try_text(Lang::De, "no-such-message", &[]), None);
    assert!(!has(Lang::En, "no-such-message"));
}

#[test]
fn the_environment_picks_german_for_de_only() {
    let v = |s: &str| Some(s.to_owned());
    assert_eq!(Lang::from_vars(None, v("de_DE.UTF-8")), Lang::De);
    assert_eq!(
        Lang::from_vars(v("C"), v("de_DE.UTF-8")),
        Lang::En,
        "LC_ALL wins"
    );
    assert_eq!(
        Lang::from_vars(v(""), v("de_AT")),
        Lang::De,
        "an empty LC_ALL is unset"
    );
    assert_eq!(Lang::from_vars(None, v("fr_FR")), Lang::En);
    assert_eq!(Lang::from_vars(None, None), Lang::En);
    assert_eq!(Lang::parse("DE-ch"), Some(Lang::De));
}

#[test]
fn dates_are_written_the_languages_way() {
    assert_eq!(
        format_date("2018-05-03", Lang::En).as_deref(),
        Some("3 May 2018")
    );
    assert_eq!(
        format_date("2018-05-03T07:12:45Z", Lang::De).as_deref(),
        Some("3. Mai 2018")
    );
    assert_eq!(format_date("2018-13-03", Lang::De), None);
    assert_eq!(format_date("soon", Lang::De), None);
}

#[test]
fn messages_travel_as_json_with_their_parameters() {
    let m = Message::new("words-selftest-recordings")
        .arg("count", 1700)
        .arg("who", "Anke");
    let json = serde_json::to_string(&m).expect("serialises");
    assert_eq!(
        json,
        r#"{"id":"words-selftest-recordings","args":{"count":1700,"who":"Anke"}}"#
    );
    let back: Message = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, m);
    assert_eq!(back.render(Lang::De), "1.700 Aufnahmen");
    let bare: Message = serde_json::from_str(r#"{"id":"x"}"#).expect("args may be left out");
    assert_eq!(
        serde_json::to_string(&bare).expect("serialises"),
        r#"{"id":"x"}"#
    );
}

#[test]
fn uncatalogued_finds_text_and_unknown_ids_at_any_depth() {
    let unknown = Message::new("no-such-message-selftest");
    assert!(unknown.uncatalogued().is_some(), "an id no language has");
    let passed = Message::new("io-cut-off");
    assert_eq!(passed.uncatalogued(), None);
    let nested = Message::new("io-at")
        .arg("path", "/x")
        .arg("detail", Message::new("io-other").arg("text", "kaputt"));
    assert_eq!(nested.uncatalogued(), None, "text parameters are fine");
    let deep = Message::new("io-at")
        .arg("path", "/x")
        .arg("detail", Message::text("English passed through"));
    assert!(deep.uncatalogued().unwrap().contains("uncatalogued text"));
}
