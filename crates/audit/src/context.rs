//! What every rule needs to know, computed once per audit.

use std::collections::HashMap;

use auskunft_inventory::{DeviceWord, Inventory, Vendor};
use auskunft_model::{AccountHolder, Device, MadeFor, Mark, Record};
use chrono::{DateTime, Utc};

/// What the export says about one device, looked up by [`Device::id`].
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Display name.
    pub name: Option<String>,
    /// Serial / DSN.
    pub serial: Option<String>,
    /// Type code.
    pub device_type: Option<String>,
    /// Model name.
    pub model: Option<String>,
    /// Account it is registered to.
    pub account: Option<String>,
    /// First registration, when a device list says.
    pub registered: Option<DateTime<Utc>>,
    /// What the user said about the whole device.
    pub mark: Option<Mark>,
}

/// The inventory, prepared for quick comparisons, and the export's devices.
#[derive(Debug)]
pub struct Context<'a> {
    /// The user's inventory.
    pub inventory: &'a Inventory,
    devices: HashMap<String, Facts>,
    declares_voice_device: bool,
    word: DeviceWord,
    made_for: Vec<MadeFor>,
}

/// An identifier as [`same_id`] compares it: letters and digits only, lower-cased.
pub fn id_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Compares identifiers as exports and people write them: case and separators do not count.
pub fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (id_key(a), id_key(b));
    !a.is_empty() && a == b
}

/// Compares names: case, surrounding space and inner runs of space do not count.
pub fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let a = norm(a);
    !a.is_empty() && a == norm(b)
}

impl<'a> Context<'a> {
    /// Prepares the inventory and indexes the export's devices.
    pub fn new(inventory: &'a Inventory, devices: &[Device]) -> Context<'a> {
        Context::with_holders(inventory, devices, &[], &[])
    }

    /// [`Context::new`] with what the export says about whose account it was made for (see
    /// [`made_for`]); `records` give device lists' devices their vendor.
    pub fn with_holders(
        inventory: &'a Inventory,
        devices: &[Device],
        records: &[Record],
        holders: &[AccountHolder],
    ) -> Context<'a> {
        let made_for = made_for(holders, devices, records);
        let devices = devices
            .iter()
            .map(|d| {
                let facts = Facts {
                    name: d.name.clone(),
                    serial: d.serial.clone(),
                    device_type: d.device_type.clone(),
                    model: d.model.clone(),
                    account: d.account.clone(),
                    registered: d.registered,
                    mark: d.mark,
                };
                (d.id.clone(), facts)
            })
            .collect();
        Context {
            inventory,
            devices,
            declares_voice_device: inventory.declares_voice_device(),
            word: inventory.word(),
            made_for,
        }
    }

    /// What the user has said about their devices.
    pub fn word(&self) -> DeviceWord {
        self.word
    }

    /// The accounts the export was made for, as far as it shows.
    pub fn made_for_all(&self) -> &[MadeFor] {
        &self.made_for
    }

    /// The account the export was made for at `vendor`, when the export shows exactly one.
    pub fn made_for(&self, vendor: Option<&str>) -> Option<&MadeFor> {
        let vendor = vendor?;
        self.made_for.iter().find(|m| m.vendor == vendor)
    }

    /// The device a record came from, when it names one.
    pub fn device_of(&self, record: &Record) -> Option<&Facts> {
        self.devices.get(record.device.as_deref()?)
    }

    /// Whether the inventory declares a device that records voice.
    pub fn declares_voice_device(&self) -> bool {
        self.declares_voice_device
    }

    /// Declared account ids of `vendor` (of every vendor when the record does not say).
    pub fn account_ids(&self, vendor: Option<&str>) -> Vec<&str> {
        self.inventory
            .accounts
            .iter()
            .filter(|a| match (vendor.and_then(vendor_of), a.vendor) {
                (Some(v), Some(declared)) => v == declared,
                _ => true,
            })
            .filter_map(|a| a.id.as_deref())
            .collect()
    }

    /// Whether this export holds voice records while the user said they own no voice device:
    /// the seed case. Never without the user's word.
    pub fn voice_data_without_voice_device(&self, records: &[Record]) -> bool {
        self.word == DeviceWord::NoVoiceDevice && records.iter().any(is_voice_recording)
    }
}

/// Which account the export was made for, per vendor, from the export's own files.
///
/// Household, profile and account files name the account holder; they decide when, taken
/// together, they name exactly one account of a vendor. Without them, device lists decide when
/// every device they list is registered to one and the same account. Two accounts named where
/// one is expected (two exports merged, a household file of each) decide nothing: the export
/// does not say which is the user's, and a majority of records is no evidence (in the 2018 case
/// the stranger's recordings outnumbered the requester's own files).
pub fn made_for(holders: &[AccountHolder], devices: &[Device], records: &[Record]) -> Vec<MadeFor> {
    let norm = id_key;
    // vendor → account key → (account as written, evidence paths)
    type Claims = std::collections::BTreeMap<
        String,
        std::collections::BTreeMap<String, (String, Vec<String>)>,
    >;
    let mut strong: Claims = Default::default();
    for h in holders.iter().filter(|h| !norm(&h.account).is_empty()) {
        let e = strong
            .entry(h.vendor.clone())
            .or_default()
            .entry(norm(&h.account))
            .or_insert_with(|| (h.account.clone(), Vec::new()));
        if !e.1.contains(&h.source.path) {
            e.1.push(h.source.path.clone());
        }
    }
    let mut device_vendor: HashMap<&str, &str> = HashMap::new();
    for r in records {
        if let (Some(d), Some(v)) = (r.device.as_deref(), r.vendor.as_deref()) {
            device_vendor.entry(d).or_insert(v);
        }
    }
    let mut listed: Claims = Default::default();
    for d in devices {
        let (Some(account), Some(source), Some(vendor)) = (
            d.account.as_deref().filter(|a| !norm(a).is_empty()),
            d.listed.as_ref(),
            device_vendor.get(d.id.as_str()),
        ) else {
            continue;
        };
        let e = listed
            .entry((*vendor).to_string())
            .or_default()
            .entry(norm(account))
            .or_insert_with(|| (account.to_string(), Vec::new()));
        if !e.1.contains(&source.path) {
            e.1.push(source.path.clone());
        }
    }
    let mut out = Vec::new();
    let vendors: std::collections::BTreeSet<&String> = strong.keys().chain(listed.keys()).collect();
    for vendor in vendors {
        let claims = match strong.get(vendor) {
            Some(c) => c,
            None => &listed[vendor],
        };
        if claims.len() == 1 {
            if let Some((account, evidence)) = claims.values().next() {
                out.push(MadeFor {
                    vendor: vendor.clone(),
                    account: account.clone(),
                    evidence: evidence.clone(),
                });
            }
        }
    }
    out
}

/// The account a record was recorded under: its own, else its device's.
pub fn account_of<'r>(record: &'r Record, facts: Option<&'r Facts>) -> Option<&'r str> {
    record
        .account
        .as_deref()
        .or_else(|| facts.and_then(|f| f.account.as_deref()))
}

/// The inventory's vendor for a record's `vendor` string.
pub fn vendor_of(name: &str) -> Option<Vendor> {
    Some(match name {
        "amazon" => Vendor::Amazon,
        "google" => Vendor::Google,
        "apple" => Vendor::Apple,
        "microsoft" => Vendor::Microsoft,
        "meta" => Vendor::Meta,
        _ => return None,
    })
}

/// Whether a record is what a voice-recording device captured. Voice *messages* (Meta) are
/// what people sent each other, not what a device heard: they are in the export because the
/// user took part in the conversation, whoever spoke.
pub fn is_voice_recording(record: &Record) -> bool {
    record.vendor.as_deref() != Some("meta")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_without_case_or_separators() {
        assert!(same_id("G090-U509 9023abcd", "g090u5099023ABCD"));
        assert!(!same_id("G090U5099023ABCD", "G090U5099023ABCE"));
        assert!(!same_id("", ""), "two missing ids are not the same id");
    }

    #[test]
    fn names_compare_without_case_or_spacing() {
        assert!(same_name(" Echo  Dot", "echo dot"));
        assert!(!same_name("Echo Dot", "Echo Dot 2"));
    }
}
