//! Entries as the writer sees them: the four sections, their keys in the contract's order, and
//! one checked value per key.
//!
//! Values are checked here, before anything touches the document, so an error can name the key
//! ("`lat` must be a latitude between -90 and 90, not 200") instead of a line in a file the user
//! never wrote. The strict reader still has the last word: the document re-reads every change.

use std::fmt;

use auskunft_model::Message;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Account, Device, DeviceKind, Person, Place, Vendor};

/// One of the four kinds of entry, i.e. one `[[table]]` name of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventorySection")]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// `[[device]]`.
    Device,
    /// `[[account]]`.
    Account,
    /// `[[person]]`.
    Person,
    /// `[[place]]`.
    Place,
}

impl Section {
    /// All sections, in the contract's order.
    pub const ALL: [Section; 4] = [
        Section::Device,
        Section::Account,
        Section::Person,
        Section::Place,
    ];

    /// The table name in the file (`device`).
    pub fn table(self) -> &'static str {
        match self {
            Section::Device => "device",
            Section::Account => "account",
            Section::Person => "person",
            Section::Place => "place",
        }
    }

    /// The plural for sentences (`devices`, `people`).
    pub fn plural(self) -> &'static str {
        match self {
            Section::Device => "devices",
            Section::Account => "accounts",
            Section::Person => "people",
            Section::Place => "places",
        }
    }

    /// The keys an entry of this section may have, in the contract's order. New keys are written
    /// in this order.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Section::Device => &["name", "serial", "type", "kind", "from", "until"],
            Section::Account => &["vendor", "id", "email"],
            Section::Person => &["name"],
            Section::Place => &["name", "lat", "lon", "radius_km"],
        }
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.table())
    }
}

impl std::str::FromStr for Section {
    type Err = String;
    fn from_str(s: &str) -> Result<Section, String> {
        Section::ALL
            .into_iter()
            .find(|x| x.table() == s)
            .ok_or_else(|| format!("must be device, account, person or place, not \"{s}\""))
    }
}

/// One entry to add: a device, account, person or place with its keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventoryEntry")]
#[serde(tag = "section", rename_all = "snake_case")]
pub enum Entry {
    /// A `[[device]]`.
    Device(Device),
    /// An `[[account]]`.
    Account(Account),
    /// A `[[person]]`.
    Person(Person),
    /// A `[[place]]`.
    Place(Place),
}

impl Entry {
    /// Which section it belongs to.
    pub fn section(&self) -> Section {
        match self {
            Entry::Device(_) => Section::Device,
            Entry::Account(_) => Section::Account,
            Entry::Person(_) => Section::Person,
            Entry::Place(_) => Section::Place,
        }
    }

    /// Its keys that have a value, in the contract's order, each checked.
    pub(crate) fn fields(&self) -> Result<Vec<(&'static str, Field)>, ValueError> {
        let text = |v: &Option<String>| v.clone().map(Field::Text);
        let date = |v: &Option<NaiveDate>| v.map(|d| Field::Text(d.format("%Y-%m-%d").to_string()));
        let number = |v: Option<f64>| v.map(Field::Number);
        let pairs: Vec<(&'static str, Option<Field>)> = match self {
            Entry::Device(d) => vec![
                ("name", text(&d.name)),
                ("serial", text(&d.serial)),
                ("type", text(&d.device_type)),
                ("kind", d.kind.map(|k| Field::Text(k.as_str().into()))),
                ("from", date(&d.from)),
                ("until", date(&d.until)),
            ],
            Entry::Account(a) => vec![
                ("vendor", a.vendor.map(|v| Field::Text(v.as_str().into()))),
                ("id", text(&a.id)),
                ("email", text(&a.email)),
            ],
            Entry::Person(p) => vec![("name", text(&p.name))],
            Entry::Place(p) => vec![
                ("name", text(&p.name)),
                ("lat", number(p.lat)),
                ("lon", number(p.lon)),
                ("radius_km", number(p.radius_km)),
            ],
        };
        let mut out = Vec::new();
        for (key, field) in pairs {
            if let Some(field) = field {
                check(key, &field)?;
                out.push((key, field));
            }
        }
        if let Entry::Device(d) = self {
            check_window(d.from, d.until)?;
        }
        Ok(out)
    }
}

/// A checked value, as it will be written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Field {
    /// A TOML string (dates are strings too, as the contract writes them).
    Text(String),
    /// A TOML number.
    Number(f64),
}

impl Field {
    /// The value for the document: whole numbers as integers (`radius_km = 30`), others as floats.
    pub(crate) fn to_value(&self) -> toml_edit::Value {
        match self {
            Field::Text(s) => toml_edit::Value::from(s.as_str()),
            Field::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => {
                toml_edit::Value::from(*x as i64)
            }
            Field::Number(x) => toml_edit::Value::from(*x),
        }
    }
}

/// A value that does not fit its key.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ValueError {
    pub key: String,
    /// What is wrong, in the catalogue's words; the sentence names the key.
    pub problem: Message,
}

/// The value `text` of `key` is wrong as message `id` says.
fn value_error(key: &str, id: &str, text: impl Into<String>) -> ValueError {
    ValueError {
        key: key.into(),
        problem: Message::new(id).arg("key", key).arg("text", text.into()),
    }
}

/// The number `value` of `key` is out of range as message `id` says.
fn number_error(key: &str, id: &str, value: f64) -> ValueError {
    ValueError {
        key: key.into(),
        problem: Message::new(id)
            .arg("key", key)
            .arg("value", value.to_string()),
    }
}

/// Parses the text a person typed for `key` of `section` into a checked value.
pub(crate) fn parse_field(section: Section, key: &str, text: &str) -> Result<Field, ValueError> {
    let trimmed = text.trim();
    let field = match (section, key) {
        (Section::Place, "lat" | "lon" | "radius_km") => match trimmed.parse::<f64>() {
            Ok(x) => Field::Number(x),
            Err(_) => return Err(value_error(key, "inventory-value-number", text)),
        },
        (Section::Device, "kind") => {
            let kind: DeviceKind = trimmed
                .to_lowercase()
                .parse()
                .map_err(|_| one_of(key, &DeviceKind::ALL.map(DeviceKind::as_str), text))?;
            Field::Text(kind.as_str().into())
        }
        (Section::Account, "vendor") => {
            let vendor: Vendor = trimmed
                .to_lowercase()
                .parse()
                .map_err(|_| one_of(key, &Vendor::ALL.map(Vendor::as_str), text))?;
            Field::Text(vendor.as_str().into())
        }
        _ => Field::Text(trimmed.to_string()),
    };
    check(key, &field)?;
    Ok(field)
}

/// Checks one value against its key: what the strict reader refuses, plus empty text and
/// malformed e-mail addresses, which it would accept but which are never what a person meant.
fn check(key: &str, field: &Field) -> Result<(), ValueError> {
    match (key, field) {
        ("lat", Field::Number(x)) if !(-90.0..=90.0).contains(x) => {
            Err(number_error(key, "inventory-value-latitude", *x))
        }
        ("lon", Field::Number(x)) if !(-180.0..=180.0).contains(x) => {
            Err(number_error(key, "inventory-value-longitude", *x))
        }
        ("radius_km", Field::Number(x)) if !(*x > 0.0 && x.is_finite()) => {
            Err(number_error(key, "inventory-value-radius", *x))
        }
        (_, Field::Number(x)) if !x.is_finite() => {
            Err(number_error(key, "inventory-value-finite", *x))
        }
        (_, Field::Text(s)) if s.trim().is_empty() => {
            Err(value_error(key, "inventory-value-empty", s.as_str()))
        }
        ("from" | "until", Field::Text(s)) if NaiveDate::parse_from_str(s, "%Y-%m-%d").is_err() => {
            Err(value_error(key, "inventory-value-date", s.as_str()))
        }
        ("email", Field::Text(s)) if !looks_like_email(s) => {
            Err(value_error(key, "inventory-value-email", s.as_str()))
        }
        _ => Ok(()),
    }
}

/// `text` is none of `values`, which `key` takes.
fn one_of(key: &str, values: &[&str], text: &str) -> ValueError {
    ValueError {
        key: key.into(),
        problem: Message::new("inventory-value-one-of")
            .arg("key", key)
            .arg("values", values.join(", "))
            .arg("text", text),
    }
}

fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && !domain.is_empty() && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// An ownership window must not end before it starts.
pub(crate) fn check_window(
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Result<(), ValueError> {
    match (from, until) {
        (Some(f), Some(u)) if u < f => Err(ValueError {
            key: "until".into(),
            problem: Message::new("inventory-value-window")
                .arg("until", u.to_string())
                .arg("from", f.to_string()),
        }),
        _ => Ok(()),
    }
}

impl DeviceKind {
    /// Every kind, in the contract's order.
    pub const ALL: [DeviceKind; 7] = [
        DeviceKind::Speaker,
        DeviceKind::Phone,
        DeviceKind::Tv,
        DeviceKind::Tablet,
        DeviceKind::Car,
        DeviceKind::Watch,
        DeviceKind::Other,
    ];

    fn expected(s: &str) -> String {
        format!("must be one of speaker, phone, tv, tablet, car, watch, other, not \"{s}\"")
    }

    /// The word the file uses (`speaker`).
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceKind::Speaker => "speaker",
            DeviceKind::Phone => "phone",
            DeviceKind::Tv => "tv",
            DeviceKind::Tablet => "tablet",
            DeviceKind::Car => "car",
            DeviceKind::Watch => "watch",
            DeviceKind::Other => "other",
        }
    }
}

impl std::str::FromStr for DeviceKind {
    type Err = String;
    fn from_str(s: &str) -> Result<DeviceKind, String> {
        DeviceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| DeviceKind::expected(s))
    }
}

impl Vendor {
    /// Every vendor, in the contract's order.
    pub const ALL: [Vendor; 6] = [
        Vendor::Amazon,
        Vendor::Google,
        Vendor::Apple,
        Vendor::Microsoft,
        Vendor::Meta,
        Vendor::Other,
    ];

    fn expected(s: &str) -> String {
        format!("must be one of amazon, google, apple, microsoft, meta, other, not \"{s}\"")
    }

    /// The word the file uses (`amazon`).
    pub fn as_str(self) -> &'static str {
        match self {
            Vendor::Amazon => "amazon",
            Vendor::Google => "google",
            Vendor::Apple => "apple",
            Vendor::Microsoft => "microsoft",
            Vendor::Meta => "meta",
            Vendor::Other => "other",
        }
    }
}

impl std::str::FromStr for Vendor {
    type Err = String;
    fn from_str(s: &str) -> Result<Vendor, String> {
        Vendor::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| Vendor::expected(s))
    }
}
