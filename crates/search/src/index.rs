//! Writing the records of a report into an index, and querying it.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use auskunft_model::{Fit, Record};
use chrono::{DateTime, Utc};
use tantivy::collector::{Count, DocSetCollector};
use tantivy::schema::{Field, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

use crate::analysis::{self, Analyzer};
use crate::collect::{Pass, Ranked};
use crate::compile::{compile, fit_name, Filters, Parts};
use crate::query::Query;
use crate::schema::Fields;
use crate::SearchError;

/// Characters of transcript a snippet shows at most; shorter transcripts are shown whole.
pub const SNIPPET_CHARS: usize = 200;

/// Memory the index writer may use before it writes a segment.
const WRITER_BUDGET: usize = 64 * 1024 * 1024;

/// An open index over one export's records.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    place: String,
}

/// One record a query found.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Record id (`r17`).
    pub record: String,
    /// When it happened.
    pub time: Option<DateTime<Utc>>,
    /// Device id.
    pub device: Option<String>,
    /// Whether it is the user's.
    pub fit: Fit,
    /// The language it was indexed as (`de`, `en`, ...; stated by the export or detected).
    pub language: Option<String>,
    /// BM25 relevance; 0 for queries made of filters only.
    pub score: f32,
    /// The transcript as HTML: the text escaped, matched words in `<b>…</b>`, cut to about
    /// [`SNIPPET_CHARS`] characters around the best match with `…` where text is left out.
    pub snippet: String,
    /// What the assistant answered, as plain text.
    pub response: Option<String>,
}

/// What a query found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    /// Every matching record, exactly.
    pub total: usize,
    /// The best `limit` of them: highest score first, then earlier, then in report order.
    pub hits: Vec<Hit>,
    /// Records without words (placeholders, records without a transcript) that pass the
    /// query's filters: they may be about what was asked, but have no text to match.
    pub untranscribed: usize,
    /// Matching records per device id, counted without the caller's device filter (so each
    /// count says how many hits choosing that device leaves).
    pub devices: BTreeMap<String, usize>,
    /// Matching records per fit (mine, foreign, unknown, zeros included), counted without the
    /// caller's fit filter.
    pub fits: Vec<(Fit, usize)>,
}

impl SearchIndex {
    /// Indexes `records` in `dir` (an empty folder), or in memory when `dir` is `None`.
    pub fn create(records: &[Record], dir: Option<&Path>) -> Result<SearchIndex, SearchError> {
        let fields = Fields::new();
        let place = dir.map_or("memory".to_string(), |d| d.display().to_string());
        let err = |source| SearchError::Index {
            place: place.clone(),
            source,
        };
        let builder = Index::builder().schema(fields.schema.clone());
        let index = match dir {
            Some(d) => builder.create_in_dir(d),
            None => builder.create_in_ram(),
        }
        .map_err(err)?;
        analysis::register(&index);
        // One thread: documents keep report order inside a segment, and the machine's other
        // cores are busy auditing the next export in the app.
        let mut writer = index
            .writer_with_num_threads::<TantivyDocument>(1, WRITER_BUDGET)
            .map_err(err)?;
        // Written in time order: documents of one segment are then in rank order too, so the
        // collector's tie-break mostly compares increasing ranks.
        let mut order: Vec<usize> = (0..records.len()).collect();
        order.sort_by_key(|&i| (records[i].time.is_none(), records[i].time, i));
        for (rank, &i) in order.iter().enumerate() {
            writer
                .add_document(document(&fields, rank as u64, &records[i]))
                .map_err(err)?;
        }
        writer.commit().map_err(err)?;
        writer.wait_merging_threads().map_err(err)?;
        SearchIndex::ready(index, fields, place)
    }

    /// Opens the index in `dir`: its schema must be ours, and every file must pass its checksum.
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        let place = dir.display().to_string();
        let err = |source| SearchError::Index {
            place: place.clone(),
            source,
        };
        let fields = Fields::new();
        let index = Index::open_in_dir(dir).map_err(err)?;
        if index.schema() != fields.schema {
            return Err(SearchError::Damaged {
                place,
                problem: "its schema is not this version's".into(),
            });
        }
        let damaged = index.validate_checksum().map_err(err)?;
        if let Some(file) = damaged.iter().next() {
            return Err(SearchError::Damaged {
                place,
                problem: format!("{} fails its checksum", file.display()),
            });
        }
        analysis::register(&index);
        SearchIndex::ready(index, fields, place)
    }

    fn ready(index: Index, fields: Fields, place: String) -> Result<SearchIndex, SearchError> {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|source| SearchError::Index {
                place: place.clone(),
                source,
            })?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            place,
        })
    }

    /// Records in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// True when the index holds no records.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs a query with the caller's filters and returns the best `limit` hits.
    pub fn search(
        &self,
        query: &Query,
        filters: &Filters,
        limit: usize,
    ) -> Result<Results, SearchError> {
        let err = |source| SearchError::Index {
            place: self.place.clone(),
            source,
        };
        let compiled = compile(&self.fields, query, filters)?;
        let searcher = self.reader.searcher();
        let all = Parts {
            searchable: true,
            device: true,
            fit: true,
        };
        let main = compiled.assemble(all);
        let mut skip = HashSet::new();
        for excluded in compiled.excluded() {
            skip.extend(
                searcher
                    .search(&**excluded, &DocSetCollector)
                    .map_err(err)?,
            );
        }
        let fruit = searcher
            .search(
                &*main,
                &Pass {
                    fields: &self.fields,
                    limit,
                    scoring: true,
                    skip: &skip,
                },
            )
            .map_err(err)?;
        let untranscribed = searcher
            .search(
                &*compiled.assemble(Parts {
                    searchable: false,
                    ..all
                }),
                &Count,
            )
            .map_err(err)?;
        let (devices, fits) = if compiled.has_caller_filters() {
            let count = |parts: Parts| {
                searcher.search(
                    &*compiled.assemble(parts),
                    &Pass {
                        fields: &self.fields,
                        limit: 0,
                        scoring: false,
                        skip: &skip,
                    },
                )
            };
            let devices = count(Parts {
                device: false,
                ..all
            })
            .map_err(err)?
            .devices;
            let fits = count(Parts { fit: false, ..all }).map_err(err)?.fits;
            (devices, fits)
        } else {
            (fruit.devices, fruit.fits)
        };
        let mut generators: BTreeMap<u32, SnippetGenerator> = BTreeMap::new();
        let mut hits = Vec::with_capacity(fruit.top.len());
        for ranked in &fruit.top {
            hits.push(self.hit(&searcher, &*main, &mut generators, ranked)?);
        }
        Ok(Results {
            total: fruit.total,
            hits,
            untranscribed,
            devices,
            fits: FITS
                .into_iter()
                .map(|fit| (fit, fits.get(fit_name(fit)).copied().unwrap_or(0)))
                .collect(),
        })
    }

    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn tantivy::query::Query,
        generators: &mut BTreeMap<u32, SnippetGenerator>,
        ranked: &Ranked,
    ) -> Result<Hit, SearchError> {
        let err = |source| SearchError::Index {
            place: self.place.clone(),
            source,
        };
        let doc: TantivyDocument = searcher.doc(ranked.address).map_err(err)?;
        let f = &self.fields;
        let text = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let mut snippet = String::new();
        for analyzer in Analyzer::ALL {
            let field = f.text(analyzer);
            if let Some(transcript) = text(field) {
                let generator = match generators.entry(field.field_id()) {
                    std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::btree_map::Entry::Vacant(e) => {
                        let mut g =
                            SnippetGenerator::create(searcher, query, field).map_err(err)?;
                        g.set_max_num_chars(SNIPPET_CHARS);
                        e.insert(g)
                    }
                };
                snippet = render_snippet(generator, &transcript);
                break;
            }
        }
        Ok(Hit {
            record: text(f.id).unwrap_or_default(),
            time: doc
                .get_first(f.time)
                .and_then(|v| v.as_datetime())
                .and_then(|t| DateTime::from_timestamp_millis(t.into_timestamp_millis())),
            device: text(f.device),
            fit: text(f.fit)
                .as_deref()
                .and_then(fit_from_name)
                .unwrap_or_default(),
            language: text(f.lang),
            score: ranked.score,
            snippet,
            response: text(f.response),
        })
    }

    /// The tantivy index, for tests and tools that inspect it.
    pub fn tantivy(&self) -> &Index {
        &self.index
    }
}

/// Every fit, in the order facets list them.
const FITS: [Fit; 3] = [Fit::Mine, Fit::Foreign, Fit::Unknown];

fn fit_from_name(name: &str) -> Option<Fit> {
    FITS.into_iter().find(|f| fit_name(*f) == name)
}

/// The document for one record.
fn document(f: &Fields, rank: u64, r: &Record) -> TantivyDocument {
    let mut doc = TantivyDocument::new();
    doc.add_text(f.id, &r.id);
    doc.add_u64(f.rank, rank);
    let words = r
        .transcript
        .as_deref()
        .filter(|t| !r.placeholder && !t.trim().is_empty());
    let language = r
        .language
        .as_deref()
        .and_then(analysis::language_code)
        .or_else(|| words.and_then(analysis::detect).map(str::to_string));
    if let Some(code) = &language {
        doc.add_text(f.lang, code);
    }
    doc.add_bool(f.searchable, words.is_some());
    if let Some(text) = words {
        let analyzer = language
            .as_deref()
            .map_or(Analyzer::Plain, Analyzer::for_language);
        doc.add_text(f.text(analyzer), text);
    }
    if let Some(response) = r.response.as_deref().filter(|t| !t.trim().is_empty()) {
        doc.add_text(f.response, response);
    }
    if let Some(t) = r.time {
        doc.add_date(
            f.time,
            tantivy::DateTime::from_timestamp_millis(t.timestamp_millis()),
        );
    }
    if let Some(d) = &r.device {
        doc.add_text(f.device, d);
    }
    if let Some(a) = &r.account {
        doc.add_text(f.account, a);
    }
    doc.add_text(f.fit, fit_name(r.fit));
    for flag in &r.flags {
        if let Ok(serde_json::Value::String(code)) = serde_json::to_value(flag.code) {
            doc.add_text(f.flags, code);
        }
    }
    doc.add_text(f.source_path, &r.source.path);
    doc.add_text(f.source_locator, &r.source.locator);
    doc
}

/// The transcript as escaped HTML with the generator's matches in `<b>`: whole when it is short,
/// else the best fragment with `…` where text is cut. Without any match (a query of filters
/// only), the beginning of the transcript.
fn render_snippet(generator: &SnippetGenerator, text: &str) -> String {
    let snippet = generator.snippet(text);
    let (window, marks) = if snippet.is_empty() {
        let end = text
            .char_indices()
            .nth(SNIPPET_CHARS)
            .map_or(text.len(), |(i, _)| i);
        (0..end, Vec::new())
    } else {
        let range = snippet.fragment_range();
        let marks: Vec<std::ops::Range<usize>> = snippet
            .highlighted()
            .iter()
            .map(|h| h.start + range.start..h.end + range.start)
            .collect();
        if text.chars().count() <= SNIPPET_CHARS {
            (0..text.len(), marks)
        } else {
            (range, marks)
        }
    };
    let mut html = String::new();
    let cut = |s: &str| s.chars().any(char::is_alphanumeric);
    if cut(&text[..window.start]) {
        html.push_str("… ");
    }
    let mut at = window.start;
    for mark in marks {
        if mark.start < at || mark.end > window.end {
            continue;
        }
        escape_into(&text[at..mark.start], &mut html);
        html.push_str("<b>");
        escape_into(&text[mark.clone()], &mut html);
        html.push_str("</b>");
        at = mark.end;
    }
    escape_into(&text[at..window.end], &mut html);
    if cut(&text[window.end..]) {
        html.push_str(" …");
    }
    html
}

/// Appends `s` with `& < > " '` escaped, so only our `<b>` tags are markup.
fn escape_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
