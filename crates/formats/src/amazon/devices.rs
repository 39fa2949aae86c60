//! `amazon.devices`: Amazon device lists.
//!
//! # Format
//!
//! - `{"devices": [...]}` (the Alexa app's device list, `/api/devices-v2/device`): per device
//!   `accountName` (the display name), `deviceFamily`, `deviceType`, `serialNumber`,
//!   `deviceOwnerCustomerId`.
//! - `registration.csv` (in `Devices.Registration.zip`): a header row with at least
//!   `FirstTimeRegistered` and `AccountName`, and as far as present `DeviceSerialNumber`,
//!   `DeviceType`, `DeviceFamily`, `CustomerId`; read with [`crate::tabular::read_csv`].
//!   `FirstTimeRegistered` becomes the device's `registered` time (any layout
//!   [`crate::timestamp::parse`] reads; without a zone, as written), the row its `listed` entry
//!   (`line N`).
//!
//! One device per entry or row: name, type code, model (from the type code, else coarsely from
//! the family), serial, owning account. Devices merge by serial with those heard in records.
//!
//! # Detection
//!
//! JSON whose first 4 KiB contain `"devices"` with `"serialNumber"` or `"deviceOwnerCustomerId"`;
//! CSV or text whose header line
//! ([`crate::tabular::header_line`]) names the columns `FirstTimeRegistered` and `AccountName`.
//!
//! # Known variants
//!
//! Whatever [`crate::tabular::read_csv`] copes with: a byte-order mark or another encoding, `;`
//! or tab as delimiter, a documentation row as the first data row (skipped with a warning),
//! `N/A` for missing values, a trailing `File Summary:` block (ends the list), ragged rows
//! (warned about). Rows without name and serial are skipped with a warning; an unreadable
//! `FirstTimeRegistered` is a warning, the device stays.
//!
//! # Not imported
//!
//! `softwareVersion`, capabilities, `deviceAccountId`, app sub-devices
//! (`appDeviceList`, which repeats the device itself). The household list (`{"accounts": …}`)
//! is `amazon.household`'s.

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Device, Locator, MemberKind, Message};
use serde_json::Value;

use super::{family_model, head_has, json_failure, member_ref, model, read_bounded};
use crate::tabular::{find_column, header_line, read_csv};
use crate::timestamp::{parse, DateOrder, Timestamp};
use crate::{Candidate, Format, Import, Imported};

/// The device-list module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Devices;

fn is_registration_csv(candidate: &Candidate<'_>) -> bool {
    matches!(candidate.content, Content::Csv | Content::Text)
        && header_line(candidate.head).is_some_and(|h| {
            find_column(h.iter().map(String::as_str), &["FirstTimeRegistered"]).is_some()
                && find_column(h.iter().map(String::as_str), &["AccountName"]).is_some()
        })
}

impl Format for Devices {
    fn name(&self) -> &'static str {
        "amazon.devices"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        let head = candidate.head;
        let json = candidate.content == Content::Json
            && (head_has(head, "\"devices\"")
                && (head_has(head, "\"serialNumber\"")
                    || head_has(head, "\"deviceOwnerCustomerId\"")));
        json || is_registration_csv(candidate)
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        let outcome = match read_bounded(content) {
            Err(why) => Outcome::Failed(why),
            Ok(bytes) if candidate.content == Content::Json => json_list(candidate, &bytes, import),
            Ok(bytes) => registration_csv(candidate, &bytes, import),
        };
        Imported {
            kind: MemberKind::DeviceList,
            outcome,
        }
    }
}

/// A device as the lists describe it.
fn device(
    name: Option<String>,
    device_type: Option<String>,
    family: Option<&str>,
    serial: Option<String>,
    account: Option<String>,
) -> Device {
    let model = device_type
        .as_deref()
        .and_then(model)
        .or_else(|| family.and_then(family_model))
        .map(Into::into);
    Device {
        id: String::new(),
        name,
        device_type,
        model,
        serial,
        account,
        ..Device::default()
    }
}

fn json_list(candidate: &Candidate<'_>, bytes: &[u8], import: &mut Import) -> Outcome {
    let list: Value = match serde_json::from_slice(bytes) {
        Ok(list) => list,
        Err(e) => return Outcome::Failed(json_failure(&e)),
    };
    let Some(devices) = list.get("devices") else {
        return Outcome::Failed(Message::new("format-amazon-no-devices"));
    };
    let Some(devices) = devices.as_array() else {
        return Outcome::Failed(Message::new("format-not-a-list").arg("key", "devices"));
    };
    let member = member_ref(candidate);
    let text = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    for (i, d) in devices.iter().enumerate() {
        let at = Locator::json(format!("$.devices[{i}]"));
        let (name, serial) = (text(d, "accountName"), text(d, "serialNumber"));
        if name.is_none() && serial.is_none() {
            import.warn(
                &member,
                Message::new("format-row-no-name-or-serial").arg("at", &at),
            );
            continue;
        }
        let family = text(d, "deviceFamily");
        import.device(Device {
            listed: Some(candidate.source(&at)),
            ..device(
                name,
                text(d, "deviceType"),
                family.as_deref(),
                serial,
                text(d, "deviceOwnerCustomerId"),
            )
        });
    }
    Outcome::Parsed
}

fn registration_csv(candidate: &Candidate<'_>, bytes: &[u8], import: &mut Import) -> Outcome {
    let table = match read_csv(bytes) {
        Ok(table) => table,
        Err(why) => return Outcome::Failed(why),
    };
    let registered = table.column(&["FirstTimeRegistered"]);
    let (name, serial, kind, family, account) = (
        table.column(&["AccountName"]),
        table.column(&["DeviceSerialNumber"]),
        table.column(&["DeviceType"]),
        table.column(&["DeviceFamily"]),
        table.column(&["CustomerId"]),
    );
    let Some(registered) = registered.filter(|_| name.is_some()) else {
        return Outcome::Failed(Message::new("format-amazon-no-registration-columns"));
    };
    let member = member_ref(candidate);
    for note in &table.notes {
        import.warn(&member, note.clone());
    }
    let order = DateOrder::sniff(table.values(registered));
    let zone = table.columns[registered].zone.as_ref();
    for row in &table.rows {
        let at = Locator::Line(row.line);
        let cell = |c: Option<usize>| row.get_opt(c).map(str::to_string);
        let (n, s) = (cell(name), cell(serial));
        if n.is_none() && s.is_none() {
            import.warn(
                &member,
                Message::new("format-row-no-name-or-serial").arg("at", &at),
            );
            continue;
        }
        let when = row.get(registered);
        let time = when.and_then(|w| parse(w, order, zone));
        if let (Some(w), None) = (when, &time) {
            import.warn(
                &member,
                Message::new("format-row-registered-not-time")
                    .arg("at", &at)
                    .arg("value", w),
            );
        }
        let fam = cell(family);
        import.device(Device {
            registered: time.as_ref().map(Timestamp::record_time),
            listed: Some(candidate.source(&at)),
            ..device(n, cell(kind), fam.as_deref(), s, cell(account))
        });
    }
    Outcome::Parsed
}
