//! `foreign_account`
//!
//! **What it checks:** the account a record was recorded under (the record's own customer id,
//! else the account its device is registered to) against the declared accounts of the same
//! vendor (of every vendor when the format does not say which).
//!
//! **Why:** account ids are strong identifiers; names are not. A different id means another
//! customer's data. A matching id is strong evidence for `mine`.
//!
//! **Example:** customer id `A3FRGN…` in a record, the inventory declares the Amazon account
//! `A1OWN4EXAMPLE01` → `foreign`, severity `high`. With no declared account of that vendor the
//! rule says nothing: an id cannot be judged against nothing.

use auskunft_model::{FlagCode, Message, Record, Severity};

use crate::context::{account_of, same_id, Facts};
use crate::{Context, Evidence};

/// Compares the record's account with the declared ones.
pub fn foreign_account(
    cx: &Context<'_>,
    record: &Record,
    facts: Option<&Facts>,
    ev: &mut Evidence,
) {
    let Some(account) = account_of(record, facts) else {
        return;
    };
    let declared = cx.account_ids(record.vendor.as_deref());
    if declared.is_empty() {
        return;
    }
    if declared.iter().any(|id| same_id(id, account)) {
        ev.account_matched = true;
        ev.matches
            .push(Message::new("match-account").arg("account", account));
    } else {
        let words = match record.vendor.as_deref() {
            Some(v) => Message::new("flag-foreign-account-vendor").arg("vendor", capitalised(v)),
            None => Message::new("flag-foreign-account"),
        };
        ev.flag(
            FlagCode::ForeignAccount,
            Severity::High,
            words.arg("account", account),
        );
    }
}

pub(crate) fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
