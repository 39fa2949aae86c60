//! Progress of a running audit as the UI receives it, and cancellation from the UI.
//!
//! The desktop shell turns [`AuditProgress`] values into `audit-progress` events; the walker
//! reports after every member, so [`ProgressEvents`] passes on only every
//! [`ProgressEvents::EVERY`]-th count (and the first), which keeps a 2,000,000-member Takeout from
//! sending the window two million messages. The steps after reading (joining, judging) are each
//! sent once, with the final counts. Cancelling sets a shared flag the walker polls
//! between members; the audit then ends with [`ErrorCode::Cancelled`] instead of a partial report.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};

/// Receives progress while an audit runs and may cancel it.
pub trait Progress {
    /// Members read and records found so far, after each member.
    fn members(&mut self, _members: usize, _records: usize) {}
    /// The audit moved on to `step` (after the last member: joining, then judging).
    fn step(&mut self, _step: AuditStep) {}
    /// The exact number of records, known once the joins are done (before judging).
    fn records(&mut self, _records: usize) {}
    /// Polled between members.
    fn cancelled(&self) -> bool {
        false
    }
}

/// Progress that goes nowhere.
pub struct Silent;
impl Progress for Silent {}

/// What the audit is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum AuditStep {
    /// Opening the archive files and the inventory (hashing large files takes a moment).
    Opening,
    /// Reading members; `members` counts those read so far, `records` the records found in them.
    Reading,
    /// After the last member: joining recordings, transcripts and devices that were read apart.
    Joining,
    /// Judging each record against the inventory and writing the verdict.
    Judging,
}

/// The payload of the `audit-progress` event: `{ members, records, step }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AuditProgress {
    /// Members read so far.
    #[ts(type = "number")]
    pub members: usize,
    /// Records found so far: while reading an estimate (recordings and entries that were read
    /// apart count once each, as the joins will pair them), exact from `judging` on.
    #[ts(type = "number")]
    pub records: usize,
    /// What the audit is doing.
    pub step: AuditStep,
}

/// A [`Progress`] that hands thinned-out [`AuditProgress`] values to `emit` and is cancelled
/// through a shared flag.
pub struct ProgressEvents<F> {
    emit: F,
    cancel: Arc<AtomicBool>,
    /// The member count last emitted.
    last: usize,
    /// The latest counts, emitted or not.
    members: usize,
    records: usize,
}

impl<F: FnMut(AuditProgress)> ProgressEvents<F> {
    /// Member counts between two events.
    pub const EVERY: usize = 100;

    /// Emits the `opening` step at once; later counts go to `emit` as they come.
    pub fn new(cancel: Arc<AtomicBool>, mut emit: F) -> Self {
        emit(AuditProgress {
            members: 0,
            records: 0,
            step: AuditStep::Opening,
        });
        ProgressEvents {
            emit,
            cancel,
            last: 0,
            members: 0,
            records: 0,
        }
    }

    /// Whether the flag was set.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

impl<F: FnMut(AuditProgress)> Progress for ProgressEvents<F> {
    fn members(&mut self, members: usize, records: usize) {
        self.members = members;
        self.records = records;
        if self.last == 0 || members >= self.last + Self::EVERY {
            self.last = members;
            (self.emit)(AuditProgress {
                members,
                records,
                step: AuditStep::Reading,
            });
        }
    }

    fn records(&mut self, records: usize) {
        self.records = records;
    }

    /// Every step is sent, with the latest counts.
    fn step(&mut self, step: AuditStep) {
        (self.emit)(AuditProgress {
            members: self.members,
            records: self.records,
            step,
        });
    }

    fn cancelled(&self) -> bool {
        self.is_cancelled()
    }
}

/// The error a cancelled audit ends with.
pub fn cancelled() -> ApiError {
    ApiError::said(
        ErrorCode::Cancelled,
        auskunft_model::Message::new("error-cancelled"),
    )
}
