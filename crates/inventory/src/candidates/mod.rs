//! Candidates: what an export suggests the user might add to their inventory.
//!
//! An export names devices, accounts, voice profiles and places. Some may be the user's and
//! missing from their inventory (a phone app they forgot); some are someone else's (the seed
//! case: a stranger's household in the user's export). So nothing here is ever adopted: each
//! candidate is only offered, with a sentence of evidence saying where the export names it and
//! cautions saying why it may not be the user's. The entry it would write is ready
//! ([`DeviceCandidate::entry`], …), so accepting one is one call to
//! [`crate::InventoryDocument::add`].
//!
//! What the inventory already declares is left out: devices by serial (by name only when the
//! export gives no serial), accounts by id, people by name, places by name or by lying within a
//! declared place's radius (30 km when it declares none).
//!
//! Places are clustered roughly: a location joins the first cluster whose first point lies
//! within [`CLUSTER_KM`]; the candidate is the cluster's mean, rounded to three decimals (about
//! 100 m).

use std::collections::{BTreeMap, BTreeSet};

use auskunft_model as model;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Account, Device, DeviceKind, Inventory, Person, Place, Vendor};

mod places;
mod text;

pub use places::distance_km;
pub use text::date_range;
use text::{english, message, sources_args, when_args};

/// Locations closer than this to a cluster's first point join that cluster.
pub const CLUSTER_KM: f64 = 25.0;

/// The radius assumed for a declared place that gives none.
pub const DEFAULT_RADIUS_KM: f64 = 30.0;

/// Everything an export suggests adding; nothing of it has been added.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventoryCandidates")]
pub struct Candidates {
    /// Devices the export names that the inventory does not declare.
    pub devices: Vec<DeviceCandidate>,
    /// Accounts records or devices are registered to that the inventory does not declare.
    pub accounts: Vec<AccountCandidate>,
    /// Speakers the export names that the inventory does not declare.
    pub people: Vec<PersonCandidate>,
    /// Places records were made at, far from every declared place.
    pub places: Vec<PlaceCandidate>,
    /// A caution about the whole export (the seed case), when one applies, in English.
    pub caution: Option<String>,
    /// `caution` as a catalogue message.
    #[serde(default)]
    pub caution_words: Option<model::Message>,
    /// Candidates left out because the user rejected them for this export.
    #[serde(default)]
    #[ts(type = "number")]
    pub rejected: usize,
}

impl Candidates {
    /// Drops the candidates whose key is in `rejected`; returns how many were dropped.
    pub fn without(&mut self, rejected: &std::collections::BTreeSet<String>) -> usize {
        let before = self.len();
        self.devices.retain(|c| !rejected.contains(&c.key));
        self.accounts.retain(|c| !rejected.contains(&c.key));
        self.people.retain(|c| !rejected.contains(&c.key));
        self.places.retain(|c| !rejected.contains(&c.key));
        let dropped = before - self.len();
        self.rejected += dropped;
        dropped
    }

    /// How many candidates there are.
    pub fn len(&self) -> usize {
        self.devices.len() + self.accounts.len() + self.people.len() + self.places.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A device of the export that the inventory does not declare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DeviceCandidate {
    /// Stays the same for the same candidate in every audit of the export: what a rejection
    /// is kept under (`device:serial:G090…`, `account:A1…`, `person:lena`, `place:48.14,11.58`).
    pub key: String,
    /// The report's device id (`d3`).
    pub device: String,
    /// Its name in the export.
    pub name: Option<String>,
    /// The vendor's type code.
    #[serde(rename = "type")]
    pub device_type: Option<String>,
    /// The model, from the type code.
    pub model: Option<String>,
    /// Serial, DSN or device id.
    pub serial: Option<String>,
    /// The account it is registered to.
    pub account: Option<String>,
    /// Where the export's device list names it ("Devices.Registration.zip › …/registration.csv,
    /// row 3"), when it does.
    pub listed: Option<String>,
    /// How many records came from it.
    pub records: usize,
    /// Its first record.
    #[serde(with = "auskunft_model::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub first: Option<DateTime<Utc>>,
    /// Its last record.
    #[serde(with = "auskunft_model::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub last: Option<DateTime<Utc>>,
    /// What adding it writes (`kind` is a guess from the model and name; check it).
    pub entry: Device,
    /// Where the export names it, in English (`evidence_words` joined).
    pub evidence: String,
    /// Sentences saying why it may not be the user's, in English.
    pub cautions: Vec<String>,
    /// `evidence` as catalogue messages, one sentence each, for the reader's language.
    pub evidence_words: Vec<model::Message>,
    /// `cautions` as catalogue messages.
    pub cautions_words: Vec<model::Message>,
}

/// An account of the export that the inventory does not declare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountCandidate {
    /// Stays the same for the same candidate in every audit of the export: what a rejection
    /// is kept under (`device:serial:G090…`, `account:A1…`, `person:lena`, `place:48.14,11.58`).
    pub key: String,
    /// Whose account, when the export tells.
    pub vendor: Option<Vendor>,
    /// The account id.
    pub id: String,
    /// Records made under it.
    pub records: usize,
    /// Names (or ids) of the devices registered to it.
    pub devices: Vec<String>,
    /// What adding it writes.
    pub entry: Account,
    /// Where the export names it, in English (`evidence_words` joined).
    pub evidence: String,
    /// Sentences saying why it may not be the user's, in English.
    pub cautions: Vec<String>,
    /// `evidence` as catalogue messages, one sentence each, for the reader's language.
    pub evidence_words: Vec<model::Message>,
    /// `cautions` as catalogue messages.
    pub cautions_words: Vec<model::Message>,
}

/// A speaker the export names that the inventory does not declare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonCandidate {
    /// Stays the same for the same candidate in every audit of the export: what a rejection
    /// is kept under (`device:serial:G090…`, `account:A1…`, `person:lena`, `place:48.14,11.58`).
    pub key: String,
    /// The name as the export writes it.
    pub name: String,
    /// Records attributed to them.
    pub records: usize,
    /// The first of them.
    #[serde(with = "auskunft_model::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub first: Option<DateTime<Utc>>,
    /// The last of them.
    #[serde(with = "auskunft_model::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub last: Option<DateTime<Utc>>,
    /// What adding them writes.
    pub entry: Person,
    /// Where the export names them, in English (`evidence_words` joined).
    pub evidence: String,
    /// Sentences saying why they may not be of the household, in English.
    pub cautions: Vec<String>,
    /// `evidence` as catalogue messages, one sentence each, for the reader's language.
    pub evidence_words: Vec<model::Message>,
    /// `cautions` as catalogue messages.
    pub cautions_words: Vec<model::Message>,
}

/// A cluster of record locations far from every declared place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlaceCandidate {
    /// Stays the same for the same candidate in every audit of the export: what a rejection
    /// is kept under (`device:serial:G090…`, `account:A1…`, `person:lena`, `place:48.14,11.58`).
    pub key: String,
    /// The name the export gives most often there, if any.
    pub name: Option<String>,
    /// Latitude of the cluster's centre.
    pub lat: f64,
    /// Longitude of the cluster's centre.
    pub lon: f64,
    /// The farthest location of the cluster from its centre, in km.
    pub spread_km: f64,
    /// Records made there.
    pub records: usize,
    /// What adding it writes (the radius covers the cluster with 5 km to spare, at least 10 km).
    pub entry: Place,
    /// Where the export names it, in English (`evidence_words` joined).
    pub evidence: String,
    /// Sentences saying why it may not be the user's, in English.
    pub cautions: Vec<String>,
    /// `evidence` as catalogue messages, one sentence each, for the reader's language.
    pub evidence_words: Vec<model::Message>,
    /// `cautions` as catalogue messages.
    pub cautions_words: Vec<model::Message>,
}

/// What `report` suggests adding to `inventory`. Pure: reads both, changes neither.
pub fn candidates(report: &model::Report, inventory: &Inventory) -> Candidates {
    let seed_case =
        !report.records.is_empty() && inventory.word() == crate::DeviceWord::NoVoiceDevice;
    let caution_words = seed_case.then(|| {
        model::Message::new("candidate-caution-seed-case").arg("records", report.records.len())
    });
    let by_device = records_by_device(report);
    Candidates {
        devices: devices(report, inventory, &by_device, seed_case),
        accounts: accounts(report, inventory, &by_device),
        people: people(report, inventory),
        places: places::places(report, inventory),
        caution: caution_words.as_ref().map(model::Message::en),
        caution_words,
        rejected: 0,
    }
}

fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

fn vendor_of(name: &str) -> Option<Vendor> {
    name.parse().ok()
}

fn records_by_device(report: &model::Report) -> BTreeMap<&str, Vec<&model::Record>> {
    let mut map: BTreeMap<&str, Vec<&model::Record>> = BTreeMap::new();
    for r in &report.records {
        if let Some(d) = &r.device {
            map.entry(d.as_str()).or_default().push(r);
        }
    }
    map
}

/// Where a device list names a device: "Devices.Registration.zip › …/registration.csv, row 3",
/// the row in the reader's language ("Zeile 3").
fn listed_at(report: &model::Report, at: &model::SourceRef) -> model::Message {
    let container = report
        .members
        .iter()
        .find(|m| m.input == at.input && m.path == at.path)
        .and_then(|m| m.container.as_deref());
    let file = match container {
        Some(c) => format!("{c} › {}", at.path),
        None => at.path.clone(),
    };
    if at.locator.is_empty() {
        return model::Message::new("candidate-file").arg("file", file);
    }
    model::Message::new("candidate-place")
        .arg("file", file)
        .arg("at", at.at())
}

/// The vendor of a device: from its records, else from the format module of its device list.
fn device_vendor(
    report: &model::Report,
    device: &model::Device,
    records: &[&model::Record],
) -> Option<Vendor> {
    records
        .iter()
        .find_map(|r| r.vendor.as_deref().and_then(vendor_of))
        .or_else(|| {
            let at = device.listed.as_ref()?;
            let member = report
                .members
                .iter()
                .find(|m| m.input == at.input && m.path == at.path)?;
            vendor_of(member.format.as_deref()?.split('.').next()?)
        })
}

/// A caution when every account these records name is unknown while the inventory declares an
/// account of that vendor: the contract's strongest sign of someone else's data.
fn foreign_account_caution(
    inventory: &Inventory,
    accounts: &BTreeSet<(Option<Vendor>, String)>,
    what: &str,
) -> Option<model::Message> {
    if accounts.is_empty()
        || accounts.iter().any(|(_, id)| {
            inventory
                .accounts
                .iter()
                .any(|a| a.id.as_deref().is_some_and(|x| same(x, id)))
        })
    {
        return None;
    }
    let (vendor, id) = accounts.iter().find(|(vendor, _)| {
        inventory
            .accounts
            .iter()
            .any(|a| a.vendor.is_some() && a.vendor == *vendor)
    })?;
    Some(
        model::Message::new("candidate-caution-foreign-account")
            .arg("what", what)
            .arg("id", id.as_str())
            .arg("vendor", vendor.map_or("", Vendor::as_str)),
    )
}

/// What declaring an export's device as the user's writes: its name, serial, type code (else
/// model) and a kind guessed from the model and name.
pub fn device_entry(d: &model::Device) -> Device {
    Device {
        name: d.name.clone(),
        serial: d.serial.clone(),
        device_type: d.device_type.clone().or_else(|| d.model.clone()),
        kind: guess_kind(d),
        from: None,
        until: None,
    }
}

/// A guess at the kind from the model and name; the user confirms it before anything is written.
fn guess_kind(device: &model::Device) -> Option<DeviceKind> {
    let text = format!(
        "{} {}",
        device.model.as_deref().unwrap_or(""),
        device.name.as_deref().unwrap_or("")
    )
    .to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["phone", "handy", "pixel", "galaxy", "app ("]) {
        Some(DeviceKind::Phone)
    } else if has(&["fire tv", " tv", "tv ", "television", "fernseher"]) {
        Some(DeviceKind::Tv)
    } else if has(&["tablet", "fire hd", "ipad"]) {
        Some(DeviceKind::Tablet)
    } else if has(&["watch"]) {
        Some(DeviceKind::Watch)
    } else if has(&[
        "echo",
        "speaker",
        "nest",
        "google home",
        "homepod",
        "lautsprecher",
    ]) {
        Some(DeviceKind::Speaker)
    } else {
        None
    }
}

fn devices(
    report: &model::Report,
    inventory: &Inventory,
    by_device: &BTreeMap<&str, Vec<&model::Record>>,
    seed_case: bool,
) -> Vec<DeviceCandidate> {
    let mut out = Vec::new();
    for d in &report.devices {
        let declared = inventory
            .devices
            .iter()
            .any(|x| match (&d.serial, &x.serial) {
                (Some(a), Some(b)) => same(a, b),
                (Some(_), None) => false,
                (None, _) => match (&d.name, &x.name) {
                    (Some(a), Some(b)) => same(a, b),
                    _ => false,
                },
            });
        if declared {
            continue;
        }
        let records: &[&model::Record] = by_device.get(d.id.as_str()).map_or(&[], Vec::as_slice);
        let vendor = device_vendor(report, d, records);
        let listed = d.listed.as_ref().map(|at| listed_at(report, at));
        let mut evidence = Vec::new();
        if let Some(l) = &listed {
            evidence.push(model::Message::new("candidate-listed").arg("listed", l.clone()));
        }
        let listed = listed.map(|l| l.en());
        evidence.push(message(
            "candidate-device-records",
            [("records", records.len().into())]
                .into_iter()
                .chain(sources_args(records.iter().copied()))
                .chain(when_args(records.iter().copied())),
        ));
        if let Some(reg) = d.registered {
            evidence.push(
                model::Message::new("candidate-registered")
                    .arg("date", reg.date_naive().format("%Y-%m-%d").to_string()),
            );
        }

        // The audit's own reason says it best; the cautions below only repeat it when it judged
        // the device foreign.
        let judged_foreign = d.fit == model::Fit::Foreign;
        let mut cautions = Vec::new();
        if seed_case && !judged_foreign {
            cautions.push(model::Message::new("candidate-caution-no-voice-device"));
        }
        if judged_foreign {
            cautions.push(match d.reasons_words.first() {
                Some(r) => {
                    model::Message::new("candidate-caution-judged-foreign").arg("reason", r.clone())
                }
                None => model::Message::new("candidate-caution-judged-foreign-plain"),
            });
        }
        let accounts: BTreeSet<(Option<Vendor>, String)> = d
            .account
            .iter()
            .map(|a| (vendor, a.clone()))
            .chain(records.iter().filter_map(|r| {
                r.account
                    .clone()
                    .map(|a| (r.vendor.as_deref().and_then(vendor_of).or(vendor), a))
            }))
            .collect();
        if let Some(c) =
            foreign_account_caution(inventory, &accounts, "device").filter(|_| !judged_foreign)
        {
            cautions.push(c);
        }
        if d.serial.is_none() {
            cautions.push(model::Message::new("candidate-caution-name-only"));
        }
        out.push(DeviceCandidate {
            key: match &d.serial {
                Some(serial) => format!("device:serial:{serial}"),
                None => format!(
                    "device:name:{}|{}",
                    d.name.as_deref().unwrap_or(""),
                    d.device_type
                        .as_deref()
                        .or(d.model.as_deref())
                        .unwrap_or("")
                ),
            },
            device: d.id.clone(),
            name: d.name.clone(),
            device_type: d.device_type.clone(),
            model: d.model.clone(),
            serial: d.serial.clone(),
            account: d.account.clone(),
            listed,
            records: d.records,
            first: d.first,
            last: d.last,
            entry: device_entry(d),
            evidence: english(&evidence),
            cautions: cautions.iter().map(model::Message::en).collect(),
            evidence_words: evidence,
            cautions_words: cautions,
        });
    }
    out
}

fn accounts(
    report: &model::Report,
    inventory: &Inventory,
    by_device: &BTreeMap<&str, Vec<&model::Record>>,
) -> Vec<AccountCandidate> {
    struct Seen {
        vendor: Option<Vendor>,
        records: usize,
        devices: Vec<String>,
    }
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    for r in &report.records {
        if let Some(id) = &r.account {
            let e = seen.entry(id.clone()).or_insert(Seen {
                vendor: None,
                records: 0,
                devices: Vec::new(),
            });
            e.records += 1;
            e.vendor = e.vendor.or(r.vendor.as_deref().and_then(vendor_of));
        }
    }
    for d in &report.devices {
        if let Some(id) = &d.account {
            let records: &[&model::Record] =
                by_device.get(d.id.as_str()).map_or(&[], Vec::as_slice);
            let e = seen.entry(id.clone()).or_insert(Seen {
                vendor: None,
                records: 0,
                devices: Vec::new(),
            });
            e.vendor = e.vendor.or(device_vendor(report, d, records));
            e.devices
                .push(d.name.clone().unwrap_or_else(|| d.id.clone()));
        }
    }
    let mut out: Vec<AccountCandidate> = seen
        .into_iter()
        .filter(|(id, _)| {
            !inventory
                .accounts
                .iter()
                .any(|a| a.id.as_deref().is_some_and(|x| same(x, id)))
        })
        .map(|(id, s)| {
            let evidence = vec![model::Message::new("candidate-account-named")
                .arg("records", s.records)
                .arg("devices", s.devices.len())
                .arg("names", s.devices.join(", "))];
            let mut cautions = Vec::new();
            if let Some(other) = inventory
                .accounts
                .iter()
                .find(|a| a.vendor.is_some() && a.vendor == s.vendor)
            {
                cautions.push(
                    model::Message::new("candidate-caution-second-account")
                        .arg("vendor", s.vendor.map_or("", Vendor::as_str))
                        .arg(
                            "id",
                            other.id.clone().map_or_else(
                                || model::Message::new("candidate-no-id").into(),
                                model::Arg::from,
                            ),
                        ),
                );
            }
            AccountCandidate {
                key: format!("account:{id}"),
                vendor: s.vendor,
                entry: Account {
                    vendor: s.vendor,
                    id: Some(id.clone()),
                    email: None,
                },
                id,
                records: s.records,
                devices: s.devices,
                evidence: english(&evidence),
                cautions: cautions.iter().map(model::Message::en).collect(),
                evidence_words: evidence,
                cautions_words: cautions,
            }
        })
        .collect();
    out.sort_by(|a, b| b.records.cmp(&a.records).then_with(|| a.id.cmp(&b.id)));
    out
}

/// The names of the devices these records came from, each once, for sentences.
fn device_names(report: &model::Report, records: &[&model::Record]) -> Vec<String> {
    let ids: BTreeSet<&str> = records.iter().filter_map(|r| r.device.as_deref()).collect();
    report
        .devices
        .iter()
        .filter(|d| ids.contains(d.id.as_str()))
        .map(|d| d.name.clone().unwrap_or_else(|| d.id.clone()))
        .fold(Vec::new(), |mut names, n| {
            if !names.contains(&n) {
                names.push(n);
            }
            names
        })
}

fn record_accounts(records: &[&model::Record]) -> BTreeSet<(Option<Vendor>, String)> {
    records
        .iter()
        .filter_map(|r| {
            r.account
                .clone()
                .map(|a| (r.vendor.as_deref().and_then(vendor_of), a))
        })
        .collect()
}

fn people(report: &model::Report, inventory: &Inventory) -> Vec<PersonCandidate> {
    let mut seen: BTreeMap<String, (String, Vec<&model::Record>)> = BTreeMap::new();
    for r in &report.records {
        for s in &r.speakers {
            let name = s.trim();
            if name.is_empty() {
                continue;
            }
            seen.entry(name.to_lowercase())
                .or_insert_with(|| (name.to_string(), Vec::new()))
                .1
                .push(r);
        }
    }
    let mut out: Vec<PersonCandidate> = seen
        .into_values()
        .filter(|(name, _)| {
            !inventory
                .people
                .iter()
                .any(|p| p.name.as_deref().is_some_and(|x| same(x, name)))
        })
        .map(|(name, records)| {
            let devices = device_names(report, &records);
            let evidence = vec![message(
                "candidate-person-named",
                [
                    ("records", records.len().into()),
                    (
                        "devices",
                        if devices.is_empty() {
                            "none".into()
                        } else {
                            devices.join(", ").into()
                        },
                    ),
                ]
                .into_iter()
                .chain(when_args(records.iter().copied())),
            )];
            let mut cautions = Vec::new();
            if let Some(c) =
                foreign_account_caution(inventory, &record_accounts(&records), "person")
            {
                cautions.push(c);
            }
            let times: Vec<DateTime<Utc>> = records.iter().filter_map(|r| r.time).collect();
            PersonCandidate {
                key: format!("person:{}", name.to_lowercase()),
                entry: Person {
                    name: Some(name.clone()),
                },
                name,
                records: records.len(),
                first: times.iter().min().copied(),
                last: times.iter().max().copied(),
                evidence: english(&evidence),
                cautions: cautions.iter().map(model::Message::en).collect(),
                evidence_words: evidence,
                cautions_words: cautions,
            }
        })
        .collect();
    out.sort_by(|a, b| b.records.cmp(&a.records).then_with(|| a.name.cmp(&b.name)));
    out
}
