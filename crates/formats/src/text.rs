//! Decoding text members whatever encoding the exporter chose.
//!
//! Exports write CSV, TXT and HTML in UTF-8 (with or without a byte-order mark), UTF-16 with a
//! byte-order mark (spreadsheet "Unicode text"), Windows-1252/Latin-1, and sometimes UTF-8 that
//! was encoded twice ("MÃ¼nchen"). [`decode`] turns any of them into a `String` with `\n` line
//! ends and says what it had to do, so a module can warn about it.

/// What [`decode`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-8 encoded twice; repaired.
    DoubleUtf8,
    /// UTF-16 (little or big endian) with a byte-order mark.
    Utf16,
    /// Not valid UTF-8: read as Windows-1252 (Latin-1 with the printable C1 range).
    Latin1,
}

impl Encoding {
    /// A warning for encodings that needed repair or guessing, `None` for UTF-8.
    pub fn warning(self) -> Option<auskunft_model::Message> {
        let id = match self {
            Encoding::Utf8 | Encoding::Utf16 => return None,
            Encoding::DoubleUtf8 => "format-text-double-utf8",
            Encoding::Latin1 => "format-text-latin1",
        };
        Some(auskunft_model::Message::new(id))
    }
}

/// Decodes `bytes` to text with `\n` line ends (CRLF and lone CR normalised).
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(rest, u16::from_le_bytes), Encoding::Utf16)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(rest, u16::from_be_bytes), Encoding::Utf16)
    } else {
        utf8(bytes)
    };
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    (text, encoding)
}

fn utf8(bytes: &[u8]) -> (String, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(text) => match repair_double(text) {
            Some(repaired) => (repaired, Encoding::DoubleUtf8),
            None => (text.to_string(), Encoding::Utf8),
        },
        Err(_) => (
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Encoding::Latin1,
        ),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// The text with double-encoded UTF-8 undone, when it is double-encoded: it contains a
/// typical sequence (`Ã` or `Â` followed by a char of U+0080..U+00BF, or the Windows-1252
/// forms of those) and every char maps back to one byte that together form valid UTF-8.
pub fn repair_double(text: &str) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    let mut chars = text.chars().peekable();
    let mut typical = false;
    while let Some(c) = chars.next() {
        if matches!(c, 'Ã' | 'Â' | 'Ä' | 'Å' | 'â' | 'ð') {
            if let Some(&next) = chars.peek() {
                if to_1252_byte(next).is_some_and(|b| (0x80..=0xBF).contains(&b)) {
                    typical = true;
                    break;
                }
            }
        }
    }
    if !typical {
        return None;
    }
    let bytes: Option<Vec<u8>> = text.chars().map(to_1252_byte).collect();
    String::from_utf8(bytes?).ok()
}

/// Windows-1252's characters in 0x80..=0x9F; the undefined five map to their C1 controls.
const C1: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn windows_1252(b: u8) -> char {
    match b {
        0x80..=0x9F => C1[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

fn to_1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        0..=0x7F | 0xA0..=0xFF => u8::try_from(u32::from(c)).ok(),
        _ => C1
            .iter()
            .position(|&x| x == c)
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// Decodes a URL's query value: `+` is a space, `%XX` a byte; malformed escapes stay as
/// written and invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let hex = |b: u8| (b as char).to_digit(16);
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom_and_crlf() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFa;b\r\nM\xC3\xBCnchen\r\n"),
            ("a;b\nMünchen\n".to_string(), Encoding::Utf8)
        );
        assert_eq!(decode(b"x\ry"), ("x\ny".to_string(), Encoding::Utf8));
    }

    #[test]
    fn utf16_with_bom_either_order() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Küche\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le), ("Küche\n".to_string(), Encoding::Utf16));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Küche".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be), ("Küche".to_string(), Encoding::Utf16));
    }

    #[test]
    fn latin1_and_windows_1252() {
        assert_eq!(
            decode(b"K\xFCche \x80 \x93x\x94"),
            ("Küche € “x”".to_string(), Encoding::Latin1)
        );
    }

    #[test]
    fn double_encoded_utf8_is_repaired_even_through_1252() {
        // "München" and "Straße" encoded to UTF-8, read as Windows-1252, encoded again.
        assert_eq!(
            decode("MÃ¼nchen, StraÃŸe".as_bytes()),
            ("München, Straße".to_string(), Encoding::DoubleUtf8)
        );
        assert_eq!(repair_double("â€ž"), Some("„".to_string()));
    }

    #[test]
    fn correct_text_is_left_alone() {
        for text in ["München", "Ärger über Öl", "Ã allein", "Preis: 5 Â"] {
            assert_eq!(repair_double(text), None, "{text}");
        }
    }
}
