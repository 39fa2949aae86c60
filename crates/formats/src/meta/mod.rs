//! Meta (Facebook, Instagram, Messenger): voice messages in message threads.
//!
//! One module, [`VOICE_MESSAGES`] (`meta.voice_messages`), turns the voice messages of a
//! thread file (`messages/inbox/<thread>/message_<N>.json`) into records that ask for their
//! recordings. Meta writes every string as escaped UTF-8 bytes; [`mojibake::repair`] undoes
//! that. What is known about the shape is in `formats.md` ("Others", Meta).

pub mod mojibake;
mod voice_messages;

pub use voice_messages::VoiceMessages;

use crate::read::{head_has, member_ref};

/// `meta.voice_messages`: voice messages in Facebook, Instagram and Messenger threads.
pub static VOICE_MESSAGES: VoiceMessages = VoiceMessages;
