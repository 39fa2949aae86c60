//! Deterministic synthetic exports with ground truth: for tests, benchmarks, workshops and the
//! app's "Try the demo" button.
//!
//! [`write_demo`] writes three files for a [`Scenario`]:
//!
//! - `OUT.zip` — an export as a vendor would deliver it, with invented households only;
//! - `OUT.truth.json` — the [`Truth`]: every voice record, whose it is, and where its audio and
//!   transcript sit, so tests can score importers (join accuracy) and the audit (foreign
//!   precision and recall) without a human listening;
//! - `OUT.inventory.toml` — what the requester would declare (`contracts/inventory.md`).
//!
//! The output is a pure function of (scenario, seed, records): same inputs, same bytes, on every
//! platform (no clock, no `rand`, no `libm` in the bytes; see `rng.rs` and `wav.rs`). Each file is
//! written to a temporary file beside its target and renamed into place, so a reader never sees
//! half a demo.
//!
//! Scenarios follow `../shared/design/formats.md`:
//!
//! - [`Scenario::SeedCase`] re-enacts the 2018 case: one ZIP of about 100 MB with the requester's
//!   own Amazon datasets, about 1,700 WAVs of a stranger's household named by UTC time, and one
//!   PDF listing the utterances in shuffled order with *local* (CEST) times.
//! - [`Scenario::TwoHouseholds`] uses today's shape: nested `Alexa.zip` (JSON voice-history pages,
//!   WAVs named after utterance ids) and `Devices.Registration.zip`, with the requester's records
//!   mixed with a stranger's who also owns a device named "Echo Dot".
//! - [`Scenario::TwoHouseholdsSuffixedIds`] and [`Scenario::TwoHouseholdsTimeNamed`]: the same
//!   homes and records written as other exports do: item-suffixed utterance ids (`…LPM/1`)
//!   beside WAVs named after the bare id, on overlapping pages; or the older `activities` shape
//!   with WAVs named `<creationTimestamp>.wav`, one downloaded twice. Each interaction is still
//!   one record of the truth, so tests can check that an importer keeps it one.
//!
//! Scale: `records` scales either scenario from 10 to 200,000. Audio is kept for at most
//! [`MAX_AUDIO_FILES`] records, so even 100,000 records stay below about 300 MB; records beyond the
//! cap keep their transcript only (the truth says which). Memory: the seed case streams its WAVs
//! to disk; the two-households scenario builds the nested `Alexa.zip` in memory (about 20 MB at the
//! default size, about 210 MB at 100,000 records).
//!
//! Non-goals: realistic speech (the audio is speech-*like*), other vendors (Google, Meta), and
//! formats whose layout is unknown beyond what `formats.md` states.

#![deny(missing_docs)]

use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

mod inventory;
mod own_data;
mod pdf;
mod rng;
mod seed_case;
mod text;
mod truth;
mod two_households;
mod wav;
mod zipw;

pub use truth::{
    Counts, Household, MemberRef, Party, Place, TranscriptLocation, Truth, TruthDevice,
    TruthMember, TruthRecord, TRUTH_SCHEMA,
};

/// Most recordings a demo archive holds, whatever `records` says.
pub const MAX_AUDIO_FILES: usize = 3_000;
/// Fewest records a demo can have (room for every special case: placeholders, unmatched audio,
/// unmatched transcript lines, the markup line).
pub const MIN_RECORDS: usize = 10;
/// Most records a demo can have.
pub const MAX_RECORDS: usize = 200_000;

/// Which synthetic export to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scenario {
    /// The 2018 case: a requester without any voice device receives a stranger's recordings.
    SeedCase,
    /// Today's format: the requester's and a stranger's voice history in one export.
    TwoHouseholds,
    /// [`Scenario::TwoHouseholds`] with item-suffixed utterance ids and overlapping pages.
    TwoHouseholdsSuffixedIds,
    /// [`Scenario::TwoHouseholds`] as older activities with time-named recordings.
    TwoHouseholdsTimeNamed,
}

impl Scenario {
    /// Every scenario, in the order the CLI lists them.
    pub const ALL: [Scenario; 4] = [
        Scenario::SeedCase,
        Scenario::TwoHouseholds,
        Scenario::TwoHouseholdsSuffixedIds,
        Scenario::TwoHouseholdsTimeNamed,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Scenario::SeedCase => "seed-case",
            Scenario::TwoHouseholds => "two-households",
            Scenario::TwoHouseholdsSuffixedIds => "two-households-suffixed-ids",
            Scenario::TwoHouseholdsTimeNamed => "two-households-time-named",
        }
    }

    /// How many voice records the scenario has when `records` is `None`.
    pub fn default_records(self) -> usize {
        match self {
            Scenario::SeedCase => 1_700,
            Scenario::TwoHouseholds
            | Scenario::TwoHouseholdsSuffixedIds
            | Scenario::TwoHouseholdsTimeNamed => 600,
        }
    }
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Scenario {
    type Err = DemoError;

    fn from_str(s: &str) -> Result<Scenario, DemoError> {
        Scenario::ALL
            .into_iter()
            .find(|sc| sc.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| DemoError::UnknownScenario(s.to_string()))
    }
}

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// The scenario.
    pub scenario: Scenario,
    /// Seed of every random choice; same seed, same bytes.
    pub seed: u64,
    /// Number of voice records; `None` = [`Scenario::default_records`].
    pub records: Option<usize>,
}

impl Default for DemoOptions {
    fn default() -> DemoOptions {
        DemoOptions {
            scenario: Scenario::SeedCase,
            seed: 1,
            records: None,
        }
    }
}

/// The three files a demo consists of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoFiles {
    /// The export archive (`OUT.zip`).
    pub archive: PathBuf,
    /// The ground truth (`OUT.truth.json`).
    pub truth: PathBuf,
    /// The requester's inventory (`OUT.inventory.toml`).
    pub inventory: PathBuf,
}

impl DemoFiles {
    /// The sidecar paths for an archive path: a trailing `.zip` (any case) is replaced by
    /// `.truth.json` and `.inventory.toml`; other names get those suffixes appended.
    pub fn for_archive(archive: &Path) -> Result<DemoFiles, DemoError> {
        let name = archive
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| !n.is_empty())
            .ok_or_else(|| DemoError::OutputPath {
                path: archive.to_path_buf(),
            })?;
        let stem = match name.len().checked_sub(4) {
            Some(cut) if name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(".zip") => {
                &name[..cut]
            }
            _ => name,
        };
        if stem.is_empty() {
            return Err(DemoError::OutputPath {
                path: archive.to_path_buf(),
            });
        }
        Ok(DemoFiles {
            archive: archive.to_path_buf(),
            truth: archive.with_file_name(format!("{stem}.truth.json")),
            inventory: archive.with_file_name(format!("{stem}.inventory.toml")),
        })
    }
}

/// Why a demo could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The scenario name is not one of [`Scenario::ALL`].
    #[error("unknown demo scenario `{0}`: expected `seed-case`, `two-households`, `two-households-suffixed-ids` or `two-households-time-named`")]
    UnknownScenario(String),
    /// `records` is outside [`MIN_RECORDS`]..=[`MAX_RECORDS`].
    #[error("a demo has between {min} and {max} records, not {given}")]
    RecordCount {
        /// The number asked for.
        given: usize,
        /// [`MIN_RECORDS`].
        min: usize,
        /// [`MAX_RECORDS`].
        max: usize,
    },
    /// The output path has no usable file name (`/`, `..`, `.zip`, not UTF-8).
    #[error("cannot write a demo to {}: the path needs a file name such as demo.zip", path.display())]
    OutputPath {
        /// The path given.
        path: PathBuf,
    },
    /// Creating, writing or renaming a file failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file that was being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
}

/// What a scenario module hands back after writing its archive.
pub(crate) struct Generated {
    pub(crate) truth: Truth,
    pub(crate) inventory: String,
}

/// Writes `OUT.zip`, `OUT.truth.json` and `OUT.inventory.toml` for `opts`.
///
/// Existing files are replaced. Each file appears atomically; if a later one fails, the earlier
/// ones stay (they are complete and consistent with each other only as a set, which the error
/// tells the caller).
pub fn write_demo(opts: &DemoOptions, out_zip: &Path) -> Result<DemoFiles, DemoError> {
    let records = opts.records.unwrap_or(opts.scenario.default_records());
    if !(MIN_RECORDS..=MAX_RECORDS).contains(&records) {
        return Err(DemoError::RecordCount {
            given: records,
            min: MIN_RECORDS,
            max: MAX_RECORDS,
        });
    }
    let files = DemoFiles::for_archive(out_zip)?;
    let archive_name = files
        .archive
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let generated = write_atomically(&files.archive, |w| match opts.scenario {
        Scenario::SeedCase => seed_case::write(w, opts.seed, records, &archive_name),
        Scenario::TwoHouseholds
        | Scenario::TwoHouseholdsSuffixedIds
        | Scenario::TwoHouseholdsTimeNamed => {
            two_households::write(w, opts.seed, records, &archive_name, opts.scenario)
        }
    })?;
    // Streamed: the truth of 100,000 records is about 100 MB of JSON.
    write_atomically(&files.truth, |w| {
        serde_json::to_writer_pretty(&mut *w, &generated.truth)?;
        w.write_all(b"\n")
    })?;
    write_atomically(&files.inventory, |w| {
        w.write_all(generated.inventory.as_bytes())
    })?;
    Ok(files)
}

/// Runs `fill` on a temporary file beside `path`, then puts it in place (the one atomic write,
/// `auskunft-store`).
fn write_atomically<T>(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<File>) -> io::Result<T>,
) -> Result<T, DemoError> {
    let err = |source| DemoError::Write {
        path: path.to_path_buf(),
        source,
    };
    // A demo goes where the user points, into a folder that exists: a typo in the folder is an
    // error, not a new folder.
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        if !folder.is_dir() {
            return Err(err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("the folder {} does not exist", folder.display()),
            )));
        }
    }
    auskunft_store::write_atomically_with(path, fill).map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenario_names_round_trip() {
        for sc in Scenario::ALL {
            assert_eq!(sc.to_string().parse::<Scenario>().ok(), Some(sc));
        }
        assert!(matches!(
            "seed".parse::<Scenario>(),
            Err(DemoError::UnknownScenario(_))
        ));
    }

    #[test]
    fn sidecars_replace_the_zip_extension() {
        let f = DemoFiles::for_archive(Path::new("/tmp/x/demo.ZIP")).expect("paths");
        assert_eq!(f.truth, Path::new("/tmp/x/demo.truth.json"));
        assert_eq!(f.inventory, Path::new("/tmp/x/demo.inventory.toml"));
        let f = DemoFiles::for_archive(Path::new("demo")).expect("paths");
        assert_eq!(f.truth, Path::new("demo.truth.json"));
        assert!(DemoFiles::for_archive(Path::new("/")).is_err());
        assert!(DemoFiles::for_archive(Path::new(".zip")).is_err());
    }
}
