//! `search`: full-text search over an export's transcripts, and `forget_export`.
//!
//! The CLI calls [`search`] (audit the archives, then query); the desktop app, which already
//! holds the report, calls [`search_report`] on every keystroke. Both build the export's index
//! on first use and reuse it afterwards (`auskunft_search::cache`). The query language, the
//! ranking and what `total` counts are documented in `auskunft_search`; bad syntax comes back as
//! an [`ErrorCode::Usage`] error whose sentence says what and where.

use std::path::{Path, PathBuf};
use std::time::Instant;

use auskunft_model::{Fit, Report};
use auskunft_search::{Filters, Query, QueryError, SearchError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit::{audit_with, AuditRequest};
use crate::error::{ApiError, ErrorCode};
use crate::progress::{Progress, Silent};
use crate::Message;

/// Hits returned when the caller does not say how many.
pub const DEFAULT_LIMIT: usize = 20;

fn default_limit() -> usize {
    DEFAULT_LIMIT
}

/// A query with the app's filter choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SearchQuery {
    /// The query text: words, `"phrases"`, `-excluded`, `device:`, `fit:`, `lang:`, `after:`,
    /// `before:`.
    pub query: String,
    /// How many hits to return (default 20); `total` counts all of them regardless.
    #[serde(default = "default_limit")]
    pub limit: usize,
    /// Only records of this device id.
    #[serde(default)]
    pub device: Option<String>,
    /// Only records with this fit.
    #[serde(default)]
    pub fit: Option<Fit>,
    /// Only records at or after this instant (a range brushed on the timeline), RFC 3339.
    #[serde(default, with = "auskunft_model::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub from: Option<DateTime<Utc>>,
    /// Only records before this instant.
    #[serde(default, with = "auskunft_model::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub to: Option<DateTime<Utc>>,
}

impl SearchQuery {
    /// A query with no filters and the default limit.
    pub fn new(query: impl Into<String>) -> SearchQuery {
        SearchQuery {
            query: query.into(),
            limit: DEFAULT_LIMIT,
            device: None,
            fit: None,
            from: None,
            to: None,
        }
    }
}

/// What to search: an export given by its archive files (what the CLI does).
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// The archive files of one export.
    pub inputs: Vec<PathBuf>,
    /// An inventory file; when `None`, `inventory.toml` in the data folder is used if it exists.
    pub inventory: Option<PathBuf>,
    /// The data folder, where the index is cached.
    pub data_dir: PathBuf,
    /// The query.
    pub query: SearchQuery,
}

/// What a search found.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchResult {
    /// The query text as given.
    pub query: String,
    /// Every record whose transcript matches, exactly (placeholders never match).
    pub total: usize,
    /// Milliseconds to open (or build) the index and run the query; the audit is not included.
    #[ts(type = "number")]
    pub took_ms: u64,
    /// The best `limit` records: highest score first, then earlier, then in report order.
    pub hits: Vec<SearchHit>,
    /// Records without words (placeholders, no transcript) that pass the query's filters: they
    /// cannot match words, but may be about what was asked.
    pub untranscribed: usize,
    /// Matching records per device and per fit, for filters that show what each would leave.
    pub facets: SearchFacets,
    /// The export searched.
    pub export_id: String,
    /// Whether the index was reused, built now, or built in memory.
    pub index: SearchIndexState,
    /// Sentences about the index (a damaged one rebuilt, a cache that could not be written).
    pub notes: Vec<String>,
    /// The same as catalogue messages (`search.ftl`), for the reader's language.
    pub notes_words: Vec<Message>,
}

/// One record found.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchHit {
    /// Record id (`r17`), as in the report.
    pub record: String,
    /// When it happened, in UTC.
    #[serde(with = "auskunft_model::utc_serde_opt")]
    #[ts(type = "string | null")]
    pub time: Option<DateTime<Utc>>,
    /// Device id (`d2`).
    pub device: Option<String>,
    /// The device's display name, when it has one.
    pub device_name: Option<String>,
    /// Whether it is the user's.
    pub fit: Fit,
    /// Relevance (BM25); 0 for queries of filters only.
    pub score: f32,
    /// The transcript as HTML: escaped text, matches in `<b>…</b>`, `…` where it is cut.
    pub snippet: String,
    /// What the assistant answered, as plain text.
    pub response: Option<String>,
}

/// Facet counts of a search.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchFacets {
    /// Every device of the export, in report order, with its matching records (counted without
    /// the device filter).
    pub devices: Vec<DeviceCount>,
    /// Mine, foreign and unknown, with their matching records (counted without the fit filter).
    pub fits: Vec<FitCount>,
}

/// Matching records of one device.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DeviceCount {
    /// Device id.
    pub device: String,
    /// Its display name.
    pub name: Option<String>,
    /// Matching records.
    pub count: usize,
}

/// Matching records of one fit.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FitCount {
    /// The fit.
    pub fit: Fit,
    /// Matching records.
    pub count: usize,
}

/// How the index a search used came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum SearchIndexState {
    /// The cached index was current and used.
    Reused,
    /// Built now (first search, changed audit, other version, or damaged: then a note says so).
    Built,
    /// Built in memory because the data folder could not be written (a note says why).
    InMemory,
}

/// Audits the archives and searches their transcripts.
pub fn search(req: &SearchRequest) -> Result<SearchResult, ApiError> {
    search_with(req, &mut Silent)
}

/// [`search`] with progress of the audit.
pub fn search_with(
    req: &SearchRequest,
    progress: &mut dyn Progress,
) -> Result<SearchResult, ApiError> {
    // Parse first: a typo in the query should not cost an audit.
    check_query(&req.query.query)?;
    let report = audit_with(
        &AuditRequest {
            inputs: req.inputs.clone(),
            inventory: req.inventory.clone(),
            data_dir: req.data_dir.clone(),
        },
        progress,
    )?;
    search_report(&report, &req.data_dir, &req.query)
}

/// Checks a query's syntax without searching: `Ok` or the [`ErrorCode::Usage`] error a search
/// would give (for the app's search box, and so the CLI fails before a long audit).
pub fn check_query(query: &str) -> Result<(), ApiError> {
    let parsed = Query::parse(query).map_err(query_error)?;
    auskunft_search::check(&parsed).map_err(query_error)
}

/// Searches an audited export, building or reusing its index in `data_dir`.
pub fn search_report(
    report: &Report,
    data_dir: &Path,
    query: &SearchQuery,
) -> Result<SearchResult, ApiError> {
    let parsed = Query::parse(&query.query).map_err(query_error)?;
    let known = |id: &str| report.devices.iter().any(|d| d.id == id);
    let devices = |words: Message| {
        let all: Vec<&str> = report.devices.iter().map(|d| d.id.as_str()).collect();
        words.arg("count", all.len()).arg("devices", all.join(", "))
    };
    for (id, clause) in parsed.devices() {
        if !known(id) {
            return Err(usage(devices(
                Message::new("query-no-device")
                    .arg("text", &clause.text)
                    .arg("at", clause.at)
                    .arg("device", id),
            )));
        }
    }
    if let Some(id) = query.device.as_deref().filter(|id| !known(id)) {
        return Err(usage(devices(
            Message::new("query-no-device-filter").arg("device", id),
        )));
    }
    let started = Instant::now();
    // Once the foreign part of this export was forgotten, its records are not indexed again.
    let records = auskunft_evidence::forget::searchable(report, data_dir);
    let (results, state, notes) = auskunft_search::search_export(
        data_dir,
        &report.export_id,
        &records,
        &parsed,
        &Filters {
            device: query.device.clone(),
            fit: query.fit,
            from: query.from,
            to: query.to,
        },
        query.limit,
    )
    .map_err(search_error)?;
    let took_ms = started.elapsed().as_millis().try_into().unwrap_or(u64::MAX);
    let name = |id: &str| {
        report
            .devices
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| d.name.clone())
    };
    Ok(SearchResult {
        query: query.query.clone(),
        total: results.total,
        took_ms,
        hits: results
            .hits
            .into_iter()
            .map(|h| SearchHit {
                device_name: h.device.as_deref().and_then(name),
                record: h.record,
                time: h.time,
                device: h.device,
                fit: h.fit,
                score: h.score,
                snippet: h.snippet,
                response: h.response,
            })
            .collect(),
        untranscribed: results.untranscribed,
        facets: SearchFacets {
            devices: report
                .devices
                .iter()
                .map(|d| DeviceCount {
                    device: d.id.clone(),
                    name: d.name.clone(),
                    count: results.devices.get(&d.id).copied().unwrap_or(0),
                })
                .collect(),
            fits: results
                .fits
                .into_iter()
                .map(|(fit, count)| FitCount { fit, count })
                .collect(),
        },
        export_id: report.export_id.clone(),
        index: match state {
            auskunft_search::IndexState::Reused => SearchIndexState::Reused,
            auskunft_search::IndexState::Built => SearchIndexState::Built,
            auskunft_search::IndexState::InMemory => SearchIndexState::InMemory,
        },
        notes: notes.iter().map(Message::en).collect(),
        notes_words: notes,
    })
}

fn usage(words: Message) -> ApiError {
    ApiError::said(ErrorCode::Usage, words)
}

fn query_error(e: QueryError) -> ApiError {
    usage(e.words)
}

fn search_error(e: SearchError) -> ApiError {
    match e {
        SearchError::Query(q) => query_error(q),
        SearchError::ExportId(id) => ApiError::said(
            ErrorCode::Internal,
            Message::new("error-not-an-export-id").arg("id", id),
        ),
        SearchError::Io { path, source } => ApiError::said(
            ErrorCode::DataDir,
            Message::new("error-index-not-written").arg(
                "detail",
                Message::new("io-at")
                    .arg("path", path.display().to_string())
                    .arg("detail", Message::io(&source)),
            ),
        ),
        SearchError::Index { .. } | SearchError::Damaged { .. } => ApiError::said(
            ErrorCode::Internal,
            Message::new("error-search-failed").arg("detail", e.to_string()),
        ),
    }
}
