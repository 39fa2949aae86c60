//! Letters about an export that holds someone else's data: to the company that sent it and to
//! the data-protection authority, in German and English, filled from the audit and the
//! inventory's `[me]` table.
//!
//! What a letter says: what was requested and when, what arrived (each archive's name, size,
//! SHA-256 and the day it was received), what in it is not the user's (counts, time range,
//! devices, and in an appendix the SHA-256 of every file that is not the user's — never what
//! anyone said), and what the user asks for. To the company: the user's own complete copy
//! (Art. 15 GDPR), that the other person be told (Art. 33/34), how to return or delete the
//! foreign data, and a confirmation. To the authority: a complaint about the user's own access
//! request (Art. 77) and information about the breach — the user is not the other person's
//! representative. Legal articles are cited; no deadline is stated as a fact.
//!
//! Addresses come from the datenanfragen.de directory ([`directory`]); every sentence from the
//! catalogue of words (`crates/words/ftl/*/letters.ftl`). A field the user has not filled in
//! leaves a clearly marked blank, and [`Letter::missing`] says which one to fill in.
//!
//! Non-goals: sending anything; legal advice beyond citing the articles.
#![deny(missing_docs)]

pub mod directory;
mod facts;
mod pdf;

use std::path::Path;

use auskunft_inventory::Me;
use auskunft_model::Report;
use auskunft_report::dates;
use auskunft_words::{format_count, text, Arg, Lang};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use facts::{foreign_members, ForeignMember};

/// To whom the letter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "LetterRecipient")]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    /// The company that sent the export.
    Company,
    /// The data-protection authority for the user.
    Authority,
}

impl Recipient {
    /// Reads `company` or `authority`.
    pub fn parse(s: &str) -> Option<Recipient> {
        match s {
            "company" => Some(Recipient::Company),
            "authority" => Some(Recipient::Authority),
            _ => None,
        }
    }
}

/// A field a letter needs that nobody has filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "LetterField")]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// `[me] name` in the inventory.
    Name,
    /// `[me] address`.
    Address,
    /// `[me] country`: picks the authority.
    Country,
    /// `[me] region`: the German Land, for the Land's authority.
    Region,
    /// The day the user asked for their data.
    Requested,
    /// The day the export arrived.
    Received,
}

impl Field {
    fn id(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Address => "address",
            Field::Country => "country",
            Field::Region => "region",
            Field::Requested => "requested",
            Field::Received => "received",
        }
    }

    /// What to write into the blank: `[please fill in: your name]`.
    pub fn blank(self, lang: Lang) -> String {
        text(
            lang,
            "letter-blank",
            &[(
                "field",
                text(lang, &format!("letter-field-{}", self.id()), &[]).into(),
            )],
        )
    }

    /// Where to fill it in, as a sentence: `Your name: [me] name in the inventory.`
    pub fn hint(self, lang: Lang) -> String {
        text(lang, &format!("letter-fill-{}", self.id()), &[])
    }
}

/// What the letter is to say beyond the audit and `[me]`.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterRequest {
    /// To whom.
    pub to: Recipient,
    /// In which language.
    pub lang: Lang,
    /// When the user asked for their data.
    pub requested: Option<NaiveDate>,
    /// When the export arrived.
    pub received: Option<NaiveDate>,
    /// The letter's date.
    pub today: NaiveDate,
}

/// A letter, ready to be read, pasted or typeset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Letter {
    /// To whom.
    pub to: Recipient,
    /// The language code (`de`, `en`).
    pub lang: String,
    /// The sender's name and address, line by line.
    pub sender: Vec<String>,
    /// The recipient's name and address, line by line, then how to reach them.
    pub recipient: Vec<String>,
    /// The date line.
    pub date: String,
    /// The subject.
    pub subject: String,
    /// The salutation.
    pub salutation: String,
    /// The paragraphs; a paragraph of several lines keeps its line breaks (lists).
    pub body: Vec<String>,
    /// The closing.
    pub closing: String,
    /// The signature (the sender's name).
    pub signature: String,
    /// The appendix's title.
    pub appendix_title: String,
    /// The appendix: one line per file that is not the user's (SHA-256 and path).
    pub appendix: Vec<String>,
    /// Fields left blank, to fill in.
    pub missing: Vec<Field>,
    /// The same letter as plain text, for pasting.
    pub text: String,
}

/// What went wrong while writing a letter.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    /// The typesetter failed.
    #[error(transparent)]
    Typeset(#[from] auskunft_report::typeset::TypesetError),
    /// The letter could not be saved.
    #[error("{path} cannot be written: {detail}")]
    Write {
        /// Where it was to go.
        path: String,
        /// What the system said.
        detail: auskunft_words::Message,
    },
}

fn t(lang: Lang, id: &str) -> String {
    text(lang, id, &[])
}

/// Composes the letter.
pub fn compose(report: &Report, me: Option<&Me>, req: &LetterRequest) -> Letter {
    let lang = req.lang;
    let mut missing = Vec::new();
    let mut need = |field: Field, value: Option<&str>| -> String {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            Some(v) => v.to_owned(),
            None => {
                if !missing.contains(&field) {
                    missing.push(field);
                }
                field.blank(lang)
            }
        }
    };
    let name = need(Field::Name, me.and_then(|m| m.name.as_deref()));
    let address = need(Field::Address, me.and_then(|m| m.address.as_deref()));
    let country = me
        .and_then(|m| m.country.as_deref())
        .filter(|c| !c.trim().is_empty());
    let region = me
        .and_then(|m| m.region.as_deref())
        .filter(|r| !r.trim().is_empty());
    if req.to == Recipient::Authority {
        if country.is_none() {
            need(Field::Country, None);
        } else if country.is_some_and(|c| c.eq_ignore_ascii_case("de"))
            && !region.is_some_and(directory::is_land)
        {
            need(Field::Region, None);
        }
    }
    let requested = need(
        Field::Requested,
        req.requested.map(|d| dates::date(lang, d)).as_deref(),
    );
    let received = need(
        Field::Received,
        req.received.map(|d| dates::date(lang, d)).as_deref(),
    );

    let facts = facts::Facts::of(report);
    let vendor = facts.vendor;
    let company = vendor.and_then(|v| v.company(country));
    let company_name = company
        .as_ref()
        .map_or_else(|| t(lang, "letter-company-unknown"), |c| c.name.clone());
    let authority = directory::authority_for(country, region);
    let lead = vendor.and_then(directory::Vendor::lead_authority);

    let mut sender = vec![name.clone()];
    sender.extend(address.lines().map(str::to_owned));

    let entry_lines = |e: &directory::Entry| {
        let mut lines = vec![e.name.clone()];
        lines.extend(e.address.lines().map(str::to_owned));
        if let Some(mail) = &e.email {
            lines.push(text(lang, "letter-by-email", &[("email", mail.into())]));
        } else if let Some(form) = &e.webform {
            lines.push(text(lang, "letter-by-webform", &[("url", form.into())]));
        }
        lines
    };
    let recipient = match req.to {
        Recipient::Company => company
            .as_ref()
            .map_or_else(|| vec![t(lang, "letter-company-unknown")], entry_lines),
        Recipient::Authority => authority
            .as_ref()
            .map_or_else(|| vec![Field::Country.blank(lang)], entry_lines),
    };

    let mut body = Vec::new();
    let archives = facts
        .archives
        .iter()
        .map(|(file, bytes, sha)| {
            text(
                lang,
                "letter-archive",
                &[
                    ("file", file.into()),
                    ("size", auskunft_report::document::size(lang, *bytes).into()),
                    ("sha256", sha.into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let dates_args: [(&str, Arg); 3] = [
        ("requested", requested.clone().into()),
        ("received", received.clone().into()),
        ("company", company_name.clone().into()),
    ];
    match req.to {
        Recipient::Company => body.push(text(lang, "letter-company-opening", &dates_args)),
        Recipient::Authority => {
            body.push(text(lang, "letter-authority-opening", &dates_args));
            body.push(text(lang, "letter-authority-facts", &dates_args));
        }
    }
    body.push(archives);
    body.push(text(
        lang,
        "letter-checked",
        &[
            ("version", report.tool.version.clone().into()),
            ("records", report.summary.records.into()),
            ("foreign", report.summary.records_foreign.into()),
        ],
    ));
    if report.summary.records_foreign > 0 {
        body.push(text(
            lang,
            "letter-foreign-facts",
            &[
                ("devices", facts.foreign_devices.len().into()),
                (
                    "first",
                    facts
                        .foreign_first
                        .map_or_else(
                            || t(lang, "report-no-time"),
                            |d| dates::date(lang, d.date_naive()),
                        )
                        .into(),
                ),
                (
                    "last",
                    facts
                        .foreign_last
                        .map_or_else(
                            || t(lang, "report-no-time"),
                            |d| dates::date(lang, d.date_naive()),
                        )
                        .into(),
                ),
                ("audio", facts.foreign_audio.into()),
            ],
        ));
        if !facts.foreign_devices.is_empty() {
            body.push(
                facts
                    .foreign_devices
                    .iter()
                    .map(|(label, n)| {
                        text(
                            lang,
                            "letter-device",
                            &[("device", label.into()), ("count", (*n).into())],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        if report.summary.records_other_account > 0 {
            body.push(text(
                lang,
                "letter-other-account",
                &[("count", report.summary.records_other_account.into())],
            ));
        }
        body.push(text(
            lang,
            "letter-respect",
            &[("files", facts.foreign_members.len().into())],
        ));
    } else {
        body.push(text(
            lang,
            "letter-none-foreign",
            &[("unknown", report.summary.records_unknown.into())],
        ));
    }
    let foreign = report.summary.records_foreign > 0;
    match req.to {
        Recipient::Company => {
            let mut asks = vec![t(lang, "letter-ask-copy")];
            if foreign {
                asks.push(t(lang, "letter-ask-breach"));
                asks.push(t(lang, "letter-ask-return"));
            }
            asks.push(t(lang, "letter-ask-confirm"));
            body.push(t(lang, "letter-asks"));
            body.push(
                asks.iter()
                    .enumerate()
                    .map(|(i, s)| format!("{}. {s}", i + 1))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            body.push(t(lang, "letter-deadline"));
            if let Some(auth) = &authority {
                body.push(text(
                    lang,
                    "letter-company-authority",
                    &[("authority", auth.name.clone().into())],
                ));
            }
        }
        Recipient::Authority => {
            body.push(text(lang, "letter-authority-complaint", &dates_args));
            if foreign {
                body.push(text(lang, "letter-authority-breach", &dates_args));
            }
            if let Some(lead) = &lead {
                body.push(text(
                    lang,
                    "letter-authority-lead",
                    &[
                        ("company", company_name.clone().into()),
                        ("lead", lead.name.clone().into()),
                    ],
                ));
            }
            body.push(t(lang, "letter-authority-evidence"));
        }
    }

    let appendix = facts
        .foreign_members
        .iter()
        .map(|m| format!("{}  {}", m.sha256, m.path))
        .collect::<Vec<_>>();
    let mut letter = Letter {
        to: req.to,
        lang: lang.code().into(),
        sender,
        recipient,
        date: dates::date(lang, req.today),
        subject: match req.to {
            Recipient::Company => t(lang, "letter-company-subject"),
            Recipient::Authority => text(
                lang,
                "letter-authority-subject",
                &[("company", company_name.into())],
            ),
        },
        salutation: t(lang, "letter-salutation"),
        body,
        closing: t(lang, "letter-closing"),
        signature: name,
        appendix_title: if appendix.is_empty() {
            String::new()
        } else {
            text(
                lang,
                "letter-appendix-title",
                &[("count", appendix.len().into())],
            )
        },
        appendix,
        missing,
        text: String::new(),
    };
    letter.text = plain_text(&letter);
    letter
}

/// The letter as plain text: to paste into an e-mail or a web form.
pub fn plain_text(l: &Letter) -> String {
    let mut out = String::new();
    out.push_str(&l.sender.join("\n"));
    out.push_str("\n\n");
    out.push_str(&l.recipient.join("\n"));
    out.push_str("\n\n");
    out.push_str(&l.date);
    out.push_str("\n\n");
    out.push_str(&l.subject);
    out.push_str("\n\n");
    out.push_str(&l.salutation);
    out.push_str("\n\n");
    for p in &l.body {
        out.push_str(p);
        out.push_str("\n\n");
    }
    out.push_str(&l.closing);
    out.push_str("\n\n");
    out.push_str(&l.signature);
    out.push('\n');
    if !l.appendix.is_empty() {
        out.push_str("\n\n");
        out.push_str(&l.appendix_title);
        out.push_str("\n\n");
        for line in &l.appendix {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The letter as a PDF (typeset by the report's embedded typst).
pub fn pdf(letter: &Letter, today: NaiveDate) -> Result<Vec<u8>, LetterError> {
    Ok(auskunft_report::typeset::pdf(
        &pdf::markup(letter),
        &[],
        today,
    )?)
}

/// The sentence that says which fields to fill in, or `None` when none is missing.
pub fn missing_sentence(letter: &Letter, lang: Lang) -> Option<String> {
    if letter.missing.is_empty() {
        return None;
    }
    let hints: Vec<String> = letter.missing.iter().map(|f| f.hint(lang)).collect();
    Some(text(
        lang,
        "letter-missing",
        &[
            ("count", letter.missing.len().into()),
            ("fields", hints.join(" ").into()),
        ],
    ))
}

/// Writes the letter as text or PDF to `out` (atomically).
pub fn save(
    letter: &Letter,
    pdf_format: bool,
    today: NaiveDate,
    out: &Path,
) -> Result<(), LetterError> {
    let bytes = if pdf_format {
        pdf(letter, today)?
    } else {
        letter.text.clone().into_bytes()
    };
    auskunft_store::write_atomically(out, &bytes).map_err(|e| LetterError::Write {
        path: out.display().to_string(),
        detail: auskunft_words::Message::io(&e),
    })
}

/// The file name a save dialog suggests: `letter-company-de.pdf`.
pub fn suggested_name(to: Recipient, lang: Lang, pdf_format: bool) -> String {
    format!(
        "{}-{}.{}",
        t(
            lang,
            match to {
                Recipient::Company => "letter-file-company",
                Recipient::Authority => "letter-file-authority",
            }
        ),
        lang.code(),
        if pdf_format { "pdf" } else { "txt" }
    )
}

/// Counts written for people (`1,700`), for tests and callers.
pub fn count(n: usize, lang: Lang) -> String {
    format_count(n, lang)
}

/// The letter about the open export, filled from the `[me]` table of the session's inventory
/// (a missing file leaves every field of `[me]` blank; an invalid one is an error naming its line).
pub fn session_letter(
    session: &auskunft_api::Session,
    req: &LetterRequest,
) -> Result<Letter, auskunft_api::ApiError> {
    let inventory = auskunft_api::read_inventory(&session.inventory)?;
    Ok(compose(
        &session.report,
        inventory.inventory.me.as_ref(),
        req,
    ))
}

/// What the user chose for a letter in the app.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "camelCase")]
pub struct LetterChoice {
    /// To whom.
    pub to: Recipient,
    /// The language code (`de`, `en`).
    pub lang: String,
    /// When the user asked for their data (`YYYY-MM-DD`), if they said.
    pub requested: Option<String>,
    /// When the export arrived (`YYYY-MM-DD`), if they said.
    pub received: Option<String>,
}

impl LetterChoice {
    /// The request this choice makes today; a date that is not `YYYY-MM-DD` is a usage error
    /// naming it.
    pub fn request(&self, today: NaiveDate) -> Result<LetterRequest, auskunft_api::ApiError> {
        let date = |label: &str,
                    v: &Option<String>|
         -> Result<Option<NaiveDate>, auskunft_api::ApiError> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => parse_date(s).map(Some).ok_or_else(|| {
                    auskunft_api::ApiError::said(
                        auskunft_api::ErrorCode::Usage,
                        auskunft_words::Message::new("error-letter-date")
                            .arg("which", label)
                            .arg("date", s),
                    )
                }),
            }
        };
        Ok(LetterRequest {
            to: self.to,
            lang: auskunft_report::parse_lang(&self.lang)?,
            requested: date("requested", &self.requested)?,
            received: date("received", &self.received)?,
            today,
        })
    }
}

/// Reads `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The letter about the open export for the app's preview.
pub fn preview_session_letter(
    session: &auskunft_api::Session,
    choice: &LetterChoice,
) -> Result<Letter, auskunft_api::ApiError> {
    session_letter(session, &choice.request(chrono::Utc::now().date_naive())?)
}

/// Writes the letter about the open export to `out`, as PDF when `pdf_format`, else as text.
pub fn save_session_letter(
    session: &auskunft_api::Session,
    choice: &LetterChoice,
    pdf_format: bool,
    out: &Path,
) -> Result<Letter, auskunft_api::ApiError> {
    let today = chrono::Utc::now().date_naive();
    let letter = session_letter(session, &choice.request(today)?)?;
    save(&letter, pdf_format, today, out).map_err(|e| {
        use auskunft_words::Message;
        let (code, detail) = match e {
            LetterError::Typeset(e) => (
                auskunft_api::ErrorCode::Internal,
                Message::new("error-internal").arg("detail", e.to_string()),
            ),
            LetterError::Write { path, detail } => (
                auskunft_api::ErrorCode::Io,
                Message::new("io-cannot-write")
                    .arg("path", path)
                    .arg("detail", detail),
            ),
        };
        auskunft_api::ApiError::said(
            code,
            Message::new("error-letter-not-saved").arg("detail", detail),
        )
    })?;
    Ok(letter)
}
