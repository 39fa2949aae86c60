//! Every hostile and broken archive case of issue 2: each must end with a clear status, every
//! entry accounted for, no panic, no hang, nothing written.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::PathBuf;

use auskunft_archive::{walk, Limits, ListOnly, Walk};
use auskunft_model::{InputStatus, Lang, MemberKind, MemberStatus, Message};
use sha2::{Digest, Sha256};
use support::{gzip, tar, tar_entry, zip, zip_with_prefix, E};

fn run_with(files: &[(&str, Vec<u8>)], limits: &Limits) -> (Walk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = files
        .iter()
        .map(|(name, bytes)| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        })
        .collect();
    let w = walk(&paths, limits, &mut ListOnly);
    // The walk never writes next to the archives.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), files.len());
    said_in_every_language(&w);
    (w, dir)
}

/// Every reason and every message about an archive is a catalogue message (issue 13), the
/// English sentence beside it rendered from it: no damaged archive reaches a German reader in
/// English.
fn said_in_every_language(w: &Walk) {
    let sentences = w
        .inputs
        .iter()
        .map(|i| (&i.message, i.message_words.as_ref()))
        .chain(
            w.members
                .iter()
                .map(|m| (&m.reason, m.reason_words.as_ref())),
        );
    for (english, words) in sentences {
        let Some(english) = english else { continue };
        let words = words.unwrap_or_else(|| panic!("{english:?} has no words"));
        assert_eq!(&words.en(), english);
        assert_eq!(words.uncatalogued(), None, "{english:?}");
    }
}

#[test]
fn the_language_check_finds_uncatalogued_text() {
    let nested = Message::new("member-damaged-archive").arg("detail", Message::text("broken"));
    assert!(nested.uncatalogued().is_some());
    assert!(Message::new("member-no-such-reason")
        .uncatalogued()
        .is_some());
    let fine = Message::new("member-damaged-archive")
        .arg("detail", Message::new("input-message-gzip-cut-off"));
    assert_eq!(fine.uncatalogued(), None);
}

fn run(name: &str, bytes: Vec<u8>) -> Walk {
    run_with(&[(name, bytes)], &Limits::default()).0
}

fn member<'a>(w: &'a Walk, path: &str) -> &'a auskunft_model::Member {
    w.members
        .iter()
        .find(|m| m.path == path)
        .unwrap_or_else(|| panic!("no member {path} in {:#?}", w.members))
}

fn sha(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn wav(seconds: usize) -> Vec<u8> {
    let n = 16000 * seconds * 2;
    let mut v = b"RIFF".to_vec();
    v.extend_from_slice(&((36 + n) as u32).to_le_bytes());
    v.extend_from_slice(b"WAVEfmt ");
    v.extend_from_slice(&[
        16, 0, 0, 0, 1, 0, 1, 0, 0x80, 0x3e, 0, 0, 0, 0x7d, 0, 0, 2, 0, 16, 0,
    ]);
    v.extend_from_slice(b"data");
    v.extend_from_slice(&(n as u32).to_le_bytes());
    let mut x = 0x2545_F491u32;
    v.extend((0..n).map(|_| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        (x >> 24) as u8
    }));
    v
}

#[test]
fn plain_archive_lists_every_entry_with_hash_and_kind() {
    let audio = wav(1);
    let w = run(
        "Alexa.zip",
        zip(&[
            E::new("Alexa/", b""),
            E::new("Alexa/a.wav", &audio),
            E::new("Alexa/notes.txt", b"hello\nworld\n").stored(),
            E::new("Alexa/page.json", br#"{"customerHistoryRecords": []}"#),
        ]),
    );
    assert_eq!(w.inputs[0].status, InputStatus::Ok);
    assert_eq!(w.members.len(), 4);
    let a = member(&w, "Alexa/a.wav");
    assert_eq!(a.kind, MemberKind::Audio);
    assert_eq!(a.sha256.as_deref(), Some(sha(&audio).as_str()));
    assert_eq!(a.bytes, audio.len() as u64);
    assert_eq!(
        member(&w, "Alexa/").reason.as_deref(),
        Some("folder entry; folders hold no data of their own")
    );
    assert_eq!(member(&w, "Alexa/page.json").kind, MemberKind::Document);
    assert!(w
        .members
        .iter()
        .all(|m| m.reason.is_some() || m.status == MemberStatus::Parsed));
}

#[test]
fn climbing_absolute_backslash_and_control_names_are_shown_safely() {
    let w = run(
        "evil.zip",
        zip(&[
            E::new("../../../../tmp/evil.sh", b"rm -rf /"),
            E::new("/etc/passwd", b"root:x:0:0"),
            E::new("C:\\Windows\\win.ini", b"[fonts]"),
            E::new("Alexa\\Audio\\x.txt", b"backslashed"),
            E::new("bell\u{7}name\u{202e}vaw.exe", b"x"),
        ]),
    );
    assert_eq!(w.members.len(), 5);
    let climb = member(&w, "tmp/evil.sh");
    assert_eq!(climb.status, MemberStatus::Skipped);
    assert!(climb.reason.as_deref().unwrap().starts_with("unsafe name"));
    assert_eq!(
        climb.original_name.as_deref(),
        Some("../../../../tmp/evil.sh")
    );
    assert!(climb.sha256.is_some(), "its bytes are still hashed");
    assert!(w
        .members
        .iter()
        .all(|m| !m.path.starts_with('/') && !m.path.contains("..")));
    assert!(w.members[..4].iter().all(|m| !m.path.contains('\\')));
    assert!(member(&w, "Windows/win.ini")
        .reason
        .as_deref()
        .unwrap()
        .starts_with("no format module"));
    member(&w, "Alexa/Audio/x.txt");
    let ctl = member(&w, "bell\\u{7}name\\u{202e}vaw.exe");
    assert!(!ctl.path.chars().any(|c| c.is_control()));
}

#[test]
fn symlink_members_are_skipped_not_followed() {
    let mut link = E::new("link-to-secrets", b"/etc/shadow").stored();
    link.unix_mode = Some(0o120777);
    let w = run("links.zip", zip(&[link]));
    let m = member(&w, "link-to-secrets");
    assert_eq!(m.status, MemberStatus::Skipped);
    assert_eq!(
        m.reason.as_deref(),
        Some("symbolic link to \"/etc/shadow\"; links are not followed")
    );
}

#[test]
fn encrypted_members_are_skipped_without_a_hash() {
    let w = run(
        "secret.zip",
        zip(&[
            E::new("secret.wav", &wav(1)).flags(0x801),
            E::new("open.txt", b"plain"),
        ]),
    );
    let m = member(&w, "secret.wav");
    assert_eq!(m.status, MemberStatus::Skipped);
    assert!(m.reason.as_deref().unwrap().starts_with("encrypted"));
    assert_eq!(m.sha256, None);
    assert!(member(&w, "open.txt").sha256.is_some());
}

#[test]
fn duplicate_names_are_both_listed_and_the_later_one_skipped() {
    let w = run(
        "dup.zip",
        zip(&[E::new("a.txt", b"first"), E::new("a.txt", b"second")]),
    );
    assert_eq!(w.members.len(), 2);
    assert_eq!(w.members[0].status, MemberStatus::Skipped);
    assert!(w.members[0]
        .reason
        .as_deref()
        .unwrap()
        .starts_with("no format module"));
    assert!(w.members[1]
        .reason
        .as_deref()
        .unwrap()
        .starts_with("duplicate name"));
    assert_eq!(
        w.members[1].sha256.as_deref(),
        Some(sha(b"second").as_str())
    );
}

#[test]
fn cp437_names_without_utf8_flag_decode() {
    let w = run(
        "cp437.zip",
        zip(&[E::raw(b"Sprachaufnahmen/K\x81che \x84\x94\x94.txt", b"x").flags(0)]),
    );
    member(&w, "Sprachaufnahmen/Küche äöö.txt");
}

#[test]
fn zip64_entries_are_read() {
    let mut e = E::new("big.txt", b"zip64 sized entry");
    e.zip64 = true;
    let w = run("z64.zip", zip(&[e, E::new("small.txt", b"x")]));
    let m = member(&w, "big.txt");
    assert_eq!(
        m.sha256.as_deref(),
        Some(sha(b"zip64 sized entry").as_str())
    );
    assert_eq!(w.inputs[0].status, InputStatus::Ok);
}

#[test]
fn empty_files_empty_archives_and_non_archives_get_input_statuses() {
    let (w, _d) = run_with(
        &[
            ("empty.zip", vec![]),
            ("nothing.zip", zip(&[])),
            ("report.pdf", b"%PDF-1.4\n%...".to_vec()),
            (
                "random.bin",
                (0..5000u32)
                    .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                    .collect(),
            ),
        ],
        &Limits::default(),
    );
    assert_eq!(w.inputs[0].status, InputStatus::Empty);
    assert!(w.inputs[0].message.as_deref().unwrap().contains("empty"));
    assert_eq!(w.inputs[1].status, InputStatus::Ok);
    assert_eq!(w.inputs[2].status, InputStatus::NotAnArchive);
    assert!(
        w.inputs[2]
            .message
            .as_deref()
            .unwrap()
            .contains("PDF document"),
        "{:?}",
        w.inputs[2].message
    );
    assert_eq!(w.inputs[3].status, InputStatus::NotAnArchive);
    assert!(w.members.is_empty());
    assert!(w.inputs.iter().skip(1).all(|i| i.sha256.is_some()));
}

#[test]
fn truncated_download_recovers_members_before_the_cut() {
    let files: Vec<E> = (0..6)
        .map(|i| E::new(&format!("Audio/{i}.wav"), &wav(1)))
        .collect();
    let full = zip(&files);
    // Cut in the middle of the fifth member's data.
    let fifth = full
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"PK\x03\x04")
        .map(|(i, _)| i)
        .nth(4)
        .unwrap();
    let cut = full[..fifth + 1000].to_vec();
    let w = run("Alexa.zip", cut.clone());
    let input = &w.inputs[0];
    assert_eq!(input.status, InputStatus::Truncated);
    let t = input.truncation.as_ref().unwrap();
    assert_eq!(t.members_recovered, 4);
    assert_eq!(t.at_byte, cut.len() as u64);
    assert_eq!(t.incomplete_member.as_deref(), Some("Audio/4.wav"));
    assert!(t.missing_bytes_of_incomplete_member.unwrap() > 0);
    assert_eq!(w.members.len(), 5);
    assert!(w.members[..4].iter().all(|m| m.sha256.is_some()));
    assert_eq!(w.members[4].status, MemberStatus::Failed);
    assert!(
        w.members[4]
            .reason
            .as_deref()
            .unwrap()
            .starts_with("cut off"),
        "{:?}",
        w.members[4].reason
    );
    assert!(input
        .message
        .as_deref()
        .unwrap()
        .contains("4 files were recovered"));
}

#[test]
fn truncated_download_with_data_descriptors_recovers_too() {
    let files: Vec<E> = (0..4)
        .map(|i| {
            let mut e = E::new(
                &format!("{i}.txt"),
                format!("line {i}\n").repeat(2000).as_bytes(),
            );
            e.descriptor = true;
            e
        })
        .collect();
    let full = zip(&files);
    let cd = full.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    let w = run("cut.zip", full[..cd - 30].to_vec());
    assert_eq!(w.inputs[0].status, InputStatus::Truncated);
    assert_eq!(w.members.len(), 4);
    assert_eq!(w.members.iter().filter(|m| m.sha256.is_some()).count(), 3);
}

#[test]
fn crc_mismatch_and_unsupported_method_are_reported() {
    let mut bad = E::new("bad.txt", b"some data here");
    bad.crc = Some(12345);
    let mut bz = E::new("old.bz2member", b"whatever").stored();
    bz.method = Some(12);
    let w = run("mixed.zip", zip(&[bad, bz]));
    assert_eq!(member(&w, "bad.txt").status, MemberStatus::Failed);
    assert!(member(&w, "bad.txt")
        .reason
        .as_deref()
        .unwrap()
        .starts_with("CRC mismatch"));
    assert!(member(&w, "old.bz2member")
        .reason
        .as_deref()
        .unwrap()
        .contains("bzip2"));
}

#[test]
fn decompression_bombs_stop_at_the_limits() {
    let zeros = vec![0u8; 40 << 20];
    let limits = Limits {
        max_member_bytes: 8 << 20,
        ..Limits::default()
    };
    let (w, _d) = run_with(
        &[(
            "bomb.zip",
            zip(&[
                E::new("zeros.bin", &zeros),
                E::new("after.txt", b"still read"),
            ]),
        )],
        &limits,
    );
    let m = member(&w, "zeros.bin");
    assert_eq!(m.status, MemberStatus::Skipped);
    assert!(
        m.reason
            .as_deref()
            .unwrap()
            .starts_with("size limit: declares"),
        "{:?}",
        m.reason
    );
    assert!(member(&w, "after.txt").sha256.is_some());

    // A header that lies about the size is caught while reading.
    let mut liar = E::new("liar.bin", &zeros);
    liar.declared = Some(100);
    liar.crc = Some(0);
    let w = run("liar.zip", zip(&[liar]));
    let m = member(&w, "liar.bin");
    assert!(
        m.reason
            .as_deref()
            .unwrap()
            .contains("more data than its header declares"),
        "{:?}",
        m.reason
    );
    assert_eq!(m.status, MemberStatus::Failed);
    assert_eq!(m.sha256, None);

    // The expansion ratio bound.
    let limits = Limits {
        max_ratio: 50,
        ..Limits::default()
    };
    let (w, _d) = run_with(
        &[("ratio.zip", zip(&[E::new("zeros.bin", &zeros)]))],
        &limits,
    );
    assert!(member(&w, "zeros.bin")
        .reason
        .as_deref()
        .unwrap()
        .contains("decompression bomb"));

    // The export-wide budget.
    let limits = Limits {
        min_total_bytes: 16 << 20,
        total_bytes_per_input_byte: 1,
        ..Limits::default()
    };
    let many: Vec<E> = (0..4)
        .map(|i| E::new(&format!("z{i}.bin"), &zeros[..10 << 20]))
        .collect();
    let (w, _d) = run_with(&[("total.zip", zip(&many))], &limits);
    assert_eq!(w.members.len(), 4);
    assert!(w.members[1]
        .reason
        .as_deref()
        .unwrap()
        .contains("export as a whole"));
    assert!(w.members[3]
        .reason
        .as_deref()
        .unwrap()
        .starts_with("size limit"));
}

#[test]
fn overlapping_entries_bomb_reads_the_kernel_once() {
    let kernel = E::new("k0", &vec![b'a'; 1 << 20]);
    let mut entries = vec![kernel];
    for i in 1..200 {
        let mut e = E::new(&format!("k{i}"), &vec![b'a'; 1 << 20]);
        e.same_offset_as = Some(0);
        entries.push(e);
    }
    let w = run("overlap.zip", zip(&entries));
    assert_eq!(w.members.len(), 200);
    let overlapping = w
        .members
        .iter()
        .filter(|m| m.reason.as_deref().is_some_and(|r| r.contains("overlaps")))
        .count();
    assert!(overlapping >= 198, "{overlapping}");
}

#[test]
fn nesting_is_followed_to_the_depth_bound() {
    let mut inner = zip(&[E::new("deep.txt", b"bottom")]);
    for level in 0..6 {
        inner = zip(&[
            E::new(&format!("level{level}.zip"), &inner),
            E::new(&format!("f{level}.txt"), b"x"),
        ]);
    }
    let w = run("nested.zip", inner);
    let deepest_opened = w
        .members
        .iter()
        .filter(|m| m.kind == MemberKind::Archive && m.status == MemberStatus::Parsed)
        .count();
    assert_eq!(deepest_opened, 4);
    let too_deep = w
        .members
        .iter()
        .find(|m| {
            m.reason
                .as_deref()
                .is_some_and(|r| r.starts_with("nested too deep"))
        })
        .unwrap();
    assert!(too_deep.sha256.is_some());
    // Parents point at earlier archive members; containers name them.
    for m in w.members.iter().filter(|m| m.parent.is_some()) {
        let p = &w.members[m.parent.unwrap()];
        assert_eq!(p.kind, MemberKind::Archive);
        assert_eq!(m.container.as_deref(), Some(p.path.as_str()));
    }
}

#[test]
fn large_nested_zip_is_streamed_not_buffered() {
    let inner = zip(&[
        E::new("a.txt", b"alpha"),
        E::new("b.txt", &vec![b'b'; 300_000]),
    ]);
    let limits = Limits {
        nested_in_memory_bytes: 1000,
        ..Limits::default()
    };
    let (w, _d) = run_with(
        &[("outer.zip", zip(&[E::new("inner.zip", &inner)]))],
        &limits,
    );
    assert_eq!(member(&w, "inner.zip").status, MemberStatus::Parsed);
    assert_eq!(
        member(&w, "b.txt").sha256.as_deref(),
        Some(sha(&vec![b'b'; 300_000]).as_str())
    );
    assert_eq!(member(&w, "a.txt").container.as_deref(), Some("inner.zip"));
}

#[test]
fn self_extractor_prefix_is_tolerated() {
    let w = run(
        "sfx.zip",
        zip_with_prefix(&vec![0x4d; 3000], &[E::new("x.txt", b"payload")]),
    );
    assert_eq!(w.inputs[0].status, InputStatus::Ok);
    assert_eq!(
        member(&w, "x.txt").sha256.as_deref(),
        Some(sha(b"payload").as_str())
    );
}

#[test]
fn tar_and_tar_gz_inputs_with_links_and_nested_zip() {
    let nested = zip(&[E::new("in-zip.txt", b"hi")]);
    let t = tar(&[
        tar_entry("dir/", b'5', b"", ""),
        tar_entry("dir/a.txt", b'0', b"alpha", ""),
        tar_entry("dir/link", b'2', b"", "/etc/passwd"),
        tar_entry("dir/hard", b'1', b"", "dir/a.txt"),
        tar_entry("dir/inner.zip", b'0', &nested, ""),
    ]);
    let (w, _d) = run_with(
        &[("export.tar", t.clone()), ("export.tar.gz", gzip(&t))],
        &Limits::default(),
    );
    for input in 0..2 {
        let ms: Vec<_> = w.members.iter().filter(|m| m.input == input).collect();
        assert_eq!(ms.len(), 6, "{ms:#?}");
        assert!(ms.iter().any(|m| m.reason.as_deref()
            == Some("symbolic link to \"/etc/passwd\"; links are not followed")));
        assert!(ms.iter().any(|m| m
            .reason
            .as_deref()
            .is_some_and(|r| r.starts_with("hard link"))));
        assert!(ms.iter().any(|m| m.reason_words.as_ref().is_some_and(
            |r| r.render(Lang::De) == "Harter Verweis; solche Einträge enthalten keine Daten"
        )));
        assert!(ms
            .iter()
            .any(|m| m.path == "in-zip.txt" && m.container.as_deref() == Some("dir/inner.zip")));
    }
    assert!(w.inputs.iter().all(|i| i.status == InputStatus::Ok));
}

#[test]
fn truncated_tar_gz_is_reported() {
    let t = tar(&[
        tar_entry("a.txt", b'0', &vec![b'a'; 5000], ""),
        tar_entry("b.txt", b'0', &vec![b'q'; 50_000], ""),
    ]);
    let gz = gzip(&t);
    let cut = gz[..gz.len() * 2 / 3].to_vec();
    let w = run("cut.tar.gz", cut.clone());
    assert_eq!(
        w.inputs[0].status,
        InputStatus::Truncated,
        "{:?}",
        w.inputs[0].message
    );
    assert_eq!(
        w.inputs[0].truncation.as_ref().unwrap().at_byte,
        cut.len() as u64
    );
    assert!(!w.members.is_empty());
    let german = w.inputs[0].message_words.as_ref().unwrap().render(Lang::De);
    assert!(
        german.starts_with("Das TAR-Archiv ist in Datei 2 abgeschnitten; 1 Datei davor wurde"),
        "{german}"
    );
}

#[test]
fn single_gzip_file_is_one_member() {
    let w = run("MyActivity.json.gz", gzip(br#"[{"header": "Assistant"}]"#));
    assert_eq!(w.members.len(), 1);
    assert_eq!(w.members[0].path, "MyActivity.json");
    assert_eq!(w.members[0].kind, MemberKind::Document);
}

#[test]
fn missing_takeout_parts_are_noted() {
    let part = zip(&[E::new("Takeout/x.txt", b"x")]);
    let (w, _d) = run_with(
        &[
            ("takeout-20180101T000000Z-001.zip", part.clone()),
            ("takeout-20180101T000000Z-003.zip", part),
        ],
        &Limits::default(),
    );
    assert_eq!(w.notes.len(), 1);
    assert_eq!(w.notes[0].code, "missing_part");
    // The same path in two parts is not a duplicate: parts are separate inputs.
    assert!(w
        .members
        .iter()
        .all(|m| !m.reason.as_deref().unwrap_or("").starts_with("duplicate")));
}

#[test]
fn member_limit_is_noted_not_silent() {
    let many: Vec<E> = (0..50).map(|i| E::new(&format!("{i}.txt"), b"x")).collect();
    let limits = Limits {
        max_members: 10,
        ..Limits::default()
    };
    let (w, _d) = run_with(&[("many.zip", zip(&many))], &limits);
    assert_eq!(w.members.len(), 10);
    assert!(w.notes.iter().any(|n| n.code == "member_limit"));
}

#[test]
fn garbage_and_mangled_archives_never_panic() {
    let base = zip(&[
        E::new("a/b.wav", &wav(1)),
        E::new("c.txt", b"text"),
        E::new("d.zip", &zip(&[E::new("e", b"f")])),
    ]);
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for round in 0..300 {
        let mut bytes = base.clone();
        for _ in 0..(1 + round % 8) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let at = (state % bytes.len() as u64) as usize;
            bytes[at] = (state >> 32) as u8;
        }
        if round % 5 == 0 {
            bytes.truncate((state % bytes.len() as u64) as usize);
        }
        let w = auskunft_archive::fuzz_one(&bytes);
        for m in &w.members {
            assert!(m.status == MemberStatus::Parsed || m.reason.is_some());
        }
    }
}
