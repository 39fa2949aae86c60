//! The rules: each looks at one record and adds evidence. One file per rule family; each
//! rule's doc says what it checks, why, and gives an example, as `docs/flags.md` does.
//!
//! [`judge`] runs them in a fixed order. Identity first (account, device, ownership window),
//! then what the export says about voice and place, then the words themselves. Behavioural cues
//! ([`rhythm`]) need the other records' fits and run afterwards, from [`crate::audit`].

pub mod account;
pub mod content;
pub mod device;
pub mod export_account;
pub mod location;
pub mod mark;
pub mod rhythm;
pub mod seed;
pub mod speaker;
pub mod window;

use auskunft_model::Record;

use crate::{Context, Evidence};

/// The evidence every per-record rule finds.
pub fn judge(cx: &Context<'_>, record: &Record) -> Evidence {
    let mut ev = Evidence::default();
    let facts = cx.device_of(record);
    mark::marked(record, facts, &mut ev);
    seed::voice_data_without_voice_device(cx, record, &mut ev);
    account::foreign_account(cx, record, facts, &mut ev);
    export_account::other_account(cx, record, facts, &mut ev);
    let matched = device::unknown_device(cx, facts, &mut ev);
    device::device_type_not_owned(cx, facts, matched.as_ref(), &mut ev);
    window::outside_ownership_window(cx, record, matched.as_ref(), &mut ev);
    window::before_registration(record, facts, &mut ev);
    speaker::unrecognized_speaker(record, &mut ev);
    speaker::unknown_speaker(cx, record, &mut ev);
    location::far_location(cx, record, &mut ev);
    content::far_place(cx, record, &mut ev);
    content::unknown_name(cx, record, &mut ev);
    content::contact(cx, record, &mut ev);
    ev
}

/// Cuts `s` to at most `n` characters, with an ellipsis when cut: flag messages quote the
/// export, but briefly.
pub(crate) fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}
