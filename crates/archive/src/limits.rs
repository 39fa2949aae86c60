//! Bounds that keep hostile archives from exhausting time, memory or disk.

use std::cell::Cell;
use std::io::{self, Read};

use sha2::{Digest, Sha256};

/// Bounds on what one export may make us read. The defaults suit real exports (a 50 GB Takeout
/// passes) while a decompression bomb stops within seconds.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest uncompressed member.
    pub max_member_bytes: u64,
    /// Largest expansion of one member, uncompressed / compressed, once past `ratio_grace_bytes`.
    pub max_ratio: u64,
    /// Output below this size is never judged by ratio.
    pub ratio_grace_bytes: u64,
    /// Uncompressed bytes of the whole export: at least this many …
    pub min_total_bytes: u64,
    /// … or this many times the inputs' size on disk, whichever is more.
    pub total_bytes_per_input_byte: u64,
    /// How many archives may sit inside each other (an input is depth 0).
    pub max_depth: u32,
    /// How many nested archives one export may open.
    pub max_nested_archives: usize,
    /// How many members one export may list.
    pub max_members: usize,
    /// Nested ZIPs up to this size are read into memory and opened by their table of contents;
    /// larger ones are read as a stream of local headers.
    pub nested_in_memory_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_member_bytes: 16 << 30,
            max_ratio: 1000,
            ratio_grace_bytes: 1 << 20,
            min_total_bytes: 1 << 30,
            total_bytes_per_input_byte: 200,
            max_depth: 4,
            max_nested_archives: 1000,
            max_members: 2_000_000,
            nested_in_memory_bytes: 32 << 20,
        }
    }
}

/// Why reading stopped early; travels inside an `io::Error` and is recovered with [`exceeded`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Exceeded {
    /// The member grew past the member limit.
    #[error("expands to more than {limit} bytes (the limit for one file)")]
    MemberSize {
        /// The limit.
        limit: u64,
    },
    /// The member expands far more than real data does.
    #[error("expands more than {ratio}× its compressed size, like a decompression bomb")]
    Ratio {
        /// The limit.
        ratio: u64,
    },
    /// The whole export grew past its budget.
    #[error("the export as a whole expands to more than {limit} bytes")]
    Total {
        /// The limit.
        limit: u64,
    },
    /// The member holds more data than its header declared.
    #[error("holds more data than its header declares ({declared} bytes)")]
    Declared {
        /// What the header said.
        declared: u64,
    },
}

impl Exceeded {
    /// The limit in the reader's language (`members.ftl`); `Display` is the English text of
    /// the `io::Error` it travels in.
    pub fn words(&self) -> auskunft_model::Message {
        use auskunft_model::Message;
        match *self {
            Exceeded::MemberSize { limit } => {
                Message::new("member-limit-member-size").arg("limit", limit)
            }
            Exceeded::Ratio { ratio } => Message::new("member-limit-ratio").arg("ratio", ratio),
            Exceeded::Total { limit } => Message::new("member-limit-total").arg("limit", limit),
            Exceeded::Declared { declared } => {
                Message::new("member-limit-declared").arg("declared", declared)
            }
        }
    }
}

/// Recovers an [`Exceeded`] from an I/O error produced by [`Metered`].
pub fn exceeded(e: &io::Error) -> Option<Exceeded> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<Exceeded>())
        .cloned()
}

/// The uncompressed-byte budget of one export, shared by all readers.
#[derive(Debug)]
pub struct Budget {
    used: Cell<u64>,
    limit: u64,
}

impl Budget {
    /// A budget of `limit` bytes.
    pub fn new(limit: u64) -> Self {
        Budget {
            used: Cell::new(0),
            limit,
        }
    }
    /// Bytes still allowed.
    pub fn remaining(&self) -> u64 {
        self.limit.saturating_sub(self.used.get())
    }
    /// The limit.
    pub fn limit(&self) -> u64 {
        self.limit
    }
}

/// Wraps a member's decompressed bytes: enforces limits and computes SHA-256, CRC-32 and length.
pub struct Metered<'b, R> {
    inner: R,
    budget: &'b Budget,
    member_limit: u64,
    ratio_limit: Option<(u64, u64, u64)>, // (compressed, ratio, grace)
    declared: Option<u64>,
    sha: Sha256,
    crc: crc32fast::Hasher,
    count: u64,
}

impl<'b, R: Read> Metered<'b, R> {
    /// Meters `inner`. `compressed` enables the ratio check; `declared` the declared-size check.
    pub fn new(
        inner: R,
        budget: &'b Budget,
        limits: &Limits,
        compressed: Option<u64>,
        declared: Option<u64>,
    ) -> Self {
        Metered {
            inner,
            budget,
            member_limit: limits.max_member_bytes,
            ratio_limit: compressed.map(|c| (c, limits.max_ratio, limits.ratio_grace_bytes)),
            declared,
            sha: Sha256::new(),
            crc: crc32fast::Hasher::new(),
            count: 0,
        }
    }

    /// Bytes read so far.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Reads and discards the rest, so that the hash covers every byte.
    pub fn drain(&mut self) -> io::Result<()> {
        let mut buf = vec![0u8; 64 * 1024];
        while self.read(&mut buf)? > 0 {}
        Ok(())
    }

    /// Finishes: (sha256 hex, crc32, length).
    pub fn finish(self) -> (String, u32, u64) {
        (hex(&self.sha.finalize()), self.crc.finalize(), self.count)
    }
}

impl<R: Read> Read for Metered<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let count = self.count + n as u64;
        let fail = |e: Exceeded| Err(io::Error::other(e));
        if let Some(declared) = self.declared {
            if count > declared {
                return fail(Exceeded::Declared { declared });
            }
        }
        if count > self.member_limit {
            return fail(Exceeded::MemberSize {
                limit: self.member_limit,
            });
        }
        if let Some((compressed, ratio, grace)) = self.ratio_limit {
            if count > grace && count > compressed.saturating_mul(ratio) {
                return fail(Exceeded::Ratio { ratio });
            }
        }
        if n as u64 > self.budget.remaining() {
            return fail(Exceeded::Total {
                limit: self.budget.limit,
            });
        }
        self.budget.used.set(self.budget.used.get() + n as u64);
        self.count = count;
        self.sha.update(&buf[..n]);
        self.crc.update(&buf[..n]);
        Ok(n)
    }
}

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Like `Read::take`, but reaching the end of `inner` before `limit` bytes is an
/// `UnexpectedEof` error instead of a quiet short read: a cut-off member must not look complete.
pub struct ExactTake<R> {
    inner: R,
    left: u64,
}

impl<R: Read> ExactTake<R> {
    /// Reads exactly `limit` bytes of `inner`.
    pub fn new(inner: R, limit: u64) -> Self {
        ExactTake { inner, left: limit }
    }
    /// Bytes not yet read.
    pub fn left(&self) -> u64 {
        self.left
    }
    /// The wrapped reader.
    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for ExactTake<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let max = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..max])?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("data ends {} bytes early", self.left),
            ));
        }
        self.left -= n as u64;
        Ok(n)
    }
}
