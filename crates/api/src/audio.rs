//! Recordings for the player: decoded samples, the waveform the UI draws, and the player's
//! status as the UI sees it.
//!
//! Everything is decoded by symphonia (WAV in PCM, a-law, µ-law and ADPCM; MP3; Ogg Vorbis;
//! FLAC; AAC in M4A), the same decoders and features the `generic.audio` format module measures
//! recordings with, so a recording the audit listed can be played. Decoding happens in memory:
//! the bytes come from [`crate::Session::audio`], never from a file unpacked to disk.
//!
//! The waveform is [`PEAK_BUCKETS`] peaks — for each slice of the recording the largest absolute
//! sample over all channels, 0 to 1 — which is what a waveform of a few hundred pixels can show.
//! The audio device itself lives in the desktop shell (rodio on a thread of its own); this module
//! has no idea of one, so everything here is testable without a sound card.

use std::ops::RangeInclusive;
use std::panic::{catch_unwind, AssertUnwindSafe};

use auskunft_archive::{probe::sniff, Content};
use auskunft_formats::generic::OpenError;
use serde::Serialize;
use symphonia::core::codecs::audio::AudioDecoderOptions;
use symphonia::core::errors::Error as DecodeError;
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::{Arg, Message};

/// How many peaks a waveform has (fewer when the recording has fewer sample frames).
pub const PEAK_BUCKETS: usize = 1000;

/// The most samples (all channels together) one recording may decode to: 64 Mi `f32`s, 256 MiB,
/// about 35 minutes of mono at 32 kHz. Voice recordings are seconds long; this stops a crafted
/// file from filling the memory.
pub const MAX_DECODED_SAMPLES: usize = 64 << 20;

/// The playback speeds the player accepts.
pub const SPEEDS: RangeInclusive<f64> = 0.5..=2.0;

/// A recording's container, as the UI names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum AudioFormat {
    /// RIFF/WAVE.
    Wav,
    /// MPEG audio layer III.
    Mp3,
    /// Ogg (Vorbis).
    Ogg,
    /// FLAC.
    Flac,
    /// MPEG-4 audio (AAC in M4A/MP4).
    M4a,
}

impl AudioFormat {
    fn of(content: Content) -> Option<AudioFormat> {
        match content {
            Content::Wav => Some(AudioFormat::Wav),
            Content::Mp3 => Some(AudioFormat::Mp3),
            Content::Ogg => Some(AudioFormat::Ogg),
            Content::Flac => Some(AudioFormat::Flac),
            Content::Mp4 => Some(AudioFormat::M4a),
            _ => None,
        }
    }
}

/// What the player drawer shows before anything plays: length, rate and the waveform.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AudioClip {
    /// The container.
    pub format: AudioFormat,
    /// Length in seconds, from the decoded sample frames.
    pub seconds: f64,
    /// Sample frames per second.
    pub sample_rate: u32,
    /// Channels (1 mono, 2 stereo).
    pub channels: u16,
    /// [`PEAK_BUCKETS`] peaks (fewer for very short clips), each the largest absolute sample of
    /// its slice of the recording, from 0 (silence) to 1 (full scale).
    pub peaks: Vec<f32>,
}

/// A decoded recording: interleaved samples, ready for the audio output.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The container it came in.
    pub format: AudioFormat,
    /// Sample frames per second (never 0).
    pub sample_rate: u32,
    /// Channels (never 0).
    pub channels: u16,
    /// Samples, channel-interleaved, nominally -1 to 1.
    pub samples: Vec<f32>,
}

impl Decoded {
    /// Sample frames (one sample per channel).
    pub fn frames(&self) -> usize {
        self.samples.len() / usize::from(self.channels)
    }

    /// Length in seconds.
    pub fn seconds(&self) -> f64 {
        self.frames() as f64 / f64::from(self.sample_rate)
    }

    /// The waveform: `buckets` equal slices (fewer if there are fewer frames), each the largest
    /// absolute sample over all its channels, clamped to 0..1 (a decoder may overshoot slightly;
    /// a NaN counts as silence).
    pub fn peaks(&self, buckets: usize) -> Vec<f32> {
        let channels = usize::from(self.channels);
        let frames = self.frames();
        let buckets = buckets.min(frames);
        (0..buckets)
            .map(|i| {
                let start = i * frames / buckets;
                let end = (i + 1) * frames / buckets;
                self.samples[start * channels..end * channels]
                    .iter()
                    .map(|s| if s.is_nan() { 0.0 } else { s.abs().min(1.0) })
                    .fold(0.0f32, f32::max)
            })
            .collect()
    }

    /// Length, rate and waveform for the UI.
    pub fn clip(&self) -> AudioClip {
        AudioClip {
            format: self.format,
            seconds: self.seconds(),
            sample_rate: self.sample_rate,
            channels: self.channels,
            peaks: self.peaks(PEAK_BUCKETS),
        }
    }
}

/// Decodes a recording and measures its waveform; errors have code `audio`.
pub fn audio_clip(bytes: &[u8]) -> Result<AudioClip, ApiError> {
    decode(bytes).map(|d| d.clip())
}

/// Decodes a whole recording into memory; errors have code `audio` and say why.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ApiError> {
    decode_reason(bytes).map_err(|reason| {
        ApiError::said(
            ErrorCode::Audio,
            Message::new("error-recording-not-decodable").arg("detail", reason),
        )
    })
}

/// [`decode`] with the reason as a clause (`audio.ftl`), for callers that name the recording
/// themselves.
pub(crate) fn decode_reason(bytes: &[u8]) -> Result<Decoded, Message> {
    let content = sniff(&bytes[..bytes.len().min(4096)]);
    let Some(format) = AudioFormat::of(content) else {
        return Err(match content {
            Content::Empty => Message::new("audio-empty"),
            _ => Message::new("audio-not-a-recording").arg("content", content.code()),
        });
    };
    // The kind of audio as `member-content` names it: "unreadable MP3 audio: …", as the audit
    // says of a recording it could not measure.
    let unreadable = |id: &str| Message::new(id).arg("content", content.code());
    // Symphonia is meant not to panic on bad input; a recording is not worth a crash if it does.
    match catch_unwind(AssertUnwindSafe(|| decode_samples(bytes))) {
        Ok(Ok((sample_rate, channels, samples))) => Ok(Decoded {
            format,
            sample_rate,
            channels,
            samples,
        }),
        Ok(Err(Undecodable::NoTrack)) => Err(unreadable("format-audio-no-track")),
        Ok(Err(Undecodable::Because(why))) => {
            Err(unreadable("format-audio-unreadable").arg("detail", why))
        }
        Err(_) => Err(unreadable("format-audio-gave-up")),
    }
}

/// Why [`decode_samples`] stopped.
enum Undecodable {
    /// The container holds no audio track.
    NoTrack,
    /// Anything else: the decoder's own text, or a clause of `audio.ftl`.
    Because(Arg),
}

impl From<String> for Undecodable {
    /// The decoder's own words.
    fn from(text: String) -> Undecodable {
        Undecodable::Because(Arg::Text(text))
    }
}

impl From<Message> for Undecodable {
    fn from(words: Message) -> Undecodable {
        Undecodable::Because(words.into())
    }
}

/// Decodes the first audio track: (rate, channels, interleaved samples).
fn decode_samples(bytes: &[u8]) -> Result<(u32, u16, Vec<f32>), Undecodable> {
    let (mut reader, track) =
        auskunft_formats::generic::open_audio(bytes.to_vec()).map_err(|e| match e {
            OpenError::NoTrack => Undecodable::NoTrack,
            OpenError::Unreadable(text) => text.into(),
        })?;
    let params = track
        .codec_params
        .as_ref()
        .and_then(|p| p.audio())
        .ok_or(Undecodable::NoTrack)?;
    let mut decoder = symphonia::default::get_codecs()
        .make_audio_decoder(params, &AudioDecoderOptions::default())
        .map_err(|e| Undecodable::from(e.to_string()))?;
    let mut samples: Vec<f32> = Vec::new();
    let mut spec: Option<(u32, u16)> = None;
    let mut scratch: Vec<f32> = Vec::new();
    let mut bad_packets = 0usize;
    let mut last_error: Option<Arg> = None;
    loop {
        let packet = match reader.next_packet() {
            Ok(Some(p)) => p,
            Ok(None) => break,
            // A stream that breaks off keeps what was decoded before the break.
            Err(DecodeError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => {
                last_error = Some(Arg::Text(e.to_string()));
                break;
            }
        };
        if packet.track_id != track.id {
            continue;
        }
        let buffer = match decoder.decode(&packet) {
            Ok(b) => b,
            Err(DecodeError::DecodeError(e)) => {
                bad_packets += 1;
                last_error = Some(Message::new("audio-malformed").arg("detail", e).into());
                continue;
            }
            Err(e) => {
                last_error = Some(Arg::Text(e.to_string()));
                break;
            }
        };
        let rate = buffer.spec().rate();
        let channels = u16::try_from(buffer.spec().channels().count()).unwrap_or(0);
        if rate == 0 || channels == 0 {
            return Err(Message::new("audio-bad-stream")
                .arg("rate", rate)
                .arg("channels", u32::from(channels))
                .into());
        }
        match spec {
            None => spec = Some((rate, channels)),
            // A stream that changes rate or channels midway (chained streams) plays its first part.
            Some(s) if s != (rate, channels) => break,
            Some(_) => {}
        }
        buffer.copy_to_vec_interleaved(&mut scratch);
        if samples.len() + scratch.len() > MAX_DECODED_SAMPLES {
            return Err(Message::new("audio-too-long")
                .arg("samples", MAX_DECODED_SAMPLES)
                .arg(
                    "minutes",
                    MAX_DECODED_SAMPLES / usize::from(channels) / rate as usize / 60,
                )
                .arg("rate", rate)
                .into());
        }
        samples.extend_from_slice(&scratch);
    }
    match spec {
        Some((rate, channels)) => Ok((rate, channels, samples)),
        None => Err(match (last_error, bad_packets) {
            (Some(e), 0) => Undecodable::Because(e),
            (Some(e), n) => Message::new("audio-no-packet")
                .arg("count", n)
                .arg("detail", e)
                .into(),
            (None, _) => Message::new("audio-no-sound").into(),
        }),
    }
}

/// Checks a playback speed; returns it for the audio output.
pub fn playback_speed(rate: f64) -> Result<f32, ApiError> {
    if SPEEDS.contains(&rate) {
        Ok(rate as f32)
    } else {
        // The catalogue names the range, as each language writes 0.5 (tested below).
        Err(ApiError::said(
            ErrorCode::Usage,
            Message::new("error-playback-speed").arg("speed", rate.to_string()),
        ))
    }
}

/// What the player does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum PlayerState {
    /// Nothing loaded (at start, after stop, or when a recording could not be played).
    Idle,
    /// Sound is coming out.
    Playing,
    /// Loaded and held at a position.
    Paused,
    /// Played to its end; play, resume or seek start it again.
    Ended,
}

/// The player's state as the UI shows it; every player command answers with one.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PlayerStatus {
    /// What it does.
    pub state: PlayerState,
    /// The record whose recording is loaded.
    pub record: Option<String>,
    /// Where in the recording, in seconds of the recording (not of wall time at other speeds).
    pub position_seconds: f64,
    /// The recording's length (0 when idle).
    pub duration_seconds: f64,
    /// The playback speed, 0.5 to 2 (kept across recordings).
    pub speed: f64,
}

impl PlayerStatus {
    /// Nothing loaded.
    pub fn idle(speed: f64) -> PlayerStatus {
        PlayerStatus {
            state: PlayerState::Idle,
            record: None,
            position_seconds: 0.0,
            duration_seconds: 0.0,
            speed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(channels: u16, samples: Vec<f32>) -> Decoded {
        Decoded {
            format: AudioFormat::Wav,
            sample_rate: 10,
            channels,
            samples,
        }
    }

    #[test]
    fn peaks_take_the_largest_magnitude_of_any_channel_per_slice() {
        // Two channels, four frames, two buckets.
        let d = decoded(2, vec![0.1, -0.5, 0.2, 0.3, -0.9, 0.0, 0.4, 2.0]);
        assert_eq!(d.frames(), 4);
        assert_eq!(d.peaks(2), vec![0.5, 1.0]);
        // More buckets than frames: one per frame.
        assert_eq!(d.peaks(1000), vec![0.5, 0.3, 0.9, 1.0]);
        assert_eq!(decoded(1, vec![f32::NAN, -0.25]).peaks(1), vec![0.25]);
        assert!(decoded(1, vec![]).peaks(1000).is_empty());
    }

    #[test]
    fn speeds_outside_half_to_double_are_refused() {
        assert_eq!(playback_speed(0.5), Ok(0.5));
        assert_eq!(playback_speed(2.0), Ok(2.0));
        let err = playback_speed(2.5).unwrap_err();
        assert_eq!(err.code, ErrorCode::Usage);
        assert_eq!(
            err.message,
            "The playback speed must be between 0.5 and 2; 2.5 was asked for."
        );
        // The catalogue's range is the one checked here.
        assert_eq!((*SPEEDS.start(), *SPEEDS.end()), (0.5, 2.0));
        assert_eq!(
            err.text(crate::Lang::De),
            "Die Abspielgeschwindigkeit muss zwischen 0,5 und 2 liegen; verlangt war 2.5."
        );
        assert!(playback_speed(f64::NAN).is_err());
    }
}
