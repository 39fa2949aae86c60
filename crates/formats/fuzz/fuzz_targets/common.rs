//! What every format fuzz target checks after an import.

use auskunft_archive::Outcome;

/// Imports `data` through the module `name` and checks the result holds together: a failed
/// import says why, every warning is a catalogued sentence about the member, and records point
/// only at devices that exist.
pub fn check(name: &str, path: &str, data: &[u8]) {
    let (imported, finished) =
        auskunft_formats::fuzz_import(name, path, data).expect("the module exists");
    if let Outcome::Failed(why) = &imported.outcome {
        assert!(!why.en().is_empty(), "a failed import says why");
        assert_ne!(why.id, "verbatim", "a reason is a catalogue message");
    }
    for (_, warning) in &finished.warnings {
        assert!(!warning.en().is_empty());
        assert_ne!(warning.id, "verbatim", "a warning is a catalogue message");
    }
    for r in &finished.records {
        if let Some(d) = &r.device {
            assert!(
                finished.devices.iter().any(|x| &x.id == d),
                "record {} points at a missing device {d}",
                r.id
            );
        }
    }
}
