//! `generic.audio`: any recording, recognised by its content; see the [module docs](super).

use std::io::{Cursor, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};

use auskunft_archive::{Content, Outcome};
use auskunft_model::{AudioRef, MemberKind, MemberRef, Message};
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, FormatReader, Track, TrackType};
use symphonia::core::io::{MediaSourceStream, MediaSourceStreamOptions};
use symphonia::core::meta::MetadataOptions;
use symphonia::core::units::Duration;

use super::name_time::time_from_name;
use crate::{audio_key, Candidate, Format, Import, Imported};

/// Compressed recordings up to this size are read into memory to measure them; a voice
/// command is a few kilobytes, so anything near this is not one and keeps an unknown length.
pub const MAX_IN_MEMORY: u64 = 32 * 1024 * 1024;

/// How much of a WAV file's start is kept while hound reads its header, so that a format hound
/// does not decode (a-law, ADPCM, ...) can still be handed to symphonia.
const WAV_HEADER_KEPT: usize = 64 * 1024;

/// Recordings of any kind, offered for joining under their file name.
#[derive(Debug, Clone, Copy, Default)]
pub struct Audio;

impl Format for Audio {
    fn name(&self) -> &'static str {
        "generic.audio"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        matches!(
            candidate.content,
            Content::Wav | Content::Mp3 | Content::Ogg | Content::Flac | Content::Mp4
        )
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        let measured = match candidate.content {
            Content::Wav => wav_seconds(content),
            other => compressed_seconds(other, content),
        };
        let seconds = match measured {
            Ok(Measured::Seconds(seconds)) => seconds,
            Ok(Measured::TooLarge) => {
                let member = MemberRef {
                    input: candidate.input,
                    member: candidate.member,
                    path: candidate.path.to_string(),
                };
                let message = Message::new("format-audio-not-measured")
                    .arg("mib", MAX_IN_MEMORY / (1024 * 1024));
                import.warn(&member, message);
                None
            }
            Err(reason) => {
                return Imported {
                    kind: MemberKind::Audio,
                    outcome: Outcome::Failed(reason),
                }
            }
        };
        let name = candidate.file_name();
        let audio = AudioRef {
            input: candidate.input,
            path: candidate.path.to_string(),
            seconds,
        };
        import.member_audio(
            candidate.member,
            audio,
            time_from_name(name),
            &[audio_key(name)],
        );
        Imported {
            kind: MemberKind::Audio,
            outcome: Outcome::Parsed,
        }
    }
}

/// What measuring a recording gave, short of failing.
enum Measured {
    /// Its length, when the file says or it could be counted.
    Seconds(Option<f64>),
    /// Over [`MAX_IN_MEMORY`]: not measured.
    TooLarge,
}

/// A reader that keeps a copy of the first bytes it passes on, and notes whether reading
/// itself failed (so a damaged archive is not blamed on the WAV header).
struct Keep<'a> {
    inner: &'a mut dyn Read,
    kept: Vec<u8>,
    /// More was read than kept.
    spilled: bool,
    failed: Option<String>,
}

impl Read for Keep<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf).inspect_err(|e| {
            self.failed = Some(e.to_string());
        })?;
        let room = WAV_HEADER_KEPT.saturating_sub(self.kept.len());
        self.kept.extend_from_slice(&buf[..n.min(room)]);
        self.spilled |= n > room;
        Ok(n)
    }
}

/// Reads a WAV header with hound, streaming: the samples are never read.
fn wav_seconds(content: &mut dyn Read) -> Result<Measured, Message> {
    let mut keep = Keep {
        inner: content,
        kept: Vec::new(),
        spilled: false,
        failed: None,
    };
    let unsupported = match hound::WavReader::new(&mut keep) {
        Ok(reader) => {
            let rate = reader.spec().sample_rate;
            let seconds = (rate > 0).then(|| f64::from(reader.duration()) / f64::from(rate));
            return Ok(Measured::Seconds(seconds));
        }
        Err(e) => match keep.failed.take() {
            Some(failed) => {
                return Err(Message::new("format-audio-read-error").arg("detail", failed))
            }
            None if matches!(e, hound::Error::Unsupported) => e,
            None => {
                return Err(Message::new("format-audio-wav-header").arg("detail", e.to_string()))
            }
        },
    };
    // A-law, µ-law and ADPCM recordings are valid WAV files hound does not read.
    let Keep {
        inner,
        kept,
        spilled,
        ..
    } = keep;
    if spilled {
        return Err(Message::new("format-audio-wav-long-header")
            .arg("detail", unsupported.to_string())
            .arg("kib", WAV_HEADER_KEPT / 1024));
    }
    let mut rest = Cursor::new(kept).chain(inner);
    compressed_seconds(Content::Wav, &mut rest).map_err(|why| {
        Message::new("format-audio-wav-unread")
            .arg("why", why)
            .arg("detail", unsupported.to_string())
    })
}

/// Reads a compressed recording into memory (bounded) and asks symphonia for its length.
fn compressed_seconds(content: Content, reader: &mut dyn Read) -> Result<Measured, Message> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_IN_MEMORY + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Message::new("format-audio-read-error").arg("detail", Message::io(&e)))?;
    if bytes.len() as u64 > MAX_IN_MEMORY {
        return Ok(Measured::TooLarge);
    }
    // The kind of audio as `member-content` names it: "unreadable MP3 audio: …".
    let unreadable = |id: &str| Message::new(id).arg("content", content.code());
    // Symphonia is meant not to panic on bad input; a recording is not worth a crash if it does.
    match catch_unwind(AssertUnwindSafe(|| probe_seconds(bytes))) {
        Ok(Ok(seconds)) => Ok(Measured::Seconds(seconds)),
        Ok(Err(OpenError::NoTrack)) => Err(unreadable("format-audio-no-track")),
        Ok(Err(OpenError::Unreadable(e))) => {
            Err(unreadable("format-audio-unreadable").arg("detail", e))
        }
        Err(_) => Err(unreadable("format-audio-gave-up")),
    }
}

/// Why [`open_audio`] could not open a recording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The container could not be read (symphonia's words).
    Unreadable(String),
    /// The container holds no audio track.
    NoTrack,
}

impl std::fmt::Display for OpenError {
    /// In English, for the player's own error text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Unreadable(e) => f.write_str(e),
            OpenError::NoTrack => f.write_str("no audio track"),
        }
    }
}

/// Opens a recording held in memory: drops a leading ID3v2 tag (the probe would scan it byte by
/// byte for a frame sync, and embedded cover art can hold false ones), probes the container and
/// picks its audio track (the default one, else the first). Shared with the player's decoder
/// (`auskunft-api`), so both read the same track of the same bytes.
pub fn open_audio(mut bytes: Vec<u8>) -> Result<(Box<dyn FormatReader>, Track), OpenError> {
    // Dropped rather than seeked past: the probe rewinds to the stream's start after looking
    // for trailing tags.
    bytes.drain(..id3v2_len(&bytes));
    let source = Box::new(Cursor::new(bytes));
    let mss = MediaSourceStream::new(source, MediaSourceStreamOptions::default());
    let reader = symphonia::default::get_probe()
        .probe(
            &Hint::new(),
            mss,
            FormatOptions::default(),
            MetadataOptions::default(),
        )
        .map_err(|e| OpenError::Unreadable(e.to_string()))?;
    let track = reader
        .default_track(TrackType::Audio)
        .or_else(|| reader.first_track(TrackType::Audio))
        .cloned()
        .ok_or(OpenError::NoTrack)?;
    Ok((reader, track))
}

/// The length of the first audio track: from the container's own numbers when it has them,
/// otherwise by walking its packets (no decoding; the bytes are in memory already).
fn probe_seconds(bytes: Vec<u8>) -> Result<Option<f64>, OpenError> {
    let (mut reader, track) = open_audio(bytes)?;
    if let Some(seconds) = declared_seconds(&track) {
        return Ok(Some(seconds));
    }
    Ok(counted_seconds(reader.as_mut(), &track))
}

/// What the container says: duration in time-base units, or frames at the sample rate.
fn declared_seconds(track: &Track) -> Option<f64> {
    if let (Some(base), Some(duration)) = (track.time_base, track.duration) {
        if let Some(time) = base.calc_duration(duration) {
            return Some(time.as_secs_f64());
        }
    }
    let rate = track
        .codec_params
        .as_ref()
        .and_then(|p| p.audio())
        .and_then(|a| a.sample_rate)
        .filter(|&r| r > 0)?;
    let frames = track.num_frames?;
    Some(frames as f64 / f64::from(rate))
}

/// Sums the durations of the track's packets; `None` if the stream breaks off or has no time base.
fn counted_seconds(reader: &mut dyn FormatReader, track: &Track) -> Option<f64> {
    let base = track.time_base?;
    let mut total = Duration::ZERO;
    loop {
        match reader.next_packet() {
            Ok(Some(packet)) if packet.track_id == track.id => {
                total = total.checked_add(packet.dur)?;
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => return None,
        }
    }
    Some(base.calc_duration(total)?.as_secs_f64())
}

/// Bytes taken by a leading ID3v2 tag (0 if there is none). The probe would otherwise scan the
/// tag byte by byte for a frame sync, and embedded cover art can hold false ones.
fn id3v2_len(bytes: &[u8]) -> usize {
    let Some(header) = bytes.get(..10).filter(|h| h.starts_with(b"ID3")) else {
        return 0;
    };
    let size = &header[6..10];
    if size.iter().any(|b| b & 0x80 != 0) {
        return 0;
    }
    let body = size
        .iter()
        .fold(0usize, |acc, b| (acc << 7) | usize::from(*b));
    let footer = if header[5] & 0x10 != 0 { 10 } else { 0 };
    (10 + body + footer).min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id3v2_tags_are_skipped_by_their_syncsafe_size() {
        let mut tag = b"ID3\x04\x00\x00\x00\x00\x01\x7f".to_vec();
        tag.resize(10 + 255 + 4, 0);
        assert_eq!(id3v2_len(&tag), 10 + 255);
        assert_eq!(id3v2_len(b"ID3\x04\x00\x00\x80\x00\x00\x00"), 0);
        assert_eq!(id3v2_len(b"\xff\xf3\x48\xc4"), 0);
        // A size past the end skips everything, which the probe then reports as unreadable.
        assert_eq!(id3v2_len(b"ID3\x04\x00\x00\x00\x00\x7f\x7f"), 10);
    }
}
