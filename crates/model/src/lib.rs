//! The export model: the vocabulary every other Auskunft crate speaks.
//!
//! An *export* is what a company sent: one or more archive files ([`Input`]) whose entries
//! ([`Member`]) hold devices ([`Device`]) and voice interactions ([`Record`]). The audit marks each
//! record and device with a [`Fit`] and explains it with [`Flag`]s. [`Report`] is the whole result,
//! serialised exactly as `shared/contracts/audit-report.md` specifies (`auskunft.audit/1`).
//!
//! Why one crate of plain data: the archive layer, the format modules, the audit, the index, the
//! CLI and the desktop app all exchange these values, and data flows one way between them. Keeping
//! the types free of behaviour (beyond invariants and formatting) keeps every stage replaceable.
//!
//! Every sentence for people is carried twice: rendered in English where the audit JSON asks for
//! a sentence (`message`, `reason`, `reasons`, `verdict`, …), and as a catalogue [`Message`] (id and
//! parameters, in the `…_words` field beside it) that each reader renders in their own language
//! with `auskunft-words` (Rust) or `t()` (the UI). Field names and codes never change with the
//! language.
//!
//! Non-goals: reading archives (`auskunft-archive`), parsing formats, judging records.
#![deny(missing_docs)]

mod locator;
mod report;
mod sink;
mod time;

pub use auskunft_words::{Arg, Lang, Message};
pub use locator::Locator;
pub use report::*;
pub use sink::{Collector, ExportSink, MemberRef};
pub use time::{format_utc, utc_serde, utc_serde_opt};
