//! `generic.audio` through the `Format` trait: recordings recognised by content, measured, and
//! turned into audio-only records with the time their names state.

use std::io::{Cursor, Read};
use std::path::Path;

use auskunft_archive::probe::sniff;
use auskunft_archive::Outcome;
use auskunft_formats::generic::{time_from_name, AUDIO, MAX_IN_MEMORY};
use auskunft_formats::{Candidate, Format, Import, Imported};
use auskunft_model::{AudioRef, MemberKind, Message, Record};

/// Offers `bytes` as member `member` at `path`, the way the walker would.
fn offer(import: &mut Import, member: usize, path: &str, bytes: &[u8]) -> Option<Imported> {
    let candidate = Candidate {
        input: 0,
        member,
        path,
        content: sniff(bytes),
        head: &bytes[..bytes.len().min(4096)],
    };
    if !AUDIO.recognize(&candidate) {
        return None;
    }
    Some(AUDIO.import(&candidate, &mut Cursor::new(bytes), import))
}

/// Imports one member alone and returns what came of it and the records made.
fn import_one(path: &str, bytes: &[u8]) -> (Imported, Vec<Record>, Vec<(usize, Message)>) {
    let mut import = Import::new();
    let imported = offer(&mut import, 7, path, bytes).expect("recognised as audio");
    let auskunft_formats::Finished {
        devices,
        records,
        warnings,
        ..
    } = import.finish();
    assert!(devices.is_empty());
    (imported, records, warnings)
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/generic.audio")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A mono 16-bit WAV of `samples` samples of a quiet tone at `rate` Hz.
fn wav(samples: u32, rate: u32) -> Vec<u8> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut out = Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut out, spec).expect("writer");
    for i in 0..samples {
        let s = ((f64::from(i) * 0.05).sin() * 3000.0) as i16;
        writer.write_sample(s).expect("sample");
    }
    writer.finalize().expect("finalize");
    out.into_inner()
}

fn seconds(records: &[Record]) -> Option<f64> {
    records[0].audio.as_ref().and_then(|a| a.seconds)
}

fn assert_parsed(imported: &Imported) {
    assert_eq!(
        imported,
        &Imported {
            kind: MemberKind::Audio,
            outcome: Outcome::Parsed
        }
    );
}

fn assert_near(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a measured length");
    assert!(
        (actual - expected).abs() <= 0.05,
        "length {actual} s, expected {expected} s"
    );
}

#[test]
fn a_wav_becomes_one_audio_only_record_with_its_length_and_the_time_its_name_states() {
    let path = "Alexa/Audio/2018-05-03_07-12-45_UTC.wav";
    let (imported, records, warnings) = import_one(path, &wav(16_000, 16_000));
    assert_parsed(&imported);
    assert!(warnings.is_empty());
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(
        r.audio,
        Some(AudioRef {
            input: 0,
            path: path.into(),
            seconds: Some(1.0),
        })
    );
    assert_eq!(r.time, time_from_name("2018-05-03T07:12:45Z"));
    assert!(r.time.is_some());
    assert_eq!(r.zone.as_deref(), Some("UTC"));
    assert_eq!(r.transcript, None);
    assert_eq!(r.source.path, path);
}

#[test]
fn wav_length_is_samples_per_channel_over_the_rate() {
    let (_, records, _) = import_one("x.wav", &wav(12_000, 8_000));
    assert_eq!(seconds(&records), Some(1.5));
}

#[test]
fn a_name_without_a_zone_gives_no_time() {
    let (imported, records, _) = import_one("2018-05-03_07-12-45.wav", &wav(160, 16_000));
    assert_parsed(&imported);
    assert_eq!(records[0].time, None);
    assert_eq!(records[0].zone, None);
}

#[test]
fn content_decides_not_the_extension() {
    // An MP3 named .wav is measured as the MP3 it is.
    let (imported, records, _) = import_one("20180503T071245Z-17.wav", &fixture("hello.mp3"));
    assert_parsed(&imported);
    assert_near(seconds(&records), 1.044);
    assert_eq!(records[0].time, time_from_name("2018-05-03T07:12:45Z"));
}

#[test]
fn flac_length_matches_soxi() {
    // `soxi -D hello.flac` = 0.965500 (15448 samples at 16 kHz).
    let (imported, records, _) = import_one("hello.flac", &fixture("hello.flac"));
    assert_parsed(&imported);
    assert_near(seconds(&records), 0.9655);
}

#[test]
fn ogg_vorbis_length_matches_soxi() {
    // `soxi -D hello.ogg` = 0.965500 (15448 samples at 16 kHz).
    let (imported, records, _) = import_one("hello.ogg", &fixture("hello.ogg"));
    assert_parsed(&imported);
    assert_near(seconds(&records), 0.9655);
}

#[test]
fn mp3_length_matches_soxi() {
    // `soxi -D hello.mp3` = 1.044000: 29 MPEG-2 layer III frames of 576 samples at 16 kHz.
    let path = "Takeout/My Activity/Assistant/2018-05-03_07_12_45_123_UTC.mp3";
    let (imported, records, _) = import_one(path, &fixture("hello.mp3"));
    assert_parsed(&imported);
    assert_near(seconds(&records), 1.044);
    assert_eq!(records[0].time, time_from_name("2018-05-03T07:12:45.123Z"));
}

#[test]
fn mp3_behind_an_id3v2_tag_is_measured() {
    // ID3v2.4, no flags, 300 bytes of tag body (syncsafe 0x02 0x2c). The body holds copies of
    // the file's own frame header, as cover art can by chance: read as audio, they would be
    // frames that do not exist.
    let mp3 = fixture("hello.mp3");
    let mut bytes = b"ID3\x04\x00\x00\x00\x00\x02\x2c".to_vec();
    while bytes.len() < 10 + 300 {
        bytes.extend_from_slice(&mp3[..4]);
        bytes.extend_from_slice(&[0; 68]);
    }
    bytes.truncate(10 + 300);
    bytes.extend(mp3);
    let (imported, records, _) = import_one("tagged.mp3", &bytes);
    assert_parsed(&imported);
    assert_near(seconds(&records), 1.044);
}

#[test]
fn an_a_law_wav_hound_cannot_read_is_measured_by_symphonia() {
    // `soxi -D hello-alaw.wav` = 0.965500 (15448 samples at 16 kHz, 8-bit A-law).
    let (imported, records, _) = import_one("hello-alaw.wav", &fixture("hello-alaw.wav"));
    assert_parsed(&imported);
    assert_near(seconds(&records), 0.9655);
}

#[test]
fn a_cut_wav_header_fails_with_a_reason() {
    let mut bytes = b"RIFF\x24\x00\x00\x00WAVEfmt ".to_vec();
    bytes.extend_from_slice(&[0xde, 0xad, 0xbe, 0xef, 0x13, 0x37, 0x00, 0x42, 0x99]);
    let (imported, records, _) = import_one("cut.wav", &bytes);
    assert_eq!(imported.kind, MemberKind::Audio);
    match &imported.outcome {
        Outcome::Failed(reason) => {
            assert!(reason.en().starts_with("corrupt WAV header"), "{reason}")
        }
        other => panic!("expected a failure, got {other:?}"),
    }
    assert!(records.is_empty());
}

#[test]
fn random_bytes_after_an_id3_marker_fail_without_panicking() {
    let mut state: u32 = 0x1234_5678;
    let mut bytes = b"ID3".to_vec();
    bytes.extend((0..8192).map(|_| {
        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        (state >> 24) as u8
    }));
    let (imported, records, _) = import_one("noise.mp3", &bytes);
    match &imported.outcome {
        Outcome::Failed(reason) => {
            assert!(reason.en().starts_with("unreadable MP3 audio"), "{reason}")
        }
        other => panic!("expected a failure, got {other:?}"),
    }
    assert!(records.is_empty());
}

#[test]
fn truncated_compressed_audio_never_panics() {
    for name in ["hello.mp3", "hello.ogg", "hello.flac"] {
        let bytes = fixture(name);
        for cut in [4, 40, 200, bytes.len() / 2] {
            let mut import = Import::new();
            // Whatever comes out, it comes out as a value.
            let _ = offer(&mut import, 0, name, &bytes[..cut]);
        }
    }
}

#[test]
fn recordings_over_the_memory_bound_keep_an_unknown_length_and_a_warning() {
    let mut bytes = fixture("hello.mp3");
    bytes.resize(usize::try_from(MAX_IN_MEMORY).expect("fits") + 1, 0);
    let (imported, records, warnings) = import_one("2018-05-03_07-12-45_UTC.mp3", &bytes);
    assert_parsed(&imported);
    assert_eq!(records.len(), 1);
    assert_eq!(seconds(&records), None);
    assert!(records[0].time.is_some());
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].0, 7);
    assert!(warnings[0].1.en().contains("32 MiB"), "{}", warnings[0].1);
    assert_eq!(
        warnings[0].1.render(auskunft_model::Lang::De),
        "Größer als 32 MiB; die Länge wurde nicht gemessen"
    );
}

/// Gives `good` bytes, then fails the way a damaged archive member does.
struct Damaged<'a> {
    good: &'a [u8],
}

impl Read for Damaged<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.good.is_empty() {
            return Err(std::io::Error::other("inflate: invalid distance"));
        }
        let n = buf.len().min(self.good.len());
        buf[..n].copy_from_slice(&self.good[..n]);
        self.good = &self.good[n..];
        Ok(n)
    }
}

#[test]
fn a_damaged_member_is_not_blamed_on_the_wav_header() {
    let bytes = wav(16_000, 16_000);
    let candidate = Candidate {
        input: 0,
        member: 1,
        path: "a.wav",
        content: sniff(&bytes),
        head: &bytes[..20],
    };
    let mut import = Import::new();
    let mut content = Damaged { good: &bytes[..20] };
    let imported = AUDIO.import(&candidate, &mut content, &mut import);
    assert_eq!(
        imported.outcome,
        Outcome::Failed(
            Message::new("format-audio-read-error").arg("detail", "inflate: invalid distance")
        )
    );
    let Outcome::Failed(why) = imported.outcome else {
        unreachable!()
    };
    assert_eq!(
        why.en(),
        "could not read the recording: inflate: invalid distance"
    );
    assert_eq!(
        why.render(auskunft_model::Lang::De),
        "Die Aufnahme ließ sich nicht lesen: inflate: invalid distance"
    );
}

#[test]
fn documents_are_not_recognised() {
    let mut import = Import::new();
    assert_eq!(
        offer(
            &mut import,
            0,
            "voice.wav",
            b"[{\"title\": \"Said hello\"}]"
        ),
        None
    );
    assert_eq!(
        offer(
            &mut import,
            1,
            "voice.mp3",
            b"time,device,text\n1,2,3\n4,5,6\n"
        ),
        None
    );
    let auskunft_formats::Finished {
        devices: _,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert!(records.is_empty());
}

#[test]
fn records_of_a_small_folder() {
    let mut import = Import::new();
    let members: [(&str, Vec<u8>); 5] = [
        ("Audio/2018-05-03_07-12-45_UTC.wav", wav(8_000, 16_000)),
        ("Audio/20180503T071245Z-17.wav", wav(24_000, 16_000)),
        (
            "Takeout/My Activity/Assistant/2018-05-03_07_12_45_123_UTC.mp3",
            fixture("hello.mp3"),
        ),
        ("Audio/hello.ogg", fixture("hello.ogg")),
        (
            "Audio/2018-05-03T07:12:45+02:00.flac",
            fixture("hello.flac"),
        ),
    ];
    for (member, (path, bytes)) in members.iter().enumerate() {
        let imported = offer(&mut import, member, path, bytes).expect("recognised");
        assert_parsed(&imported);
    }
    let auskunft_formats::Finished {
        devices: _,
        records,
        warnings,
        ..
    } = import.finish();
    assert!(warnings.is_empty());
    insta::assert_json_snapshot!("generic_audio_records", records);
}
