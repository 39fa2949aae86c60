//! Generic importers for layouts no specific module knows: audio recognised by content.
//!
//! `generic.audio` ([`AUDIO`]) takes every recording the specific modules left over. It turns
//! a recording into an offer for joining ([`Import::audio`](crate::Import::audio)): a record
//! that names the file claims it, and a recording nobody claims becomes a record of its own, so
//! a folder of 1,700 WAV files and a PDF nobody can parse still shows 1,700 recordings.
//!
//! # Format
//!
//! Any file whose first bytes say WAV (RIFF/WAVE), MP3 (ID3 tag or frame sync), Ogg, FLAC or
//! ISO media (M4A/AAC). What is read from it: its length in seconds, and, from its file name,
//! the moment it was made when the name states a zone too (see [`time_from_name`]). It is
//! offered under [`audio_key`](crate::audio_key) of its file name.
//!
//! # Detection
//!
//! By content only ([`Content`](auskunft_archive::Content), sniffed from magic bytes), never by
//! extension: exports rename files, and a `.wav` holding MP3 data is still a recording. Being
//! generic, it belongs after every specific module in the registry.
//!
//! # Known variants
//!
//! - WAV: the header is read with hound while streaming, the samples are never read; length =
//!   samples per channel / sample rate. A-law, µ-law and ADPCM WAVs, which hound does not
//!   read, go to symphonia like the compressed formats.
//! - MP3, Ogg Vorbis, FLAC, M4A: read into memory up to 32 MiB and probed with symphonia; the
//!   length comes from the container (frame count, Xing/VBRI header, or bit rate for CBR MP3)
//!   or, when it says nothing, from summing packet durations without decoding. A leading ID3v2
//!   tag is skipped first.
//! - Names: Google Takeout `2018-05-03_07_12_45_123_UTC.mp3`; `2018-05-03_07-12-45_UTC.wav` and
//!   `20180503T071245Z-17.wav` (the project's demo: the 2018 Amazon names were never
//!   published); ISO 8601 with `Z` or a numeric offset; epoch milliseconds
//!   (`1562516558403.wav`, an older Amazon activity's `creationTimestamp`).
//!
//! # Not imported
//!
//! - The sound itself: nothing is decoded, transcribed or fingerprinted here.
//! - Times in names without a zone (`2018-05-03_07-12-45.wav`): a local time of an unknown
//!   zone; the join stage infers offsets from whole series instead of guessing one per file.
//! - Tags (ID3 titles, Vorbis comments) and the length of recordings over 32 MiB (imported with
//!   an unknown length and a warning).
//! - A recording whose header is damaged fails with a reason; the member stays listed.

mod audio;
mod name_time;

pub use audio::{open_audio, Audio, OpenError, MAX_IN_MEMORY};
pub use name_time::time_from_name;

/// The `generic.audio` module, for the registry.
pub static AUDIO: Audio = Audio;
