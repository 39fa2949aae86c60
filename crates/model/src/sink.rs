//! The sink format modules push what they find into.

use crate::{Device, Message, Record};

/// Identifies a member of an export: the input it came from and its path there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MemberRef {
    /// Index into the report's inputs.
    pub input: usize,
    /// Index into the report's members.
    pub member: usize,
    /// The member's display path.
    pub path: String,
}

/// Where format modules put devices, records and per-member warnings.
///
/// Contract for implementations: `device` returns the id under which the device is known,
/// merging a device that was already pushed (same serial, or same type and name with no
/// serial) instead of duplicating it. `record` takes records in any order; ids are assigned
/// by the sink. `warning` never fails: one bad row is a warning on its member, not a failed import.
/// A warning is a catalogue message (`formats.ftl`), so each reader gets it in their language.
pub trait ExportSink {
    /// Adds or merges a device and returns its id (`d1`, ...).
    fn device(&mut self, device: Device) -> String;
    /// Adds a record; its `id` is replaced by the sink's own.
    fn record(&mut self, record: Record);
    /// Notes a problem with one member that did not stop its import.
    fn warning(&mut self, member: &MemberRef, message: Message);
}

/// The plain in-memory sink used by the pipeline and tests.
#[derive(Debug, Default)]
pub struct Collector {
    /// Devices in order of discovery.
    pub devices: Vec<Device>,
    /// Records in order of arrival.
    pub records: Vec<Record>,
    /// Warnings per member index.
    pub warnings: Vec<(usize, Message)>,
}

impl ExportSink for Collector {
    fn device(&mut self, device: Device) -> String {
        let same = |d: &Device| match (&d.serial, &device.serial) {
            (Some(a), Some(b)) => a == b,
            (None, None) => d.device_type == device.device_type && d.name == device.name,
            _ => false,
        };
        if let Some(existing) = self.devices.iter_mut().find(|d| same(d)) {
            existing.name = existing.name.take().or(device.name);
            existing.device_type = existing.device_type.take().or(device.device_type);
            existing.model = existing.model.take().or(device.model);
            existing.account = existing.account.take().or(device.account);
            existing.registered = existing.registered.take().or(device.registered);
            existing.listed = existing.listed.take().or(device.listed);
            return existing.id.clone();
        }
        let id = format!("d{}", self.devices.len() + 1);
        self.devices.push(Device {
            id: id.clone(),
            ..device
        });
        id
    }

    fn record(&mut self, record: Record) {
        let id = format!("r{}", self.records.len() + 1);
        self.records.push(Record { id, ..record });
    }

    fn warning(&mut self, member: &MemberRef, message: Message) {
        self.warnings.push((member.member, message));
    }
}
