//! The import's joins and merges, one behaviour each.

use super::*;

#[test]
fn audio_keys_ignore_how_ids_were_made_file_names() {
    let id = "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM";
    let file = "A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090LF1181720W3T_54_31__TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM.wav";
    assert_eq!(audio_key(id), audio_key(file));
    assert_eq!(audio_key(id), "stream:dfe4db2a55f04edc925562e913978656");
    assert_ne!(
        audio_key(id),
        audio_key("A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090LF1181720W3T_54_32.wav")
    );
    assert_eq!(
        audio_key("2018-05-03_07-12-45_UTC.wav"),
        "20180503071245utc"
    );
}

#[test]
fn audio_keys_of_every_spelling_of_one_stream_agree() {
    let bare = "A32DOYMUN6DTXA:1.0/2019/07/07/16/G090U509902302GD/22:36::TNIH_2V.5b87bbd1-ee72-4242-815d-b96d3d143601LPM";
    let key = audio_key(bare);
    for other in [
        // Item suffixes, as in voiceHistoryRecordItems and description.firstUtteranceId.
        format!("{bare}/0"),
        format!("{bare}/1"),
        // firstStreamId of the same activity, with spaces around it.
        format!("  {bare} "),
        // A card's audio URL.
        format!("/api/utterance/audio/data?id={bare}/2"),
        // WAV names with `/`, `:` and `.` replaced, upper- or lower-case.
        format!("{}.wav", bare.replace(['/', ':'], "_")),
        format!("{}.wav", bare.replace(['/', ':', '.'], "_")),
        format!("{}.WAV", bare.replace(['/', ':', '.'], "-").to_lowercase()),
        format!(
            "Voice History/Audio/{}_0.wav",
            bare.replace(['/', ':'], "_")
        ),
    ] {
        assert_eq!(audio_key(&other), key, "{other}");
    }
    // Another stream of the same device and second is another recording.
    assert_ne!(
        audio_key("A32DOYMUN6DTXA:1.0/2019/07/07/16/G090U509902302GD/22:36::TNIH_2V.5b87bbd1-ee72-4242-815d-b96d3d143602LPM"),
        key
    );
    // Names without a stream id keep the normalised key, extension dropped.
    assert_eq!(audio_key("1562516558403.wav"), "1562516558403");
    assert_eq!(audio_key("Audio_Clip-12.MP3"), "audioclip12");
}

fn record(path: &str) -> Record {
    Record {
        id: String::new(),
        time: None,
        zone: None,
        device: None,
        account: None,
        transcript: Some("alexa stop".into()),
        response: None,
        language: None,
        placeholder: false,
        audio: None,
        audio_match: None,
        source: SourceRef {
            input: 0,
            path: path.into(),
            locator: "$[0]".into(),
        },
        ..Record::default()
    }
}

#[test]
fn transcript_lines_join_recordings_by_time_under_the_inferred_offset() {
    use chrono::NaiveDate;
    let local = |h, m, sec| {
        NaiveDate::from_ymd_opt(2018, 5, 3)
            .and_then(|d| d.and_hms_opt(h, m, sec))
            .expect("valid")
    };
    let mut import = Import::new();
    // Recordings named in UTC; the document says CEST (+02:00) without saying so.
    for (i, (h, m, sec)) in [(7, 12, 44), (7, 12, 55), (9, 0, 0), (15, 30, 0)]
        .into_iter()
        .enumerate()
    {
        let t = local(h, m, sec).and_utc();
        let audio = AudioRef {
            input: 0,
            path: format!("Audio/{i}.wav"),
            seconds: Some(2.0),
        };
        import.audio(audio, Some(t), &[audio_key(&format!("{i}.wav"))]);
    }
    let line = |h, m, sec, device: &str, text: &str, row| crate::TranscriptLine {
        written: local(h, m, sec),
        offset: None,
        device: Some(device.into()),
        text: text.into(),
        response: None,
        source: SourceRef {
            input: 0,
            path: "Alexa/Sprachverlauf.pdf".into(),
            locator: format!("page 1, row {row}"),
        },
    };
    // Shuffled, as the 2018 PDF was; two requests 11 s apart on one device.
    import.transcript_line(line(11, 0, 0, "Echo Bad", "alexa stopp", 1));
    import.transcript_line(line(9, 12, 55, "Echo Küche", "und morgen", 2));
    import.transcript_line(line(
        9,
        12,
        45,
        "Echo Küche",
        "wie wird das wetter in regensburg",
        3,
    ));
    import.transcript_line(line(20, 0, 0, "Echo Bad", "Text nicht verfügbar", 4));
    let Finished {
        devices,
        records,
        notes,
        ..
    } = import.finish();
    assert_eq!(
        records.len(),
        5,
        "4 lines and the recording no line matched"
    );
    let by_row = |row: &str| {
        records
            .iter()
            .find(|r| r.source.locator.ends_with(row))
            .expect("record")
    };
    assert_eq!(
        by_row("row 3").audio.as_ref().map(|a| a.path.as_str()),
        Some("Audio/0.wav")
    );
    assert_eq!(
        by_row("row 3")
            .audio_match
            .as_ref()
            .map(|m| m.seconds_apart),
        Some(Some(1.0))
    );
    assert_eq!(
        by_row("row 2").audio.as_ref().map(|a| a.path.as_str()),
        Some("Audio/1.wav")
    );
    assert_eq!(
        by_row("row 1").audio.as_ref().map(|a| a.path.as_str()),
        Some("Audio/2.wav")
    );
    assert_eq!(
        by_row("row 3").time,
        DateTime::from_timestamp(local(7, 12, 45).and_utc().timestamp(), 0)
    );
    assert_eq!(by_row("row 3").zone.as_deref(), Some("+02:00 (inferred)"));
    assert!(by_row("row 4").audio.is_none() && by_row("row 4").placeholder);
    assert_eq!(
        records
            .iter()
            .filter(|r| r.source.locator == "the recording itself")
            .count(),
        1
    );
    assert_eq!(
        devices
            .iter()
            .map(|d| (d.name.as_deref().unwrap_or(""), d.records))
            .collect::<Vec<_>>(),
        [("Echo Bad", 2), ("Echo Küche", 2)]
    );
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].message.contains("shifted by +02:00") && notes[0].message.contains("3 of 4 lines"),
        "{}",
        notes[0].message
    );
}

#[test]
fn devices_are_tallied_from_their_records() {
    let mut import = Import::new();
    let id = import.device(Device {
        id: String::new(),
        name: Some("Echo Dot".into()),
        device_type: None,
        model: None,
        serial: Some("G090".into()),
        ..Device::default()
    });
    for secs in [30, 10, 20] {
        let time = DateTime::from_timestamp(1_525_000_000 + secs, 0);
        import.record(Record {
            device: Some(id.clone()),
            time,
            ..record("page.json")
        });
    }
    import.record(record("page.json"));
    let Finished {
        devices,
        records: _,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(devices[0].records, 3);
    assert_eq!(devices[0].first, DateTime::from_timestamp(1_525_000_010, 0));
    assert_eq!(devices[0].last, DateTime::from_timestamp(1_525_000_030, 0));
}

#[test]
fn joins_by_key_and_keeps_unclaimed_audio_as_records() {
    let mut import = Import::new();
    let a = AudioRef {
        input: 0,
        path: "Audio/x_1.wav".into(),
        seconds: Some(1.5),
    };
    let b = AudioRef {
        input: 1,
        path: "Audio/other.wav".into(),
        seconds: None,
    };
    import.audio(a.clone(), None, &[audio_key("x_1.wav")]);
    import.audio(b.clone(), None, &[audio_key("other.wav")]);
    import.record_wanting_audio(record("page.json"), audio_key("x:1"));
    import.record_wanting_audio(record("page.json"), audio_key("missing"));
    let Finished {
        devices: _,
        records,
        warnings: _,
        ..
    } = import.finish();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0].audio.as_ref(), Some(&a));
    assert_eq!(records[1].audio, None);
    assert_eq!(records[2].audio.as_ref(), Some(&b));
    assert_eq!(records[2].source.path, "Audio/other.wav");
    assert_eq!(
        records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["r1", "r2", "r3"]
    );
}

/// A record of account A1 on device `d1` at `ms`.
fn heard(ms: i64, text: &str) -> Record {
    Record {
        time: DateTime::from_timestamp_millis(ms),
        vendor: Some("amazon".into()),
        account: Some("A1".into()),
        device: Some("d1".into()),
        transcript: Some(text.into()),
        ..record("page.json")
    }
}

#[test]
fn repeats_of_an_interaction_merge_and_the_estimate_counts_them_once() {
    let mut import = Import::new();
    let stream = |n: u8| audio_key(&format!("TNIH_2V.{:032x}LPM/0", n));
    import.record_wanting_audio(heard(1_562_516_558_403, "first"), stream(1));
    import.record_wanting_audio(heard(1_562_516_558_403, "first again"), stream(1));
    // The same millisecond but another recording: another interaction.
    import.record_wanting_audio(heard(1_562_516_558_403, "other"), stream(2));
    // Whole seconds merge only when they ask for the same recording.
    import.record(heard(1_562_516_560_000, "csv row"));
    import.record(heard(1_562_516_560_000, "another csv row"));
    import.record_wanting_audio(heard(1_562_516_570_000, "keyed"), stream(3));
    import.record_wanting_audio(heard(1_562_516_570_000, "keyed again"), stream(3));
    assert_eq!(import.records_so_far(), 5);
    let texts: Vec<String> = import
        .finish()
        .records
        .into_iter()
        .filter_map(|r| r.transcript)
        .collect();
    assert_eq!(
        texts,
        ["first", "other", "csv row", "another csv row", "keyed"]
    );
}

#[test]
fn transcript_lines_in_one_second_stay_two_records() {
    use chrono::NaiveDate;
    let written = NaiveDate::from_ymd_opt(2018, 5, 3)
        .and_then(|d| d.and_hms_opt(9, 12, 45))
        .expect("valid");
    let mut import = Import::new();
    for text in ["alexa", "wie spät ist es"] {
        import.transcript_line(crate::TranscriptLine {
            written,
            offset: Some(chrono::FixedOffset::east_opt(7200).expect("offset")),
            device: Some("Echo Küche".into()),
            text: text.into(),
            response: None,
            source: SourceRef {
                input: 0,
                path: "Sprachverlauf.pdf".into(),
                locator: "page 1".into(),
            },
        });
    }
    assert_eq!(import.finish().records.len(), 2);
}

#[test]
fn a_record_whose_key_found_nothing_takes_the_nearest_free_recording_by_time() {
    let mut import = Import::new();
    let at = |ms| DateTime::from_timestamp_millis(ms);
    for (name, ms) in [("a.wav", 1_562_516_558_403), ("b.wav", 1_562_516_560_000)] {
        let audio = AudioRef {
            input: 0,
            path: name.into(),
            seconds: None,
        };
        import.audio(audio, at(ms), &[audio_key(name)]);
    }
    // b.wav is claimed by name; the other record finds no key and is 1.4 s from b, 0.2 s from a.
    import.record_wanting_audio(heard(1_562_516_559_000, "named"), audio_key("b.wav"));
    import.record_wanting_audio(heard(1_562_516_558_600, "timed"), audio_key("gone.wav"));
    // A record that never asked for a recording is not given one.
    import.record(Record {
        account: Some("A2".into()),
        ..heard(1_562_516_558_403, "no key")
    });
    let records = import.finish().records;
    assert_eq!(records.len(), 3);
    let m = records[1].audio_match.as_ref().expect("joined by time");
    assert_eq!(
        records[1].audio.as_ref().map(|a| a.path.as_str()),
        Some("a.wav")
    );
    assert_eq!((m.by.as_str(), m.seconds_apart), ("time", Some(0.197)));
    assert_eq!(records[2].audio, None);
}

#[test]
fn time_joins_keep_to_the_device_a_recording_names() {
    let mut import = Import::new();
    let device = |serial: &str| Device {
        serial: Some(serial.into()),
        ..Device::default()
    };
    let kitchen = import.device(device("G090AAAAAAAAAAAA"));
    let bath = import.device(device("G090BBBBBBBBBBBB"));
    let at = |ms| DateTime::from_timestamp_millis(ms);
    // Each recording is nearer the other device's record.
    for (path, ms) in [
        (
            "Audio/G090BBBBBBBBBBBB/1562516558000.wav",
            1_562_516_558_000,
        ),
        (
            "Audio/g090aaaaaaaaaaaa/1562516559000.wav",
            1_562_516_559_000,
        ),
    ] {
        let audio = AudioRef {
            input: 0,
            path: path.into(),
            seconds: None,
        };
        import.audio(audio, at(ms), &[audio_key(path)]);
    }
    for (device, ms) in [(&kitchen, 1_562_516_558_100), (&bath, 1_562_516_558_900)] {
        import.record_wanting_audio(
            Record {
                device: Some(device.clone()),
                ..heard(ms, "alexa")
            },
            audio_key("missing.wav"),
        );
    }
    let records = import.finish().records;
    assert_eq!(records.len(), 2);
    let path = |i: usize| records[i].audio.as_ref().map(|a| a.path.as_str());
    assert_eq!(path(0), Some("Audio/g090aaaaaaaaaaaa/1562516559000.wav"));
    assert_eq!(path(1), Some("Audio/G090BBBBBBBBBBBB/1562516558000.wav"));
}
