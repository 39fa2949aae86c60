//! Full-text search over an audited export's transcripts: a language-aware tantivy index,
//! cached per export under the data folder.
//!
//! People ask "every time someone asked about the weather in München" of thousands of
//! utterances, in German and English. This crate answers from the records of an audit
//! [`auskunft_model::Report`]: it indexes them once per export ([`open_or_build`]), parses the
//! query language of `auskunft search` ([`Query`]) and returns exact totals, the best hits with
//! highlighted snippets, and counts per device and per fit for the app's filters ([`Results`]).
//!
//! # Design
//!
//! - **Schema declared once** ([`Fields`]): a struct of field handles; nothing looks fields up by
//!   name except the fast-field readers, which take the name from the same struct.
//! - **Language routing** ([`analysis`]): each record's transcript goes to the field of its
//!   language's analyzer: German and English stem (Snowball), every analyzer lower-cases and
//!   folds umlauts and accents. The language is the one the export states; without one it is
//!   guessed from function words ([`analysis::detect`]), and failing that read plainly.
//! - **Queries analysed every way** ([`compile`]): a query word is looked up in all its German,
//!   English and plain forms, so `Wetter`/`wetter`, `spielen`/`spiel`, `lights`/`light` and
//!   `München`/`muenchen`/`munchen` find each other whatever language a record was filed under.
//! - **Ranking**: BM25 score, then time (earlier first), then report order, from a collector of
//!   our own ([`collect`]) that also counts the total and the facets in the same pass.
//! - **Snippets**: tantivy's `SnippetGenerator` picks the fragment and the matches; we render
//!   them, escaping the transcript itself, so `<b>…</b>` is the only markup in a snippet.
//! - **A disposable cache** ([`cache`]): versioned folder, digest of the records, atomic builds,
//!   rebuild with a note when damaged, never a crash. [`forget_export`] deletes it all.
//!
//! # What counts
//!
//! `total` counts every record whose transcript matches. Placeholders ("Audio was not intended
//! for Alexa") and records without a transcript are indexed without words: they never match a
//! word or phrase and are never hits, not even of a query made of filters only, because their
//! text says nothing about what was said. They are counted apart, in
//! [`Results::untranscribed`]: those passing the query's filters, which a user may want to
//! listen to. Only the transcript is searched; the assistant's response is kept for display.
//!
//! # Non-goals
//!
//! Fuzzy or prefix matching, `OR` and boosts in queries, searching responses, sharing an index
//! between exports, and incremental updates: an export does not change, and a changed audit
//! rebuilds the index in well under a second per ten thousand records.
#![deny(missing_docs)]

pub mod analysis;
pub mod cache;
pub mod collect;
pub mod compile;
mod index;
pub mod query;
mod schema;

pub use cache::{
    digest, export_dir, forget_export, index_dir, open_or_build, search_export, IndexState, Meta,
    Opened, META_FILE,
};
pub use compile::{check, Filters};
pub use index::{Hit, Results, SearchIndex, SNIPPET_CHARS};
pub use query::{Clause, Query, QueryError, Term};
pub use schema::{Fields, SCHEMA_VERSION};

use std::path::PathBuf;

/// Why a search could not run.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query cannot be parsed; the message says what and where.
    #[error("{0}")]
    Query(#[from] QueryError),
    /// tantivy failed on the index at `place` (a folder, or "memory").
    #[error("the search index in {place} failed: {source}")]
    Index {
        /// Where the index is.
        place: String,
        /// What tantivy said.
        source: tantivy::TantivyError,
    },
    /// The index at `place` is not one this program can use.
    #[error("the search index in {place} is damaged: {problem}")]
    Damaged {
        /// Where the index is.
        place: String,
        /// What is wrong.
        problem: String,
    },
    /// A file or folder of the cache cannot be written or removed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// An export id that is not letters and digits (it would name a folder elsewhere).
    #[error("`{0}` is not an export id")]
    ExportId(String),
}
