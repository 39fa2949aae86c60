//! The one catalogue of words per language.
//!
//! Every sentence a user reads — verdict, flag messages, reasons, notes, warnings, errors, the
//! CLI's text, reports, letters and the interface — is a message in `ftl/<lang>/*.ftl`
//! ([Fluent](https://projectfluent.org) syntax). The Rust side renders them here; the UI reads the
//! very same files with `@fluent/bundle`. Rust code passes message ids and parameters, never
//! sentences. A new area of words is a new `.ftl` file in every language folder; the tests check
//! that both languages have the same messages with the same parameters.
//!
//! Message ids use `-` between words (`verdict-none-readable`), as Fluent requires; the first
//! word names the area (`app-`, `flag-`, `reason-`, `verdict-`, `cli-`, `report-`, `letter-`).

use std::{borrow::Cow, collections::BTreeMap, fmt, sync::OnceLock};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use fluent_bundle::{
    concurrent::FluentBundle, FluentArgs, FluentError, FluentResource, FluentValue,
};
use intl_memoizer::concurrent::IntlLangMemoizer;

mod catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// A language a user can read Auskunft in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English: 1,700; 3 May 2018.
    En,
    /// German: 1.700; 3. Mai 2018.
    De,
}

impl Lang {
    /// Every language, English first (the fallback).
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The language's code: `en`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// Reads a language tag or locale name (`de`, `de-AT`, `de_DE.UTF-8`, `EN`); `None` for a
    /// language Auskunft has no words for.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of the environment, as the CLI contract says: `LC_ALL`, then `LANG`
    /// (German for `de*`), else English.
    pub fn from_env() -> Lang {
        Lang::from_vars(std::env::var("LC_ALL").ok(), std::env::var("LANG").ok())
    }

    /// [`Lang::from_env`] over given values (an empty variable counts as unset, as in POSIX).
    pub fn from_vars(lc_all: Option<String>, lang: Option<String>) -> Lang {
        [lc_all, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .map(|v| {
                if Lang::parse(&v) == Some(Lang::De) {
                    Lang::De
                } else {
                    Lang::En
                }
            })
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A parameter of a message: a number (formatted for the language, and choosing plural forms),
/// a text (shown as it is; a date as `YYYY-MM-DD` or RFC 3339, which the catalogue formats
/// with `DATE($when)`), or another message, rendered in the same language first (a reason inside
/// a caution). In JSON a number, a string or a message object.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum Arg {
    /// A count or other number.
    Number(f64),
    /// A name, path, date, or another text shown as it is.
    Text(String),
    /// A sentence of the catalogue inside this one.
    Words(Box<Message>),
}

impl Serialize for Arg {
    /// Whole numbers as integers (`1700`, not `1700.0`).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            #[allow(clippy::cast_possible_truncation)]
            Arg::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => s.serialize_i64(*n as i64),
            Arg::Number(n) => s.serialize_f64(*n),
            Arg::Text(t) => s.serialize_str(t),
            Arg::Words(m) => m.serialize(s),
        }
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u64, u32, i64, i32, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Words(Box::new(m))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

/// A message id with its parameters: what the Rust side stores and sends, so that every reader
/// renders the sentence in their own language (the UI with `t(id, args)`, the CLI with
/// [`Message::render`]). In JSON `{"id": "flag-other-account", "args": {"account": "A3…"}}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Message {
    /// The message id in the catalogue, e.g. `flag-other-account`.
    pub id: String,
    /// Named parameters (left out of the JSON when there are none).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<String, Arg>>")]
    pub args: BTreeMap<String, Arg>,
}

impl Message {
    /// A message without parameters.
    pub fn new(id: impl Into<String>) -> Message {
        Message {
            id: id.into(),
            args: BTreeMap::new(),
        }
    }

    /// Text that has no entry in the catalogue and is shown as it is in every language: a
    /// library's or the system's own error text, or a format module's sentence not yet
    /// catalogued (id `verbatim`).
    pub fn text(text: impl Into<String>) -> Message {
        Message::new("verbatim").arg("text", text.into())
    }

    /// What the system said when reading or writing failed, in the reader's words for the
    /// kinds of failure people meet (a missing file, no permission, a full disk, …); any other
    /// failure is the system's own text (`io-other`).
    pub fn io(error: &std::io::Error) -> Message {
        use std::io::ErrorKind as K;
        let id = match error.kind() {
            K::NotFound => "io-not-found",
            K::PermissionDenied => "io-permission-denied",
            K::AlreadyExists => "io-already-exists",
            K::StorageFull | K::QuotaExceeded => "io-storage-full",
            K::ReadOnlyFilesystem => "io-read-only",
            K::IsADirectory => "io-is-a-directory",
            K::NotADirectory => "io-not-a-directory",
            K::DirectoryNotEmpty => "io-directory-not-empty",
            K::UnexpectedEof => "io-cut-off",
            K::FileTooLarge => "io-too-large",
            K::OutOfMemory => "io-out-of-memory",
            K::InvalidFilename => "io-invalid-name",
            K::ResourceBusy => "io-busy",
            K::TimedOut => "io-timed-out",
            _ => return Message::new("io-other").arg("text", error.to_string()),
        };
        Message::new(id)
    }

    /// Adds a parameter.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Message {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    /// Adds a parameter when there is one.
    #[must_use]
    pub fn arg_opt(self, name: &str, value: Option<impl Into<Arg>>) -> Message {
        match value {
            Some(v) => self.arg(name, v),
            None => self,
        }
    }

    /// The message rendered in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        text(lang, &self.id, &args)
    }

    /// What of this message, or of a message inside it, is not said in every language: text
    /// passed through as it is (`verbatim`), or an id some language has no words for; `None`
    /// when all of it is. Text parameters (a library's `$detail`, a path) are fine. For the
    /// checks that every sentence reaches a reader in their language.
    pub fn uncatalogued(&self) -> Option<String> {
        if self.id == "verbatim" {
            return Some(format!("uncatalogued text {:?}", self.en()));
        }
        if let Some(lang) = Lang::ALL.into_iter().find(|&lang| !has(lang, &self.id)) {
            return Some(format!("{} has no {lang} words", self.id));
        }
        self.args.values().find_map(|arg| match arg {
            Arg::Words(inner) => inner.uncatalogued(),
            Arg::Number(_) | Arg::Text(_) => None,
        })
    }

    /// The message in English, as the audit JSON's sentence fields hold it.
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }
}

impl fmt::Display for Message {
    /// English, as in the audit JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

type Bundle = FluentBundle<FluentResource>;

struct Catalogue {
    bundles: Vec<(Lang, Bundle)>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue {
        bundles: Lang::ALL
            .iter()
            .map(|&lang| (lang, build(lang).0))
            .collect(),
    })
}

/// Builds one language's bundle; the second value lists every problem (syntax errors, an id
/// defined twice), each naming its file. The tests require it to be empty.
fn build(lang: Lang) -> (Bundle, Vec<String>) {
    let tag: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    let mut problems = Vec::new();
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::De => format_de,
    }));
    let added = bundle.add_function("DATE", move |positional, _named| match positional.first() {
        Some(FluentValue::String(s)) => FluentValue::String(Cow::Owned(
            format_date(s, lang).unwrap_or_else(|| s.to_string()),
        )),
        Some(other) => other.clone(),
        None => FluentValue::Error,
    });
    if let Err(e) = added {
        problems.push(format!("DATE: {e:?}"));
    }
    for &(code, file, source) in catalogue::FILES {
        if code != lang.code() {
            continue;
        }
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(format!("ftl/{code}/{file}: {e:?}"));
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                match e {
                    FluentError::Overriding { kind, id } => {
                        problems.push(format!("ftl/{code}/{file}: {kind} `{id}` is defined twice"))
                    }
                    other => problems.push(format!("ftl/{code}/{file}: {other:?}")),
                }
            }
        }
    }
    (bundle, problems)
}

fn bundle(lang: Lang) -> &'static Bundle {
    let c = catalogue();
    &c.bundles
        .iter()
        .find(|(l, _)| *l == lang)
        .unwrap_or(&c.bundles[0])
        .1
}

fn format_en(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    format_value(value, Lang::En)
}

fn format_de(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    format_value(value, Lang::De)
}

fn format_value(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let digits = n.options.minimum_fraction_digits.unwrap_or(0);
            Some(format_number(n.value, digits, lang))
        }
        _ => None,
    }
}

/// A number as the language writes it: `1,700.5` in English, `1.700,5` in German.
/// `fraction_digits` fixes the digits after the separator (0 rounds to a whole number).
pub fn format_number(value: f64, fraction_digits: usize, lang: Lang) -> String {
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::De => ('.', ','),
    };
    let fixed = format!("{:.*}", fraction_digits, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::new();
    if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// A date (`2018-05-03`, or an RFC 3339 time, whose date part is taken as it is written) as
/// the language writes it: `3 May 2018`, `3. Mai 2018`. `None` when `iso` is no such date.
pub fn format_date(iso: &str, lang: Lang) -> Option<String> {
    let date = iso.get(..10)?;
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let (year, month, day): (u32, usize, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if y.len() != 4 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    Some(match lang {
        Lang::En => format!("{day} {} {year}", EN[month - 1]),
        Lang::De => format!("{day}. {} {year}", DE[month - 1]),
    })
}

/// A count as the language writes it (`1,700` / `1.700`).
pub fn format_count(n: usize, lang: Lang) -> String {
    #[allow(clippy::cast_precision_loss)]
    format_number(n as f64, 0, lang)
}

/// The message `id` in `lang` with its parameters; English when the language lacks it (the
/// tests keep both complete), and the id itself when no language has it, so a missing message is
/// visible rather than silent.
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    try_text(lang, id, args)
        .or_else(|| try_text(Lang::En, id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// The message `id` in `lang`, or `None` when that language has no such message.
pub fn try_text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let bundle = bundle(lang);
    let message = bundle.get_message(msg_id)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fluent_args.set(*name, FluentValue::String(Cow::Owned(s.clone()))),
            Arg::Words(m) => {
                fluent_args.set(*name, FluentValue::String(Cow::Owned(m.render(lang))))
            }
        }
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(out.into_owned())
}

/// Whether `lang` has the message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id.split_once('.').map_or(id, |(m, _)| m))
}

/// Every message id of `lang`, sorted (for checks and the UI's drift test).
pub fn ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for &(code, _, source) in catalogue::FILES {
        if code != lang.code() {
            continue;
        }
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests;
