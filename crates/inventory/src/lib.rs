//! The user's inventory: what they own and who they are (`inventory.toml`).
//!
//! The audit compares an export against it. The format is the contract in
//! `shared/contracts/inventory.md`: every table and key optional, an empty file valid. Reading
//! is strict because a typo must not silently weaken the audit: an unknown key, a bad date or a
//! coordinate out of range is an error naming the line.
//!
//! Writing goes through [`InventoryDocument`] (`toml_edit`): adding, editing or removing one
//! entry leaves every comment, blank line and the order of everything else as the user wrote it,
//! and every change is re-read by the strict reader before it is kept, so the app can never write
//! a file the audit refuses. Saving is atomic (temporary file, flush, rename).
//!
//! The types derive `ts_rs::TS` (as `InventoryDevice`, `InventoryAccount`, …) because the desktop
//! app shows and edits them; the bindings land in `ui/src/lib/bindings` when the tests run.
//!
//! Non-goals: deciding what an export's data means for the user (the audit does that) or
//! adopting anything from an export on its own (candidates are only ever offered).
#![deny(missing_docs)]

mod candidates;
mod document;
mod entry;
mod said;

pub use candidates::{
    candidates, date_range, device_entry, distance_km, AccountCandidate, Candidates,
    DeviceCandidate, PersonCandidate, PlaceCandidate, CLUSTER_KM, DEFAULT_RADIUS_KM,
};
pub use document::{EditError, InventoryDocument};
pub use entry::{Entry, Section};

use auskunft_model::Message;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;
use ts_rs::TS;

/// What the user declares.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Inventory {
    /// The user's word on owning voice devices: `Some(false)` is "I own no device that records
    /// voice" (the seed case); `None` is "not said". See [`Inventory::word`].
    #[serde(default)]
    pub owns_voice_devices: Option<bool>,
    /// Who the user is, for letters; never compared with exports.
    #[serde(default)]
    pub me: Option<Me>,
    /// Devices that may record the user.
    pub devices: Vec<Device>,
    /// The user's accounts.
    pub accounts: Vec<Account>,
    /// People in the household.
    pub people: Vec<Person>,
    /// Places the user lives or often is.
    pub places: Vec<Place>,
}

/// Who the user is (`[me]`): used in letters, never compared with an export.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventoryMe")]
#[serde(deny_unknown_fields)]
pub struct Me {
    /// Full name.
    pub name: Option<String>,
    /// Postal address, lines separated by `\n`.
    pub address: Option<String>,
    /// ISO 3166 country code (`DE`); picks the data-protection authority.
    pub country: Option<String>,
    /// German Land (ISO 3166-2 suffix, `BY`), for the Land authority.
    pub region: Option<String>,
}

/// What the user has said about the devices they own: decides whether the audit may judge
/// voice records on the user's word or only on the export's own evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceWord {
    /// Nothing: no file, an empty one, or one that lists no device and does not say
    /// `owns_voice_devices = false`.
    NotSaid,
    /// `owns_voice_devices = false`, or devices listed and none of a voice-recording kind.
    NoVoiceDevice,
    /// At least one listed device of a voice-recording kind (a device without a kind counts).
    VoiceDevices,
}

/// A declared device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventoryDevice")]
#[serde(deny_unknown_fields)]
pub struct Device {
    /// The name the user gave it (weak evidence).
    pub name: Option<String>,
    /// Serial, DSN or device id (strong evidence).
    pub serial: Option<String>,
    /// Vendor type code or model name.
    #[serde(rename = "type")]
    pub device_type: Option<String>,
    /// What kind of device it is.
    pub kind: Option<DeviceKind>,
    /// First day of ownership, inclusive.
    pub from: Option<NaiveDate>,
    /// Last day of ownership, inclusive.
    pub until: Option<NaiveDate>,
}

/// Kinds of device, as the contract lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum DeviceKind {
    /// A smart speaker.
    Speaker,
    /// A phone (app).
    Phone,
    /// A TV or streaming stick.
    Tv,
    /// A tablet.
    Tablet,
    /// A car.
    Car,
    /// A watch.
    Watch,
    /// Anything else.
    Other,
}

impl DeviceKind {
    /// Whether devices of this kind record voice (every kind but `other` may).
    pub fn records_voice(self) -> bool {
        !matches!(self, DeviceKind::Other)
    }
}

/// A declared account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventoryAccount")]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// Who runs it.
    pub vendor: Option<Vendor>,
    /// Customer / account id.
    pub id: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
}

/// Vendors, as the contract lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Vendor {
    /// Amazon.
    Amazon,
    /// Google.
    Google,
    /// Apple.
    Apple,
    /// Microsoft.
    Microsoft,
    /// Meta.
    Meta,
    /// Anyone else.
    Other,
}

/// A person in the household.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventoryPerson")]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Their name.
    pub name: Option<String>,
}

/// A place the user lives or often is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "InventoryPlace")]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Its name.
    pub name: Option<String>,
    /// Latitude in degrees.
    pub lat: Option<f64>,
    /// Longitude in degrees.
    pub lon: Option<f64>,
    /// Radius in kilometres.
    pub radius_km: Option<f64>,
}

/// Why an inventory could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct InventoryError {
    /// The file, when read from one.
    pub path: Option<String>,
    /// 1-based line number; 0 when the error is about the whole file (it cannot be read).
    pub line: usize,
    /// What is wrong, in the catalogue's words (`inventory-…`).
    pub problem: Message,
}

impl InventoryError {
    /// The error as a catalogue message: the file, the line, then what is wrong.
    pub fn words(&self) -> Message {
        let at = if self.line > 0 {
            Message::new("inventory-at-line")
                .arg("line", self.line)
                .arg("problem", self.problem.clone())
        } else {
            self.problem.clone()
        };
        match &self.path {
            Some(path) => Message::new("inventory-in-file")
                .arg("path", path.as_str())
                .arg("problem", at),
            None => at,
        }
    }

    /// The file could not be read: `error` is what the system said.
    pub(crate) fn unreadable(path: String, error: &std::io::Error) -> InventoryError {
        InventoryError {
            path: Some(path),
            line: 0,
            problem: Message::new("inventory-unreadable").arg("detail", Message::io(error)),
        }
    }
}

impl std::fmt::Display for InventoryError {
    /// English, as logs and the audit JSON hold it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words().en())
    }
}

impl std::error::Error for InventoryError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    owns_voice_devices: Option<Spanned<bool>>,
    me: Option<Me>,
    #[serde(default)]
    device: Vec<RawDevice>,
    #[serde(default)]
    account: Vec<RawAccount>,
    #[serde(default)]
    person: Vec<RawPerson>,
    #[serde(default)]
    place: Vec<RawPlace>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDevice {
    name: Option<String>,
    serial: Option<String>,
    #[serde(rename = "type")]
    device_type: Option<String>,
    kind: Option<DeviceKind>,
    from: Option<Spanned<String>>,
    until: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccount {
    vendor: Option<Vendor>,
    id: Option<String>,
    email: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    name: Option<String>,
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
    radius_km: Option<Spanned<f64>>,
}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

impl Inventory {
    /// Parses inventory text; `path` only labels errors.
    pub fn parse(text: &str, path: Option<&str>) -> Result<Inventory, InventoryError> {
        let err = |offset: usize, problem: Message| InventoryError {
            path: path.map(str::to_string),
            line: line_of(text, offset),
            problem,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map(|s| s.start).unwrap_or(0);
            let line = said::line_text(text, line_of(text, offset));
            err(offset, said::toml_problem(e.message(), &line))
        })?;
        let date =
            |v: Option<Spanned<String>>, key: &str| -> Result<Option<NaiveDate>, InventoryError> {
                v.map(|s| {
                    NaiveDate::parse_from_str(s.get_ref(), "%Y-%m-%d").map_err(|_| {
                        err(
                            s.span().start,
                            Message::new("inventory-value-date")
                                .arg("key", key)
                                .arg("text", s.get_ref().as_str()),
                        )
                    })
                })
                .transpose()
            };
        let owns = raw.owns_voice_devices.as_ref().map(|s| *s.get_ref());
        let mut devices = Vec::new();
        let voice_device_listed = raw
            .device
            .iter()
            .any(|d| d.kind.is_none_or(DeviceKind::records_voice));
        if let (Some(s), true) = (&raw.owns_voice_devices, voice_device_listed) {
            if !*s.get_ref() {
                return Err(err(
                    s.span().start,
                    Message::new("inventory-voice-contradiction"),
                ));
            }
        }
        for d in raw.device {
            let from = date(d.from, "from")?;
            let until = date(d.until, "until")?;
            devices.push(Device {
                name: d.name,
                serial: d.serial,
                device_type: d.device_type,
                kind: d.kind,
                from,
                until,
            });
        }
        let mut places = Vec::new();
        for p in raw.place {
            let check = |v: Option<Spanned<f64>>,
                         key: &str,
                         ok: &dyn Fn(f64) -> bool,
                         id: &str|
             -> Result<Option<f64>, InventoryError> {
                match v {
                    Some(s) if !ok(*s.get_ref()) => Err(err(
                        s.span().start,
                        Message::new(id)
                            .arg("key", key)
                            .arg("value", s.get_ref().to_string()),
                    )),
                    v => Ok(v.map(|s| *s.get_ref())),
                }
            };
            places.push(Place {
                name: p.name,
                lat: check(
                    p.lat,
                    "lat",
                    &|x| (-90.0..=90.0).contains(&x),
                    "inventory-value-latitude",
                )?,
                lon: check(
                    p.lon,
                    "lon",
                    &|x| (-180.0..=180.0).contains(&x),
                    "inventory-value-longitude",
                )?,
                radius_km: check(
                    p.radius_km,
                    "radius_km",
                    &|x| x > 0.0 && x.is_finite(),
                    "inventory-value-radius",
                )?,
            });
        }
        Ok(Inventory {
            owns_voice_devices: owns,
            me: raw.me,
            devices,
            accounts: raw
                .account
                .into_iter()
                .map(|a| Account {
                    vendor: a.vendor,
                    id: a.id,
                    email: a.email,
                })
                .collect(),
            people: raw
                .person
                .into_iter()
                .map(|p| Person { name: p.name })
                .collect(),
            places,
        })
    }

    /// Reads and parses a file.
    pub fn read(path: &std::path::Path) -> Result<Inventory, InventoryError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| InventoryError::unreadable(shown.clone(), &e))?;
        Inventory::parse(&text, Some(&shown))
    }

    /// True when a device of a voice-recording kind is declared (a device without a kind counts).
    pub fn declares_voice_device(&self) -> bool {
        self.devices
            .iter()
            .any(|d| d.kind.is_none_or(DeviceKind::records_voice))
    }

    /// What the user has said about their devices (the contract's "the user's word").
    pub fn word(&self) -> DeviceWord {
        if self.declares_voice_device() {
            DeviceWord::VoiceDevices
        } else if self.owns_voice_devices == Some(false) || !self.devices.is_empty() {
            DeviceWord::NoVoiceDevice
        } else {
            DeviceWord::NotSaid
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use auskunft_model::Lang;

    const CONTRACT_EXAMPLE: &str = r#"
# owns_voice_devices = false

[me]
name = "Lena Beispiel"
address = "Musterstraße 1\n80331 München"
country = "DE"
region = "BY"

[[device]]                      # a device that may record you
name = "Echo Dot"
serial = "G090U5099023ABCD"
type = "A32DOYMUN6DTXA"
kind = "speaker"
from = "2019-02-01"
until = "2023-06-30"

[[account]]
vendor = "amazon"
id = "A1OWN4EXAMPLE01"
email = "lena@example.org"

[[person]]
name = "Lena"

[[place]]
name = "München"
lat = 48.137
lon = 11.575
radius_km = 30
"#;

    #[test]
    fn reads_the_contract_example() {
        let inv = Inventory::parse(CONTRACT_EXAMPLE, None).expect("valid");
        assert_eq!(inv.devices[0].serial.as_deref(), Some("G090U5099023ABCD"));
        assert_eq!(inv.devices[0].until, NaiveDate::from_ymd_opt(2023, 6, 30));
        assert_eq!(inv.accounts[0].vendor, Some(Vendor::Amazon));
        assert_eq!(inv.places[0].radius_km, Some(30.0));
        assert!(inv.declares_voice_device());
    }

    #[test]
    fn empty_file_declares_nothing() {
        let inv = Inventory::parse("", None).expect("valid");
        assert_eq!(inv, Inventory::default());
        assert!(!inv.declares_voice_device());
        assert_eq!(
            inv.word(),
            DeviceWord::NotSaid,
            "empty is not \"I own nothing\""
        );
        let accounts_only =
            Inventory::parse("[[account]]\nvendor = \"amazon\"\nid = \"A1\"\n", None)
                .expect("valid");
        assert_eq!(accounts_only.word(), DeviceWord::NotSaid);
    }

    #[test]
    fn the_users_word_on_voice_devices() {
        let none = Inventory::parse("owns_voice_devices = false\n", None).expect("valid");
        assert_eq!(none.word(), DeviceWord::NoVoiceDevice);
        let other = Inventory::parse("[[device]]\nname = \"Router\"\nkind = \"other\"\n", None)
            .expect("valid");
        assert_eq!(other.word(), DeviceWord::NoVoiceDevice);
        let said_yes = Inventory::parse("owns_voice_devices = true\n", None).expect("valid");
        assert_eq!(
            said_yes.word(),
            DeviceWord::NotSaid,
            "yes without a device says which none"
        );
        let speaker = Inventory::parse(CONTRACT_EXAMPLE, None).expect("valid");
        assert_eq!(speaker.word(), DeviceWord::VoiceDevices);
        let e = Inventory::parse(
            "owns_voice_devices = false\n\n[[device]]\nname = \"Echo\"\nkind = \"speaker\"\n",
            Some("inv.toml"),
        )
        .unwrap_err();
        assert_eq!(e.line, 1, "{e}");
        assert!(e.to_string().contains("owns_voice_devices"), "{e}");
        Inventory::parse(
            "owns_voice_devices = false\n[[device]]\nkind = \"other\"\n",
            None,
        )
        .expect("a device that records nothing agrees with it");
    }

    #[test]
    fn me_is_read_and_unknown_keys_in_it_refused() {
        let inv = Inventory::parse(
            "[me]\nname = \"Lena Beispiel\"\naddress = \"Musterstraße 1\\n80331 München\"\ncountry = \"DE\"\nregion = \"BY\"\n",
            None,
        )
        .expect("valid");
        let me = inv.me.expect("me");
        assert_eq!(me.address.as_deref(), Some("Musterstraße 1\n80331 München"));
        assert_eq!(me.region.as_deref(), Some("BY"));
        let e = Inventory::parse("[me]\nnmae = \"x\"\n", None).unwrap_err();
        assert_eq!(e.line, 2, "{e}");
    }

    #[test]
    fn unknown_keys_bad_dates_and_coordinates_name_the_line() {
        let e = Inventory::parse(
            "[[device]]\nname = \"x\"\nserail = \"typo\"\n",
            Some("inv.toml"),
        )
        .unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().contains("serail"), "{e}");
        assert!(e.to_string().starts_with("inv.toml, line 3: "), "{e}");
        let e = Inventory::parse("[[device]]\nfrom = \"01.02.2019\"\n", None).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().contains("01.02.2019"));
        let e = Inventory::parse("[[place]]\nname = \"x\"\nlat = 48.1\nlon = 200.0\n", None)
            .unwrap_err();
        assert_eq!(e.line, 4);
        let e = Inventory::parse("[[account]]\nvendor = \"amazonn\"\n", None).unwrap_err();
        assert_eq!(e.line, 2);
        let e = Inventory::parse("[[device]]\nkind = \"speaker\"\n[[gadget]]\n", None).unwrap_err();
        assert_eq!(e.line, 3, "{e}");
    }

    #[test]
    fn every_mistake_is_said_in_the_readers_language() {
        let de = |text: &str| {
            Inventory::parse(text, Some("inv.toml"))
                .unwrap_err()
                .words()
                .render(Lang::De)
        };
        assert_eq!(
            de("[[device]]\nname = \"x\"\nserail = \"typo\"\n"),
            "inv.toml, Zeile 3: `serail` ist hier kein Schlüssel; die Schlüssel sind name, serial, type, kind, from, until"
        );
        assert_eq!(
            de("[[account]]\nvendor = \"amazonn\"\n"),
            "inv.toml, Zeile 2: `vendor` muss eines von amazon, google, apple, microsoft, meta, other sein, nicht „amazonn“"
        );
        assert_eq!(
            de("owns_voice_devices = \"no\"\n"),
            "inv.toml, Zeile 1: `owns_voice_devices` muss true oder false sein"
        );
        assert_eq!(
            de("[[place]]\nlat = 95.5\n"),
            "inv.toml, Zeile 2: `lat` muss ein Breitengrad zwischen -90 und 90 sein, nicht 95.5"
        );
        assert_eq!(
            de("[[device]\nname = \"x\"\n"),
            "inv.toml, Zeile 1: diese Zeile ist kein gültiges TOML: [[device]"
        );
        assert_eq!(
            de("[[person]]\nname = \"a\"\nname = \"b\"\n"),
            "inv.toml, Zeile 3: `name` steht doppelt da"
        );
        let missing = std::path::Path::new("/nonexistent/inventory.toml");
        let e = Inventory::read(missing).unwrap_err();
        assert_eq!(
            e.words().render(Lang::De),
            "/nonexistent/inventory.toml, kann nicht gelesen werden: die Datei oder der Ordner existiert nicht"
        );
        assert_eq!(
            e.to_string(),
            "/nonexistent/inventory.toml, cannot be read: the file or folder does not exist"
        );
    }
}
