//! Turns a parsed [`crate::Query`] into tantivy query objects.
//!
//! A word is analysed by every analyzer, in every spelling ([`crate::analysis::spellings`]), and
//! each distinct result is looked up in every transcript field: `spielen` becomes `spiel`
//! (German) and `spielen` (English, plain), `lights` becomes `light`. Searching all fields with
//! all forms, rather than the German form only in German records, keeps records whose language
//! the export got wrong findable (`ruf mama an` marked English is still found by `rufe`); the
//! forms are all analyses of the same word, so the extra matches are the word itself. A word
//! that analyses into several tokens (`what's`, `10:30`) is searched as a phrase.
//!
//! Filters (`device:`, `fit:`, `lang:`, dates) and the rule that only records with words match
//! text are wrapped in zero-score queries, so they narrow the set without changing the ranking.
//!
//! Excluded words and phrases are not `MustNot` clauses: tantivy 0.27 checks exclusions by
//! seeking each excluded scorer to every candidate, and its phrase scorer asserts (in debug
//! builds) that it is never asked about a document before its current one
//! (quickwit-oss/tantivy#2811). They are kept apart ([`Compiled::excluded`]); the caller
//! collects the documents they match and skips those.

use std::collections::BTreeSet;
use std::ops::Bound;

use auskunft_model::Fit;
use chrono::NaiveDate;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query as TantivyQuery, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DateTime, Term as TantivyTerm};

use crate::analysis::{spellings, tokens, Analyzer, Token};
use crate::query::{Clause, Query, QueryError, Term};
use crate::schema::Fields;

/// Filters a caller adds beside the query text (the app's filter buttons, `--device`, `--fit`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Only records of this device.
    pub device: Option<String>,
    /// Only records with this fit.
    pub fit: Option<Fit>,
    /// Only records at or after this instant (the app's range brushed on the timeline).
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// Only records before this instant.
    pub to: Option<chrono::DateTime<chrono::Utc>>,
}

/// A compiled query, kept in parts so the same query can be assembled with and without the
/// caller's filters (facet counts) or without its text (records without words).
pub(crate) struct Compiled {
    text: Vec<(Occur, Box<dyn TantivyQuery>)>,
    excluded: Vec<Box<dyn TantivyQuery>>,
    filters: Vec<(Occur, Box<dyn TantivyQuery>)>,
    device: Option<Box<dyn TantivyQuery>>,
    fit: Option<Box<dyn TantivyQuery>>,
    searchable: Field,
}

/// Which parts to assemble.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parts {
    /// Records with words (and the text clauses) or records without words (no text clauses).
    pub searchable: bool,
    /// Apply the caller's device filter.
    pub device: bool,
    /// Apply the caller's fit filter.
    pub fit: bool,
}

impl Compiled {
    /// The query made of the chosen parts.
    pub(crate) fn assemble(&self, parts: Parts) -> Box<dyn TantivyQuery> {
        let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = vec![(
            Occur::Must,
            filter(TantivyTerm::from_field_bool(
                self.searchable,
                parts.searchable,
            )),
        )];
        if parts.searchable {
            clauses.extend(self.text.iter().map(|(o, q)| (*o, q.box_clone())));
        }
        clauses.extend(self.filters.iter().map(|(o, q)| (*o, q.box_clone())));
        if parts.device {
            clauses.extend(self.device.iter().map(|q| (Occur::Must, q.box_clone())));
        }
        if parts.fit {
            clauses.extend(self.fit.iter().map(|q| (Occur::Must, q.box_clone())));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// What excluded words and phrases match: documents to skip.
    pub(crate) fn excluded(&self) -> &[Box<dyn TantivyQuery>] {
        &self.excluded
    }

    /// Whether the caller set a device or fit filter (facets then need their own passes).
    pub(crate) fn has_caller_filters(&self) -> bool {
        self.device.is_some() || self.fit.is_some()
    }
}

/// Compiles `query` with `filters` against `fields`.
pub(crate) fn compile(
    fields: &Fields,
    query: &Query,
    filters: &Filters,
) -> Result<Compiled, QueryError> {
    let mut analyzers: Vec<(Analyzer, TextAnalyzer)> =
        Analyzer::ALL.iter().map(|a| (*a, a.build())).collect();
    let mut text = Vec::new();
    let mut excluded = Vec::new();
    let mut groups: Vec<(&'static str, Vec<Box<dyn TantivyQuery>>)> = Vec::new();
    let mut negated_filters = Vec::new();
    for clause in &query.clauses {
        let (group, q): (&'static str, Box<dyn TantivyQuery>) = match &clause.term {
            Term::Word(w) | Term::Phrase(w) => {
                let q = words(fields, &mut analyzers, w, clause)?;
                if clause.negated {
                    excluded.push(q);
                } else {
                    text.push((Occur::Must, q));
                }
                continue;
            }
            Term::Device(d) => (
                "device",
                filter(TantivyTerm::from_field_text(fields.device, d)),
            ),
            Term::Fit(f) => (
                "fit",
                filter(TantivyTerm::from_field_text(fields.fit, fit_name(*f))),
            ),
            Term::Lang(l) => ("lang", filter(TantivyTerm::from_field_text(fields.lang, l))),
            Term::After(d) => (
                "after",
                range(fields.time, Bound::Included(*d), Bound::Unbounded),
            ),
            Term::Before(d) => (
                "before",
                range(fields.time, Bound::Unbounded, Bound::Excluded(*d)),
            ),
        };
        if clause.negated {
            negated_filters.push((Occur::MustNot, q));
        } else if matches!(group, "after" | "before") {
            groups.push((group, vec![q]));
        } else if let Some((_, alternatives)) = groups.iter_mut().find(|(g, _)| *g == group) {
            alternatives.push(q);
        } else {
            groups.push((group, vec![q]));
        }
    }
    let mut filter_clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = groups
        .into_iter()
        .map(|(_, mut alternatives)| {
            let q = if alternatives.len() == 1 {
                alternatives.remove(0)
            } else {
                Box::new(BooleanQuery::new(
                    alternatives
                        .into_iter()
                        .map(|q| (Occur::Should, q))
                        .collect(),
                )) as Box<dyn TantivyQuery>
            };
            (Occur::Must, q)
        })
        .collect();
    filter_clauses.extend(negated_filters);
    if filters.from.is_some() || filters.to.is_some() {
        let instant = |t: chrono::DateTime<chrono::Utc>| {
            TantivyTerm::from_field_date(
                fields.time,
                DateTime::from_timestamp_millis(t.timestamp_millis()),
            )
        };
        let from = filters
            .from
            .map_or(Bound::Unbounded, |t| Bound::Included(instant(t)));
        let to = filters
            .to
            .map_or(Bound::Unbounded, |t| Bound::Excluded(instant(t)));
        filter_clauses.push((
            Occur::Must,
            Box::new(ConstScoreQuery::new(
                Box::new(RangeQuery::new(from, to)),
                0.0,
            )),
        ));
    }
    Ok(Compiled {
        text,
        excluded,
        filters: filter_clauses,
        device: filters
            .device
            .as_deref()
            .map(|d| filter(TantivyTerm::from_field_text(fields.device, d))),
        fit: filters
            .fit
            .map(|f| filter(TantivyTerm::from_field_text(fields.fit, fit_name(f)))),
        searchable: fields.searchable,
    })
}

/// Checks that every word and phrase of `query` has something to search for (the one error
/// parsing cannot see), without an index.
pub fn check(query: &Query) -> Result<(), QueryError> {
    compile(&Fields::new(), query, &Filters::default()).map(|_| ())
}

/// The stored and indexed name of a fit.
pub(crate) fn fit_name(fit: Fit) -> &'static str {
    match fit {
        Fit::Mine => "mine",
        Fit::Foreign => "foreign",
        Fit::Unknown => "unknown",
    }
}

/// A term that narrows without scoring.
fn filter(term: TantivyTerm) -> Box<dyn TantivyQuery> {
    Box::new(ConstScoreQuery::new(
        Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        0.0,
    ))
}

/// Records from the start of `from` (UTC) to before the start of `to`.
fn range(field: Field, from: Bound<NaiveDate>, to: Bound<NaiveDate>) -> Box<dyn TantivyQuery> {
    let term = |d: NaiveDate| {
        let millis = d
            .and_time(chrono::NaiveTime::MIN)
            .and_utc()
            .timestamp_millis();
        TantivyTerm::from_field_date(field, DateTime::from_timestamp_millis(millis))
    };
    let bound = |b: Bound<NaiveDate>| match b {
        Bound::Included(d) => Bound::Included(term(d)),
        Bound::Excluded(d) => Bound::Excluded(term(d)),
        Bound::Unbounded => Bound::Unbounded,
    };
    Box::new(ConstScoreQuery::new(
        Box::new(RangeQuery::new(bound(from), bound(to))),
        0.0,
    ))
}

/// A word or phrase: every analysis of every spelling, in every transcript field.
fn words(
    fields: &Fields,
    analyzers: &mut [(Analyzer, TextAnalyzer)],
    text: &str,
    clause: &Clause,
) -> Result<Box<dyn TantivyQuery>, QueryError> {
    let mut forms: BTreeSet<Vec<Token>> = BTreeSet::new();
    for spelling in spellings(text) {
        for (_, analyzer) in analyzers.iter_mut() {
            let t = tokens(analyzer, &spelling);
            if !t.is_empty() {
                forms.insert(t);
            }
        }
    }
    if forms.is_empty() {
        return Err(QueryError::new(
            clause.at,
            auskunft_model::Message::new("query-nothing-to-search").arg("text", &clause.text),
        ));
    }
    let mut should: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
    for (analyzer, _) in analyzers.iter() {
        let field = fields.text(*analyzer);
        for form in &forms {
            let q: Box<dyn TantivyQuery> = match form.as_slice() {
                [one] => Box::new(TermQuery::new(
                    TantivyTerm::from_field_text(field, &one.text),
                    IndexRecordOption::WithFreqs,
                )),
                _ => Box::new(PhraseQuery::new_with_offset(
                    form.iter()
                        .map(|t| (t.position, TantivyTerm::from_field_text(field, &t.text)))
                        .collect(),
                )),
            };
            should.push((Occur::Should, q));
        }
    }
    Ok(Box::new(BooleanQuery::new(should)))
}
