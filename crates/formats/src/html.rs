//! HTML pages as a stream of tags and text, through a WHATWG tokenizer.
//!
//! The Takeout activity pages ([`crate::google`]) and the HTML transcript tables
//! ([`crate::transcript`]) read markup we do not control. Both used to have a hand-written
//! scanner and a short entity list, and each got a different corner wrong (`&eacute;` or
//! `&hellip;` kept as written, a `<` inside a quoted attribute, `<![CDATA[…]]>` in a page).
//! They now read [`tokens`], which runs the spec's tokenizer with its full table of named
//! character references (2,231 names, counting the legacy forms that need no `;`).
//!
//! Why `html5gum`: it is the WHATWG tokenizer state machine and nothing more (no tree builder,
//! no DOM, no required dependencies), it passes html5lib's tokenizer tests, it never fails on
//! broken markup (errors are tokens we skip), it can switch to raw text after `<script>` and
//! `<style>` as a browser does, and it reports byte spans, which give the line a block starts
//! on. `tl` is faster but is not a spec tokenizer (it decodes only a few entities and guesses at
//! broken markup); `html5ever` builds a tree and pulls in string interning and code generation
//! we do not need, and `scraper` sits on top of it.
//!
//! What callers get: start tags with lower-cased names and decoded attribute values (the first
//! of a repeated attribute wins, as in browsers), end tags, and decoded text. Comments,
//! doctypes, processing instructions and CDATA sections (bogus comments in HTML) and the content
//! of `<script>` and `<style>` are dropped. A tag cut by the end of the input is dropped as
//! well, so the stream ends with the last complete token.

use html5gum::{DefaultEmitter, Token as Gum, Tokenizer};

/// A piece of markup.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Token {
    /// A start tag: lower-cased name and attributes (lower-cased names, decoded values).
    Open {
        /// The tag's name (`div`).
        name: String,
        /// Its attributes in name order.
        attrs: Vec<(String, String)>,
    },
    /// An end tag's lower-cased name.
    Close(String),
    /// Text between tags, entities decoded.
    Text(String),
}

#[cfg(test)]
impl Token {
    /// The value of attribute `key` of a start tag.
    pub(crate) fn attr(&self, key: &str) -> Option<&str> {
        match self {
            Token::Open { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }
}

/// The tokens of `html`, each with the line (from 1) it starts on.
pub(crate) fn tokens(html: &str) -> impl Iterator<Item = (usize, Token)> + '_ {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut lines = Lines {
        text: html.as_bytes(),
        pos: 0,
        line: 1,
    };
    let mut raw: Option<String> = None;
    Tokenizer::new_with_emitter(html, emitter)
        .map_while(Result::ok)
        .filter_map(move |token| {
            let (start, token) = match token {
                Gum::StartTag(tag) => {
                    let name = string(&tag.name);
                    let attrs = tag
                        .attributes
                        .iter()
                        .map(|(k, v)| (string(k), string(&v.value)))
                        .collect();
                    (tag.span.start, Token::Open { name, attrs })
                }
                Gum::EndTag(tag) => (tag.span.start, Token::Close(string(&tag.name))),
                Gum::String(text) => (text.span.start, Token::Text(string(&text.value))),
                Gum::Comment(_) | Gum::Doctype(_) | Gum::Error(_) => return None,
            };
            // The content of `<script>` and `<style>` is raw text, not part of the page's text.
            match (&raw, &token) {
                (Some(open), Token::Close(name)) if open == name => {
                    raw = None;
                    return None;
                }
                (Some(_), _) => return None,
                (None, Token::Open { name, .. }) if name == "script" || name == "style" => {
                    raw = Some(name.clone());
                    return None;
                }
                _ => {}
            }
            Some((lines.at(start), token))
        })
}

/// Text of the tokenizer's bytes; it only ever holds UTF-8 read from a `&str`.
fn string(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Counts lines up to byte offsets that only grow.
struct Lines<'a> {
    text: &'a [u8],
    pos: usize,
    line: usize,
}

impl Lines<'_> {
    /// The line of byte `offset` (offsets before the last one asked give the last line).
    fn at(&mut self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        if end > self.pos {
            self.line += self.text[self.pos..end]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.pos = end;
        }
        self.line
    }
}

/// The text of an HTML fragment: entities decoded, tags dropped.
#[cfg(test)]
fn text(fragment: &str) -> String {
    tokens(fragment)
        .filter_map(|(_, t)| match t {
            Token::Text(text) => Some(text),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(name: &str, attrs: &[(&str, &str)]) -> Token {
        Token::Open {
            name: name.into(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    /// The tokens with neighbouring text merged, as the readers use them.
    fn merged(html: &str) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::new();
        for (_, t) in tokens(html) {
            match (out.last_mut(), t) {
                (Some(Token::Text(a)), Token::Text(b)) => a.push_str(&b),
                (_, t) => out.push(t),
            }
        }
        out
    }

    #[test]
    fn tags_attributes_and_skipped_parts() {
        assert_eq!(
            merged(
                "<!DOCTYPE html><style>.a{}</STYLE><!-- <div> -->\n<DIV class='x y' data-a=b \
                 hidden>a &lt; b<br/></div>< 3 <a href=\"u?a=1&amp;b=2\">"
            ),
            [
                Token::Text("\n".into()),
                open("div", &[("class", "x y"), ("data-a", "b"), ("hidden", "")]),
                Token::Text("a < b".into()),
                open("br", &[]),
                Token::Close("div".into()),
                Token::Text("< 3 ".into()),
                open("a", &[("href", "u?a=1&b=2")]),
            ]
        );
    }

    #[test]
    fn a_tag_cut_by_the_end_ends_the_stream_and_lines_are_counted() {
        let lines: Vec<(usize, Token)> = tokens("a\n<b>\n\nc<div class=\"x").collect();
        let starts: Vec<usize> = lines.iter().map(|(l, _)| *l).collect();
        assert_eq!(starts.first(), Some(&1));
        assert_eq!(lines[1], (2, open("b", &[])));
        assert!(lines[2..]
            .iter()
            .all(|(l, t)| *l == 2 && matches!(t, Token::Text(_))));
        assert_eq!(text("a\n<b>\n\nc<div class=\"x"), "a\n\n\nc");
    }

    #[test]
    fn named_entities_beyond_the_basic_five() {
        assert_eq!(
            text("caf&eacute; &hellip; a&nbsp;b &euro;5 &mdash; &Uuml;ber &szlig; &trade;"),
            "café … a\u{a0}b €5 — Über ß ™"
        );
        assert_eq!(text("&lt;&gt;&amp;&quot;&apos;"), "<>&\"'");
        // Two-character references and ones the old list lacked.
        assert_eq!(
            text("&NotEqualTilde; &fjlig; &rarr;"),
            "\u{2242}\u{338} fj →"
        );
    }

    #[test]
    fn numeric_references_and_what_the_spec_replaces() {
        assert_eq!(text("&#39;&#x27;&#X2019;&#252;&#x1F600;"), "''\u{2019}ü😀");
        // NUL, surrogates and numbers past Unicode become U+FFFD; 0x80–0x9F are Windows-1252.
        assert_eq!(text("&#0;&#xD800;&#1114112;"), "\u{fffd}\u{fffd}\u{fffd}");
        assert_eq!(text("&#128;&#x96;"), "€–");
    }

    #[test]
    fn broken_references_are_kept_or_read_as_browsers_do() {
        assert_eq!(text("&bogus; & ; &#; &#x;"), "&bogus; & ; &#; &#x;");
        // Legacy names need no `;` in text, but do in an attribute before `=` or a letter.
        assert_eq!(text("&amp &copy 2020 &notit"), "& © 2020 ¬it");
        let t: Vec<Token> = merged("<a href=\"?x=1&copy=2&amp;notit=3&not;\">");
        assert_eq!(t[0].attr("href"), Some("?x=1&copy=2&notit=3¬"));
    }

    #[test]
    fn comments_cdata_and_processing_instructions_are_dropped() {
        assert_eq!(
            text("a<!-- b <td> -->c<![CDATA[ d ]]>e<?xml version=\"1.0\"?>f<!--unclosed"),
            "acef"
        );
        assert_eq!(text("x<!---->y<!-- -- -->z<!>w"), "xyzw");
    }

    #[test]
    fn script_and_style_content_is_no_text_even_with_tags_inside() {
        assert_eq!(
            text("a<script>if (x < 1 && y) { s = '</div>'; }</script>b<STYLE>td{}</style >c"),
            "abc"
        );
        // Never closed: the rest of the page is script.
        assert_eq!(text("a<script>b<div>c"), "a");
    }

    #[test]
    fn unclosed_and_odd_tags_never_fail() {
        assert_eq!(
            merged("<div><p>one<td>two</span></div x=1><a href='x>y'>z"),
            [
                open("div", &[]),
                open("p", &[]),
                Token::Text("one".into()),
                open("td", &[]),
                Token::Text("two".into()),
                Token::Close("span".into()),
                Token::Close("div".into()),
                open("a", &[("href", "x>y")]),
                Token::Text("z".into()),
            ]
        );
        // A repeated attribute: the first wins.
        assert_eq!(merged("<a b=1 B=2>")[0].attr("b"), Some("1"));
        for cut in ["<", "</", "<a", "<a b='", "&", "&#", "&am", "<!-", "<!["] {
            let _ = tokens(cut).count();
        }
    }
}
