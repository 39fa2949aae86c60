//! The one way Auskunft writes state to disk: every file in the data folder (the inventory,
//! `review.json`, `recent.json`, the demo export) is replaced atomically, and what a crashed
//! write left behind is removed.
//!
//! A write goes to a temporary file beside the target, named `.<file name>.<pid>.<n>.tmp`, is
//! flushed to disk, renamed over the target and the folder is synced: a crash at any moment
//! leaves the old file or the new one, never a mix. The permissions of the file replaced are
//! kept. A process killed between creating the temporary file and renaming it leaves that file
//! behind; [`write_atomically`] and [`write_atomically_with`] remove such leftovers of the same
//! target before writing, and [`sweep`] removes them from a folder (the app calls it at start).
//! A leftover is a temporary file whose writer is no longer running (its pid is gone; where the
//! system has no `/proc`, one older than ten minutes), or one in the unnamed form of earlier
//! versions (`.inventory.XXXXXX.tmp`, written by a crate that named them at random).
//!
//! Whole folders written by someone else (the search index, which tantivy writes) are built in a
//! [`temporary_dir`] of the same form and renamed into place by their writer; a crashed build
//! leaves that folder, and the sweep removes it like a file.
//!
//! Non-goals: locking against concurrent writers (the last rename wins, whole).
#![deny(missing_docs)]

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// Counts the temporary files this process made, so two writes never share a name.
static NEXT: AtomicU64 = AtomicU64::new(0);

/// Where there is no `/proc` to ask whether a writer still runs, a temporary file this old is
/// taken for a leftover.
const STALE: Duration = Duration::from_secs(600);

/// Writes `bytes` to `path` atomically, creating its folder when missing.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// Runs `fill` on a buffered temporary file beside `path`, then puts it in place atomically;
/// returns what `fill` returned. On any error the temporary file is removed and `path` is as it
/// was.
pub fn write_atomically_with<T>(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<File>) -> io::Result<T>,
) -> io::Result<T> {
    let dir = folder_of(path);
    fs::create_dir_all(dir)?;
    let name = file_name(path)?;
    remove_leftovers(dir, Some(&name));
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        let value = fill(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        if let Ok(meta) = fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        Ok(value)
    })();
    match result {
        Ok(value) => {
            // Make the rename itself durable. Some file systems refuse to sync a folder; the
            // file is complete and in place then, which is not worth failing the write for.
            #[cfg(unix)]
            if let Ok(folder) = File::open(dir) {
                let _ = folder.sync_all();
            }
            Ok(value)
        }
        Err(e) => {
            // Best effort: the original error matters more than a failed clean-up.
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Makes a new empty folder beside `path`, named like a temporary file
/// (`.<name>.<pid>.<n>.tmp`), for a writer that fills a whole folder and renames it over `path`
/// itself; leftovers of crashed writers for the same `path` go first. Rename the folder or
/// remove it when done: should the process die first, [`sweep`] removes it later.
pub fn temporary_dir(path: &Path) -> io::Result<PathBuf> {
    let dir = folder_of(path);
    fs::create_dir_all(dir)?;
    let name = file_name(path)?;
    remove_leftovers(dir, Some(&name));
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    fs::create_dir(&tmp)?;
    Ok(tmp)
}

/// Removes the leftovers of crashed writes in `dir` (not below it): temporary files and
/// [`temporary_dir`] folders whose writer is gone. Returns the paths removed.
pub fn sweep(dir: &Path) -> Vec<PathBuf> {
    remove_leftovers(dir, None)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn file_name(path: &Path) -> io::Result<String> {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} names no file", path.display()),
            )
        })
}

/// What a temporary file's name says: the target's file name and the writer's pid (`None` for
/// the unnamed form of earlier versions).
fn parse(temp: &str) -> Option<(&str, Option<u32>)> {
    let inner = temp.strip_prefix('.')?.strip_suffix(".tmp")?;
    let mut parts = inner.rsplitn(3, '.');
    let (counter, pid, target) = (parts.next()?, parts.next(), parts.next());
    match (pid, target) {
        (Some(pid), Some(target))
            if counter.bytes().all(|b| b.is_ascii_digit())
                && !counter.is_empty()
                && pid.bytes().all(|b| b.is_ascii_digit())
                && !pid.is_empty() =>
        {
            Some((target, pid.parse().ok()))
        }
        // `.inventory.a1B2c3.tmp`: the random names the inventory's writer used before.
        _ => inner
            .strip_prefix("inventory.")
            .map(|_| ("inventory.toml", None)),
    }
}

/// Whether the writer `pid` may still be writing the temporary file `path`.
fn in_use(path: &Path, pid: Option<u32>) -> bool {
    let proc = Path::new("/proc");
    match pid {
        Some(pid) if pid == std::process::id() => true,
        Some(pid) if proc.is_dir() => proc.join(pid.to_string()).exists(),
        _ if proc.is_dir() => false,
        _ => fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_none_or(|age| age < STALE),
    }
}

fn remove_leftovers(dir: &Path, target: Option<&str>) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some((of, pid)) = name.to_str().and_then(parse) else {
            continue;
        };
        let path = entry.path();
        if target.is_some_and(|t| t != of) || in_use(&path, pid) {
            continue;
        }
        let gone = if entry.file_type().is_ok_and(|t| t.is_dir()) {
            // Only a writer's folder (the numbered form); never one of the unnamed form.
            pid.is_some() && fs::remove_dir_all(&path).is_ok()
        } else {
            fs::remove_file(&path).is_ok()
        };
        if gone {
            removed.push(path);
        }
    }
    removed
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// A pid no process has: above the kernel's limit.
    const GONE: u32 = 4_194_305;

    #[test]
    fn writes_replace_whole_files_and_create_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/review.json");
        write_atomically(&path, b"first, longer").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(names(path.parent().unwrap()), ["review.json"]);
    }

    #[cfg(unix)]
    #[test]
    fn the_replaced_files_permissions_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.toml");
        write_atomically(&path, b"a").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write_atomically(&path, b"b").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_failed_fill_leaves_the_old_file_and_no_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recent.json");
        write_atomically(&path, b"old").unwrap();
        let err = write_atomically_with(&path, |w| {
            w.write_all(b"half")?;
            Err::<(), _>(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(names(dir.path()), ["recent.json"]);
    }

    #[test]
    fn leftovers_of_crashed_writers_go_with_the_next_write_of_that_file() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for name in [
            format!(".inventory.toml.{GONE}.0.tmp"),
            format!(".inventory.toml.{GONE}.7.tmp"),
            ".inventory.Xk3f9a.tmp".to_string(),
            format!(".review.json.{GONE}.0.tmp"),
            format!(".inventory.toml.{}.99.tmp", std::process::id()),
            ".notes.tmp".to_string(),
        ] {
            fs::write(d.join(name), b"half").unwrap();
        }
        write_atomically(&d.join("inventory.toml"), b"x").unwrap();
        let left = names(d);
        assert_eq!(
            left,
            [
                format!(".inventory.toml.{}.99.tmp", std::process::id()),
                ".notes.tmp".to_string(),
                format!(".review.json.{GONE}.0.tmp"),
                "inventory.toml".to_string(),
            ],
            "only this file's leftovers, and none of a writer still running"
        );
        let swept = sweep(d);
        assert_eq!(swept.len(), 1, "{swept:?}");
        assert!(!d.join(format!(".review.json.{GONE}.0.tmp")).exists());
    }

    #[test]
    fn a_crashed_writers_folder_goes_with_the_sweep_and_a_running_ones_stays() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let crashed = d.join(format!(".index-v3.{GONE}.0.tmp"));
        fs::create_dir_all(crashed.join("segments")).unwrap();
        fs::write(crashed.join("segments/a.idx"), b"half").unwrap();
        let mine = temporary_dir(&d.join("index-v3")).unwrap();
        assert!(
            !crashed.exists(),
            "a new build of the same folder clears the old leftover"
        );
        fs::create_dir_all(&crashed).unwrap();
        fs::create_dir(d.join(".unnamed.tmp")).unwrap();
        assert_eq!(sweep(d), vec![crashed.clone()]);
        assert!(mine.is_dir(), "this process still writes it");
        assert!(d.join(".unnamed.tmp").is_dir(), "not a writer's folder");
        let name = mine.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with(".index-v3.") && name.ends_with(".tmp"),
            "{name}"
        );
    }

    #[test]
    fn temporary_names_are_read_back() {
        assert_eq!(
            parse(".inventory.toml.123.4.tmp"),
            Some(("inventory.toml", Some(123)))
        );
        assert_eq!(
            parse(".seed-case-v0.1.0.zip.77.0.tmp"),
            Some(("seed-case-v0.1.0.zip", Some(77)))
        );
        assert_eq!(
            parse(".inventory.ab12CD.tmp"),
            Some(("inventory.toml", None))
        );
        assert_eq!(parse("inventory.toml"), None);
        assert_eq!(parse(".x.tmp"), None);
    }
}
