//! The user's signing key: an Ed25519 key pair in minisign's format, kept in the data folder.
//!
//! `keys/evidence.key` holds the secret key (unencrypted, mode 0600: the data folder is the
//! user's own, and a password prompt would stop the CLI and the app alike), `keys/evidence.pub`
//! the public key, and `keys/<KEY ID>.pub` a copy of every public key ever made here, so a
//! signature made with a key that was since replaced can still be checked. Both are written
//! atomically (auskunft-store) on first use.
//!
//! A secret key that is missing while its public key is there, or that cannot be read, is not
//! fatal: a new key pair is made, the unreadable file is kept beside it under another name, and
//! [`KeyInfo::replaced`] tells the caller, so the user learns that earlier signatures need the
//! earlier public key.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use auskunft_model::Message;
use minisign::{KeyPair, PublicKey, PublicKeyBox, SecretKey, SecretKeyBox};

/// The folder of keys inside the data folder.
pub const KEYS_DIR: &str = "keys";
/// The secret key's file name.
pub const SECRET_FILE: &str = "evidence.key";
/// The public key's file name.
pub const PUBLIC_FILE: &str = "evidence.pub";

/// A key made to replace one that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Replaced {
    /// The old key's id, when its public key could be read.
    pub old_key_id: Option<String>,
    /// Where the old public key is kept, when it could be read.
    pub old_public: Option<PathBuf>,
    /// Where the unusable secret key file was moved, when there was one.
    pub moved_to: Option<PathBuf>,
    /// Why the old key could not be used (English).
    pub problem: String,
    /// Why, as a catalogue message, for the reader's language.
    pub problem_words: Message,
}

/// The key pair ready to sign, and what to tell the user about it.
pub struct SigningKey {
    pub(crate) secret: SecretKey,
    pub(crate) public: PublicKey,
    /// Where its public key is, its id and whether it was made now.
    pub info: KeyInfo,
}

/// What the user needs to publish and check a key.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyInfo {
    /// The public key file (`keys/evidence.pub`).
    pub public_path: PathBuf,
    /// The key id as minisign prints it: 16 hex digits (`B0B5AC0E8C1E7C5F`).
    pub key_id: String,
    /// The public key as one base64 line (what `minisign -P` takes).
    pub public_base64: String,
    /// The key pair was made by this call.
    pub created: bool,
    /// It replaced a key that could not be used.
    pub replaced: Option<Replaced>,
}

/// The key id of a minisign key number, as minisign prints it.
pub fn key_id(keynum: &[u8]) -> String {
    let mut le = [0u8; 8];
    for (d, s) in le.iter_mut().zip(keynum) {
        *d = *s;
    }
    format!("{:016X}", u64::from_le_bytes(le))
}

/// Reads a public key in minisign's file format (two lines) or as its base64 line alone.
pub fn read_public_key(text: &str) -> Result<PublicKey, String> {
    let trimmed = text.trim();
    let result = if trimmed.lines().count() >= 2 {
        PublicKey::from_box(PublicKeyBox::from_string(trimmed).map_err(|e| e.to_string())?)
    } else {
        PublicKey::from_base64(trimmed)
    };
    result.map_err(|e| e.to_string())
}

impl SigningKey {
    /// The key in `data_dir/keys/`, made when there is none; a key that cannot be read is
    /// replaced (see the module docs). Errors only when nothing can be written there.
    pub fn load_or_create(data_dir: &Path) -> io::Result<SigningKey> {
        let dir = data_dir.join(KEYS_DIR);
        let secret_path = dir.join(SECRET_FILE);
        let public_path = dir.join(PUBLIC_FILE);
        let problem = match fs::read_to_string(&secret_path) {
            Ok(text) => match read_secret(&text) {
                Ok(secret) => match PublicKey::from_secret_key(&secret) {
                    Ok(public) => {
                        // The public file is derived; write it again when it is missing or
                        // another key's.
                        let id = key_id(public.keynum());
                        let current = fs::read_to_string(&public_path)
                            .ok()
                            .and_then(|t| read_public_key(&t).ok());
                        if current.as_ref().map(|p| key_id(p.keynum())) != Some(id.clone())
                            || current.as_ref() != Some(&public)
                        {
                            write_public(&dir, &public)?;
                        }
                        return Ok(SigningKey {
                            info: info(&public, public_path, false, None),
                            secret,
                            public,
                        });
                    }
                    Err(e) => Some(unreadable(e.to_string())),
                },
                Err(e) => Some(e),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if public_path.exists() {
                    Some(Message::new("evidence-key-problem-missing"))
                } else {
                    None
                }
            }
            Err(e) => Some(unreadable(e.to_string())),
        };
        let replaced = match problem {
            None => None,
            Some(problem) => Some(set_old_aside(&dir, &secret_path, &public_path, problem)?),
        };
        let pair =
            KeyPair::generate_unencrypted_keypair().map_err(|e| io::Error::other(e.to_string()))?;
        write_secret(&secret_path, &pair.sk)?;
        write_public(&dir, &pair.pk)?;
        Ok(SigningKey {
            info: info(&pair.pk, public_path, true, replaced),
            secret: pair.sk,
            public: pair.pk,
        })
    }
}

fn info(
    public: &PublicKey,
    public_path: PathBuf,
    created: bool,
    replaced: Option<Replaced>,
) -> KeyInfo {
    KeyInfo {
        public_path,
        key_id: key_id(public.keynum()),
        public_base64: public.to_base64(),
        created,
        replaced,
    }
}

/// Why the secret key file cannot be used: `detail` in minisign's or the system's words.
fn unreadable(detail: String) -> Message {
    Message::new("evidence-key-problem-unreadable").arg("detail", detail)
}

fn read_secret(text: &str) -> Result<SecretKey, Message> {
    let boxed = SecretKeyBox::from_string(text).map_err(|e| unreadable(e.to_string()))?;
    // Never the password form: it would prompt on the terminal.
    let secret = SecretKey::from_unencrypted_box(boxed).map_err(|e| unreadable(e.to_string()))?;
    if secret.is_encrypted() {
        return Err(Message::new("evidence-key-problem-password"));
    }
    Ok(secret)
}

/// Keeps what is left of an unusable key: the secret key file moved aside, the old public key
/// kept under its id.
fn set_old_aside(
    dir: &Path,
    secret_path: &Path,
    public_path: &Path,
    problem: Message,
) -> io::Result<Replaced> {
    let old_public = fs::read_to_string(public_path)
        .ok()
        .and_then(|t| read_public_key(&t).ok());
    let (old_key_id, kept) = match &old_public {
        Some(pk) => {
            let id = key_id(pk.keynum());
            let kept = dir.join(format!("{id}.pub"));
            if !kept.exists() {
                write_public_file(&kept, pk)?;
            }
            (Some(id), Some(kept))
        }
        None => (None, None),
    };
    let moved_to = if secret_path.exists() {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
        let to = dir.join(format!("{SECRET_FILE}.unusable-{stamp}"));
        fs::rename(secret_path, &to)?;
        Some(to)
    } else {
        None
    };
    Ok(Replaced {
        old_key_id,
        old_public: kept,
        moved_to,
        problem: problem.en(),
        problem_words: problem,
    })
}

fn write_secret(path: &Path, secret: &SecretKey) -> io::Result<()> {
    let boxed = secret
        .to_box(Some(
            "auskunft evidence secret key (unencrypted; keep it private)",
        ))
        .map_err(|e| io::Error::other(e.to_string()))?;
    let text = boxed.into_string();
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
        restrict_dir(dir, 0o700)?;
    }
    auskunft_store::write_atomically_with(path, |w| {
        // Private before a byte of the key is written.
        restrict_file(w.get_ref(), 0o600)?;
        w.write_all(text.as_bytes())
    })
}

/// The current public key and its copy under its id.
fn write_public(dir: &Path, public: &PublicKey) -> io::Result<()> {
    write_public_file(&dir.join(PUBLIC_FILE), public)?;
    write_public_file(
        &dir.join(format!("{}.pub", key_id(public.keynum()))),
        public,
    )
}

fn write_public_file(path: &Path, public: &PublicKey) -> io::Result<()> {
    let boxed = public
        .to_box()
        .map_err(|e| io::Error::other(e.to_string()))?;
    auskunft_store::write_atomically(path, boxed.into_string().as_bytes())
}

#[cfg(unix)]
fn restrict_file(file: &fs::File, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(mode))
}

#[cfg(unix)]
fn restrict_dir(dir: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn restrict_file(_file: &fs::File, _mode: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(not(unix))]
fn restrict_dir(_dir: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}
