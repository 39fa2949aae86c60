//! Content cues: `content_far_place`, `content_unknown_name`, `content_contact`
//!
//! Weak evidence (`low`) from the words themselves. Journalists found the 2018 stranger through
//! exactly these: towns in weather questions, names of people called, numbers read out.
//!
//! # `content_far_place`
//!
//! **What it checks:** a weather or travel question ("wie wird das wetter in leipzig", "next
//! train to hamburg") naming a town of the gazetteer ([`crate::gazetteer`]) farther than every
//! declared place's radius. A town within a radius is a weak match.
//!
//! **Why:** people ask about the weather where they live. One question about Leipzig proves
//! nothing; dozens in a household in Munich do — weak evidence adds up.
//!
//! **Example:** "wie wird das wetter heute in leipzig", the inventory declares München →
//! "asks about Leipzig, 360 km from your nearest place (München)".
//!
//! # `content_unknown_name`
//!
//! **What it checks:** the person called or messaged ("ruf Finn an", "call Jonas", "schreib
//! Anke") against the declared people (only when some are declared). Relations ("Mama",
//! "dad") are not names.
//!
//! **Why:** a household calls its own members and friends; a stream of calls to names no one
//! in the user's household knows points elsewhere. People call friends too: `low`.
//!
//! **Example:** "ruf dirk an", the inventory declares Lena and Paul → severity `low`.
//!
//! # `content_contact`
//!
//! **What it checks:** e-mail addresses in the transcript that are none of the declared
//! accounts' e-mails, and phone numbers (seven digits or more, starting with `+` or `0`),
//! which the inventory has no field for.
//!
//! **Why:** an address or number read out is someone's; if not the user's, perhaps the
//! stranger's.
//!
//! **Example:** "schick das an anke.s@example.com", the inventory declares
//! lena@example.org → severity `low`.

use auskunft_model::{FlagCode, Message, Record, Severity};

use super::location::nearest_place;
use super::short;
use crate::context::same_name;
use crate::gazetteer::{self, MAX_WORDS};
use crate::{Context, Evidence};

/// Words that make a sentence a weather or travel question (stems, lower case).
const PLACE_QUESTION: &[&str] = &[
    "wetter",
    "weather",
    "regn",
    "rain",
    "schnee",
    "snow",
    "temperatur",
    "forecast",
    "vorhersage",
    "gewitter",
    "grad",
    "degrees",
    "zug",
    "train",
    "bahn",
    "bus",
    "tram",
    "verbindung",
    "abfahrt",
    "departure",
    "flug",
    "flight",
    "stau",
    "traffic",
    "fahr",
    "route",
    "wie weit",
    "how far",
    "wie lange",
    "how long",
    "reise",
    "trip",
    "drive",
];

/// Words after which a town is named.
const PREPOSITIONS: &[&str] = &[
    "in", "nach", "to", "für", "for", "from", "von", "bis", "aus", "bei", "near", "at",
];

/// Words after which the person called or messaged is named.
const CALLS: &[&str] = &[
    "call",
    "text",
    "message",
    "phone",
    "ring",
    "ruf",
    "rufe",
    "anrufen",
    "schreib",
    "schreibe",
    "nachricht",
];

/// Words that follow a call word but are not names.
const NOT_NAMES: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "me",
    "us",
    "him",
    "her",
    "it",
    "them",
    "back",
    "home",
    "someone",
    "everyone",
    "number",
    "mom",
    "mum",
    "dad",
    "mommy",
    "daddy",
    "grandma",
    "grandpa",
    "police",
    "ambulance",
    "taxi",
    "mich",
    "mir",
    "uns",
    "ihn",
    "sie",
    "es",
    "zurück",
    "zuhause",
    "jemanden",
    "alle",
    "nummer",
    "mama",
    "papa",
    "mutti",
    "vati",
    "oma",
    "opa",
    "den",
    "die",
    "das",
    "dem",
    "der",
    "meine",
    "meinen",
    "mein",
    "meiner",
    "meinem",
    "notruf",
    "polizei",
    "feuerwehr",
    "an",
    "bitte",
    "please",
    "zu",
    "mal",
    "mit",
    "with",
    "nachricht",
    "sms",
];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Flags a weather or travel question about a town far from every declared place.
pub fn far_place(cx: &Context<'_>, record: &Record, ev: &mut Evidence) {
    let Some(text) = record.transcript.as_deref().filter(|_| !record.placeholder) else {
        return;
    };
    let lower = text.to_lowercase();
    if !PLACE_QUESTION.iter().any(|w| lower.contains(w)) {
        return;
    }
    let words = words(text);
    for (i, _) in words
        .iter()
        .enumerate()
        .filter(|(_, w)| PREPOSITIONS.contains(&w.as_str()))
    {
        let rest = &words[i + 1..];
        let town = (1..=MAX_WORDS.min(rest.len()))
            .rev()
            .find_map(|n| gazetteer::lookup(&rest[..n].join(" ")));
        let Some(town) = town else { continue };
        let Some((place, km, radius)) = nearest_place(cx, town.lat, town.lon) else {
            return;
        };
        if km > radius {
            ev.flag(
                FlagCode::ContentFarPlace,
                Severity::Low,
                Message::new("flag-content-far-place")
                    .arg("town", town.name)
                    .arg("km", km.round())
                    .arg("place", place),
            );
        } else {
            ev.weak(
                Message::new("match-near-place")
                    .arg("town", town.name)
                    .arg("place", place),
            );
        }
        return;
    }
}

/// Flags a call or message to someone who is not a person of the household.
pub fn unknown_name(cx: &Context<'_>, record: &Record, ev: &mut Evidence) {
    let Some(text) = record.transcript.as_deref().filter(|_| !record.placeholder) else {
        return;
    };
    let people: Vec<&str> = cx
        .inventory
        .people
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    if people.is_empty() {
        return;
    }
    let words = words(text);
    let name = words
        .iter()
        .enumerate()
        .filter(|(_, w)| CALLS.contains(&w.as_str()))
        .find_map(|(i, _)| {
            words[i + 1..]
                .iter()
                .take(2)
                .find(|w| !NOT_NAMES.contains(&w.as_str()))
                .filter(|w| w.len() >= 2 && w.chars().all(char::is_alphabetic))
        });
    let Some(name) = name else { return };
    let known = people
        .iter()
        .any(|p| same_name(p, name) || same_name(p.split_whitespace().next().unwrap_or(p), name));
    let shown = capitalised(name);
    if known {
        ev.weak(Message::new("match-household-name").arg("name", shown));
    } else {
        ev.flag(
            FlagCode::ContentUnknownName,
            Severity::Low,
            Message::new("flag-content-unknown-name").arg("name", shown),
        );
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Flags e-mail addresses and phone numbers that are not the user's.
pub fn contact(cx: &Context<'_>, record: &Record, ev: &mut Evidence) {
    let Some(text) = record.transcript.as_deref().filter(|_| !record.placeholder) else {
        return;
    };
    let emails: Vec<String> = cx
        .inventory
        .accounts
        .iter()
        .filter_map(|a| a.email.as_deref())
        .map(str::to_lowercase)
        .collect();
    let foreign_email = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find(|w| {
            w.split_once('@')
                .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
                && !emails.contains(w)
        });
    if let Some(email) = foreign_email {
        ev.flag(
            FlagCode::ContentContact,
            Severity::Low,
            Message::new("flag-content-email").arg("email", short(&email, 40)),
        );
        return;
    }
    if let Some(number) = phone_number(text) {
        ev.flag(
            FlagCode::ContentContact,
            Severity::Low,
            Message::new("flag-content-phone").arg("number", short(&number, 24)),
        );
    }
}

/// The first run of digits (with spaces, `/`, `-`, `(`, `)` between them) that has seven
/// digits or more and starts with `+` or `0`.
fn phone_number(text: &str) -> Option<String> {
    let mut run = String::new();
    let mut digits = 0;
    let done = |run: &str, digits: usize| {
        let run = run.trim();
        (digits >= 7 && (run.starts_with('+') || run.starts_with('0'))).then(|| run.to_string())
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            run.push(c);
        } else if (c == '+' && run.trim().is_empty()) || (!run.is_empty() && " /-()".contains(c)) {
            run.push(c);
        } else {
            if let Some(n) = done(&run, digits) {
                return Some(n);
            }
            run.clear();
            digits = 0;
        }
    }
    done(&run, digits)
}

#[cfg(test)]
mod tests {
    use super::phone_number;

    #[test]
    fn phone_numbers_need_seven_digits_and_a_prefix() {
        assert_eq!(
            phone_number("ruf 0171 2345678 an").as_deref(),
            Some("0171 2345678")
        );
        assert_eq!(
            phone_number("call +49 30 1234567").as_deref(),
            Some("+49 30 1234567")
        );
        assert_eq!(phone_number("set a timer for 15 minutes"), None);
        assert_eq!(phone_number("1234567 is not a number with a prefix"), None);
    }
}
