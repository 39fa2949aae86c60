//! What a My Activity entry is, in any locale: words said (behind a localised verb), a voice
//! command Google did not understand, or no voice interaction at all.
//!
//! Takeout is localised all the way down (see `formats.md`, "Google Takeout (Assistant)"): a
//! French export titles utterances `Vous avez dit <words>`, an English one `Said <words>`. The
//! verb is read off the entry rather than a fixed list: an utterance's `titleUrl` is a search
//! for exactly the words (`…/search?q=comme+tu+veux`), so the title less the decoded `q` is the
//! verb, whatever the language. [`Said::learn`] collects the verbs of a file this way, so that
//! its entries without a search link lose the same verb; a list of known verbs ([`VERBS`]:
//! en, de, fr, es, it, nl, pt) is the fallback. A title with no verb found is kept whole.
//!
//! Entries that are no voice interaction (an app opened, `Used an app` / `Application
//! utilisée : Assistant`; an item selected, `Selected …` / `"Maps" sélectionné`; a card shown)
//! are [`Entry::NotVoice`]: the modules count them per kind and name them in one warning each
//! ([`not_imported`]). An unknown voice command (`Unknown voice command`, `Commande vocale
//! inconnue`) was spoken and not understood: a record without words ([`Entry::Unknown`]).
//! Location names that only say "in this general area" are no place names
//! ([`is_general_area`]).
//!
//! Certainty: the French forms and the English `Said`, `Used an app`, `Unknown voice command`
//! are known (a real file, public parsers); the German `Gesagt:` and the other locales'
//! strings are Google's usual translations, not confirmed against real files. The `titleUrl`
//! rule finds the words of utterances whatever the verb; the lists only serve entries without
//! a link.

/// Verbs before what was said, lower-case, longest first where one begins another.
pub const VERBS: &[&str] = &[
    "said",
    "du hast gesagt",
    "gesagt",
    "vous avez dit",
    "tu as dit",
    "has dicho",
    "dijiste",
    "hai detto",
    "je zei",
    "u zei",
    "gezegd",
    "você disse",
    "voce disse",
];

/// Titles of a voice command that was not understood, lower-case.
const UNKNOWN: &[&str] = &[
    "unknown voice command",
    "commande vocale inconnue",
    "unbekannter sprachbefehl",
    "comando de voz desconocido",
    "comando vocale sconosciuto",
    "onbekende spraakopdracht",
    "onbekend spraakcommando",
    "comando de voz desconhecido",
];

/// Beginnings of titles of an app opened, lower-case.
const APP_OPENED: &[&str] = &[
    "used an app",
    "used app",
    "application utilisée",
    "app utilisée",
    "app verwendet",
    "verwendete app",
    "app genutzt",
    "genutzte app",
    "aplicación utilizada",
    "aplicación usada",
    "app utilizzata",
    "applicazione utilizzata",
    "app gebruikt",
    "gebruikte app",
    "aplicativo usado",
    "aplicativo utilizado",
    "app usado",
    "app utilizada",
];

/// Beginnings of titles of an item selected, lower-case.
const SELECTED_PREFIX: &[&str] = &[
    "selected ",
    "ausgewählt:",
    "seleccionaste ",
    "hai selezionato ",
    "selecionou ",
];

/// Ends of titles of an item selected (`"Maps" sélectionné`), lower-case.
const SELECTED_SUFFIX: &[&str] = &[
    "sélectionné",
    "sélectionnée",
    "ausgewählt",
    "seleccionado",
    "seleccionada",
    "selezionato",
    "selezionata",
    "geselecteerd",
    "selecionado",
    "selecionada",
];

/// Beginnings of titles of a card shown, lower-case (guesses: no real file shows one yet).
const CARD_SHOWN: &[&str] = &[
    "card shown",
    "showed a card",
    "viewed a card",
    "karte angezeigt",
    "fiche affichée",
    "carte affichée",
    "tarjeta mostrada",
    "scheda mostrata",
    "kaart weergegeven",
    "cartão mostrado",
];

/// Location names that say "in this general area" rather than name a place, lower-case.
const GENERAL_AREA: &[&str] = &[
    "general area",
    "zone générale",
    "allgemeinen bereich",
    "allgemeinen gebiet",
    "zona general",
    "zona generale",
    "algemene gebied",
    "algemene omgeving",
    "área geral",
    "zona geral",
];

/// What an entry that is no voice interaction shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NotVoice {
    /// An app opened (`Used an app`, `Application utilisée : Assistant`).
    AppOpened,
    /// An item selected (`Selected …`, `"Maps" sélectionné`).
    ItemSelected,
    /// A card shown.
    CardShown,
}

impl NotVoice {
    /// The kind as the catalogue's warning names it (`$kind` of `format-not-voice-kind`:
    /// `app-opened` is "an app opened").
    pub fn code(self) -> &'static str {
        match self {
            NotVoice::AppOpened => "app-opened",
            NotVoice::ItemSelected => "item-selected",
            NotVoice::CardShown => "card-shown",
        }
    }
}

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'a> {
    /// A voice interaction; the words said (the title less its verb, or the whole title).
    Words(&'a str),
    /// A voice command that was not understood: a record without words.
    Unknown,
    /// No voice interaction: not a record.
    NotVoice(NotVoice),
}

/// The verbs one file uses, learnt from its entries (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct Said {
    learned: Vec<String>,
}

/// Whitespace of any kind (French titles use no-break spaces before colons) as one space,
/// trimmed, lower-cased.
fn folded(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The decoded `q` of a search URL.
fn query(url: &str) -> Option<String> {
    let (_, q) = url.split_once('?')?;
    let value = q.split('&').find_map(|p| p.strip_prefix("q="))?;
    let value = value.split('#').next().unwrap_or(value);
    let decoded = crate::text::percent_decode(value);
    let trimmed = decoded.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Where in `title` the search words `q` begin, when the title ends with them (letters compared
/// without case, runs of whitespace as one).
fn words_start(title: &str, q: &str) -> Option<usize> {
    let fold = |c: char| -> char {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' {
            ' '
        } else {
            c.to_lowercase().next().unwrap_or(c)
        }
    };
    let want: Vec<char> = folded(q).chars().collect();
    let mut want = want.iter().rev().peekable();
    let mut start = title.len();
    let mut previous_space = false;
    for (i, c) in title.trim_end().char_indices().rev() {
        let Some(&&w) = want.peek() else { break };
        let c = fold(c);
        if c == ' ' && previous_space {
            start = i;
            continue;
        }
        if c != w {
            return None;
        }
        previous_space = c == ' ';
        want.next();
        start = i;
    }
    // The words begin the title or follow a space, a colon or a quote, not inside a word.
    let boundary = title[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    (want.peek().is_none() && boundary).then_some(start)
}

impl Said {
    /// Reading with no verbs learnt: the search link and the list of known verbs.
    pub fn new() -> Said {
        Said::default()
    }

    /// Learns the verb of an utterance from its search link: the title less the words.
    pub fn learn(&mut self, title: &str, title_url: Option<&str>) {
        let Some(q) = title_url.and_then(query) else {
            return;
        };
        let Some(start) = words_start(title, &q) else {
            return;
        };
        let verb = folded(&title[..start]);
        let verb = verb.trim_end_matches(':').trim();
        if !verb.is_empty() && verb.chars().count() <= 40 && !self.learned.iter().any(|v| v == verb)
        {
            self.learned.push(verb.to_string());
        }
    }

    /// What an entry titled `title` (with the search link `title_url`, if any) is.
    pub fn read<'t>(&self, title: &'t str, title_url: Option<&str>) -> Entry<'t> {
        let title = title.trim();
        let lower = folded(title);
        let bare = lower.trim_end_matches(['.', '!']);
        if UNKNOWN.contains(&bare) {
            return Entry::Unknown;
        }
        if let Some(start) = title_url
            .and_then(query)
            .and_then(|q| words_start(title, &q))
        {
            return Entry::Words(title[start..].trim());
        }
        if let Some(kind) = not_voice(&lower) {
            return Entry::NotVoice(kind);
        }
        let verbs = self
            .learned
            .iter()
            .map(String::as_str)
            .chain(VERBS.iter().copied());
        Entry::Words(strip_verb(title, verbs).unwrap_or(title))
    }
}

/// The kind of a title that shows no voice interaction (`lower` folded).
fn not_voice(lower: &str) -> Option<NotVoice> {
    let unquoted = lower.trim_end_matches(['.', '!']);
    if APP_OPENED.iter().any(|p| lower.starts_with(p)) {
        Some(NotVoice::AppOpened)
    } else if SELECTED_PREFIX.iter().any(|p| lower.starts_with(p))
        || SELECTED_SUFFIX.iter().any(|s| unquoted.ends_with(s))
    {
        Some(NotVoice::ItemSelected)
    } else if CARD_SHOWN.iter().any(|p| lower.starts_with(p)) {
        Some(NotVoice::CardShown)
    } else {
        None
    }
}

/// `title` after the first of `verbs` it begins with (case and kind of space ignored; a colon
/// after the verb goes too), when something is left.
fn strip_verb<'t, 'v>(title: &'t str, verbs: impl Iterator<Item = &'v str>) -> Option<&'t str> {
    let mut best: Option<&'t str> = None;
    let mut best_len = 0;
    for verb in verbs {
        let verb_words: Vec<&str> = verb.split(' ').collect();
        let mut rest = title;
        let mut matched = true;
        for w in &verb_words {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
            let n = w.chars().count();
            let head: String = rest.chars().take(n).collect();
            if head.to_lowercase() != *w {
                matched = false;
                break;
            }
            rest = &rest[head.len()..];
        }
        // The verb must end at a word boundary.
        if !matched
            || rest
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '\'')
        {
            continue;
        }
        let words = rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}' || c == ':')
            .trim();
        if !words.is_empty() && verb.len() > best_len {
            best = Some(words);
            best_len = verb.len();
        }
    }
    best
}

/// The words of a title, with the known verbs only (no search link, nothing learnt); the
/// whole title when it begins with none. Titles that are no voice interaction are returned
/// whole: use [`Said::read`] to tell them.
pub fn said(title: &str) -> &str {
    let title = title.trim();
    strip_verb(title, VERBS.iter().copied()).unwrap_or(title)
}

/// Whether a location name only says "in this general area" (`Dans cette zone générale`,
/// `In this general area`, `At this general area`): no place name.
pub fn is_general_area(name: &str) -> bool {
    let lower = folded(name);
    GENERAL_AREA.iter().any(|g| lower.contains(g))
}

/// One warning per kind of entry that is no voice interaction, with its count:
/// `10 entries are not voice interactions (an app opened) and were not imported`.
pub fn not_imported(
    counts: &std::collections::BTreeMap<NotVoice, usize>,
) -> Vec<auskunft_model::Message> {
    counts
        .iter()
        .filter(|(_, &n)| n > 0)
        .map(|(kind, &n)| {
            auskunft_model::Message::new("format-not-voice")
                .arg("count", n)
                .arg("kind", kind.code())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_link_gives_the_words_in_any_locale() {
        let s = Said::new();
        let url = |q: &str| format!("https://www.google.com/search?q={q}");
        let cases = [
            (
                "Vous avez dit comme tu veux",
                "comme+tu+veux",
                "comme tu veux",
            ),
            ("Said what time is it", "what+time+is+it", "what time is it"),
            (
                "Gesagt: wie spät ist es",
                "wie+sp%C3%A4t+ist+es",
                "wie spät ist es",
            ),
            ("Has dicho qué hora es", "qu%C3%A9+hora+es", "qué hora es"),
            ("Hai detto che ore sono", "che+ore+sono", "che ore sono"),
            (
                "Je zei hoe laat is het",
                "hoe+laat+is+het",
                "hoe laat is het",
            ),
            (
                "Você disse que horas são",
                "que+horas+s%C3%A3o",
                "que horas são",
            ),
            (
                "Powiedziałeś: która godzina",
                "kt%C3%B3ra+godzina",
                "która godzina",
            ),
        ];
        for (title, q, words) in cases {
            assert_eq!(s.read(title, Some(&url(q))), Entry::Words(words), "{title}");
        }
    }

    #[test]
    fn learnt_verbs_and_the_list_serve_entries_without_a_link() {
        let mut s = Said::new();
        assert_eq!(
            s.read("Powiedziałeś: która godzina", None),
            Entry::Words("Powiedziałeś: która godzina")
        );
        s.learn(
            "Powiedziałeś: która godzina",
            Some("https://www.google.com/search?q=kt%C3%B3ra+godzina"),
        );
        assert_eq!(
            s.read("Powiedziałeś: włącz światło", None),
            Entry::Words("włącz światło")
        );
        for (title, words) in [
            ("Said stop", "stop"),
            ("Gesagt: Licht an", "Licht an"),
            (
                "Vous avez dit\u{a0}quelle heure est-il",
                "quelle heure est-il",
            ),
            ("Has dicho pon música", "pon música"),
            ("Dijiste pon música", "pon música"),
            ("Hai detto accendi la luce", "accendi la luce"),
            ("Je zei zet de wekker", "zet de wekker"),
            ("Gezegd: zet de wekker", "zet de wekker"),
            ("Você disse toca uma música", "toca uma música"),
            (
                "how tall is the eiffel tower",
                "how tall is the eiffel tower",
            ),
            ("Saidin", "Saidin"),
        ] {
            assert_eq!(s.read(title, None), Entry::Words(words), "{title}");
        }
    }

    #[test]
    fn entries_that_are_not_voice_interactions() {
        let s = Said::new();
        for (title, kind) in [
            ("Application utilisée\u{a0}: Assistant", NotVoice::AppOpened),
            ("Used an app: Assistant", NotVoice::AppOpened),
            ("\"Maps\" sélectionné", NotVoice::ItemSelected),
            ("« Maps » sélectionné", NotVoice::ItemSelected),
            ("Selected Maps", NotVoice::ItemSelected),
            ("Card shown", NotVoice::CardShown),
        ] {
            assert_eq!(s.read(title, None), Entry::NotVoice(kind), "{title}");
        }
        assert_eq!(s.read("Commande vocale inconnue", None), Entry::Unknown);
        assert_eq!(s.read("Unknown voice command", None), Entry::Unknown);
        // Words said are words, even when they read like one of those titles.
        assert_eq!(
            s.read(
                "Said selected",
                Some("https://www.google.com/search?q=selected")
            ),
            Entry::Words("selected")
        );
    }

    #[test]
    fn general_areas_are_no_place_names() {
        assert!(is_general_area("Dans cette zone générale"));
        assert!(is_general_area("In this general area"));
        assert!(is_general_area("At this general area"));
        assert!(!is_general_area("Home"));
        assert!(!is_general_area("Rue de Rivoli, Paris"));
    }

    #[test]
    fn warnings_name_each_kind_with_its_count() {
        let counts = [(NotVoice::AppOpened, 10), (NotVoice::ItemSelected, 1)]
            .into_iter()
            .collect();
        let said = |lang| -> Vec<String> {
            not_imported(&counts)
                .iter()
                .map(|m| m.render(lang))
                .collect()
        };
        assert_eq!(
            said(auskunft_model::Lang::En),
            [
                "10 entries are not voice interactions (an app opened) and were not imported",
                "1 entry is not a voice interaction (an item selected) and was not imported",
            ]
        );
        assert_eq!(
            said(auskunft_model::Lang::De),
            [
                "10 Einträge sind keine Sprachinteraktionen (eine geöffnete App) und wurden nicht eingelesen",
                "1 Eintrag ist keine Sprachinteraktion (ein ausgewähltes Element) und wurde nicht eingelesen",
            ]
        );
    }
}
