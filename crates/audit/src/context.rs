//! What every rule needs to know, computed once per audit.

use std::collections::HashMap;

use auskunft_inventory::{Inventory, Vendor};
use auskunft_model::{Device, Record};
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
}

/// The inventory, prepared for quick comparisons, and the export's devices.
#[derive(Debug)]
pub struct Context<'a> {
    /// The user's inventory.
    pub inventory: &'a Inventory,
    devices: HashMap<String, Facts>,
    declares_voice_device: bool,
}

/// Compares identifiers as exports and people write them: case and separators do not count.
pub fn same_id(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
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
                };
                (d.id.clone(), facts)
            })
            .collect();
        Context {
            inventory,
            devices,
            declares_voice_device: inventory.declares_voice_device(),
        }
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

    /// Whether this export holds voice records the inventory cannot account for: the seed case.
    pub fn voice_data_without_voice_device(&self, records: &[Record]) -> bool {
        !self.declares_voice_device && records.iter().any(is_voice_recording)
    }
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
