//! The query language of `auskunft search` (`shared/contracts/cli.md`), parsed by hand.
//!
//! ```text
//! query   = { clause }                         clauses are separated by white space
//! clause  = [ "-" ] ( phrase | filter | word )  "-" excludes what follows
//! phrase  = '"' { any character but '"' } '"'
//! filter  = name ":" ( phrase | bare )          name: device, fit, lang, after, before
//! word    = bare                                 any run of characters but space and '"'
//! ```
//!
//! Meaning: every word and phrase must occur in the transcript (AND), an excluded one must not;
//! several values of the same filter are alternatives (`device:d1 device:d2` = either), different
//! filters must all hold. `after:D` keeps records from the start of day D (UTC) on, `before:D`
//! those before the start of day D, so `after:2018-05-01 before:2018-06-01` is May 2018 and
//! `after:D before:D` is empty. Records without a time never pass a date filter. A name followed
//! by `:` that is not a filter is an error (`colour:red`), not a word, so a typo never silently
//! becomes a search for the literal text; `10:30` (a name of letters is needed) stays a word.
//!
//! Why not tantivy's `QueryParser`: its syntax (`AND`, `field:[a TO b]`, boosts, `*`) is larger
//! than ours, its errors do not say where in the query they are, and our words must be analysed
//! in several languages at once ([`crate::compile`]).

use std::fmt;

use auskunft_model::{Fit, Message};
use chrono::NaiveDate;

/// A parsed query: clauses in the order written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    /// The clauses.
    pub clauses: Vec<Clause>,
}

/// One clause of a query.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// Written with a leading `-`: what it matches is excluded.
    pub negated: bool,
    /// What it matches.
    pub term: Term,
    /// 1-based character position of the clause (its `-`, if any) in the query.
    pub at: usize,
    /// The clause as written, for messages.
    pub text: String,
}

/// What a clause matches.
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    /// A word, analysed per language.
    Word(String),
    /// Words that must follow each other.
    Phrase(String),
    /// `device:d2`.
    Device(String),
    /// `fit:foreign`.
    Fit(Fit),
    /// `lang:de`: a lower-case language code.
    Lang(String),
    /// `after:2018-05-01`: from the start of that day (UTC) on.
    After(NaiveDate),
    /// `before:2018-06-01`: before the start of that day (UTC).
    Before(NaiveDate),
}

impl Term {
    /// True for words and phrases, which need a transcript to match.
    pub fn is_text(&self) -> bool {
        matches!(self, Term::Word(_) | Term::Phrase(_))
    }
}

/// A query that cannot be parsed: a sentence saying what is wrong and where.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryError {
    /// 1-based character position of the problem.
    pub at: usize,
    /// The sentence (English).
    pub message: String,
    /// The sentence as a catalogue message (`query.ftl`), for the reader's language.
    pub words: Message,
}

impl QueryError {
    /// The problem at character `at` (1-based), said by `words` (its parameter `at` is added).
    pub fn new(at: usize, words: Message) -> QueryError {
        let words = words.arg("at", at);
        QueryError {
            at,
            message: words.en(),
            words,
        }
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for QueryError {}

impl Query {
    /// Parses a query.
    pub fn parse(input: &str) -> Result<Query, QueryError> {
        let chars: Vec<char> = input.chars().collect();
        let mut clauses = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_whitespace() {
                i += 1;
                continue;
            }
            let start = i;
            let negated = chars[i] == '-';
            if negated {
                i += 1;
                if i >= chars.len() || chars[i].is_whitespace() {
                    return Err(QueryError::new(
                        start + 1,
                        Message::new("query-exclude-nothing"),
                    ));
                }
            }
            let (term, end) = if chars[i] == '"' {
                let (phrase, end) = quoted(&chars, i)?;
                (Term::Phrase(phrase), end)
            } else {
                let bare_end = bare_end(&chars, i);
                let bare: String = chars[i..bare_end].iter().collect();
                match bare.split_once(':') {
                    Some((name, value))
                        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic()) =>
                    {
                        let value_start = i + name.chars().count() + 1;
                        let (value, end) =
                            if value.is_empty() && chars.get(value_start) == Some(&'"') {
                                quoted(&chars, value_start)?
                            } else {
                                (value.to_string(), bare_end)
                            };
                        let text: String = chars[start..end].iter().collect();
                        (filter(name, value.trim(), &text, start + 1)?, end)
                    }
                    _ => (Term::Word(bare), bare_end),
                }
            };
            clauses.push(Clause {
                negated,
                term,
                at: start + 1,
                text: chars[start..end].iter().collect(),
            });
            i = end;
        }
        Ok(Query { clauses })
    }

    /// True when the query has no clause at all: it matches every record with a transcript.
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// The device ids its filters name, for the caller to check against the export.
    pub fn devices(&self) -> impl Iterator<Item = (&str, &Clause)> {
        self.clauses.iter().filter_map(|c| match &c.term {
            Term::Device(d) => Some((d.as_str(), c)),
            _ => None,
        })
    }
}

/// End (exclusive) of a bare run starting at `i`: up to white space or a quote, except that a
/// quote right after `name:` belongs to the filter and is handled by the caller.
fn bare_end(chars: &[char], i: usize) -> usize {
    let mut j = i;
    while j < chars.len() && !chars[j].is_whitespace() && chars[j] != '"' {
        j += 1;
    }
    j
}

/// The text of a quoted part whose opening quote is at `open`, and the index after its closing
/// quote.
fn quoted(chars: &[char], open: usize) -> Result<(String, usize), QueryError> {
    let close = chars[open + 1..]
        .iter()
        .position(|c| *c == '"')
        .map(|p| open + 1 + p)
        .ok_or_else(|| QueryError::new(open + 1, Message::new("query-quote-open")))?;
    let text: String = chars[open + 1..close].iter().collect();
    if text.trim().is_empty() {
        return Err(QueryError::new(
            open + 1,
            Message::new("query-phrase-empty"),
        ));
    }
    Ok((text, close + 1))
}

fn filter(name: &str, value: &str, text: &str, at: usize) -> Result<Term, QueryError> {
    let err = |words: Message| Err(QueryError::new(at, words));
    let name_lower = name.to_ascii_lowercase();
    if !matches!(
        name_lower.as_str(),
        "device" | "fit" | "lang" | "after" | "before"
    ) {
        return err(Message::new("query-not-a-filter").arg("name", name));
    }
    if value.is_empty() {
        return err(Message::new("query-no-value")
            .arg("text", text)
            .arg("example", example(&name_lower)));
    }
    match name_lower.as_str() {
        "device" => Ok(Term::Device(value.to_string())),
        "fit" => match value.to_ascii_lowercase().as_str() {
            "mine" => Ok(Term::Fit(Fit::Mine)),
            "foreign" => Ok(Term::Fit(Fit::Foreign)),
            "unknown" => Ok(Term::Fit(Fit::Unknown)),
            _ => err(Message::new("query-not-a-fit").arg("text", text)),
        },
        "lang" => match crate::analysis::language_code(value) {
            Some(code) => Ok(Term::Lang(code)),
            _ => err(Message::new("query-not-a-language").arg("text", text)),
        },
        _ => match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(d) if value.len() == 10 => Ok(if name_lower == "after" {
                Term::After(d)
            } else {
                Term::Before(d)
            }),
            _ => err(Message::new("query-not-a-date")
                .arg("text", text)
                .arg("example", example(&name_lower))),
        },
    }
}

fn example(name: &str) -> &'static str {
    match name {
        "device" => "device:d2",
        "fit" => "fit:foreign",
        "lang" => "lang:de",
        "after" => "after:2018-05-01",
        _ => "before:2018-06-01",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(q: &str) -> Vec<(bool, Term)> {
        Query::parse(q)
            .map(|q| q.clauses.into_iter().map(|c| (c.negated, c.term)).collect())
            .unwrap_or_else(|e| panic!("{q}: {e}"))
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn parses_every_kind_of_clause() {
        assert_eq!(
            terms(
                r#"Wetter "wie spät" -regen device:d2 -fit:mine lang:DE after:2018-05-01 before:2018-06-01"#
            ),
            vec![
                (false, Term::Word("Wetter".into())),
                (false, Term::Phrase("wie spät".into())),
                (true, Term::Word("regen".into())),
                (false, Term::Device("d2".into())),
                (true, Term::Fit(Fit::Mine)),
                (false, Term::Lang("de".into())),
                (false, Term::After(date("2018-05-01"))),
                (false, Term::Before(date("2018-06-01"))),
            ]
        );
    }

    #[test]
    fn quotes_end_words_and_filters_take_quoted_values() {
        assert_eq!(
            terms(r#"a"b c" -"d e" device:"d 2" 10:30"#),
            vec![
                (false, Term::Word("a".into())),
                (false, Term::Phrase("b c".into())),
                (true, Term::Phrase("d e".into())),
                (false, Term::Device("d 2".into())),
                (false, Term::Word("10:30".into())),
            ]
        );
        assert_eq!(terms("  ").len(), 0);
    }

    #[test]
    fn positions_are_characters_not_bytes() {
        let q = Query::parse("ä -b").unwrap_or_default();
        assert_eq!(q.clauses[1].at, 3);
        assert_eq!(q.clauses[1].text, "-b");
    }

    #[test]
    fn errors_say_what_and_where() {
        let e = |q: &str| Query::parse(q).err().map(|e| (e.at, e.message));
        assert_eq!(
            e(r#"wetter "wie spät"#),
            Some((
                8,
                "The quote at character 8 is never closed; end the phrase with another \".".into()
            ))
        );
        assert_eq!(
            e("wetter colour:red"),
            Some((
                8,
                "`colour:` at character 8 is not a filter; the filters are device:, fit:, \
                      lang:, after: and before: (put the text in quotes to search for it as \
                      written)."
                    .into()
            ))
        );
        assert_eq!(
            e("after:2018-13-01"),
            Some((
                1,
                "`after:2018-13-01` at character 1 is not a date; write it as YYYY-MM-DD, \
                      as in after:2018-05-01."
                    .into()
            ))
        );
        assert_eq!(
            e("fit:blue"),
            Some((
                1,
                "`fit:blue` at character 1: a fit is mine, foreign or unknown.".into()
            ))
        );
        assert_eq!(
            e("x - y"),
            Some((
                3,
                "The `-` at character 3 excludes nothing; write it right before a word, a \
                      phrase or a filter, as in -wetter."
                    .into()
            ))
        );
        assert_eq!(
            e("device:"),
            Some((
                1,
                "`device:` at character 1 needs a value after the colon, as in device:d2.".into()
            ))
        );
        assert!(e(r#""  ""#).is_some_and(|(at, m)| at == 1 && m.contains("empty")));
        assert!(e("lang:german").is_some_and(|(_, m)| m.contains("not a language code")));
        assert!(e("before:2018-5-1").is_some_and(|(_, m)| m.contains("not a date")));
    }
}
