//! Feeds arbitrary bytes to `amazon.voice_history_csv`: Amazon voice history as CSV, with its timestamp and encoding quirks. The module is called without `recognize`, so
//! every input reaches the parser. It must never panic or hang; what it reports must hold
//! together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("amazon.voice_history_csv", "Alexa/Voice History/VoiceHistory.csv", data);
});
