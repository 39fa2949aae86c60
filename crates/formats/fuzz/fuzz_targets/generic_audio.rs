//! Feeds arbitrary bytes to `generic.audio`: audio by content (WAV, MP3, Ogg, FLAC, M4A). The module is called without `recognize`, so
//! every input reaches the parser. It must never panic or hang; what it reports must hold
//! together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("generic.audio", "audio/2018-05-26_18-46-51.wav", data);
});
