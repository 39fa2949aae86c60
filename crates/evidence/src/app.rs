//! What the "Act on it" screen's evidence sections receive: small views of the bodies' results,
//! typed for the UI (ts-rs writes them to `ui/src/lib/bindings/`). The desktop shell's commands
//! call these with the open export and a path from the save dialog.

use std::path::{Path, PathBuf};

use auskunft_model::{Fit, Message, Report};
use serde::Serialize;
use ts_rs::TS;

use crate::judge::{Judgement, MemberFit};
use crate::keys::{key_id, read_public_key, KEYS_DIR, PUBLIC_FILE};
use crate::transcripts::Format;
use crate::{Error, Lang};

/// What the sections show before anything is saved.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct EvidenceStatus {
    /// Members judged not the user's (what setting aside removes).
    pub foreign_members: usize,
    /// Their size.
    #[ts(type = "number")]
    pub foreign_bytes: u64,
    /// Members holding the user's records and others' (kept whole).
    pub mixed_members: usize,
    /// The user's records with words (what "Export my transcripts" writes).
    pub transcripts_mine: usize,
    /// When the foreign part of this export was last forgotten (RFC 3339), if ever.
    pub forgotten_at: Option<String>,
    /// The public key file, when a key was made already.
    pub public_key: Option<String>,
    /// Its id.
    pub key_id: Option<String>,
}

/// The status of the open export's evidence sections.
pub fn status(report: &Report, data_dir: &Path) -> EvidenceStatus {
    let judgement = Judgement::of(report);
    let foreign: Vec<usize> = judgement.foreign().collect();
    let public = data_dir.join(KEYS_DIR).join(PUBLIC_FILE);
    let key = std::fs::read_to_string(&public)
        .ok()
        .and_then(|t| read_public_key(&t).ok());
    EvidenceStatus {
        foreign_members: foreign.len(),
        foreign_bytes: foreign.iter().map(|&i| report.members[i].bytes).sum(),
        mixed_members: (0..report.members.len())
            .filter(|&i| judgement.fit(i) == MemberFit::Mixed)
            .count(),
        transcripts_mine: crate::transcripts::selected(report, Fit::Mine).len(),
        forgotten_at: crate::forget::forgotten_at(data_dir, &report.export_id)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        public_key: key.as_ref().map(|_| public.display().to_string()),
        key_id: key.map(|k| key_id(k.keynum())),
    }
}

/// A manifest saved.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct ManifestSaved {
    /// The manifest file.
    pub path: String,
    /// Its signature.
    pub signature: String,
    /// The public key file to publish.
    pub public_key: String,
    /// The key id (fingerprint).
    pub key_id: String,
    /// The key was made now.
    pub key_created: bool,
    /// The key replaced one that could not be used: why, and where the old public key is.
    pub key_replaced: Option<KeyReplaced>,
    /// Members listed.
    pub members: usize,
    /// SHA-256 of the manifest.
    pub sha256: String,
}

/// A key that replaced an unusable one.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct KeyReplaced {
    /// Why the old key could not be used (English).
    pub problem: String,
    /// Why, as a catalogue message, for the reader's language.
    pub problem_words: Message,
    /// The old public key, when it is still there.
    pub old_public_key: Option<String>,
    /// The old key's id.
    pub old_key_id: Option<String>,
}

/// Saves the manifest of the open export to `out`.
pub fn save_manifest(
    report: &Report,
    inventory: &Path,
    data_dir: &Path,
    out: &Path,
) -> Result<ManifestSaved, Error> {
    let saved = crate::manifest::save(report, Some(inventory), data_dir, out)?;
    Ok(ManifestSaved {
        path: saved.manifest.display().to_string(),
        signature: saved.signature.display().to_string(),
        public_key: saved.key.public_path.display().to_string(),
        key_id: saved.key.key_id.clone(),
        key_created: saved.key.created,
        key_replaced: saved.key.replaced.as_ref().map(|r| KeyReplaced {
            problem: r.problem.clone(),
            problem_words: r.problem_words.clone(),
            old_public_key: r.old_public.as_ref().map(|p| p.display().to_string()),
            old_key_id: r.old_key_id.clone(),
        }),
        members: saved.members,
        sha256: saved.sha256,
    })
}

/// A set-aside copy saved.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct SetAsideSaved {
    /// The copy.
    pub path: String,
    /// Its SHA-256.
    pub sha256: String,
    /// Its size.
    #[ts(type = "number")]
    pub bytes: u64,
    /// Members copied.
    pub copied: usize,
    /// Members removed.
    pub removed: usize,
    /// Their size.
    #[ts(type = "number")]
    pub removed_bytes: u64,
    /// Members kept whole that hold others' records too.
    pub kept_mixed: usize,
    /// Members that could not be copied.
    pub not_copied: usize,
    /// The first [`NOT_COPIED_SHOWN`] of them, each with why (all of them are in the list inside
    /// the copy).
    pub not_copied_members: Vec<NotCopiedMember>,
}

/// How many members that could not be copied [`SetAsideSaved`] names.
pub const NOT_COPIED_SHOWN: usize = 20;

/// A member that could not be copied, and why.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct NotCopiedMember {
    /// The archive file's name.
    pub input: String,
    /// The nested archive holding it, if any.
    pub container: Option<String>,
    /// Its path.
    pub path: String,
    /// Why (English).
    pub reason: String,
    /// Why, as a catalogue message, for the reader's language (absent for a report of an older
    /// version, whose reasons are English only).
    pub reason_words: Option<Message>,
}

/// Writes the set-aside copy of the open export to `out`; the list inside in `lang`.
pub fn save_set_aside(
    report: &Report,
    paths: &[PathBuf],
    out: &Path,
    lang: Lang,
) -> Result<SetAsideSaved, Error> {
    let s = crate::set_aside::set_aside(report, paths, out, lang)?;
    Ok(SetAsideSaved {
        path: s.out.display().to_string(),
        sha256: s.sha256.clone(),
        bytes: s.bytes,
        copied: s.copied,
        removed: s.removed.len(),
        removed_bytes: s.removed.iter().map(|r| r.bytes).sum(),
        kept_mixed: s.kept_mixed.len(),
        not_copied: s.not_copied.len(),
        not_copied_members: s
            .not_copied
            .iter()
            .take(NOT_COPIED_SHOWN)
            .map(|n| NotCopiedMember {
                input: n.member.input.clone(),
                container: n.member.container.clone(),
                path: n.member.path.clone(),
                reason: n.reason.clone(),
                reason_words: n.reason_words.clone(),
            })
            .collect(),
    })
}

/// The foreign part forgotten.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct ForgetDone {
    /// When (RFC 3339).
    pub when: String,
    /// Members whose derived data was forgotten.
    pub members: usize,
    /// Files and folders deleted.
    pub deleted: usize,
    /// Bytes freed.
    #[ts(type = "number")]
    pub deleted_bytes: u64,
    /// The record of it (`forgotten.json`).
    pub record: String,
}

/// Forgets the foreign part of the open export.
pub fn forget(report: &Report, data_dir: &Path) -> Result<ForgetDone, Error> {
    let e = crate::forget::forget_foreign(report, data_dir)?;
    Ok(ForgetDone {
        when: e.when.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        members: e.members.len(),
        deleted: e.deleted.len(),
        deleted_bytes: e.deleted.iter().map(|d| d.bytes).sum(),
        record: data_dir
            .join(crate::forget::FORGOTTEN_FILE)
            .display()
            .to_string(),
    })
}

/// Transcripts saved.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TranscriptsSaved {
    /// The file.
    pub path: String,
    /// Records in it.
    pub records: usize,
}

/// Writes the user's own transcripts (never others') in `format` to `out`.
pub fn save_transcripts(
    report: &Report,
    format: Format,
    out: &Path,
    lang: Lang,
) -> Result<TranscriptsSaved, Error> {
    let done = crate::transcripts::save(report, format, Fit::Mine, lang, out)?;
    Ok(TranscriptsSaved {
        path: out.display().to_string(),
        records: done.records,
    })
}

/// The file name the save dialog suggests: `<first archive's name>-<what>.<ext>`.
pub fn suggested_name(report: &Report, what: &str, ext: &str) -> String {
    let stem = report
        .inputs
        .first()
        .and_then(|i| {
            Path::new(&i.path)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| report.export_id.chars().take(12).collect());
    format!("{stem}-{what}.{ext}")
}
