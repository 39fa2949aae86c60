//! `amazon.devices`: Amazon device lists.
//!
//! # Format
//!
//! - `{"devices": [...]}` (the Alexa app's device list, `/api/devices-v2/device`): per device
//!   `accountName` (the display name), `deviceFamily`, `deviceType`, `serialNumber`,
//!   `deviceOwnerCustomerId`.
//! - `registration.csv` (in `Devices.Registration.zip`): a header row with at least
//!   `FirstTimeRegistered` and `AccountName`, and as far as present `DeviceSerialNumber`,
//!   `DeviceType`, `DeviceFamily`, `CustomerId`.
//! - `{"accounts": [...]}` (the household list): people, not devices; recognised so it is not
//!   mistaken for something else, and skipped with the reason "household list: people, not
//!   devices".
//!
//! One device per entry or row: name, type code, model (from the type code, else coarsely from
//! the family), serial, owning account. Devices merge by serial with those heard in records.
//!
//! # Detection
//!
//! JSON whose first 4 KiB contain `"devices"` with `"serialNumber"` or `"deviceOwnerCustomerId"`;
//! JSON with `"accounts"`, `"firstName"` and `"role"` (household); CSV or text whose first line
//! names the columns `FirstTimeRegistered` and `AccountName`.
//!
//! # Known variants
//!
//! A byte-order mark before the header; a documentation row as the first data row (skipped with
//! a warning); `N/A` for missing values; a trailing `File Summary:` block (ends the list);
//! rows without name and serial (skipped with a warning).
//!
//! # Not imported
//!
//! `FirstTimeRegistered`, `softwareVersion`, capabilities, `deviceAccountId`, app sub-devices
//! (`appDeviceList`, which repeats the device itself), the household's people.

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Device, Fit, MemberKind};
use serde_json::Value;

use super::{family_model, head_has, json_failure, member_ref, model, read_bounded};
use crate::{Candidate, Format, Import, Imported};

/// The device-list module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Devices;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The first line of a head, without a byte-order mark.
fn first_line(head: &[u8]) -> &[u8] {
    let head = head.strip_prefix(BOM).unwrap_or(head);
    head.split(|&b| b == b'\n').next().unwrap_or(head)
}

fn is_registration_csv(candidate: &Candidate<'_>) -> bool {
    matches!(candidate.content, Content::Csv | Content::Text)
        && head_has(first_line(candidate.head), "FirstTimeRegistered")
        && head_has(first_line(candidate.head), "AccountName")
}

fn is_household(head: &[u8]) -> bool {
    ["\"accounts\"", "\"firstName\"", "\"role\""]
        .iter()
        .all(|k| head_has(head, k))
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
                    || head_has(head, "\"deviceOwnerCustomerId\""))
                || is_household(head));
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
        records: 0,
        first: None,
        last: None,
        fit: Fit::Unknown,
        reasons: vec![],
    }
}

fn json_list(candidate: &Candidate<'_>, bytes: &[u8], import: &mut Import) -> Outcome {
    let list: Value = match serde_json::from_slice(bytes) {
        Ok(list) => list,
        Err(e) => return Outcome::Failed(json_failure(&e)),
    };
    let Some(devices) = list.get("devices") else {
        if list.get("accounts").is_some() {
            return Outcome::Skipped("household list: people, not devices".into());
        }
        return Outcome::Failed("no devices list at the top level".into());
    };
    let Some(devices) = devices.as_array() else {
        return Outcome::Failed("devices is not a list".into());
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
        let (name, serial) = (text(d, "accountName"), text(d, "serialNumber"));
        if name.is_none() && serial.is_none() {
            import.warn(
                &member,
                format!("$.devices[{i}]: no name or serial; skipped"),
            );
            continue;
        }
        let family = text(d, "deviceFamily");
        import.device(device(
            name,
            text(d, "deviceType"),
            family.as_deref(),
            serial,
            text(d, "deviceOwnerCustomerId"),
        ));
    }
    Outcome::Parsed
}

/// A cell's value: trimmed, `None` when empty or `N/A`.
fn cell(row: &csv::ByteRecord, column: Option<usize>) -> Option<String> {
    let raw = row.get(column?)?;
    let value = String::from_utf8_lossy(raw).trim().to_string();
    (!value.is_empty() && !value.eq_ignore_ascii_case("n/a")).then_some(value)
}

fn registration_csv(candidate: &Candidate<'_>, bytes: &[u8], import: &mut Import) -> Outcome {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let header = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return Outcome::Failed(format!("unreadable header row: {e}")),
    };
    let column = |name: &str| {
        header
            .iter()
            .position(|h| String::from_utf8_lossy(h).trim().eq_ignore_ascii_case(name))
    };
    let registered = column("FirstTimeRegistered");
    let (name, serial, kind, family, account) = (
        column("AccountName"),
        column("DeviceSerialNumber"),
        column("DeviceType"),
        column("DeviceFamily"),
        column("CustomerId"),
    );
    if registered.is_none() || name.is_none() {
        return Outcome::Failed("no FirstTimeRegistered and AccountName columns".into());
    }
    let member = member_ref(candidate);
    for (i, row) in reader.byte_records().enumerate() {
        let line = i + 2;
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                import.warn(&member, format!("row {line}: unreadable ({e}); skipped"));
                continue;
            }
        };
        let first = cell(&row, Some(0)).unwrap_or_default();
        if first.starts_with("File Summary") {
            break;
        }
        let when = cell(&row, registered);
        let dated = when
            .as_deref()
            .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
        if i == 0 && !dated {
            import.warn(&member, format!("row {line}: a documentation row; skipped"));
            continue;
        }
        let (n, s) = (cell(&row, name), cell(&row, serial));
        if n.is_none() && s.is_none() {
            import.warn(&member, format!("row {line}: no name or serial; skipped"));
            continue;
        }
        let fam = cell(&row, family);
        import.device(device(
            n,
            cell(&row, kind),
            fam.as_deref(),
            s,
            cell(&row, account),
        ));
    }
    Outcome::Parsed
}
