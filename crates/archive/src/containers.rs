//! Container readers: a ZIP by its table of contents, a ZIP as a stream of local headers
//! (truncated downloads, large nested ZIPs), TAR and gzip. Each feeds entries to
//! [`Walker::handle`] and reports how far it got.

use std::io::{self, BufRead, Cursor, Read, Seek, SeekFrom};

use auskunft_model::{Arg, InputStatus, Message, Truncation};
use flate2::bufread::DeflateDecoder;

use crate::limits::ExactTake;
use crate::walk::{ContainerStatus, EntryMeta, Scope, Walker};
use crate::zip::{self as z, ZipEntry};

/// A `BufRead` that counts consumed bytes, so the scanner knows where it is.
pub(crate) struct Counting<R> {
    inner: R,
    pub pos: u64,
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
        self.inner.consume(amt)
    }
}

fn meta_for(e: &ZipEntry) -> EntryMeta {
    let unsupported =
        (!matches!(e.method, 0 | 8) && !e.encrypted()).then(|| match z::method_name(e.method) {
            Some(name) => Message::new("member-unsupported-method").arg("method", name),
            None => {
                Message::new("member-unsupported-method-number").arg("number", u32::from(e.method))
            }
        });
    EntryMeta {
        name: e.name(),
        symlink: e.is_symlink(),
        encrypted: e.encrypted(),
        unsupported,
        declared: Some(e.uncompressed),
        compressed: Some(e.compressed),
        crc: Some(e.crc),
        ..EntryMeta::default()
    }
}

fn decoder<'r>(method: u16, raw: impl Read + 'r) -> Box<dyn Read + 'r> {
    match method {
        8 => Box::new(flate2::read::DeflateDecoder::new(raw)),
        _ => Box::new(raw),
    }
}

impl Walker<'_> {
    /// Reads a ZIP through its central directory; falls back to scanning local headers when
    /// the directory is missing (a cut-off download) or unreadable.
    pub(crate) fn zip_seekable<R: Read + Seek>(
        &mut self,
        r: &mut R,
        len: u64,
        scope: &Scope,
    ) -> ContainerStatus {
        // One entry past the limit, so that handling it records that the limit was reached.
        let dir = match z::read_directory(r, len, self.limits.max_members.saturating_add(1)) {
            Ok(d) => d,
            Err(e) => return unreadable("input-message-unreadable", e),
        };
        let dir = match dir {
            Some(d) if !(d.entries.is_empty() && d.damage.is_some()) => d,
            found => {
                let damage = found.and_then(|d| d.damage);
                if r.seek(SeekFrom::Start(0)).is_err() {
                    return ContainerStatus::said(
                        InputStatus::Unreadable,
                        Message::new("input-message-unreadable-unknown"),
                    );
                }
                let mut status = self.zip_stream(&mut io::BufReader::new(r), scope, len);
                if let Some(d) = damage {
                    status.message = Some(match status.message {
                        Some(then) => Message::new("input-message-damage-then")
                            .arg("damage", d)
                            .arg("then", then),
                        None => d,
                    });
                }
                return status;
            }
        };
        // Entries whose data ranges overlap (the "overlapping files" zip bomb) are not read.
        let mut order: Vec<usize> = (0..dir.entries.len()).collect();
        order.sort_by_key(|&i| dir.entries[i].local_offset);
        let mut overlap = vec![false; dir.entries.len()];
        for pair in order.windows(2) {
            let (a, b) = (&dir.entries[pair[0]], &dir.entries[pair[1]]);
            let a_end = a
                .local_offset
                .saturating_add(30 + a.raw_name.len() as u64)
                .saturating_add(a.compressed);
            if a_end > b.local_offset {
                overlap[pair[1]] = true;
            }
        }
        for (i, e) in dir.entries.iter().enumerate() {
            let mut meta = meta_for(e);
            meta.overlap = overlap[i];
            let start = z::data_start(r, e.local_offset.saturating_add(dir.shift));
            let handled = match start {
                Err(why) => {
                    meta.failure = Some(why);
                    self.handle(scope, meta, None)
                }
                Ok(at) => {
                    if r.seek(SeekFrom::Start(at)).is_err() {
                        meta.failure = Some(Message::new("member-data-outside"));
                        self.handle(scope, meta, None)
                    } else {
                        let raw = ExactTake::new(&mut *r, e.compressed);
                        let mut content = decoder(e.method, raw);
                        self.handle(scope, meta, Some(&mut *content))
                    }
                }
            };
            if handled.stop {
                break;
            }
        }
        let mut status = ContainerStatus::ok();
        if let Some(d) = dir.damage {
            status = ContainerStatus::said(
                InputStatus::Ok,
                Message::new("input-message-damage-read")
                    .arg("damage", d)
                    .arg("count", dir.entries.len()),
            );
        } else if dir.announced > dir.entries.len() as u64 && dir.announced != 0xFFFF {
            status.message = Some(
                Message::new("input-message-entries-missing")
                    .arg("announced", dir.announced)
                    .arg("listed", dir.entries.len()),
            );
        }
        status
    }

    /// Reads a ZIP front to back by its local headers. `len` is the file's length when known
    /// (a top-level input), for the truncation report.
    pub(crate) fn zip_stream(
        &mut self,
        r: &mut dyn BufRead,
        scope: &Scope,
        len: u64,
    ) -> ContainerStatus {
        let mut r = Counting { inner: r, pos: 0 };
        let mut recovered = 0usize;
        let mut skipped_garbage = 0u64;
        let mut saw_directory = false;
        let mut cut: Option<(Option<String>, Option<u64>)> = None;
        loop {
            let mut sig = [0u8; 4];
            match read_full(&mut r, &mut sig) {
                Ok(0) => break,
                Ok(4) => {}
                Ok(_) => {
                    cut = Some((None, None));
                    break;
                }
                Err(e) => return unreadable("input-message-unreadable", e),
            }
            let sig = u32::from_le_bytes(sig);
            if matches!(sig, z::CENTRAL_SIG | z::EOCD_SIG | z::EOCD64_SIG) {
                saw_directory = true;
                break;
            }
            if sig != z::LOCAL_SIG {
                match resync(&mut r) {
                    Ok(n) => skipped_garbage += n + 4,
                    Err(_) => break,
                }
                continue;
            }
            let header_at = r.pos - 4;
            let mut fixed = [0u8; 30];
            fixed[..4].copy_from_slice(&z::LOCAL_SIG.to_le_bytes());
            let mut rest = [0u8; 26];
            if read_full(&mut r, &mut rest).ok() != Some(26) {
                cut = Some((None, None));
                break;
            }
            fixed[4..].copy_from_slice(&rest);
            let mut name = vec![0u8; z::u16le(&fixed, 26) as usize];
            let mut extra = vec![0u8; z::u16le(&fixed, 28) as usize];
            if read_full(&mut r, &mut name).ok() != Some(name.len())
                || read_full(&mut r, &mut extra).ok() != Some(extra.len())
            {
                cut = Some((Some(crate::names::decode(&name, true)), None));
                break;
            }
            let e = z::parse_local(&fixed, name, &extra, header_at);
            let mut meta = meta_for(&e);
            let descriptor = e.has_descriptor();
            if descriptor {
                meta.declared = None;
                meta.compressed = None;
                meta.crc = None;
            }
            let path = e.name();
            let data_at = r.pos;
            if descriptor && (e.method != 8 || e.encrypted()) {
                if meta.failure.is_none() && meta.unsupported.is_none() && !meta.encrypted {
                    meta.failure = Some(Message::new("member-length-unknown"));
                }
                self.handle(scope, meta, None);
                if resync(&mut r).is_err() {
                    break;
                }
                continue;
            }
            let handled = if descriptor {
                let mut content = DeflateDecoder::new(&mut r);
                self.handle(scope, meta, Some(&mut content))
            } else if meta.encrypted || meta.unsupported.is_some() {
                let h = self.handle(scope, meta, None);
                if skip_exact(&mut r, e.compressed).is_err() {
                    cut = Some((
                        Some(path),
                        Some(e.compressed.saturating_sub(r.pos - data_at)),
                    ));
                    break;
                }
                h
            } else {
                let raw = ExactTake::new(&mut r, e.compressed);
                let mut content = decoder(e.method, raw);
                self.handle(scope, meta, Some(&mut *content))
            };
            if handled.stop {
                break;
            }
            if handled.read_error.is_some() {
                let at_end = r.fill_buf().map(|b| b.is_empty()).unwrap_or(true);
                if at_end {
                    let missing =
                        (!descriptor).then(|| e.compressed.saturating_sub(r.pos - data_at));
                    cut = Some((Some(path), missing));
                    break;
                }
                let realigned = if descriptor {
                    resync(&mut r).is_ok()
                } else {
                    let consumed = r.pos - data_at;
                    skip_exact(&mut r, e.compressed.saturating_sub(consumed)).is_ok()
                };
                if !realigned {
                    break;
                }
                continue;
            }
            if descriptor {
                match read_descriptor(&mut r, e.zip64) {
                    Some(crc) => {
                        if let (Some(i), Some(actual)) = (handled.index, handled.crc) {
                            if actual != crc {
                                let m = &mut self.members[i];
                                m.status = auskunft_model::MemberStatus::Failed;
                                m.set_reason(Message::new("member-crc"));
                            }
                        }
                    }
                    None => {
                        cut = Some((None, None));
                        break;
                    }
                }
            }
            recovered += 1;
        }
        let mut status = ContainerStatus::ok();
        if skipped_garbage > 0 {
            status.message =
                Some(Message::new("input-message-garbage").arg("bytes", skipped_garbage));
        }
        if !saw_directory || cut.is_some() {
            let (incomplete, missing) = cut.unwrap_or((None, None));
            let at = if len > 0 { len } else { r.pos };
            let msg = Message::new("input-message-zip-cut-off")
                .arg("at", at)
                .arg("recovered", recovered)
                .arg(
                    "incomplete",
                    incomplete.clone().unwrap_or_else(|| "none".into()),
                )
                .arg("missing", missing.map_or_else(|| "none".into(), Arg::from));
            status = ContainerStatus {
                status: InputStatus::Truncated,
                message: Some(msg),
                truncation: Some(Truncation {
                    at_byte: at,
                    members_recovered: recovered,
                    incomplete_member: incomplete.map(|n| crate::names::sanitise(&n).path),
                    missing_bytes_of_incomplete_member: missing,
                }),
            };
        }
        status
    }

    /// Reads a TAR stream.
    pub(crate) fn tar(&mut self, r: &mut dyn Read, scope: &Scope) -> ContainerStatus {
        let mut archive = tar::Archive::new(r);
        let entries = match archive.entries() {
            Ok(e) => e,
            Err(e) => return unreadable("input-message-tar-unreadable", e),
        };
        let mut count = 0usize;
        for item in entries {
            let mut entry = match item {
                Ok(e) => e,
                Err(e) => {
                    let cut = e.kind() == io::ErrorKind::UnexpectedEof
                        || e.to_string().contains("unexpected EOF");
                    let status = if cut {
                        InputStatus::Truncated
                    } else {
                        InputStatus::Unreadable
                    };
                    let mut s = ContainerStatus::said(
                        status,
                        Message::new("input-message-tar-damaged")
                            .arg("count", count)
                            .arg("detail", Message::io(&e)),
                    );
                    if cut {
                        s.truncation = Some(Truncation {
                            at_byte: 0,
                            members_recovered: count,
                            incomplete_member: None,
                            missing_bytes_of_incomplete_member: None,
                        });
                    }
                    return s;
                }
            };
            let header = entry.header();
            let kind = header.entry_type();
            let size = header.size().unwrap_or(0);
            let name = crate::names::decode(&entry.path_bytes(), true);
            let link = entry
                .link_name_bytes()
                .map(|l| crate::names::decode(&l, true));
            let mut meta = EntryMeta {
                name,
                declared: Some(size),
                ..EntryMeta::default()
            };
            let regular =
                kind.is_file() || kind.is_contiguous() || kind == tar::EntryType::GNUSparse;
            if kind.is_dir() {
                meta.is_dir = true;
            } else if kind.is_symlink() {
                meta.symlink = true;
                meta.link_target = Some(link.unwrap_or_default());
            } else if kind.is_hard_link() {
                meta.special = Some("hard-link");
            } else if !regular {
                meta.special = Some("special");
            }
            let handled = if regular {
                let mut content = ExactTake::new(&mut entry, size);
                self.handle(scope, meta, Some(&mut content))
            } else {
                self.handle(scope, meta, None)
            };
            count += 1;
            if handled.stop {
                break;
            }
            if handled.read_error == Some(io::ErrorKind::UnexpectedEof) {
                return ContainerStatus {
                    status: InputStatus::Truncated,
                    message: Some(
                        Message::new("input-message-tar-cut-off")
                            .arg("file", count)
                            .arg("recovered", count - 1),
                    ),
                    truncation: Some(Truncation {
                        at_byte: 0,
                        members_recovered: count - 1,
                        incomplete_member: None,
                        missing_bytes_of_incomplete_member: None,
                    }),
                };
            }
        }
        ContainerStatus::ok()
    }

    /// Reads a gzip stream: a `.tar.gz` as TAR, anything else as one compressed file.
    pub(crate) fn gzip(
        &mut self,
        r: &mut dyn Read,
        scope: &Scope,
        outer_name: &str,
    ) -> ContainerStatus {
        let mut gz = flate2::read::MultiGzDecoder::new(r);
        let mut head = Vec::new();
        if let Err(e) = (&mut gz).take(512).read_to_end(&mut head) {
            return unreadable("input-message-gzip-unreadable", e);
        }
        if head.get(257..262) == Some(b"ustar") {
            let mut chained = Cursor::new(head).chain(gz);
            return self.tar(&mut chained, scope);
        }
        let name = gz
            .header()
            .and_then(|h| h.filename())
            .map(|f| crate::names::decode(f, false))
            .unwrap_or_else(|| {
                outer_name
                    .strip_suffix(".gz")
                    .or(outer_name.strip_suffix(".tgz"))
                    .unwrap_or(outer_name)
                    .to_string()
            });
        let meta = EntryMeta {
            name,
            ..EntryMeta::default()
        };
        let mut chained = Cursor::new(head).chain(gz);
        let handled = self.handle(scope, meta, Some(&mut chained));
        match handled.read_error {
            Some(io::ErrorKind::UnexpectedEof) => ContainerStatus::said(
                InputStatus::Truncated,
                Message::new("input-message-gzip-cut-off"),
            ),
            _ => ContainerStatus::ok(),
        }
    }
}

/// A container that cannot be read at all: the sentence `id` with the system's words for why.
fn unreadable(id: &str, e: io::Error) -> ContainerStatus {
    ContainerStatus::said(
        InputStatus::Unreadable,
        Message::new(id).arg("detail", Message::io(&e)),
    )
}

/// Reads until `buf` is full or the stream ends; returns how many bytes were read.
fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn skip_exact(r: &mut dyn BufRead, mut n: u64) -> io::Result<()> {
    while n > 0 {
        let available = r.fill_buf()?.len() as u64;
        if available == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let k = available.min(n);
        r.consume(k as usize);
        n -= k;
    }
    Ok(())
}

/// Skips forward to the next local or central header signature (left unread); returns bytes skipped.
fn resync<R: BufRead>(r: &mut Counting<R>) -> io::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let buf = r.fill_buf()?;
        if buf.len() < 4 {
            // Fewer than four bytes left in the buffer: consume one and refill.
            if buf.is_empty() {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            let found = buf.starts_with(b"PK");
            if found && buf.len() >= 4 {
                return Ok(skipped);
            }
            r.consume(1);
            skipped += 1;
            continue;
        }
        let hit = buf
            .windows(4)
            .position(|w| w == b"PK\x03\x04" || w == b"PK\x01\x02" || w == b"PK\x05\x06");
        match hit {
            Some(0) if skipped > 0 => return Ok(skipped),
            Some(0) => {
                // Sitting on a signature already consumed as garbage: step past it.
                r.consume(1);
                skipped += 1;
            }
            Some(p) => {
                r.consume(p);
                return Ok(skipped + p as u64);
            }
            None => {
                let k = buf.len() - 3;
                r.consume(k);
                skipped += k as u64;
            }
        }
    }
}

/// Reads a data descriptor (optional signature, CRC, sizes); returns its CRC.
fn read_descriptor(r: &mut dyn BufRead, zip64: bool) -> Option<u32> {
    let peek = r.fill_buf().ok()?;
    if peek.len() >= 4 && z::u32le(peek, 0) == z::DESCRIPTOR_SIG {
        r.consume(4);
    }
    let size = if zip64 { 20 } else { 12 };
    let mut d = [0u8; 20];
    (read_full(r, &mut d[..size]).ok()? == size).then(|| z::u32le(&d, 0))
}
