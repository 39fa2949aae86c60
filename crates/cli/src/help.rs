//! `--help` in the reader's language.
//!
//! The commands and their arguments are declared with clap's derive (`main.rs` and the command
//! modules), without words: what each command does and what each argument takes is a message of
//! the catalogue (`cli-help.ftl`), `cli-help-<command path>` for a command and
//! `cli-help-<command path>--<argument>` for an argument (`cli-help-inventory-add--from`). This
//! puts those words, and the words clap writes itself (the headings, "Print help"), into the
//! command tree before it parses, so `--help`, `auskunft help <command>` and the usage line of a
//! refused command line all speak the reader's language. A test walks the tree and fails on any
//! command or argument without words in either language.

use auskunft_words::{Lang, Message};
use clap::{Arg, ArgAction, Command};

/// The ids of the arguments clap adds itself, which get the catalogue's words here.
const HELP: &str = "help";
const VERSION: &str = "version";

/// The catalogue id of the command at `path` (the subcommand names below `auskunft`).
pub(crate) fn command_id(path: &[String]) -> String {
    if path.is_empty() {
        "cli-help".to_owned()
    } else {
        format!("cli-help-{}", path.join("-"))
    }
}

/// The catalogue id of argument `arg` of the command at `path`.
pub(crate) fn arg_id(path: &[String], arg: &str) -> String {
    format!("{}--{}", command_id(path), arg.replace('_', "-"))
}

/// `command` (the whole tree) with every help text in `lang`.
pub(crate) fn localized(command: Command, lang: Lang) -> Command {
    let say = |id: &str| Message::new(id).render(lang);
    let headings = Headings {
        usage: say("cli-help-usage-heading"),
        commands: say("cli-help-commands-heading"),
        arguments: say("cli-help-arguments-heading"),
        options: say("cli-help-options-heading"),
        help: say("cli-help-flag-help"),
        version: say("cli-help-flag-version"),
    };
    walk(command, &mut Vec::new(), lang, &headings)
}

/// The words clap would write in English.
struct Headings {
    usage: String,
    commands: String,
    arguments: String,
    options: String,
    help: String,
    version: String,
}

impl Headings {
    /// clap's help layout with these headings: the sections `command` has, in clap's order.
    fn template(&self, command: &Command) -> String {
        let mut template = format!("{{about-with-newline}}\n{} {{usage}}\n", self.usage);
        if command.has_subcommands() {
            template += &format!("\n{}:\n{{subcommands}}\n", self.commands);
        }
        if command.get_positionals().next().is_some() {
            template += &format!("\n{}:\n{{positionals}}\n", self.arguments);
        }
        template += &format!("\n{}:\n{{options}}{{after-help}}", self.options);
        template
    }
}

fn walk(mut command: Command, path: &mut Vec<String>, lang: Lang, words: &Headings) -> Command {
    let say = |id: &str| Message::new(id).render(lang);
    let root = path.is_empty();
    let template = words.template(&command);
    command = command
        .about(say(&command_id(path)))
        .long_about(None)
        .help_template(template)
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new(HELP)
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(words.help.clone()),
        );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new(VERSION)
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(words.version.clone()),
        );
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|id| id != HELP && id != VERSION)
        .collect();
    for id in ids {
        let default = command
            .get_arguments()
            .find(|a| a.get_id() == id.as_str())
            .map(|a| {
                a.get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let help = Message::new(arg_id(path, &id))
            .arg("default", default)
            .render(lang);
        command = command.mut_arg(&id, |arg| {
            // The words say the default and the values taken, in the reader's language.
            let arg = arg.help(help).long_help(None);
            if arg.get_action().takes_values() {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        path.push(name.clone());
        let sub = command
            .find_subcommand(&name)
            .cloned()
            .map(|sub| walk(sub, path, lang, words));
        path.pop();
        if let Some(sub) = sub {
            command = command.mut_subcommand(&name, |_| sub);
        }
    }
    command
}

/// The catalogue id of every command and argument of `command`, for the test that each has
/// words.
#[cfg(test)]
pub(crate) fn ids(command: &Command, path: &mut Vec<String>, out: &mut Vec<String>) {
    out.push(command_id(path));
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        if id != HELP && id != VERSION {
            out.push(arg_id(path, id));
        }
    }
    for sub in command.get_subcommands() {
        path.push(sub.get_name().to_owned());
        ids(sub, path, out);
        path.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The words are the catalogue's alone: the declarations carry none (a doc comment on a
    /// command or argument would be an English help text beside the catalogue's).
    fn wordless(command: &Command) -> Vec<String> {
        let mut found = Vec::new();
        if command.get_about().is_some() || command.get_long_about().is_some() {
            found.push(command.get_name().to_owned());
        }
        for arg in command.get_arguments() {
            if arg.get_help().is_some() || arg.get_long_help().is_some() {
                found.push(format!("{} {}", command.get_name(), arg.get_id()));
            }
        }
        for sub in command.get_subcommands() {
            found.extend(wordless(sub));
        }
        found
    }

    #[test]
    fn every_command_and_argument_has_words_in_every_language() {
        let worded = wordless(&crate::Cli::command());
        assert!(worded.is_empty(), "words outside the catalogue: {worded:?}");
        let mut all = Vec::new();
        ids(&crate::Cli::command(), &mut Vec::new(), &mut all);
        assert!(all.len() > 40, "{all:?}");
        for lang in Lang::ALL {
            let known = auskunft_words::ids(lang);
            let missing: Vec<&String> = all.iter().filter(|id| !known.contains(id)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:#?}");
        }
        let known = auskunft_words::ids(Lang::En);
        let unused: Vec<&String> = known
            .iter()
            .filter(|id| id.starts_with("cli-help-") && !id.ends_with("-heading"))
            .filter(|id| !id.starts_with("cli-help-flag-") && !all.contains(id))
            .collect();
        assert!(unused.is_empty(), "words for no command: {unused:#?}");
    }

    fn help(lang: Lang, path: &[&str]) -> String {
        let mut command = localized(crate::Cli::command(), lang);
        command.build();
        let mut at = &mut command;
        for name in path {
            at = at.find_subcommand_mut(name).expect("a subcommand");
        }
        at.render_help().to_string()
    }

    #[test]
    fn help_is_in_the_readers_language() {
        let de = help(Lang::De, &["inventory", "add"]);
        assert!(de.contains("Aufruf: auskunft inventory add"), "{de}");
        assert!(de.contains("Befehle:"), "{de}");
        assert!(de.contains("Hilfe anzeigen"), "{de}");
        for english in [
            "Usage:",
            "Commands:",
            "Options:",
            "Print help",
            "Add a device",
        ] {
            assert!(!de.contains(english), "{english} in\n{de}");
        }
        let de = help(Lang::De, &["audit"]);
        assert!(
            de.contains("Argumente:") && de.contains("Optionen:"),
            "{de}"
        );
        assert!(de.contains("--json"), "{de}");
        let en = help(Lang::En, &["audit"]);
        assert!(
            en.contains("Usage: auskunft audit [OPTIONS] <ARCHIVE>..."),
            "{en}"
        );
        assert!(en.contains("Arguments:") && en.contains("Options:"), "{en}");
        assert!(
            en.contains("Print the audit report as JSON (auskunft.audit/1)"),
            "{en}"
        );
        let root = help(Lang::De, &[]);
        assert!(root.contains("-V, --version"), "{root}");
    }
}
