//! Writing `inventory.toml` without losing what the user wrote.
//!
//! An [`InventoryDocument`] is the file's text held as a `toml_edit` document: adding, editing
//! or removing one entry changes that entry and nothing else, so comments, blank lines, odd
//! spacing and the order of everything untouched survive. A document nobody edited gives back
//! exactly the bytes it was read from (`toml_edit` would add a missing final newline). Files
//! written with CRLF line ends keep them.
//!
//! Every change is re-read by the strict reader ([`crate::Inventory::parse`]) before it is kept;
//! a change the reader would refuse is rolled back and reported, so the writer can never produce
//! a file the audit cannot read. Values are checked per key first, so the error names the key.
//!
//! Where things go:
//! - a new entry follows the last entry of its section, or ends the file when the section is new
//!   (after any comment that ended the file, so a file-top comment stays on top);
//! - a new key goes where the contract's key order puts it among the keys present;
//! - removing an entry removes the comment lines directly above its header with it, but keeps
//!   comments separated from the header by a blank line (a file header, a section comment).
//!
//! [`InventoryDocument::save`] writes atomically: a temporary file in the same folder, flushed
//! to disk, then renamed over the old one; it refuses to overwrite a file that changed on disk
//! since it was read.

use std::path::{Path, PathBuf};

use auskunft_model::Message;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

use crate::entry::{check_window, parse_field, Field, ValueError};
use crate::{Entry, Inventory, InventoryError, Section};

/// Why an edit or a save did not happen. Nothing is changed when one is returned.
#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    /// The file as read is not a valid inventory; it is left alone.
    Invalid(InventoryError),
    /// A value does not fit its key.
    Value {
        /// The key, as the file writes it (`lat`).
        key: String,
        /// What is wrong, naming the key ("`lat` must be a latitude between -90 and 90, not 200").
        problem: Message,
    },
    /// The key does not belong to the section.
    UnknownKey {
        /// The section.
        section: Section,
        /// The key given.
        key: String,
    },
    /// There is no entry at that index.
    NoEntry {
        /// The section.
        section: Section,
        /// The 0-based index asked for (messages count from 1).
        index: usize,
        /// How many entries the section has.
        count: usize,
    },
    /// The entry would have no key at all.
    Empty {
        /// The section.
        section: Section,
    },
    /// The section is written in a form this writer does not edit (an inline array).
    Unsupported {
        /// The section.
        section: Section,
    },
    /// The change would give a file the strict reader refuses.
    Rejected(InventoryError),
    /// The file changed on disk since it was read.
    Changed {
        /// The file.
        path: String,
    },
    /// Reading or writing the file failed.
    Io {
        /// The file or folder.
        path: String,
        /// What the system said, in the catalogue's words ([`Message::io`]).
        detail: Message,
    },
}

impl EditError {
    /// Why nothing was changed, as a catalogue message (`inventory-edit-…`).
    pub fn words(&self) -> Message {
        match self {
            EditError::Invalid(e) => e.words(),
            EditError::Value { problem, .. } => problem.clone(),
            EditError::UnknownKey { section, key } => Message::new("inventory-edit-unknown-key")
                .arg("key", key.as_str())
                .arg("section", section.table())
                .arg("keys", section.keys().join(", ")),
            EditError::NoEntry {
                section,
                index,
                count,
            } => Message::new("inventory-edit-no-entry")
                .arg("section", section.table())
                .arg("number", index + 1)
                .arg("count", *count),
            EditError::Empty { section } => Message::new("inventory-edit-empty")
                .arg("section", section.table())
                .arg("keys", section.keys().join(", ")),
            EditError::Unsupported { section } => {
                Message::new("inventory-edit-inline").arg("section", section.table())
            }
            EditError::Rejected(e) => {
                Message::new("inventory-edit-rejected").arg("problem", e.words())
            }
            EditError::Changed { path } => {
                Message::new("inventory-edit-changed").arg("path", path.as_str())
            }
            EditError::Io { path, detail } => Message::new("inventory-edit-io")
                .arg("path", path.as_str())
                .arg("detail", detail.clone()),
        }
    }
}

impl std::fmt::Display for EditError {
    /// English, as logs hold it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words().en())
    }
}

impl std::error::Error for EditError {}

impl From<InventoryError> for EditError {
    fn from(e: InventoryError) -> EditError {
        EditError::Invalid(e)
    }
}

impl From<ValueError> for EditError {
    fn from(e: ValueError) -> EditError {
        EditError::Value {
            key: e.key,
            problem: e.problem,
        }
    }
}

/// `inventory.toml` as editable text; see the module docs.
#[derive(Debug, Clone)]
pub struct InventoryDocument {
    doc: DocumentMut,
    /// The text as read: what [`InventoryDocument::text`] gives while nothing was edited.
    original: String,
    edited: bool,
    /// The file used CRLF line ends throughout.
    crlf: bool,
    /// Labels errors.
    label: Option<String>,
    /// The file it was loaded from and its content then (`None`: it did not exist).
    source: Option<(PathBuf, Option<String>)>,
}

impl InventoryDocument {
    /// Parses inventory text, strictly: text the reader refuses is an error naming the line.
    /// `path` only labels errors.
    pub fn parse(text: &str, path: Option<&str>) -> Result<InventoryDocument, InventoryError> {
        Inventory::parse(text, path)?;
        let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            let line = e.span().map_or(0, |s| crate::line_of(text, s.start));
            InventoryError {
                path: path.map(str::to_string),
                line,
                problem: crate::said::toml_problem(
                    e.message(),
                    &crate::said::line_text(text, line),
                ),
            }
        })?;
        let without_crlf = text.replace("\r\n", "");
        Ok(InventoryDocument {
            doc,
            original: text.to_string(),
            edited: false,
            crlf: text.contains("\r\n") && !without_crlf.contains('\n'),
            label: path.map(str::to_string),
            source: None,
        })
    }

    /// Reads a file; a file that does not exist yet is an empty inventory (saving creates it).
    pub fn load(path: &Path) -> Result<InventoryDocument, InventoryError> {
        let shown = path.display().to_string();
        let existing = match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(InventoryError::unreadable(shown, &e)),
        };
        let mut document =
            InventoryDocument::parse(existing.as_deref().unwrap_or(""), Some(&shown))?;
        document.source = Some((path.to_path_buf(), existing));
        Ok(document)
    }

    /// The text to write: the original bytes while nothing was edited.
    pub fn text(&self) -> String {
        if !self.edited {
            return self.original.clone();
        }
        let text = self.doc.to_string();
        if self.crlf {
            text.replace("\r\n", "\n").replace('\n', "\r\n")
        } else {
            text
        }
    }

    /// True once an edit was made.
    pub fn is_edited(&self) -> bool {
        self.edited
    }

    /// What the document declares now.
    pub fn inventory(&self) -> Result<Inventory, InventoryError> {
        Inventory::parse(&self.text(), self.label.as_deref())
    }

    /// Adds an entry after the last one of its section; returns its 0-based index there. A
    /// device that records voice removes `owns_voice_devices = false`.
    pub fn add(&mut self, entry: &Entry) -> Result<usize, EditError> {
        let section = entry.section();
        let fields = entry.fields()?;
        if fields.is_empty() {
            return Err(EditError::Empty { section });
        }
        // A device that records voice takes back an earlier "I own none at all": the user's
        // latest word wins, and the two together would be a file the reader refuses.
        let voice_device = matches!(entry, Entry::Device(d) if d.kind.is_none_or(crate::DeviceKind::records_voice));
        self.change(section, true, |doc| {
            if voice_device
                && doc
                    .get("owns_voice_devices")
                    .and_then(toml_edit::Item::as_bool)
                    == Some(false)
            {
                doc.as_table_mut().remove("owns_voice_devices");
            }
            add_table(doc, section, &fields)
        })
    }

    /// Sets (`Some(text)`) or removes (`None`) keys of one entry, all or none. Each text is read
    /// as its key requires (`lat` as a number, `from` as a date, `kind` as one of the kinds).
    pub fn edit(
        &mut self,
        section: Section,
        index: usize,
        changes: &[(&str, Option<&str>)],
    ) -> Result<(), EditError> {
        let mut parsed = Vec::with_capacity(changes.len());
        for &(key, value) in changes {
            let Some(&key) = section.keys().iter().find(|k| **k == key) else {
                return Err(EditError::UnknownKey {
                    section,
                    key: key.to_string(),
                });
            };
            let field = value.map(|v| parse_field(section, key, v)).transpose()?;
            parsed.push((key, field));
        }
        let changes: Vec<(&str, Option<&Field>)> =
            parsed.iter().map(|(k, f)| (*k, f.as_ref())).collect();
        self.set_keys(section, index, &changes)
    }

    /// Sets (`Some`) or removes (`None`) keys of entry `index` of `section`, all or none.
    fn set_keys(
        &mut self,
        section: Section,
        index: usize,
        changes: &[(&str, Option<&Field>)],
    ) -> Result<(), EditError> {
        self.change(section, true, |doc| {
            let count = section_len(doc, section);
            let table = tables_mut(doc, section)?
                .and_then(|a| a.get_mut(index))
                .ok_or(EditError::NoEntry {
                    section,
                    index,
                    count,
                })?;
            for (key, field) in changes {
                match field {
                    Some(field) => set_key(table, section, key, field),
                    None => {
                        table.remove(key);
                    }
                }
            }
            if table.is_empty() {
                return Err(EditError::Empty { section });
            }
            Ok(index)
        })?;
        Ok(())
    }

    /// Makes entry `index` of `entry`'s section declare exactly `entry`: its keys are set in
    /// place (comments and the entry's position kept) and keys it leaves out are removed.
    pub fn replace(&mut self, index: usize, entry: &Entry) -> Result<(), EditError> {
        let section = entry.section();
        let fields = entry.fields()?;
        if fields.is_empty() {
            return Err(EditError::Empty { section });
        }
        let changes: Vec<(&str, Option<&Field>)> = section
            .keys()
            .iter()
            .map(|key| (*key, fields.iter().find(|(k, _)| k == key).map(|(_, f)| f)))
            .collect();
        self.set_keys(section, index, &changes)
    }

    /// Sets (`Some`) or removes (`None`) the top-level `owns_voice_devices`: the user's word
    /// that they own no device that records voice (`Some(false)`). Refused, with nothing
    /// changed, when it contradicts a listed device of a voice-recording kind.
    pub fn set_owns_voice_devices(&mut self, owns: Option<bool>) -> Result<(), EditError> {
        let mut doc = self.doc.clone();
        match owns {
            Some(owns) => {
                let root = doc.as_table_mut();
                if let Some(item) = root.get_mut("owns_voice_devices") {
                    *item = toml_edit::value(owns);
                } else {
                    root.insert("owns_voice_devices", toml_edit::value(owns));
                    if let Some(mut key) = root.key_mut("owns_voice_devices") {
                        key.leaf_decor_mut().set_prefix(
                            "# Whether you own a device that records voice (smart speaker, voice assistant on\n# phone, TV or car); false: none at all.\n",
                        );
                    }
                }
            }
            None => {
                doc.as_table_mut().remove("owns_voice_devices");
            }
        }
        let before = std::mem::replace(&mut self.doc, doc);
        let was_edited = std::mem::replace(&mut self.edited, true);
        if let Err(e) = self.inventory() {
            self.doc = before;
            self.edited = was_edited;
            return Err(EditError::Rejected(e));
        }
        Ok(())
    }

    /// Removes one entry; returns what it declared.
    pub fn remove(&mut self, section: Section, index: usize) -> Result<Entry, EditError> {
        let inventory = self.inventory()?;
        let removed = match section {
            Section::Device => inventory.devices.get(index).cloned().map(Entry::Device),
            Section::Account => inventory.accounts.get(index).cloned().map(Entry::Account),
            Section::Person => inventory.people.get(index).cloned().map(Entry::Person),
            Section::Place => inventory.places.get(index).cloned().map(Entry::Place),
        };
        self.change(section, false, |doc| remove_table(doc, section, index))?;
        removed.ok_or(EditError::NoEntry {
            section,
            index,
            count: 0,
        })
    }

    /// Writes the document to `path` atomically, creating its folder if missing. When `path` is
    /// the file the document was loaded from, it is first checked to be unchanged on disk; an
    /// unedited document loaded from an existing file is not rewritten.
    pub fn save(&mut self, path: &Path) -> Result<(), EditError> {
        let text = self.text();
        // Never write what the reader refuses, whatever happened before.
        Inventory::parse(&text, self.label.as_deref()).map_err(EditError::Rejected)?;
        let shown = path.display().to_string();
        let io = |e: std::io::Error| EditError::Io {
            path: shown.clone(),
            detail: Message::io(&e),
        };
        let target = resolve_link(path).map_err(io)?;
        if let Some((from, before)) = &self.source {
            if from == path {
                let now = match std::fs::read_to_string(&target) {
                    Ok(t) => Some(t),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                    Err(e) => return Err(io(e)),
                };
                if &now != before {
                    return Err(EditError::Changed { path: shown });
                }
                if !self.edited && before.is_some() {
                    return Ok(());
                }
            }
        }
        auskunft_store::write_atomically(&target, text.as_bytes()).map_err(io)?;
        self.source = Some((path.to_path_buf(), Some(text)));
        Ok(())
    }

    /// Runs one change on a copy; keeps it only when the strict reader accepts the result (and,
    /// with `window`, when the changed device's ownership window does not end before it starts).
    fn change(
        &mut self,
        section: Section,
        window: bool,
        f: impl FnOnce(&mut DocumentMut) -> Result<usize, EditError>,
    ) -> Result<usize, EditError> {
        let mut doc = self.doc.clone();
        let index = f(&mut doc)?;
        let before = std::mem::replace(&mut self.doc, doc);
        let was_edited = std::mem::replace(&mut self.edited, true);
        let checked = self
            .inventory()
            .map_err(EditError::Rejected)
            .and_then(|inv| match section {
                Section::Device if window => inv.devices.get(index).map_or(Ok(()), |d| {
                    check_window(d.from, d.until).map_err(Into::into)
                }),
                _ => Ok(()),
            });
        if let Err(e) = checked {
            self.doc = before;
            self.edited = was_edited;
            return Err(e);
        }
        Ok(index)
    }
}

/// The section's tables; `None` when the section is absent, an error when it is not `[[…]]`.
fn tables_mut(
    doc: &mut DocumentMut,
    section: Section,
) -> Result<Option<&mut ArrayOfTables>, EditError> {
    match doc.get_mut(section.table()) {
        None => Ok(None),
        Some(Item::ArrayOfTables(a)) => Ok(Some(a)),
        Some(_) => Err(EditError::Unsupported { section }),
    }
}

fn section_len(doc: &DocumentMut, section: Section) -> usize {
    doc.get(section.table())
        .and_then(Item::as_array_of_tables)
        .map_or(0, ArrayOfTables::len)
}

/// Every table's document position (parsed tables all have one; new ones get one here).
fn positions(doc: &DocumentMut) -> Vec<isize> {
    doc.iter()
        .filter_map(|(_, item)| item.as_array_of_tables())
        .flat_map(|a| a.iter().filter_map(Table::position))
        .collect()
}

/// Shifts every table at or after `from` one place down, to make room at `from`.
fn make_room(doc: &mut DocumentMut, from: isize) {
    for (_, item) in doc.iter_mut() {
        if let Some(a) = item.as_array_of_tables_mut() {
            for t in a.iter_mut() {
                if let Some(p) = t.position().filter(|p| *p >= from) {
                    t.set_position(Some(p + 1));
                }
            }
        }
    }
}

/// The indentation of the first key of a table, when it is only spaces and tabs.
fn indentation(table: &Table) -> Option<String> {
    let (key, _) = table.iter().next()?;
    let key = table.key(key)?;
    let prefix = key.leaf_decor().prefix()?.as_str()?;
    (!prefix.is_empty() && prefix.chars().all(|c| c == ' ' || c == '\t')).then(|| prefix.into())
}

fn add_table(
    doc: &mut DocumentMut,
    section: Section,
    fields: &[(&'static str, Field)],
) -> Result<usize, EditError> {
    let all = positions(doc);
    let siblings = tables_mut(doc, section)?;
    let last_sibling = siblings
        .as_ref()
        .and_then(|a| a.iter().filter_map(Table::position).max());
    let indent = siblings
        .as_ref()
        .and_then(|a| a.iter().last())
        .and_then(indentation);
    let position = match last_sibling {
        Some(p) => p + 1,
        None => all.iter().max().map_or(0, |p| p + 1),
    };
    let at_end = all.iter().all(|p| *p < position);
    make_room(doc, position);

    let mut table = Table::new();
    table.set_position(Some(position));
    for (key, field) in fields {
        table.insert(key, Item::Value(field.to_value()));
        if let (Some(indent), Some(mut k)) = (&indent, table.key_mut(key)) {
            k.leaf_decor_mut().set_prefix(indent.as_str());
        }
    }
    let prefix = if at_end {
        // What ended the file (a comment, blank lines) stays where it was: above the new entry.
        let trailing = doc.trailing().as_str().unwrap_or("").to_string();
        doc.set_trailing("");
        if trailing.trim().is_empty() {
            if all.is_empty() { "" } else { "\n" }.to_string()
        } else if trailing.ends_with("\n\n") {
            trailing
        } else if trailing.ends_with('\n') {
            trailing + "\n"
        } else {
            trailing + "\n\n"
        }
    } else {
        "\n".to_string()
    };
    table.decor_mut().set_prefix(prefix);
    let tables = doc
        .entry(section.table())
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
        .ok_or(EditError::Unsupported { section })?;
    tables.push(table);
    Ok(tables.len() - 1)
}

/// Sets one key, keeping the comment after an existing value; a new key goes where the
/// contract's order puts it among the keys present.
fn set_key(table: &mut Table, section: Section, key: &str, field: &Field) {
    let mut value = field.to_value();
    if let Some(old) = table.get_mut(key).and_then(Item::as_value_mut) {
        *value.decor_mut() = old.decor().clone();
        *old = value;
        return;
    }
    let rank = |k: &str| section.keys().iter().position(|x| *x == k);
    let mine = rank(key);
    let after: Vec<String> = table
        .iter()
        .map(|(k, _)| k.to_string())
        .skip_while(|k| rank(k).is_none_or(|r| Some(r) < mine))
        .collect();
    let indent = indentation(table);
    let moved: Vec<_> = after.iter().filter_map(|k| table.remove_entry(k)).collect();
    table.insert(key, Item::Value(value));
    if let (Some(indent), Some(mut k)) = (indent, table.key_mut(key)) {
        k.leaf_decor_mut().set_prefix(indent);
    }
    for (k, item) in moved {
        table.insert_formatted(&k, item);
    }
}

/// The part of a header's prefix that belongs to what is above it: everything up to and
/// including its last blank line.
fn kept_part(prefix: &str) -> &str {
    let mut end = 0;
    let mut at = 0;
    for line in prefix.split_inclusive('\n') {
        at += line.len();
        if line.ends_with('\n') && line.trim().is_empty() {
            end = at;
        }
    }
    &prefix[..end]
}

fn strip_leading_blank_lines(s: &str) -> &str {
    let mut rest = s;
    while let Some((line, tail)) = rest.split_once('\n') {
        if !line.trim().is_empty() {
            break;
        }
        rest = tail;
    }
    rest
}

fn remove_table(doc: &mut DocumentMut, section: Section, index: usize) -> Result<usize, EditError> {
    let count = section_len(doc, section);
    let tables = tables_mut(doc, section)?.ok_or(EditError::NoEntry {
        section,
        index,
        count,
    })?;
    if index >= tables.len() {
        return Err(EditError::NoEntry {
            section,
            index,
            count,
        });
    }
    let removed = tables.remove(index);
    if tables.is_empty() {
        doc.remove(section.table());
    }
    let at = removed.position().unwrap_or(isize::MAX);
    let prefix = removed
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("");
    let kept = kept_part(prefix).to_string();
    let was_first = positions(doc).iter().all(|p| *p > at);
    let next = doc
        .iter_mut()
        .filter_map(|(_, item)| item.as_array_of_tables_mut())
        .flat_map(|a| a.iter_mut())
        .filter(|t| t.position().is_some_and(|p| p > at))
        .min_by_key(|t| t.position());
    match next {
        Some(next) => {
            let own = next
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("")
                .to_string();
            if !kept.trim().is_empty() {
                let merged = kept + strip_leading_blank_lines(&own);
                next.decor_mut().set_prefix(merged);
            } else if was_first {
                let trimmed = strip_leading_blank_lines(&own).to_string();
                next.decor_mut().set_prefix(trimmed);
            }
        }
        None if !kept.trim().is_empty() => {
            let trailing = doc.trailing().as_str().unwrap_or("").to_string();
            doc.set_trailing(kept + &trailing);
        }
        None => {}
    }
    Ok(index)
}

/// The file a symbolic link points at, so saving replaces the file and keeps the link.
fn resolve_link(path: &Path) -> std::io::Result<PathBuf> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}
