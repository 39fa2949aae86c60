//! A small gazetteer: towns of Germany, Austria and Switzerland and major European and North
//! American cities, shipped as data (`data/places.tsv`), for the content rules.
//!
//! Looked up by lower-case name or alias, one to four words (`frankfurt am main`,
//! `new york`). Coordinates are town centres, good to a few kilometres: enough to tell a
//! weather question about Leipzig from one about the user's own town.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A town.
#[derive(Debug, Clone, PartialEq)]
pub struct Town {
    /// Its name as the data file writes it first.
    pub name: &'static str,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// ISO country code.
    pub country: &'static str,
}

const DATA: &str = include_str!("../data/places.tsv");

/// The longest name in words.
pub const MAX_WORDS: usize = 4;

fn index() -> &'static HashMap<String, Town> {
    static INDEX: OnceLock<HashMap<String, Town>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for line in DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut cols = line.split('\t');
            let (Some(names), Some(lat), Some(lon), Some(country)) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else {
                continue;
            };
            let name = names.split('|').next().unwrap_or(names);
            for alias in names.split('|') {
                map.insert(
                    key(alias),
                    Town {
                        name,
                        lat,
                        lon,
                        country,
                    },
                );
            }
        }
        map
    })
}

/// The lookup key of a name: lower case, words separated by one space, no dots.
fn key(name: &str) -> String {
    name.to_lowercase()
        .replace('.', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The town called `name` (any alias, any case).
pub fn lookup(name: &str) -> Option<&'static Town> {
    index().get(&key(name))
}

/// How many towns the gazetteer holds (aliases not counted).
pub fn len() -> usize {
    DATA.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_data_is_read() {
        let towns: std::collections::HashSet<&str> = index().values().map(|t| t.name).collect();
        assert_eq!(towns.len(), len(), "a line of places.tsv did not parse");
        assert!(len() > 200);
    }

    #[test]
    fn names_and_aliases_in_any_case() {
        assert_eq!(lookup("leipzig").map(|t| t.name), Some("Leipzig"));
        assert_eq!(lookup("MUNICH").map(|t| t.name), Some("München"));
        assert_eq!(
            lookup("frankfurt am  main").map(|t| t.name),
            Some("Frankfurt")
        );
        assert_eq!(lookup("st gallen").map(|t| t.name), Some("St. Gallen"));
        assert_eq!(lookup("Atlantis"), None);
    }
}
