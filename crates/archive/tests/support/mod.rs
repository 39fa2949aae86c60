//! A byte-level ZIP writer for tests: it can write everything real tools refuse to
//! (climbing names, lying sizes, overlapping entries, ZIP64 extras, data descriptors).
#![allow(dead_code, clippy::unwrap_used)]

use std::io::Write;

/// One entry to write.
#[derive(Clone)]
pub struct E {
    pub name: Vec<u8>,
    pub data: Vec<u8>,
    pub deflate: bool,
    pub flags: u16,
    pub method: Option<u16>,
    pub unix_mode: Option<u32>,
    pub zip64: bool,
    pub descriptor: bool,
    pub declared: Option<u32>,
    pub crc: Option<u32>,
    /// Point the central entry at an earlier entry's local header (overlap bomb).
    pub same_offset_as: Option<usize>,
}

impl E {
    pub fn new(name: &str, data: &[u8]) -> E {
        E::raw(name.as_bytes(), data)
    }
    pub fn raw(name: &[u8], data: &[u8]) -> E {
        E {
            name: name.to_vec(),
            data: data.to_vec(),
            deflate: true,
            flags: 0x800,
            method: None,
            unix_mode: None,
            zip64: false,
            descriptor: false,
            declared: None,
            crc: None,
            same_offset_as: None,
        }
    }
    pub fn stored(mut self) -> E {
        self.deflate = false;
        self
    }
    pub fn flags(mut self, f: u16) -> E {
        self.flags = f;
        self
    }
}

pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// Writes a ZIP; returns its bytes.
pub fn zip(entries: &[E]) -> Vec<u8> {
    zip_with_prefix(b"", entries)
}

pub fn zip_with_prefix(prefix: &[u8], entries: &[E]) -> Vec<u8> {
    let mut out = prefix.to_vec();
    let mut central = Vec::new();
    let mut offsets: Vec<u64> = Vec::new();
    for e in entries {
        let body = if e.deflate {
            deflate(&e.data)
        } else {
            e.data.clone()
        };
        let method = e.method.unwrap_or(if e.deflate { 8 } else { 0 });
        let crc = e.crc.unwrap_or_else(|| crc32fast::hash(&e.data));
        let usize_ = e.declared.unwrap_or(e.data.len() as u32);
        let flags = e.flags | if e.descriptor { 8 } else { 0 };
        let offset = match e.same_offset_as {
            Some(i) => offsets[i],
            None => (out.len() - prefix.len()) as u64,
        };
        offsets.push(offset);
        let mut extra = Vec::new();
        if e.zip64 {
            extra.extend_from_slice(&1u16.to_le_bytes());
            extra.extend_from_slice(&16u16.to_le_bytes());
            extra.extend_from_slice(&(usize_ as u64).to_le_bytes());
            extra.extend_from_slice(&(body.len() as u64).to_le_bytes());
        }
        let (l_crc, l_c, l_u) = if e.descriptor {
            (0, 0, 0)
        } else if e.zip64 {
            (crc, 0xFFFF_FFFF, 0xFFFF_FFFF)
        } else {
            (crc, body.len() as u32, usize_)
        };
        if e.same_offset_as.is_none() {
            out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
            out.extend_from_slice(&(if e.zip64 { 45u16 } else { 20u16 }).to_le_bytes());
            out.extend_from_slice(&flags.to_le_bytes());
            out.extend_from_slice(&method.to_le_bytes());
            out.extend_from_slice(&[0, 0, 0x21, 0x4c]); // time, date
            out.extend_from_slice(&l_crc.to_le_bytes());
            out.extend_from_slice(&l_c.to_le_bytes());
            out.extend_from_slice(&l_u.to_le_bytes());
            out.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            out.extend_from_slice(&(extra.len() as u16).to_le_bytes());
            out.extend_from_slice(&e.name);
            out.extend_from_slice(&extra);
            out.extend_from_slice(&body);
            if e.descriptor {
                out.extend_from_slice(&0x0807_4b50u32.to_le_bytes());
                out.extend_from_slice(&crc.to_le_bytes());
                out.extend_from_slice(&(body.len() as u32).to_le_bytes());
                out.extend_from_slice(&usize_.to_le_bytes());
            }
        }
        let made_by: u16 = if e.unix_mode.is_some() {
            0x0314
        } else {
            0x0014
        };
        let (c_c, c_u) = if e.zip64 {
            (0xFFFF_FFFFu32, 0xFFFF_FFFFu32)
        } else {
            (body.len() as u32, usize_)
        };
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&made_by.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&flags.to_le_bytes());
        central.extend_from_slice(&method.to_le_bytes());
        central.extend_from_slice(&[0, 0, 0x21, 0x4c]);
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&c_c.to_le_bytes());
        central.extend_from_slice(&c_u.to_le_bytes());
        central.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
        central.extend_from_slice(&(extra.len() as u16).to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attr
        central.extend_from_slice(&(e.unix_mode.unwrap_or(0) << 16).to_le_bytes());
        central.extend_from_slice(&(offset as u32).to_le_bytes());
        central.extend_from_slice(&e.name);
        central.extend_from_slice(&extra);
    }
    let cd_offset = (out.len() - prefix.len()) as u32;
    let cd_size = central.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// A minimal ustar header + data block for `name`.
pub fn tar_entry(name: &str, kind: u8, data: &[u8], link: &str) -> Vec<u8> {
    let mut h = [0u8; 512];
    h[..name.len()].copy_from_slice(name.as_bytes());
    h[100..107].copy_from_slice(b"0000644");
    h[108..115].copy_from_slice(b"0000000");
    h[116..123].copy_from_slice(b"0000000");
    let size = format!("{:011o}", data.len());
    h[124..135].copy_from_slice(size.as_bytes());
    h[136..147].copy_from_slice(b"00000000000");
    h[156] = kind;
    h[157..157 + link.len()].copy_from_slice(link.as_bytes());
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[148..156].copy_from_slice(b"        ");
    let sum: u32 = h.iter().map(|&b| b as u32).sum();
    h[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
    let mut out = h.to_vec();
    out.extend_from_slice(data);
    out.resize(out.len().div_ceil(512) * 512, 0);
    out
}

pub fn tar(entries: &[Vec<u8>]) -> Vec<u8> {
    let mut out: Vec<u8> = entries.concat();
    out.extend_from_slice(&[0u8; 1024]);
    out
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}
