//! ZIP structures: the end of central directory (plain and ZIP64), central directory entries
//! and local headers (APPNOTE 6.3.x). Only what reading needs; every length is checked.

use std::io::{self, Read, Seek, SeekFrom};

use auskunft_model::Message;

pub(crate) const LOCAL_SIG: u32 = 0x0403_4b50;
pub(crate) const CENTRAL_SIG: u32 = 0x0201_4b50;
pub(crate) const EOCD_SIG: u32 = 0x0605_4b50;
pub(crate) const EOCD64_SIG: u32 = 0x0606_4b50;
pub(crate) const EOCD64_LOCATOR_SIG: u32 = 0x0706_4b50;
pub(crate) const DESCRIPTOR_SIG: u32 = 0x0807_4b50;

/// One entry as the central directory (or, when scanning, a local header) describes it.
#[derive(Debug, Clone)]
pub(crate) struct ZipEntry {
    pub raw_name: Vec<u8>,
    pub utf8: bool,
    pub unicode_name: Option<String>,
    pub flags: u16,
    pub method: u16,
    pub crc: u32,
    pub compressed: u64,
    pub uncompressed: u64,
    pub local_offset: u64,
    pub made_by_unix: bool,
    pub external_attr: u32,
    pub zip64: bool,
}

impl ZipEntry {
    pub fn encrypted(&self) -> bool {
        self.flags & 1 != 0 || self.method == 99
    }
    pub fn has_descriptor(&self) -> bool {
        self.flags & 8 != 0
    }
    pub fn is_symlink(&self) -> bool {
        self.made_by_unix && (self.external_attr >> 16) & 0o170000 == 0o120000
    }
    pub fn name(&self) -> String {
        match &self.unicode_name {
            Some(n) => n.clone(),
            None => crate::names::decode(&self.raw_name, self.utf8),
        }
    }
}

/// Human name of a compression method.
pub(crate) fn method_name(m: u16) -> Option<&'static str> {
    Some(match m {
        0 => "stored",
        8 => "deflate",
        9 => "deflate64",
        12 => "bzip2",
        14 => "LZMA",
        93 => "Zstandard",
        95 => "XZ",
        99 => "AES",
        _ => return None,
    })
}

pub(crate) fn u16le(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}
pub(crate) fn u32le(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}
pub(crate) fn u64le(b: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(a)
}

/// The table of contents of a ZIP read from its end.
#[derive(Debug)]
pub(crate) struct Directory {
    pub entries: Vec<ZipEntry>,
    /// Bytes before the archive proper (self-extractors); added to every local offset.
    pub shift: u64,
    /// Entries the end record announced, when more than were read (a damaged directory).
    pub announced: u64,
    /// Set when the directory could only be partly read: what is wrong with it.
    pub damage: Option<Message>,
}

/// Finds and reads the central directory. `Ok(None)`: no end record (truncated or not a ZIP).
pub(crate) fn read_directory<R: Read + Seek>(
    r: &mut R,
    len: u64,
    max_entries: usize,
) -> io::Result<Option<Directory>> {
    let tail_len = len.min(22 + 65_535 + 20);
    r.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = vec![0u8; tail_len as usize];
    r.read_exact(&mut tail)?;
    let Some(eocd_at) = (0..tail.len().saturating_sub(21)).rev().find(|&i| {
        u32le(&tail, i) == EOCD_SIG && i + 22 + u16le(&tail, i + 20) as usize <= tail.len()
    }) else {
        return Ok(None);
    };
    let eocd_pos = len - tail_len + eocd_at as u64;
    let e = &tail[eocd_at..];
    let mut count = u16le(e, 10) as u64;
    let mut cd_size = u32le(e, 12) as u64;
    let mut cd_offset = u32le(e, 16) as u64;
    let mut cd_end = eocd_pos;
    // ZIP64: a locator 20 bytes before the end record points at the ZIP64 end record.
    if eocd_at >= 20 && u32le(&tail, eocd_at - 20) == EOCD64_LOCATOR_SIG {
        let rec_pos = u64le(&tail, eocd_at - 20 + 8);
        if rec_pos + 56 <= eocd_pos {
            r.seek(SeekFrom::Start(rec_pos))?;
            let mut rec = [0u8; 56];
            r.read_exact(&mut rec)?;
            if u32le(&rec, 0) == EOCD64_SIG {
                count = u64le(&rec, 32);
                cd_size = u64le(&rec, 40);
                cd_offset = u64le(&rec, 48);
                cd_end = rec_pos;
            }
        }
    }
    // Data prepended to the archive shifts every offset by the same amount.
    let shift = cd_end
        .checked_sub(cd_size)
        .and_then(|start| start.checked_sub(cd_offset))
        .unwrap_or(0);
    let cd_start = cd_offset + shift;
    if cd_start > cd_end || cd_end - cd_start > len {
        return Ok(Some(Directory {
            entries: vec![],
            shift,
            announced: count,
            damage: Some(Message::new("input-message-toc-outside")),
        }));
    }
    r.seek(SeekFrom::Start(cd_start))?;
    let mut cd = Vec::new();
    r.by_ref().take(cd_end - cd_start).read_to_end(&mut cd)?;
    let (entries, damage) = parse_central(&cd, max_entries);
    Ok(Some(Directory {
        entries,
        shift,
        announced: count,
        damage,
    }))
}

fn parse_central(cd: &[u8], max_entries: usize) -> (Vec<ZipEntry>, Option<Message>) {
    let mut entries = Vec::new();
    let mut at = 0usize;
    while at + 46 <= cd.len() && u32le(cd, at) == CENTRAL_SIG {
        if entries.len() >= max_entries {
            return (
                entries,
                Some(Message::new("input-message-toc-limit").arg("limit", max_entries)),
            );
        }
        let h = &cd[at..];
        let name_len = u16le(h, 28) as usize;
        let extra_len = u16le(h, 30) as usize;
        let comment_len = u16le(h, 32) as usize;
        let total = 46 + name_len + extra_len + comment_len;
        if at + total > cd.len() {
            let msg = Message::new("input-message-toc-cut").arg("entry", entries.len() + 1);
            return (entries, Some(msg));
        }
        let raw_name = h[46..46 + name_len].to_vec();
        let extra = &h[46 + name_len..46 + name_len + extra_len];
        let mut e = ZipEntry {
            local_offset: u32le(h, 42) as u64,
            made_by_unix: h[5] == 3,
            external_attr: u32le(h, 38),
            ..shared_fields(h, 8, raw_name)
        };
        apply_extra(&mut e, extra, true);
        entries.push(e);
        at += total;
    }
    let n = entries.len();
    let damage = (at < cd.len() && n == 0 || at + 46 <= cd.len() && u32le(cd, at) != CENTRAL_SIG)
        .then(|| Message::new("input-message-toc-damaged").arg("entry", n));
    (entries, damage)
}

/// Applies ZIP64 sizes/offset and the Info-ZIP Unicode path from an extra field.
pub(crate) fn apply_extra(e: &mut ZipEntry, extra: &[u8], central: bool) {
    let mut at = 0;
    while at + 4 <= extra.len() {
        let id = u16le(extra, at);
        let size = u16le(extra, at + 2) as usize;
        let Some(data) = extra.get(at + 4..at + 4 + size) else {
            break;
        };
        match id {
            0x0001 => {
                e.zip64 = true;
                let mut p = 0;
                let mut next = |field: &mut u64| {
                    if p + 8 <= data.len() {
                        *field = u64le(data, p);
                        p += 8;
                    }
                };
                // Local headers carry both sizes; central entries only the fields set to 0xFFFFFFFF.
                if !central || e.uncompressed == 0xFFFF_FFFF {
                    next(&mut e.uncompressed);
                }
                if !central || e.compressed == 0xFFFF_FFFF {
                    next(&mut e.compressed);
                }
                if central && e.local_offset == 0xFFFF_FFFF {
                    next(&mut e.local_offset);
                }
            }
            0x7075 if data.len() > 5 && data[0] == 1 => {
                let crc = u32le(data, 1);
                if crc == crc32fast::hash(&e.raw_name) {
                    if let Ok(s) = std::str::from_utf8(&data[5..]) {
                        e.unicode_name = Some(s.to_string());
                    }
                }
            }
            _ => {}
        }
        at += 4 + size;
    }
}

/// The fields a local header and a central entry share, in the same order: they start at byte
/// 6 of a local header and byte 8 of a central entry (which has "version made by" first).
fn shared_fields(h: &[u8], at: usize, raw_name: Vec<u8>) -> ZipEntry {
    ZipEntry {
        utf8: u16le(h, at) & 0x800 != 0,
        unicode_name: None,
        flags: u16le(h, at),
        method: u16le(h, at + 2),
        crc: u32le(h, at + 8),
        compressed: u32le(h, at + 12) as u64,
        uncompressed: u32le(h, at + 16) as u64,
        local_offset: 0,
        made_by_unix: false,
        external_attr: 0,
        zip64: false,
        raw_name,
    }
}

/// Parses a local header from its fixed 30 bytes (signature included) plus name and extra.
pub(crate) fn parse_local(fixed: &[u8; 30], name: Vec<u8>, extra: &[u8], offset: u64) -> ZipEntry {
    let mut e = ZipEntry {
        local_offset: offset,
        ..shared_fields(fixed, 6, name)
    };
    apply_extra(&mut e, extra, false);
    e
}

/// True when the file ends with a readable ZIP directory listing at least one entry.
pub(crate) fn has_directory<R: Read + Seek>(r: &mut R, len: u64) -> bool {
    let found = matches!(read_directory(r, len, 1), Ok(Some(d)) if !d.entries.is_empty());
    r.seek(SeekFrom::Start(0)).is_ok() && found
}

/// Reads the local header at `offset` and returns the position where the data starts.
pub(crate) fn data_start<R: Read + Seek>(r: &mut R, offset: u64) -> Result<u64, Message> {
    let damaged = |e: io::Error| Message::new("member-local-header").arg("detail", Message::io(&e));
    r.seek(SeekFrom::Start(offset)).map_err(damaged)?;
    let mut fixed = [0u8; 30];
    r.read_exact(&mut fixed).map_err(damaged)?;
    if u32le(&fixed, 0) != LOCAL_SIG {
        return Err(Message::new("member-local-header-missing").arg("offset", offset));
    }
    Ok(offset + 30 + u16le(&fixed, 26) as u64 + u16le(&fixed, 28) as u64)
}
