//! Distances on Earth.

/// Great-circle distance in kilometres between two points given in degrees (haversine, mean
/// Earth radius; good to about 0.5 %).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const R: f64 = 6371.0;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::distance_km;

    #[test]
    fn munich_to_berlin_is_about_505_km() {
        let d = distance_km(48.137, 11.575, 52.520, 13.405);
        assert!((d - 504.0).abs() < 5.0, "{d}");
        assert_eq!(distance_km(48.0, 11.0, 48.0, 11.0), 0.0);
    }
}
