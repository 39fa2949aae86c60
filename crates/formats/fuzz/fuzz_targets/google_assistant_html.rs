//! Feeds arbitrary bytes to `google.assistant_html`: Google Takeout Assistant activity (HTML), with its zone correction. The module is called without `recognize`, so
//! every input reaches the parser. It must never panic or hang; what it reports must hold
//! together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("google.assistant_html", "Takeout/My Activity/Assistant/MyActivity.html", data);
});
