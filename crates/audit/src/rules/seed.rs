//! `voice_data_without_voice_device`
//!
//! **What it checks:** the export holds voice recordings while the user said they own no device
//! that records voice: `owns_voice_devices = false`, or devices listed and none of a
//! voice-recording kind. A missing or empty inventory is not that word: it means "not said yet"
//! and this rule stays silent.
//!
//! **Why:** the 2018 case. Someone who owns no voice assistant cannot have recordings of their
//! own; every such record belongs to someone else, and the report says so first. Voice
//! *messages* (Meta) are exempt: they are in the export because the user took part in a
//! conversation (see [`crate::context::is_voice_recording`]).
//!
//! **Example:** `owns_voice_devices = false` and an export with 1,700 WAV recordings → every
//! recording `foreign`, severity `high`.

use auskunft_inventory::DeviceWord;
use auskunft_model::{FlagCode, Message, Record, Severity};

use crate::context::is_voice_recording;
use crate::{Context, Evidence};

/// Flags a voice recording when the user said they own no voice-recording device.
pub fn voice_data_without_voice_device(cx: &Context<'_>, record: &Record, ev: &mut Evidence) {
    if cx.word() == DeviceWord::NoVoiceDevice && is_voice_recording(record) {
        ev.flag(
            FlagCode::VoiceDataWithoutVoiceDevice,
            Severity::High,
            Message::new("flag-voice-data-without-voice-device"),
        );
    }
}
