//! `auskunft inventory`: show the inventory, list what an export suggests adding, add and
//! remove entries. Entries are numbered from 1 as `show` lists them; `remove` takes those
//! numbers. `candidates` never writes: it prints each candidate with its evidence and the
//! command that would add it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use auskunft_api::{ApiError, ErrorCode, InventoryFile};
use auskunft_inventory::{
    Account, Candidates, Device, DeviceKind, Entry, Inventory, Person, Place, Section, Vendor,
};
use auskunft_model::InputStatus;
use auskunft_words::{Lang, Message};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::usage::Expected;
use crate::write_stdout;

// `auskunft inventory …`.
#[derive(Args)]
pub struct InventoryArgs {
    #[arg(long, value_name = "FILE", global = true)]
    inventory: Option<PathBuf>,
    #[command(subcommand)]
    command: InventoryCommand,
}

#[derive(Subcommand)]
enum InventoryCommand {
    Show {
        #[arg(long)]
        json: bool,
    },
    Candidates {
        #[arg(long)]
        json: bool,
        #[arg(value_name = "ARCHIVE", required = true)]
        archives: Vec<PathBuf>,
    },
    Add {
        #[command(subcommand)]
        entry: AddCommand,
    },
    OwnsVoiceDevices {
        #[arg(value_parser = parse_owns, value_name = "true|false|unsaid")]
        owns: Owns,
    },
    Remove {
        #[arg(value_parser = parse_section)]
        section: Section,
        #[arg(value_name = "INDEX")]
        index: usize,
    },
}

#[derive(Subcommand)]
enum AddCommand {
    #[command(group = clap::ArgGroup::new("id").required(true).multiple(true).args(["serial", "name"]))]
    Device {
        #[arg(long)]
        serial: Option<String>,
        #[arg(long)]
        name: Option<String>,
        #[arg(long = "type", value_name = "TYPE")]
        device_type: Option<String>,
        #[arg(long, value_parser = parse_kind)]
        kind: Option<DeviceKind>,
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Option<NaiveDate>,
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        until: Option<NaiveDate>,
    },
    Account {
        #[arg(long, value_parser = parse_vendor)]
        vendor: Vendor,
        #[arg(long)]
        id: String,
        #[arg(long)]
        email: Option<String>,
    },
    Person {
        #[arg(long)]
        name: String,
    },
    Place {
        #[arg(long)]
        name: String,
        #[arg(long, allow_negative_numbers = true)]
        lat: f64,
        #[arg(long, allow_negative_numbers = true)]
        lon: f64,
        #[arg(long)]
        radius_km: Option<f64>,
    },
}

fn parse_section(s: &str) -> Result<Section, Expected> {
    s.parse()
        .map_err(|_| Expected::one_of(Section::ALL.map(|x| x.table())))
}

fn parse_kind(s: &str) -> Result<DeviceKind, Expected> {
    s.parse()
        .map_err(|_| Expected::one_of(DeviceKind::ALL.map(|k| k.as_str())))
}

fn parse_vendor(s: &str) -> Result<Vendor, Expected> {
    s.parse()
        .map_err(|_| Expected::one_of(Vendor::ALL.map(|v| v.as_str())))
}

fn parse_date(s: &str) -> Result<NaiveDate, Expected> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Expected::Date)
}

/// Runs `auskunft inventory …`.
pub fn run(args: InventoryArgs) -> Result<ExitCode, ApiError> {
    let path = auskunft_api::inventory_file(args.inventory.as_deref())?;
    match args.command {
        InventoryCommand::Show { json } => {
            let file = auskunft_api::read_inventory(&path)?;
            if json {
                write_stdout(&(to_json(&file)? + "\n"))?;
            } else {
                write_stdout(&show(&file, Lang::from_env()))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        InventoryCommand::Candidates { json, archives } => {
            let (report, candidates) =
                auskunft_api::export_candidates(&archives, args.inventory.as_deref())?;
            if json {
                write_stdout(&(to_json(&candidates)? + "\n"))?;
            } else {
                write_stdout(&list_candidates(
                    &candidates,
                    &path,
                    args.inventory.is_some(),
                    Lang::from_env(),
                ))?;
            }
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
        InventoryCommand::Add { entry } => {
            let change = auskunft_api::add_entry(&path, &entry_of(entry))?;
            let lang = Lang::from_env();
            let line = Message::new("cli-inventory-added")
                .arg("section", change.section.to_string())
                .arg("n", change.index + 1)
                .arg("path", path.display().to_string())
                .arg("entry", describe(&change.entry, lang));
            write_stdout(&format!("{}\n", line.render(lang)))?;
            Ok(ExitCode::SUCCESS)
        }
        InventoryCommand::OwnsVoiceDevices { owns } => {
            let file = auskunft_api::set_owns_voice_devices(&path, owns.0)?;
            let owns = match file.inventory.owns_voice_devices {
                Some(false) => "false",
                Some(true) => "true",
                None => "unsaid",
            };
            let line = Message::new("cli-inventory-owns")
                .arg("path", path.display().to_string())
                .arg("owns", owns);
            write_stdout(&format!("{}\n", line.render(Lang::from_env())))?;
            Ok(ExitCode::SUCCESS)
        }
        InventoryCommand::Remove { section, index } => {
            let Some(index) = index.checked_sub(1) else {
                return Err(ApiError::said(
                    ErrorCode::Usage,
                    Message::new("cli-inventory-numbered"),
                ));
            };
            let change = auskunft_api::remove_entry(&path, section, index)?;
            let lang = Lang::from_env();
            let line = Message::new("cli-inventory-removed")
                .arg("section", section.to_string())
                .arg("n", index + 1)
                .arg("path", path.display().to_string())
                .arg("entry", describe(&change.entry, lang));
            write_stdout(&format!("{}\n", line.render(lang)))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The answer to `owns-voice-devices`.
#[derive(Clone, Copy, Debug)]
pub struct Owns(Option<bool>);

fn parse_owns(s: &str) -> Result<Owns, Expected> {
    match s {
        "true" | "yes" => Ok(Owns(Some(true))),
        "false" | "no" => Ok(Owns(Some(false))),
        "unsaid" => Ok(Owns(None)),
        _ => Err(Expected::one_of(["true", "false", "unsaid"])),
    }
}

/// The question an audit asks (`summary.question`) and the commands that answer it, for the end
/// of `auskunft audit`'s text.
pub fn question_text(
    report: &auskunft_model::Report,
    path: &Path,
    explicit: bool,
    lang: auskunft_words::Lang,
) -> String {
    let say = |m: Message| m.render(lang);
    let Some(q) = &report.summary.question else {
        return String::new();
    };
    let mut out = format!(
        "\n{}\n",
        say(Message::new("cli-question").arg("question", q.words.render(lang)))
    );
    for id in &q.devices {
        let Some(d) = report.devices.iter().find(|d| &d.id == id) else {
            continue;
        };
        let mut what: Vec<String> = Vec::new();
        what.extend(d.name.as_ref().map(|n| format!("\"{n}\"")));
        what.extend(d.model.clone());
        what.extend(
            d.serial
                .as_ref()
                .map(|s| say(Message::new("cli-question-serial").arg("serial", s))),
        );
        what.extend(
            d.account
                .as_ref()
                .map(|a| say(Message::new("cli-question-account").arg("account", a))),
        );
        what.push(say(
            Message::new("cli-question-records").arg("count", d.records)
        ));
        out.push_str(&format!("  {}  {}\n", d.id, what.join(" · ")));
    }
    let inventory = if explicit {
        format!(" --inventory {}", shell_word(&path.display().to_string()))
    } else {
        String::new()
    };
    out.push_str(&say(Message::new("cli-answer")));
    out.push('\n');
    let line = if let Some(first) = q
        .devices
        .first()
        .and_then(|id| report.devices.iter().find(|d| &d.id == id))
    {
        let entry = Entry::Device(auskunft_inventory::device_entry(first));
        Message::new("cli-answer-device").arg("command", add_command(&entry, path, explicit))
    } else {
        Message::new("cli-answer-use-one").arg(
            "command",
            format!("auskunft inventory add device --name NAME --kind speaker{inventory}"),
        )
    };
    out.push_str(&format!("  {}\n", say(line)));
    out.push_str(&format!(
        "  {}\n",
        say(Message::new("cli-answer-none").arg(
            "command",
            format!("auskunft inventory owns-voice-devices false{inventory}")
        ))
    ));
    out
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string_pretty(value).map_err(|e| ApiError::internal(e.to_string()))
}

fn entry_of(command: AddCommand) -> Entry {
    match command {
        AddCommand::Device {
            serial,
            name,
            device_type,
            kind,
            from,
            until,
        } => Entry::Device(Device {
            name,
            serial,
            device_type,
            kind,
            from,
            until,
        }),
        AddCommand::Account { vendor, id, email } => Entry::Account(Account {
            vendor: Some(vendor),
            id: Some(id),
            email,
        }),
        AddCommand::Person { name } => Entry::Person(Person { name: Some(name) }),
        AddCommand::Place {
            name,
            lat,
            lon,
            radius_km,
        } => Entry::Place(Place {
            name: Some(name),
            lat: Some(lat),
            lon: Some(lon),
            radius_km,
        }),
    }
}

/// One line per entry: "Echo Dot · serial G090… · speaker · 2019-02-01 – 2023-06-30".
fn describe(entry: &Entry, lang: Lang) -> String {
    let say = |id: &str, name: &str, value: String| Message::new(id).arg(name, value).render(lang);
    let mut parts: Vec<String> = Vec::new();
    match entry {
        Entry::Device(d) => {
            parts.extend(d.name.clone());
            parts.extend(
                d.serial
                    .as_ref()
                    .map(|s| say("cli-inventory-serial", "serial", s.clone())),
            );
            parts.extend(
                d.device_type
                    .as_ref()
                    .map(|t| say("cli-inventory-type", "type", t.clone())),
            );
            parts.extend(d.kind.map(|k| k.as_str().to_string()));
            match (d.from, d.until) {
                (Some(f), Some(u)) => parts.push(format!("{f} – {u}")),
                (Some(f), None) => parts.push(say("cli-inventory-from", "date", f.to_string())),
                (None, Some(u)) => parts.push(say("cli-inventory-until", "date", u.to_string())),
                (None, None) => {}
            }
        }
        Entry::Account(a) => {
            parts.push(
                [a.vendor.map(Vendor::as_str), a.id.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            parts.extend(a.email.clone());
        }
        Entry::Person(p) => parts.extend(p.name.clone()),
        Entry::Place(p) => {
            parts.extend(p.name.clone());
            if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
                parts.push(format!("{lat}, {lon}"));
            }
            parts.extend(
                p.radius_km
                    .map(|r| say("cli-inventory-radius", "km", r.to_string())),
            );
        }
    }
    parts.retain(|p| !p.is_empty());
    if parts.is_empty() {
        Message::new("cli-inventory-no-keys").render(lang)
    } else {
        parts.join(" · ")
    }
}

fn show(file: &InventoryFile, lang: Lang) -> String {
    let say = |m: Message| m.render(lang) + "\n";
    if !file.exists {
        return say(Message::new("cli-inventory-none-yet").arg("path", file.path.as_str()));
    }
    let inv: &Inventory = &file.inventory;
    let mut out = say(Message::new("cli-inventory-title").arg("path", file.path.as_str()));
    let sections: [(&str, Vec<Entry>); 4] = [
        (
            "devices",
            inv.devices.iter().cloned().map(Entry::Device).collect(),
        ),
        (
            "accounts",
            inv.accounts.iter().cloned().map(Entry::Account).collect(),
        ),
        (
            "people",
            inv.people.iter().cloned().map(Entry::Person).collect(),
        ),
        (
            "places",
            inv.places.iter().cloned().map(Entry::Place).collect(),
        ),
    ];
    for (section, entries) in sections {
        if entries.is_empty() {
            out += &say(Message::new("cli-inventory-section-none").arg("section", section));
            continue;
        }
        out += &say(Message::new("cli-inventory-section-count")
            .arg("section", section)
            .arg("count", entries.len()));
        for (i, e) in entries.iter().enumerate() {
            out.push_str(&format!("  {}. {}\n", i + 1, describe(e, lang)));
        }
    }
    out
}

/// A word for a shell: as is when plain, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._/@:,+-".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

fn add_command(entry: &Entry, path: &Path, explicit: bool) -> String {
    let mut args: Vec<(&str, String)> = Vec::new();
    let section = entry.section();
    match entry {
        Entry::Device(d) => {
            args.extend(d.serial.clone().map(|v| ("--serial", v)));
            args.extend(d.name.clone().map(|v| ("--name", v)));
            args.extend(d.device_type.clone().map(|v| ("--type", v)));
            args.extend(d.kind.map(|k| ("--kind", k.as_str().to_string())));
        }
        Entry::Account(a) => {
            args.extend(a.vendor.map(|v| ("--vendor", v.as_str().to_string())));
            args.extend(a.id.clone().map(|v| ("--id", v)));
        }
        Entry::Person(p) => args.extend(p.name.clone().map(|v| ("--name", v))),
        Entry::Place(p) => {
            args.push(("--name", p.name.clone().unwrap_or_else(|| "NAME".into())));
            args.extend(p.lat.map(|v| ("--lat", v.to_string())));
            args.extend(p.lon.map(|v| ("--lon", v.to_string())));
            args.extend(p.radius_km.map(|v| ("--radius-km", v.to_string())));
        }
    }
    let mut out = format!("auskunft inventory add {section}");
    for (flag, value) in args {
        out.push_str(&format!(" {flag} {}", shell_word(&value)));
    }
    if explicit {
        out.push_str(&format!(
            " --inventory {}",
            shell_word(&path.display().to_string())
        ));
    }
    out
}

fn list_candidates(c: &Candidates, path: &Path, explicit: bool, lang: Lang) -> String {
    let say = |m: Message| m.render(lang);
    let sentences = |words: &[Message]| {
        words
            .iter()
            .map(|w| say(w.clone()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = String::new();
    if let Some(caution) = &c.caution_words {
        out += &say(Message::new("cli-inventory-caution").arg("caution", caution.clone()));
        out.push_str("\n\n");
    }
    let mut block = |section: &str, items: Vec<(String, &[Message], &[Message], Entry)>| {
        if items.is_empty() {
            out += &say(Message::new("cli-inventory-section-none-to-add").arg("section", section));
            out.push('\n');
            return;
        }
        out += &say(Message::new("cli-inventory-section-count")
            .arg("section", section)
            .arg("count", items.len()));
        out.push('\n');
        for (head, evidence, cautions, entry) in items {
            out.push_str(&format!("  {head}\n      {}\n", sentences(evidence)));
            for caution in cautions {
                out.push_str(&format!(
                    "      {}\n",
                    say(Message::new("cli-inventory-caution").arg("caution", caution.clone()))
                ));
            }
            out.push_str(&format!(
                "      {}\n",
                say(Message::new("cli-inventory-to-add")
                    .arg("command", add_command(&entry, path, explicit)))
            ));
        }
    };
    block(
        "devices",
        c.devices
            .iter()
            .map(|d| {
                let mut head = format!(
                    "{} {}",
                    d.device,
                    d.name
                        .clone()
                        .unwrap_or_else(|| say(Message::new("cli-inventory-no-name")))
                );
                let detail: Vec<String> = [
                    d.model.clone(),
                    d.serial
                        .as_ref()
                        .map(|s| say(Message::new("cli-inventory-serial").arg("serial", s))),
                    d.account
                        .as_ref()
                        .map(|a| say(Message::new("cli-inventory-account").arg("account", a))),
                ]
                .into_iter()
                .flatten()
                .collect();
                if !detail.is_empty() {
                    head.push_str(&format!(" ({})", detail.join(", ")));
                }
                (
                    head,
                    d.evidence_words.as_slice(),
                    d.cautions_words.as_slice(),
                    Entry::Device(d.entry.clone()),
                )
            })
            .collect(),
    );
    block(
        "accounts",
        c.accounts
            .iter()
            .map(|a| {
                let head = match a.vendor {
                    Some(v) => format!("{} {}", v.as_str(), a.id),
                    None => a.id.clone(),
                };
                (
                    head,
                    a.evidence_words.as_slice(),
                    a.cautions_words.as_slice(),
                    Entry::Account(a.entry.clone()),
                )
            })
            .collect(),
    );
    block(
        "people",
        c.people
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    p.evidence_words.as_slice(),
                    p.cautions_words.as_slice(),
                    Entry::Person(p.entry.clone()),
                )
            })
            .collect(),
    );
    block(
        "places",
        c.places
            .iter()
            .map(|p| {
                let head = format!(
                    "{}{}, {}",
                    p.name
                        .as_ref()
                        .map(|n| format!("{n}: "))
                        .unwrap_or_default(),
                    p.lat,
                    p.lon
                );
                (
                    head,
                    p.evidence_words.as_slice(),
                    p.cautions_words.as_slice(),
                    Entry::Place(p.entry.clone()),
                )
            })
            .collect(),
    );
    out.push('\n');
    out +=
        &say(Message::new("cli-inventory-nothing-added").arg("path", path.display().to_string()));
    out.push('\n');
    out
}
