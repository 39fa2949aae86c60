//! The format modules' side of the audit on a second thread.
//!
//! The archive walker inflates, checksums and hashes every member; the format modules parse the
//! members they claim. Both are heavy, and on one thread they take turns. Here the walker reads
//! a claimed member into memory (as the modules do themselves: they read whole members, bounded)
//! and hands it to a worker thread that owns the [`Import`] and runs the module, while the walker
//! goes on to the next member.
//!
//! The modules see exactly what they would have seen on the walker's thread: the same bytes,
//! then the same read error if the member broke off, in the same order. So records, ids and
//! joins come out identical. A member larger than [`BUFFERED`] is not copied: the walker waits
//! until the worker has done everything before it and runs the module itself, streaming.
//! What a module says about a member (its kind, parsed, skipped or failed, and why) is known
//! only once the worker ran it; [`Worker::finish`] returns it for the audit to put on the
//! member.

use std::io::{self, Cursor, Read};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use auskunft_formats::{Candidate, Format, Import, Imported};

/// Members up to this size are read into memory and imported on the worker's thread.
pub(crate) const BUFFERED: u64 = 8 * 1024 * 1024;
/// At most this many bytes wait for the worker; the walker waits when more would.
const IN_FLIGHT: usize = 64 * 1024 * 1024;

/// Buffers kept for reuse.
const SPARE: usize = 32;

/// One member for the worker.
struct Job {
    format: &'static dyn Format,
    input: usize,
    member: usize,
    path: String,
    content: auskunft_archive::Content,
    head: Vec<u8>,
    bytes: Vec<u8>,
    /// The error reading the member ended with, after `bytes`.
    error: Option<(io::ErrorKind, String)>,
}

enum Message {
    Import(Job),
    /// Answered once everything sent before it is imported.
    Barrier(mpsc::Sender<()>),
}

/// What the worker and the walker share.
struct Shared {
    import: Mutex<Import>,
    /// Bytes sent and not yet imported, and the walker's wait for them to shrink.
    in_flight: Mutex<usize>,
    shrunk: Condvar,
    /// Records so far, for progress.
    records: AtomicUsize,
    /// Buffers the worker is done with, for the walker to fill again: fresh memory for every
    /// member cost the walker more in page faults than the copy itself.
    spare: Mutex<Vec<Vec<u8>>>,
}

/// The worker thread and the way to it.
pub(crate) struct Worker {
    shared: Arc<Shared>,
    sender: Option<mpsc::Sender<Message>>,
    thread: Option<JoinHandle<Vec<(usize, Imported)>>>,
}

impl Worker {
    /// Starts the worker with an empty import.
    pub(crate) fn start() -> Worker {
        let shared = Arc::new(Shared {
            import: Mutex::new(Import::new()),
            in_flight: Mutex::new(0),
            shrunk: Condvar::new(),
            records: AtomicUsize::new(0),
            spare: Mutex::new(Vec::new()),
        });
        let (sender, receiver) = mpsc::channel::<Message>();
        let theirs = shared.clone();
        let thread = std::thread::Builder::new()
            .name("auskunft-import".into())
            .spawn(move || run(&theirs, &receiver))
            .ok();
        Worker {
            shared,
            sender: thread.is_some().then_some(sender),
            thread,
        }
    }

    /// Records imported so far.
    pub(crate) fn records(&self) -> usize {
        self.shared.records.load(Ordering::Relaxed)
    }

    /// Imports one member with `format`: on the worker's thread when it is small enough to
    /// read into memory, else here once the worker has caught up. `Some` is the module's answer
    /// when it ran here; `None` means it is the worker's, returned by [`Worker::finish`].
    pub(crate) fn import(
        &mut self,
        format: &'static dyn Format,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
    ) -> Option<Imported> {
        let mut bytes = lock(&self.shared.spare).pop().unwrap_or_default();
        let read = content.take(BUFFERED + 1).read_to_end(&mut bytes);
        let error = match read {
            Ok(_) if bytes.len() as u64 > BUFFERED => {
                // Too large to copy: stream it here, after everything sent before.
                self.wait_idle();
                let mut rest = Cursor::new(bytes).chain(content);
                let imported = format.import(candidate, &mut rest, &mut lock(&self.shared.import));
                self.count();
                return Some(imported);
            }
            Ok(_) => None,
            Err(e) => Some((e.kind(), e.to_string())),
        };
        let job = Job {
            format,
            input: candidate.input,
            member: candidate.member,
            path: candidate.path.to_string(),
            content: candidate.content,
            head: candidate.head.to_vec(),
            bytes,
            error,
        };
        match &self.sender {
            Some(sender) => {
                self.reserve(job.bytes.len());
                if sender.send(Message::Import(job)).is_err() {
                    // The worker is gone: a module panicked there. Raise it here, as if it had
                    // run on this thread.
                    self.rethrow();
                }
                None
            }
            None => {
                let imported = import_job(&job, &mut lock(&self.shared.import));
                self.count();
                Some(imported)
            }
        }
    }

    /// Waits for the worker to import everything, then hands over the import and the modules'
    /// answers for the members it imported, by member index, in order.
    pub(crate) fn finish(mut self) -> (Import, Vec<(usize, Imported)>) {
        drop(self.sender.take());
        let answers = match self.thread.take().map(JoinHandle::join) {
            Some(Ok(answers)) => answers,
            Some(Err(panic)) => std::panic::resume_unwind(panic),
            None => Vec::new(),
        };
        let import = std::mem::take(&mut *lock(&self.shared.import));
        (import, answers)
    }

    /// Raises the worker's panic on this thread.
    fn rethrow(&mut self) {
        drop(self.sender.take());
        if let Some(Err(panic)) = self.thread.take().map(JoinHandle::join) {
            std::panic::resume_unwind(panic);
        }
    }

    fn count(&self) {
        let n = lock(&self.shared.import).records_so_far();
        self.shared.records.store(n, Ordering::Relaxed);
    }

    /// Waits until everything sent so far is imported.
    fn wait_idle(&self) {
        if let Some(sender) = &self.sender {
            let (done, wait) = mpsc::channel();
            if sender.send(Message::Barrier(done)).is_ok() {
                let _ = wait.recv();
            }
        }
    }

    /// Waits until `bytes` more fit in flight (a lone member always does), then counts them.
    fn reserve(&self, bytes: usize) {
        let mut in_flight = lock(&self.shared.in_flight);
        while *in_flight > 0 && *in_flight + bytes > IN_FLIGHT {
            in_flight = self
                .shared
                .shrunk
                .wait(in_flight)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        *in_flight += bytes;
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        drop(self.sender.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The worker's loop: imports jobs in the order sent until the walker hangs up.
fn run(shared: &Shared, receiver: &mpsc::Receiver<Message>) -> Vec<(usize, Imported)> {
    let mut answers = Vec::new();
    for message in receiver {
        match message {
            Message::Import(job) => {
                let size = job.bytes.len();
                let mut import = lock(&shared.import);
                answers.push((job.member, import_job(&job, &mut import)));
                shared
                    .records
                    .store(import.records_so_far(), Ordering::Relaxed);
                drop(import);
                let mut bytes = job.bytes;
                bytes.clear();
                let mut spare = lock(&shared.spare);
                if spare.len() < SPARE {
                    spare.push(bytes);
                }
                drop(spare);
                *lock(&shared.in_flight) -= size;
                shared.shrunk.notify_all();
            }
            Message::Barrier(done) => {
                let _ = done.send(());
            }
        }
    }
    answers
}

/// Runs the module over a job's bytes, ending with the job's read error as the walker's
/// stream would have.
fn import_job(job: &Job, import: &mut Import) -> Imported {
    let candidate = Candidate {
        input: job.input,
        member: job.member,
        path: &job.path,
        content: job.content,
        head: &job.head,
    };
    let mut replay = Replay {
        bytes: Cursor::new(&job.bytes),
        error: job.error.as_ref(),
    };
    job.format.import(&candidate, &mut replay, import)
}

/// The bytes read, then the error the read ended with (again on every later read).
struct Replay<'a> {
    bytes: Cursor<&'a Vec<u8>>,
    error: Option<&'a (io::ErrorKind, String)>,
}

impl Read for Replay<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.bytes.read(buf)?;
        match self.error {
            Some((kind, text)) if n == 0 && !buf.is_empty() => {
                Err(io::Error::new(*kind, text.clone()))
            }
            _ => Ok(n),
        }
    }
}

/// A lock that a panic elsewhere did not spoil.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use auskunft_archive::{Content, Outcome};
    use auskunft_model::{MemberKind, Record};

    /// Makes one record per member, its transcript the member's index and how many bytes it
    /// read, and fails a member whose read ended in an error, saying which.
    struct Counting;

    impl Format for Counting {
        fn name(&self) -> &'static str {
            "test.counting"
        }
        fn recognize(&self, _: &Candidate<'_>) -> bool {
            true
        }
        fn import(
            &self,
            c: &Candidate<'_>,
            content: &mut dyn Read,
            import: &mut Import,
        ) -> Imported {
            let mut n = 0u64;
            let mut buf = [0u8; 4096];
            let outcome = loop {
                match content.read(&mut buf) {
                    Ok(0) => break Outcome::Parsed,
                    Ok(k) => n += k as u64,
                    Err(e) => {
                        break Outcome::Failed(
                            auskunft_model::Message::new("format-read-error")
                                .arg("detail", format!("{:?}: {e}", e.kind())),
                        )
                    }
                }
            };
            import.record(Record {
                transcript: Some(format!("{} {n} {}", c.member, c.path)),
                ..Record::default()
            });
            Imported {
                kind: MemberKind::Records,
                outcome,
            }
        }
    }

    static COUNTING: Counting = Counting;

    fn candidate(member: usize, path: &str) -> Candidate<'_> {
        Candidate {
            input: 0,
            member,
            path,
            content: Content::Json,
            head: b"{}",
        }
    }

    /// Breaks off with an error after `n` bytes.
    struct BreaksAfter(u64);

    impl Read for BreaksAfter {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0 == 0 {
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "cut off"));
            }
            let k = buf.len().min(self.0 as usize);
            buf[..k].fill(b'x');
            self.0 -= k as u64;
            Ok(k)
        }
    }

    #[test]
    fn members_are_imported_in_order_small_and_large_alike() {
        let large = BUFFERED + 10;
        let sizes = [10, large, 3, 0, large, 7];
        let mut worker = Worker::start();
        let mut here = Vec::new();
        for (i, &size) in sizes.iter().enumerate() {
            let path = format!("m{i}");
            let mut content = io::repeat(b'x').take(size);
            if let Some(answer) = worker.import(&COUNTING, &candidate(i, &path), &mut content) {
                here.push(i);
                assert_eq!(answer.outcome, Outcome::Parsed);
            }
        }
        let (import, answers) = worker.finish();
        // The large ones ran on this thread, the rest on the worker's.
        assert_eq!(here, vec![1, 4]);
        assert_eq!(
            answers.iter().map(|(m, _)| *m).collect::<Vec<_>>(),
            vec![0, 2, 3, 5]
        );
        let transcripts: Vec<String> = import
            .finish()
            .records
            .into_iter()
            .filter_map(|r| r.transcript)
            .collect();
        let expected: Vec<String> = sizes
            .iter()
            .enumerate()
            .map(|(i, size)| format!("{i} {size} m{i}"))
            .collect();
        assert_eq!(transcripts, expected);
    }

    #[test]
    fn a_member_that_breaks_off_reaches_the_module_with_its_bytes_and_then_its_error() {
        let mut worker = Worker::start();
        let answer = worker.import(&COUNTING, &candidate(0, "cut.json"), &mut BreaksAfter(5000));
        assert!(answer.is_none(), "a small member goes to the worker");
        let (import, answers) = worker.finish();
        assert_eq!(
            answers[0].1.outcome,
            Outcome::Failed(
                auskunft_model::Message::new("format-read-error")
                    .arg("detail", "UnexpectedEof: cut off")
            )
        );
        let records = import.finish().records;
        assert_eq!(records[0].transcript.as_deref(), Some("0 5000 cut.json"));
    }

    #[test]
    fn the_bytes_waiting_for_the_worker_stay_bounded() {
        // Many members of 4 MiB: the walker may never have more than IN_FLIGHT waiting (or one
        // member, when it alone is larger).
        let mut worker = Worker::start();
        let size = 4 * 1024 * 1024;
        for i in 0..40 {
            let path = format!("m{i}");
            worker.import(
                &COUNTING,
                &candidate(i, &path),
                &mut io::repeat(b'x').take(size),
            );
            assert!(*lock(&worker.shared.in_flight) <= IN_FLIGHT);
        }
        let (import, answers) = worker.finish();
        assert_eq!(answers.len(), 40);
        assert_eq!(import.finish().records.len(), 40);
    }

    struct Panics;

    impl Format for Panics {
        fn name(&self) -> &'static str {
            "test.panics"
        }
        fn recognize(&self, _: &Candidate<'_>) -> bool {
            true
        }
        fn import(&self, _: &Candidate<'_>, _: &mut dyn Read, _: &mut Import) -> Imported {
            panic!("a module's bug");
        }
    }

    static PANICS: Panics = Panics;

    #[test]
    fn a_module_that_panics_on_the_worker_panics_the_audit_as_it_would_have_on_one_thread() {
        let result = std::panic::catch_unwind(|| {
            let mut worker = Worker::start();
            worker.import(&PANICS, &candidate(0, "a"), &mut io::repeat(b'x').take(10));
            worker.finish()
        });
        let Err(panic) = result else {
            panic!("the panic should reach the caller");
        };
        assert_eq!(panic.downcast_ref::<&str>(), Some(&"a module's bug"));
    }
}
