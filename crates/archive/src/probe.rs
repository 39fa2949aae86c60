//! Content probing by magic bytes, never by extension.

use auskunft_model::MemberKind;

/// What the first bytes of a member say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// RIFF/WAVE.
    Wav,
    /// MPEG audio (ID3 tag or frame sync).
    Mp3,
    /// Ogg container.
    Ogg,
    /// FLAC.
    Flac,
    /// ISO media (`ftyp`): M4A/AAC/MP4.
    Mp4,
    /// ZIP archive.
    Zip,
    /// gzip stream.
    Gzip,
    /// POSIX tar.
    Tar,
    /// PDF document.
    Pdf,
    /// HTML page.
    Html,
    /// JSON text.
    Json,
    /// Delimited text with several columns.
    Csv,
    /// Other text.
    Text,
    /// An image (PNG, JPEG, GIF, WebP).
    Image,
    /// No bytes.
    Empty,
    /// Anything else.
    Binary,
}

impl Content {
    /// The catalogue's name for it (`member-content` in `members.ftl`).
    pub fn code(self) -> &'static str {
        use Content::*;
        match self {
            Wav => "wav",
            Mp3 => "mp3",
            Ogg => "ogg",
            Flac => "flac",
            Mp4 => "mp4",
            Zip => "zip",
            Gzip => "gzip",
            Tar => "tar",
            Pdf => "pdf",
            Html => "html",
            Json => "json",
            Csv => "csv",
            Text => "text",
            Image => "image",
            Empty => "empty",
            Binary => "binary",
        }
    }

    /// The member kind this content has before a format module says more.
    pub fn kind(self) -> MemberKind {
        use Content::*;
        match self {
            Wav | Mp3 | Ogg | Flac | Mp4 => MemberKind::Audio,
            Zip | Gzip | Tar => MemberKind::Archive,
            Pdf | Html | Json | Csv | Text => MemberKind::Document,
            Image | Empty | Binary => MemberKind::Other,
        }
    }

    /// A short label for people ("WAV audio").
    pub fn label(self) -> &'static str {
        use Content::*;
        match self {
            Wav => "WAV audio",
            Mp3 => "MP3 audio",
            Ogg => "Ogg audio",
            Flac => "FLAC audio",
            Mp4 => "MPEG-4 audio",
            Zip => "ZIP archive",
            Gzip => "gzip archive",
            Tar => "TAR archive",
            Pdf => "PDF document",
            Html => "HTML page",
            Json => "JSON data",
            Csv => "CSV table",
            Text => "text",
            Image => "image",
            Empty => "empty file",
            Binary => "binary data",
        }
    }
}

/// Sniffs content from its first bytes (4 KiB is plenty).
pub fn sniff(head: &[u8]) -> Content {
    use Content::*;
    let starts = |m: &[u8]| head.starts_with(m);
    if head.is_empty() {
        return Empty;
    }
    if starts(b"RIFF") && head.get(8..12) == Some(b"WAVE") {
        return Wav;
    }
    if starts(b"ID3")
        || (head.len() > 2 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0 && head[1] & 0x06 != 0)
    {
        return Mp3;
    }
    if starts(b"OggS") {
        return Ogg;
    }
    if starts(b"fLaC") {
        return Flac;
    }
    if head.get(4..8) == Some(b"ftyp") {
        return Mp4;
    }
    if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") || starts(b"PK\x07\x08") {
        return Zip;
    }
    if starts(&[0x1f, 0x8b]) {
        return Gzip;
    }
    if head.get(257..262) == Some(b"ustar") {
        return Tar;
    }
    if starts(b"%PDF-") {
        return Pdf;
    }
    if starts(b"\x89PNG")
        || starts(&[0xFF, 0xD8, 0xFF])
        || starts(b"GIF8")
        || (starts(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
    {
        return Image;
    }
    sniff_text(head)
}

fn sniff_text(head: &[u8]) -> Content {
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    let text: String = if utf16 {
        let units: Vec<u16> = head[2..]
            .chunks_exact(2)
            .map(|c| {
                if head[0] == 0xFF {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        // Tolerate a multi-byte character cut at the end of the sniffed window, and Latin-1.
        match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) if e.valid_up_to() + 4 >= body.len() => {
                String::from_utf8_lossy(&body[..e.valid_up_to()]).into_owned()
            }
            Err(_) => body.iter().map(|&b| b as char).collect(),
        }
    };
    let binary = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if binary * 50 > text.chars().count().max(1) {
        return Content::Binary;
    }
    let t = text.trim_start();
    let lower: String = t.chars().take(256).collect::<String>().to_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<') && lower.contains("<html"))
    {
        return Content::Html;
    }
    if t.starts_with('{') || t.starts_with('[') {
        return Content::Json;
    }
    // A table: every sampled line has the same number of separators outside quotes (at least one).
    let lines: Vec<&str> = t.lines().take(8).filter(|l| !l.trim().is_empty()).collect();
    let complete = if lines.len() > 2 {
        &lines[..lines.len() - 1]
    } else {
        &lines[..]
    }; // the last may be cut
    if complete.len() >= 2 {
        for sep in [',', ';', '\t'] {
            let n = separators(complete[0], sep);
            // Prose often has one comma per line; two "columns" of sentences are not a table.
            let prose = n == 1
                && complete
                    .iter()
                    .any(|l| l.split(sep).any(|f| f.split_whitespace().count() > 6));
            if n >= 1 && !prose && complete.iter().all(|l| separators(l, sep) == n) {
                return Content::Csv;
            }
        }
    }
    Content::Text
}

fn separators(line: &str, sep: char) -> usize {
    let mut quoted = false;
    line.chars()
        .filter(|&c| {
            if c == '"' {
                quoted = !quoted;
            }
            c == sep && !quoted
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content_not_name() {
        let mut wav = b"RIFF\x24\0\0\0WAVEfmt ".to_vec();
        wav.resize(44, 0);
        assert_eq!(sniff(&wav), Content::Wav);
        assert_eq!(sniff(b"PK\x03\x04rest"), Content::Zip);
        assert_eq!(sniff(b"%PDF-1.4\n"), Content::Pdf);
        assert_eq!(sniff(b"ID3\x04\0\0"), Content::Mp3);
        assert_eq!(sniff(b"{\"customerHistoryRecords\": []}"), Content::Json);
        assert_eq!(sniff(b"a,b,c\n1,2,3\n4,5,6\n"), Content::Csv);
        assert_eq!(sniff(b"Hello there.\nThis is a readme.\n"), Content::Text);
        assert_eq!(
            sniff(
                b"Hello, this is a readme.\nIt explains, at length, the files.\nNo table here.\n"
            ),
            Content::Text
        );
        assert_eq!(
            sniff("Sehr geehrter Kunde,\n\nin diesem Archiv finden Sie die Daten, die zu Ihrem Konto gespeichert sind.\nMehr dazu im PDF, Seite 2.\n".as_bytes()),
            Content::Text
        );
        assert_eq!(
            sniff(b"\"Order Date\",\"Title, long\"\n\"01/02/2018\",\"Book, paper\"\n"),
            Content::Csv
        );
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), Content::Html);
        assert_eq!(sniff(&[0u8, 1, 2, 3, 0, 0, 9, 200, 1, 0]), Content::Binary);
        assert_eq!(sniff(b""), Content::Empty);
    }

    #[test]
    fn sniffs_tar_by_ustar_magic() {
        let mut t = vec![0u8; 512];
        t[257..262].copy_from_slice(b"ustar");
        assert_eq!(sniff(&t), Content::Tar);
    }
}
