//! Member names: decoding stored bytes and making a safe path to show people.
//!
//! ZIP names are UTF-8 only when general-purpose bit 11 is set or an Info-ZIP Unicode Path
//! extra field says so; otherwise they are CP437 by the specification — but many tools write
//! UTF-8 without the flag, so valid multi-byte UTF-8 is taken as UTF-8 and anything else as
//! CP437. The display path is always relative, `/`-separated, free of `.`/`..` components and
//! of control or bidi-override characters; when it differs from the stored name, the stored
//! name is kept (escaped) so nothing is hidden.

/// CP437 code points for bytes 0x80..=0xFF.
const CP437_HIGH: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{a0}";

/// Decodes CP437 bytes.
pub fn decode_cp437(raw: &[u8]) -> String {
    let high: Vec<char> = CP437_HIGH.chars().collect();
    raw.iter()
        .map(|&b| {
            if b < 0x80 {
                b as char
            } else {
                high[(b - 0x80) as usize]
            }
        })
        .collect()
}

/// Decodes a stored name; `utf8_flag` is ZIP bit 11 (or a tar/pax name, which is UTF-8 by convention).
pub fn decode(raw: &[u8], utf8_flag: bool) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_string(),
        Err(_) if utf8_flag => String::from_utf8_lossy(raw).into_owned(),
        Err(_) => decode_cp437(raw),
    }
}

/// A name made safe for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeName {
    /// Relative, `/`-separated, without `.`/`..`, control or bidi characters.
    pub path: String,
    /// The stored name (escaped) when it differs from `path`.
    pub original: Option<String>,
    /// Set when the stored name tried to leave the archive (`..` components).
    pub climbs_out: bool,
    /// True when the name ends in `/` (a folder entry).
    pub is_folder: bool,
}

fn is_hidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Escapes control and bidi-override characters as `\u{..}`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_hidden_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Turns a decoded name into a [`SafeName`].
pub fn sanitise(decoded: &str) -> SafeName {
    let escaped = escape(decoded);
    let unified = escape(&decoded.replace('\\', "/"));
    let is_folder = unified.ends_with('/');
    let mut climbs_out = false;
    let mut parts: Vec<&str> = Vec::new();
    for (i, part) in unified.split('/').enumerate() {
        match part {
            "" | "." => {}
            ".." => climbs_out = true,
            p if i == 0 && p.len() == 2 && p.ends_with(':') => {} // drive letter `C:`
            p => parts.push(p),
        }
    }
    let path = if parts.is_empty() {
        "(unnamed)".to_string()
    } else {
        parts.join("/")
    };
    let shown = if is_folder {
        format!("{path}/")
    } else {
        path.clone()
    };
    let original = (escaped != shown).then_some(escaped);
    SafeName {
        path: shown,
        original,
        climbs_out,
        is_folder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp437_names_decode_to_umlauts() {
        // "Küche.wav" as a German Windows zip tool writes it without the UTF-8 flag.
        assert_eq!(decode(b"K\x81che.wav", false), "Küche.wav");
        assert_eq!(decode("Küche.wav".as_bytes(), false), "Küche.wav");
    }

    #[test]
    fn climbing_absolute_and_backslash_names_are_made_relative() {
        let n = sanitise("../../etc/passwd");
        assert_eq!(n.path, "etc/passwd");
        assert!(n.climbs_out);
        assert_eq!(n.original.as_deref(), Some("../../etc/passwd"));
        assert_eq!(sanitise("/abs/x.txt").path, "abs/x.txt");
        assert_eq!(sanitise("C:\\Users\\x.txt").path, "Users/x.txt");
        assert_eq!(sanitise("dir\\sub\\x.txt").path, "dir/sub/x.txt");
        assert!(!sanitise("dir\\sub\\x.txt").climbs_out);
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        let n = sanitise("evil\u{7}\u{202E}txt.exe");
        assert_eq!(n.path, "evil\\u{7}\\u{202e}txt.exe");
        assert!(!n.path.chars().any(is_hidden_char));
    }

    #[test]
    fn folders_keep_their_slash() {
        let n = sanitise("Alexa/Audio/");
        assert!(n.is_folder);
        assert_eq!(n.path, "Alexa/Audio/");
        assert_eq!(n.original, None);
    }
}
