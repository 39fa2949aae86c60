//! `voice_data_without_voice_device`
//!
//! **What it checks:** the export holds voice recordings while the inventory declares no device
//! that records voice (no `[[device]]` of a kind other than `other`).
//!
//! **Why:** the 2018 case. Someone who owns no voice assistant cannot have recordings of their
//! own; every such record belongs to someone else, and the report says so first. Voice
//! *messages* (Meta) are exempt: they are in the export because the user took part in a
//! conversation (see [`crate::context::is_voice_recording`]).
//!
//! **Example:** an empty `inventory.toml` and an export with 1,700 WAV recordings → every
//! recording `foreign`, severity `high`.

use auskunft_model::{FlagCode, Record, Severity};

use crate::context::is_voice_recording;
use crate::{Context, Evidence};

/// Flags a voice recording when the inventory declares no voice-recording device.
pub fn voice_data_without_voice_device(cx: &Context<'_>, record: &Record, ev: &mut Evidence) {
    if !cx.declares_voice_device() && is_voice_recording(record) {
        ev.flag(
            FlagCode::VoiceDataWithoutVoiceDevice,
            Severity::High,
            "Your inventory lists no device that records voice, so this voice recording cannot \
             be yours."
                .into(),
        );
    }
}
