//! Split exports: Google Takeout names its parts `takeout-<stamp>-001.zip`, `-002.zip`, ...
//! All parts given together are one export; a gap in the numbering is reported.

use std::collections::BTreeMap;
use std::path::PathBuf;

use auskunft_model::{Message, Note};

/// Splits `name-007.zip` into (`name`, 7).
pub fn part_of(file_name: &str) -> Option<(String, u32)> {
    let stem = file_name
        .strip_suffix(".zip")
        .or_else(|| file_name.strip_suffix(".tgz"))
        .or_else(|| file_name.strip_suffix(".tar.gz"))?;
    let (base, num) = stem.rsplit_once('-')?;
    (num.len() == 3 && num.bytes().all(|b| b.is_ascii_digit()) && !base.is_empty())
        .then(|| (base.to_string(), num.parse().unwrap_or(0)))
}

/// Notes for parts missing between the lowest and highest part number given.
pub fn missing_parts(paths: &[PathBuf]) -> Vec<Note> {
    let mut groups: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for p in paths {
        if let Some((base, n)) = p.file_name().and_then(|n| n.to_str()).and_then(part_of) {
            groups.entry(base).or_default().push(n);
        }
    }
    let mut notes = Vec::new();
    for (base, mut nums) in groups {
        nums.sort_unstable();
        nums.dedup();
        // Parts are numbered from 001; how many follow the highest given cannot be known.
        let last = nums[nums.len() - 1];
        let missing: Vec<String> = (1..=last)
            .filter(|n| !nums.contains(n))
            .map(|n| format!("{base}-{n:03}"))
            .collect();
        if !missing.is_empty() {
            notes.push(Note::new(
                "missing_part",
                Message::new("note-missing-part")
                    .arg("count", missing.len())
                    .arg("parts", missing.join(", ")),
            ));
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_takeout_parts_and_gaps() {
        assert_eq!(
            part_of("takeout-20181103T120000Z-002.zip"),
            Some(("takeout-20181103T120000Z".into(), 2))
        );
        assert_eq!(part_of("Alexa.zip"), None);
        let paths: Vec<PathBuf> = ["takeout-x-001.zip", "takeout-x-003.zip"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let notes = missing_parts(&paths);
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].message.contains("takeout-x-002"),
            "{}",
            notes[0].message
        );
        let whole: Vec<PathBuf> = ["takeout-x-001.zip", "takeout-x-002.zip"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert!(missing_parts(&whole).is_empty());
        let second_only: Vec<PathBuf> = ["takeout-x-002.zip"].iter().map(PathBuf::from).collect();
        assert!(missing_parts(&second_only)[0]
            .message
            .contains("takeout-x-001"));
    }
}
