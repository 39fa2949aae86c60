//! The audit: is this mine? Marks every record and device of an export `mine`, `foreign` or
//! `unknown` against the user's inventory, and says why.
//!
//! # How it decides
//!
//! Each rule in [`rules`] looks at one record (with the device it came from) and adds
//! *evidence*: a [`Flag`] against the record (a code from the closed set in `docs/flags.md`, a
//! severity and a sentence), or a sentence for it (`matches`). [`score`] turns the evidence
//! into a fit with explicit weights:
//!
//! 0. The user's own mark ("mine" / "not mine" in the player) decides before anything else.
//! 1. A `high` flag decides: the record is `foreign` (an account id that is not the user's,
//!    another account than the one the export was made for, voice data while the user said
//!    they own no voice device, a declared device's record from before they owned it).
//! 2. Otherwise a strong identifier for the user decides: a serial of a declared device, or a
//!    declared account id (unless the device on that account is one the user did not list:
//!    then `unknown`, flagged, and offered as an inventory candidate).
//! 3. Otherwise the weights add up: `medium` flags weigh 2, `low` flags 1, and each weak
//!    match for the user (a device name, a household member's voice profile, a nearby place)
//!    takes 1 off. At 3 or more the record is `foreign`, at −2 or less with no `medium` flag
//!    it is `mine`, else `unknown`.
//!
//! Without the user's word (no inventory, or one that lists no device and does not say
//! `owns_voice_devices = false`) step 3 never gives `foreign`: the export's own evidence decides
//! what it can (another customer account, [`rules::export_account`]) and the rest stays
//! `unknown` for the one question the app asks.
//!
//! Names never outweigh identifiers: a device named like the user's whose serial differs is
//! not a name match. Behavioural cues (a second daily rhythm, a second language mix) are
//! measured against the records already found to be the user's and only ever move records
//! that are still `unknown`. Every `foreign` record therefore carries at least one flag.
//!
//! Devices get a fit from their identifiers and their records ([`devices`]).
//!
//! Non-goals: reading exports (`auskunft-formats`), the verdict's wording (`auskunft-api`),
//! editing the inventory (`auskunft-inventory`).
#![deny(missing_docs)]

mod context;
pub mod devices;
pub mod gazetteer;
pub mod geo;
pub mod rules;
pub mod score;

use auskunft_inventory::{DeviceWord, Inventory};
use auskunft_model::{AccountHolder, Device, Fit, MadeFor, Message, Record, Severity};

pub use context::{is_voice_recording, same_id, Context};
pub use score::Evidence;

/// What the audit found beyond the marks on records and devices.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// Voice records while the user said they own no voice-recording device (the seed case).
    pub voice_data_without_voice_device: bool,
    /// Whether the user has said what they own: without it, only the export's own evidence
    /// (another customer account) makes a record `foreign`.
    pub word_given: bool,
    /// The accounts the export was made for, as far as its own files show.
    pub made_for: Vec<MadeFor>,
}

/// Marks every record and device: sets `fit`, `flags` and `matches` on records, `fit` and
/// `reasons` on devices. Earlier marks are replaced, so auditing twice gives the same result.
pub fn audit(devices: &mut [Device], records: &mut [Record], inventory: &Inventory) -> Outcome {
    audit_export(devices, records, inventory, &[])
}

/// [`audit`] with what the export's own files say about the account it was made for
/// ([`auskunft_model::Report::accounts`]).
///
/// Without the user's word (see [`DeviceWord::NotSaid`]) the export decides what it can and
/// nothing more: a record of another customer account than the one the export was made for is
/// `foreign` (a `high` flag); weights that would add up to `foreign` leave it `unknown`, since no
/// declared device is no evidence against anything.
pub fn audit_export(
    devices: &mut [Device],
    records: &mut [Record],
    inventory: &Inventory,
    holders: &[AccountHolder],
) -> Outcome {
    let cx = Context::with_holders(inventory, devices, records, holders);
    let word_given = cx.word() != DeviceWord::NotSaid;
    let fit_of = |ev: &Evidence| match score::fit(ev) {
        Fit::Foreign if !word_given && !ev.flags.iter().any(|f| f.severity == Severity::High) => {
            Fit::Unknown
        }
        fit => fit,
    };
    let mut evidence: Vec<Evidence> = records.iter().map(|r| rules::judge(&cx, r)).collect();
    let mut fits: Vec<Fit> = evidence.iter().map(fit_of).collect();
    let baseline = rules::rhythm::Baseline::of(records, &fits);
    if let Some(baseline) = baseline {
        for ((record, ev), fit) in records.iter().zip(&mut evidence).zip(&mut fits) {
            if *fit == Fit::Unknown {
                baseline.judge(record, ev);
                *fit = fit_of(ev);
            }
        }
    }
    for ((record, ev), fit) in records.iter_mut().zip(evidence).zip(fits) {
        record.fit = fit;
        record.flags = ev.flags;
        record.matches = ev.matches.iter().map(Message::en).collect();
        record.matches_words = ev.matches;
    }
    devices::judge(&cx, devices, records);
    Outcome {
        voice_data_without_voice_device: cx.voice_data_without_voice_device(records),
        word_given,
        made_for: cx.made_for_all().to_vec(),
    }
}
