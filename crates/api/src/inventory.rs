//! The inventory commands: read `inventory.toml`, offer candidates from an export, add, edit
//! and remove entries.
//!
//! Every function takes the file's path; [`inventory_file`] gives the default (the data folder's
//! `inventory.toml`) so the CLI's `--inventory FILE` and the app's data folder go through the
//! same code. Writes go through [`InventoryDocument`]: comments and order survive, a change the
//! strict reader would refuse is never written, and the save is atomic. Candidates are only ever
//! offered; nothing here adds one unless asked to with [`add_entry`].

use std::path::{Path, PathBuf};

use auskunft_inventory::{
    Candidates, EditError, Entry, Inventory, InventoryDocument, InventoryError, Section,
};
use auskunft_model::Report;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::{audit, AuditRequest};

/// An inventory file and what it declares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct InventoryFile {
    /// Where it is.
    pub path: String,
    /// False when there is no file yet (it declares nothing; the first addition creates it).
    pub exists: bool,
    /// What it declares.
    pub inventory: Inventory,
}

/// One key to set (`value` is the text a person typed) or to remove (`value` is `null`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldChange {
    /// The key as the file writes it (`serial`, `lat`, `radius_km`).
    pub key: String,
    /// The new value, or `null` to remove the key.
    pub value: Option<String>,
}

/// What an add, edit or remove did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct InventoryChange {
    /// The section changed.
    pub section: Section,
    /// The entry's 0-based index in its section (for a removal: where it was).
    pub index: usize,
    /// The entry as it is now (for a removal: as it was).
    pub entry: Entry,
    /// The file after the change.
    pub file: InventoryFile,
}

/// The inventory file to use: `explicit` when given, else `inventory.toml` in the data folder.
pub fn inventory_file(explicit: Option<&Path>) -> Result<PathBuf, ApiError> {
    match explicit {
        Some(p) => Ok(p.to_path_buf()),
        None => Ok(crate::inventory_path(&crate::data_dir()?)),
    }
}

fn invalid(e: InventoryError) -> ApiError {
    ApiError::said(
        ErrorCode::InventoryInvalid,
        crate::Message::new("error-inventory-invalid").arg("detail", e.words()),
    )
}

fn edit_error(path: &Path, e: EditError) -> ApiError {
    let shown = path.display();
    match e {
        EditError::Invalid(e) => invalid(e),
        EditError::Value { .. }
        | EditError::UnknownKey { .. }
        | EditError::NoEntry { .. }
        | EditError::Empty { .. }
        | EditError::Unsupported { .. } => ApiError::said(
            ErrorCode::Usage,
            crate::Message::new("error-inventory-unchanged")
                .arg("path", shown.to_string())
                .arg("detail", e.words()),
        ),
        EditError::Rejected(_) => ApiError::said(
            ErrorCode::Internal,
            crate::Message::new("error-inventory-unchanged")
                .arg("path", shown.to_string())
                .arg("detail", e.words()),
        ),
        EditError::Changed { .. } => ApiError::said(
            ErrorCode::Io,
            crate::Message::new("error-inventory-changed-meanwhile").arg("path", shown.to_string()),
        ),
        EditError::Io { .. } => ApiError::said(
            ErrorCode::Io,
            crate::Message::new("error-inventory-not-saved").arg("detail", e.words()),
        ),
    }
}

fn load(path: &Path) -> Result<InventoryDocument, ApiError> {
    InventoryDocument::load(path).map_err(invalid)
}

fn view(path: &Path, document: &InventoryDocument) -> Result<InventoryFile, ApiError> {
    Ok(InventoryFile {
        path: path.display().to_string(),
        exists: path.is_file(),
        inventory: document.inventory().map_err(invalid)?,
    })
}

/// Reads an inventory file; a missing file is an empty inventory, an invalid one an error naming
/// the line.
pub fn read_inventory(path: &Path) -> Result<InventoryFile, ApiError> {
    view(path, &load(path)?)
}

/// What `report` suggests adding to the inventory at `path`, less the candidates the user
/// rejected for this export (kept in `data_dir`, see [`crate::set_rejected`]); reads the files,
/// never writes them.
pub fn inventory_candidates(
    report: &Report,
    path: &Path,
    data_dir: &Path,
) -> Result<Candidates, ApiError> {
    let inventory = load(path)?.inventory().map_err(invalid)?;
    let mut candidates = auskunft_inventory::candidates(report, &inventory);
    // Unreadable rejections hide nothing; the report's `marks_unreadable` note says why.
    if let Ok(rejected) = crate::load_rejected(data_dir, &report.export_id) {
        candidates.without(&rejected);
    }
    Ok(candidates)
}

/// Audits an export against an inventory (`explicit`, else the data folder's `inventory.toml`,
/// which may be missing) and returns the report with what it suggests adding: what
/// `auskunft inventory candidates` prints. Writes nothing. An explicit file must exist, as for
/// `audit --inventory`.
pub fn export_candidates(
    archives: &[PathBuf],
    explicit: Option<&Path>,
) -> Result<(Report, Candidates), ApiError> {
    let data_dir = crate::data_dir()?;
    let report = audit(&AuditRequest {
        inputs: archives.to_vec(),
        inventory: explicit.map(Path::to_path_buf),
        data_dir: data_dir.clone(),
    })?;
    let candidates = inventory_candidates(&report, &inventory_file(explicit)?, &data_dir)?;
    Ok((report, candidates))
}

fn entry_at(inventory: &Inventory, section: Section, index: usize) -> Option<Entry> {
    match section {
        Section::Device => inventory.devices.get(index).cloned().map(Entry::Device),
        Section::Account => inventory.accounts.get(index).cloned().map(Entry::Account),
        Section::Person => inventory.people.get(index).cloned().map(Entry::Person),
        Section::Place => inventory.places.get(index).cloned().map(Entry::Place),
    }
}

fn changed(
    path: &Path,
    document: &mut InventoryDocument,
    section: Section,
    index: usize,
    entry: Option<Entry>,
) -> Result<InventoryChange, ApiError> {
    document.save(path).map_err(|e| edit_error(path, e))?;
    let file = view(path, document)?;
    let entry = match entry {
        Some(e) => e,
        None => entry_at(&file.inventory, section, index).ok_or_else(|| {
            ApiError::internal(format!(
                "{section} {} is missing after the change to {}",
                index + 1,
                path.display()
            ))
        })?,
    };
    Ok(InventoryChange {
        section,
        index,
        entry,
        file,
    })
}

/// Adds an entry after the last one of its section and saves the file (creating it and its
/// folder when missing).
pub fn add_entry(path: &Path, entry: &Entry) -> Result<InventoryChange, ApiError> {
    let mut document = load(path)?;
    let index = document.add(entry).map_err(|e| edit_error(path, e))?;
    changed(path, &mut document, entry.section(), index, None)
}

/// Sets or removes keys of one entry (all or none) and saves the file.
pub fn edit_entry(
    path: &Path,
    section: Section,
    index: usize,
    changes: &[FieldChange],
) -> Result<InventoryChange, ApiError> {
    let mut document = load(path)?;
    let pairs: Vec<(&str, Option<&str>)> = changes
        .iter()
        .map(|c| (c.key.as_str(), c.value.as_deref()))
        .collect();
    document
        .edit(section, index, &pairs)
        .map_err(|e| edit_error(path, e))?;
    changed(path, &mut document, section, index, None)
}

/// Makes one entry declare exactly `entry` (keys set in place, keys it lacks removed) and saves
/// the file.
pub fn replace_entry(
    path: &Path,
    index: usize,
    entry: &Entry,
) -> Result<InventoryChange, ApiError> {
    let mut document = load(path)?;
    document
        .replace(index, entry)
        .map_err(|e| edit_error(path, e))?;
    changed(path, &mut document, entry.section(), index, None)
}

/// Sets (`Some`) or removes (`None`) `owns_voice_devices` and saves the file: the answer "I own
/// none of these" to the overview's question writes `Some(false)`.
pub fn set_owns_voice_devices(path: &Path, owns: Option<bool>) -> Result<InventoryFile, ApiError> {
    let mut document = load(path)?;
    document
        .set_owns_voice_devices(owns)
        .map_err(|e| edit_error(path, e))?;
    document.save(path).map_err(|e| edit_error(path, e))?;
    view(path, &document)
}

/// Declares the export's device `device_id` as the user's: the answer "Mine" to the overview's
/// question. Adds it as a `[[device]]` (name, serial, type, a guessed kind) unless a declared
/// device already has its serial, and the account it is registered to as an `[[account]]` of
/// the records' vendor unless declared: a device the user owns speaks for its account. Removes
/// `owns_voice_devices = false`, which the new device contradicts.
pub fn own_device(
    path: &Path,
    report: &Report,
    device_id: &str,
) -> Result<InventoryFile, ApiError> {
    let device = report
        .devices
        .iter()
        .find(|d| d.id == device_id)
        .ok_or_else(|| {
            ApiError::said(
                ErrorCode::Usage,
                auskunft_model::Message::new("error-no-device").arg("device", device_id),
            )
        })?;
    let mut document = load(path)?;
    let declared = document.inventory().map_err(invalid)?;
    let same = auskunft_audit::same_id;
    if declared.owns_voice_devices == Some(false) {
        document
            .set_owns_voice_devices(None)
            .map_err(|e| edit_error(path, e))?;
    }
    let already = device.serial.as_deref().is_some_and(|serial| {
        declared
            .devices
            .iter()
            .any(|d| d.serial.as_deref().is_some_and(|s| same(s, serial)))
    });
    if !already {
        document
            .add(&Entry::Device(auskunft_inventory::device_entry(device)))
            .map_err(|e| edit_error(path, e))?;
    }
    let vendor = report
        .records
        .iter()
        .filter(|r| r.device.as_deref() == Some(device_id))
        .find_map(|r| r.vendor.as_deref())
        .and_then(|v| serde_json::from_value(serde_json::Value::String(v.into())).ok());
    if let (Some(account), Some(vendor)) = (device.account.as_deref(), vendor) {
        let known = declared
            .accounts
            .iter()
            .any(|a| a.id.as_deref().is_some_and(|id| same(id, account)));
        if !known {
            document
                .add(&Entry::Account(auskunft_inventory::Account {
                    vendor: Some(vendor),
                    id: Some(account.to_string()),
                    email: None,
                }))
                .map_err(|e| edit_error(path, e))?;
        }
    }
    document.save(path).map_err(|e| edit_error(path, e))?;
    view(path, &document)
}

/// Removes one entry and saves the file; returns what it declared.
pub fn remove_entry(
    path: &Path,
    section: Section,
    index: usize,
) -> Result<InventoryChange, ApiError> {
    let mut document = load(path)?;
    let removed = document
        .remove(section, index)
        .map_err(|e| edit_error(path, e))?;
    changed(path, &mut document, section, index, Some(removed))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use auskunft_inventory::{Device, DeviceKind, Person};

    #[test]
    fn add_edit_remove_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("inventory.toml");
        let empty = read_inventory(&path).unwrap();
        assert!(!empty.exists);
        assert_eq!(empty.inventory, Inventory::default());

        let added = add_entry(
            &path,
            &Entry::Device(Device {
                name: Some("Echo Dot".into()),
                serial: Some("G090U5099023ABCD".into()),
                kind: Some(DeviceKind::Speaker),
                ..Device::default()
            }),
        )
        .unwrap();
        assert_eq!((added.section, added.index), (Section::Device, 0));
        assert!(added.file.exists);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "[[device]]\nname = \"Echo Dot\"\nserial = \"G090U5099023ABCD\"\nkind = \"speaker\"\n"
        );

        let edited = edit_entry(
            &path,
            Section::Device,
            0,
            &[
                FieldChange {
                    key: "from".into(),
                    value: Some("2019-02-01".into()),
                },
                FieldChange {
                    key: "kind".into(),
                    value: None,
                },
            ],
        )
        .unwrap();
        let Entry::Device(d) = &edited.entry else {
            panic!("{:?}", edited.entry)
        };
        assert_eq!(d.kind, None);
        assert_eq!(d.from.map(|d| d.to_string()).as_deref(), Some("2019-02-01"));

        let e = edit_entry(
            &path,
            Section::Device,
            0,
            &[FieldChange {
                key: "kind".into(),
                value: Some("robot".into()),
            }],
        )
        .unwrap_err();
        assert_eq!(e.code, ErrorCode::Usage);
        assert_eq!(
            e.message,
            format!(
                "Nothing was changed in {}: `kind` must be one of speaker, phone, tv, tablet, car, watch, other, not \"robot\".",
                path.display()
            )
        );

        add_entry(
            &path,
            &Entry::Person(Person {
                name: Some("Lena".into()),
            }),
        )
        .unwrap();
        let removed = remove_entry(&path, Section::Device, 0).unwrap();
        assert!(
            matches!(removed.entry, Entry::Device(ref d) if d.serial.as_deref() == Some("G090U5099023ABCD"))
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "[[person]]\nname = \"Lena\"\n"
        );
        let e = remove_entry(&path, Section::Place, 0).unwrap_err();
        assert_eq!(e.code, ErrorCode::Usage);
        assert!(
            e.message
                .ends_with("there is no place number 1: the inventory lists 0 places."),
            "{}",
            e.message
        );
    }

    #[test]
    fn an_invalid_file_is_reported_with_its_line_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.toml");
        std::fs::write(&path, "[[place]]\nlat = 95.0\n").unwrap();
        let e = read_inventory(&path).unwrap_err();
        assert_eq!(e.code, ErrorCode::InventoryInvalid);
        assert_eq!(
            e.message,
            format!(
                "The inventory is invalid: {}, line 2: `lat` must be a latitude between -90 and 90, not 95.",
                path.display()
            )
        );
        let e = add_entry(
            &path,
            &Entry::Person(Person {
                name: Some("Lena".into()),
            }),
        )
        .unwrap_err();
        assert_eq!(e.code, ErrorCode::InventoryInvalid);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "[[place]]\nlat = 95.0\n"
        );
    }
}
