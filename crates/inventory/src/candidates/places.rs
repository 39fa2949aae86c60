//! Place candidates: record locations clustered roughly, far from every declared place.

use std::collections::BTreeMap;

use auskunft_model as model;

use super::{
    english, foreign_account_caution, message, record_accounts, same, when_args, PlaceCandidate,
};
use super::{CLUSTER_KM, DEFAULT_RADIUS_KM};
use crate::{Inventory, Place};

/// Great-circle distance in km.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub(super) fn places(report: &model::Report, inventory: &Inventory) -> Vec<PlaceCandidate> {
    struct Cluster<'a> {
        seed: (f64, f64),
        points: Vec<((f64, f64), &'a model::Record)>,
        names: BTreeMap<String, usize>,
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    for r in &report.records {
        let Some(loc) = &r.location else { continue };
        let p = (loc.lat, loc.lon);
        if !(p.0.is_finite() && p.1.is_finite() && p.0.abs() <= 90.0 && p.1.abs() <= 180.0) {
            continue;
        }
        let i = match clusters
            .iter()
            .position(|c| distance_km(c.seed, p) <= CLUSTER_KM)
        {
            Some(i) => i,
            None => {
                clusters.push(Cluster {
                    seed: p,
                    points: Vec::new(),
                    names: BTreeMap::new(),
                });
                clusters.len() - 1
            }
        };
        let c = &mut clusters[i];
        c.points.push((p, r));
        if let Some(n) = loc.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            *c.names.entry(n.to_string()).or_default() += 1;
        }
    }
    let mut out = Vec::new();
    for c in clusters {
        let n = c.points.len() as f64;
        let centre = (
            c.points.iter().map(|(p, _)| p.0).sum::<f64>() / n,
            c.points.iter().map(|(p, _)| p.1).sum::<f64>() / n,
        );
        let spread = c
            .points
            .iter()
            .map(|(p, _)| distance_km(centre, *p))
            .fold(0.0, f64::max);
        let name = c
            .names
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(n, _)| n.clone());
        let declared = inventory.places.iter().any(|p| {
            let by_name = matches!((&p.name, &name), (Some(a), Some(b)) if same(a, b));
            let near = match (p.lat, p.lon) {
                (Some(lat), Some(lon)) => {
                    distance_km((lat, lon), centre) <= p.radius_km.unwrap_or(DEFAULT_RADIUS_KM)
                }
                _ => false,
            };
            by_name || near
        });
        if declared {
            continue;
        }
        let records: Vec<&model::Record> = c.points.iter().map(|(_, r)| *r).collect();
        let (lat, lon) = (round3(centre.0), round3(centre.1));
        let evidence = vec![message(
            "candidate-place-seen",
            [
                ("records", records.len().into()),
                ("km", spread.max(1.0).ceil().into()),
                ("lat", lat.to_string().into()),
                ("lon", lon.to_string().into()),
                ("name", name.clone().unwrap_or_else(|| "none".into()).into()),
            ]
            .into_iter()
            .chain(when_args(records.iter().copied())),
        )];
        let mut cautions = Vec::new();
        if let Some(caution) =
            foreign_account_caution(inventory, &record_accounts(&records), "place")
        {
            cautions.push(caution);
        }
        out.push(PlaceCandidate {
            key: format!("place:{lat:.2},{lon:.2}"),
            entry: Place {
                name: name.clone(),
                lat: Some(lat),
                lon: Some(lon),
                radius_km: Some((((spread + 5.0) / 5.0).ceil() * 5.0).max(10.0)),
            },
            name,
            lat,
            lon,
            spread_km: (spread * 10.0).round() / 10.0,
            records: records.len(),
            evidence: english(&evidence),
            cautions: cautions.iter().map(model::Message::en).collect(),
            evidence_words: evidence,
            cautions_words: cautions,
        });
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.records));
    out
}
