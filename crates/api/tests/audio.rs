//! The player's Rust side without a sound card: recordings decoded to exact lengths and
//! waveforms, bad bytes refused with a sentence, a record's recording read back from its archive
//! (and refused when the archive changed), audit progress and cancellation.
#![allow(clippy::unwrap_used)]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use auskunft_api::{
    audio_clip, decode, AudioFormat, AuditProgress, AuditRequest, AuditStep, ErrorCode,
    ProgressEvents, Session, Silent, PEAK_BUCKETS,
};

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../formats/tests/fixtures/generic.audio"
);

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURES).join(name)).unwrap()
}

/// A 16-bit PCM WAV whose samples are `sample(frame, channel)` in -1..1.
fn wav(rate: u32, channels: u16, frames: usize, sample: impl Fn(usize, u16) -> f32) -> Vec<u8> {
    let spec = hound::WavSpec {
        channels,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut out = Cursor::new(Vec::new());
    let mut w = hound::WavWriter::new(&mut out, spec).unwrap();
    for f in 0..frames {
        for c in 0..channels {
            w.write_sample((sample(f, c) * 32767.0).round() as i16)
                .unwrap();
        }
    }
    w.finalize().unwrap();
    out.into_inner()
}

fn sine(frame: usize, rate: u32, hz: f32, amplitude: f32) -> f32 {
    amplitude * (std::f32::consts::TAU * hz * frame as f32 / rate as f32).sin()
}

#[test]
fn a_wav_has_its_exact_length_and_a_thousand_peaks() {
    // 1.5 s at 16 kHz: 24,000 frames, 24 per bucket.
    let clip = audio_clip(&wav(16_000, 1, 24_000, |f, _| sine(f, 16_000, 440.0, 0.5))).unwrap();
    assert_eq!(clip.format, AudioFormat::Wav);
    assert_eq!(clip.seconds, 1.5);
    assert_eq!(clip.sample_rate, 16_000);
    assert_eq!(clip.channels, 1);
    assert_eq!(clip.peaks.len(), PEAK_BUCKETS);
    // Every 24-frame slice of a 440 Hz sine reaches within 5 % of its amplitude.
    for (i, p) in clip.peaks.iter().enumerate() {
        assert!((0.475..=0.5001).contains(p), "peak {i} is {p}");
    }
}

#[test]
fn a_silent_clip_has_only_zero_peaks() {
    let clip = audio_clip(&wav(8_000, 1, 8_000, |_, _| 0.0)).unwrap();
    assert_eq!(clip.seconds, 1.0);
    assert_eq!(clip.peaks.len(), PEAK_BUCKETS);
    assert!(clip.peaks.iter().all(|&p| p == 0.0), "{:?}", clip.peaks);
}

#[test]
fn peaks_follow_the_sound_over_time_and_over_channels() {
    // Stereo, 2 s at 24 kHz; left silent throughout; right silent for the first half, then loud.
    let frames = 48_000;
    let bytes = wav(24_000, 2, frames, |f, c| {
        if c == 1 && f >= frames / 2 {
            sine(f, 24_000, 300.0, 0.8)
        } else {
            0.0
        }
    });
    let clip = audio_clip(&bytes).unwrap();
    assert_eq!((clip.seconds, clip.channels), (2.0, 2));
    assert_eq!(clip.peaks.len(), PEAK_BUCKETS);
    assert!(clip.peaks[..500].iter().all(|&p| p == 0.0));
    assert!(clip.peaks[500..].iter().all(|&p| p > 0.7 && p <= 0.8001));
    // The decoded samples are interleaved and as written.
    let decoded = decode(&bytes).unwrap();
    assert_eq!(decoded.samples.len(), frames * 2);
    assert_eq!(decoded.frames(), frames);
}

#[test]
fn a_clip_shorter_than_the_buckets_has_one_peak_per_frame() {
    let clip = audio_clip(&wav(8_000, 1, 10, |f, _| f as f32 / 10.0)).unwrap();
    assert_eq!(clip.peaks.len(), 10);
    assert!((clip.peaks[9] - 0.9).abs() < 1e-4);
}

/// The fixtures' lengths as `soxi` reports them (see the fixtures' README), to the frame.
#[test]
fn the_compressed_fixtures_decode_to_their_exact_lengths() {
    for (name, format, frames) in [
        ("hello.flac", AudioFormat::Flac, 15_448),
        ("hello.ogg", AudioFormat::Ogg, 15_448),
        ("hello.mp3", AudioFormat::Mp3, 16_704),
        ("hello-alaw.wav", AudioFormat::Wav, 15_448),
    ] {
        let decoded = decode(&fixture(name)).unwrap();
        assert_eq!(decoded.format, format, "{name}");
        assert_eq!(
            (decoded.sample_rate, decoded.channels),
            (16_000, 1),
            "{name}"
        );
        assert_eq!(decoded.frames(), frames, "{name}");
        let clip = decoded.clip();
        assert_eq!(clip.seconds, frames as f64 / 16_000.0, "{name}");
        assert_eq!(clip.peaks.len(), PEAK_BUCKETS, "{name}");
        // Speech: loud somewhere, silent somewhere, never beyond full scale.
        let loudest = clip.peaks.iter().copied().fold(0.0, f32::max);
        let quietest = clip.peaks.iter().copied().fold(1.0, f32::min);
        assert!(loudest > 0.2 && loudest <= 1.0, "{name}: {loudest}");
        assert!(quietest < 0.05, "{name}: {quietest}");
    }
}

#[test]
fn corrupt_bytes_are_an_audio_error_not_a_panic() {
    let hello = fixture("hello.flac");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", vec![]),
        ("json", br#"{"not": "a recording"}"#.to_vec()),
        ("header only", b"RIFF\x24\x00\x00\x00WAVEfmt ".to_vec()),
        ("flac magic, garbage after", {
            let mut v = hello[..4].to_vec();
            v.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
            v
        }),
    ];
    for (what, bytes) in cases {
        let err = audio_clip(&bytes).unwrap_err();
        assert_eq!(err.code, ErrorCode::Audio, "{what}");
        assert!(
            err.message.starts_with("The recording cannot be decoded: ")
                && err.message.ends_with('.'),
            "{what}: {}",
            err.message
        );
    }
    assert_eq!(
        audio_clip(br#"{"not": "a recording"}"#)
            .unwrap_err()
            .message,
        "The recording cannot be decoded: it is not a recording but JSON data."
    );
    assert_eq!(
        audio_clip(b"").unwrap_err().message,
        "The recording cannot be decoded: it is empty (0 bytes)."
    );
    // Every cut of a real file either decodes to less or fails with a sentence.
    let full = decode(&hello).unwrap().frames();
    for cut in (0..hello.len()).step_by(997) {
        match decode(&hello[..cut]) {
            Ok(d) => assert!(d.frames() <= full),
            Err(e) => assert_eq!(e.code, ErrorCode::Audio),
        }
    }
}

/// Writes a TAR of `(name, bytes)` files.
fn tar_file(path: &Path, files: &[(&str, &[u8])]) {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, bytes) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, name, *bytes).unwrap();
    }
    std::fs::write(path, builder.into_inner().unwrap()).unwrap();
}

fn session(paths: &[PathBuf], data_dir: &Path) -> Session {
    Session::audit(
        AuditRequest {
            inputs: paths.to_vec(),
            inventory: None,
            data_dir: data_dir.to_path_buf(),
        },
        &mut Silent,
    )
    .unwrap()
}

#[test]
fn a_records_recording_is_read_from_the_archive_and_checked_against_the_audit() {
    let dir = tempfile::tempdir().unwrap();
    let recording = wav(16_000, 1, 8_000, |f, _| sine(f, 16_000, 220.0, 0.3));
    let other = wav(16_000, 1, 4_000, |f, _| sine(f, 16_000, 330.0, 0.3));
    let archive = dir.path().join("export.tar");
    tar_file(
        &archive,
        &[
            ("export/readme.txt", b"An export.\n"),
            ("export/Audio/2019-03-01T10_00_00Z.wav", &recording),
            ("export/Audio/2019-03-01T11_00_00Z.wav", &other),
        ],
    );
    let s = session(std::slice::from_ref(&archive), dir.path());
    let id_of = |path: &str| {
        s.report
            .records
            .iter()
            .find(|r| r.audio.as_ref().is_some_and(|a| a.path == path))
            .map(|r| r.id.clone())
            .unwrap()
    };
    let first = id_of("export/Audio/2019-03-01T10_00_00Z.wav");
    let second = id_of("export/Audio/2019-03-01T11_00_00Z.wav");
    assert_eq!(s.audio(&first).unwrap(), recording);
    assert_eq!(s.audio(&second).unwrap(), other);
    let clip = s.audio_clip(&first).unwrap();
    assert_eq!((clip.seconds, clip.peaks.len()), (0.5, PEAK_BUCKETS));

    let err = s.audio("r999").unwrap_err();
    assert_eq!(
        (err.code, err.message.as_str()),
        (ErrorCode::Usage, "The open export has no record r999.")
    );

    // The archive is replaced by one whose recording differs: refused, not played.
    let changed = wav(16_000, 1, 8_000, |f, _| sine(f, 16_000, 500.0, 0.3));
    tar_file(
        &archive,
        &[
            ("export/readme.txt", b"An export.\n"),
            ("export/Audio/2019-03-01T10_00_00Z.wav", &changed),
        ],
    );
    let err = s.audio(&first).unwrap_err();
    assert_eq!(err.code, ErrorCode::Audio);
    assert!(
        err.message.contains("is not the one that was audited"),
        "{}",
        err.message
    );
    let err = s.audio(&second).unwrap_err();
    assert_eq!(err.code, ErrorCode::Audio);
    assert_eq!(
        err.message,
        format!(
            "The recording of record {second} cannot be read: \"export/Audio/2019-03-01T11_00_00Z.wav\" is not in {}.",
            archive.display()
        )
    );
}

#[test]
fn a_record_without_a_recording_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("export.tar");
    let csv = "Date/Time (UTC),Device Name,Device Serial,Device Type ID,Customer Transcript,Alexa Response,Utterance ID\n\
               5/26/19 8:46:51 PM PDT,Living Room Echo,G090U509902302GD,A7WXQPH584YP,play some jazz,Here's a station for jazz.,\
               A7WXQPH584YP:1.0/2019/05/27/03/G090U509902302GD/46:51::TNIH_2V.6b4cb242-4a23-d596-2217-beaddbc496cbLPM\n";
    tar_file(&archive, &[("Alexa/Voice History.csv", csv.as_bytes())]);
    let s = session(std::slice::from_ref(&archive), dir.path());
    let record = s
        .report
        .records
        .iter()
        .find(|r| r.audio.is_none())
        .unwrap_or_else(|| panic!("no record without audio in {:#?}", s.report.records));
    let err = s.audio(&record.id).unwrap_err();
    assert_eq!(err.code, ErrorCode::Usage);
    assert_eq!(
        err.message,
        format!("Record {} has no recording in the export.", record.id)
    );
}

#[test]
fn progress_is_thinned_out_and_cancelling_ends_the_audit_with_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("many.tar");
    let names: Vec<String> = (0..250).map(|i| format!("notes/{i:03}.txt")).collect();
    let files: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"note\n"[..])).collect();
    tar_file(&archive, &files);
    let req = || AuditRequest {
        inputs: vec![archive.clone()],
        inventory: None,
        data_dir: dir.path().to_path_buf(),
    };

    let seen = Arc::new(Mutex::new(Vec::<AuditProgress>::new()));
    let sink = seen.clone();
    let mut events = ProgressEvents::new(Arc::new(AtomicBool::new(false)), move |p| {
        sink.lock().unwrap().push(p)
    });
    let s = Session::audit(req(), &mut events).unwrap();
    assert_eq!(s.report.members.len(), 250);
    let counts: Vec<(usize, AuditStep)> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|p| (p.members, p.step))
        .collect();
    assert_eq!(
        counts,
        [
            (0, AuditStep::Opening),
            (1, AuditStep::Reading),
            (101, AuditStep::Reading),
            (201, AuditStep::Reading),
            (250, AuditStep::Joining),
            (250, AuditStep::Judging),
        ]
    );

    // Cancel from the event handler once 101 members are read.
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();
    let mut events = ProgressEvents::new(cancel.clone(), move |p: AuditProgress| {
        if p.members >= 101 {
            flag.store(true, Ordering::Relaxed);
        }
    });
    let err = Session::audit(req(), &mut events).unwrap_err();
    assert_eq!(err.code, ErrorCode::Cancelled);
    assert_eq!(
        err.message,
        "Reading the export was cancelled; nothing of it was kept."
    );
    assert!(cancel.load(Ordering::Relaxed));
}

#[test]
fn progress_counts_the_records_found_and_names_the_steps_after_reading() {
    let dir = tempfile::tempdir().unwrap();
    let files = auskunft_api::write_demo(
        auskunft_api::Scenario::SeedCase,
        1,
        None,
        &dir.path().join("seed.zip"),
    )
    .unwrap();
    let seen = Arc::new(Mutex::new(Vec::<AuditProgress>::new()));
    let sink = seen.clone();
    let mut events = ProgressEvents::new(Arc::new(AtomicBool::new(false)), move |p| {
        sink.lock().unwrap().push(p)
    });
    let s = Session::audit(
        AuditRequest {
            inputs: vec![files.archive.clone()],
            inventory: Some(files.inventory.clone()),
            data_dir: dir.path().join("data"),
        },
        &mut events,
    )
    .unwrap();
    let seen = seen.lock().unwrap();
    // The seed case has a recording per file: the count grows as files are read and only
    // grows; judging carries the exact number of records.
    assert!(seen
        .windows(2)
        .all(|w| w[0].members <= w[1].members && w[0].records <= w[1].records));
    let members = s.report.members.len();
    let records = s.report.records.len();
    let joining = seen[seen.len() - 2];
    let judging = seen[seen.len() - 1];
    assert_eq!(
        (joining.step, joining.members),
        (AuditStep::Joining, members)
    );
    assert_eq!(
        (judging.step, judging.members, judging.records),
        (AuditStep::Judging, members, records)
    );
    // The estimate at the end of reading is close: recordings read apart from their entries
    // are counted once.
    assert!(
        joining.records * 10 >= records * 9 && joining.records <= records,
        "{} of {records}",
        joining.records
    );
    let reading: Vec<usize> = seen
        .iter()
        .filter(|p| p.step == AuditStep::Reading)
        .map(|p| p.records)
        .collect();
    assert!(reading.len() > 10, "{reading:?}");
    assert!(reading.iter().any(|&n| n > 0 && n < records), "{reading:?}");
}
