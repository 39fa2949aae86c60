//! `auskunft`: the command line over the same core as the desktop app.
//!
//! Exit codes (shared/contracts/cli.md): 0 the command ran (whatever it found), 1 no input could
//! be read at all, 2 usage error (including an invalid inventory file), 3 `verify` found a
//! difference.

mod act;
mod evidence;
mod help;
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
// What each command and argument does is said in the catalogue (`cli-help.ftl`, see help.rs).
#[command(name = "auskunft", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Audit {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "FILE")]
        inventory: Option<PathBuf>,
        #[arg(value_name = "ARCHIVE", required = true)]
        archives: Vec<PathBuf>,
    },
    Demo {
        #[arg(long, default_value = "seed-case", value_parser = parse_scenario)]
        scenario: Scenario,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        records: Option<usize>,
        #[arg(value_name = "OUT.zip")]
        out: PathBuf,
    },
    Inventory(inventory::InventoryArgs),
    Search(search::SearchArgs),
    Report(act::ReportArgs),
    Letter(act::LetterArgs),
    Manifest(evidence::ManifestArgs),
    Verify(evidence::VerifyArgs),
    SetAside(evidence::SetAsideArgs),
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
    let cli = match parse(&args, auskunft_words::Lang::from_env()) {
        Ok(cli) => cli,
        Err(code) => return code,
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

/// The command line as clap reads it, with help in `lang`: `Err` holds the exit code once help
/// was printed or the command line refused. `auskunft help [COMMAND...]` prints that command's
/// help, as `auskunft COMMAND... --help` does.
fn parse(args: &[std::ffi::OsString], lang: auskunft_words::Lang) -> Result<Cli, ExitCode> {
    use clap::{CommandFactory, FromArgMatches};
    let mut command = help::localized(Cli::command(), lang);
    if args.get(1).and_then(|a| a.to_str()) == Some("help") {
        let mut asked: Vec<std::ffi::OsString> = vec![args[0].clone()];
        asked.extend(args[2..].iter().cloned());
        asked.push("--help".into());
        return match command.try_get_matches_from_mut(&asked) {
            Ok(_) => Err(ExitCode::SUCCESS),
            Err(e) => Err(usage::refused(&e, &asked, lang)),
        };
    }
    command
        .try_get_matches_from_mut(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|e| usage::refused(&e, args, lang))
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
            auskunft_words::Message::new("cli-error-stdout")
                .arg("detail", auskunft_words::Message::io(&e)),
        )),
    }
}
