//! `google.assistant_html`: Google Assistant activity from Takeout's My Activity, as HTML.
//!
//! # Format
//!
//! `Takeout/My Activity/Assistant/MyActivity.html`, large ones split as `MyActivity-<n>.html`;
//! localised folders and names (`Meine Aktivitäten/Assistant/MeineAktivitäten.html`). One
//! page of Material Design Lite markup; each activity is a block
//!
//! ```html
//! <div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">
//!  <div class="header-cell …"><p class="mdl-typography--title">Assistant<br></p></div>
//!  <div class="content-cell … mdl-typography--body-1">Said&nbsp;<a href="…">what&#39;s up</a>
//!   <br>It&#39;s sunny.<br><audio controls><source src="2021-07-01_08_00_00_123_UTC.mp3">
//!   </audio><br>Jul 1, 2021, 10:00:00 AM CET</div>
//!  <div class="content-cell … mdl-typography--body-1 mdl-typography--text-right"></div>
//!  <div class="content-cell … mdl-typography--caption"><b>Products:</b><br>&emsp;Assistant<br>
//!   <b>Locations:</b><br>&emsp;At <a href="https://www.google.com/maps/@?api=1&amp;…
//!   center=52.52,13.40…">this general area</a> - Based on your past activity<br>
//!   <b>Details:</b><br>&emsp;From unrecognized speaker<br></div>
//! </div></div>
//! ```
//!
//! The content cell's lines (split at `<br>`) are the title (what was said behind a localised
//! verb, see [`super::said`]), the reply lines, and last the time: `Mar 8, 2018, 5:14:40 PM CET`,
//! German `08.03.2018, 17:14:40 MEZ`. The time is the line that reads as one, searched from the
//! end; newer exports label every time with the zone in force at export time, which
//! [`super::zones`] corrects per page (a member warning says so when it moved any time). The
//! caption cell holds `Details:` (kept verbatim; "From unrecognized speaker" sets
//! `speaker_recognized = Some(false)`) and `Locations:` (the first maps link with coordinates
//! becomes `location`, named by the text before ` - `). The recording is named by `<audio>` /
//! `<source src>` or by a link to an `.mp3` (`.wav`, `.ogg`, `.m4a`, `.opus`); the record asks
//! for it under [`crate::audio_key`] of the file name, so it joins wherever the MP3 is, other
//! Takeout parts included.
//!
//! One record per block, located as `activity <n>, line <l>` (the block's place in the page and
//! the line its `outer-cell` starts on), `vendor = "google"`, `zone` the zone as written
//! (`CET`), the reply lines joined with ` / `. The page is decoded whatever its encoding
//! ([`crate::text::decode`]) and read through the spec's HTML tokenizer ([`crate::html`]: every
//! named entity, comments, `<style>` and `<script>` skipped, never failing on broken markup);
//! this module knows `div` nesting, `<br>`, `<b>`, links and audio sources.
//!
//! # Detection
//!
//! HTML content that is either named `MyActivity.html` / `MyActivity-<n>.html` (or the German
//! `MeineAktivitäten.html`) in a folder named `Assistant` or `Google Assistant`, or whose first
//! 4 KiB hold an activity header cell reading `Assistant` or `Google Assistant`.
//!
//! # Known variants
//!
//! - Old exports label each time with the zone then in force (a page mixes `CET` and `CEST`):
//!   read as written. Newer ones say one abbreviation all year: read with the region's rules.
//! - The oldest pages write no zone (`Jun 23, 2015, 2:43:45 PM`): read as UTC, `zone` empty,
//!   one warning per page.
//! - An unknown zone, an unreadable time (a last line with a clock reading that is no time this
//!   module reads, such as `Feb 30, …`) or none: the record is kept without a time and a
//!   warning names the activity. No title: a record without transcript, with a warning. A
//!   block with no content cell, or with no title, time or recording, is skipped with one.
//! - A page that ends inside a block (a cut download): blocks before it are read; the cut one
//!   keeps its title and complete replies but no time and no captions (a cut time could read
//!   as a wrong one: `5:14` of `5:14:40 PM CET`). A block left open until the next begins is
//!   read as far as it goes. Both with a warning.
//! - Several recordings in one block: only the first is joined; a warning names the rest.
//!
//! # Not imported
//!
//! The header (product) text, `Products:`, other caption sections, the title's search link,
//! location names' sources and links other than recordings and maps. Every block of the page
//! is read, whatever its header, as the JSON module reads every entry.

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{Location, Locator, MemberKind, Message, Record};
use chrono::{DateTime, Utc};

use super::assistant::{coordinates, unrecognized};
use super::member_ref;
use super::said::{not_imported, Entry, Said};
use super::zones::{self, Corrections, Reading, Written, Zone};
use crate::amazon::language;
use crate::html::{tokens, Token};
use crate::read::read_bounded;
use crate::text::decode;
use crate::{Candidate, Format, Import, Imported};

/// The Assistant activity module for HTML pages; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct AssistantHtml;

/// `google.assistant_html`: Assistant activity from Takeout (`MyActivity.html`).
pub static ASSISTANT_HTML: AssistantHtml = AssistantHtml;

/// Header-cell texts of Assistant activities.
const HEADERS: &[&str] = &["Assistant", "Google Assistant"];

/// File extensions of recordings a block may name.
const AUDIO: &[&str] = &[".mp3", ".wav", ".ogg", ".m4a", ".opus"];

impl Format for AssistantHtml {
    fn name(&self) -> &'static str {
        "google.assistant_html"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        candidate.content == Content::Html
            && (is_activity_path(candidate.path) || has_assistant_header(candidate.head))
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        let failed = |why: Message| Imported {
            kind: MemberKind::Records,
            outcome: Outcome::Failed(why),
        };
        let bytes = match read_bounded(content) {
            Ok(bytes) => bytes,
            Err(why) => return failed(why),
        };
        let (text, encoding) = decode(&bytes);
        let blocks = blocks(&text);
        if blocks.is_empty() && !text.contains("mdl-") {
            return failed(Message::new("format-google-not-activity-page"));
        }
        let mut activities: Vec<Activity> = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| read_block(i + 1, b))
            .collect();
        let reading = Reading::of(
            activities
                .iter()
                .filter_map(|a| a.time.as_ref()?.zone.as_deref()),
        );
        let mut corrections = Corrections::default();
        let mut unzoned = 0;
        let member = member_ref(candidate);
        for a in &mut activities {
            let Some(written) = &a.time else { continue };
            a.utc = match written.zone.as_deref() {
                None => {
                    unzoned += 1;
                    Some(written.local.and_utc())
                }
                Some(z) => {
                    let (utc, warning) = place(&a.at, written, z, &reading, &mut corrections);
                    a.warnings.extend(warning);
                    utc
                }
            };
        }
        let mut file_warnings: Vec<Message> = encoding.warning().into_iter().collect();
        file_warnings.extend(corrections.warnings());
        if unzoned > 0 {
            file_warnings.push(Message::new("format-no-zone").arg("count", unzoned));
        }
        for w in file_warnings {
            import.warn(&member, w);
        }
        // The same reading of titles as the JSON module's (google/said.rs): pages carry no
        // search link per title, so the verbs come from the list; entries that are no voice
        // interaction are counted, not imported.
        let said = Said::new();
        let mut not_voice = std::collections::BTreeMap::new();
        for a in activities {
            for w in a.warnings.iter() {
                import.warn(&member, w.clone());
            }
            if !a.keep {
                continue;
            }
            let transcript = match a.title.as_deref().map(|t| said.read(t, None)) {
                Some(Entry::NotVoice(kind)) => {
                    *not_voice.entry(kind).or_insert(0) += 1;
                    continue;
                }
                Some(Entry::Words(words)) => Some(words.to_string()),
                Some(Entry::Unknown) | None => None,
            };
            push(a, transcript, candidate, import);
        }
        for w in not_imported(&not_voice) {
            import.warn(&member, w);
        }
        Imported {
            kind: MemberKind::Records,
            outcome: Outcome::Parsed,
        }
    }
}

/// Places a written time (`None` when its zone is not known here), with a warning about `at`
/// when it could not be placed or fell on a clock change.
fn place(
    at: &Locator,
    written: &Written,
    zone: &str,
    reading: &Reading,
    corrections: &mut Corrections,
) -> (Option<DateTime<Utc>>, Option<Message>) {
    let Some(known) = zones::zone(zone) else {
        let why = Message::new("format-activity-zone-unknown")
            .arg("at", at)
            .arg("zone", zone);
        return (None, Some(why));
    };
    let placed = reading.place(written.local, known);
    let mut warning = None;
    if let Zone::Named(named) = known {
        if let Some(read_as) = &placed.read_as {
            corrections.note(named, read_as);
        }
        if placed.switch.is_some() {
            warning = Some(zones::describe_switch(at, written.local, named, &placed));
        }
    }
    (Some(placed.utc), warning)
}

/// Turns an activity into a record, asking for its recording by name.
fn push(a: Activity, transcript: Option<String>, candidate: &Candidate<'_>, import: &mut Import) {
    let record = Record {
        time: a.utc,
        zone: a.time.and_then(|t| t.zone),
        vendor: Some("google".into()),
        speaker_recognized: a.details.iter().any(|d| unrecognized(d)).then_some(false),
        location: a.location,
        details: a.details,
        language: transcript.as_deref().and_then(language),
        transcript,
        response: (!a.replies.is_empty()).then(|| a.replies.join(" / ")),
        source: candidate.source(&a.at),
        ..Record::default()
    };
    import.record_naming_audio(record, a.audio.first().map(String::as_str))
}

/// What one block says, before its time is placed.
#[derive(Debug)]
struct Activity {
    /// `activity <n>, line <l>`.
    at: Locator,
    /// False when the block holds nothing to import.
    keep: bool,
    title: Option<String>,
    replies: Vec<String>,
    time: Option<Written>,
    utc: Option<DateTime<Utc>>,
    details: Vec<String>,
    location: Option<Location>,
    audio: Vec<String>,
    /// Warnings, each naming `at`.
    warnings: Vec<Message>,
}

impl Activity {
    /// An activity with nothing to import, only warnings.
    fn skipped(at: Locator, warnings: Vec<Message>) -> Activity {
        Activity {
            at,
            keep: false,
            title: None,
            replies: Vec::new(),
            time: None,
            utc: None,
            details: Vec::new(),
            location: None,
            audio: Vec::new(),
            warnings,
        }
    }
}

/// Reads block number `n` (from 1).
fn read_block(n: usize, block: &Block) -> Activity {
    let at = Locator::Activity {
        activity: n,
        line: block.line,
    };
    let said = |id: &str| Message::new(id).arg("at", &at);
    let cut_in_body = block.end == End::Truncated && !block.body_closed;
    let ended = match block.end {
        End::Truncated if cut_in_body => Some("format-activity-ends-inside"),
        End::Truncated => Some("format-activity-ends-in-captions"),
        End::Interrupted => Some("format-activity-not-closed"),
        End::Closed => None,
    };
    let mut warnings: Vec<Message> = ended.into_iter().map(&said).collect();
    if !block.body_seen {
        warnings.push(said("format-activity-no-content"));
        return Activity::skipped(at, warnings);
    }
    let mut lines: Vec<&str> = block
        .body
        .iter()
        .filter(|l| !l.audio && !l.links.iter().any(|h| is_audio(h)))
        .map(|l| l.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    if cut_in_body && lines.len() > 1 {
        // The line the file ends in is cut: a reply or the time, either way incomplete.
        lines.pop();
    }
    let found = if cut_in_body {
        None
    } else {
        lines
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, l)| Some((i, zones::parse(l)?)))
    };
    let (time, time_line) = match found {
        Some((i, written)) => (Some(written), Some(i)),
        None if cut_in_body => (None, None),
        None if lines.last().is_some_and(|l| clock_like(l)) => {
            let last = lines[lines.len() - 1];
            warnings.push(said("format-activity-time-unread").arg("value", last));
            (None, Some(lines.len() - 1))
        }
        None => {
            warnings.push(said("format-activity-no-time"));
            (None, None)
        }
    };
    let mut rest = lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| Some(i) != time_line)
        .map(|(_, l)| l.to_string());
    let title = rest.next();
    if title.is_none() {
        warnings.push(said("format-activity-no-title"));
    }
    let replies: Vec<String> = rest.collect();
    let (details, location) = if cut_in_body {
        (vec![], None)
    } else {
        captions(&block.caption)
    };
    let mut audio: Vec<String> = Vec::new();
    for file in &block.audio {
        if !audio.contains(file) {
            audio.push(file.clone());
        }
    }
    if title.is_none() && time.is_none() && audio.is_empty() {
        let empty = said("format-activity-empty");
        return Activity::skipped(at, vec![empty]);
    }
    if audio.len() > 1 {
        warnings.push(
            said("format-row-audio-files")
                .arg("count", audio.len())
                .arg("rest", audio[1..].join(", ")),
        );
    }
    Activity {
        warnings,
        at,
        keep: true,
        title,
        replies,
        time,
        utc: None,
        details,
        location,
        audio,
    }
}

/// Whether a line holds a clock reading (`9:00`), so that, last in its cell, it was meant as
/// the time.
fn clock_like(line: &str) -> bool {
    let b = line.as_bytes();
    (1..b.len().saturating_sub(1))
        .any(|i| b[i] == b':' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
}

/// A caption section's kind, from its bold key (`Details:`, German `Standorte:`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Section {
    Details,
    Locations,
    Other,
}

fn section(key: &str) -> Section {
    match key
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_lowercase()
        .as_str()
    {
        "details" | "détails" | "detalles" | "dettagli" => Section::Details,
        "locations" | "location" | "standorte" | "standort" | "orte" | "lieux" | "ubicaciones"
        | "posizioni" => Section::Locations,
        _ => Section::Other,
    }
}

/// The details and the first location with coordinates of a caption cell.
fn captions(lines: &[Line]) -> (Vec<String>, Option<Location>) {
    let mut details = Vec::new();
    let mut location = None;
    let mut current = Section::Other;
    for line in lines {
        let mut text = line.text.as_str();
        if !line.key.is_empty() {
            current = section(&line.key);
        } else if text.ends_with(':') && section(text) != Section::Other {
            current = section(text);
            text = "";
        }
        if text.is_empty() {
            continue;
        }
        match current {
            Section::Details => details.push(text.to_string()),
            Section::Locations if location.is_none() => {
                location = line.links.iter().find_map(|href| {
                    let (lat, lon) = coordinates(href)?;
                    let name = text.split(" - ").next().unwrap_or(text).trim();
                    let name = (!name.is_empty()).then(|| name.to_string());
                    Some(Location { lat, lon, name })
                });
            }
            _ => {}
        }
    }
    (details, location)
}

/// `…/Assistant/MyActivity.html`, `…/Assistant/MyActivity-<n>.html`, or the German name.
fn is_activity_path(path: &str) -> bool {
    let mut segments = path.rsplit(['/', '\\']);
    let (Some(file), Some(parent)) = (segments.next(), segments.next()) else {
        return false;
    };
    let lower = file.to_lowercase();
    let Some(stem) = lower
        .strip_suffix(".html")
        .or_else(|| lower.strip_suffix(".htm"))
    else {
        return false;
    };
    let stem = folded(stem);
    let name_fits = ["myactivity", "meineaktivitaten"].iter().any(|name| {
        stem.strip_prefix(name)
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    });
    name_fits && ["assistant", "googleassistant"].contains(&folded(parent).as_str())
}

/// Lower-case ASCII letters and digits only, umlauts as their base letter (`Aktivitäten`,
/// whether composed or not, is `aktivitaten`).
fn folded(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            c => c,
        })
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Whether the head holds a header cell `<p class="mdl-typography--title">Assistant`: an
/// element of that class whose text, up to the next tag, is one of [`HEADERS`].
fn has_assistant_header(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let mut in_title: Option<String> = None;
    for (_, token) in tokens(&text) {
        match token {
            Token::Text(t) => {
                if let Some(title) = in_title.as_mut() {
                    title.push_str(&t);
                }
                continue;
            }
            _ if in_title.is_some() => {
                let title = in_title.take().unwrap_or_default();
                let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                if HEADERS.contains(&title.as_str()) {
                    return true;
                }
            }
            _ => {}
        }
        if let Token::Open { attrs, .. } = &token {
            let class = attrs.iter().find(|(k, _)| k == "class").map(|(_, v)| v);
            if class.is_some_and(|c| c.split_whitespace().any(|c| c == "mdl-typography--title")) {
                in_title = Some(String::new());
            }
        }
    }
    false
}

/// Whether a link or source names a recording.
fn is_audio(href: &str) -> bool {
    let lower = href.to_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or(&lower);
    AUDIO.iter().any(|ext| path.ends_with(ext))
}

/// The file name a link or source names: its last segment, percent-decoded.
fn file_name(href: &str) -> String {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    let last = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let bytes = last.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).trim().to_string()
}

// ---- The page: blocks of cells of lines --------------------------------------------------

/// One line of a cell (up to a `<br>`): its bold key, text and links.
#[derive(Debug, Default)]
struct Line {
    /// Bold text the line starts with (`Details:`).
    key: String,
    text: String,
    links: Vec<String>,
    /// The line holds an `<audio>` element.
    audio: bool,
}

/// How a block ended.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum End {
    /// Its `outer-cell` div was closed.
    #[default]
    Closed,
    /// The next block began first.
    Interrupted,
    /// The file ended inside it.
    Truncated,
}

/// One `outer-cell` block.
#[derive(Debug, Default)]
struct Block {
    /// The line its `outer-cell` starts on.
    line: usize,
    body: Vec<Line>,
    caption: Vec<Line>,
    /// Recordings it names, in order.
    audio: Vec<String>,
    body_seen: bool,
    body_closed: bool,
    end: End,
}

/// What a div inside a block is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Other,
    Body,
    Caption,
}

impl Block {
    fn lines(&mut self, cell: Cell) -> Option<&mut Vec<Line>> {
        match cell {
            Cell::Body => Some(&mut self.body),
            Cell::Caption => Some(&mut self.caption),
            Cell::Other => None,
        }
    }

    /// The line text goes to, started if there is none.
    fn line(&mut self, cell: Cell) -> Option<&mut Line> {
        let lines = self.lines(cell)?;
        if lines.is_empty() {
            lines.push(Line::default());
        }
        lines.last_mut()
    }

    /// Collapses whitespace (any Unicode space, `&nbsp;` and `&emsp;` included) in every line.
    fn tidy(mut self) -> Block {
        for line in self.body.iter_mut().chain(self.caption.iter_mut()) {
            line.text = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
            line.key = line.key.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        self
    }
}

/// The page's activity blocks, in order.
fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    // The divs open inside the current block; the first is its outer cell.
    let mut divs: Vec<Cell> = Vec::new();
    let mut bold = false;
    for (line, token) in tokens(text) {
        let cell = divs.last().copied().unwrap_or(Cell::Other);
        match token {
            Token::Open { name, attrs } => {
                let attr = |key: &str| {
                    attrs
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, v)| v.as_str())
                };
                let classes: Vec<&str> = attr("class").unwrap_or("").split_whitespace().collect();
                if name == "div" && classes.contains(&"outer-cell") {
                    if let Some(mut done) = current.take() {
                        done.end = End::Interrupted;
                        out.push(done.tidy());
                    }
                    current = Some(Block {
                        line,
                        ..Block::default()
                    });
                    divs = vec![Cell::Other];
                    continue;
                }
                let Some(block) = current.as_mut() else {
                    continue;
                };
                match name.as_str() {
                    "div" => {
                        let role = if !classes.contains(&"content-cell") {
                            cell
                        } else if classes.contains(&"mdl-typography--caption") {
                            Cell::Caption
                        } else if classes.contains(&"mdl-typography--text-right") {
                            Cell::Other
                        } else if classes.contains(&"mdl-typography--body-1") {
                            Cell::Body
                        } else {
                            Cell::Other
                        };
                        if role != cell {
                            if role == Cell::Body {
                                block.body_seen = true;
                            }
                            if let Some(lines) = block.lines(role) {
                                lines.push(Line::default());
                            }
                        }
                        divs.push(role);
                    }
                    "br" | "p" => {
                        if let Some(lines) = block.lines(cell) {
                            lines.push(Line::default());
                        }
                    }
                    "b" | "strong" => bold = true,
                    "a" => {
                        if let Some(href) = attr("href").filter(|h| !h.trim().is_empty()) {
                            if is_audio(href) {
                                block.audio.push(file_name(href));
                            }
                            if let Some(l) = block.line(cell) {
                                l.links.push(href.to_string());
                            }
                        }
                    }
                    "audio" | "source" => {
                        if let Some(src) = attr("src").filter(|s| !s.trim().is_empty()) {
                            block.audio.push(file_name(src));
                        }
                        if let Some(l) = block.line(cell) {
                            l.audio = true;
                        }
                    }
                    _ => {}
                }
            }
            Token::Close(name) => {
                let Some(block) = current.as_mut() else {
                    continue;
                };
                match name.as_str() {
                    "div" => {
                        if divs.pop() == Some(Cell::Body) && divs.last() != Some(&Cell::Body) {
                            block.body_closed = true;
                        }
                        if divs.is_empty() {
                            if let Some(done) = current.take() {
                                out.push(done.tidy());
                            }
                        }
                    }
                    "b" | "strong" => bold = false,
                    "p" => {
                        if let Some(lines) = block.lines(cell) {
                            lines.push(Line::default());
                        }
                    }
                    _ => {}
                }
            }
            Token::Text(text) => {
                let Some(block) = current.as_mut() else {
                    continue;
                };
                if let Some(l) = block.line(cell) {
                    if bold && cell == Cell::Caption && l.text.trim().is_empty() {
                        l.key.push_str(&text);
                    } else {
                        l.text.push_str(&text);
                    }
                }
            }
        }
    }
    if let Some(mut cut) = current.take() {
        cut.end = End::Truncated;
        out.push(cut.tidy());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_in_english_and_german() {
        for path in [
            "Takeout/My Activity/Assistant/MyActivity.html",
            "Takeout/My Activity/Assistant/MyActivity-2.html",
            "Takeout/Meine Aktivitäten/Assistant/MeineAktivitäten.html",
            "Takeout/Meine Aktivitäten/Assistant/Meine Aktivita\u{308}ten.html",
            "Takeout/Mes activités/Google Assistant/MyActivity.html",
        ] {
            assert!(is_activity_path(path), "{path}");
        }
        for path in [
            "Takeout/My Activity/Search/MyActivity.html",
            "Takeout/My Activity/Assistant/MyActivity.json",
            "Takeout/My Activity/Assistant/MyActivity-x.html",
            "Takeout/My Activity/Assistant/archive_browser.html",
            "MyActivity.html",
        ] {
            assert!(!is_activity_path(path), "{path}");
        }
    }

    #[test]
    fn header_cells_are_matched_by_their_text() {
        let cell = |text: &str| {
            format!(
                "<div class=\"header-cell mdl-cell\"><p class=\"mdl-typography--title\">{text}<br></p>"
            )
        };
        assert!(has_assistant_header(cell("Assistant").as_bytes()));
        assert!(has_assistant_header(cell(" Google Assistant ").as_bytes()));
        assert!(!has_assistant_header(cell("YouTube").as_bytes()));
        assert!(!has_assistant_header(cell("Assistant settings").as_bytes()));
        assert!(!has_assistant_header(b"<p>Assistant</p>"));
        // Entities and comments are read as a browser would; a cut head is no header.
        assert!(has_assistant_header(
            b"<p class=\"mdl-typography--title\"><!-- x -->Google&nbsp;Assistant<br>"
        ));
        assert!(!has_assistant_header(
            b"<p class=\"mdl-typography--title\">Assis"
        ));
    }

    #[test]
    fn recordings_are_named_by_their_file() {
        assert!(is_audio("2021-07-01_08_00_00_123_UTC.mp3"));
        assert!(is_audio("https://x/y/A.MP3?dl=1"));
        assert!(!is_audio("https://www.google.com/search?q=mp3"));
        assert_eq!(
            file_name("Takeout/My%20Activity/Assistant/2021-07-01_08_00_00_123_UTC.mp3?x=1"),
            "2021-07-01_08_00_00_123_UTC.mp3"
        );
        assert_eq!(file_name("a%2"), "a%2");
    }

    #[test]
    fn several_recordings_join_the_first_and_warn_about_the_rest() {
        let page =
            "<div class=\"outer-cell\">\n<div class=\"content-cell mdl-typography--body-1\">\
             Said&nbsp;<a href=\"https://www.google.com/search?q=hi\">hi</a><br>Hello!<br>\
             <audio controls><source src=\"a.mp3\">Your browser cannot play audio.</audio><br>\
             Audio included: <a href=\"a.mp3\">a.mp3</a><br><a href=\"b%20c.mp3\">b c.mp3</a>\
             <br>Jul 1, 2021, 10:00:00 AM CET</div></div></div>";
        let block = blocks(page);
        assert_eq!(block.len(), 1);
        let a = read_block(3, &block[0]);
        assert!(a.keep);
        assert_eq!(a.audio, ["a.mp3", "b c.mp3"]);
        assert_eq!(a.title.as_deref(), Some("Said hi"));
        assert_eq!(a.replies, ["Hello!"], "audio lines are no replies");
        let said = |lang| -> Vec<String> { a.warnings.iter().map(|w| w.render(lang)).collect() };
        assert_eq!(
            said(auskunft_model::Lang::En),
            ["activity 3, line 1: 2 audio files; only the first is joined, not b c.mp3"]
        );
        assert_eq!(
            said(auskunft_model::Lang::De),
            ["Aktivität 3, Zeile 1: 2 Audiodateien; nur die erste wird zugeordnet, nicht b c.mp3"]
        );
    }

    #[test]
    fn captions_give_details_and_the_first_located_place() {
        let block = blocks(
            "<div class=\"outer-cell\"><div class=\"content-cell mdl-typography--body-1\">Said hi\
             <br>Jul 1, 2021, 10:00:00 AM CET</div><div class=\"content-cell \
             mdl-typography--caption\"><b>Products:</b><br>&emsp;Assistant<br><b>Standorte:</b>\
             <br>&emsp;In <a href=\"https://www.google.com/maps/@?api=1&amp;map_action=map&amp;\
             center=52.520008,13.404954&amp;zoom=12\">diesem Bereich</a> - Basierend auf Ihren \
             Aktivitäten<br><b>Details:</b>&emsp;Started by hotword<br>&emsp;From unrecognized \
             speaker<br></div></div></div>",
        );
        assert_eq!(block.len(), 1);
        assert_eq!(block[0].end, End::Closed);
        let (details, location) = captions(&block[0].caption);
        assert_eq!(details, ["Started by hotword", "From unrecognized speaker"]);
        assert_eq!(
            location,
            Some(Location {
                lat: 52.520008,
                lon: 13.404954,
                name: Some("In diesem Bereich".into())
            })
        );
    }
}
