//! The index as a disposable cache under the data folder.
//!
//! ```text
//! <data dir>/exports/<export id>/                 everything derived from one export
//!                                index-v<N>/       the index of schema version N
//!                                  auskunft-index.json   {schema_version, digest, records}
//!                                  *.idx, *.pos, meta.json, ...   tantivy's files
//! ```
//!
//! An index is reused only when its description names this [`SCHEMA_VERSION`] and the digest of
//! the records it was built from equals the digest of the records now: editing the inventory
//! changes fits and flags, which the index holds, so the next search rebuilds it. An index that
//! cannot be opened, fails a checksum, holds the wrong number of records or fails during a query
//! is rebuilt, and the caller gets a note saying so; a rebuild is never an error. Builds happen
//! in a temporary folder beside the final one, which is renamed into place after the
//! description is written, so a reader never sees half an index; a build killed midway leaves
//! its temporary folder, which the next build or the app's start-up sweep removes
//! (`auskunft_store::temporary_dir`). When the data folder cannot be written, the search runs on
//! an index in memory, with a note.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use auskunft_model::{Arg, Message, Record};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::compile::Filters;
use crate::index::{Results, SearchIndex};
use crate::query::Query;
use crate::schema::SCHEMA_VERSION;
use crate::SearchError;

/// The description written beside tantivy's files.
pub const META_FILE: &str = "auskunft-index.json";

/// What a cached index's description says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// [`SCHEMA_VERSION`] of the program that built it.
    pub schema_version: u32,
    /// [`digest`] of the records it holds.
    pub digest: String,
    /// How many records it holds.
    pub records: usize,
}

/// How the index a search used came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexState {
    /// The cached index was current and used as it was.
    Reused,
    /// It was built now: there was none, it was of another version or of other records, or it
    /// was damaged (then a note says so).
    Built,
    /// It could not be saved in the data folder and was built in memory (a note says why).
    InMemory,
}

/// An index ready for queries, and how it came to be.
pub struct Opened {
    /// The index.
    pub index: SearchIndex,
    /// Reused, built or in memory.
    pub state: IndexState,
    /// Sentences for people (catalogue messages, `search.ftl`): a damaged index rebuilt, a
    /// cache that could not be written.
    pub notes: Vec<Message>,
}

/// The folder of everything derived from one export: `<data dir>/exports/<export id>`. The id
/// must be letters and digits only (export ids are SHA-256 hex digests), so it can never name a
/// folder outside `exports`.
pub fn export_dir(data_dir: &Path, export_id: &str) -> Result<PathBuf, SearchError> {
    if export_id.is_empty()
        || export_id.len() > 128
        || !export_id.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return Err(SearchError::ExportId(export_id.to_string()));
    }
    Ok(data_dir.join("exports").join(export_id))
}

/// The folder of the current version's index of an export.
pub fn index_dir(data_dir: &Path, export_id: &str) -> Result<PathBuf, SearchError> {
    Ok(export_dir(data_dir, export_id)?.join(format!("index-v{SCHEMA_VERSION}")))
}

/// SHA-256 over everything the index holds of each record, in order: a change to any record's
/// id, text, language, time, device, account, fit, flags or source gives another digest.
pub fn digest(records: &[Record]) -> String {
    let mut h = Sha256::new();
    for r in records {
        let flags: Vec<_> = r.flags.iter().map(|f| f.code).collect();
        let row = (
            &r.id,
            &r.transcript,
            &r.response,
            &r.language,
            r.placeholder,
            r.time.map(|t| t.timestamp_millis()),
            &r.device,
            &r.account,
            r.fit,
            flags,
            &r.source.path,
            &r.source.locator,
        );
        // Serialising a tuple of plain values cannot fail; an empty row would still separate.
        h.update(serde_json::to_vec(&row).unwrap_or_default());
        h.update(b"\n");
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Opens the export's cached index when it is current and sound, else builds it (see the
/// module docs).
pub fn open_or_build(
    data_dir: &Path,
    export_id: &str,
    records: &[Record],
) -> Result<Opened, SearchError> {
    let dir = index_dir(data_dir, export_id)?;
    let digest = digest(records);
    let mut notes = Vec::new();
    match read_meta(&dir) {
        Ok(Some(meta))
            if meta.schema_version == SCHEMA_VERSION
                && meta.digest == digest
                && meta.records == records.len() =>
        {
            match open_guarded(&dir) {
                Ok(index) if index.len() == records.len() as u64 => {
                    return Ok(Opened {
                        index,
                        state: IndexState::Reused,
                        notes,
                    })
                }
                Ok(index) => notes.push(damaged_note(
                    &dir,
                    Message::new("index-problem-count")
                        .arg("records", index.len())
                        .arg("described", records.len()),
                )),
                Err(problem) => notes.push(damaged_note(&dir, problem)),
            }
        }
        // Another version's or other records' index: replaced without a word.
        Ok(Some(_)) => {}
        Ok(None) if dir.exists() => notes.push(damaged_note(
            &dir,
            Message::new("index-problem-no-description").arg("file", META_FILE),
        )),
        Ok(None) => {}
        Err(problem) => notes.push(damaged_note(&dir, problem)),
    }
    build(&dir, records, &digest, notes)
}

/// Runs a query on the export's index, building it first when needed. An index that fails while
/// being queried (a damaged file that passed its checksum, an error from tantivy) is rebuilt and
/// the query run again, with a note. Query errors are returned as they are.
pub fn search_export(
    data_dir: &Path,
    export_id: &str,
    records: &[Record],
    query: &Query,
    filters: &Filters,
    limit: usize,
) -> Result<(Results, IndexState, Vec<Message>), SearchError> {
    let opened = open_or_build(data_dir, export_id, records)?;
    let Opened {
        index,
        state,
        mut notes,
    } = opened;
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        index.search(query, filters, limit)
    }));
    let problem = match attempt {
        Ok(Ok(results)) => return Ok((results, state, notes)),
        Ok(Err(SearchError::Query(e))) => return Err(SearchError::Query(e)),
        Ok(Err(e)) if state == IndexState::Reused => Arg::Text(e.to_string()),
        Ok(Err(e)) => return Err(e),
        Err(_) if state == IndexState::Reused => panicked(),
        Err(_) => {
            return Err(SearchError::Damaged {
                place: "the index just built".into(),
                problem: PANICKED.into(),
            })
        }
    };
    drop(index);
    let dir = index_dir(data_dir, export_id)?;
    notes.push(damaged_note(&dir, problem));
    let rebuilt = build(&dir, records, &digest(records), notes)?;
    let results = rebuilt.index.search(query, filters, limit)?;
    Ok((results, rebuilt.state, rebuilt.notes))
}

/// Deletes everything derived from an export (its folder under `exports/`). Returns whether
/// there was anything to delete.
pub fn forget_export(data_dir: &Path, export_id: &str) -> Result<bool, SearchError> {
    let dir = export_dir(data_dir, export_id)?;
    match fs::remove_dir_all(&dir) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(SearchError::Io { path: dir, source }),
    }
}

/// What an error says when tantivy panicked on a damaged file (it does on some, e.g. files of 4
/// to 7 bytes, in 0.27); a note says it in words (`index-problem-panicked`).
const PANICKED: &str = "tantivy failed while reading it";

/// The problem of a damaged file tantivy panicked on, in words.
fn panicked() -> Arg {
    Message::new("index-problem-panicked").into()
}

/// [`SearchIndex::open`], with a panic on damaged files turned into a problem: tantivy's words,
/// or ours.
fn open_guarded(dir: &Path) -> Result<SearchIndex, Arg> {
    match std::panic::catch_unwind(|| SearchIndex::open(dir)) {
        Ok(Ok(index)) => Ok(index),
        Ok(Err(e)) => Err(Arg::Text(e.to_string())),
        Err(_) => Err(panicked()),
    }
}

/// The note that the index in `dir` was rebuilt because of `problem`.
fn damaged_note(dir: &Path, problem: impl Into<Arg>) -> Message {
    Message::new("index-rebuilt")
        .arg("dir", dir.display().to_string())
        .arg("problem", problem)
}

/// The description of the index in `dir`: `Ok(None)` when there is none, `Err(problem)` when it
/// cannot be read or parsed.
fn read_meta(dir: &Path) -> Result<Option<Meta>, Message> {
    let path = dir.join(META_FILE);
    let problem = |id: &str, e: String| Message::new(id).arg("file", META_FILE).arg("detail", e);
    match fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| problem("index-problem-description-invalid", e.to_string())),
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(problem(
            "index-problem-description-unreadable",
            e.to_string(),
        )),
    }
}

/// Builds the index into `dir` through a temporary folder; falls back to memory with a note.
fn build(
    dir: &Path,
    records: &[Record],
    digest: &str,
    mut notes: Vec<Message>,
) -> Result<Opened, SearchError> {
    match build_on_disk(dir, records, digest) {
        Ok(index) => Ok(Opened {
            index,
            state: IndexState::Built,
            notes,
        }),
        Err(e) => {
            notes.push(
                Message::new("index-in-memory")
                    .arg("dir", dir.display().to_string())
                    .arg("detail", e.to_string()),
            );
            Ok(Opened {
                index: SearchIndex::create(records, None)?,
                state: IndexState::InMemory,
                notes,
            })
        }
    }
}

fn build_on_disk(dir: &Path, records: &[Record], digest: &str) -> Result<SearchIndex, SearchError> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SearchError::Io { path, source }
    };
    fs::create_dir_all(parent).map_err(io(parent))?;
    let tmp = auskunft_store::temporary_dir(dir).map_err(io(dir))?;
    let written = (|| {
        drop(SearchIndex::create(records, Some(&tmp))?);
        let meta = Meta {
            schema_version: SCHEMA_VERSION,
            digest: digest.to_string(),
            records: records.len(),
        };
        let path = tmp.join(META_FILE);
        let mut file = fs::File::create(&path).map_err(io(&path))?;
        file.write_all(&serde_json::to_vec_pretty(&meta).unwrap_or_default())
            .and_then(|_| file.sync_all())
            .map_err(io(&path))
    })();
    if let Err(e) = written {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    // The old index moves to a temporary name of its own before the new one takes its place: a
    // crash in between leaves it for the next sweep, never half of either at `dir`.
    let old = auskunft_store::temporary_dir(dir).map_err(io(dir))?;
    let had_old = fs::rename(dir, &old).is_ok();
    if !had_old {
        let _ = fs::remove_dir(&old);
    }
    if let Err(source) = fs::rename(&tmp, dir) {
        let _ = fs::remove_dir_all(&tmp);
        return Err(SearchError::Io {
            path: dir.to_path_buf(),
            source,
        });
    }
    if had_old {
        // Another process may still read it (Windows then refuses); it goes next time.
        let _ = fs::remove_dir_all(&old);
    }
    remove_other_versions(parent, dir);
    open_guarded(dir).map_err(|problem| SearchError::Damaged {
        place: dir.display().to_string(),
        problem: match problem {
            Arg::Words(words) => words.en(),
            Arg::Text(text) => text,
            Arg::Number(n) => n.to_string(),
        },
    })
}

/// Removes indexes of other schema versions and what crashed builds left beside this one.
fn remove_other_versions(parent: &Path, current: &Path) {
    auskunft_store::sweep(parent);
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let current = current.file_name().unwrap_or_default();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with("index-v") && name != current {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
