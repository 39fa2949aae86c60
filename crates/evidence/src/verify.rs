//! Checking archives against a manifest: every member hashed again, every difference named, and
//! the manifest's signature checked when `FILE.minisig` lies beside it.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use auskunft_archive::{walk, Limits, ListOnly};
use auskunft_model::Message;
use minisign::{PublicKey, SignatureBox};
use serde::Serialize;

use crate::keys::{key_id, read_public_key, KEYS_DIR};
use crate::manifest::{signature_path, Manifest, MANIFEST_SCHEMA};
use crate::{io_error, Error};

/// One way the archives differ from the manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Difference {
    /// An archive file of the manifest was not given, or cannot be read.
    InputMissing {
        /// The file's name in the manifest.
        input: String,
        /// Why, when a file was given but could not be read.
        problem: Option<String>,
        /// The same as a catalogue message, for the reader's language.
        #[serde(skip_serializing_if = "Option::is_none")]
        problem_words: Option<Message>,
    },
    /// An archive file's bytes differ.
    InputChanged {
        /// The file's name in the manifest.
        input: String,
        /// The archive given for it.
        given: String,
        /// SHA-256 in the manifest.
        old: Option<String>,
        /// SHA-256 now.
        new: Option<String>,
    },
    /// An archive file given that the manifest does not list.
    InputExtra {
        /// The file given.
        given: String,
        /// Its SHA-256.
        sha256: Option<String>,
    },
    /// A member of the manifest is no longer in the archive.
    Missing {
        /// The archive file's name.
        input: String,
        /// The nested archive holding it, if any.
        container: Option<String>,
        /// The member's path.
        path: String,
        /// SHA-256 in the manifest.
        old: Option<String>,
    },
    /// A member's bytes differ.
    Changed {
        /// The archive file's name.
        input: String,
        /// The nested archive holding it, if any.
        container: Option<String>,
        /// The member's path.
        path: String,
        /// SHA-256 in the manifest.
        old: Option<String>,
        /// SHA-256 now (`null` when it cannot be read now).
        new: Option<String>,
        /// Why it cannot be read now, when it cannot.
        reason: Option<String>,
        /// The same as a catalogue message (the walk's `reason_words`), for the reader's
        /// language.
        #[serde(skip_serializing_if = "Option::is_none")]
        reason_words: Option<Message>,
    },
    /// A member the manifest does not list.
    Extra {
        /// The archive file's name.
        input: String,
        /// The nested archive holding it, if any.
        container: Option<String>,
        /// The member's path.
        path: String,
        /// Its SHA-256.
        new: Option<String>,
    },
}

/// What the signature check found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SignatureCheck {
    /// No `FILE.minisig` beside the manifest.
    Absent,
    /// It verifies.
    Good {
        /// The key it was made with.
        key_id: String,
        /// The trusted comment (signed with the file).
        trusted_comment: String,
        /// Where the public key came from: `given` (`--key`), `own` (this data folder's key) or
        /// `manifest` (the key the manifest names: compare its id with the one its signer
        /// published).
        key_from: String,
    },
    /// It does not verify, or cannot be read.
    Bad {
        /// Why (English).
        problem: String,
        /// Why, as a catalogue message, for the reader's language.
        problem_words: Message,
    },
}

/// The result of checking archives against a manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verification {
    /// The export id the manifest names.
    pub export_id: String,
    /// Archive files compared.
    pub inputs: usize,
    /// Members of the manifest compared.
    pub members: usize,
    /// Every difference, in the manifest's order, extra members after.
    pub differences: Vec<Difference>,
    /// The signature.
    pub signature: SignatureCheck,
}

impl Verification {
    /// Everything matches and no signature is bad.
    pub fn all_match(&self) -> bool {
        self.differences.is_empty() && !matches!(self.signature, SignatureCheck::Bad { .. })
    }
}

/// Reads a manifest file; a usage error when it is not one.
pub fn read_manifest(path: &Path) -> Result<(Manifest, Vec<u8>), Error> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, &e))?;
    let shown = || path.display().to_string();
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        Error::usage(
            Message::new("evidence-error-not-json")
                .arg("path", shown())
                .arg("detail", e.to_string()),
        )
    })?;
    let schema = value.get("schema").and_then(|s| s.as_str()).unwrap_or("");
    if schema != MANIFEST_SCHEMA {
        return Err(Error::usage(
            Message::new("evidence-error-not-a-manifest")
                .arg("path", shown())
                .arg("wanted", MANIFEST_SCHEMA)
                .arg("schema", schema),
        ));
    }
    let manifest = serde_json::from_value(value).map_err(|e| {
        Error::usage(
            Message::new("evidence-error-invalid-manifest")
                .arg("path", shown())
                .arg("detail", e.to_string()),
        )
    })?;
    Ok((manifest, bytes))
}

/// Checks `archives` against the manifest at `manifest_path`. The signature is checked against
/// `key` (a public key file) when given, else the data folder's key when its id is the one the
/// signature names, else the key the manifest names.
pub fn verify(
    manifest_path: &Path,
    archives: &[PathBuf],
    key: Option<&Path>,
    data_dir: Option<&Path>,
) -> Result<Verification, Error> {
    let (manifest, bytes) = read_manifest(manifest_path)?;
    let signature = check_signature(manifest_path, &bytes, &manifest, key, data_dir)?;
    let mut differences = Vec::new();

    // Hash the archives given (one walk each: the file's hash and every member's).
    let walks: Vec<_> = archives
        .iter()
        .map(|p| {
            let w = walk(std::slice::from_ref(p), &Limits::default(), &mut ListOnly);
            (p, w)
        })
        .collect();
    // Pair them with the manifest's inputs: same bytes first, then same name, then order.
    let mut pair: Vec<Option<usize>> = vec![None; manifest.inputs.len()];
    let mut used = vec![false; walks.len()];
    let sha = |w: &auskunft_archive::Walk| w.inputs.first().and_then(|i| i.sha256.clone());
    for (i, input) in manifest.inputs.iter().enumerate() {
        if let Some(j) = (0..walks.len())
            .find(|&j| !used[j] && input.sha256.is_some() && sha(&walks[j].1) == input.sha256)
        {
            pair[i] = Some(j);
            used[j] = true;
        }
    }
    let name_of = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
    for (i, input) in manifest.inputs.iter().enumerate() {
        if pair[i].is_none() {
            if let Some(j) = (0..walks.len())
                .find(|&j| !used[j] && name_of(walks[j].0).as_deref() == Some(input.name.as_str()))
            {
                pair[i] = Some(j);
                used[j] = true;
            }
        }
    }
    for slot in pair.iter_mut() {
        if slot.is_none() {
            if let Some(j) = (0..walks.len()).find(|&j| !used[j]) {
                *slot = Some(j);
                used[j] = true;
            }
        }
    }

    for (i, input) in manifest.inputs.iter().enumerate() {
        let listed: Vec<_> = manifest.members.iter().filter(|m| m.input == i).collect();
        let Some(j) = pair[i] else {
            differences.push(Difference::InputMissing {
                input: input.name.clone(),
                problem: None,
                problem_words: None,
            });
            continue;
        };
        let (path, w) = &walks[j];
        let now = w.inputs.first();
        if now.is_none_or(|n| n.sha256.is_none()) {
            // What the walk says of the file (it names the file), else what opening it says.
            let shown = path.display().to_string();
            let words = now
                .and_then(|n| n.message_words.clone())
                .or_else(|| {
                    File::open(path).err().map(|e| {
                        Message::new("input-message-cannot-open")
                            .arg("file", shown.as_str())
                            .arg("detail", Message::io(&e))
                    })
                })
                .unwrap_or_else(|| {
                    Message::new("evidence-verify-input-unreadable-unknown")
                        .arg("file", shown.as_str())
                });
            differences.push(Difference::InputMissing {
                input: input.name.clone(),
                problem: Some(words.en()),
                problem_words: Some(words),
            });
            continue;
        }
        let new_sha = now.and_then(|n| n.sha256.clone());
        if new_sha != input.sha256 {
            differences.push(Difference::InputChanged {
                input: input.name.clone(),
                given: path.display().to_string(),
                old: input.sha256.clone(),
                new: new_sha,
            });
        }
        // Members by place; a name that occurs twice is compared in order.
        let mut found: HashMap<(Option<&str>, &str), Vec<&auskunft_model::Member>> = HashMap::new();
        for m in &w.members {
            found
                .entry((m.container.as_deref(), m.path.as_str()))
                .or_default()
                .push(m);
        }
        for list in found.values_mut() {
            list.reverse();
        }
        for m in &listed {
            let key = (m.container.as_deref(), m.path.as_str());
            match found.get_mut(&key).and_then(|l| l.pop()) {
                None => differences.push(Difference::Missing {
                    input: input.name.clone(),
                    container: m.container.clone(),
                    path: m.path.clone(),
                    old: m.sha256.clone(),
                }),
                Some(now) if now.sha256 != m.sha256 => differences.push(Difference::Changed {
                    input: input.name.clone(),
                    container: m.container.clone(),
                    path: m.path.clone(),
                    old: m.sha256.clone(),
                    new: now.sha256.clone(),
                    reason: if now.sha256.is_none() {
                        now.reason.clone()
                    } else {
                        None
                    },
                    reason_words: if now.sha256.is_none() {
                        now.reason_words.clone()
                    } else {
                        None
                    },
                }),
                Some(_) => {}
            }
        }
        // What is left was not in the manifest, in archive order.
        for m in &w.members {
            let key = (m.container.as_deref(), m.path.as_str());
            if let Some(list) = found.get_mut(&key) {
                if list.last().is_some_and(|l| std::ptr::eq(*l, m)) {
                    list.pop();
                    differences.push(Difference::Extra {
                        input: input.name.clone(),
                        container: m.container.clone(),
                        path: m.path.clone(),
                        new: m.sha256.clone(),
                    });
                }
            }
        }
    }
    for (j, (path, w)) in walks.iter().enumerate() {
        if !used[j] {
            differences.push(Difference::InputExtra {
                given: path.display().to_string(),
                sha256: sha(w),
            });
        }
    }
    Ok(Verification {
        export_id: manifest.export_id.clone(),
        inputs: manifest.inputs.len(),
        members: manifest.members.len(),
        differences,
        signature,
    })
}

/// A signature that does not verify, and why.
fn bad(words: Message) -> SignatureCheck {
    SignatureCheck::Bad {
        problem: words.en(),
        problem_words: words,
    }
}

fn check_signature(
    manifest_path: &Path,
    bytes: &[u8],
    manifest: &Manifest,
    key: Option<&Path>,
    data_dir: Option<&Path>,
) -> Result<SignatureCheck, Error> {
    let sig_path = signature_path(manifest_path);
    let text = match std::fs::read_to_string(&sig_path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SignatureCheck::Absent),
        Err(e) => {
            return Ok(bad(Message::new("evidence-sig-unreadable")
                .arg("path", sig_path.display().to_string())
                .arg("detail", Message::io(&e))))
        }
    };
    let sig = match SignatureBox::from_string(&text) {
        Ok(s) => s,
        Err(e) => {
            return Ok(bad(Message::new("evidence-sig-not-a-signature")
                .arg("path", sig_path.display().to_string())
                .arg("detail", e.to_string())))
        }
    };
    let wanted = key_id(sig.keynum());
    let (public, from): (PublicKey, &str) = if let Some(key) = key {
        let text = std::fs::read_to_string(key).map_err(|e| io_error(key, &e))?;
        let pk = read_public_key(&text).map_err(|e| {
            Error::usage(
                Message::new("evidence-error-not-a-key")
                    .arg("path", key.display().to_string())
                    .arg("detail", e),
            )
        })?;
        (pk, "given")
    } else if let Some(own) = data_dir
        .map(|d| d.join(KEYS_DIR).join(format!("{wanted}.pub")))
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|t| read_public_key(&t).ok())
    {
        (own, "own")
    } else if let Some(signer) = &manifest.signer {
        match PublicKey::from_base64(&signer.public_key) {
            Ok(pk) => (pk, "manifest"),
            Err(e) => {
                return Ok(bad(
                    Message::new("evidence-sig-manifest-key").arg("detail", e.to_string())
                ))
            }
        }
    } else {
        return Ok(bad(Message::new("evidence-sig-no-key").arg("id", wanted)));
    };
    match minisign::verify(
        &public,
        &sig,
        std::io::Cursor::new(bytes),
        true,
        false,
        false,
    ) {
        Ok(()) => Ok(SignatureCheck::Good {
            key_id: wanted,
            trusted_comment: sig.trusted_comment().unwrap_or_default(),
            key_from: from.to_string(),
        }),
        Err(e) => Ok(bad(Message::new("evidence-sig-mismatch")
            .arg("id", key_id(public.keynum()))
            .arg("detail", e.to_string()))),
    }
}
