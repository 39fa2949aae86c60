//! PDF through typst, embedded as a library: no browser, no network, no system fonts.
//!
//! The typesetting world holds one main source, the files it may read (the charts as SVG) and
//! the fonts typst ships (`typst-assets`: Libertinus Serif, New Computer Modern, DejaVu Sans
//! Mono). Package imports find nothing — nothing is ever downloaded — and the clock is the one
//! the caller passes, so the same input gives the same PDF.
//!
//! Text from an export never becomes markup: callers put it into string literals with
//! [`string`], so a transcript holding `#` or `]` is printed, never run.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Typesetting failed: the message names the first error typst reported.
#[derive(Debug, thiserror::Error)]
#[error("the PDF could not be typeset: {0}")]
pub struct TypesetError(pub String);

/// `s` as a typst string literal (`"…"`, escaped): safe for any text.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

struct Sandbox {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: NaiveDate,
}

impl World for Sandbox {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().as_rootless_path().into()))
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            u8::try_from(self.today.month()).ok()?,
            u8::try_from(self.today.day()).ok()?,
        )
    }
}

/// Typesets `main` (typst markup) into a PDF; `files` are what it may read by name
/// (`image("lanes.svg")`), `today` what `datetime.today()` says.
pub fn pdf(
    main: &str,
    files: &[(String, Vec<u8>)],
    today: NaiveDate,
) -> Result<Vec<u8>, TypesetError> {
    let id = |name: &str| FileId::new(None, VirtualPath::new(name));
    let world = Sandbox {
        main: Source::new(id("main.typ"), main.to_owned()),
        files: files
            .iter()
            .map(|(name, bytes)| (id(name), Bytes::new(bytes.clone())))
            .collect(),
        today,
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        TypesetError(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        TypesetError(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_printed_not_run() {
        let hostile = "#panic(\"x\") ] [ \\ \" $ * _ <b>";
        let main = format!("#text({})", string(hostile));
        let pdf = pdf(
            &main,
            &[],
            NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
        )
        .expect("typesets");
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn imports_find_nothing_and_say_so() {
        let main = "#import \"@preview/cetz:0.3.0\": canvas\nx";
        let error = pdf(
            main,
            &[],
            NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
        )
        .expect_err("no package may load");
        assert!(!error.0.is_empty());
    }
}
