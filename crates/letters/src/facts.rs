//! What a letter states about the export: its archives, and what in it is not the user's —
//! counts, time range, devices and the SHA-256 of each file, never what was said.

use std::collections::{BTreeMap, BTreeSet};

use auskunft_model::{Fit, Report};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::directory::Vendor;

/// A file of the export that holds only what is not the user's.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ForeignMember {
    /// Its path in the archive.
    pub path: String,
    /// Its SHA-256.
    pub sha256: String,
}

/// The files that are not the user's: the recordings of foreign records, and the files whose
/// records are all foreign. A file that also holds the user's or unclear records is not listed
/// (it is theirs too); a copy with the same bytes is listed once.
pub fn foreign_members(report: &Report) -> Vec<ForeignMember> {
    let mut sources: BTreeMap<(usize, &str), bool> = BTreeMap::new();
    let mut audio: BTreeSet<(usize, &str)> = BTreeSet::new();
    let mut mixed_audio: BTreeSet<(usize, &str)> = BTreeSet::new();
    for r in &report.records {
        let foreign = r.fit == Fit::Foreign;
        let all = sources
            .entry((r.source.input, r.source.path.as_str()))
            .or_insert(true);
        *all &= foreign;
        if let Some(a) = &r.audio {
            if foreign {
                audio.insert((a.input, a.path.as_str()));
            } else {
                mixed_audio.insert((a.input, a.path.as_str()));
            }
        }
    }
    let mut wanted: BTreeSet<(usize, &str)> = audio.difference(&mixed_audio).copied().collect();
    wanted.extend(sources.iter().filter(|(_, all)| **all).map(|(k, _)| *k));
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for m in &report.members {
        if !wanted.contains(&(m.input, m.path.as_str())) {
            continue;
        }
        if let Some(sha) = &m.sha256 {
            if seen.insert(sha.clone()) {
                out.push(ForeignMember {
                    path: m.path.clone(),
                    sha256: sha.clone(),
                });
            }
        }
    }
    out
}

/// The facts one letter states.
pub(crate) struct Facts {
    /// Each archive: file name, size, SHA-256.
    pub archives: Vec<(String, u64, String)>,
    /// Whose export it is.
    pub vendor: Option<Vendor>,
    /// Devices of foreign records: a label (name, model, serial) and how many of their records
    /// are foreign.
    pub foreign_devices: Vec<(String, usize)>,
    /// The first and last foreign record.
    pub foreign_first: Option<DateTime<Utc>>,
    /// The last.
    pub foreign_last: Option<DateTime<Utc>>,
    /// Foreign records with a recording.
    pub foreign_audio: usize,
    /// Files that are not the user's.
    pub foreign_members: Vec<ForeignMember>,
}

impl Facts {
    pub fn of(report: &Report) -> Facts {
        let archives = report
            .inputs
            .iter()
            .map(|i| {
                (
                    auskunft_report::document::file_name(&i.path),
                    i.bytes,
                    i.sha256.clone().unwrap_or_default(),
                )
            })
            .collect();
        let mut vendors: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &report.records {
            if let Some(v) = &r.vendor {
                *vendors.entry(v.as_str()).or_default() += 1;
            }
        }
        if vendors.is_empty() {
            for m in &report.members {
                if let Some(f) = &m.format {
                    if Vendor::parse(f).is_some() {
                        *vendors
                            .entry(f.split('.').next().unwrap_or_default())
                            .or_default() += 1;
                    }
                }
            }
        }
        let vendor = vendors
            .iter()
            .max_by_key(|(_, n)| **n)
            .and_then(|(v, _)| Vendor::parse(v))
            .or_else(|| {
                // No member read as a vendor's format (the 2018 case: WAVs and a PDF): the
                // export's own folder names, such as Amazon's `Retail.OrderHistory.1/`.
                let paths = report.members.iter().map(|m| m.path.as_str());
                let archives = report.inputs.iter().map(|i| i.path.as_str());
                auskunft_formats::origin::vendor(paths.chain(archives)).and_then(Vendor::parse)
            });
        let foreign: Vec<_> = report
            .records
            .iter()
            .filter(|r| r.fit == Fit::Foreign)
            .collect();
        let mut per_device: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &foreign {
            if let Some(d) = &r.device {
                *per_device.entry(d.as_str()).or_default() += 1;
            }
        }
        let foreign_devices = report
            .devices
            .iter()
            .filter_map(|d| {
                let n = *per_device.get(d.id.as_str())?;
                let mut label = d.name.clone().unwrap_or_else(|| d.id.clone());
                if let Some(model) = d.model.as_ref().or(d.device_type.as_ref()) {
                    label.push_str(&format!(" ({model})"));
                }
                if let Some(serial) = &d.serial {
                    label.push_str(&format!(", {serial}"));
                }
                Some((label, n))
            })
            .collect();
        Facts {
            archives,
            vendor,
            foreign_devices,
            foreign_first: foreign.iter().filter_map(|r| r.time).min(),
            foreign_last: foreign.iter().filter_map(|r| r.time).max(),
            foreign_audio: foreign.iter().filter(|r| r.audio.is_some()).count(),
            foreign_members: foreign_members(report),
        }
    }
}
