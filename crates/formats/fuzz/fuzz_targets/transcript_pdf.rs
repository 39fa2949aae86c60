//! Feeds arbitrary bytes to `transcript.pdf_table`'s reader: PDF transcript tables through
//! pdf-extract's glyph positions. It must never panic or hang in our code.
//!
//! pdf-extract (and the PDF crates under it) panic on some malformed PDFs; `glyphs.rs` catches
//! those with `catch_unwind` by design, and a real import turns them into a failed member.
//! libFuzzer's panic hook would abort on them all the same, so this target installs a hook that
//! lets panics *inside those crates* pass (they are caught) and aborts on any other. The reader
//! is called directly rather than through its worker thread, so a panic in our own code is not
//! hidden by the thread boundary.
#![no_main]

use std::sync::Once;

static HOOK: Once = Once::new();

/// Crates whose panics `glyphs.rs` catches.
const CAUGHT: &[&str] = &[
    "/pdf-extract-",
    "/lopdf-",
    "/type1-encoding-parser-",
    "/adobe-cmap-parser-",
    "/cff-parser-",
    "/postscript-",
    "/euclid-",
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let file = info.location().map(|l| l.file()).unwrap_or("");
            if CAUGHT.iter().any(|c| file.contains(c)) {
                return;
            }
            eprintln!("{info}");
            std::process::abort();
        }));
    });
    if let Ok(Some(found)) = auskunft_formats::transcript::extract(data, 0, "transcript.pdf") {
        for line in &found.lines {
            assert!(!line.source.locator.is_empty());
        }
    }
});
