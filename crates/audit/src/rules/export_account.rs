//! `other_account`
//!
//! **What it checks:** the account a record was recorded under (its own customer id, else its
//! device's) against the account the export was made for, as the export's own files show it
//! (a household or profile file naming one account; else device lists whose devices all belong
//! to one account; see [`crate::context::made_for`]). Only when the user declares no account of
//! that vendor: declared accounts are the user's word and `foreign_account` judges by them.
//!
//! **Why:** an export is made for one customer. A record of another customer account in it is
//! someone else's whatever the user owns, so this holds before the user has said anything, on
//! the first open. The reverse does not hold: a record on the export's own account is not the
//! user's on the export's word alone (a household shares devices and accounts), so a match adds
//! nothing.
//!
//! **Example:** `Alexa/household.json` names the account `A1PG6NJNPE0LPH`; a record's customer
//! id is `ALUU95DRYNB42` → `foreign`, severity `high`: "This export was made for the Amazon
//! account A1PG6NJNPE0LPH (Alexa/household.json says so); this record is from the account
//! ALUU95DRYNB42."

use auskunft_model::{FlagCode, Message, Record, Severity};

use crate::context::{account_of, same_id, Facts};
use crate::{Context, Evidence};

/// Flags a record of another account than the one the export was made for.
pub fn other_account(cx: &Context<'_>, record: &Record, facts: Option<&Facts>, ev: &mut Evidence) {
    let Some(account) = account_of(record, facts) else {
        return;
    };
    if !cx.account_ids(record.vendor.as_deref()).is_empty() {
        return;
    }
    let Some(made) = cx.made_for(record.vendor.as_deref()) else {
        return;
    };
    if same_id(&made.account, account) {
        return;
    }
    let vendor = super::account::capitalised(&made.vendor);
    let words = Message::new("flag-other-account")
        .arg("vendor", vendor)
        .arg("made_for", &made.account)
        .arg("evidence", made.evidence.len())
        .arg("source", made.evidence.first().map_or("", String::as_str))
        .arg("more", made.evidence.len().saturating_sub(1))
        .arg("account", account);
    ev.flag(FlagCode::OtherAccount, Severity::High, words);
}
