//! Feeds arbitrary bytes to `amazon.cards`: the Alexa app's history cards (`{"cards": […]}`).
//! The module is called without `recognize`, so every input reaches the parser. It must never
//! panic or hang; what it reports must hold together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("amazon.cards", "AmazonAlexaClient/cards.json", data);
});
