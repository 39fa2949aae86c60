//! `outside_ownership_window` and `before_registration`
//!
//! # `outside_ownership_window`
//!
//! **What it checks:** a record of a declared device (matched by serial, or by name when there
//! is no serial) dated more than a day before the device's `from` or after its `until`.
//!
//! **Why:** a used device sold on keeps the old owner's history in the account it was
//! registered to; a device given away records its new owners. Matched by serial this decides
//! (`high`): the serial is the user's, the time is not. Matched by name only it is `medium`.
//!
//! **Example:** the declared "Echo Dot" with `from = "2019-02-01"`, a record of its serial from
//! 2018-05-03 → `foreign`.
//!
//! # `before_registration`
//!
//! **What it checks:** a record dated more than a day before the export's own device list says
//! its device was first registered.
//!
//! **Why:** a device cannot have recorded for an account it was not registered to yet; such
//! records come from another account's history or a mix-up at the vendor.
//!
//! **Example:** `FirstTimeRegistered` 2019-11-29, a record of that device from 2019-06-01 →
//! severity `medium`.

use auskunft_model::{FlagCode, Message, Record, Severity};
use chrono::{Duration, NaiveDate};

use super::device::{By, Matched};
use crate::context::Facts;
use crate::{Context, Evidence};

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Flags a record of a declared device from outside the time the user owned it.
pub fn outside_ownership_window(
    _cx: &Context<'_>,
    record: &Record,
    matched: Option<&Matched<'_>>,
    ev: &mut Evidence,
) {
    let (Some(m), Some(time)) = (matched, record.time) else {
        return;
    };
    let date = time.date_naive();
    let d = m.declared;
    let name = d
        .name
        .as_deref()
        .or(d.serial.as_deref())
        .unwrap_or("(unnamed)");
    let message = if let Some(from) = d.from.filter(|&f| date < f - Duration::days(1)) {
        Message::new("flag-outside-window-before")
            .arg("date", day(date))
            .arg("device", name)
            .arg("from", day(from))
    } else if let Some(until) = d.until.filter(|&u| date > u + Duration::days(1)) {
        Message::new("flag-outside-window-after")
            .arg("date", day(date))
            .arg("device", name)
            .arg("until", day(until))
    } else {
        return;
    };
    let severity = match m.by {
        By::Serial => Severity::High,
        By::Name => Severity::Medium,
    };
    ev.flag(FlagCode::OutsideOwnershipWindow, severity, message);
}

/// Flags a record from before its device's first registration.
pub fn before_registration(record: &Record, facts: Option<&Facts>, ev: &mut Evidence) {
    let (Some(time), Some(registered)) = (record.time, facts.and_then(|f| f.registered)) else {
        return;
    };
    if time < registered - Duration::days(1) {
        ev.flag(
            FlagCode::BeforeRegistration,
            Severity::Medium,
            Message::new("flag-before-registration")
                .arg("date", day(time.date_naive()))
                .arg("registered", day(registered.date_naive())),
        );
    }
}
