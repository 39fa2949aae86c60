//! `google.devices_csv`: the devices that accessed a Google account, from Takeout.
//!
//! # Format
//!
//! `Takeout/Access Log Activity/Devices - A list of devices (i.e. Nest, Pixel, iPhone, Galaxy,
//! etc) which have accessed your Google Account.csv` (folder and file names are localised; see
//! `formats.md`, "Google Takeout"): one row per device with the account's GAIA id, the device
//! type, brand, model (and a marketing name), OS, country, and the first and last activity. The
//! exact column names were never published; columns are found by name with
//! [`crate::tabular::Table::column`]:
//!
//! | field | column names |
//! |---|---|
//! | account | `Gaia ID`, `GAIA Id`, `Account ID`, `Konto-ID` |
//! | device type | `Device Type`, `Gerätetyp` |
//! | brand | `Brand Name`, `Brand`, `Manufacturer`, `Marke`, `Hersteller` |
//! | model | `Marketing Name`, `Model Name`, `Device Model`, `Model`, `Modell` |
//! | device id | `Device ID`, `Android ID`, `IMEI`, `Serial Number`, `Geräte-ID` |
//! | first activity | `Device First Activity`, `First Activity`, `First Seen`, `Erste Aktivität` |
//!
//! One device per row: `name` is brand and model (`Google Pixel 7`; the model alone when it
//! already starts with the brand, or when there is no brand), `device_type` the type as written
//! (`Phone`, `Smart Speaker`), `model` the model, `serial` a device id when the list has one,
//! `account` the GAIA id, `registered` the first activity (the closest the list comes to when
//! the device joined the account; any layout [`crate::timestamp::parse`] reads), `listed` the
//! row (`line N`).
//!
//! # Detection
//!
//! CSV or text whose header line ([`crate::tabular::header_line`]) has a brand, model or
//! device-type column, and either a GAIA-id column or a path like `Access Log Activity/…` or
//! a file name starting with `Devices - ` (or the German `Geräte - `).
//!
//! # Known variants
//!
//! Whatever [`crate::tabular::read_csv`] copes with (encodings, delimiters, `N/A`, ragged
//! rows). Rows naming no brand, model, type or id are skipped with a warning; an unreadable
//! first activity is a warning, the device stays. Without a device id, rows of the same type and
//! name become one device ([`crate::Import::device`] merges by serial, else by type and name).
//!
//! # Not imported
//!
//! OS, OS version, country, last activity, IP addresses, user agents: they say where and how a
//! device was used, not which device it is.

use std::io::Read;

use auskunft_archive::Content;
use auskunft_model::{Device, Locator, MemberKind, Message};

use crate::read::member_ref;
use crate::tabular::{find_column, header_line, import_table};
use crate::timestamp::{parse, DateOrder, Timestamp};
use crate::{Candidate, Format, Import, Imported};

/// The Takeout device-list module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct DevicesCsv;

const ACCOUNT: &[&str] = &["Gaia ID", "GaiaId", "Account ID", "Konto-ID"];
const DEVICE_TYPE: &[&str] = &["Device Type", "Gerätetyp", "Geräteart"];
const BRAND: &[&str] = &["Brand Name", "Brand", "Manufacturer", "Marke", "Hersteller"];
const MODEL: &[&str] = &[
    "Marketing Name",
    "Model Name",
    "Device Model",
    "Model",
    "Modell",
    "Modellname",
    "Gerätemodell",
];
const DEVICE_ID: &[&str] = &[
    "Device ID",
    "Android ID",
    "IMEI",
    "Serial Number",
    "Geräte-ID",
    "Seriennummer",
];
const FIRST: &[&str] = &[
    "Device First Activity",
    "Device First Activity Date",
    "First Activity",
    "First Activity Date",
    "First Seen",
    "Erste Aktivität",
    "Erste Aktivität des Geräts",
];

/// Whether a path is where Takeout keeps the device list (English or German names).
fn is_device_list_path(path: &str) -> bool {
    let lower = path.to_lowercase();
    let file = lower.rsplit('/').next().unwrap_or(&lower);
    lower.contains("access log activity")
        || lower.contains("zugriffsprotokoll")
        || file.starts_with("devices - ")
        || file.starts_with("geräte - ")
}

fn is_device_list(header: &[String], path: &str) -> bool {
    let has = |names: &[&str]| find_column(header.iter().map(String::as_str), names).is_some();
    (has(BRAND) || has(MODEL) || has(DEVICE_TYPE)) && (has(ACCOUNT) || is_device_list_path(path))
}

impl Format for DevicesCsv {
    fn name(&self) -> &'static str {
        "google.devices_csv"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        matches!(candidate.content, Content::Csv | Content::Text)
            && header_line(candidate.head).is_some_and(|h| is_device_list(&h, candidate.path))
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        import_table(content, MemberKind::DeviceList, |table| {
            devices(table, candidate, import)
        })
    }
}

/// Brand and model as one name, without saying the brand twice.
fn display_name(brand: Option<&str>, model: Option<&str>) -> Option<String> {
    match (brand, model) {
        (Some(b), Some(m)) if m.to_lowercase().starts_with(&b.to_lowercase()) => Some(m.into()),
        (Some(b), Some(m)) => Some(format!("{b} {m}")),
        (None, Some(m)) => Some(m.into()),
        (Some(b), None) => Some(b.into()),
        (None, None) => None,
    }
}

fn devices(table: &crate::tabular::Table, candidate: &Candidate<'_>, import: &mut Import) {
    let member = member_ref(candidate);
    for note in &table.notes {
        import.warn(&member, note.clone());
    }
    let (account, kind, brand, model, id, first) = (
        table.column(ACCOUNT),
        table.column(DEVICE_TYPE),
        table.column(BRAND),
        table.column(MODEL),
        table.column(DEVICE_ID),
        table.column(FIRST),
    );
    let order = first.map_or(DateOrder::MonthFirst, |c| DateOrder::sniff(table.values(c)));
    let zone = first.and_then(|c| table.columns[c].zone.as_ref());
    for row in &table.rows {
        let at = Locator::Line(row.line);
        let cell = |c: Option<usize>| row.get_opt(c).map(str::to_string);
        let (b, m, t, serial) = (cell(brand), cell(model), cell(kind), cell(id));
        if b.is_none() && m.is_none() && t.is_none() && serial.is_none() {
            import.warn(
                &member,
                Message::new("format-row-no-google-device").arg("at", &at),
            );
            continue;
        }
        let when = row.get_opt(first);
        let registered = when.and_then(|w| parse(w, order, zone));
        if let (Some(w), None) = (when, &registered) {
            import.warn(
                &member,
                Message::new("format-row-first-activity-not-time")
                    .arg("at", &at)
                    .arg("value", w),
            );
        }
        import.device(Device {
            name: display_name(b.as_deref(), m.as_deref()),
            device_type: t,
            model: m,
            serial,
            account: cell(account),
            registered: registered.as_ref().map(Timestamp::record_time),
            listed: Some(candidate.source(&at)),
            ..Device::default()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_the_brand_once() {
        assert_eq!(
            display_name(Some("Google"), Some("Pixel 7")).as_deref(),
            Some("Google Pixel 7")
        );
        assert_eq!(
            display_name(Some("Google"), Some("Google Nest Mini")).as_deref(),
            Some("Google Nest Mini")
        );
        assert_eq!(
            display_name(None, Some("iPhone 13")).as_deref(),
            Some("iPhone 13")
        );
        assert_eq!(display_name(Some("Sonos"), None).as_deref(), Some("Sonos"));
        assert_eq!(display_name(None, None), None);
    }

    #[test]
    fn recognised_by_gaia_column_or_by_takeout_path() {
        let h = |names: &[&str]| names.iter().map(ToString::to_string).collect::<Vec<_>>();
        let with_gaia = h(&["Gaia ID", "Device Type", "Brand Name", "Model Name"]);
        assert!(is_device_list(&with_gaia, "x.csv"));
        let without = h(&["Device Type", "Brand Name", "Model Name", "OS"]);
        assert!(!is_device_list(&without, "Takeout/Drive/phones.csv"));
        assert!(is_device_list(
            &without,
            "Takeout/Access Log Activity/Devices - A list of devices.csv"
        ));
        assert!(is_device_list(
            &without,
            "Takeout/Zugriffsprotokoll/Geräte - Eine Liste.csv"
        ));
        let unrelated = h(&["Gaia ID", "Activity Timestamp", "IP Address"]);
        assert!(!is_device_list(
            &unrelated,
            "Takeout/Access Log Activity/Activities.csv"
        ));
    }
}
