//! Text analysis: which analyzer reads a record's words, and how a query word is analysed.
//!
//! Every analyzer splits on anything that is not a letter or digit, drops tokens longer than
//! [`MAX_TOKEN_CHARS`], lower-cases, and folds diacritics to ASCII (`München` → `munchen`,
//! `Straße` → `strasse`, `café` → `cafe`). The German and English analyzers then stem with
//! Snowball (`spielen`/`spiele`/`spiel` → `spiel`, `lights`/`light` → `light`); the plain one,
//! for every other language, stops there. Stop words are kept: voice requests are short and
//! phrases such as `"wie spät ist es"` consist of little else.
//!
//! Folding happens *before* stemming, at index and query time alike, so both sides agree.
//! Spellings without umlauts (`muenchen`) are handled on the query side only
//! ([`spellings`]): folding `ue` → `u` in indexed text would also turn English `due` into the
//! German `du` and `toe` into `to`.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};

/// Tokens longer than this many bytes are not indexed (runs of letters without a space are
/// noise in a transcript, not words).
pub const MAX_TOKEN_CHARS: usize = 40;

/// The analyzer a record's text is read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Analyzer {
    /// German: folding plus the German Snowball stemmer.
    German,
    /// English: folding plus the English Snowball stemmer.
    English,
    /// Any other or unknown language: folding only.
    Plain,
}

impl Analyzer {
    /// All analyzers, in the order their fields are declared.
    pub const ALL: [Analyzer; 3] = [Analyzer::German, Analyzer::English, Analyzer::Plain];

    /// The name the analyzer is registered under in an index's tokenizer manager.
    pub fn tokenizer_name(self) -> &'static str {
        match self {
            Analyzer::German => "auskunft_de",
            Analyzer::English => "auskunft_en",
            Analyzer::Plain => "auskunft_plain",
        }
    }

    /// The analyzer for a language code (`de`, `en-GB`, ...): German and English stem, anything
    /// else is read plainly.
    pub fn for_language(code: &str) -> Analyzer {
        match code {
            "de" => Analyzer::German,
            "en" => Analyzer::English,
            _ => Analyzer::Plain,
        }
    }

    /// A fresh tantivy analyzer.
    pub fn build(self) -> TextAnalyzer {
        let base = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_TOKEN_CHARS))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter);
        match self {
            Analyzer::German => base.filter(Stemmer::new(Language::German)).build(),
            Analyzer::English => base.filter(Stemmer::new(Language::English)).build(),
            Analyzer::Plain => base.build(),
        }
    }
}

/// Registers the three analyzers on an index; tantivy does not persist tokenizers, so this runs
/// after every create and open.
pub fn register(index: &tantivy::Index) {
    for analyzer in Analyzer::ALL {
        index
            .tokenizers()
            .register(analyzer.tokenizer_name(), analyzer.build());
    }
}

/// One analysed token: its text and its position in the phrase.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Token {
    /// Position (0-based; a token dropped for length leaves a gap).
    pub position: usize,
    /// The analysed text.
    pub text: String,
}

/// The tokens `analyzer` makes of `text`.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(t) = stream.next() {
        out.push(Token {
            position: t.position,
            text: t.text.clone(),
        });
    }
    out
}

/// The normalised primary language subtag of a record's language (`de-DE` → `de`), or `None`
/// for an empty or malformed code.
pub fn language_code(language: &str) -> Option<String> {
    let primary = language.trim().split(['-', '_']).next().unwrap_or("");
    (2..=3)
        .contains(&primary.len())
        .then_some(primary)
        .filter(|p| p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase)
}

/// The spellings a query word or phrase is searched in: itself, plus, when it spells an umlaut
/// as `ae`, `oe` or `ue`, the same with the umlaut (`muenchen` → `münchen`), and when it has
/// umlauts, the same spelled out (`münchen` → `muenchen`), so `München`, `Muenchen` and
/// `munchen` in a transcript are all found by `München` and `muenchen`. `ue` after `q`
/// (`queue`, `quer`) is not an umlaut.
pub fn spellings(text: &str) -> Vec<String> {
    let mut out = vec![text.to_string()];
    let mut with_umlauts = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_e = chars.peek().is_some_and(|n| *n == 'e' || *n == 'E');
        let umlaut = match c {
            'a' if next_is_e => Some('ä'),
            'o' if next_is_e => Some('ö'),
            'u' if next_is_e && !matches!(prev, Some('q' | 'Q')) => Some('ü'),
            'A' if next_is_e => Some('Ä'),
            'O' if next_is_e => Some('Ö'),
            'U' if next_is_e && !matches!(prev, Some('q' | 'Q')) => Some('Ü'),
            _ => None,
        };
        match umlaut {
            Some(u) => {
                with_umlauts.push(u);
                chars.next();
                prev = Some(u);
            }
            None => {
                with_umlauts.push(c);
                prev = Some(c);
            }
        }
    }
    let spelled_out: String = text
        .chars()
        .flat_map(|c| match c {
            'ä' => "ae".chars().collect::<Vec<_>>(),
            'ö' => "oe".chars().collect(),
            'ü' => "ue".chars().collect(),
            'Ä' => "Ae".chars().collect(),
            'Ö' => "Oe".chars().collect(),
            'Ü' => "Ue".chars().collect(),
            c => vec![c],
        })
        .collect();
    for s in [with_umlauts, spelled_out] {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// German words frequent in requests that are not English words.
const GERMAN_WORDS: &[&str] = &[
    "der", "die", "das", "den", "dem", "und", "ist", "ich", "du", "wie", "wer", "wo", "was",
    "wann", "wird", "es", "ein", "eine", "einen", "auf", "für", "mit", "nicht", "bitte", "spiel",
    "spiele", "stell", "stelle", "mach", "schalte", "heute", "morgen", "wetter", "uhr", "wecker",
    "lauter", "leiser", "stopp", "aus", "zur", "im", "vor", "zurück", "mein", "meine", "meinem",
    "erinnere", "öffne", "erzähl", "spät", "noch", "ruf", "weiter", "gute", "guten", "nacht",
    "nach", "von", "zu", "mir", "mich", "dass", "läuft", "fährt", "nächste", "licht",
];

/// English words frequent in requests that are not German words.
const ENGLISH_WORDS: &[&str] = &[
    "the", "a", "to", "is", "what", "what's", "who", "who's", "my", "on", "of", "it", "it's", "me",
    "set", "play", "for", "do", "are", "stop", "pause", "weather", "time", "timer", "alarm",
    "music", "please", "turn", "off", "how", "tell", "remind", "any", "have", "will", "when",
    "next", "add", "call", "wake", "up", "at", "lights", "rain", "tomorrow", "episode", "you",
    "your", "i", "minutes",
];

/// A language guess for a record the export gives no language for: `de` or `en` when one of
/// them has more evidence, else `None` (read plainly).
///
/// Why not a general detector such as `whatlang`: it scores character trigrams over ~70
/// languages and is unreliable below a few dozen characters, while voice requests are two to
/// eight words (`stopp`, `lauter`, `ruf mama an`). We only route between two stemmers and a
/// plain fallback, and a wrong guess costs little (stemmed forms of that record are missed;
/// exact words still match because queries are analysed every way), so a closed list of
/// frequent function words decides, with German letters (ä ö ü ß) as German evidence.
pub fn detect(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let german = words.iter().filter(|w| GERMAN_WORDS.contains(w)).count()
        + usize::from(lower.contains(['ä', 'ö', 'ü', 'ß']));
    let english = words.iter().filter(|w| ENGLISH_WORDS.contains(w)).count();
    match german.cmp(&english) {
        std::cmp::Ordering::Greater => Some("de"),
        std::cmp::Ordering::Less => Some("en"),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(analyzer: Analyzer, text: &str) -> Vec<String> {
        tokens(&mut analyzer.build(), text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn german_folds_case_umlauts_and_stems() {
        assert_eq!(texts(Analyzer::German, "Wetter wetter"), ["wett", "wett"]);
        assert_eq!(
            texts(Analyzer::German, "spielen spiele spiel"),
            ["spiel", "spiel", "spiel"]
        );
        assert_eq!(
            texts(Analyzer::German, "München"),
            texts(Analyzer::German, "munchen")
        );
        assert_eq!(
            texts(Analyzer::German, "Straße"),
            texts(Analyzer::German, "strasse")
        );
    }

    #[test]
    fn english_stems_plurals_and_plain_only_folds() {
        assert_eq!(texts(Analyzer::English, "lights light"), ["light", "light"]);
        assert_eq!(texts(Analyzer::English, "playing"), ["play"]);
        assert_eq!(texts(Analyzer::Plain, "Café Lights"), ["cafe", "lights"]);
    }

    #[test]
    fn spellings_add_umlauts_and_spell_them_out_but_not_after_q() {
        assert_eq!(spellings("muenchen"), ["muenchen", "münchen"]);
        assert_eq!(spellings("München"), ["München", "Muenchen"]);
        assert_eq!(spellings("quer"), ["quer"]);
        assert_eq!(spellings("wetter"), ["wetter"]);
    }

    #[test]
    fn detection_tells_german_from_english_and_abstains() {
        assert_eq!(detect("wie wird das wetter heute"), Some("de"));
        assert_eq!(detect("ruf mama an"), Some("de"));
        assert_eq!(detect("gute nacht"), Some("de"));
        assert_eq!(detect("turn off the lights"), Some("en"));
        assert_eq!(detect("what's the weather in münchen"), Some("en"));
        assert_eq!(detect("deutschlandfunk"), None);
        assert_eq!(detect(""), None);
    }

    #[test]
    fn language_codes_are_normalised() {
        assert_eq!(language_code("de-DE").as_deref(), Some("de"));
        assert_eq!(language_code(" EN_gb ").as_deref(), Some("en"));
        assert_eq!(language_code("x"), None);
        assert_eq!(language_code("d3"), None);
    }
}
