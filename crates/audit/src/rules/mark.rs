//! `marked_not_mine` (and its counterpart, a "mine" mark)
//!
//! **What it checks:** what the user said about the record in the player ("mine" / "not
//! mine", `record.mark`, kept per export in the data folder).
//!
//! **Why:** the user knows their own voice and their own life better than any rule. A mark
//! decides the fit whatever else the record shows; the other flags stay visible, so a mark
//! against strong evidence can be reconsidered.
//!
//! **Example:** a record the rules left `unknown`, marked "not mine" → `foreign`, severity
//! `high`, "You marked this recording as not yours."

use auskunft_model::{FlagCode, Mark, Record, Severity};

use crate::Evidence;

/// Records the user's mark as evidence that decides.
pub fn marked(record: &Record, ev: &mut Evidence) {
    match record.mark {
        Some(Mark::Mine) => {
            ev.marked_mine = true;
            ev.matches.push("you marked it as yours".into());
        }
        Some(Mark::NotMine) => ev.flag(
            FlagCode::MarkedNotMine,
            Severity::High,
            "You marked this recording as not yours.".into(),
        ),
        None => {}
    }
}
