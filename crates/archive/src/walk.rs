//! The walker: every member of every input, exactly once, with a status and a hash.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufReader, Cursor, Read, Seek};
use std::path::{Path, PathBuf};

use auskunft_model::{
    Input, InputStatus, Member, MemberKind, MemberStatus, Message, Note, Truncation,
};
use sha2::{Digest, Sha256};

use crate::limits::{exceeded, hex, Budget, Limits, Metered};
use crate::names::sanitise;
use crate::probe::{sniff, Content};

/// What a visitor is told about a member before it reads the content.
#[derive(Debug)]
pub struct MemberInfo<'a> {
    /// Index the member will have in the report's members.
    pub index: usize,
    /// Index of the input it came from.
    pub input: usize,
    /// Display path.
    pub path: &'a str,
    /// Path of the archive member that holds it, for nested members.
    pub container: Option<&'a str>,
    /// What the first bytes say it is.
    pub content: Content,
    /// Up to the first 4 KiB, for cheap recognition.
    pub head: &'a [u8],
}

/// A format module's answer for one member.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The module's name (`amazon.voice_history`).
    pub format: String,
    /// What the member turned out to be.
    pub kind: MemberKind,
    /// How reading went.
    pub outcome: Outcome,
}

/// How a format module fared with a member. The reason is a catalogue message (`formats.ftl`):
/// the member's `reason` holds it in English, `reason_words` for the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Read and understood.
    Parsed,
    /// Recognised but deliberately not imported.
    Skipped(Message),
    /// Recognised but could not be read.
    Failed(Message),
}

/// Receives the content of every readable, non-archive member, in archive order.
///
/// Contract: `member` may read as much of `content` as it likes (the walker reads the rest, so
/// the hash always covers every byte); it must not assume the content fits in memory. Errors from
/// `content` mean the member is damaged or over a limit: the walker reports them, so the visitor
/// may simply stop. Returning `None` means no format module claims the member.
pub trait Visitor {
    /// Handles one member's content.
    fn member(&mut self, info: &MemberInfo<'_>, content: &mut dyn Read) -> Option<Claim>;
    /// Called after each member with the number of members so far.
    fn progress(&mut self, _members: usize) {}
    /// Polled between members; `true` stops the walk (a note says so).
    fn cancelled(&self) -> bool {
        false
    }
}

/// A visitor that claims nothing: the plain inventory of an export.
pub struct ListOnly;

impl Visitor for ListOnly {
    fn member(&mut self, _info: &MemberInfo<'_>, _content: &mut dyn Read) -> Option<Claim> {
        None
    }
}

/// The result of walking an export.
#[derive(Debug, Default)]
pub struct Walk {
    /// One per input path, in the given order.
    pub inputs: Vec<Input>,
    /// Every member.
    pub members: Vec<Member>,
    /// Export-wide remarks.
    pub notes: Vec<Note>,
}

/// Where an entry sits.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    pub input: usize,
    pub parent: Option<usize>,
    pub container: Option<String>,
    pub depth: u32,
}

/// What a container knows about one entry before its content is read.
#[derive(Debug, Default)]
pub(crate) struct EntryMeta {
    pub name: String,
    pub is_dir: bool,
    pub symlink: bool,
    pub link_target: Option<String>,
    /// What kind of entry without data it is (`member-special`'s `$what`: `hard-link`,
    /// `special`).
    pub special: Option<&'static str>,
    pub encrypted: bool,
    pub unsupported: Option<Message>,
    pub overlap: bool,
    pub failure: Option<Message>,
    pub declared: Option<u64>,
    pub compressed: Option<u64>,
    pub crc: Option<u32>,
}

/// What happened while handling an entry; containers use it to stay in step.
#[derive(Debug, Default)]
pub(crate) struct Handled {
    /// Index of the member pushed (none when the member limit was hit).
    pub index: Option<usize>,
    /// Reading the content failed or stopped early.
    pub read_error: Option<io::ErrorKind>,
    /// CRC-32 of the bytes read, when they were all read.
    pub crc: Option<u32>,
    /// Stop this container: the member limit was reached or the walk was cancelled.
    pub stop: bool,
}

/// How a container (an input or a nested archive) could be read.
#[derive(Debug)]
pub(crate) struct ContainerStatus {
    pub status: InputStatus,
    pub message: Option<Message>,
    pub truncation: Option<Truncation>,
}

impl ContainerStatus {
    pub fn ok() -> Self {
        ContainerStatus {
            status: InputStatus::Ok,
            message: None,
            truncation: None,
        }
    }
    /// A status with a catalogued sentence.
    pub fn said(status: InputStatus, message: Message) -> Self {
        ContainerStatus {
            status,
            message: Some(message),
            truncation: None,
        }
    }
}

pub(crate) struct Walker<'a> {
    pub limits: &'a Limits,
    pub budget: &'a Budget,
    pub visitor: &'a mut dyn Visitor,
    pub members: Vec<Member>,
    pub notes: Vec<Note>,
    nested_opened: usize,
    member_limit_hit: bool,
    cancelled: bool,
    seen: HashSet<(usize, Option<usize>, String)>,
}

/// Walks every input of one export and hands readable members to `visitor`.
///
/// Never panics on hostile input and never writes anywhere: content is streamed from the
/// archives. Inputs that cannot be read at all get a status and a message, not an error.
pub fn walk(paths: &[PathBuf], limits: &Limits, visitor: &mut dyn Visitor) -> Walk {
    let budget = export_budget(paths, limits);
    let mut w = Walker::new(limits, &budget, visitor);
    // Each file's own SHA-256 is one more pass over it: on a thread of its own, while the walk
    // reads the same bytes (from the page cache) for its members.
    let (mut inputs, hashes) = std::thread::scope(|scope| {
        let hashing = scope.spawn(|| paths.iter().map(|p| hash_file(p)).collect::<Vec<_>>());
        let inputs: Vec<Input> = paths
            .iter()
            .enumerate()
            .map(|(i, path)| w.input(i, path))
            .collect();
        let hashes = hashing
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (inputs, hashes)
    });
    for (input, hash) in inputs.iter_mut().zip(hashes) {
        match hash {
            Ok(h) => input.sha256 = Some(h),
            // A file that could not be opened, or a folder, already says so.
            Err(_) if input.message.is_some() && input.status == InputStatus::Unreadable => {}
            Err(e) => {
                // Read for its members but not to its end for its own hash (a read error midway):
                // what was found stays, and the file is unreadable.
                input.status = InputStatus::Unreadable;
                input.set_message(
                    Message::new("input-message-cannot-read")
                        .arg("file", input.path.as_str())
                        .arg("detail", Message::io(&e)),
                );
            }
        }
    }
    if w.member_limit_hit {
        w.notes.push(Note::new(
            "member_limit",
            Message::new("note-member-limit").arg("limit", limits.max_members),
        ));
    }
    if w.cancelled {
        w.notes
            .push(Note::new("cancelled", Message::new("note-cancelled")));
    }
    let mut notes = std::mem::take(&mut w.notes);
    notes.extend(crate::parts::missing_parts(paths));
    Walk {
        inputs,
        members: w.members,
        notes,
    }
}

/// Walks input `index` of an export alone, for fetching one member on demand (`crate::read`):
/// the file is not hashed first (the `Input` has no `sha256`), the other inputs are not opened,
/// and the export-wide budget is the one a full walk has, so a member the full walk read is
/// readable here too. The visitor's `cancelled` ends the walk once it has what it wants.
pub(crate) fn walk_one(
    paths: &[PathBuf],
    index: usize,
    limits: &Limits,
    visitor: &mut dyn Visitor,
) -> (Input, Vec<Member>) {
    let budget = export_budget(paths, limits);
    let mut w = Walker::new(limits, &budget, visitor);
    let input = w.input(index, &paths[index]);
    (input, w.members)
}

/// The uncompressed bytes one export may expand to: see [`Limits::min_total_bytes`].
fn export_budget(paths: &[PathBuf], limits: &Limits) -> Budget {
    let on_disk: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    Budget::new(
        limits
            .min_total_bytes
            .max(on_disk.saturating_mul(limits.total_bytes_per_input_byte)),
    )
}

impl<'a> Walker<'a> {
    fn new(limits: &'a Limits, budget: &'a Budget, visitor: &'a mut dyn Visitor) -> Self {
        Walker {
            limits,
            budget,
            visitor,
            members: Vec::new(),
            notes: Vec::new(),
            nested_opened: 0,
            member_limit_hit: false,
            cancelled: false,
            seen: HashSet::new(),
        }
    }
}

impl Walker<'_> {
    /// Reads one input (its own SHA-256 is [`walk`]'s, computed beside).
    fn input(&mut self, index: usize, path: &Path) -> Input {
        let shown = path.display().to_string();
        let mut input = Input {
            path: shown.clone(),
            bytes: 0,
            sha256: None,
            status: InputStatus::Unreadable,
            message: None,
            message_words: None,
            truncation: None,
        };
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                input.set_message(
                    Message::new("input-message-cannot-open")
                        .arg("file", shown.as_str())
                        .arg("detail", Message::io(&e)),
                );
                return input;
            }
        };
        let len = match file.metadata() {
            Ok(m) if m.is_dir() => {
                input.set_message(Message::new("input-message-folder").arg("file", shown.as_str()));
                return input;
            }
            Ok(m) => m.len(),
            Err(e) => {
                input.set_message(
                    Message::new("input-message-cannot-read")
                        .arg("file", shown.as_str())
                        .arg("detail", Message::io(&e)),
                );
                return input;
            }
        };
        input.bytes = len;
        if len == 0 {
            input.status = InputStatus::Empty;
            input.set_message(Message::new("input-message-empty").arg("file", shown.as_str()));
            return input;
        }
        let mut head = Vec::new();
        if let Err(e) = (&file)
            .take(4096)
            .read_to_end(&mut head)
            .and_then(|_| (&file).seek(io::SeekFrom::Start(0)))
        {
            input.set_message(
                Message::new("input-message-cannot-read")
                    .arg("file", shown.as_str())
                    .arg("detail", Message::io(&e)),
            );
            return input;
        }
        let scope = Scope {
            input: index,
            parent: None,
            container: None,
            depth: 0,
        };
        let mut reader = BufReader::with_capacity(256 * 1024, file);
        let content = sniff(&head);
        let status = match content {
            Content::Zip => self.zip_seekable(&mut reader, len, &scope),
            Content::Tar => self.tar(&mut reader, &scope),
            Content::Gzip => self.gzip(&mut reader, &scope, &file_name(path)),
            // Data before the archive proper (a self-extractor stub): the directory at the end tells.
            _ if crate::zip::has_directory(&mut reader, len) => {
                self.zip_seekable(&mut reader, len, &scope)
            }
            other => ContainerStatus::said(
                InputStatus::NotAnArchive,
                Message::new("input-message-not-an-archive")
                    .arg("file", shown.as_str())
                    .arg("content", other.code()),
            ),
        };
        input.status = status.status;
        if let Some(message) = status.message {
            input.set_message(message);
        }
        // Stream readers (TAR, gzip) do not know the file's length; the cut is at its end.
        input.truncation = status
            .truncation
            .map(|t| auskunft_model::Truncation { at_byte: len, ..t });
        input
    }

    /// Handles one entry of any container. `content` is `None` when the container cannot supply it.
    pub(crate) fn handle(
        &mut self,
        scope: &Scope,
        meta: EntryMeta,
        content: Option<&mut dyn Read>,
    ) -> Handled {
        if self.cancelled || self.visitor.cancelled() {
            self.cancelled = true;
            return Handled {
                stop: true,
                ..Handled::default()
            };
        }
        if self.members.len() >= self.limits.max_members {
            self.member_limit_hit = true;
            return Handled {
                stop: true,
                ..Handled::default()
            };
        }
        let safe = sanitise(&meta.name);
        let index = self.members.len();
        let duplicate = !safe.is_folder
            && !self
                .seen
                .insert((scope.input, scope.parent, safe.path.clone()));
        let mut member = Member {
            input: scope.input,
            path: safe.path.clone(),
            container: scope.container.clone(),
            parent: scope.parent,
            original_name: safe.original.clone(),
            bytes: meta.declared.unwrap_or(0),
            sha256: None,
            kind: MemberKind::Other,
            format: None,
            status: MemberStatus::Skipped,
            reason: None,
            reason_words: None,
            warnings: Vec::new(),
            warnings_words: Vec::new(),
            duplicate_of: None,
        };
        let limits = self.limits;
        let unread = if safe.is_folder || meta.is_dir {
            Some((MemberStatus::Skipped, Message::new("member-folder")))
        } else if let Some(f) = &meta.failure {
            Some((MemberStatus::Failed, f.clone()))
        } else if meta.symlink && meta.link_target.is_some() {
            Some((
                MemberStatus::Skipped,
                Message::new("member-symlink")
                    .arg("target", meta.link_target.clone().unwrap_or_default()),
            ))
        } else if let Some(s) = meta.special {
            Some((
                MemberStatus::Skipped,
                Message::new("member-special").arg("what", s),
            ))
        } else if meta.encrypted {
            Some((MemberStatus::Skipped, Message::new("member-encrypted")))
        } else if let Some(u) = &meta.unsupported {
            Some((MemberStatus::Skipped, u.clone()))
        } else if meta.overlap {
            Some((MemberStatus::Skipped, Message::new("member-overlap")))
        } else if meta.declared.is_some_and(|d| d > limits.max_member_bytes) {
            Some((
                MemberStatus::Skipped,
                Message::new("member-too-large")
                    .arg("declared", meta.declared.unwrap_or(0))
                    .arg("limit", limits.max_member_bytes),
            ))
        } else if self.budget.remaining() == 0 {
            Some((MemberStatus::Skipped, Message::new("member-budget")))
        } else if content.is_none() {
            Some((MemberStatus::Failed, Message::new("member-not-located")))
        } else {
            None
        };
        if let Some((status, reason)) = unread {
            member.status = status;
            member.set_reason(reason);
            self.members.push(member);
            self.visitor.progress(self.members.len());
            return Handled {
                index: Some(index),
                ..Handled::default()
            };
        }
        let Some(content) = content else {
            unreachable!("checked above")
        };
        let budget = self.budget;
        let mut metered = Metered::new(content, budget, limits, meta.compressed, meta.declared);
        let mut head = Vec::with_capacity(4096);
        let head_result = (&mut metered).take(4096).read_to_end(&mut head);
        let sniffed = sniff(&head);
        member.kind = sniffed.kind();
        // Read-but-not-imported reasons: the bytes are hashed, nothing is interpreted.
        let read_only = if meta.symlink {
            Some(
                Message::new("member-symlink").arg(
                    "target",
                    String::from_utf8_lossy(&head)
                        .chars()
                        .take(200)
                        .collect::<String>(),
                ),
            )
        } else if safe.climbs_out {
            Some(Message::new("member-climbs-out"))
        } else if duplicate {
            Some(Message::new("member-duplicate"))
        } else {
            None
        };
        self.members.push(member);
        let mut result = head_result.map(|_| ());
        let mut outcome: Option<(MemberStatus, Option<Message>)> = None;
        if result.is_ok() {
            if let Some(reason) = read_only {
                outcome = Some((MemberStatus::Skipped, Some(reason)));
            } else if sniffed.kind() == MemberKind::Archive {
                let mut chained = Cursor::new(&head[..]).chain(&mut metered);
                outcome = Some(self.nested(
                    scope,
                    index,
                    sniffed,
                    &safe.path,
                    meta.declared,
                    &mut chained,
                ));
            } else {
                let info = MemberInfo {
                    index,
                    input: scope.input,
                    path: &safe.path,
                    container: scope.container.as_deref(),
                    content: sniffed,
                    head: &head,
                };
                let mut chained = Cursor::new(&head[..]).chain(&mut metered);
                let claim = self.visitor.member(&info, &mut chained);
                outcome = Some(match claim {
                    Some(c) => {
                        self.members[index].kind = c.kind;
                        self.members[index].format = Some(c.format);
                        match c.outcome {
                            Outcome::Parsed => (MemberStatus::Parsed, None),
                            Outcome::Skipped(r) => (MemberStatus::Skipped, Some(r)),
                            Outcome::Failed(r) => (MemberStatus::Failed, Some(r)),
                        }
                    }
                    None => (
                        MemberStatus::Skipped,
                        Some(Message::new("member-no-format").arg("content", sniffed.code())),
                    ),
                });
            }
            result = metered.drain();
        }
        let count = metered.count();
        let mut handled = Handled {
            index: Some(index),
            ..Handled::default()
        };
        let m = &mut self.members[index];
        match result {
            Ok(()) => {
                let (sha, crc, len) = metered.finish();
                m.sha256 = Some(sha);
                m.bytes = len;
                handled.crc = Some(crc);
                let (status, reason) = outcome.unwrap_or((MemberStatus::Parsed, None));
                if meta.crc.is_some_and(|expected| expected != crc) {
                    m.status = MemberStatus::Failed;
                    m.set_reason(Message::new("member-crc"));
                } else {
                    m.status = status;
                    if let Some(reason) = reason {
                        m.set_reason(reason);
                    }
                }
            }
            Err(e) => {
                handled.read_error = Some(e.kind());
                m.bytes = meta.declared.unwrap_or(count).max(count);
                m.sha256 = None;
                if let Some(x @ crate::limits::Exceeded::Declared { .. }) = exceeded(&e) {
                    m.status = MemberStatus::Failed;
                    m.set_reason(Message::new("member-crafted").arg("detail", x.words()));
                } else if let Some(x) = exceeded(&e) {
                    m.status = MemberStatus::Skipped;
                    m.set_reason(
                        Message::new("member-size-limit-read")
                            .arg("detail", x.words())
                            .arg("bytes", count),
                    );
                } else if e.kind() == io::ErrorKind::UnexpectedEof {
                    m.status = MemberStatus::Failed;
                    m.set_reason(Message::new("member-cut-off").arg("bytes", count));
                } else {
                    m.status = MemberStatus::Failed;
                    m.set_reason(
                        Message::new("member-corrupt-after")
                            .arg("bytes", count)
                            .arg("detail", Message::io(&e)),
                    );
                }
            }
        }
        self.visitor.progress(self.members.len());
        handled.stop = self.member_limit_hit || self.cancelled;
        handled
    }

    /// Opens an archive found inside an archive; returns the nested member's own status.
    fn nested(
        &mut self,
        scope: &Scope,
        index: usize,
        content: Content,
        path: &str,
        declared: Option<u64>,
        reader: &mut dyn Read,
    ) -> (MemberStatus, Option<Message>) {
        if scope.depth + 1 > self.limits.max_depth {
            return (
                MemberStatus::Skipped,
                Some(Message::new("member-too-deep").arg("limit", self.limits.max_depth)),
            );
        }
        if self.nested_opened >= self.limits.max_nested_archives {
            return (
                MemberStatus::Skipped,
                Some(
                    Message::new("member-too-many-nested")
                        .arg("limit", self.limits.max_nested_archives),
                ),
            );
        }
        self.nested_opened += 1;
        let child = Scope {
            input: scope.input,
            parent: Some(index),
            container: Some(path.to_string()),
            depth: scope.depth + 1,
        };
        let status = match content {
            Content::Zip if declared.is_some_and(|d| d <= self.limits.nested_in_memory_bytes) => {
                let mut buf = Vec::new();
                match reader.read_to_end(&mut buf) {
                    Ok(_) => {
                        let len = buf.len() as u64;
                        self.zip_seekable(&mut Cursor::new(buf), len, &child)
                    }
                    Err(e) => return nested_read_error(e),
                }
            }
            Content::Zip => self.zip_stream(&mut io::BufReader::new(reader), &child, 0),
            Content::Tar => self.tar(reader, &child),
            _ => self.gzip(reader, &child, path.rsplit('/').next().unwrap_or(path)),
        };
        match status.status {
            InputStatus::Ok => (MemberStatus::Parsed, None),
            _ => (
                MemberStatus::Failed,
                Some(match status.message {
                    Some(m) => Message::new("member-damaged-archive").arg("detail", m),
                    None => Message::new("member-damaged-archive-unknown"),
                }),
            ),
        }
    }
}

fn nested_read_error(e: io::Error) -> (MemberStatus, Option<Message>) {
    match exceeded(&e) {
        Some(x) => (
            MemberStatus::Skipped,
            Some(Message::new("member-size-limit").arg("detail", x.words())),
        ),
        None => (
            MemberStatus::Failed,
            Some(Message::new("member-corrupt").arg("detail", Message::io(&e))),
        ),
    }
}

fn hash_file(path: &Path) -> io::Result<String> {
    let mut f = File::open(path)?;
    let mut sha = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            return Ok(hex(&sha.finalize()));
        }
        sha.update(&buf[..n]);
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
