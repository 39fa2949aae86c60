//! Feeds arbitrary bytes to `amazon.voice_history`: Amazon voice-history pages and older activity lists (JSON). The module is called without `recognize`, so
//! every input reaches the parser. It must never panic or hang; what it reports must hold
//! together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("amazon.voice_history", "Alexa/VoiceHistory/VoiceHistoryRecords-0001.json", data);
});
