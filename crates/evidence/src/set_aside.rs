//! A copy of the export without the members judged not the user's.
//!
//! The archives are read (never written) once more, member by member, and every member is copied
//! into one new ZIP except those [`crate::judge`] calls `foreign`: the stranger's recordings and
//! the files that hold only the stranger's records or devices. Members holding both the user's
//! and the stranger's records are kept whole and listed as such (see `judge` for why). Each
//! member's bytes are checked against the SHA-256 the audit recorded while they are copied, so a
//! copy is never made from archives that changed since the audit.
//!
//! Layout of the copy: one archive file's members at the root (several: one folder per file);
//! members of archives inside the export are unpacked into a folder named after that archive
//! (`Alexa.zip/…`), so the copy holds files, not rebuilt archives. Two files list what was
//! removed, with hashes: `auskunft-set-aside.json` (`auskunft.set-aside/1`) and
//! `auskunft-set-aside.txt` (the same for people).

use std::collections::HashSet;
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use auskunft_archive::limits::exceeded;
use auskunft_archive::{walk, Claim, Limits, MemberInfo, Visitor};
use auskunft_model::{MemberKind, Message, Report};
use auskunft_words::Lang;
use chrono::{DateTime, SubsecRound, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::canonical::hex;
use crate::judge::{Judgement, MemberFit, Tally};
use crate::{io_error, Error};

/// Schema name of the list of what was set aside.
pub const SET_ASIDE_SCHEMA: &str = "auskunft.set-aside/1";
/// The list's file name inside the copy (JSON).
pub const LIST_JSON: &str = "auskunft-set-aside.json";
/// The list's file name inside the copy (text).
pub const LIST_TEXT: &str = "auskunft-set-aside.txt";

/// A member as the lists name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed {
    /// The archive file's name.
    pub input: String,
    /// The nested archive holding it, if any.
    pub container: Option<String>,
    /// Its path.
    pub path: String,
    /// Its size.
    pub bytes: u64,
    /// Its SHA-256.
    pub sha256: Option<String>,
    /// What it holds (`audio`, `transcript`, …).
    pub kind: MemberKind,
    /// The format module that read it.
    pub format: Option<String>,
    /// The records and devices in it, by fit.
    pub held: Tally,
}

/// A member that could not be copied.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotCopied {
    /// The member.
    #[serde(flatten)]
    pub member: Listed,
    /// Why (English).
    pub reason: String,
    /// Why, as a catalogue message, for the reader's language (absent only when the report read
    /// had the English reason alone: a report of an older version).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_words: Option<Message>,
}

/// What `set_aside` did; also the content of `auskunft-set-aside.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetAside {
    /// Always [`SET_ASIDE_SCHEMA`].
    pub schema: String,
    /// When the copy was made.
    pub created: DateTime<Utc>,
    /// The export's id.
    pub export_id: String,
    /// The archive files it was made from, with their SHA-256 (unchanged: they are only read).
    pub originals: Vec<Original>,
    /// Members copied.
    pub copied: usize,
    /// Members left out as not the user's.
    pub removed: Vec<Listed>,
    /// Members kept though they also hold records not the user's.
    pub kept_mixed: Vec<Listed>,
    /// Members that could not be copied (unreadable in the original too).
    pub not_copied: Vec<NotCopied>,
    /// The copy (not in the JSON inside the copy).
    #[serde(skip)]
    pub out: PathBuf,
    /// SHA-256 of the copy (not in the JSON inside the copy).
    #[serde(skip)]
    pub sha256: String,
    /// Size of the copy.
    #[serde(skip)]
    pub bytes: u64,
}

/// An original archive file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Original {
    /// Its name.
    pub name: String,
    /// Its SHA-256 as audited.
    pub sha256: Option<String>,
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

fn listed(report: &Report, judgement: &Judgement, i: usize) -> Listed {
    let m = &report.members[i];
    Listed {
        input: report
            .inputs
            .get(m.input)
            .map(|inp| file_name(&inp.path))
            .unwrap_or_default(),
        container: m.container.clone(),
        path: m.path.clone(),
        bytes: m.bytes,
        sha256: m.sha256.clone(),
        kind: m.kind,
        format: m.format.clone(),
        held: judgement.tallies.get(i).copied().unwrap_or_default(),
    }
}

/// Writes the copy of the export `paths` (audited as `report`) to `out`, atomically, without the
/// members judged not the user's; the lists inside it are written in `lang`.
pub fn set_aside(
    report: &Report,
    paths: &[PathBuf],
    out: &Path,
    lang: Lang,
) -> Result<SetAside, Error> {
    if paths.len() != report.inputs.len() {
        return Err(Error::usage(Message::new("evidence-error-not-audited")));
    }
    for p in paths {
        if same_file(p, out) {
            return Err(Error::usage(
                Message::new("evidence-error-out-is-original")
                    .arg("path", out.display().to_string()),
            ));
        }
    }
    let judgement = Judgement::of(report);
    let foreign: HashSet<usize> = judgement.foreign().collect();
    let mut result = SetAside {
        schema: SET_ASIDE_SCHEMA.into(),
        created: Utc::now().trunc_subsecs(3),
        export_id: report.export_id.clone(),
        originals: report
            .inputs
            .iter()
            .map(|i| Original {
                name: file_name(&i.path),
                sha256: i.sha256.clone(),
            })
            .collect(),
        copied: 0,
        removed: foreign
            .iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .map(|i| listed(report, &judgement, i))
            .collect(),
        kept_mixed: (0..report.members.len())
            .filter(|&i| judgement.fit(i) == MemberFit::Mixed)
            .map(|i| listed(report, &judgement, i))
            .collect(),
        not_copied: Vec::new(),
        out: out.to_path_buf(),
        sha256: String::new(),
        bytes: 0,
    };
    let names = DestNames::new(report);
    let outcome = auskunft_store::write_atomically_with(out, |w| {
        let mut zip = ZipWriter::new(w);
        let mut copier = Copier {
            report,
            names: &names,
            foreign: &foreign,
            zip: &mut zip,
            written: HashSet::new(),
            copied: vec![false; report.members.len()],
            failures: Vec::new(),
            changed: None,
            io: None,
        };
        walk(paths, &Limits::default(), &mut copier);
        if let Some(e) = copier.io.take() {
            return Err(e);
        }
        if let Some(changed) = copier.changed.take() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                ChangedSince(changed),
            ));
        }
        let copied = copier.copied;
        let failures = copier.failures;
        let mut taken: HashSet<String> = copier.written;
        // Members the walk did not hand over: unreadable ones, and archives inside the export
        // that could not be opened (their content is not in the copy).
        let has_children: HashSet<usize> = report.members.iter().filter_map(|m| m.parent).collect();
        for (i, m) in report.members.iter().enumerate() {
            if copied[i] || foreign.contains(&i) || has_children.contains(&i) {
                continue;
            }
            // Folder entries hold no data; the copy has the same folders.
            if is_folder(m) {
                let name = unique(&mut taken, names.names[i].clone());
                zip.add_directory(name, SimpleFileOptions::default())
                    .map_err(zip_io)?;
                continue;
            }
            if let Some((_, words)) = failures.iter().find(|(f, _)| *f == i) {
                result.not_copied.push(NotCopied {
                    member: listed(report, &judgement, i),
                    reason: words.en(),
                    reason_words: Some(words.clone()),
                });
                continue;
            }
            // The report's reason; without one, what the walk not handing it over means.
            let (reason, reason_words) = match (&m.reason, &m.reason_words) {
                (reason, Some(words)) => (
                    reason.clone().unwrap_or_else(|| words.en()),
                    Some(words.clone()),
                ),
                (Some(reason), None) => (reason.clone(), None),
                (None, None) => {
                    let words = Message::new(match m.kind {
                        MemberKind::Archive => "evidence-setaside-archive-unopened",
                        _ => "evidence-setaside-unreadable",
                    });
                    (words.en(), Some(words))
                }
            };
            result.not_copied.push(NotCopied {
                member: listed(report, &judgement, i),
                reason,
                reason_words,
            });
        }
        result.copied = copied.iter().filter(|c| **c).count();
        let json = serde_json::to_string_pretty(&result).map_err(io::Error::other)? + "\n";
        let text = crate::text::set_aside_list(&result, lang);
        for (name, body) in [(LIST_JSON, json), (LIST_TEXT, text)] {
            let name = unique(&mut taken, name.to_string());
            zip.start_file(
                name,
                SimpleFileOptions::default().compression_method(CompressionMethod::Deflated),
            )
            .map_err(zip_io)?;
            zip.write_all(body.as_bytes())?;
        }
        zip.finish().map_err(zip_io)?;
        Ok(())
    });
    match outcome {
        Ok(()) => {}
        Err(e) if e.get_ref().is_some_and(|r| r.is::<ChangedSince>()) => {
            let words = e
                .get_ref()
                .and_then(|r| r.downcast_ref::<ChangedSince>())
                .map(|c| c.0.clone())
                .unwrap_or_else(|| Message::new("evidence-error-changed"));
            return Err(Error::changed(words));
        }
        Err(e) => return Err(io_error(out, &e)),
    }
    let (sha, bytes) = hash_file(out).map_err(|e| io_error(out, &e))?;
    result.sha256 = sha;
    result.bytes = bytes;
    Ok(result)
}

/// A folder entry of an archive: no bytes of its own.
fn is_folder(m: &auskunft_model::Member) -> bool {
    m.path.ends_with('/') && m.bytes == 0 && m.sha256.is_none()
}

/// SHA-256 and size of a file.
pub fn hash_file(path: &Path) -> io::Result<(String, u64)> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut total = 0u64;
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        total += n as u64;
    }
    Ok((hex(&h.finalize()), total))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Why the copy stopped: the archives are not what was audited (travels in an `io::Error`).
#[derive(Debug)]
struct ChangedSince(Message);

impl std::fmt::Display for ChangedSince {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.en())
    }
}

impl std::error::Error for ChangedSince {}

fn zip_io(e: zip::result::ZipError) -> io::Error {
    match e {
        zip::result::ZipError::Io(e) => e,
        other => io::Error::other(other.to_string()),
    }
}

/// Each member's name in the copy.
struct DestNames {
    names: Vec<String>,
}

impl DestNames {
    fn new(report: &Report) -> DestNames {
        let several = report.inputs.len() > 1;
        let mut input_dirs: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        for inp in &report.inputs {
            input_dirs.push(unique(&mut seen, file_name(&inp.path)));
        }
        let names = report
            .members
            .iter()
            .map(|m| {
                let mut parts = vec![m.path.as_str()];
                let mut parent = m.parent;
                let mut depth = 0;
                while let Some(p) = parent.filter(|_| depth < 64) {
                    let Some(pm) = report.members.get(p) else {
                        break;
                    };
                    parts.push(pm.path.as_str());
                    parent = pm.parent;
                    depth += 1;
                }
                if several {
                    if let Some(dir) = input_dirs.get(m.input) {
                        parts.push(dir);
                    }
                }
                parts.reverse();
                parts
                    .iter()
                    .map(|p| p.trim_matches('/'))
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .collect();
        DestNames { names }
    }
}

/// `name`, or `name (2)`, `name (3)`… when taken.
fn unique(taken: &mut HashSet<String>, name: String) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 && !name[dot..].contains('/') => (&name[..dot], &name[dot..]),
        _ => (name.as_str(), ""),
    };
    for n in 2.. {
        let candidate = format!("{stem} ({n}){ext}");
        if taken.insert(candidate.clone()) {
            return candidate;
        }
    }
    unreachable!("some number is free")
}

struct Copier<'a, W: Write + Seek> {
    report: &'a Report,
    names: &'a DestNames,
    foreign: &'a HashSet<usize>,
    zip: &'a mut ZipWriter<W>,
    written: HashSet<String>,
    copied: Vec<bool>,
    failures: Vec<(usize, Message)>,
    changed: Option<Message>,
    io: Option<io::Error>,
}

impl<W: Write + Seek> Copier<'_, W> {
    fn copy(&mut self, index: usize, content: &mut dyn Read) -> io::Result<Result<(), Message>> {
        let m = &self.report.members[index];
        let name = unique(&mut self.written, self.names.names[index].clone());
        let method = match m.kind {
            MemberKind::Audio | MemberKind::Archive => CompressionMethod::Stored,
            _ => CompressionMethod::Deflated,
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .large_file(m.bytes >= u64::from(u32::MAX) / 2);
        self.zip.start_file(name, options).map_err(zip_io)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = match content.read(&mut buf) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.zip.abort_file().map_err(zip_io)?;
                    return Ok(Err(match exceeded(&e) {
                        Some(x) => Message::new("member-size-limit").arg("detail", x.words()),
                        None => Message::new("member-read-stopped").arg("detail", Message::io(&e)),
                    }));
                }
            };
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            self.zip.write_all(&buf[..n])?;
        }
        let sha = hex(&hasher.finalize());
        if m.sha256.as_deref().is_some_and(|audited| audited != sha) {
            self.changed = Some(
                Message::new("evidence-error-changed-bytes")
                    .arg("path", &m.path)
                    .arg("old", m.sha256.as_deref().unwrap_or_default())
                    .arg("new", sha),
            );
        }
        Ok(Ok(()))
    }
}

impl<W: Write + Seek> Visitor for Copier<'_, W> {
    fn member(&mut self, info: &MemberInfo<'_>, content: &mut dyn Read) -> Option<Claim> {
        if self.io.is_some() || self.changed.is_some() {
            return None;
        }
        let i = info.index;
        let Some(m) = self.report.members.get(i) else {
            self.changed =
                Some(Message::new("evidence-error-changed-extra").arg("path", info.path));
            return None;
        };
        if m.path != info.path || m.input != info.input || m.container.as_deref() != info.container
        {
            self.changed = Some(
                Message::new("evidence-error-changed-moved")
                    .arg("path", info.path)
                    .arg("was", &m.path),
            );
            return None;
        }
        if self.foreign.contains(&i) {
            return None;
        }
        match self.copy(i, content) {
            Ok(Ok(())) => self.copied[i] = true,
            Ok(Err(reason)) => self.failures.push((i, reason)),
            Err(e) => self.io = Some(e),
        }
        None
    }

    fn cancelled(&self) -> bool {
        self.io.is_some() || self.changed.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_copy_are_unique() {
        let mut taken = HashSet::new();
        assert_eq!(unique(&mut taken, "a/b.wav".into()), "a/b.wav");
        assert_eq!(unique(&mut taken, "a/b.wav".into()), "a/b (2).wav");
        assert_eq!(unique(&mut taken, "a/b.wav".into()), "a/b (3).wav");
        assert_eq!(unique(&mut taken, "README".into()), "README");
        assert_eq!(unique(&mut taken, "README".into()), "README (2)");
    }
}
