//! Writing files in the data folder so a crash never leaves half a file.

use std::io::Write;
use std::path::Path;

use crate::error::{ApiError, ErrorCode};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the old file. Creates the folder when missing.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    let failed = |e: std::io::Error| {
        ApiError::new(
            ErrorCode::DataDir,
            format!("{} cannot be written: {e}.", path.display()),
        )
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(failed)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    tmp.write_all(bytes).map_err(failed)?;
    tmp.as_file().sync_all().map_err(failed)?;
    tmp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::write_atomically;

    #[test]
    fn writes_replace_whole_files_and_create_folders() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a/b/file.json");
        write_atomically(&path, b"first, longer").expect("written");
        write_atomically(&path, b"second").expect("written");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let leftovers = std::fs::read_dir(path.parent().expect("folder"))
            .expect("list")
            .count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }
}
