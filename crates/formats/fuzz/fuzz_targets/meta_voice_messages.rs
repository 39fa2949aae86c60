//! Feeds arbitrary bytes to `meta.voice_messages`: Meta thread files with voice messages (JSON, mojibake). The module is called without `recognize`, so
//! every input reaches the parser. It must never panic or hang; what it reports must hold
//! together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("meta.voice_messages", "messages/inbox/anke_1/message_1.json", data);
});
