//! Usage errors in the reader's language.
//!
//! clap parses the command line ([`clap::Parser::try_parse`]); when it refuses one, this says
//! what is wrong in a sentence of the catalogue (`cli.ftl`, `cli-usage-…`) that names the
//! argument, then how the command is called and where its help is, and ends with exit code 2
//! (`shared/contracts/cli.md`). `--help` is clap's layout with the catalogue's words (help.rs);
//! the few kinds of error no one meets by typing (a command line that is not UTF-8, clap failing
//! to write) keep clap's sentence inside a catalogued one.
//!
//! The value parsers of the commands return an [`Expected`], not a sentence: what they take is
//! said here, in the reader's words.

use std::ffi::OsString;
use std::fmt;
use std::process::ExitCode;

use auskunft_words::{Lang, Message};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::CommandFactory;

/// What a value parser takes, for the sentence about a value it refused. clap carries it as
/// the error's source; its `Display` (English) is for clap alone and never printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expected {
    /// One of these values, as typed.
    OneOf(Vec<String>),
    /// A date written `YYYY-MM-DD`.
    Date,
}

impl Expected {
    /// One of `values`.
    pub(crate) fn one_of<'a>(values: impl IntoIterator<Item = &'a str>) -> Expected {
        Expected::OneOf(values.into_iter().map(str::to_owned).collect())
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::OneOf(values) => write!(f, "expected {}", values.join(", ")),
            Expected::Date => f.write_str("expected a date like 2019-02-01"),
        }
    }
}

impl std::error::Error for Expected {}

/// Prints why clap refused the command line in the reader's language, then its usage; returns
/// exit code 2. Help and version are printed as clap lays them out, with clap's exit code.
pub(crate) fn refused(error: &clap::Error, args: &[OsString], lang: Lang) -> ExitCode {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = error.print();
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    }
    let (command, usage) = called(args);
    eprintln!("{}", said(error, &command).render(lang));
    eprintln!(
        "\n{}\n{}",
        Message::new("cli-usage").arg("usage", usage).render(lang),
        Message::new("cli-usage-help")
            .arg("command", command)
            .render(lang)
    );
    ExitCode::from(2)
}

/// The sentence about `error` (`cli-error` around a `cli-usage-…` message), for the command
/// `command` as typed (`auskunft inventory add`).
pub(crate) fn said(error: &clap::Error, command: &str) -> Message {
    let text = |kind| context(error, kind);
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let suggested = |words: Message, kind| match text(kind) {
        Some(suggestion) => Message::new("cli-usage-suggested").arg("what", words).arg(
            "then",
            Message::new("cli-usage-did-you-mean").arg("suggestion", suggestion),
        ),
        None => words,
    };
    let words = match error.kind() {
        ErrorKind::UnknownArgument => suggested(
            Message::new("cli-usage-unknown-argument")
                .arg("arg", arg)
                .arg("command", command),
            ContextKind::SuggestedArg,
        ),
        ErrorKind::InvalidSubcommand => suggested(
            Message::new("cli-usage-unknown-command")
                .arg(
                    "name",
                    text(ContextKind::InvalidSubcommand).unwrap_or_default(),
                )
                .arg("command", command),
            ContextKind::SuggestedSubcommand,
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = match error.get(ContextKind::InvalidArg) {
                Some(ContextValue::Strings(all)) => all.len(),
                _ => 1,
            };
            Message::new("cli-usage-missing")
                .arg("args", arg)
                .arg("count", missing)
        }
        ErrorKind::MissingSubcommand => Message::new("cli-usage-missing-command")
            .arg("command", command)
            .arg(
                "commands",
                text(ContextKind::ValidSubcommand).unwrap_or_default(),
            ),
        ErrorKind::InvalidValue if value.is_empty() => {
            Message::new("cli-usage-no-value").arg("arg", arg)
        }
        ErrorKind::InvalidValue => match text(ContextKind::ValidValue) {
            Some(values) => Message::new("cli-usage-invalid-value-one-of")
                .arg("value", value)
                .arg("arg", arg)
                .arg("values", values),
            None => Message::new("cli-usage-invalid-value")
                .arg("value", value)
                .arg("arg", arg),
        },
        ErrorKind::ValueValidation => {
            let expected = std::error::Error::source(error)
                .and_then(|source| source.downcast_ref::<Expected>());
            match expected {
                Some(Expected::OneOf(values)) => {
                    Message::new("cli-usage-invalid-value-one-of").arg("values", values.join(", "))
                }
                Some(Expected::Date) => {
                    Message::new("cli-usage-invalid-value-date").arg("example", "2019-02-01")
                }
                None => Message::new("cli-usage-invalid-value"),
            }
            .arg("value", value)
            .arg("arg", arg)
        }
        ErrorKind::TooManyValues => Message::new("cli-usage-too-many")
            .arg("arg", arg)
            .arg("value", value),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            Message::new("cli-usage-wrong-number")
                .arg("arg", arg)
                .arg(
                    "expected",
                    text(ContextKind::ExpectedNumValues)
                        .or_else(|| text(ContextKind::MinValues))
                        .unwrap_or_default(),
                )
                .arg(
                    "actual",
                    text(ContextKind::ActualNumValues).unwrap_or_default(),
                )
        }
        ErrorKind::ArgumentConflict => Message::new("cli-usage-conflict")
            .arg("arg", arg)
            .arg("other", text(ContextKind::PriorArg).unwrap_or_default()),
        ErrorKind::NoEquals => Message::new("cli-usage-no-equals").arg("arg", arg),
        // Nothing one meets by typing (not UTF-8, clap's own failures): clap's sentence.
        _ => Message::new("cli-usage-other").arg("detail", clap_sentence(error)),
    };
    Message::new("cli-error").arg("message", words)
}

/// A part of clap's error as text (a list joined by commas).
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(all) => Some(all.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// clap's own first line without its `error: `.
fn clap_sentence(error: &clap::Error) -> String {
    let rendered = error.render().to_string();
    let first = rendered.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_string()
}

/// The command as far as it was typed (`auskunft inventory add`), and its usage line without
/// clap's `Usage: `.
fn called(args: &[OsString]) -> (String, String) {
    let mut root = crate::Cli::command();
    root.build();
    let mut command = &root;
    for arg in args.iter().skip(1) {
        let Some(arg) = arg.to_str() else { break };
        if arg.starts_with('-') {
            continue;
        }
        match command.find_subcommand(arg) {
            Some(sub) => command = sub,
            None => break,
        }
    }
    let name = command
        .get_bin_name()
        .unwrap_or_else(|| command.get_name())
        .to_string();
    let usage = command.clone().render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage:")
        .unwrap_or(&usage)
        .trim()
        .to_string();
    (name, usage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn refusal(line: &str) -> (String, String, String) {
        let args: Vec<OsString> = line.split(' ').map(OsString::from).collect();
        let Err(error) = crate::Cli::try_parse_from(&args) else {
            panic!("{line} was accepted");
        };
        let (command, usage) = called(&args);
        (said(&error, &command).render(Lang::De), command, usage)
    }

    #[test]
    fn a_refused_command_line_is_said_in_the_readers_language() {
        let (de, command, usage) = refusal("auskunft inventory add --bogus");
        assert_eq!(command, "auskunft inventory add");
        assert!(usage.starts_with("auskunft inventory add "), "{usage}");
        assert_eq!(
            de,
            "auskunft: --bogus ist kein Argument von auskunft inventory add."
        );

        let (de, _, usage) = refusal("auskunft audit");
        assert_eq!(de, "auskunft: Das Argument <ARCHIVE>... fehlt.");
        assert_eq!(usage, "auskunft audit [OPTIONS] <ARCHIVE>...");

        let (de, ..) = refusal("auskunft transcripts --format doc --out x a.zip");
        assert!(
            de.contains("„doc“")
                && de.contains("--format <FORMAT>")
                && de.contains("csv, srt, vtt"),
            "{de}"
        );
        let (de, ..) = refusal("auskunft letter --to company --format docx a.zip");
        assert!(de.contains("text, pdf"), "{de}");
        let (de, ..) = refusal("auskunft inventory add device --from 2019-13-01");
        assert!(de.contains("2019-02-01"), "{de}");
        let (de, ..) = refusal("auskunft search --limit many --query x a.zip");
        assert!(de.contains("„many“") && de.contains("--limit <N>"), "{de}");
        let (de, ..) = refusal("auskunft serch");
        assert!(de.contains("serch") && de.contains("search"), "{de}");
        let (de, ..) = refusal("auskunft audit --jsn a.zip");
        assert!(de.contains("--json"), "{de}");
        let (de, ..) = refusal("auskunft search --query");
        assert!(
            de.contains("--query <QUERY>") && de.contains("Wert"),
            "{de}"
        );
    }
}
