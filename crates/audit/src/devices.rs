//! Device fits: from the device's identifiers first, then from its records.
//!
//! A device whose serial the user declares is `mine`; one registered to an account that is
//! not the user's is `foreign`. Otherwise its records decide: all (or all judged) foreign →
//! `foreign`, all (or all judged) mine → `mine`, a mix → `unknown`. A device without records
//! or identifiers stays `unknown`, but for the seed case: when the user said they own no voice
//! device, every device in the export is someone else's. A device the user said is not theirs
//! (on the overview's question) is `foreign`; so is, without a declared account, a device
//! registered to another account than the one the export was made for.

use auskunft_inventory::DeviceWord;
use auskunft_model::{Device, Fit, Mark, Message, Record};

use crate::context::{same_id, vendor_of};
use crate::Context;

/// Sets `fit` and `reasons` on every device.
pub fn judge(cx: &Context<'_>, devices: &mut [Device], records: &[Record]) {
    let mut tally: std::collections::HashMap<&str, [usize; 3]> = Default::default();
    let mut vendor: std::collections::HashMap<&str, &str> = Default::default();
    for r in records {
        if let Some(d) = r.device.as_deref() {
            let t = tally.entry(d).or_default();
            t[match r.fit {
                Fit::Mine => 0,
                Fit::Foreign => 1,
                Fit::Unknown => 2,
            }] += 1;
            if let Some(v) = r.vendor.as_deref().filter(|v| vendor_of(v).is_some()) {
                vendor.entry(d).or_insert(v);
            }
        }
    }
    for device in devices.iter_mut() {
        let [mine, foreign, unknown] = tally.get(device.id.as_str()).copied().unwrap_or_default();
        let (fit, reasons) = judge_one(
            cx,
            device,
            vendor.get(device.id.as_str()).copied(),
            mine,
            foreign,
            unknown,
        );
        device.fit = fit;
        device.reasons = reasons.iter().map(Message::en).collect();
        device.reasons_words = reasons;
    }
}

fn judge_one(
    cx: &Context<'_>,
    device: &Device,
    vendor: Option<&str>,
    mine: usize,
    foreign: usize,
    unknown: usize,
) -> (Fit, Vec<Message>) {
    let mut reasons = Vec::new();
    let total = mine + foreign + unknown;
    let counts = if foreign == total {
        Message::new("reason-records-all-foreign").arg("total", total)
    } else if mine == total {
        Message::new("reason-records-all-mine").arg("total", total)
    } else {
        Message::new("reason-records-mixed")
            .arg("total", total)
            .arg("mine", mine)
            .arg("foreign", foreign)
            .arg("unknown", unknown)
    };
    if let Some(serial) = device.serial.as_deref() {
        if let Some(d) = cx
            .inventory
            .devices
            .iter()
            .find(|d| d.serial.as_deref().is_some_and(|s| same_id(s, serial)))
        {
            reasons.push(
                Message::new("reason-serial")
                    .arg("serial", serial)
                    .arg("device", d.name.as_deref().unwrap_or(serial)),
            );
            if foreign > 0 {
                reasons.push(counts);
            }
            return (Fit::Mine, reasons);
        }
    }
    if let Some(account) = device.account.as_deref() {
        let declared = cx.account_ids(vendor);
        if !declared.is_empty() && !declared.iter().any(|id| same_id(id, account)) {
            reasons.push(Message::new("reason-other-account").arg("account", account));
            return (Fit::Foreign, reasons);
        }
    }
    match device.mark {
        Some(Mark::NotMine) => {
            reasons.push(Message::new("reason-marked-not-mine"));
            return (Fit::Foreign, reasons);
        }
        Some(Mark::Mine) => {
            reasons.push(Message::new("reason-marked-mine"));
            return (Fit::Mine, reasons);
        }
        None => {}
    }
    if let (Some(account), Some(made)) = (device.account.as_deref(), cx.made_for(vendor)) {
        if cx.account_ids(vendor).is_empty() && !same_id(&made.account, account) {
            reasons.push(
                Message::new("reason-made-for-other")
                    .arg("account", account)
                    .arg("made_for", &made.account),
            );
            return (Fit::Foreign, reasons);
        }
    }
    if cx.word() == DeviceWord::NoVoiceDevice {
        reasons.push(Message::new("reason-no-voice-device"));
        if total == 0 || foreign == total {
            if total > 0 {
                reasons.push(counts);
            }
            return (Fit::Foreign, reasons);
        }
    }
    if total == 0 {
        reasons.push(Message::new("reason-nothing-names-it"));
        return (Fit::Unknown, reasons);
    }
    reasons.push(counts);
    let fit = if foreign > 0 && mine == 0 && foreign >= unknown {
        Fit::Foreign
    } else if mine > 0 && foreign == 0 && mine >= unknown {
        Fit::Mine
    } else {
        Fit::Unknown
    };
    (fit, reasons)
}
