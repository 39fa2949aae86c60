//! Helpers shared by the demo's integration tests: generate into a temporary folder, read ZIPs
//! with the independent `zip` crate, and read back the transcript PDF's text runs.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::Path;

use auskunft_demo::{write_demo, DemoFiles, DemoOptions, Scenario, Truth};

/// A generated demo and the folder that holds it (deleted on drop).
pub struct Demo {
    pub dir: tempfile::TempDir,
    pub files: DemoFiles,
    pub truth: Truth,
}

pub fn generate(scenario: Scenario, seed: u64, records: usize) -> Demo {
    let dir = tempfile::tempdir().expect("temp dir");
    let opts = DemoOptions {
        scenario,
        seed,
        records: Some(records),
    };
    let files = write_demo(&opts, &dir.path().join("demo.zip")).expect("demo written");
    let truth = Truth::from_json(&read(&files.truth)).expect("truth parses");
    Demo { dir, files, truth }
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Every member of a ZIP (folders included) by name, read with the `zip` crate, in archive order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("valid zip");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).expect("member");
            let name = f.name().expect("member name").to_string();
            let mut data = Vec::new();
            f.read_to_end(&mut data)
                .expect("member bytes (CRC checked)");
            (name, data)
        })
        .collect()
}

pub fn as_map(members: Vec<(String, Vec<u8>)>) -> BTreeMap<String, Vec<u8>> {
    members.into_iter().collect()
}

/// Checks a 16 kHz 16-bit mono PCM WAV header and that the data chunk fills the file.
pub fn check_wav(name: &str, bytes: &[u8]) -> f64 {
    assert!(bytes.len() > 44, "{name}: too short");
    assert_eq!(&bytes[0..4], b"RIFF", "{name}");
    assert_eq!(&bytes[8..16], b"WAVEfmt ", "{name}");
    let u16_at = |o: usize| u16::from_le_bytes([bytes[o], bytes[o + 1]]);
    let u32_at =
        |o: usize| u32::from_le_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]);
    assert_eq!(u32_at(4) as usize, bytes.len() - 8, "{name}: RIFF size");
    assert_eq!(u16_at(20), 1, "{name}: PCM");
    assert_eq!(u16_at(22), 1, "{name}: mono");
    assert_eq!(u32_at(24), 16_000, "{name}: rate");
    assert_eq!(u16_at(34), 16, "{name}: bits");
    assert_eq!(&bytes[36..40], b"data", "{name}");
    let data = u32_at(40) as usize;
    assert_eq!(data, bytes.len() - 44, "{name}: data size");
    data as f64 / 32_000.0
}

/// One text run of a PDF page.
#[derive(Debug, Clone)]
pub struct Run {
    pub x: f32,
    pub y: f32,
    pub text: String,
}

/// Checks the PDF's structure (header, xref offsets, trailer) and returns each page's text runs.
pub fn read_pdf(bytes: &[u8]) -> Vec<Vec<Run>> {
    assert!(bytes.starts_with(b"%PDF-1.4\n"), "PDF header");
    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(64)..]).to_string();
    assert!(tail.trim_end().ends_with("%%EOF"), "PDF ends with %%EOF");
    let startxref: usize = tail
        .split("startxref")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("startxref");
    assert!(
        bytes[startxref..].starts_with(b"xref\n"),
        "startxref points at xref"
    );
    let xref = String::from_utf8_lossy(&bytes[startxref..]).to_string();
    let mut lines = xref.lines();
    lines.next();
    let count: usize = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("xref count");
    let offsets: Vec<usize> = lines
        .skip(1)
        .take(count - 1)
        .map(|l| {
            // 20 bytes each: `lines()` has taken the two-byte end of line.
            assert_eq!(l.len(), 18, "xref entry {l:?}");
            l[..10].parse().expect("offset")
        })
        .collect();
    for (i, &off) in offsets.iter().enumerate() {
        let want = format!("{} 0 obj", i + 1);
        assert!(
            bytes[off..].starts_with(want.as_bytes()),
            "xref entry {} points at {off}",
            i + 1
        );
    }
    assert!(xref.contains(&format!("/Size {count}")), "trailer /Size");
    let table = xref.find("0000000000 65535 f").expect("free entry");
    assert_eq!(
        &xref[table + 20 * count..][..7],
        "trailer",
        "xref entries are 20 bytes each"
    );

    // Content streams are objects 7, 9, 11, ... (page i at 6 + 2i).
    let mut pages = Vec::new();
    let mut obj = 7;
    while obj <= offsets.len() {
        let start = offsets[obj - 1];
        let body = &bytes[start..];
        let head = String::from_utf8_lossy(&body[..body.len().min(200)]).to_string();
        let len: usize = head
            .split("/Length ")
            .nth(1)
            .and_then(|s| s.split_whitespace().next())
            .and_then(|s| s.parse().ok())
            .expect("stream length");
        let data_at = head.find("stream\n").expect("stream keyword") + "stream\n".len();
        let packed = &body[data_at..data_at + len];
        assert!(
            body[data_at + len..].starts_with(b"\nendstream"),
            "stream length is exact"
        );
        let mut content = Vec::new();
        flate2::read::ZlibDecoder::new(packed)
            .read_to_end(&mut content)
            .expect("inflate");
        pages.push(runs(&content));
        obj += 2;
    }
    pages
}

/// Parses `BT /F1 9 Tf 1 0 0 1 x y Tm (text) Tj ET` lines.
fn runs(content: &[u8]) -> Vec<Run> {
    let mut out = Vec::new();
    for line in content.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let open = line.iter().position(|&b| b == b'(').expect("string start");
        let head = String::from_utf8_lossy(&line[..open]).to_string();
        let nums: Vec<&str> = head.split_whitespace().collect();
        let x: f32 = nums[nums.len() - 3].parse().expect("x");
        let y: f32 = nums[nums.len() - 2].parse().expect("y");
        let mut text = String::new();
        let mut i = open + 1;
        while line[i] != b')' {
            let b = if line[i] == b'\\' {
                i += 1;
                if line[i].is_ascii_digit() {
                    let v =
                        u8::from_str_radix(std::str::from_utf8(&line[i..i + 3]).expect("octal"), 8)
                            .expect("octal");
                    i += 2;
                    v
                } else {
                    line[i]
                }
            } else {
                line[i]
            };
            text.push(win_ansi(b));
            i += 1;
        }
        out.push(Run { x, y, text });
    }
    out
}

fn win_ansi(b: u8) -> char {
    match b {
        0x80 => '€',
        0x96 => '–',
        0x84 => '„',
        0x93 => '“',
        b => char::from(b),
    }
}
