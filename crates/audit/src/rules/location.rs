//! `far_location`
//!
//! **What it checks:** where the export says the device was (Google `locationInfos`) against
//! the declared places: farther than every place's radius (30 km when a place gives none).
//! Within a radius is a weak match.
//!
//! **Why:** a speaker does not travel; a phone does, which is why this is `medium`, not more.
//!
//! **Example:** a record placed at 51.34, 12.37 (Leipzig), the inventory declares München with
//! a 30 km radius → "360 km from your nearest place (München)".

use auskunft_model::{FlagCode, Message, Record, Severity};

use crate::geo::distance_km;
use crate::{Context, Evidence};

/// The radius of a place that does not state one.
pub const DEFAULT_RADIUS_KM: f64 = 30.0;

/// The nearest declared place to a point: its name, the distance and its radius.
pub(crate) fn nearest_place(cx: &Context<'_>, lat: f64, lon: f64) -> Option<(String, f64, f64)> {
    cx.inventory
        .places
        .iter()
        .filter_map(|p| {
            let (plat, plon) = (p.lat?, p.lon?);
            let d = distance_km(lat, lon, plat, plon);
            let name = p
                .name
                .clone()
                .unwrap_or_else(|| format!("{plat:.3}, {plon:.3}"));
            Some((name, d, p.radius_km.unwrap_or(DEFAULT_RADIUS_KM)))
        })
        .min_by(|a, b| (a.1 - a.2).total_cmp(&(b.1 - b.2)))
}

/// Flags a record placed far from every declared place.
pub fn far_location(cx: &Context<'_>, record: &Record, ev: &mut Evidence) {
    let Some(at) = &record.location else { return };
    let Some((place, km, radius)) = nearest_place(cx, at.lat, at.lon) else {
        return;
    };
    let label = at
        .name
        .as_deref()
        .map(|n| format!("{n} ({:.2}, {:.2})", at.lat, at.lon))
        .unwrap_or_else(|| format!("{:.2}, {:.2}", at.lat, at.lon));
    if km > radius {
        ev.flag(
            FlagCode::FarLocation,
            Severity::Medium,
            Message::new("flag-far-location")
                .arg("at", label)
                .arg("km", km.round())
                .arg("place", place),
        );
    } else {
        ev.weak(
            Message::new("match-placed-near")
                .arg("km", km.round())
                .arg("place", place),
        );
    }
}
