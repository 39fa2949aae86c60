//! Feeds arbitrary bytes to `transcript.pdf_table`: PDF transcript tables (pdf-extract under catch_unwind and a time budget). The module is called without `recognize`, so
//! every input reaches the parser. It must never panic or hang; what it reports must hold
//! together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("transcript.pdf_table", "transcript.pdf", data);
});
