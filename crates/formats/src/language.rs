//! The language of a transcript: the code the audit and the search use (`lang:` filter; the
//! search stems German and English).
//!
//! Voice requests are two to eight words (`Licht an`, `stopp`, `Timer auf zehn Minuten`), far
//! below what a trigram detector needs: `whatlang` decides only longer text (at least
//! [`LONG_WORDS`] words and [`LONG_CHARS`] characters) whose words are not already decisive, and
//! only when it calls its answer reliable. Everything else is decided by lists of words frequent in short commands, one per
//! language of the exports we read (German and English, and the Takeout locales French,
//! Spanish, Italian, Dutch and Portuguese), with letters only one of them uses (`ß`, `ñ`, `ã`)
//! as evidence too. The language with the most evidence wins; a tie or no evidence at all is
//! `und` (undetermined, BCP 47), never a default of `en`: a wrong `en` would stem a German
//! record as English and put it under `lang:en`.

use std::collections::HashMap;
use std::sync::OnceLock;

use whatlang::{Detector, Lang};

/// Fewest words for which `whatlang` is asked.
const LONG_WORDS: usize = 6;
/// Fewest characters for which `whatlang` is asked.
const LONG_CHARS: usize = 30;

/// The code for text with words but no evidence of a language.
pub const UNDETERMINED: &str = "und";

/// Languages `whatlang` may answer, with the two-letter codes the search knows.
const DETECTED: &[(Lang, &str)] = &[
    (Lang::Deu, "de"),
    (Lang::Eng, "en"),
    (Lang::Fra, "fr"),
    (Lang::Spa, "es"),
    (Lang::Ita, "it"),
    (Lang::Nld, "nl"),
    (Lang::Por, "pt"),
    (Lang::Pol, "pl"),
    (Lang::Tur, "tr"),
    (Lang::Swe, "sv"),
    (Lang::Dan, "da"),
    (Lang::Nob, "nb"),
    (Lang::Fin, "fi"),
    (Lang::Rus, "ru"),
];

/// Words frequent in short commands, per language. A word may stand in several lists (`de`,
/// `la`, `a`): it is evidence for each, and a tie is no answer.
#[rustfmt::skip]
const WORDS: &[(&str, &[&str])] = &[
    ("de", &[
        "der", "die", "das", "und", "ist", "ich", "wie", "wer", "wo", "wird", "es", "ein", "eine",
        "einen", "auf", "für", "mit", "nicht", "bitte", "spiel", "spiele", "stell", "stelle",
        "mach", "heute", "morgen", "wetter", "uhr", "wecker", "lauter", "leiser", "stopp", "aus",
        "an", "zur", "im", "vor", "zurück", "meine", "mein", "erinnere", "öffne", "erzähl", "spät",
        "wann", "noch", "licht", "lampe", "schalte", "minuten", "sekunden", "stunde", "stunden",
        "zehn", "fünf", "drei", "zwei", "eins", "acht", "nachrichten", "musik", "weiter",
        "nächste", "nächstes", "lied", "ruf", "gute", "nacht", "danke", "hallo", "was", "warum",
        "welche", "welcher", "kannst", "du", "mir", "mich", "ja", "nein", "hör", "höre", "halt",
        "lautstärke", "ab", "zu", "zeig", "zeige", "finde", "navigiere", "nach", "hause", "starte",
        "abbrechen", "ruhe", "sei", "leise", "witz", "erinnerung", "liste", "einkaufsliste",
        "verkehr", "als", "oder", "von", "dem", "den", "dieser",
    ]),
    ("en", &[
        "the", "a", "an", "to", "is", "what", "what's", "who", "who's", "my", "on", "of", "it",
        "it's", "me", "set", "play", "for", "i", "do", "are", "stop", "pause", "weather", "time",
        "timer", "alarm", "music", "please", "turn", "off", "how", "tell", "remind", "any", "have",
        "will", "when", "next", "add", "call", "wake", "up", "at", "lights", "light", "tomorrow",
        "you", "your", "minutes", "seconds", "hour", "ten", "five", "volume", "louder", "news",
        "song", "thank", "thanks", "yes", "no", "good", "night", "morning", "hello", "why",
        "which", "can", "today", "open", "show", "find", "navigate", "home", "skip", "shuffle",
        "resume", "cancel", "start", "quiet", "mute", "goodnight", "be", "say", "says", "joke",
        "list", "lists", "shopping", "reminder", "reminders", "traffic", "than", "less", "more",
        "flip", "coin", "there", "this", "that", "with", "from", "by", "and", "or", "not",
    ]),
    ("fr", &[
        "le", "la", "les", "un", "une", "des", "de", "du", "et", "est", "je", "tu", "vous", "il",
        "quelle", "quel", "heure", "comme", "veux", "mets", "met", "joue", "allume", "éteins",
        "arrête", "monte", "baisse", "météo", "demain", "aujourd'hui", "minuteur", "réveil",
        "musique", "s'il", "plaît", "merci", "bonjour", "bonne", "nuit", "oui", "non", "pourquoi",
        "qui", "quoi", "où", "dans", "sur", "pour", "avec", "moi", "fait", "temps", "chanson",
        "suivante", "volume",
    ]),
    ("es", &[
        "el", "la", "los", "las", "un", "una", "de", "del", "y", "es", "qué", "que", "hora", "pon",
        "reproduce", "enciende", "apaga", "para", "sube", "baja", "tiempo", "mañana", "hoy",
        "temporizador", "alarma", "música", "por", "favor", "gracias", "hola", "buenas", "noches",
        "sí", "no", "cómo", "dónde", "quién", "en", "con", "me", "mi", "canción", "siguiente",
        "luz", "luces", "minutos",
    ]),
    ("it", &[
        "il", "lo", "la", "gli", "le", "un", "una", "di", "del", "della", "e", "è", "che", "ore",
        "metti", "suona", "accendi", "spegni", "alza", "abbassa", "tempo", "domani", "oggi",
        "timer", "sveglia", "musica", "per", "favore", "grazie", "ciao", "buonanotte", "sì", "no",
        "come", "dove", "chi", "cosa", "con", "mi", "canzone", "prossima", "luce", "luci",
        "minuti",
    ]),
    ("nl", &[
        "de", "het", "een", "en", "is", "wat", "hoe", "laat", "zet", "speel", "doe", "uit", "aan",
        "harder", "zachter", "weer", "morgen", "vandaag", "wekker", "muziek", "alsjeblieft",
        "dank", "dankje", "bedankt", "hallo", "goedenacht", "ja", "nee", "waar", "wie", "met",
        "voor", "mij", "mijn", "liedje", "volgende", "licht", "lampen", "minuten", "van", "niet",
        "ik", "jij", "je",
    ]),
    ("pt", &[
        "o", "a", "os", "as", "um", "uma", "de", "do", "da", "e", "é", "que", "horas", "toca",
        "coloca", "liga", "desliga", "aumenta", "diminui", "tempo", "amanhã", "hoje",
        "temporizador", "alarme", "música", "por", "favor", "obrigado", "obrigada", "olá", "oi",
        "boa", "noite", "sim", "não", "como", "onde", "quem", "com", "me", "meu", "minha",
        "próxima", "luz", "luzes", "minutos", "você",
    ]),
];

/// Letters that only one of the listed languages uses: one point each time they occur.
const LETTERS: &[(&str, &[char])] = &[
    ("de", &['ä', 'ö', 'ü', 'ß']),
    ("es", &['ñ', '¿', '¡']),
    ("pt", &['ã', 'õ']),
];

/// The language of `text`: a two-letter code (`de`, `en`, `fr`, …), [`UNDETERMINED`] when the
/// text has words but nothing tells their language (`ok`, a name), `None` when it has no
/// words at all.
pub fn language(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let (code, top, runner_up) = by_words(&lower, &words);
    // The detector costs tens of microseconds a text (a fifth of a 100,000-record audit when
    // asked for every long transcript), so it is asked only where the word lists are not
    // decisive: fewer than three words of evidence, or a runner-up with half as many.
    let decisive = top >= 3 && top >= 2 * runner_up;
    if !decisive && words.len() >= LONG_WORDS && text.chars().count() >= LONG_CHARS {
        if let Some(code) = detected(text) {
            return Some(code.to_string());
        }
    }
    Some(code.to_string())
}

/// `whatlang`'s answer when it calls it reliable.
fn detected(text: &str) -> Option<&'static str> {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    let detector = DETECTOR
        .get_or_init(|| Detector::with_allowlist(DETECTED.iter().map(|(l, _)| *l).collect()));
    let info = detector.detect(text).filter(|i| i.is_reliable())?;
    DETECTED
        .iter()
        .find(|(l, _)| *l == info.lang())
        .map(|(_, code)| *code)
}

/// For each listed word, the languages (indexes into [`WORDS`]) whose list holds it; built
/// once, so a record costs a lookup per word rather than a scan of every list.
fn index() -> &'static HashMap<&'static str, Vec<usize>> {
    static INDEX: OnceLock<HashMap<&'static str, Vec<usize>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for (i, (_, list)) in WORDS.iter().enumerate() {
            for word in list.iter() {
                let langs = index.entry(word).or_default();
                if !langs.contains(&i) {
                    langs.push(i);
                }
            }
        }
        index
    })
}

/// The language with the most evidence in the word lists, or [`UNDETERMINED`], with the
/// evidence for it and for the runner-up.
fn by_words(lower: &str, words: &[&str]) -> (&'static str, usize, usize) {
    let mut scores = [0usize; WORDS.len()];
    for langs in words.iter().filter_map(|w| index().get(w)) {
        for &i in langs {
            scores[i] += 1;
        }
    }
    for (code, set) in LETTERS {
        if lower.contains(*set) {
            if let Some(i) = WORDS.iter().position(|(c, _)| c == code) {
                scores[i] += 1;
            }
        }
    }
    let top = scores.iter().copied().max().unwrap_or(0);
    let mut leaders = scores.iter().enumerate().filter(|&(_, &n)| n == top);
    let code = match (top, leaders.next(), leaders.next()) {
        (1.., Some((i, _)), None) => WORDS[i].0,
        _ => UNDETERMINED,
    };
    let mut sorted = scores;
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    (code, top, sorted.get(1).copied().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The language, `""` for none.
    fn lang(text: &str) -> String {
        language(text).unwrap_or_default()
    }

    #[test]
    fn short_german_commands_are_german() {
        assert_eq!(lang("Licht an"), "de");
        assert_eq!(lang("Timer auf zehn Minuten"), "de");
        assert_eq!(lang("wie wird das wetter heute"), "de");
        assert_eq!(lang("füge käse hinzu"), "de");
        assert_eq!(lang("lauter"), "de");
        assert_eq!(lang("alexa stopp"), "de");
    }

    #[test]
    fn short_english_commands_are_english_even_with_a_german_place() {
        assert_eq!(lang("echo pause the music"), "en");
        assert_eq!(lang("echo set an alarm for seven"), "en");
        assert_eq!(lang("what's the weather in münchen"), "en");
        assert_eq!(lang("turn on pandora"), "en");
    }

    #[test]
    fn no_evidence_or_a_tie_is_undetermined_never_english() {
        assert_eq!(lang("ok"), "und");
        assert_eq!(lang("pandora"), "und");
        assert_eq!(lang("alexa"), "und");
        // `la` is French, Spanish and Italian alike.
        assert_eq!(lang("la"), "und");
        assert_eq!(lang("  "), "");
        assert_eq!(lang("?!"), "");
    }

    #[test]
    fn takeout_locales_are_recognised() {
        assert_eq!(lang("comme tu veux"), "fr");
        assert_eq!(lang("quelle heure est-il"), "fr");
        assert_eq!(lang("pon música de los beatles"), "es");
        assert_eq!(lang("accendi la luce"), "it");
        assert_eq!(lang("zet de wekker"), "nl");
        assert_eq!(lang("toca uma música"), "pt");
    }

    #[test]
    fn longer_text_goes_to_the_detector() {
        assert_eq!(
            lang("Coca-Cola (often referred to simply as Coke) is a carbonated soft drink produced by The Coca-Cola Company."),
            "en"
        );
        assert_eq!(
            lang(
                "Morgen wird es in Regensburg überwiegend sonnig bei Höchstwerten um zwanzig Grad."
            ),
            "de"
        );
        assert_eq!(
            lang("Demain, il fera beau à Paris avec des températures autour de vingt degrés."),
            "fr"
        );
    }
}
