//! `unknown_device` and `device_type_not_owned`
//!
//! # `unknown_device`
//!
//! **What it checks:** the serial of the record's device against the serials the inventory
//! declares (only when it declares some). A match is strong evidence for `mine`; without a
//! serial, a device *name* equal to a declared device's is a weak match — unless a serial
//! contradicts it.
//!
//! **Why:** a serial identifies one physical device; "Echo Dot" is the default name of
//! millions. A device on the user's own account that they did not list (a phone app, a new
//! speaker) is at worst `unknown`: the account vouches for it (see [`crate::score::fit`]).
//!
//! **Example:** serial `G090U5099023ZZZZ`, inventory declares `G090U5099023ABCD` → flagged,
//! severity `medium`; on the user's own account the record stays `unknown`, otherwise the flag
//! counts against it.
//!
//! # `device_type_not_owned`
//!
//! **What it checks:** the type code or model of a device not matched by serial against the
//! types the inventory declares (only when it declares some).
//!
//! **Why:** someone who owns one Echo Dot has no recordings from an Echo Show or a Fire TV.
//!
//! **Example:** an `A1NL4BVLQ4L3N3` (Echo Show) device, the inventory declares only
//! `A32DOYMUN6DTXA` (Echo Dot) → severity `medium`.

use auskunft_inventory::Device as Declared;
use auskunft_model::{FlagCode, Message, Severity};

use crate::context::{same_id, same_name, Facts};
use crate::{Context, Evidence};

/// How a record's device was matched to a declared one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// By serial: strong.
    Serial,
    /// By name, no serial to contradict it: weak.
    Name,
}

/// A declared device the record's device matched.
#[derive(Debug, Clone, Copy)]
pub struct Matched<'a> {
    /// The declared device.
    pub declared: &'a Declared,
    /// How.
    pub by: By,
}

fn label(d: &Declared) -> String {
    d.name
        .as_deref()
        .or(d.serial.as_deref())
        .unwrap_or("(unnamed)")
        .to_string()
}

/// The device's name and serial as `flag-device-part` reads them.
fn describe(m: Message, facts: &Facts) -> Message {
    let shape = match (&facts.name, &facts.serial) {
        (Some(_), Some(_)) => "name-serial",
        (Some(_), None) => "name",
        (None, Some(_)) => "serial",
        (None, None) => "none",
    };
    m.arg("shape", shape)
        .arg("name", facts.name.as_deref().unwrap_or_default())
        .arg("serial", facts.serial.as_deref().unwrap_or_default())
}

/// Matches the record's device to a declared one; flags a serial no declared device has.
pub fn unknown_device<'a>(
    cx: &Context<'a>,
    facts: Option<&Facts>,
    ev: &mut Evidence,
) -> Option<Matched<'a>> {
    let facts = facts?;
    let declared = &cx.inventory.devices;
    if let Some(serial) = facts.serial.as_deref() {
        if let Some(d) = declared
            .iter()
            .find(|d| d.serial.as_deref().is_some_and(|s| same_id(s, serial)))
        {
            ev.serial_matched = true;
            ev.matches.push(
                Message::new("match-serial")
                    .arg("serial", serial)
                    .arg("device", label(d)),
            );
            return Some(Matched {
                declared: d,
                by: By::Serial,
            });
        }
        if declared.iter().any(|d| d.serial.is_some()) {
            let named_like = facts.name.as_deref().and_then(|n| {
                declared
                    .iter()
                    .find(|d| d.name.as_deref().is_some_and(|dn| same_name(dn, n)))
            });
            let id = match (ev.account_matched, named_like.is_some()) {
                (true, true) => "flag-unknown-device-own-account-named-like",
                (true, false) => "flag-unknown-device-own-account",
                (false, true) => "flag-unknown-device-named-like",
                (false, false) => "flag-unknown-device",
            };
            let message = describe(Message::new(id), facts).arg_opt("like", named_like.map(label));
            ev.flag(FlagCode::UnknownDevice, Severity::Medium, message);
        }
        return None;
    }
    let name = facts.name.as_deref()?;
    let d = declared
        .iter()
        .find(|d| d.name.as_deref().is_some_and(|dn| same_name(dn, name)))?;
    ev.weak(Message::new("match-device-name").arg("name", name));
    Some(Matched {
        declared: d,
        by: By::Name,
    })
}

/// The model family: the words before a generation or bracket (`Echo Dot (3rd gen)` and
/// `Echo Dot 3.Gen` → `echo dot`).
fn family(model: &str) -> String {
    model
        .to_lowercase()
        .split(['(', ','])
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()) && !w.starts_with("gen"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a declared `type` (a vendor code or a model name) describes the device: equal
/// codes, or the same model family (a declared code stands for its model, per the vendor's
/// type table).
fn type_matches(declared: &str, facts: &Facts) -> bool {
    if facts
        .device_type
        .as_deref()
        .is_some_and(|code| same_id(code, declared))
    {
        return true;
    }
    let declared_model = auskunft_formats::amazon::model(declared).unwrap_or(declared);
    let device_model = facts.model.as_deref().or_else(|| {
        facts
            .device_type
            .as_deref()
            .and_then(auskunft_formats::amazon::model)
    });
    device_model.is_some_and(|model| {
        let f = family(declared_model);
        !f.is_empty() && f == family(model)
    })
}

/// Flags a device whose type or model the user declares for none of their devices.
pub fn device_type_not_owned(
    cx: &Context<'_>,
    facts: Option<&Facts>,
    matched: Option<&Matched<'_>>,
    ev: &mut Evidence,
) {
    let Some(facts) = facts else { return };
    if matched.is_some_and(|m| m.by == By::Serial) {
        return;
    }
    let what = match (&facts.model, &facts.device_type) {
        (Some(m), Some(t)) => format!("{m} ({t})"),
        (Some(m), None) => m.clone(),
        (None, Some(t)) => t.clone(),
        (None, None) => return,
    };
    let declared: Vec<&str> = cx
        .inventory
        .devices
        .iter()
        .filter_map(|d| d.device_type.as_deref())
        .collect();
    if declared.is_empty() || declared.iter().any(|t| type_matches(t, facts)) {
        return;
    }
    ev.flag(
        FlagCode::DeviceTypeNotOwned,
        Severity::Medium,
        describe(Message::new("flag-device-type-not-owned"), facts).arg("what", what),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_families_ignore_generations() {
        assert_eq!(family("Echo Dot (3rd gen)"), "echo dot");
        assert_eq!(family("Echo Dot 3.Gen"), "echo dot");
        assert_eq!(family("Echo Show (1. Generation)"), "echo show");
        assert_ne!(family("Echo Show 5"), family("Echo Dot"));
    }
}
