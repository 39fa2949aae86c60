//! JSON tables: an array of objects, or an object holding such arrays. Each object is a row,
//! its keys the columns (nested objects flattened with dots: `device.name`).

use serde_json::{Map, Value};

use auskunft_model::{Locator, Message};

use super::classify::{Grid, Row};

/// The cell text of a value: strings as they are, numbers and booleans as written, arrays of
/// scalars joined with `, `; `null`, objects in arrays and empty values are empty.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => items
            .iter()
            .filter(|v| !v.is_object() && !v.is_array())
            .map(text)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Value::Null | Value::Object(_) => String::new(),
    }
}

/// Adds the keys of `object` (in serde_json's order: sorted) (nested objects as `outer.inner`) and their cell texts.
fn flatten(prefix: &str, object: &Map<String, Value>, out: &mut Vec<(String, String)>) {
    for (key, value) in object {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            Value::Object(inner) => flatten(&name, inner, out),
            other => out.push((name, text(other))),
        }
    }
}

/// A grid of the objects in `items`, located as `<path>[i]`; elements that are not objects
/// are warnings.
fn grid(path: &str, items: &[Value]) -> Grid {
    let mut names: Vec<String> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut flat: Vec<(usize, Vec<(usize, String)>)> = Vec::with_capacity(items.len());
    let mut warnings = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Value::Object(object) = item else {
            warnings.push(
                Message::new("format-row-not-object")
                    .arg("at", Locator::json(format!("{path}[{i}]"))),
            );
            continue;
        };
        let mut pairs = Vec::new();
        flatten("", object, &mut pairs);
        let cells = pairs
            .into_iter()
            .map(|(name, value)| {
                let at = *index.entry(name.clone()).or_insert_with(|| {
                    names.push(name);
                    names.len() - 1
                });
                (at, value)
            })
            .collect();
        flat.push((i, cells));
    }
    let width = names.len();
    let rows = flat
        .into_iter()
        .map(|(i, pairs)| {
            let mut cells = vec![String::new(); width];
            for (at, value) in pairs {
                cells[at] = value;
            }
            Row {
                locator: Locator::json(format!("{path}[{i}]")),
                cells,
            }
        })
        .collect();
    Grid {
        header: Some(names),
        rows,
        warnings,
    }
}

/// The candidate tables of a JSON document: the top-level array, or each array of objects a
/// top-level object holds (`$.key[i]`).
pub(super) fn grids(document: &Value) -> Vec<Grid> {
    match document {
        Value::Array(items) => vec![grid("$", items)],
        Value::Object(fields) => fields
            .iter()
            .filter_map(|(key, value)| match value {
                Value::Array(items) if items.iter().any(Value::is_object) => {
                    Some(grid(&format!("$.{key}"), items))
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The candidate tables in the first bytes of a JSON document, which may be cut anywhere:
/// the complete objects of the top-level array, or of each array a top-level object holds.
pub(super) fn head_grids(head: &str) -> Vec<Grid> {
    let bytes = head.as_bytes();
    // Open brackets, and for each array that may hold rows, the objects found in it.
    let mut stack: Vec<u8> = Vec::new();
    let mut arrays: Vec<Vec<Value>> = Vec::new();
    let mut in_rows = false;
    let mut object_start = None;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' => {
                if stack.is_empty() || stack == [b'{'] {
                    in_rows = true;
                    arrays.push(Vec::new());
                }
                stack.push(b'[');
            }
            b'{' => {
                if in_rows && stack.last() == Some(&b'[') && stack.len() <= 2 {
                    object_start = Some(i);
                }
                stack.push(b'{');
            }
            b'}' | b']' => {
                stack.pop();
                if b == b'}' && in_rows && stack.len() <= 2 && stack.last() == Some(&b'[') {
                    if let Some(start) = object_start.take() {
                        if let (Ok(v), Some(rows)) = (
                            serde_json::from_str::<Value>(&head[start..=i]),
                            arrays.last_mut(),
                        ) {
                            rows.push(v);
                        }
                    }
                }
                if b == b']' && (stack.is_empty() || stack == [b'{']) {
                    in_rows = false;
                }
            }
            _ => {}
        }
    }
    arrays
        .iter()
        .filter(|items| !items.is_empty())
        .map(|items| grid("$", items))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_flatten_and_missing_keys_are_empty() {
        let doc: Value = serde_json::json!({"meta": 1, "entries": [
            {"time": "2018-05-26 20:46", "device": {"name": "Echo"}, "text": "hi"},
            {"time": "2018-05-26 20:47", "text": "bye", "tags": ["a", "b"]},
            7
        ]});
        let g = &grids(&doc)[0];
        assert_eq!(
            g.header.as_deref(),
            Some(
                &[
                    "device.name".to_string(),
                    "text".into(),
                    "time".into(),
                    "tags".into()
                ][..]
            )
        );
        assert_eq!(g.rows[1].locator.to_string(), "$.entries[1]");
        assert_eq!(g.rows[1].cells, ["", "bye", "2018-05-26 20:47", "a, b"]);
        let en: Vec<String> = g.warnings.iter().map(Message::en).collect();
        assert_eq!(en, ["$.entries[2]: not an object; skipped"]);
    }

    #[test]
    fn a_cut_head_yields_its_complete_objects() {
        let head = r#"{"participants": [{"name": "A"}], "messages": [{"t": "x {", "n": [{"deep": 1}]}, {"t": "y"}, {"t": "#;
        let g = head_grids(head);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].rows.len(), 1);
        assert_eq!(g[1].rows.len(), 2);
        // Keys come sorted (serde_json's map): `n` before `t`.
        assert_eq!(g[1].rows[1].cells, ["", "y"]);
    }
}
