//! `Session`: the export that is open — its archive files and its report — and what can be
//! fetched from it later, such as a record's recording for the player.
//!
//! The report says where each recording is (`Record::audio`: input and member path); the bytes
//! stay in the archives until someone listens, and are then read on demand by
//! [`auskunft_archive::read_member`] (nested archives included, nothing unpacked to disk). Before
//! they are handed on they are checked against the SHA-256 the audit recorded, so an archive that
//! was replaced since is noticed instead of playing the wrong voice.

use std::path::{Path, PathBuf};

use auskunft_archive::{limits::hex, read_member, Limits};
use auskunft_model::{Mark, Record, Report};
use sha2::{Digest, Sha256};

use crate::audio::{decode_reason, AudioClip, Decoded};
use crate::audit::{audit_with, AuditRequest};
use crate::error::{ApiError, ErrorCode};
use crate::judge::Rejudged;
use crate::progress::Progress;

/// An open export: the archive files, in the order audited, and the report made from them.
#[derive(Debug, Clone)]
pub struct Session {
    /// The archive files; `Record::audio.input` indexes into them.
    pub paths: Vec<PathBuf>,
    /// The audit's report.
    pub report: Report,
    /// The data folder: marks, search index and recent exports live there.
    pub data_dir: PathBuf,
    /// The inventory the export is judged against: the data folder's `inventory.toml`, or the
    /// demo's own.
    pub inventory: PathBuf,
}

impl Session {
    /// A session over an audited export, judged against `inventory`.
    pub fn new(
        paths: Vec<PathBuf>,
        report: Report,
        data_dir: PathBuf,
        inventory: PathBuf,
    ) -> Session {
        Session {
            paths,
            report,
            data_dir,
            inventory,
        }
    }

    /// Audits the given archives with the data folder's inventory
    /// ([`crate::open_export_with`]); a cancelled audit is an [`ErrorCode::Cancelled`] error, not
    /// a partial report.
    pub fn open(paths: &[PathBuf], progress: &mut dyn Progress) -> Result<Session, ApiError> {
        let report = crate::open_export_with(paths, progress)?;
        if progress.cancelled() {
            return Err(crate::progress::cancelled());
        }
        let data_dir = crate::data_dir()?;
        let inventory = crate::inventory_path(&data_dir);
        Ok(Session::new(paths.to_vec(), report, data_dir, inventory))
    }

    /// Writes (or reuses) the bundled demo and audits it against the demo's own inventory (what
    /// [`crate::open_demo`] does), reporting progress.
    pub fn demo(data_dir: &Path, progress: &mut dyn Progress) -> Result<Session, ApiError> {
        let archive = crate::demo_export(data_dir)?;
        let files =
            auskunft_demo::DemoFiles::for_archive(&archive).map_err(crate::demo::demo_error)?;
        let req = AuditRequest {
            inputs: vec![archive],
            inventory: Some(files.inventory),
            data_dir: data_dir.to_path_buf(),
        };
        Session::audit(req, progress)
    }

    /// Audits what `req` names, reporting progress; a cancelled audit is an
    /// [`ErrorCode::Cancelled`] error.
    pub fn audit(req: AuditRequest, progress: &mut dyn Progress) -> Result<Session, ApiError> {
        let report = audit_with(&req, progress)?;
        if progress.cancelled() {
            return Err(crate::progress::cancelled());
        }
        let inventory = req
            .inventory
            .clone()
            .unwrap_or_else(|| crate::inventory_path(&req.data_dir));
        Ok(Session::new(req.inputs, report, req.data_dir, inventory))
    }

    /// The record with this id (`r12`).
    pub fn record(&self, id: &str) -> Result<&Record, ApiError> {
        self.report
            .records
            .iter()
            .find(|r| r.id == id)
            .ok_or_else(|| {
                ApiError::said(
                    ErrorCode::Usage,
                    auskunft_model::Message::new("error-no-record").arg("record", id),
                )
            })
    }

    /// The bytes of the record's recording, read from the archives now.
    ///
    /// Errors: no such record or no recording joined to it (`usage`); the member cannot be read,
    /// or its bytes differ from what the audit hashed (`audio`). Each names record and member.
    pub fn audio(&self, record_id: &str) -> Result<Vec<u8>, ApiError> {
        let record = self.record(record_id)?;
        let Some(audio) = &record.audio else {
            return Err(ApiError::said(
                ErrorCode::Usage,
                auskunft_model::Message::new("error-no-recording").arg("record", record_id),
            ));
        };
        let bytes = read_member(&self.paths, audio.input, &audio.path, &Limits::default())
            .map_err(|e| {
                ApiError::said(
                    ErrorCode::Audio,
                    auskunft_model::Message::new("error-recording-unreadable")
                        .arg("record", record_id)
                        .arg("detail", e.words()),
                )
            })?;
        // Members with this path in this input that the audit hashed: one must match.
        let mut hashes = self
            .report
            .members
            .iter()
            .filter(|m| m.input == audio.input && m.path == audio.path)
            .filter_map(|m| m.sha256.as_deref())
            .peekable();
        if hashes.peek().is_some() {
            let actual = hex(&Sha256::digest(&bytes));
            if !hashes.any(|h| h == actual) {
                let file = self
                    .paths
                    .get(audio.input)
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                return Err(ApiError::said(
                    ErrorCode::Audio,
                    auskunft_model::Message::new("error-recording-changed")
                        .arg("record", record_id)
                        .arg("path", &audio.path)
                        .arg("file", file),
                ));
            }
        }
        Ok(bytes)
    }

    /// The record's recording, decoded for the audio output.
    pub fn decoded(&self, record_id: &str) -> Result<Decoded, ApiError> {
        let bytes = self.audio(record_id)?;
        decode_reason(&bytes).map_err(|reason| {
            let path = self
                .record(record_id)
                .ok()
                .and_then(|r| r.audio.as_ref())
                .map(|a| a.path.as_str())
                .unwrap_or_default();
            ApiError::said(
                ErrorCode::Audio,
                auskunft_model::Message::new("error-record-not-decodable")
                    .arg("record", record_id)
                    .arg("path", path)
                    .arg("detail", reason),
            )
        })
    }

    /// The record's recording measured for the player: length, rate, waveform.
    pub fn audio_clip(&self, record_id: &str) -> Result<AudioClip, ApiError> {
        self.decoded(record_id).map(|d| d.clip())
    }

    /// The inventory as the file says it now.
    pub fn inventory_file(&self) -> Result<crate::InventoryFile, ApiError> {
        crate::read_inventory(&self.inventory)
    }

    /// What the open export suggests adding to the inventory.
    pub fn candidates(&self) -> Result<auskunft_inventory::Candidates, ApiError> {
        crate::inventory_candidates(&self.report, &self.inventory, &self.data_dir)
    }

    /// Rejects a candidate for this export (kept, so it stays hidden after a restart), or with
    /// `None` shows every rejected candidate again; returns the candidates now.
    pub fn reject_candidate(
        &self,
        key: Option<&str>,
    ) -> Result<auskunft_inventory::Candidates, ApiError> {
        crate::set_rejected(&self.data_dir, &self.report.export_id, key, key.is_some())?;
        self.candidates()
    }

    /// The inventory now; a missing file declares nothing.
    fn read_inventory(&self) -> Result<auskunft_inventory::Inventory, ApiError> {
        if !self.inventory.is_file() {
            return Ok(auskunft_inventory::Inventory::default());
        }
        auskunft_inventory::Inventory::read(&self.inventory).map_err(|e| {
            ApiError::said(
                ErrorCode::InventoryInvalid,
                auskunft_model::Message::new("error-inventory-invalid").arg("detail", e.words()),
            )
        })
    }

    fn judge_again(&mut self) -> Result<Rejudged, ApiError> {
        let inventory = self.read_inventory()?;
        Ok(crate::rejudge(&mut self.report, &inventory))
    }

    /// Adds an entry to the inventory and judges the export again.
    pub fn inventory_add(
        &mut self,
        entry: &auskunft_inventory::Entry,
    ) -> Result<Rejudged, ApiError> {
        crate::add_entry(&self.inventory, entry)?;
        self.judge_again()
    }

    /// Changes an entry of the inventory to declare `entry` and judges the export again.
    pub fn inventory_replace(
        &mut self,
        index: usize,
        entry: &auskunft_inventory::Entry,
    ) -> Result<Rejudged, ApiError> {
        crate::replace_entry(&self.inventory, index, entry)?;
        self.judge_again()
    }

    /// Removes an entry from the inventory and judges the export again.
    pub fn inventory_remove(
        &mut self,
        section: auskunft_inventory::Section,
        index: usize,
    ) -> Result<Rejudged, ApiError> {
        crate::remove_entry(&self.inventory, section, index)?;
        self.judge_again()
    }

    /// Marks a record "mine" / "not mine" (`None` removes the mark), keeps the mark, and judges
    /// the export again.
    pub fn mark(&mut self, record_id: &str, mark: Option<Mark>) -> Result<Rejudged, ApiError> {
        let inventory = self.read_inventory()?;
        crate::set_mark(
            &self.data_dir,
            &mut self.report,
            &inventory,
            record_id,
            mark,
        )
    }

    /// "Mine" on the overview's question: declares the device (and its account) in the
    /// inventory, marks it as the user's for this export and judges the export again.
    pub fn own_device(&mut self, device_id: &str) -> Result<Rejudged, ApiError> {
        crate::own_device(&self.inventory, &self.report, device_id)?;
        let inventory = self.read_inventory()?;
        // For this export the answer decides at once, as a mark on the device: a device the
        // export names only by its name would otherwise match the new entry only weakly. (An
        // earlier "Not mine" is replaced.)
        crate::review::set_device_mark(
            &self.data_dir,
            &mut self.report,
            &inventory,
            device_id,
            Some(Mark::Mine),
        )
    }

    /// "Not mine" on the overview's question (`Some(Mark::NotMine)`), or taking it back
    /// (`None`): kept for this export, it stands for every record of the device.
    pub fn mark_device(
        &mut self,
        device_id: &str,
        mark: Option<Mark>,
    ) -> Result<Rejudged, ApiError> {
        let inventory = self.read_inventory()?;
        crate::review::set_device_mark(
            &self.data_dir,
            &mut self.report,
            &inventory,
            device_id,
            mark,
        )
    }

    /// "I own none of these": writes `owns_voice_devices = false` to the inventory and judges the
    /// export again (the seed case's verdict).
    pub fn own_no_voice_device(&mut self) -> Result<Rejudged, ApiError> {
        crate::set_owns_voice_devices(&self.inventory, Some(false))?;
        self.judge_again()
    }

    /// The report without records and members: what the UI shows first.
    pub fn head(&self) -> crate::Head {
        crate::Head::of(&self.report)
    }

    /// Every record's id, time, device and fit, as columns (the timeline).
    pub fn record_columns(&self) -> crate::RecordColumns {
        crate::RecordColumns::of(&self.report)
    }

    /// The files screen, with up to `shown` members per group of members not read.
    pub fn files(&self, shown: usize) -> crate::FilesView {
        crate::files_view(&self.report, shown)
    }

    /// A page of one group of members not read.
    pub fn unread_members(&self, page: &crate::MemberPage) -> Vec<auskunft_model::Member> {
        crate::unread_members(&self.report, page)
    }

    /// Searches the open export's transcripts (building or reusing its index).
    pub fn search(&self, query: &crate::SearchQuery) -> Result<crate::SearchResult, ApiError> {
        crate::search_report(&self.report, &self.data_dir, query)
    }
}
