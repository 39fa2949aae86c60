//! Writes the requester's `inventory.toml` sidecar, in the shape `contracts/inventory.md` defines.
//!
//! Written as text rather than through a TOML library so the file keeps a readable order and
//! comments that explain the scenario to someone opening it in a workshop.

use std::fmt::Write as _;

use chrono::NaiveDate;

/// A `[[device]]` table.
pub(crate) struct Device<'a> {
    pub(crate) name: &'a str,
    pub(crate) serial: &'a str,
    pub(crate) device_type: &'a str,
    pub(crate) kind: &'a str,
    pub(crate) from: NaiveDate,
}

/// Everything the inventory declares.
pub(crate) struct Inventory<'a> {
    /// Comment lines at the top (without `# `).
    pub(crate) header: Vec<String>,
    pub(crate) devices: Vec<Device<'a>>,
    /// (customer id, e-mail) of the Amazon account.
    pub(crate) account: (&'a str, &'a str),
    pub(crate) people: Vec<&'a str>,
    /// Name, latitude, longitude.
    pub(crate) place: (&'a str, f64, f64),
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Inventory<'_> {
    /// The file's text.
    pub(crate) fn render(&self) -> String {
        let mut s = String::new();
        for line in &self.header {
            let _ = writeln!(s, "# {line}");
        }
        if self.devices.is_empty() {
            // The user's word that they own no voice device: an inventory without devices alone
            // means "not said yet" (contracts/inventory.md).
            s.push_str("\nowns_voice_devices = false\n");
        }
        for d in &self.devices {
            let _ = write!(
                s,
                "\n[[device]]\nname = {}\nserial = {}\ntype = {}\nkind = {}\nfrom = {}\n",
                quote(d.name),
                quote(d.serial),
                quote(d.device_type),
                quote(d.kind),
                quote(&d.from.format("%Y-%m-%d").to_string()),
            );
        }
        let _ = write!(
            s,
            "\n[[account]]\nvendor = \"amazon\"\nid = {}\nemail = {}\n",
            quote(self.account.0),
            quote(self.account.1)
        );
        for p in &self.people {
            let _ = write!(s, "\n[[person]]\nname = {}\n", quote(p));
        }
        let (name, lat, lon) = self.place;
        let _ = write!(
            s,
            "\n[[place]]\nname = {}\nlat = {lat:.4}\nlon = {lon:.4}\nradius_km = 30\n",
            quote(name)
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quote_escapes() {
        assert_eq!(quote("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000A\"");
        assert_eq!(quote("Küche"), "\"Küche\"");
    }
}
