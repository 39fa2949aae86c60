//! The requester's own, non-voice Amazon data in the seed case: about 50 small dataset files.
//!
//! Folder and file names follow Amazon's dataset convention (`Retail.OrderHistory.1/
//! Retail.OrderHistory.1.csv`) with the helper files importers must skip (`README.txt`,
//! `*.Description.pdf`, `* description.pdf`, `description.txt`, `*_Instructions.txt`). The CSVs
//! carry the quirks seen in real exports, one or more per file: six timestamp styles, the zone in
//! the value or in the column name or nowhere, a documentation row as the first data row,
//! a trailing `File Summary:` block, literal `N/A`, double-encoded UTF-8, a BOM, CRLF.
//!
//! None of it is voice data. Prime Video's viewing history names playback devices next to
//! times and titles, so it *looks* like a transcript table: a deliberate trap for generic
//! transcript recognition.
//!
//! This module holds the CSV and timestamp helpers; the datasets live in `retail.rs` (shopping
//! and account) and `digital.rs` (video, e-books, audio books, ads), each on its own random stream.

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::pdf;
use crate::rng::Rng;

mod digital;
mod retail;

/// Who the requester is, as his own data shows it.
pub(crate) struct Profile<'a> {
    pub(crate) full_name: &'a str,
    pub(crate) street: &'a str,
    pub(crate) postcode: &'a str,
    pub(crate) town: &'a str,
    pub(crate) email: &'a str,
    pub(crate) customer_id: &'a str,
}

/// Timestamp styles seen in Amazon CSVs.
#[derive(Clone, Copy)]
pub(super) enum Style {
    /// `MM/dd/yyyy HH:mm:ss z`
    UsZone,
    /// `MM/dd/yyyy HH:mm`
    UsShort,
    /// `M/d/yy h:mm:ss a z`
    UsAmPm,
    /// `EEE MMM dd HH:mm:ss z yyyy`
    JavaDate,
    /// `yyyy-MM-dd HH:mm:ss`
    Plain,
    /// ISO 8601 with milliseconds and `Z`.
    Iso,
}

pub(super) fn stamp(t: DateTime<Utc>, style: Style) -> String {
    let f = match style {
        Style::UsZone => "%m/%d/%Y %H:%M:%S UTC",
        Style::UsShort => "%m/%d/%Y %H:%M",
        Style::UsAmPm => "%-m/%-d/%y %-I:%M:%S %p UTC",
        Style::JavaDate => "%a %b %d %H:%M:%S UTC %Y",
        Style::Plain => "%Y-%m-%d %H:%M:%S",
        Style::Iso => "%Y-%m-%dT%H:%M:%S%.3fZ",
    };
    t.format(f).to_string()
}

/// UTF-8 text read as Windows-1252 and encoded again: the classic `MÃ¼nchen` mojibake.
pub(crate) fn double_encode(s: &str) -> String {
    s.as_bytes()
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => match pdf::CP1252_HIGH[usize::from(b - 0x80)] {
                '\0' => char::from(b),
                c => c,
            },
            _ => char::from(b),
        })
        .collect()
}

/// A CSV field, quoted when it needs to be.
pub(super) fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Options for one CSV file's quirks.
#[derive(Default, Clone, Copy)]
pub(super) struct Quirks {
    pub(super) bom: bool,
    pub(super) crlf: bool,
    pub(super) doc_row: bool,
    pub(super) summary: bool,
}

pub(super) fn csv(header: &[&str], rows: &[Vec<String>], q: Quirks) -> Vec<u8> {
    let eol = if q.crlf { "\r\n" } else { "\n" };
    let mut out = String::new();
    if q.bom {
        out.push('\u{feff}');
    }
    let line = |cells: &mut dyn Iterator<Item = String>| cells.collect::<Vec<_>>().join(",");
    out.push_str(&line(&mut header.iter().map(|h| field(h))));
    out.push_str(eol);
    if q.doc_row {
        // Amazon sometimes ships a first "row" that describes each column.
        out.push_str(&line(
            &mut header
                .iter()
                .map(|h| field(&format!("This field shows the {h} of the record."))),
        ));
        out.push_str(eol);
    }
    for r in rows {
        out.push_str(&line(&mut r.iter().map(|c| field(c))));
        out.push_str(eol);
    }
    if q.summary {
        out.push_str(eol);
        out.push_str("File Summary:");
        out.push_str(eol);
        out.push_str(&format!("Total number of records: {}{eol}", rows.len()));
    }
    out.into_bytes()
}

pub(super) const PRODUCTS: &[(&str, &str)] = &[
    ("Kaffeemühle manuell, Keramikmahlwerk", "24.99"),
    ("USB-C Ladekabel 2 m", "8.49"),
    ("Fahrradschloss Faltschloss", "39.90"),
    ("Gartenschere Bypass", "17.95"),
    ("Wanderkarte Teutoburger Wald 1:25.000", "9.80"),
    ("Ersatzbürsten für Zahnbürste (8 Stück)", "14.99"),
    ("Thermoskanne 1 l Edelstahl", "21.50"),
    ("Druckerpapier A4, 500 Blatt", "5.79"),
    ("LED-Lampe E27 warmweiß (4er-Pack)", "12.99"),
    ("Regenjacke Herren, Größe L", "64.95"),
    ("Kochbuch „Westfälische Küche“", "19.90"),
    ("Brettspiel für 2–4 Spieler", "29.99"),
    ("Küchenwaage digital", "15.49"),
    ("Schraubendreher-Set 12-teilig", "18.00"),
];

pub(super) const BOOKS: &[(&str, &str)] = &[
    ("Effi Briest", "Theodor Fontane"),
    ("Der Process", "Franz Kafka"),
    ("Die Verwandlung", "Franz Kafka"),
    ("Der Schimmelreiter", "Theodor Storm"),
    ("Aus dem Leben eines Taugenichts", "Joseph von Eichendorff"),
    (
        "Die Leiden des jungen Werthers",
        "Johann Wolfgang von Goethe",
    ),
];

pub(super) const TITLES: &[&str] = &[
    "Kommissarin Lohmann – Folge 4",
    "Hafenkante Spezial",
    "Reise durch Skandinavien",
    "Das Geheimnis der Mühle",
    "Küstenfunk: Staffel 2, Folge 7",
];

/// A random time between January 2016 and July 2018.
pub(super) fn when(rng: &mut Rng) -> DateTime<Utc> {
    let start = Utc
        .with_ymd_and_hms(2016, 1, 1, 6, 0, 0)
        .single()
        .unwrap_or_default();
    start + Duration::seconds(rng.range(0, 940 * 86_400))
}

pub(super) fn asin(rng: &mut Rng) -> String {
    format!("B0{}", rng.upper_alnum(8))
}

/// When the helper sheets say they were made.
const CREATED: &str = "20181012140310+02'00'";

/// Which helper file a dataset folder gets beside its CSV.
#[derive(Clone, Copy)]
pub(super) enum Help {
    /// None.
    No,
    /// `<name>.Description.pdf`.
    Pdf,
    /// `<name> description.pdf`.
    SpacedPdf,
    /// `description.txt`.
    Txt,
}

/// Adds `<name>/<name>.csv` and its helper file.
pub(super) fn dataset(
    out: &mut Vec<(String, Vec<u8>)>,
    name: &str,
    bytes: Vec<u8>,
    help: Help,
) -> std::io::Result<()> {
    out.push((format!("{name}/{name}.csv"), bytes));
    let lines = vec![
        format!("Datensatz: {name}"),
        "Diese Datei beschreibt die Spalten des gleichnamigen CSV-Datensatzes.".to_string(),
        "Zeitangaben sind, wenn nicht anders angegeben, in UTC.".to_string(),
    ];
    let helper = match help {
        Help::No => return Ok(()),
        Help::Pdf => (
            format!("{name}/{name}.Description.pdf"),
            pdf::sheet(name, &lines, CREATED)?,
        ),
        Help::SpacedPdf => (
            format!("{name}/{name} description.pdf"),
            pdf::sheet(name, &lines, CREATED)?,
        ),
        Help::Txt => (
            format!("{name}/description.txt"),
            lines.join("\r\n").into_bytes(),
        ),
    };
    out.push(helper);
    Ok(())
}

/// The requester's dataset files as `(path, bytes)`, in no particular order.
pub(crate) fn files(seed: u64, p: &Profile<'_>) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    retail::add(&mut Rng::stream(seed, "own-data/retail", 0), p, &mut out)?;
    digital::add(&mut Rng::stream(seed, "own-data/digital", 0), p, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_encoding_is_the_classic_mojibake() {
        assert_eq!(double_encode("München"), "MÃ¼nchen");
        assert_eq!(double_encode("Straße"), "StraÃŸe");
        assert_eq!(double_encode("2–4"), "2â€“4");
    }

    #[test]
    fn about_fifty_files_with_helper_files() {
        let p = Profile {
            full_name: "A B",
            street: "Weg 1",
            postcode: "33602",
            town: "Bielefeld",
            email: "a@example.org",
            customer_id: "AXXXXXXXXXXXX",
        };
        let files = files(1, &p).expect("files");
        assert!((40..=60).contains(&files.len()), "{}", files.len());
        assert!(files.iter().any(|(n, _)| n.ends_with(".Description.pdf")));
        assert!(files.iter().any(|(n, _)| n.ends_with(" description.pdf")));
        assert!(files.iter().any(|(n, _)| n.ends_with("/description.txt")));
    }
}
