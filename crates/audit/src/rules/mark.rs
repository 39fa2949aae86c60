//! `marked_not_mine` (and its counterpart, a "mine" mark)
//!
//! **What it checks:** what the user said about the record in the player ("mine" / "not
//! mine", `record.mark`, kept per export in the data folder).
//!
//! **Why:** the user knows their own voice and their own life better than any rule. A mark
//! decides the fit whatever else the record shows; the other flags stay visible, so a mark
//! against strong evidence can be reconsidered.
//!
//! A whole device can be marked too (the overview's question: "Not mine" on a device, kept per
//! export): that mark stands for every record of the device that has no mark of its own.
//!
//! **Example:** a record the rules left `unknown`, marked "not mine" → `foreign`, severity
//! `high`, "You marked this recording as not yours."

use auskunft_model::{FlagCode, Mark, Message, Record, Severity};

use crate::context::Facts;
use crate::Evidence;

/// Records the user's mark (on the record, else on its device) as evidence that decides.
pub fn marked(record: &Record, facts: Option<&Facts>, ev: &mut Evidence) {
    if record.mark.is_none() {
        if let Some(mark) = facts.and_then(|f| f.mark) {
            let name = facts
                .and_then(|f| f.name.as_deref().or(f.serial.as_deref()))
                .unwrap_or("this device");
            match mark {
                Mark::Mine => {
                    ev.marked_mine = true;
                    ev.matches
                        .push(Message::new("match-marked-device-mine").arg("device", name));
                }
                Mark::NotMine => ev.flag(
                    FlagCode::MarkedNotMine,
                    Severity::High,
                    Message::new("flag-marked-not-mine-device").arg("device", name),
                ),
            }
        }
        return;
    }
    match record.mark {
        Some(Mark::Mine) => {
            ev.marked_mine = true;
            ev.matches.push(Message::new("match-marked-mine"));
        }
        Some(Mark::NotMine) => ev.flag(
            FlagCode::MarkedNotMine,
            Severity::High,
            Message::new("flag-marked-not-mine"),
        ),
        None => {}
    }
}
