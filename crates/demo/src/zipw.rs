//! A small streaming ZIP writer: stored and deflated members, folders, one fixed timestamp.
//!
//! Written by hand rather than with the `zip` crate so every byte is ours to fix: no
//! extra fields, no data descriptors, a single modification time per archive, Unix permissions in
//! the central directory and the UTF-8 flag only on names that need it (as common packers do).
//! That keeps output identical across dependency upgrades; the tests read it back with the `zip`
//! crate to prove it is valid.
//!
//! Each member is compressed in memory before its local header is written, so headers carry exact
//! sizes and CRCs. The writer does not produce ZIP64: more than 65,535 members or offsets past
//! 4 GiB are an error (the scenarios stay far below both).

use std::io::{self, Write};

use chrono::{Datelike, NaiveDateTime, Timelike};
use flate2::write::DeflateEncoder;
use flate2::Compression;

/// How a member's bytes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    /// As they are (method 0).
    Stored,
    /// Deflate (method 8) at the given level, 0 to 9.
    Deflated(u32),
}

/// What the writer recorded about one member, for the central directory and the ground truth.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Path inside the archive; folders end in `/`.
    pub(crate) name: String,
    /// Uncompressed size.
    pub(crate) size: u64,
    compressed: u64,
    crc: u32,
    method: u16,
    offset: u64,
}

/// Writes a ZIP archive to `W` member by member.
pub(crate) struct ZipWriter<W: Write> {
    out: W,
    written: u64,
    entries: Vec<Entry>,
    dos_time: u16,
    dos_date: u16,
    dirs: std::collections::HashSet<String>,
}

fn too_large(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("the archive would need ZIP64 ({what}), which the demo writer does not produce"),
    )
}

impl<W: Write> ZipWriter<W> {
    /// A writer whose members all carry the local time `modified` (DOS time has 2 s resolution).
    pub(crate) fn new(out: W, modified: NaiveDateTime) -> ZipWriter<W> {
        let year = (modified.year() - 1980).clamp(0, 127) as u16;
        let dos_date = (year << 9) | ((modified.month() as u16) << 5) | modified.day() as u16;
        let dos_time = ((modified.hour() as u16) << 11)
            | ((modified.minute() as u16) << 5)
            | (modified.second() as u16 / 2);
        ZipWriter {
            out,
            written: 0,
            entries: Vec::new(),
            dos_time,
            dos_date,
            dirs: Default::default(),
        }
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }

    /// Adds a folder entry (`name` gets a trailing `/` if it lacks one).
    pub(crate) fn add_dir(&mut self, name: &str) -> io::Result<()> {
        let name = if name.ends_with('/') {
            name.to_string()
        } else {
            format!("{name}/")
        };
        if !self.dirs.insert(name.clone()) {
            return Ok(());
        }
        self.add(name, &[], Method::Stored)
    }

    /// Adds folder entries for every ancestor of `path` not added yet, outermost first.
    pub(crate) fn add_parents(&mut self, path: &str) -> io::Result<()> {
        for (i, c) in path.char_indices() {
            if c == '/' {
                self.add_dir(&path[..=i])?;
            }
        }
        Ok(())
    }

    /// Adds a file member.
    pub(crate) fn add_file(&mut self, name: &str, data: &[u8], method: Method) -> io::Result<()> {
        self.add(name.to_string(), data, method)
    }

    fn add(&mut self, name: String, data: &[u8], method: Method) -> io::Result<()> {
        if self.entries.len() >= 0xFFFF {
            return Err(too_large("more than 65,535 members"));
        }
        let crc = crc32fast::hash(data);
        let (packed, code) = match method {
            Method::Stored => (None, 0u16),
            Method::Deflated(level) => {
                let mut z = DeflateEncoder::new(Vec::new(), Compression::new(level.min(9)));
                z.write_all(data)?;
                (Some(z.finish()?), 8u16)
            }
        };
        let body: &[u8] = packed.as_deref().unwrap_or(data);
        if data.len() as u64 >= 0xFFFF_FFFF || self.written >= 0xFFFF_FFFF {
            return Err(too_large("a member or offset past 4 GiB"));
        }
        let offset = self.written;
        let mut h = Vec::with_capacity(30 + name.len());
        h.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        h.extend_from_slice(&20u16.to_le_bytes()); // version needed: 2.0
        h.extend_from_slice(&flags(&name).to_le_bytes());
        h.extend_from_slice(&code.to_le_bytes());
        h.extend_from_slice(&self.dos_time.to_le_bytes());
        h.extend_from_slice(&self.dos_date.to_le_bytes());
        h.extend_from_slice(&crc.to_le_bytes());
        h.extend_from_slice(&(body.len() as u32).to_le_bytes());
        h.extend_from_slice(&(data.len() as u32).to_le_bytes());
        h.extend_from_slice(&(name.len() as u16).to_le_bytes());
        h.extend_from_slice(&0u16.to_le_bytes()); // no extra field
        h.extend_from_slice(name.as_bytes());
        self.put(&h)?;
        self.put(body)?;
        self.entries.push(Entry {
            name,
            size: data.len() as u64,
            compressed: body.len() as u64,
            crc,
            method: code,
            offset,
        });
        Ok(())
    }

    /// Writes the central directory and the end record; returns the sink.
    pub(crate) fn finish(mut self) -> io::Result<(W, Vec<Entry>)> {
        let start = self.written;
        let entries = std::mem::take(&mut self.entries);
        for e in &entries {
            let is_dir = e.name.ends_with('/');
            // Unix mode in the high half; MS-DOS directory bit for folders.
            let attrs: u32 = if is_dir {
                (0o040755 << 16) | 0x10
            } else {
                0o100644 << 16
            };
            let mut h = Vec::with_capacity(46 + e.name.len());
            h.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
            h.extend_from_slice(&0x031Eu16.to_le_bytes()); // made by: Unix, spec 3.0
            h.extend_from_slice(&20u16.to_le_bytes());
            h.extend_from_slice(&flags(&e.name).to_le_bytes());
            h.extend_from_slice(&e.method.to_le_bytes());
            h.extend_from_slice(&self.dos_time.to_le_bytes());
            h.extend_from_slice(&self.dos_date.to_le_bytes());
            h.extend_from_slice(&e.crc.to_le_bytes());
            h.extend_from_slice(&(e.compressed as u32).to_le_bytes());
            h.extend_from_slice(&(e.size as u32).to_le_bytes());
            h.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            h.extend_from_slice(&[0; 8]); // extra, comment, disk number, internal attributes
            h.extend_from_slice(&attrs.to_le_bytes());
            h.extend_from_slice(&(e.offset as u32).to_le_bytes());
            h.extend_from_slice(e.name.as_bytes());
            self.put(&h)?;
        }
        let size = self.written - start;
        if self.written >= 0xFFFF_FFFF {
            return Err(too_large("a central directory past 4 GiB"));
        }
        let mut end = Vec::with_capacity(22);
        end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        end.extend_from_slice(&[0; 4]); // this disk, disk with the directory
        end.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        end.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        end.extend_from_slice(&(size as u32).to_le_bytes());
        end.extend_from_slice(&(start as u32).to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes()); // no comment
        self.put(&end)?;
        self.out.flush()?;
        Ok((self.out, entries))
    }
}

/// General-purpose flags: bit 11 (names are UTF-8) only for names beyond ASCII.
fn flags(name: &str) -> u16 {
    if name.is_ascii() {
        0
    } else {
        1 << 11
    }
}
