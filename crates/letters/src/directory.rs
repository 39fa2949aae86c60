//! Who the letters go to: the company's privacy contact and the data-protection authorities,
//! from the datenanfragen.de directory (CC0, copied into `data/datenanfragen/`, see its README).

use serde::Deserialize;

/// A company or authority as the directory lists it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Entry {
    /// The directory's id (`amazon-de`, `debaylda`).
    pub slug: String,
    /// Legal name.
    pub name: String,
    /// Postal address, lines separated by `\n`.
    pub address: String,
    /// E-mail address, when there is one.
    #[serde(default)]
    pub email: Option<String>,
    /// Web form, when there is one.
    #[serde(default)]
    pub webform: Option<String>,
    /// Web site.
    #[serde(default)]
    pub web: Option<String>,
    /// Countries (ISO 3166 lower case, or `all`) it is for.
    #[serde(rename = "relevant-countries", default)]
    pub countries: Vec<String>,
}

macro_rules! entries {
    ($folder:literal: $($slug:literal),* $(,)?) => {
        &[$(($slug, include_str!(concat!("../data/datenanfragen/", $folder, "/", $slug, ".json")))),*]
    };
}

const COMPANIES: &[(&str, &str)] = entries!("companies":
    "amazon-de", "amazon-es", "amazon-fr", "amazon-gb", "amazon-it", "amazon-nl", "google", "facebook");

const AUTHORITIES: &[(&str, &str)] = entries!("supervisory-authorities":
    "debawueldb", "debaylda", "deberlbdi", "debralda", "debrelfdi", "dehmbbfdi", "dehessbdi",
    "demvldi", "dendslfd", "denrwldi", "derlpbdi", "desaarudz", "desaechsdsb", "desalbd", "deshuld",
    "detlfdi", "debfdi", "atdsb", "beapd", "bgcpdp", "chedoeb", "cydp", "czcuooz", "dkdi", "eeaki",
    "esaepa", "fitst", "frcnil", "gbico", "grdpa", "hrazop", "hunaih", "iedpc", "isdpa", "itgpdp",
    "lidss", "ltada", "lucnpd", "lvdvi", "mtidpc", "nlap", "nods", "plgiodo", "ptcnpd", "roanspdcp",
    "sedi", "siiprs", "skunoou");

/// The German Länder (ISO 3166-2 suffix) and their authority for the private sector.
const LAENDER: &[(&str, &str)] = &[
    ("BW", "debawueldb"),
    ("BY", "debaylda"),
    ("BE", "deberlbdi"),
    ("BB", "debralda"),
    ("HB", "debrelfdi"),
    ("HH", "dehmbbfdi"),
    ("HE", "dehessbdi"),
    ("MV", "demvldi"),
    ("NI", "dendslfd"),
    ("NW", "denrwldi"),
    ("RP", "derlpbdi"),
    ("SL", "desaarudz"),
    ("SN", "desaechsdsb"),
    ("ST", "desalbd"),
    ("SH", "deshuld"),
    ("TH", "detlfdi"),
];

fn parse(list: &[(&str, &str)], slug: &str) -> Option<Entry> {
    let (_, json) = list.iter().find(|(s, _)| *s == slug)?;
    serde_json::from_str(json).ok()
}

/// The directory entry of a company by slug.
pub fn company(slug: &str) -> Option<Entry> {
    parse(COMPANIES, slug)
}

/// The directory entry of an authority by slug.
pub fn authority(slug: &str) -> Option<Entry> {
    parse(AUTHORITIES, slug)
}

/// Whose export it is, as Auskunft's format modules name vendors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vendor {
    /// Amazon (Alexa).
    Amazon,
    /// Google (Assistant).
    Google,
    /// Meta (Messenger voice messages).
    Meta,
}

impl Vendor {
    /// Reads `amazon`, `google`, `meta` (also a format module's name, `amazon.voice_history`).
    pub fn parse(s: &str) -> Option<Vendor> {
        match s.split('.').next()?.to_ascii_lowercase().as_str() {
            "amazon" => Some(Vendor::Amazon),
            "google" => Some(Vendor::Google),
            "meta" | "facebook" => Some(Vendor::Meta),
            _ => None,
        }
    }

    /// The company to write to for a user in `country` (ISO 3166, any case).
    pub fn company(self, country: Option<&str>) -> Option<Entry> {
        match self {
            Vendor::Amazon => {
                let country = country.map(str::to_ascii_lowercase);
                let by_country = [
                    "amazon-de",
                    "amazon-es",
                    "amazon-fr",
                    "amazon-gb",
                    "amazon-it",
                    "amazon-nl",
                ]
                .iter()
                .filter_map(|s| company(s))
                .find(|c| country.as_ref().is_some_and(|k| c.countries.contains(k)));
                by_country.or_else(|| company("amazon-de"))
            }
            Vendor::Google => company("google"),
            Vendor::Meta => company("facebook"),
        }
    }

    /// The authority that leads for the company in the EU (Art. 56 GDPR: the one of its main
    /// establishment): Luxembourg's CNPD for Amazon Europe Core, Ireland's DPC for Google and Meta.
    pub fn lead_authority(self) -> Option<Entry> {
        authority(match self {
            Vendor::Amazon => "lucnpd",
            Vendor::Google | Vendor::Meta => "iedpc",
        })
    }
}

/// The authority a user complains to: in Germany the Land's authority for companies (the BfDI
/// when the Land is not known), elsewhere the country's national authority.
pub fn authority_for(country: Option<&str>, region: Option<&str>) -> Option<Entry> {
    let country = country?.trim().to_ascii_lowercase();
    if country == "de" {
        let land = region.map(|r| r.trim().to_ascii_uppercase());
        let slug = land
            .as_deref()
            .and_then(|r| {
                LAENDER
                    .iter()
                    .find(|(code, _)| *code == r.trim_start_matches("DE-"))
            })
            .map_or("debfdi", |(_, slug)| *slug);
        return authority(slug);
    }
    AUTHORITIES
        .iter()
        .filter(|(slug, _)| !slug.starts_with("de"))
        .filter_map(|(slug, _)| authority(slug))
        .find(|a| a.countries.contains(&country))
}

/// Whether `region` names a German Land.
pub fn is_land(region: &str) -> bool {
    let r = region.trim().to_ascii_uppercase();
    LAENDER
        .iter()
        .any(|(code, _)| *code == r.trim_start_matches("DE-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_copied_entry_parses() {
        for (slug, _) in COMPANIES {
            assert!(company(slug).is_some(), "{slug}");
        }
        for (slug, _) in AUTHORITIES {
            assert!(authority(slug).is_some(), "{slug}");
        }
    }

    #[test]
    fn the_land_picks_the_authority_and_the_country_the_company() {
        let by = authority_for(Some("DE"), Some("BY")).expect("Bavaria");
        assert!(by.name.contains("BayLDA"), "{}", by.name);
        let be = authority_for(Some("de"), Some("DE-BE")).expect("Berlin");
        assert!(be.name.contains("Berlin"), "{}", be.name);
        let federal = authority_for(Some("DE"), None).expect("BfDI");
        assert_eq!(federal.slug, "debfdi");
        let at = authority_for(Some("AT"), None).expect("Austria");
        assert_eq!(at.slug, "atdsb");
        assert!(authority_for(Some("US"), None).is_none());
        assert_eq!(
            Vendor::Amazon.company(Some("FR")).expect("fr").slug,
            "amazon-fr"
        );
        assert_eq!(
            Vendor::Amazon.company(Some("DE")).expect("de").slug,
            "amazon-de"
        );
        assert_eq!(Vendor::Amazon.lead_authority().expect("lu").slug, "lucnpd");
        assert_eq!(Vendor::Meta.company(None).expect("meta").slug, "facebook");
    }
}
