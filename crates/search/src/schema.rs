//! The index schema, declared once: [`Fields`] holds a handle per field, and everything else
//! reaches fields through it rather than by name.

use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use crate::analysis::Analyzer;

/// Version of the schema *and* of everything that decides what is indexed (analyzers, language
/// routing, the document layout). Bump it on any such change: the cache folder is named after
/// it (`index-v<N>`), so an index written by another version is never opened.
pub const SCHEMA_VERSION: u32 = 1;

/// Field handles of the index.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The schema the handles belong to.
    pub schema: Schema,
    /// Record id (`r17`): stored, and indexed as one token.
    pub id: Field,
    /// The record's place in time order (earlier first, records without a time last, then in
    /// report order): fast; it breaks score ties, so ties cost one column read, not two.
    pub rank: Field,
    /// Transcript of a German record (German analyzer, positions for phrases, stored).
    pub text_de: Field,
    /// Transcript of an English record (English analyzer).
    pub text_en: Field,
    /// Transcript of a record in any other or no known language (plain analyzer).
    pub text_plain: Field,
    /// The assistant's answer: stored for the result list, not searched (queries search what
    /// was said; see the crate docs).
    pub response: Field,
    /// Whether the record has words that can be searched: false for placeholders ("Audio was
    /// not intended for Alexa") and records without a transcript.
    pub searchable: Field,
    /// Language code (`de`, `en`, ...), as the export states it or as detected.
    pub lang: Field,
    /// When it happened: fast (date ranges, the time tie-break) and stored.
    pub time: Field,
    /// Device id (`d2`): indexed for `device:`, fast for facet counts.
    pub device: Field,
    /// Account the record was made under: stored.
    pub account: Field,
    /// `mine`, `foreign` or `unknown`: indexed for `fit:`, fast for facet counts.
    pub fit: Field,
    /// Flag codes (`unknown_device`, ...), one value each: indexed and fast.
    pub flags: Field,
    /// Member path the record was read from: stored.
    pub source_path: Field,
    /// Position inside that member (`$.customerHistoryRecords[4]`, `page 3, row 12`): stored.
    pub source_locator: Field,
}

impl Fields {
    /// Declares the schema.
    pub fn new() -> Fields {
        let mut b = Schema::builder();
        let text = |analyzer: Analyzer| {
            TextOptions::default()
                .set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(analyzer.tokenizer_name())
                        .set_index_option(IndexRecordOption::WithFreqsAndPositions),
                )
                .set_stored()
        };
        let id = b.add_text_field("id", STRING | STORED);
        let rank = b.add_u64_field("rank", NumericOptions::default().set_fast());
        let text_de = b.add_text_field("text_de", text(Analyzer::German));
        let text_en = b.add_text_field("text_en", text(Analyzer::English));
        let text_plain = b.add_text_field("text_plain", text(Analyzer::Plain));
        let response = b.add_text_field("response", STORED);
        let searchable = b.add_bool_field("searchable", INDEXED);
        let lang = b.add_text_field("lang", STRING | STORED);
        let time = b.add_date_field(
            "time",
            DateOptions::default()
                .set_fast()
                .set_stored()
                .set_precision(DateTimePrecision::Milliseconds),
        );
        let device = b.add_text_field("device", STRING | FAST | STORED);
        let account = b.add_text_field("account", STORED);
        let fit = b.add_text_field("fit", STRING | FAST | STORED);
        let flags = b.add_text_field("flags", STRING | FAST | STORED);
        let source_path = b.add_text_field("source_path", STORED);
        let source_locator = b.add_text_field("source_locator", STORED);
        Fields {
            schema: b.build(),
            id,
            rank,
            text_de,
            text_en,
            text_plain,
            response,
            searchable,
            lang,
            time,
            device,
            account,
            fit,
            flags,
            source_path,
            source_locator,
        }
    }

    /// The transcript field an analyzer's records go to.
    pub fn text(&self, analyzer: Analyzer) -> Field {
        match analyzer {
            Analyzer::German => self.text_de,
            Analyzer::English => self.text_en,
            Analyzer::Plain => self.text_plain,
        }
    }

    /// The name of a field, for fast-field lookups.
    pub fn name(&self, field: Field) -> &str {
        self.schema.get_field_name(field)
    }
}

impl Default for Fields {
    fn default() -> Fields {
        Fields::new()
    }
}
