//! Amazon device-type codes and the models they stand for.
//!
//! The codes are those listed in `formats.md` (taken from a public table of about 130); a code
//! not listed here yields no model rather than a guess. [`family_model`] gives a coarse name
//! from the `deviceFamily` field for device lists whose type code is unknown.

/// Type code → model, as far as known.
const MODELS: &[(&str, &str)] = &[
    ("AB72C64C86AW2", "Echo"),
    ("A7WXQPH584YP", "Echo (2nd gen)"),
    ("A3S5BH2HU6VAYF", "Echo Dot (2nd gen)"),
    ("A32DOYMUN6DTXA", "Echo Dot (3rd gen)"),
    ("A1RABVCI4QCIKC", "Echo Dot (3rd gen)"),
    ("A2U21SRK4QGSE1", "Echo Dot (4th gen)"),
    ("A3RBAYBE7VM004", "Echo Studio"),
    ("A2O2CEO9STBQID", "Echo Studio"),
    ("A10A33FOX2NUBK", "Echo Spot"),
    ("A3EH2E0YZ30OD6", "Echo Spot"),
    ("A1NL4BVLQ4L3N3", "Echo Show"),
    ("A3R8XIAIU4HJAX", "Echo Show"),
    ("ADVBD696BHNV5", "Fire TV Stick (1st gen)"),
    ("A2LWARUGJLBYEW", "Fire TV Stick (2nd gen)"),
    ("A2GFL5ZMWNE0PX", "Fire TV"),
    ("A12GXV8XMS007S", "Fire TV"),
    ("A1Q6UGEXJZWJQ0", "Fire TV"),
    ("A2JKHJ0PX4J3L3", "Fire TV Cube"),
    ("A1VGB7MHSIEYFK", "Fire TV Cube"),
    ("A2IVLV5VM2W81", "Alexa app (phone/tablet)"),
    ("A2TF17PFR55MTB", "Alexa app (phone/tablet)"),
    ("A1DL2DVDQVK3Q", "Alexa app (phone/tablet)"),
    ("A2825NDLA7WDZV", "Alexa app (phone/tablet)"),
    ("A1RTAM01W29CUP", "Alexa app (Windows)"),
    ("A15ERDAKK5HQQG", "Sonos speaker"),
    ("A2OSP3UA4VC85F", "Sonos speaker"),
];

/// The model behind a device-type code, when the code is known.
pub fn model(device_type: &str) -> Option<&'static str> {
    let code = device_type.trim();
    MODELS
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, m)| *m)
}

/// A coarse model name from a `deviceFamily` value (`ECHO`, `KNIGHT`, `VOX`, `FIRE_TV`, …).
pub fn family_model(family: &str) -> Option<&'static str> {
    match family.trim().to_ascii_uppercase().as_str() {
        "ECHO" => Some("Echo (model unknown)"),
        "KNIGHT" => Some("Echo Show"),
        "ROOK" => Some("Echo Spot"),
        "VOX" => Some("Alexa app (phone/tablet)"),
        "FIRE_TV" => Some("Fire TV"),
        "TABLET" => Some("Fire tablet"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_name_models_and_unknown_ones_do_not() {
        assert_eq!(model("A3S5BH2HU6VAYF"), Some("Echo Dot (2nd gen)"));
        assert_eq!(model("A32DOYMUN6DTXA"), Some("Echo Dot (3rd gen)"));
        assert_eq!(model("TextClient"), None);
        assert_eq!(family_model("KNIGHT"), Some("Echo Show"));
        assert_eq!(family_model("SOMETHING_NEW"), None);
    }
}
