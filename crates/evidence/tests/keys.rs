//! The signing key: made once, private, reused; an unusable one replaced with a message that
//! names the old public key; signatures that the key made verify, and fail after a change.
#![allow(clippy::unwrap_used)]

use auskunft_evidence::keys::{read_public_key, SigningKey, KEYS_DIR, PUBLIC_FILE, SECRET_FILE};

#[test]
fn a_key_is_made_once_and_reused() {
    let dir = tempfile::tempdir().unwrap();
    let first = SigningKey::load_or_create(dir.path()).unwrap();
    assert!(first.info.created);
    assert!(first.info.replaced.is_none());
    assert_eq!(first.info.key_id.len(), 16);
    let again = SigningKey::load_or_create(dir.path()).unwrap();
    assert!(!again.info.created);
    assert_eq!(again.info.key_id, first.info.key_id);
    let keys = dir.path().join(KEYS_DIR);
    let public = std::fs::read_to_string(keys.join(PUBLIC_FILE)).unwrap();
    assert!(public.starts_with(&format!(
        "untrusted comment: minisign public key: {}",
        first.info.key_id
    )));
    assert!(read_public_key(&public).is_ok());
    assert!(keys.join(format!("{}.pub", first.info.key_id)).is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&keys.join(SECRET_FILE)), 0o600);
        assert_eq!(mode(&keys), 0o700);
    }
    // Nothing left over from the atomic writes.
    let names: Vec<String> = std::fs::read_dir(&keys)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn an_unreadable_key_is_replaced_and_the_old_public_key_named() {
    let dir = tempfile::tempdir().unwrap();
    let old = SigningKey::load_or_create(dir.path()).unwrap().info;
    let keys = dir.path().join(KEYS_DIR);
    std::fs::write(keys.join(SECRET_FILE), "not a key\n").unwrap();
    let new = SigningKey::load_or_create(dir.path()).unwrap().info;
    assert!(new.created);
    assert_ne!(new.key_id, old.key_id);
    let replaced = new.replaced.unwrap();
    assert_eq!(replaced.old_key_id.as_deref(), Some(old.key_id.as_str()));
    let kept = replaced.old_public.unwrap();
    assert!(kept.ends_with(format!("{}.pub", old.key_id)));
    assert!(
        kept.is_file(),
        "the old public key is still there to check old signatures"
    );
    let moved = replaced.moved_to.unwrap();
    assert_eq!(std::fs::read_to_string(moved).unwrap(), "not a key\n");
    // The new key is used from now on.
    let again = SigningKey::load_or_create(dir.path()).unwrap().info;
    assert_eq!(again.key_id, new.key_id);
    assert!(again.replaced.is_none());
}

#[test]
fn a_lost_secret_key_beside_its_public_key_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let old = SigningKey::load_or_create(dir.path()).unwrap().info;
    std::fs::remove_file(dir.path().join(KEYS_DIR).join(SECRET_FILE)).unwrap();
    let new = SigningKey::load_or_create(dir.path()).unwrap().info;
    let replaced = new.replaced.unwrap();
    assert_eq!(replaced.old_key_id.as_deref(), Some(old.key_id.as_str()));
    assert!(replaced.moved_to.is_none());
    assert!(replaced.problem.contains("missing"));
}
