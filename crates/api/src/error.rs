//! Errors as the UI and the CLI see them: a stable code and a sentence.

use auskunft_words::{Lang, Message};
use serde::Serialize;
use ts_rs::TS;

/// What kind of failure; the UI matches on this, never on the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request itself is wrong (no archives given, unknown scenario).
    Usage,
    /// The inventory file is invalid; the message names file and line.
    InventoryInvalid,
    /// The data folder cannot be found or written.
    DataDir,
    /// Writing a file failed.
    Io,
    /// The program failed (a bug, never a bad archive); the message says where.
    Internal,
    /// A recording cannot be read from the export or decoded; the message says which and why.
    Audio,
    /// No sound output is available; waveform and transcript still work.
    NoAudioDevice,
    /// The user cancelled the audit.
    Cancelled,
}

/// A failure with a code for programs and a sentence for people.
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error, TS)]
#[ts(export)]
#[error("{message}")]
pub struct ApiError {
    /// Stable code.
    pub code: ErrorCode,
    /// A sentence saying what and where (English).
    pub message: String,
    /// The sentence as a catalogue message (`errors.ftl`), for the reader's language, when it
    /// has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub words: Option<Message>,
}

impl ApiError {
    /// Makes an error from an English sentence.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
            words: None,
        }
    }

    /// A failure no user action causes (a bug): the catalogue's `error-internal` around `detail`,
    /// the program's own words about what went wrong (English, as a library's are).
    pub fn internal(detail: impl Into<String>) -> Self {
        ApiError::said(
            ErrorCode::Internal,
            Message::new("error-internal").arg("detail", detail.into()),
        )
    }

    /// Makes an error whose sentence is the catalogue message `words`.
    pub fn said(code: ErrorCode, words: Message) -> Self {
        ApiError {
            code,
            message: words.en(),
            words: Some(words),
        }
    }

    /// The sentence as a catalogue message, to put inside another one. Every error the API
    /// makes has one ([`ApiError::said`]); one made by [`ApiError::new`] would be a bug, and is
    /// said as one around its English sentence.
    pub fn words(&self) -> Message {
        self.words
            .clone()
            .unwrap_or_else(|| Message::new("error-internal").arg("detail", self.message.clone()))
    }

    /// The sentence in `lang`, when the catalogue has it; else the English one.
    pub fn text(&self, lang: Lang) -> String {
        self.words
            .as_ref()
            .map_or_else(|| self.message.clone(), |w| w.render(lang))
    }
}

impl From<auskunft_evidence::Error> for ApiError {
    /// An evidence body's failure as the UI and the CLI see it (exit 2 for usage, else 1).
    fn from(e: auskunft_evidence::Error) -> ApiError {
        use auskunft_evidence::ErrorKind;
        let code = match e.kind {
            ErrorKind::Usage => ErrorCode::Usage,
            ErrorKind::Io | ErrorKind::Changed => ErrorCode::Io,
            ErrorKind::Internal => ErrorCode::Internal,
        };
        ApiError::said(code, e.words)
    }
}
