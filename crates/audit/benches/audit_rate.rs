//! How long the audit of 100,000 records takes (`cargo bench -p auskunft-audit`).
//!
//! The records are synthetic but exercise every rule: two households' devices and accounts,
//! voice profiles, locations, weather questions about towns near and far, calls, and enough
//! of the user's own records for the behavioural baseline. Prints the median of five runs.

use std::time::Instant;

use auskunft_audit::audit;
use auskunft_inventory::Inventory;
use auskunft_model::{Device, Location, Record};
use chrono::DateTime;

const INVENTORY: &str = r#"
[[device]]
name = "Echo Dot"
serial = "G0906FWP5SH4PMX2"
type = "A32DOYMUN6DTXA"
kind = "speaker"
from = "2019-12-24"

[[account]]
vendor = "amazon"
id = "ABY5D839D7D61"
email = "lena@example.org"

[[person]]
name = "Lena"

[[place]]
name = "München"
lat = 48.137
lon = 11.575
radius_km = 30
"#;

const SAID: &[&str] = &[
    "wie wird das wetter heute in leipzig",
    "wie wird das wetter heute in münchen",
    "ruf dirk an",
    "ruf lena an",
    "spiel musik von queen",
    "what's the weather in hamburg",
    "stelle einen timer auf zehn minuten",
    "schick das an anke@example.com",
];

fn main() {
    let inventory = Inventory::parse(INVENTORY, None).expect("inventory parses");
    let devices = vec![
        Device {
            id: "d1".into(),
            name: Some("Echo Dot".into()),
            serial: Some("G0906FWP5SH4PMX2".into()),
            device_type: Some("A32DOYMUN6DTXA".into()),
            account: Some("ABY5D839D7D61".into()),
            ..Device::default()
        },
        Device {
            id: "d2".into(),
            name: Some("Echo Dot".into()),
            serial: Some("G090U3BIQW4JQ6W6".into()),
            device_type: Some("A32DOYMUN6DTXA".into()),
            account: Some("APNQT0L0EKNXZU".into()),
            ..Device::default()
        },
        Device {
            id: "d3".into(),
            name: Some("Küche".into()),
            ..Device::default()
        },
    ];
    let records: Vec<Record> = (0..100_000u32)
        .map(|i| Record {
            id: format!("r{}", i + 1),
            time: DateTime::from_timestamp(1_580_000_000 + i64::from(i) * 613, 0),
            device: Some(format!("d{}", i % 3 + 1)),
            account: (i % 3 < 2)
                .then(|| ["ABY5D839D7D61", "APNQT0L0EKNXZU"][(i % 3) as usize].into()),
            vendor: Some(if i % 5 == 0 { "google" } else { "amazon" }.into()),
            speakers: if i % 4 == 0 {
                vec!["Dirk".into()]
            } else {
                vec![]
            },
            speaker_recognized: (i % 5 == 0).then_some(i % 10 != 0),
            location: (i % 7 == 0).then_some(Location {
                lat: 51.34,
                lon: 12.37,
                name: None,
            }),
            transcript: Some(SAID[i as usize % SAID.len()].into()),
            language: Some(if i % 9 == 0 { "en" } else { "de" }.into()),
            ..Record::default()
        })
        .collect();
    let mut times = Vec::new();
    let mut foreign = 0;
    for _ in 0..5 {
        let (mut d, mut r) = (devices.clone(), records.clone());
        let start = Instant::now();
        audit(&mut d, &mut r, &inventory);
        times.push(start.elapsed());
        foreign = r
            .iter()
            .filter(|r| r.fit == auskunft_model::Fit::Foreign)
            .count();
    }
    times.sort();
    println!(
        "audit of {} records: median {:.1} ms (min {:.1} ms, max {:.1} ms); {} foreign",
        records.len(),
        times[2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[4].as_secs_f64() * 1e3,
        foreign
    );
}
