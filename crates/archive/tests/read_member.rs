//! `read_member`: one member's bytes on demand, from plain, nested, TAR and gzip archives, with
//! the same limits and statuses as the audit's walk, and a clear error for everything else.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::PathBuf;

use auskunft_archive::{read_member, read_member_at_most, Limits, ReadError};
use auskunft_model::Lang;
use support::{gzip, tar, tar_entry, zip, E};

/// Writes the files into a fresh folder; returns their paths (and the folder, kept alive).
fn files(files: &[(&str, Vec<u8>)]) -> (Vec<PathBuf>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let paths = files
        .iter()
        .map(|(name, bytes)| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        })
        .collect();
    (paths, dir)
}

/// Bytes that are different for every `seed`, so a wrong member can never pass for the right one.
fn payload(seed: u32, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect()
}

fn read(paths: &[PathBuf], input: usize, path: &str) -> Result<Vec<u8>, ReadError> {
    read_member(paths, input, path, &Limits::default())
}

#[test]
fn a_member_of_a_plain_zip_is_read_exactly() {
    let wanted = payload(1, 40_000);
    let (paths, _dir) = files(&[(
        "Alexa.zip",
        zip(&[
            E::new("Alexa/", b""),
            E::new("Alexa/notes.txt", b"hello\n").stored(),
            E::new("Alexa/Audio/a.wav", &wanted),
            E::new("Alexa/Audio/b.wav", &payload(2, 40_000)),
        ]),
    )]);
    assert_eq!(read(&paths, 0, "Alexa/Audio/a.wav").unwrap(), wanted);
    assert_eq!(read(&paths, 0, "Alexa/notes.txt").unwrap(), b"hello\n");
    assert_eq!(
        read(&paths, 0, "Alexa/Audio/b.wav").unwrap(),
        payload(2, 40_000)
    );
}

#[test]
fn the_input_index_picks_the_archive_file() {
    let (paths, _dir) = files(&[
        (
            "part-1.zip",
            zip(&[E::new("Audio/x.wav", &payload(3, 1000))]),
        ),
        (
            "part-2.zip",
            zip(&[E::new("Audio/x.wav", &payload(4, 1000))]),
        ),
    ]);
    assert_eq!(read(&paths, 0, "Audio/x.wav").unwrap(), payload(3, 1000));
    assert_eq!(read(&paths, 1, "Audio/x.wav").unwrap(), payload(4, 1000));
    let err = read(&paths, 2, "Audio/x.wav").unwrap_err();
    assert_eq!(err, ReadError::NoSuchInput { input: 2, count: 2 });
    assert_eq!(
        err.to_string(),
        "the export has 2 archive files, so there is no file number 2"
    );
}

#[test]
fn a_member_of_a_nested_zip_is_read_in_memory_and_as_a_stream() {
    let wanted = payload(5, 70_000);
    let inner = zip(&[
        E::new("Audio/first.wav", &payload(6, 500)),
        E::new("Audio/utterance.wav", &wanted),
    ]);
    let (paths, _dir) = files(&[(
        "takeout.zip",
        zip(&[
            E::new("README.txt", b"Takeout"),
            E::new("Alexa.zip", &inner).stored(),
        ]),
    )]);
    assert_eq!(read(&paths, 0, "Audio/utterance.wav").unwrap(), wanted);
    // Nested ZIPs over `nested_in_memory_bytes` are scanned by local headers instead.
    let streamed = Limits {
        nested_in_memory_bytes: 0,
        ..Limits::default()
    };
    assert_eq!(
        read_member(&paths, 0, "Audio/utterance.wav", &streamed).unwrap(),
        wanted
    );
}

#[test]
fn a_member_of_a_tar_gz_and_of_a_gzip_file_is_read() {
    let wanted = payload(7, 10_000);
    let archive = gzip(&tar(&[
        tar_entry("export/", b'5', b"", ""),
        tar_entry("export/voice/one.mp3", b'0', &payload(8, 3000), ""),
        tar_entry("export/voice/two.mp3", b'0', &wanted, ""),
    ]));
    let single = payload(9, 2048);
    let (paths, _dir) = files(&[
        ("export.tar.gz", archive),
        ("recording.wav.gz", gzip(&single)),
    ]);
    assert_eq!(read(&paths, 0, "export/voice/two.mp3").unwrap(), wanted);
    // A gzip of one file names its member after the file, without `.gz`.
    assert_eq!(read(&paths, 1, "recording.wav").unwrap(), single);
}

#[test]
fn a_missing_member_is_named_with_its_archive() {
    let (paths, _dir) = files(&[("Alexa.zip", zip(&[E::new("Audio/a.wav", b"RIFF")]))]);
    let err = read(&paths, 0, "Audio/gone.wav").unwrap_err();
    assert!(
        matches!(&err, ReadError::NotFound { member, .. } if member == "Audio/gone.wav"),
        "{err:?}"
    );
    let shown = paths[0].display().to_string();
    assert_eq!(
        err.to_string(),
        format!("\"Audio/gone.wav\" is not in {shown}")
    );
}

#[test]
fn duplicate_names_resolve_to_the_first_entry_which_the_audit_imported() {
    let first = payload(10, 900);
    let (paths, _dir) = files(&[(
        "dup.zip",
        zip(&[
            E::new("Audio/a.wav", &first),
            E::new("Audio/a.wav", &payload(11, 900)),
        ]),
    )]);
    assert_eq!(read(&paths, 0, "Audio/a.wav").unwrap(), first);
}

#[test]
fn the_same_path_in_two_nested_archives_resolves_to_the_first_in_walk_order() {
    let first = payload(12, 600);
    let (paths, _dir) = files(&[(
        "outer.zip",
        zip(&[
            E::new("one.zip", &zip(&[E::new("Audio/a.wav", &first)])),
            E::new("two.zip", &zip(&[E::new("Audio/a.wav", &payload(13, 600))])),
        ]),
    )]);
    assert_eq!(read(&paths, 0, "Audio/a.wav").unwrap(), first);
}

#[test]
fn a_member_over_the_bound_is_too_large() {
    let (paths, _dir) = files(&[(
        "big.zip",
        zip(&[E::new("Audio/long.wav", &payload(14, 5000))]),
    )]);
    let err =
        read_member_at_most(&paths, 0, "Audio/long.wav", &Limits::default(), 4999).unwrap_err();
    assert!(
        matches!(err, ReadError::TooLarge { limit: 4999, .. }),
        "{err:?}"
    );
    assert!(err
        .to_string()
        .ends_with("is larger than the 4999 bytes that are read at once"));
    // Exactly at the bound is fine.
    let bytes = read_member_at_most(&paths, 0, "Audio/long.wav", &Limits::default(), 5000).unwrap();
    assert_eq!(bytes.len(), 5000);
}

#[test]
fn limits_apply_as_in_the_audit() {
    let (paths, _dir) = files(&[("a.zip", zip(&[E::new("Audio/a.wav", &payload(15, 5000))]))]);
    let small = Limits {
        max_member_bytes: 4096,
        ..Limits::default()
    };
    let err = read_member(&paths, 0, "Audio/a.wav", &small).unwrap_err();
    match &err {
        ReadError::Unreadable { reason, .. } => assert_eq!(
            reason,
            "size limit: declares 5,000 bytes, more than the 4,096 allowed for one file"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn damaged_and_encrypted_members_are_unreadable_with_the_reports_reason() {
    let corrupt = E {
        crc: Some(0xDEAD_BEEF),
        ..E::new("Audio/corrupt.wav", &payload(16, 800))
    };
    let (paths, _dir) = files(&[(
        "damaged.zip",
        zip(&[
            corrupt,
            E::new("Audio/locked.wav", &payload(17, 800)).flags(0x801),
        ]),
    )]);
    let reason = |path| match read(&paths, 0, path).unwrap_err() {
        ReadError::Unreadable { reason, member, .. } => {
            assert_eq!(member, path);
            reason
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(
        reason("Audio/corrupt.wav"),
        "CRC mismatch: the data does not match its checksum, so it is corrupt"
    );
    assert!(reason("Audio/locked.wav").starts_with("encrypted:"));
    // The reader's language names the member and gives the report's reason in its words.
    let words = read(&paths, 0, "Audio/corrupt.wav").unwrap_err().words();
    assert!(
        words
            .render(Lang::De)
            .starts_with("„Audio/corrupt.wav“ in ")
            && words
                .render(Lang::De)
                .contains("lässt sich nicht lesen: Prüfsummenfehler"),
        "{}",
        words.render(Lang::De)
    );
}

#[test]
fn an_input_that_is_not_an_archive_or_is_gone_says_so() {
    let (mut paths, dir) = files(&[("notes.txt", b"just some text\n".to_vec())]);
    let err = read(&paths, 0, "a.wav").unwrap_err();
    let shown = paths[0].display().to_string();
    match &err {
        ReadError::InputUnreadable { message, .. } => assert_eq!(
            message,
            &format!("{shown} is not a ZIP, TAR or gzip archive; it looks like a text")
        ),
        other => panic!("{other:?}"),
    }
    // In the reader's language too, as a clause (no full stop) for the caller's sentence.
    assert_eq!(
        err.words().render(Lang::De),
        format!("{shown} ist kein ZIP-, TAR- oder gzip-Archiv; dem Inhalt nach: Text")
    );
    paths.push(dir.path().join("moved-away.zip"));
    let err = read(&paths, 1, "a.wav").unwrap_err();
    assert!(
        matches!(&err, ReadError::InputUnreadable { message, .. } if message.contains("moved-away.zip cannot be opened")),
        "{err:?}"
    );
}

#[test]
fn a_member_before_the_cut_of_a_truncated_zip_is_read() {
    let wanted = payload(18, 3000);
    let mut bytes = zip(&[
        E::new("Audio/a.wav", &wanted),
        E::new("Audio/b.wav", &payload(19, 3000)),
    ]);
    // Cut inside the second member's data: the table of contents is gone.
    let second = bytes
        .windows(4)
        .skip(4)
        .position(|w| w == b"PK\x03\x04")
        .unwrap()
        + 4;
    bytes.truncate(second + 30 + "Audio/b.wav".len() + 100);
    let (paths, _dir) = files(&[("cut.zip", bytes)]);
    assert_eq!(read(&paths, 0, "Audio/a.wav").unwrap(), wanted);
    match read(&paths, 0, "Audio/b.wav").unwrap_err() {
        ReadError::Unreadable { reason, .. } => {
            assert!(reason.starts_with("cut off"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
}
