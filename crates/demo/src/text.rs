//! Phrase banks: what the invented households say to their assistants, and what it answers.
//!
//! Utterances are written the way Alexa's speech recogniser writes them: lower case, no
//! punctuation, numbers mostly as digits. Templates carry the *content cues* the app should be able
//! to surface (towns in weather and transport questions, first names, Spotify, alarms, timers),
//! filled from a household's [`Cues`]. German dominates; a share of English requests comes from
//! a bilingual household member. Every phrase is short enough to fit the PDF's text column.

use chrono::{Datelike, NaiveDateTime, Timelike, Weekday};

use crate::rng::Rng;

/// Device kinds a phrase is plausible on (bit mask).
pub(crate) const SPEAKER: u8 = 1;
/// A TV stick or box.
pub(crate) const TV: u8 = 2;
/// The Alexa app on a phone.
pub(crate) const PHONE: u8 = 4;
const ANY: u8 = SPEAKER | TV | PHONE;

/// The transcript that tests that the app shows text as text, never as markup.
pub(crate) const MARKUP_TRANSCRIPT: &str = "<img src=x onerror=alert(1)>";

/// German placeholders written instead of a transcript.
pub(crate) const PLACEHOLDERS_DE: &[&str] = &[
    "Text nicht verfügbar",
    "Audio war nicht für Alexa bestimmt",
    "Audio konnte nicht verstanden werden",
    "Kein Text gespeichert",
];

/// English placeholders written instead of a transcript.
pub(crate) const PLACEHOLDERS_EN: &[&str] = &[
    "Audio was not intended for Alexa",
    "Audio could not be understood",
    "no text stored",
    "Text not available. Click to play recording.",
];

/// What a household talks about.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cues {
    /// Home town first, then towns they travel to or ask about.
    pub(crate) towns: &'static [&'static str],
    /// Public-transport stops near home.
    pub(crate) stops: &'static [&'static str],
    /// First names in the household (and of people they call).
    pub(crate) names: &'static [&'static str],
    /// Music they ask for.
    pub(crate) artists: &'static [&'static str],
}

/// One recognised request with its context.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Utterance {
    /// What the recogniser wrote.
    pub(crate) text: String,
    /// What the assistant answered (none for "stopp", "lauter", ...).
    pub(crate) response: Option<String>,
    /// `de` or `en`.
    pub(crate) lang: &'static str,
    /// Amazon-style domain (`Weather`, `Music`, ...).
    pub(crate) domain: &'static str,
    /// Amazon-style intent name.
    pub(crate) intent: &'static str,
}

/// A template: text, response, domain, intent, device mask, weight.
type Phrase = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u8,
    u32,
);

#[rustfmt::skip]
const GERMAN: &[Phrase] = &[
    ("wie wird das wetter heute in {town}", "In {town} wird es heute wechselhaft bei bis zu {grad} Grad.", "Weather", "GetWeatherForecastIntent", ANY, 8),
    ("wie ist das wetter morgen in {town}", "Morgen in {town}: Regenschauer bei {grad} Grad.", "Weather", "GetWeatherForecastIntent", ANY, 5),
    ("regnet es heute in {town}", "In {town} bleibt es heute trocken.", "Weather", "GetWeatherForecastIntent", SPEAKER | PHONE, 3),
    ("wie warm ist es draußen", "Draußen sind es gerade {grad} Grad.", "Weather", "GetWeatherIntent", SPEAKER, 3),
    ("wann fährt der nächste bus nach {town}", "Der nächste Bus nach {town} fährt um {uhr} Uhr.", "Transit", "GetNextDepartureIntent", SPEAKER | PHONE, 5),
    ("wann fährt die nächste bahn ab {stop}", "Die nächste Bahn ab {stop} fährt in {n} Minuten.", "Transit", "GetNextDepartureIntent", SPEAKER | PHONE, 4),
    ("wie komme ich mit der bahn nach {town}", "Die schnellste Verbindung nach {town} dauert {n} Minuten.", "Transit", "GetDirectionsIntent", PHONE, 2),
    ("spiele {artist} auf spotify", "{artist} von Spotify.", "Music", "PlayMusicIntent", SPEAKER | PHONE, 6),
    ("spiel meine playlist auf spotify", "Deine Playlist von Spotify.", "Music", "PlayMusicIntent", SPEAKER, 3),
    ("spiel die playlist von {name} auf spotify", "Die Playlist von {name} auf Spotify.", "Music", "PlayMusicIntent", SPEAKER, 2),
    ("weck mich morgen um {zeit}", "Dein Wecker ist für morgen {zeit} gestellt.", "Notifications", "SetAlarmIntent", SPEAKER | PHONE, 5),
    ("stell einen wecker für {zeit}", "Wecker für {zeit} gestellt.", "Notifications", "SetAlarmIntent", SPEAKER, 4),
    ("wecker aus", "", "Notifications", "StopAlarmIntent", SPEAKER, 4),
    ("stell einen timer auf {n} minuten", "{n} Minuten, ab jetzt.", "Timers", "SetTimerIntent", SPEAKER, 6),
    ("wie lange läuft der timer noch", "Dein Timer läuft noch {n} Minuten.", "Timers", "GetTimerIntent", SPEAKER, 2),
    ("erinnere {name} morgen an den zahnarzt", "Okay, ich erinnere {name} morgen.", "Reminders", "SetReminderIntent", SPEAKER | PHONE, 2),
    ("ruf {name} an", "Ich rufe {name} an.", "Communication", "CallIntent", SPEAKER | PHONE, 2),
    ("schreib {name} dass ich später komme", "Nachricht an {name} gesendet.", "Communication", "SendMessageIntent", PHONE, 2),
    ("wie spät ist es", "Es ist {uhr} Uhr.", "Global", "GetTimeIntent", SPEAKER, 4),
    ("mach das licht im bad an", "Okay.", "SmartHome", "TurnOnApplianceIntent", SPEAKER, 3),
    ("schalte das licht in der küche aus", "Okay.", "SmartHome", "TurnOffApplianceIntent", SPEAKER, 3),
    ("stell die heizung auf {grad} grad", "Okay.", "SmartHome", "SetTargetTemperatureIntent", SPEAKER, 2),
    ("setz milch auf die einkaufsliste", "Ich habe Milch auf deine Einkaufsliste gesetzt.", "Shopping", "AddToListIntent", SPEAKER | PHONE, 3),
    ("füge brötchen und käse zur einkaufsliste hinzu", "Brötchen und Käse stehen auf deiner Einkaufsliste.", "Shopping", "AddToListIntent", SPEAKER, 2),
    ("was steht heute in meinem kalender", "Heute hast du einen Termin um {uhr} Uhr.", "Calendar", "ReadCalendarIntent", SPEAKER | PHONE, 2),
    ("wie ist der verkehr nach {town}", "Die Fahrt nach {town} dauert etwa {n} Minuten.", "Traffic", "GetTrafficIntent", SPEAKER | PHONE, 2),
    ("lauter", "", "Global", "VolumeUpIntent", SPEAKER | TV, 3),
    ("leiser", "", "Global", "VolumeDownIntent", SPEAKER | TV, 3),
    ("stopp", "", "Global", "StopIntent", ANY, 4),
    ("weiter", "", "Global", "ResumeIntent", SPEAKER | TV, 2),
    ("was gibt es neues", "Hier ist deine tägliche Zusammenfassung.", "News", "GetFlashBriefingIntent", SPEAKER, 2),
    ("spiel deutschlandfunk", "Deutschlandfunk von TuneIn.", "Music", "PlayStationIntent", SPEAKER, 2),
    ("guten morgen", "Guten Morgen! Heute ist {wochentag}.", "Global", "GreetingIntent", SPEAKER, 2),
    ("gute nacht", "Gute Nacht, schlaf gut.", "Global", "GreetingIntent", SPEAKER, 2),
    ("erzähl einen witz", "Was macht ein Pirat am Computer? Er drückt die Enter-Taste.", "Entertainment", "TellJokeIntent", SPEAKER, 1),
    ("übersetze schmetterling ins englische", "Schmetterling heißt auf Englisch butterfly.", "Knowledge", "TranslateIntent", SPEAKER | PHONE, 1),
    ("zeig mir komödien", "Hier sind Komödien.", "Video", "SearchVideoIntent", TV, 4),
    ("öffne prime video", "", "Video", "LaunchAppIntent", TV, 3),
    ("spiele die nächste folge", "", "Video", "PlayNextEpisodeIntent", TV, 4),
    ("spul zehn minuten vor", "", "Video", "SeekIntent", TV, 2),
    ("öffne die tagesschau", "", "Video", "LaunchAppIntent", TV, 2),
];

#[rustfmt::skip]
const ENGLISH: &[Phrase] = &[
    ("what's the weather in {town}", "Right now in {town} it's {grad} degrees with cloudy skies.", "Weather", "GetWeatherForecastIntent", ANY, 4),
    ("will it rain tomorrow in {town}", "No rain is expected in {town} tomorrow.", "Weather", "GetWeatherForecastIntent", SPEAKER | PHONE, 2),
    ("play {artist} on spotify", "Playing {artist} from Spotify.", "Music", "PlayMusicIntent", SPEAKER | PHONE, 3),
    ("set a timer for {n} minutes", "{n} minutes, starting now.", "Timers", "SetTimerIntent", SPEAKER, 3),
    ("wake me up at {time}", "Your alarm is set for {time} tomorrow.", "Notifications", "SetAlarmIntent", SPEAKER | PHONE, 2),
    ("what time is it", "It's {clock}.", "Global", "GetTimeIntent", SPEAKER, 2),
    ("turn off the lights", "Okay.", "SmartHome", "TurnOffApplianceIntent", SPEAKER, 2),
    ("add coffee to my shopping list", "I've added coffee to your shopping list.", "Shopping", "AddToListIntent", SPEAKER | PHONE, 2),
    ("when is the next train to {town}", "The next train to {town} leaves at {clock}.", "Transit", "GetNextDepartureIntent", SPEAKER | PHONE, 2),
    ("call {name}", "Calling {name}.", "Communication", "CallIntent", SPEAKER | PHONE, 1),
    ("stop", "", "Global", "StopIntent", ANY, 2),
    ("play the next episode", "", "Video", "PlayNextEpisodeIntent", TV, 2),
];

#[rustfmt::skip]
const ALARM_DE: &[&str] = &["fünf uhr dreißig", "sechs uhr", "sechs uhr fünfzehn", "sechs uhr dreißig", "sieben uhr", "sieben uhr fünfundvierzig", "acht uhr"];
#[rustfmt::skip]
const ALARM_EN: &[&str] = &["five thirty", "six", "six fifteen", "six thirty", "seven", "seven forty five", "eight"];

fn wochentag(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Montag",
        Weekday::Tue => "Dienstag",
        Weekday::Wed => "Mittwoch",
        Weekday::Thu => "Donnerstag",
        Weekday::Fri => "Freitag",
        Weekday::Sat => "Samstag",
        Weekday::Sun => "Sonntag",
    }
}

/// A request suitable for a device of kind `kind`, said at local time `local`; English with
/// probability `english`.
pub(crate) fn utterance(
    rng: &mut Rng,
    cues: &Cues,
    kind: u8,
    english: f64,
    local: NaiveDateTime,
) -> Utterance {
    let (bank, lang) = if rng.chance(english) {
        (ENGLISH, "en")
    } else {
        (GERMAN, "de")
    };
    // Greetings only at the time of day they belong to.
    let fits_hour = |p: &Phrase| match p.0 {
        "guten morgen" => (5..11).contains(&local.hour()),
        "gute nacht" => local.hour() >= 20 || local.hour() < 3,
        _ => true,
    };
    let fitting: Vec<&Phrase> = bank
        .iter()
        .filter(|p| p.4 & kind != 0 && fits_hour(p))
        .collect();
    let weights: Vec<u32> = fitting.iter().map(|p| p.5).collect();
    let (text, response, domain, intent, _, _) = *fitting[rng.weighted(&weights)];

    // Fill every slot once per utterance, so text and response agree.
    let town = if rng.chance(0.6) {
        cues.towns[0]
    } else {
        *rng.pick(cues.towns)
    };
    let hour12 = match local.hour() % 12 {
        0 => 12,
        h => h,
    };
    let ampm = if local.hour() < 12 { "AM" } else { "PM" };
    let slots = [
        ("{town}", town.to_string()),
        ("{stop}", rng.pick(cues.stops).to_string()),
        ("{name}", rng.pick(cues.names).to_string()),
        ("{artist}", rng.pick(cues.artists).to_string()),
        ("{n}", rng.range(2, 20).to_string()),
        ("{grad}", rng.range(9, 26).to_string()),
        ("{zeit}", rng.pick(ALARM_DE).to_string()),
        ("{time}", rng.pick(ALARM_EN).to_string()),
        ("{uhr}", format!("{}:{:02}", local.hour(), local.minute())),
        ("{clock}", format!("{hour12}:{:02} {ampm}", local.minute())),
        ("{wochentag}", wochentag(local.weekday()).to_string()),
    ];
    let fill = |template: &str| {
        let mut s = template.to_string();
        for (slot, value) in &slots {
            if s.contains(slot) {
                s = s.replace(slot, value);
            }
        }
        s
    };
    // The recogniser writes lower case; artists and towns included.
    let text = fill(text).to_lowercase();
    let response = (!response.is_empty()).then(|| fill(response));
    Utterance {
        text,
        response,
        lang,
        domain,
        intent,
    }
}

/// A placeholder in the given language.
pub(crate) fn placeholder(rng: &mut Rng, lang: &str) -> &'static str {
    let all = if lang == "en" {
        PLACEHOLDERS_EN
    } else {
        PLACEHOLDERS_DE
    };
    all[rng.index(all.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    const CUES: Cues = Cues {
        towns: &["Neutraubling-Lappersdorf"],
        stops: &["Regensburg Hauptbahnhof"],
        names: &["Maximiliane"],
        artists: &["AnnenMayKantereit"],
    };

    #[test]
    fn every_phrase_fits_the_pdf_column_with_the_longest_cues() {
        let local = chrono::NaiveDate::from_ymd_opt(2018, 5, 3)
            .and_then(|d| d.and_hms_opt(23, 59, 0))
            .expect("date");
        let mut rng = Rng::new(5);
        for _ in 0..3000 {
            let u = utterance(&mut rng, &CUES, ANY, 0.3, local);
            assert!(u.text.chars().count() <= 60, "{}", u.text);
            assert!(!u.text.contains('{'), "{}", u.text);
            assert!(u.response.as_deref().is_none_or(|r| !r.contains('{')));
        }
    }
}
