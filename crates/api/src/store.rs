//! Writing files in the data folder so a crash never leaves half a file: the one helper of
//! `auskunft-store`, with its errors as the API's.

use std::path::Path;

use crate::error::{ApiError, ErrorCode};

/// Writes `bytes` to `path` atomically (see [`auskunft_store`]): the old file or the new one
/// after any crash, leftovers of crashed writes of the same file removed. Creates the folder
/// when missing.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    auskunft_store::write_atomically(path, bytes).map_err(|e| {
        ApiError::said(
            ErrorCode::DataDir,
            crate::Message::new("error-file-not-writable")
                .arg("path", path.display().to_string())
                .arg("detail", crate::Message::io(&e)),
        )
    })
}

/// Removes what crashed writes left in the data folder (its top level, `demo/` and every
/// `exports/<id>/`): the app does this at start. Returns how many files went.
pub fn sweep_data_dir(data_dir: &Path) -> usize {
    let mut folders = vec![data_dir.to_path_buf(), data_dir.join("demo")];
    if let Ok(exports) = std::fs::read_dir(data_dir.join("exports")) {
        folders.extend(exports.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
    }
    folders.iter().map(|f| auskunft_store::sweep(f).len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sweep_reaches_every_folder_state_lives_in() {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        let gone = 4_194_305; // above the kernel's pid limit: no such writer runs
        for folder in [d.to_path_buf(), d.join("demo"), d.join("exports/abc123")] {
            std::fs::create_dir_all(&folder).expect("folder");
            std::fs::write(folder.join(format!(".review.json.{gone}.0.tmp")), b"half")
                .expect("written");
        }
        std::fs::write(d.join(".inventory.Xk3f9a.tmp"), b"half").expect("written");
        std::fs::write(d.join("inventory.toml"), b"").expect("written");
        assert_eq!(sweep_data_dir(d), 4);
        assert!(d.join("inventory.toml").is_file());
        assert_eq!(sweep_data_dir(d), 0);
    }
}
