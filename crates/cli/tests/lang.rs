//! The CLI speaks the reader's language (issue 13): `LANG=de_DE.UTF-8 auskunft audit` prints no
//! English sentence, `LANG=C` prints English, `LC_ALL` wins over `LANG`.

use std::process::Command;

/// Common English function words; a line holding one as a whole word reads as English.
const ENGLISH: &[&str] = &[
    "the", "your", "yours", "of", "is", "are", "not", "and", "with", "from", "this", "that",
    "none", "which", "were", "has", "have", "there", "these", "it", "its", "could", "cannot", "or",
    "on", "at", "for", "you", "unclear", "records", "devices", "device",
];

/// The lines of `text` that read as English once `allowed` (names, paths, commands) is removed.
fn english_lines(text: &str, allowed: &[&str]) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let mut rest = line.to_string();
            for a in allowed {
                rest = rest.replace(a, " ");
            }
            rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_checker_catches_an_english_sentence() {
    assert!(english_lines("Dieser Export enthält 1.700 Sprachaufnahmen.", &[]).is_empty());
    assert_eq!(
        english_lines("all 50 of its records are not yours", &[]).len(),
        1
    );
    assert!(english_lines(
        "„Echo in the Kitchen“ ist keines Ihrer Geräte",
        &["Echo in the Kitchen"]
    )
    .is_empty());
}

fn audit(archive: &std::path::Path, data: &std::path::Path, vars: &[(&str, &str)]) -> String {
    run(&["audit"], archive, data, vars)
}

fn run(
    args: &[&str],
    archive: &std::path::Path,
    data: &std::path::Path,
    vars: &[(&str, &str)],
) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_auskunft"));
    cmd.args(args).arg(archive).env("AUSKUNFT_DATA_DIR", data);
    cmd.env_remove("LC_ALL").env_remove("LANG");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("auskunft runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn audit_text_follows_lang() {
    let dir = std::env::temp_dir().join(format!("auskunft-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let archive = dir.join("two.zip");
    let status = Command::new(env!("CARGO_BIN_EXE_auskunft"))
        .args(["demo", "--scenario", "two-households", "--records", "40"])
        .arg(&archive)
        .env("AUSKUNFT_DATA_DIR", &dir)
        .status()
        .expect("demo runs");
    assert!(status.success());
    let json = Command::new(env!("CARGO_BIN_EXE_auskunft"))
        .args(["audit", "--json"])
        .arg(&archive)
        .env("AUSKUNFT_DATA_DIR", &dir)
        .output()
        .expect("audit runs");
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let mut allowed: Vec<String> = vec![archive.display().to_string()];
    for d in report["devices"].as_array().into_iter().flatten() {
        for k in ["name", "model", "serial", "account"] {
            allowed.extend(d[k].as_str().map(str::to_owned));
        }
    }
    for m in report["members"].as_array().into_iter().flatten() {
        allowed.extend(m["path"].as_str().map(str::to_owned));
    }
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    // Commands to type stay as they are.
    let german = audit(&archive, &dir, &[("LANG", "de_DE.UTF-8")]);
    let lines: Vec<&str> = german
        .lines()
        .filter(|l| !l.contains("auskunft inventory"))
        .collect();
    let refs: Vec<&str> = allowed.iter().map(String::as_str).collect();
    let bad = english_lines(&lines.join("\n"), &refs);
    assert!(
        bad.is_empty(),
        "English in the German output:\n{}\n\n{german}",
        bad.join("\n")
    );
    assert!(german.contains("Dieser Export enthält"), "{german}");
    // Search: the households' own words (snippets, answers) may be in any language.
    for r in report["records"].as_array().into_iter().flatten() {
        for k in ["transcript", "response"] {
            allowed.extend(r[k].as_str().map(str::to_owned));
        }
    }
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let refs: Vec<&str> = allowed.iter().map(String::as_str).collect();
    let search = run(
        &["search", "--query", "licht"],
        &archive,
        &dir,
        &[("LANG", "de_DE.UTF-8")],
    );
    assert!(
        search.contains("passen zu") || search.contains("passt zu"),
        "{search}"
    );
    // The indented lines are a hit's snippet and answer: the household's own words.
    let ours: Vec<&str> = search.lines().filter(|l| !l.starts_with("  ")).collect();
    let bad = english_lines(&ours.join("\n"), &refs);
    assert!(
        bad.is_empty(),
        "English in German search output:\n{}\n\n{search}",
        bad.join("\n")
    );
    // What the export suggests for the inventory; the commands to type stay as they are.
    let candidates = run(
        &["inventory", "candidates"],
        &archive,
        &dir,
        &[("LANG", "de_DE.UTF-8")],
    );
    assert!(candidates.contains("stammen von ihm"), "{candidates}");
    let ours: Vec<&str> = candidates
        .lines()
        .filter(|l| !l.contains("auskunft inventory"))
        .collect();
    let bad = english_lines(&ours.join("\n"), &refs);
    assert!(
        bad.is_empty(),
        "English in German candidates:\n{}\n\n{candidates}",
        bad.join("\n")
    );
    let english = audit(&archive, &dir, &[("LANG", "C")]);
    assert!(english.starts_with("This export holds"), "{english}");
    let wins = audit(&archive, &dir, &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")]);
    assert!(wins.starts_with("This export holds"), "LC_ALL wins: {wins}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Warnings about single rows and why a file failed are said in the reader's language, rows
/// and all ("Zeile 4"); the German text holds no English sentence.
#[test]
fn warnings_and_reasons_follow_lang() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("auskunft-lang-warn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../formats/tests/fixtures");
    let devices = "Takeout/Access Log Activity/Devices - A list of devices (i.e. Nest, Pixel, \
                   iPhone, Galaxy, etc) which have accessed your Google Account.csv";
    let files = [
        (devices, "google.devices_csv/devices-malformed.csv"),
        (
            "Alexa/voice-history-malformed.json",
            "amazon.voice_history/voice-history-malformed.json",
        ),
    ];
    let archive = dir.join("malformed.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&archive).expect("archive"));
    for (path, fixture) in files {
        zip.start_file(path, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(&std::fs::read(fixtures.join(fixture)).expect("fixture"))
            .expect("written");
    }
    zip.finish().expect("zip");

    let english = audit(&archive, &dir, &[("LANG", "C")]);
    assert!(english.contains("Read, with warnings:"), "{english}");
    assert!(
        english.contains("line 3: 3 cells where the header has 5; the missing cells are empty …"),
        "{english}"
    );
    assert!(english.contains("invalid JSON at line "), "{english}");

    let german = audit(&archive, &dir, &[("LANG", "de_DE.UTF-8")]);
    assert!(german.contains("Gelesen, mit Warnungen:"), "{german}");
    assert!(
        german.contains(
            "Zeile 3: 3 Zellen, die Kopfzeile hat 5; die fehlenden Zellen bleiben leer …"
        ),
        "{german}"
    );
    assert!(german.contains("Ungültiges JSON in Zeile "), "{german}");
    // Names and paths stay as they are; serde_json's own words after "Ungültiges JSON …:" too.
    let allowed = [
        devices,
        "Alexa/voice-history-malformed.json",
        "EOF while parsing",
    ];
    let mut allowed: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
    allowed.push(archive.display().to_string());
    let refs: Vec<&str> = allowed.iter().map(String::as_str).collect();
    let lines: Vec<&str> = german
        .lines()
        .filter(|l| !l.contains("auskunft inventory"))
        .collect();
    let bad = english_lines(&lines.join("\n"), &refs);
    assert!(
        bad.is_empty(),
        "English in the German output:\n{}\n\n{german}",
        bad.join("\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `auskunft` in German (`LANG=de_DE.UTF-8`) with the data folder `data`; (exit code,
/// stdout, stderr).
fn german(args: &[&str], data: &std::path::Path) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_auskunft"))
        .args(args)
        .env("AUSKUNFT_DATA_DIR", data)
        .env_remove("LC_ALL")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .expect("auskunft runs");
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

/// Errors are said in the reader's language too (issue 13): a command line clap refuses (named
/// argument, then how the command is called; exit 2), a query that cannot be run, an archive that
/// is not there. What stays as it is: the argument and commands as typed, paths, the system's
/// own words about a missing file are said in the reader's words too.
#[test]
fn errors_follow_lang() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let missing = dir.path().join("fehlt.zip");
    let missing = missing.to_str().expect("UTF-8 path");
    // What the system said, in the reader's words (Message::io), not the system's English.
    let system = "die Datei oder der Ordner existiert nicht";
    let no_english = |what: &str, text: &str, allowed: &[&str]| {
        let bad = english_lines(text, allowed);
        assert!(
            bad.is_empty(),
            "English in German {what}:\n{}\n\n{text}",
            bad.join("\n")
        );
    };

    // clap's usage errors: an unknown argument, a missing one, a value a parser refuses.
    let (code, out, err) = german(&["inventory", "add", "--bogus"], &data);
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty(), "{out}");
    assert_eq!(
        err,
        "auskunft: --bogus ist kein Argument von auskunft inventory add.\n\n\
         Aufruf: auskunft inventory add [OPTIONS] <COMMAND>\n\
         Mehr dazu: auskunft inventory add --help\n"
    );
    let (code, _, err) = german(&["audit"], &data);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.starts_with("auskunft: Das Argument <ARCHIVE>... fehlt.\n"),
        "{err}"
    );
    no_english("usage error", &err, &[]);
    let (code, _, err) = german(
        &["transcripts", "--format", "doc", "--out", "x", missing],
        &data,
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.starts_with(
            "auskunft: „doc“ ist kein Wert für --format <FORMAT>; möglich sind csv, srt, vtt.\n"
        ),
        "{err}"
    );
    no_english("usage error", &err, &[]);

    // A query that cannot be run is refused before any archive is read.
    let (code, _, err) = german(&["search", "--query", "\"wetter", missing], &data);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(
        err,
        "auskunft: Das Anführungszeichen an Zeichen 1 wird nie geschlossen; beenden Sie die \
         Wendung mit einem weiteren \".\n"
    );
    let (code, _, err) = german(&["search", "--query", "colour:red", missing], &data);
    assert_eq!(code, Some(2), "{err}");
    no_english("query error", &err, &["device:, fit:, lang:, after:"]);

    // An archive that is not there: the audit says so, search and the commands that write say
    // that nothing was read or written (exit 1).
    let (code, out, err) = german(&["audit", missing], &data);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        out.starts_with("Keine der angegebenen Dateien ließ sich als Archiv lesen."),
        "{out}"
    );
    assert!(out.contains(system), "{out}");
    no_english("audit of a missing archive", &out, &[missing]);
    let (code, out, err) = german(&["search", "--query", "wetter", missing], &data);
    assert_eq!(code, Some(1), "{err}");
    no_english(
        "search of a missing archive",
        &(out + &err),
        &[missing, system],
    );
    assert!(
        err.contains("Keine der angegebenen Dateien ließ sich als Archiv lesen."),
        "{err}"
    );
    let report = dir.path().join("bericht.html");
    let report = report.to_str().expect("UTF-8 path");
    let (code, _, err) = german(&["report", "--out", report, missing], &data);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(
        err,
        format!(
            "auskunft: Keine der Dateien {missing} ließ sich als Archiv lesen; es wurde nichts \
             geschrieben.\n"
        )
    );
    let (code, _, err) = german(&["verify", missing, missing], &data);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.starts_with(&format!("auskunft: {missing}: ")), "{err}");
    assert!(err.contains(system), "{err}");
    no_english("verify of a missing manifest", &err, &[missing]);
}

/// `--help` and `auskunft help COMMAND` speak the reader's language (issue 13): every command's
/// help in German holds no English sentence (the commands, options and the values they take are
/// what one types, and stay), and in English it reads as before.
#[test]
fn help_follows_lang() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    // What one types: commands, value names and the values the options take.
    let typed = [
        "<COMMAND>",
        "[OPTIONS]",
        "<FILE>",
        "<ARCHIVE>",
        "<RECORDS>",
        "  device ",
        "device:d2",
        "fit:foreign",
        "--device",
        "device, account, person oder place",
        "inventory add device",
        "owns-voice-devices",
        "mine",
        "foreign",
        "unknown",
        "company",
        "authority",
        "seed-case",
        "two-households",
    ];
    let commands: &[&[&str]] = &[
        &[],
        &["audit"],
        &["demo"],
        &["inventory"],
        &["inventory", "show"],
        &["inventory", "candidates"],
        &["inventory", "add"],
        &["inventory", "add", "device"],
        &["inventory", "add", "account"],
        &["inventory", "add", "person"],
        &["inventory", "add", "place"],
        &["inventory", "owns-voice-devices"],
        &["inventory", "remove"],
        &["search"],
        &["report"],
        &["letter"],
        &["manifest"],
        &["verify"],
        &["set-aside"],
        &["transcripts"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let (code, out, err) = german(&args, &data);
        assert_eq!(code, Some(0), "{command:?}: {err}");
        assert!(out.contains("Aufruf: auskunft"), "{command:?}:\n{out}");
        let bad = english_lines(&out, &typed);
        assert!(
            bad.is_empty(),
            "English in the German help of {command:?}:\n{}\n\n{out}",
            bad.join("\n")
        );
        let mut asked = vec!["help"];
        asked.extend_from_slice(command);
        let (code, same, _) = german(&asked, &data);
        assert_eq!(code, Some(0), "help {command:?}");
        assert_eq!(same, out, "help {command:?}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_auskunft"))
        .args(["audit", "--help"])
        .env("AUSKUNFT_DATA_DIR", &data)
        .env_remove("LC_ALL")
        .env("LANG", "C")
        .output()
        .expect("auskunft runs");
    let english = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        english.contains("Usage: auskunft audit [OPTIONS] <ARCHIVE>...")
            && english.contains("Print the audit report as JSON"),
        "{english}"
    );
}
