//! The evidence manifest: what an export held, hash by hash, and what the audit made of it,
//! signed so anyone can check it later (`docs/evidence.md`).

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use auskunft_model::{InputStatus, MemberKind, MemberStatus, Report};
use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use serde::{Deserialize, Serialize};

use crate::canonical::{canonical_json, sha256_hex};
use crate::judge::{Judgement, MemberFit};
use crate::keys::{KeyInfo, SigningKey};
use crate::{io_error, Error};

/// Schema name of the manifest; bump on incompatible changes.
pub const MANIFEST_SCHEMA: &str = "auskunft.manifest/1";

/// How the audit digest is computed, written into every manifest.
pub const CANONICAL_FORM: &str =
    "SHA-256 of the audit report (auskunft.audit/1) as JSON with object keys sorted, no whitespace";

/// The evidence manifest (`auskunft.manifest/1`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    /// Always [`MANIFEST_SCHEMA`].
    pub schema: String,
    /// When it was made (UTC).
    pub created: DateTime<Utc>,
    /// The program that made it.
    pub tool: Tool,
    /// The format modules that read members of this export, with their versions.
    pub format_modules: Vec<FormatModule>,
    /// The export's id (SHA-256 over the sorted SHA-256s of its archive files).
    pub export_id: String,
    /// The archive files, in the order audited.
    pub inputs: Vec<ManifestInput>,
    /// Every member of every archive, nested ones included, in the audit's order.
    pub members: Vec<ManifestMember>,
    /// The audit result this manifest was made from.
    pub audit: AuditDigest,
    /// The inventory the export was judged against.
    pub inventory: InventoryDigest,
    /// The key that signs it (the signature is in `FILE.minisig`).
    pub signer: Option<Signer>,
}

/// Name and version of the program.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Tool {
    /// `auskunft`.
    pub name: String,
    /// Its version.
    pub version: String,
}

/// A format module that claimed members of the export.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FormatModule {
    /// Its name (`amazon.voice_history`).
    pub name: String,
    /// Its version (format modules are released with the program).
    pub version: String,
    /// How many members it claimed.
    pub members: usize,
}

/// One archive file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ManifestInput {
    /// The file's name (no folder: the manifest may be shown to others).
    pub name: String,
    /// Its size.
    pub bytes: u64,
    /// SHA-256 of the whole file; `null` when it could not be read.
    pub sha256: Option<String>,
    /// How it could be read.
    pub status: InputStatus,
}

/// One member of an archive.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ManifestMember {
    /// Index into `inputs`.
    pub input: usize,
    /// The path as shown to people.
    pub path: String,
    /// For members of nested archives: the path of the archive member that holds them.
    pub container: Option<String>,
    /// Its size.
    pub bytes: u64,
    /// SHA-256 of its bytes; `null` when they could not be read.
    pub sha256: Option<String>,
    /// What it holds.
    pub kind: MemberKind,
    /// The format module that claimed it.
    pub format: Option<String>,
    /// Whether it was read.
    pub status: MemberStatus,
    /// Why it was skipped or failed.
    pub reason: Option<String>,
    /// Whose it is, from the records and devices it holds (see `judge`).
    pub fit: MemberFit,
}

/// The audit result's digest and its counts.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AuditDigest {
    /// The report's schema (`auskunft.audit/1`).
    pub schema: String,
    /// SHA-256 of the canonical JSON of the report.
    pub sha256: String,
    /// How the digest is computed ([`CANONICAL_FORM`]).
    pub canonical: String,
    /// Voice records in the export.
    pub records: usize,
    /// Of them the user's.
    pub records_mine: usize,
    /// Of them not the user's.
    pub records_foreign: usize,
    /// Of them unclear.
    pub records_unknown: usize,
    /// Members judged not the user's (what `set-aside` removes).
    pub members_foreign: usize,
}

/// The inventory's digest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct InventoryDigest {
    /// The file's name, when there is one.
    pub file: Option<String>,
    /// SHA-256 of the file's bytes; `null` when there is no file.
    pub sha256: Option<String>,
    /// `declared` or `none`, as the audit's summary says.
    pub state: String,
}

/// The signing key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Signer {
    /// The key id as minisign prints it.
    pub key_id: String,
    /// The public key's base64 line (`minisign -P`).
    pub public_key: String,
}

/// A manifest written and signed.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The manifest file.
    pub manifest: PathBuf,
    /// Its signature (`FILE.minisig`).
    pub signature: PathBuf,
    /// SHA-256 of the manifest file.
    pub sha256: String,
    /// Its size.
    pub bytes: u64,
    /// Members listed.
    pub members: usize,
    /// The signing key.
    pub key: KeyInfo,
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// SHA-256 of the report's canonical JSON.
pub fn audit_digest(report: &Report) -> Result<String, Error> {
    let value = serde_json::to_value(report).map_err(|e| Error::internal(e.to_string()))?;
    Ok(sha256_hex(canonical_json(&value).as_bytes()))
}

/// The manifest of an audited export. `inventory` is the file it was judged against (absent:
/// none).
pub fn build(
    report: &Report,
    inventory: Option<&Path>,
    signer: Option<&KeyInfo>,
    created: DateTime<Utc>,
) -> Result<Manifest, Error> {
    let judgement = Judgement::of(report);
    let mut modules: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &report.members {
        if let Some(f) = m.format.as_deref() {
            *modules.entry(f).or_default() += 1;
        }
    }
    let version = env!("CARGO_PKG_VERSION").to_string();
    let inventory_digest = match inventory.filter(|p| p.is_file()) {
        Some(p) => InventoryDigest {
            file: p.file_name().map(|n| n.to_string_lossy().into_owned()),
            sha256: Some(sha256_hex(&std::fs::read(p).map_err(|e| io_error(p, &e))?)),
            state: inventory_state(report),
        },
        None => InventoryDigest {
            file: None,
            sha256: None,
            state: inventory_state(report),
        },
    };
    let members: Vec<ManifestMember> = report
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| ManifestMember {
            input: m.input,
            path: m.path.clone(),
            container: m.container.clone(),
            bytes: m.bytes,
            sha256: m.sha256.clone(),
            kind: m.kind,
            format: m.format.clone(),
            status: m.status,
            reason: m.reason.clone(),
            fit: judgement.fit(i),
        })
        .collect();
    let s = &report.summary;
    Ok(Manifest {
        schema: MANIFEST_SCHEMA.into(),
        created,
        tool: Tool {
            name: report.tool.name.clone(),
            version: report.tool.version.clone(),
        },
        format_modules: modules
            .into_iter()
            .map(|(name, members)| FormatModule {
                name: name.to_string(),
                version: version.clone(),
                members,
            })
            .collect(),
        export_id: report.export_id.clone(),
        inputs: report
            .inputs
            .iter()
            .map(|i| ManifestInput {
                name: file_name(&i.path),
                bytes: i.bytes,
                sha256: i.sha256.clone(),
                status: i.status,
            })
            .collect(),
        audit: AuditDigest {
            schema: report.schema.clone(),
            sha256: audit_digest(report)?,
            canonical: CANONICAL_FORM.into(),
            records: s.records,
            records_mine: s.records_mine,
            records_foreign: s.records_foreign,
            records_unknown: s.records_unknown,
            members_foreign: members
                .iter()
                .filter(|m| m.fit == MemberFit::Foreign)
                .count(),
        },
        members,
        inventory: inventory_digest,
        signer: signer.map(|k| Signer {
            key_id: k.key_id.clone(),
            public_key: k.public_base64.clone(),
        }),
    })
}

fn inventory_state(report: &Report) -> String {
    serde_json::to_value(report.summary.inventory)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "none".into())
}

/// The signature file beside a manifest: `FILE.minisig`.
pub fn signature_path(manifest: &Path) -> PathBuf {
    let mut s = manifest.as_os_str().to_owned();
    s.push(".minisig");
    PathBuf::from(s)
}

/// Makes the manifest of `report`, signs it with the key in `data_dir` (made on first use) and
/// writes both, each atomically: the manifest at `out`, the signature at `out.minisig`.
pub fn save(
    report: &Report,
    inventory: Option<&Path>,
    data_dir: &Path,
    out: &Path,
) -> Result<Saved, Error> {
    let key = SigningKey::load_or_create(data_dir).map_err(|e| Error::key(data_dir, &e))?;
    let manifest = build(
        report,
        inventory,
        Some(&key.info),
        Utc::now().trunc_subsecs(3),
    )?;
    write_signed(&manifest, &key, out)
}

/// Writes `manifest` to `out` and its minisign signature to `out.minisig`.
pub fn write_signed(manifest: &Manifest, key: &SigningKey, out: &Path) -> Result<Saved, Error> {
    let mut text =
        serde_json::to_string_pretty(manifest).map_err(|e| Error::internal(e.to_string()))?;
    text.push('\n');
    let name = out
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    // minisign signs the trusted comment with the file: one line, no tabs or newlines from names.
    let trusted = format!(
        "timestamp:{}\tfile:{}\t{} export:{} created:{}",
        manifest.created.timestamp(),
        name.replace(['\t', '\n', '\r'], " "),
        MANIFEST_SCHEMA,
        manifest.export_id,
        manifest.created.to_rfc3339_opts(SecondsFormat::Secs, true)
    );
    let untrusted = format!("signature from auskunft evidence key {}", key.info.key_id);
    let signature = minisign::sign(
        Some(&key.public),
        &key.secret,
        Cursor::new(text.as_bytes()),
        Some(&trusted),
        Some(&untrusted),
    )
    .map_err(|e| Error::internal(format!("signing failed: {e}")))?;
    let sig_path = signature_path(out);
    auskunft_store::write_atomically(out, text.as_bytes()).map_err(|e| io_error(out, &e))?;
    auskunft_store::write_atomically(&sig_path, signature.into_string().as_bytes())
        .map_err(|e| io_error(&sig_path, &e))?;
    Ok(Saved {
        manifest: out.to_path_buf(),
        signature: sig_path,
        sha256: sha256_hex(text.as_bytes()),
        bytes: text.len() as u64,
        members: manifest.members.len(),
        key: key.info.clone(),
    })
}
