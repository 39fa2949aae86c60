//! What is wrong with an inventory, in the catalogue's words (`inventory.ftl`).
//!
//! The strict reader learns of most mistakes from `toml` and `serde`, whose sentences are
//! English ("unknown field `serail`, expected one of …"). This reads what those sentences carry
//! (the key, the values a key takes, the kind of value it wanted) and says it as a catalogue
//! message, with the key read off the offending line; a syntax error quotes the line itself, so
//! nothing of the library's English reaches a reader of another language.

use auskunft_model::Message;

/// The line `line` (1-based) of `text`, trimmed and shortened for a sentence.
pub(crate) fn line_text(text: &str, line: usize) -> String {
    let shown = text
        .lines()
        .nth(line.saturating_sub(1))
        .unwrap_or_default()
        .trim();
    match shown.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &shown[..cut]),
        None => shown.to_owned(),
    }
}

/// The key a line sets (`lat` of `lat = 95.0`), or its table (`gadget` of `[[gadget]]`).
fn key_of(line: &str) -> String {
    let line = line.trim();
    if let Some((key, _)) = line.split_once('=') {
        return key.trim().trim_matches('"').to_owned();
    }
    line.trim_matches(|c| c == '[' || c == ']' || c == ' ')
        .split(['#', ']'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The words between backticks in `text`, in order.
fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// A mistake `toml` or `serde` reported as `message` on the line `line` (its text).
pub(crate) fn toml_problem(message: &str, line: &str) -> Message {
    let message = message.trim();
    let words = quoted(message);
    if message.starts_with("unknown field") && !words.is_empty() {
        return Message::new("inventory-unknown-key")
            .arg("key", words[0])
            .arg("keys", words[1..].join(", "));
    }
    if message.starts_with("unknown variant") && !words.is_empty() {
        return Message::new("inventory-value-one-of")
            .arg("key", key_of(line))
            .arg("values", words[1..].join(", "))
            .arg("text", words[0]);
    }
    if message.starts_with("duplicate") {
        let key = words
            .first()
            .map_or_else(|| key_of(line), |k| (*k).to_owned());
        return Message::new("inventory-duplicate-key").arg("key", key);
    }
    if let Some(rest) = message.strip_prefix("invalid type:") {
        let wanted = rest.rsplit("expected").next().unwrap_or_default();
        let kind = if wanted.contains("bool") {
            "boolean"
        } else if wanted.contains("string") {
            "text"
        } else if ["f64", "f32", "float", "integer", "i64", "u64", "number"]
            .iter()
            .any(|n| wanted.contains(n))
        {
            "number"
        } else if wanted.contains("sequence") || wanted.contains("array") {
            "list"
        } else {
            "other"
        };
        return Message::new("inventory-value-type")
            .arg("key", key_of(line))
            .arg("kind", kind);
    }
    if line.is_empty() {
        Message::new("inventory-not-toml-here")
    } else {
        Message::new("inventory-not-toml").arg("text", line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use auskunft_model::Lang;

    #[test]
    fn serde_and_toml_sentences_become_catalogue_messages() {
        let en = |m: &str, line: &str| toml_problem(m, line).render(Lang::En);
        assert_eq!(
            en(
                "unknown field `serail`, expected one of `name`, `serial`",
                "serail = \"x\""
            ),
            "`serail` is not a key here; the keys are name, serial"
        );
        assert_eq!(
            en(
                "unknown variant `amazonn`, expected one of `amazon`, `google`",
                "vendor = \"amazonn\""
            ),
            "`vendor` must be one of amazon, google, not \"amazonn\""
        );
        assert_eq!(
            en(
                "invalid type: string \"yes\", expected a boolean",
                "owns_voice_devices = \"yes\""
            ),
            "`owns_voice_devices` must be true or false"
        );
        assert_eq!(
            toml_problem("invalid type: integer `5`, expected a string", "name = 5")
                .render(Lang::De),
            "`name` muss Text in Anführungszeichen sein, etwa \"Echo Dot\""
        );
        assert_eq!(
            en("invalid table header\nexpected `.`, `]`", "[[device"),
            "this line is not valid TOML: [[device"
        );
        assert_eq!(key_of("[[gadget]] # mine"), "gadget");
        assert_eq!(line_text("a\n  b = 1  \n", 2), "b = 1");
    }
}
