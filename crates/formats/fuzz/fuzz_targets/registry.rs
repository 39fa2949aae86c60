//! Feeds arbitrary bytes to every module of `auskunft_formats::REGISTRY`, so a new format is
//! fuzzed as soon as it has its registry line; there is no target per module to add.
//!
//! Which module reads the input:
//! - `FUZZ_MODULE=<name>` in the environment (`FUZZ_MODULE=google.assistant_html cargo fuzz run
//!   registry`): that module, with the whole input as the member;
//! - else an input that starts with a module's name and a newline (`google.assistant_html\n<!DOCTYPE
//!   …`), as the seeds made from `tests/fixtures/<module name>/` do: that module, with the rest;
//! - else the first byte picks the module (its value modulo the registry's length), the rest is
//!   the member.
//!
//! Each module is called through `auskunft_formats::fuzz_import` without `recognize`, so every
//! input reaches its parser, under a member path it would see in a real export (see `PATHS`;
//! a module not listed there gets `member.bin`). Then the result must hold together (see
//! `common.rs`).
//!
//! `transcript.pdf_table` is the one exception: its import reads the PDF on a worker thread,
//! which would hide a panic in our code, so its reader is called directly. pdf-extract (and the
//! PDF crates under it) panic on some malformed PDFs; `glyphs.rs` catches those with
//! `catch_unwind` by design, and a real import turns them into a failed member. libFuzzer's
//! panic hook would abort on them all the same, so this target installs a hook that lets panics
//! *inside those crates* pass (they are caught) and aborts on any other.
#![no_main]

mod common;

use std::sync::{Once, OnceLock};

use auskunft_formats::REGISTRY;

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

/// The member path each module is offered its input under.
const PATHS: &[(&str, &str)] = &[
    (
        "amazon.voice_history",
        "Alexa/VoiceHistory/VoiceHistoryRecords-0001.json",
    ),
    (
        "amazon.voice_history_csv",
        "Alexa/Voice History/VoiceHistory.csv",
    ),
    ("amazon.devices", "Devices.Registration/registration.csv"),
    (
        "google.assistant",
        "Takeout/My Activity/Assistant/MyActivity.json",
    ),
    (
        "google.assistant_html",
        "Takeout/My Activity/Assistant/MyActivity.html",
    ),
    (
        "google.devices_csv",
        "Takeout/Access Log Activity/Devices - A list of devices.csv",
    ),
    (
        "meta.voice_messages",
        "messages/inbox/anke_1/message_1.json",
    ),
    ("transcript.pdf_table", "Alexa/Sprachverlauf.pdf"),
    ("transcript.table", "transcript.csv"),
    ("generic.audio", "audio/2018-05-26_18-46-51.wav"),
];

/// The module `FUZZ_MODULE` names, if set (an unknown name is a mistake worth stopping for).
fn fixed_module() -> Option<&'static str> {
    static FIXED: OnceLock<Option<&'static str>> = OnceLock::new();
    *FIXED.get_or_init(|| {
        let name = std::env::var("FUZZ_MODULE").ok()?;
        let found = REGISTRY.iter().map(|f| f.name()).find(|n| *n == name);
        assert!(
            found.is_some(),
            "FUZZ_MODULE={name} is no module in REGISTRY"
        );
        found
    })
}

/// The module that reads `data`, and the member's bytes.
fn pick(data: &[u8]) -> Option<(&'static str, &[u8])> {
    if let Some(name) = fixed_module() {
        return Some((name, data));
    }
    for format in REGISTRY {
        let name = format.name().as_bytes();
        if data.len() > name.len() && data.starts_with(name) && data[name.len()] == b'\n' {
            return Some((format.name(), &data[name.len() + 1..]));
        }
    }
    let (&first, rest) = data.split_first()?;
    let format = REGISTRY.get(usize::from(first) % REGISTRY.len())?;
    Some((format.name(), rest))
}

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
    let Some((name, member)) = pick(data) else {
        return;
    };
    let path = PATHS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("member.bin", |(_, p)| p);
    if name == "transcript.pdf_table" {
        if let Ok(Some(found)) = auskunft_formats::transcript::extract(member, 0, path) {
            for line in &found.lines {
                assert!(!line.source.locator.is_empty());
            }
        }
        return;
    }
    common::check(name, path, member);
});
