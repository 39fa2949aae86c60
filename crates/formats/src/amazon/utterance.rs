//! Amazon utterance ids: what they say about device and time.
//!
//! Grammar (`formats.md`, checked against the captured payloads):
//! `<deviceType or TextClient>:1.0/<YYYY>/<MM>/<DD>/<HH>/<serial or DEVICE_UNSPECIFIED>/<mm>:<ss>::TNIH_2V.<uuid>LPM[/<n>]`.
//! Date and time are UTC, the start of the audio stream, to the second. Since about 2021 the
//! serial is `DEVICE_UNSPECIFIED`; typed requests from the app carry `TextClient` instead of a
//! device type.

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
