//! `auskunft`: the command line over the same core as the desktop app.
//!
//! Exit codes (shared/contracts/cli.md): 0 the command ran (whatever it found), 1 no input could
//! be read at all, 2 usage error (including an invalid inventory file), 3 `verify` found a
//! difference.

mod act;
mod evidence;
mod inventory;
mod search;
mod text;
mod usage;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use auskunft_api::{ApiError, AuditRequest, ErrorCode, Progress, Scenario};
use auskunft_model::InputStatus;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "auskunft",
    version,
    about = "Audit a personal-data export: what is in it, and is it yours?"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audit one export made of the given archive files.
    Audit {
        /// Print the audit report as JSON (auskunft.audit/1) instead of a summary.
        #[arg(long)]
        json: bool,
        /// Your inventory file (default: inventory.toml in the data folder, if present).
        #[arg(long, value_name = "FILE")]
        inventory: Option<PathBuf>,
        /// The archive files of the export (several parts or per-topic ZIPs belong together).
        #[arg(value_name = "ARCHIVE", required = true)]
        archives: Vec<PathBuf>,
    },
    /// Write a synthetic export (no real person's data) plus its ground truth and inventory.
    Demo {
        /// seed-case (a stranger's recordings, no voice device of one's own), two-households, or
        /// its variants two-households-suffixed-ids and two-households-time-named.
        #[arg(long, default_value = "seed-case", value_parser = parse_scenario)]
        scenario: Scenario,
        /// Seed of every random choice: the same seed gives the same bytes.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of voice records (default: the scenario's own, 1,700 or 600).
        #[arg(long)]
        records: Option<usize>,
        /// Where to write the export (sidecars: OUT.truth.json, OUT.inventory.toml).
        #[arg(value_name = "OUT.zip")]
        out: PathBuf,
    },
    /// Show or edit your inventory (inventory.toml), or list what an export suggests adding.
    Inventory(inventory::InventoryArgs),
    /// Search the transcripts of one export (builds or reuses its index in the data folder).
    Search(search::SearchArgs),
    /// Write the report of one export: HTML (self-contained) or PDF; the stranger's words left out.
    Report(act::ReportArgs),
    /// Write a letter about one export to the company or the data-protection authority.
    Letter(act::LetterArgs),
    /// Write the evidence manifest (the SHA-256 of every file, the audit's digest) and sign it
    /// (FILE.minisig, minisign's format, with your key in the data folder).
    Manifest(evidence::ManifestArgs),
    /// Hash the archives again against a manifest; exit 3 when anything differs.
    Verify(evidence::VerifyArgs),
    /// Write a copy of the export without the files judged not yours (originals untouched).
    SetAside(evidence::SetAsideArgs),
    /// Write the transcripts with their times (CSV, SRT or WebVTT), yours by default.
    Transcripts(evidence::TranscriptsArgs),
}

fn parse_scenario(s: &str) -> Result<Scenario, usage::Expected> {
    s.parse::<Scenario>()
        .map_err(|_| usage::Expected::one_of(Scenario::ALL.map(|s| s.name())))
}

/// Shows "read N files" on stderr while an audit runs, only when stderr is a terminal.
struct TerminalProgress {
    on: bool,
    last: std::time::Instant,
}

impl Progress for TerminalProgress {
    fn members(&mut self, members: usize, records: usize) {
        if self.on && self.last.elapsed().as_millis() >= 100 {
            self.last = std::time::Instant::now();
            let line = auskunft_words::Message::new("cli-progress")
                .arg("members", members)
                .arg("records", records)
                .render(auskunft_words::Lang::from_env());
            eprint!("\r{line}");
        }
    }
}

/// mimalloc instead of glibc's malloc: see the workspace's Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return usage::refused(&e, &args, auskunft_words::Lang::from_env()),
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "{}",
                auskunft_words::Message::new("cli-error")
                    .arg("message", e.text(auskunft_words::Lang::from_env()))
                    .render(auskunft_words::Lang::from_env())
            );
            ExitCode::from(
                if matches!(e.code, ErrorCode::Usage | ErrorCode::InventoryInvalid) {
                    2
                } else {
                    1
                },
            )
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, ApiError> {
    match cli.command {
        Command::Audit {
            json,
            inventory,
            archives,
        } => {
            let req = AuditRequest {
                inputs: archives,
                inventory,
                data_dir: auskunft_api::data_dir()?,
            };
            let mut progress = TerminalProgress {
                on: std::io::stderr().is_terminal(),
                last: std::time::Instant::now(),
            };
            let report = auskunft_api::audit_with(&req, &mut progress);
            if progress.on {
                eprint!("\r\x1b[K");
            }
            let report = report?;
            let out = if json {
                serde_json::to_string_pretty(&report)
                    .map_err(|e| ApiError::internal(e.to_string()))?
                    + "\n"
            } else {
                let path = auskunft_api::inventory_file(req.inventory.as_deref())?;
                let lang = auskunft_words::Lang::from_env();
                text::summary(&report, lang)
                    + &inventory::question_text(&report, &path, req.inventory.is_some(), lang)
            };
            write_stdout(&out)?;
            let any_read = report
                .inputs
                .iter()
                .any(|i| matches!(i.status, InputStatus::Ok | InputStatus::Truncated));
            Ok(if any_read {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Demo {
            scenario,
            seed,
            records,
            out,
        } => {
            let files = auskunft_api::write_demo(scenario, seed, records, &out)?;
            let lang = auskunft_words::Lang::from_env();
            let say = |id: &str, path: &std::path::Path| {
                auskunft_words::Message::new(id)
                    .arg("path", path.display().to_string())
                    .render(lang)
            };
            write_stdout(&format!(
                "{}\n  {}\n  {}\n  {}\n",
                auskunft_words::Message::new("cli-demo-written")
                    .arg("scenario", scenario.to_string())
                    .render(lang),
                files.archive.display(),
                say("cli-demo-truth", &files.truth),
                say("cli-demo-inventory", &files.inventory)
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Inventory(args) => inventory::run(args),
        Command::Search(args) => search::run(args),
        Command::Report(args) => act::report(args),
        Command::Letter(args) => act::letter(args),
        Command::Manifest(args) => evidence::manifest(args),
        Command::Verify(args) => evidence::verify(args),
        Command::SetAside(args) => evidence::set_aside(args),
        Command::Transcripts(args) => evidence::transcripts(args),
    }
}

fn write_stdout(s: &str) -> Result<(), ApiError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(ApiError::said(
            ErrorCode::Io,
            auskunft_words::Message::new("cli-error-stdout").arg("detail", e.to_string()),
        )),
    }
}
