//! The canonical form of a JSON value, so one audit result always has one digest.
//!
//! Object keys sorted by their UTF-16 code units (as RFC 8785 sorts them), no whitespace, strings
//! escaped as serde_json escapes them, numbers as serde_json writes them (integers as integers,
//! floats by the shortest form that reads back the same). Whatever order the fields of the Rust
//! types have, and whatever serde_json's `preserve_order` says, the bytes are the same.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// `value` in canonical form.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write(value, &mut out);
    out
}

fn write(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write(v, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_sorted_at_every_level_and_nothing_else_changes() {
        let a: Value =
            serde_json::from_str(r#"{"b": 1, "a": {"z": [1, 2.5, "x\n"], "y": null}, "é": true}"#)
                .expect("json");
        let b: Value =
            serde_json::from_str(r#"{"é": true, "a": {"y": null, "z": [1, 2.5, "x\n"]}, "b": 1}"#)
                .expect("json");
        let c = canonical_json(&a);
        assert_eq!(c, r#"{"a":{"y":null,"z":[1,2.5,"x\n"]},"b":1,"é":true}"#);
        assert_eq!(c, canonical_json(&b));
    }
}
