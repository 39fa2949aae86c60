//! Repairing Meta's mojibake: exports write each UTF-8 byte of a string as its own `\u00XX`
//! escape, so a parsed string holds one char per byte ("MÃ¼nchen" for "München").

/// Undoes Meta's byte-per-char escaping: when every char is at most U+00FF and the chars,
/// taken as bytes, are valid UTF-8, returns the decoded text; otherwise returns `text`
/// unchanged, so a string that was correct to begin with ("München") stays as it is.
pub fn repair(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    let bytes: Option<Vec<u8>> = text.chars().map(|c| u8::try_from(c).ok()).collect();
    bytes
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_else(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn double_encoded_umlauts_are_decoded() {
        assert_eq!(repair("MÃ¼nchen"), "München");
        assert_eq!(
            repair("J\u{c3}\u{bc}rgen M\u{c3}\u{b6}ller"),
            "Jürgen Möller"
        );
        assert_eq!(repair("StraÃ\u{9f}e"), "Straße");
    }

    #[test]
    fn emoji_from_four_escaped_bytes() {
        assert_eq!(repair("ð\u{9f}\u{98}\u{80}"), "😀");
        assert_eq!(repair("gute Nacht ð\u{9f}\u{98}\u{80}"), "gute Nacht 😀");
    }

    #[test]
    fn correct_strings_are_left_alone() {
        assert_eq!(repair("München"), "München");
        assert_eq!(repair("plain ascii"), "plain ascii");
        assert_eq!(repair("😀 schon richtig"), "😀 schon richtig");
        assert_eq!(repair("Ã"), "Ã", "a lone lead byte is not UTF-8");
        assert_eq!(repair(""), "");
    }
}
