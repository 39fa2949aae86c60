//! Amazon utterance ids: what they say about device and time.
//!
//! Grammar (`formats.md`, checked against the captured payloads):
//! `<deviceType or TextClient>:1.0/<YYYY>/<MM>/<DD>/<HH>/<serial or DEVICE_UNSPECIFIED>/<mm>:<ss>::TNIH_2V.<uuid>LPM[/<n>]`.
//! Date and time are UTC, the start of the audio stream, to the second. Since about 2021 the
//! serial is `DEVICE_UNSPECIFIED`; typed requests from the app carry `TextClient` instead of a
//! device type.
//!
//! The part that names the recording is the *stream id*, `TNIH_2V.<uuid>LPM`: the item suffix
//! `/<n>` numbers requests within one stream (wake word `/0`, request `/1`), and exporters that
//! name WAV files after an id replace `/`, `:` and `.` with whatever their file system allows.
//! [`stream_id`] finds it in any such spelling.

use chrono::{DateTime, NaiveDate, Utc};

/// What an utterance id tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UtteranceId {
    /// The device-type code, or `TextClient` for typed requests.
    pub device_type: String,
    /// The device serial; `None` when the id says `DEVICE_UNSPECIFIED`.
    pub serial: Option<String>,
    /// Start of the audio stream, UTC, whole seconds.
    pub time: DateTime<Utc>,
}

impl UtteranceId {
    /// Parses an utterance id; `None` when it does not follow the grammar.
    pub fn parse(id: &str) -> Option<UtteranceId> {
        let (device_type, rest) = id.trim().split_once(":1.0/")?;
        if device_type.is_empty() || !device_type.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let mut parts = rest.splitn(6, '/');
        let mut number = || parts.next()?.parse::<u32>().ok();
        let (year, month, day, hour) = (number()?, number()?, number()?, number()?);
        let serial = parts.next()?;
        let tail = parts.next()?;
        let (clock, stream) = tail.split_once("::")?;
        if !stream.starts_with("TNIH_2V.") {
            return None;
        }
        let (minute, second) = clock.split_once(':')?;
        let (minute, second) = (minute.parse().ok()?, second.parse().ok()?);
        let time = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?
            .and_hms_opt(hour, minute, second)?
            .and_utc();
        if serial.is_empty()
            || !serial
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return None;
        }
        let serial = (serial != "DEVICE_UNSPECIFIED").then(|| serial.to_string());
        Some(UtteranceId {
            device_type: device_type.to_string(),
            serial,
            time,
        })
    }

    /// Whether the request was typed in the app rather than spoken to a device.
    pub fn is_text_client(&self) -> bool {
        self.device_type == "TextClient"
    }
}

/// The stream id's uuid inside `text` (an utterance id, a file name made from one, an audio
/// URL `…?id=<utteranceId>/<n>`), as 32 lower-case hex digits; `None` when `text` holds none.
///
/// Found as `TNIH`, at most one separator, `2V`, at most one separator, then 32 hex digits
/// (separators between them ignored) closed by `LPM`, in any case: `/`, `:`, `.`, `_`, `-` or
/// percent escapes before the stream, and anything after `LPM` (`/0`, `.wav`), do not matter.
pub fn stream_id(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|rest| rest.find("tnih")) {
        let start = from + at;
        from = start + 4;
        if let Some(hex) = stream_after(&b[from..]) {
            return Some(hex);
        }
    }
    None
}

/// The 32 hex digits after `tnih` in `b` (lower-cased), when `_2v.<uuid>lpm` follows.
fn stream_after(b: &[u8]) -> Option<String> {
    let mut i = usize::from(b.first().is_some_and(|c| !c.is_ascii_alphanumeric()));
    if b.get(i..i + 2)? != b"2v" {
        return None;
    }
    i += 2;
    i += usize::from(b.get(i).is_some_and(|c| !c.is_ascii_alphanumeric()));
    let mut hex = String::with_capacity(32);
    loop {
        match b.get(i) {
            Some(c) if c.is_ascii_hexdigit() => hex.push(char::from(*c)),
            Some(b'l') if hex.len() == 32 && b.get(i..i + 3) == Some(b"lpm") => return Some(hex),
            Some(c) if !c.is_ascii_alphanumeric() && !hex.is_empty() => {}
            _ => return None,
        }
        if hex.len() > 32 {
            return None;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
    }

    #[test]
    fn real_echo_dot_id_gives_type_serial_and_time() {
        // echo2-activities.json, creationTimestamp 1562676872680 = 2019-07-09T12:54:32.680Z.
        let u = UtteranceId::parse("A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM").unwrap();
        assert_eq!(u.device_type, "A3S5BH2HU6VAYF");
        assert_eq!(u.serial.as_deref(), Some("G090LF1181720W3T"));
        assert_eq!(u.time, at(2019, 7, 9, 12, 54, 31));
        assert!(!u.is_text_client());
    }

    #[test]
    fn real_text_client_and_numbered_ids_parse() {
        let u = UtteranceId::parse("TextClient:1.0/2019/07/05/12/G090U509902302GD/29:38::TNIH_2V.bb91e354-7bc0-4583-9fe0-f20549d48fdaLPM").unwrap();
        assert!(u.is_text_client());
        assert_eq!(u.serial.as_deref(), Some("G090U509902302GD"));
        assert_eq!(u.time, at(2019, 7, 5, 12, 29, 38));
        let n = UtteranceId::parse("A32DOYMUN6DTXA:1.0/2019/07/06/13/G090U509902302GD/44:00::TNIH_2V.94342873-2250-45f3-a537-19e248a06fb3LPM/1").unwrap();
        assert_eq!(n.device_type, "A32DOYMUN6DTXA");
        assert_eq!(n.time, at(2019, 7, 6, 13, 44, 0));
    }

    #[test]
    fn device_unspecified_means_no_serial() {
        let u = UtteranceId::parse("A32DOYMUN6DTXA:1.0/2021/03/24/18/DEVICE_UNSPECIFIED/44:07::TNIH_2V.5cb00841-cd02-4fc7-9c1e-d2395e974b2aLPM").unwrap();
        assert_eq!(u.serial, None);
        assert_eq!(u.time, at(2021, 3, 24, 18, 44, 7));
    }

    #[test]
    fn stream_ids_are_found_in_every_spelling() {
        let uuid = "dfe4db2a55f04edc925562e913978656";
        for text in [
            // Bare, with item suffixes, as the activities' description gives them.
            "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM",
            "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM/0",
            "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM/12",
            // A card's audio URL, plain and percent-encoded.
            "/api/utterance/audio/data?id=A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM/1",
            "/api/utterance/audio/data?id=A3S5BH2HU6VAYF%3A1.0%2F2019%2F07%2F09%2F12%2FG090LF1181720W3T%2F54%3A31%3A%3ATNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM%2F1",
            // File names: separators replaced by `_`, `-`, dropped, lower-cased.
            "A3S5BH2HU6VAYF_1.0_2019_07_09_12_G090LF1181720W3T_54_31__TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656LPM.wav",
            "A3S5BH2HU6VAYF_1_0_2019_07_09_12_G090LF1181720W3T_54_31__TNIH_2V_dfe4db2a-55f0-4edc-9255-62e913978656LPM_0.wav",
            "a3s5bh2hu6vayf-1-0-2019-07-09-12-g090lf1181720w3t-54-31--tnih-2v-dfe4db2a_55f0_4edc_9255_62e913978656lpm.WAV",
            "TNIH2Vdfe4db2a55f04edc925562e913978656LPM.wav",
        ] {
            assert_eq!(stream_id(text).as_deref(), Some(uuid), "{text}");
        }
        for text in [
            "",
            "2019-07-09_12-54-31_UTC.wav",
            "1562676872680.wav",
            // Not 32 hex digits, or not closed by LPM.
            "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.xLPM",
            "TNIH_2V.dfe4db2a-55f0-4edc-9255-62e91397865LPM",
            "TNIH_2V.dfe4db2a-55f0-4edc-9255-62e9139786560LPM",
            "TNIH_2V.dfe4db2a-55f0-4edc-9255-62e913978656.wav",
        ] {
            assert_eq!(stream_id(text), None, "{text}");
        }
    }

    #[test]
    fn ids_off_the_grammar_are_refused() {
        for bad in [
            "",
            "not an id",
            "A3S5BH2HU6VAYF:1.0/2019/13/09/12/G090LF1181720W3T/54:31::TNIH_2V.xLPM",
            "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:61::TNIH_2V.xLPM",
            "A3S5BH2HU6VAYF:1.0/2019/07/09/12/G090LF1181720W3T/54:31",
            "A3S5BH2HU6VAYF:2.0/2019/07/09/12/G090LF1181720W3T/54:31::TNIH_2V.xLPM",
        ] {
            assert_eq!(UtteranceId::parse(bad), None, "{bad}");
        }
    }
}
