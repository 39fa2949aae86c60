//! The command crate's modules form no cycle (issue 12): the pipeline (`audit`), judging
//! (`judge`), the data folder's layout (`layout`), progress, marks (`review`), the recent list
//! and search each depend only on modules below them, and `session` sits on top. A reference is
//! `crate::<module>` or an item that `lib.rs` re-exports from a module (`crate::data_dir` is
//! `layout`'s), in code, not in doc comments. The test reads the sources, so a new cycle fails
//! it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module → the modules it refers to.
fn graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let read = |p: &Path| std::fs::read_to_string(p).expect("a source file");
    let modules: BTreeSet<String> = std::fs::read_dir(src)
        .expect("src")
        .filter_map(Result::ok)
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".rs")
                .map(str::to_owned)
        })
        .filter(|m| m != "lib")
        .collect();
    // Items lib.rs re-exports, by the module they come from.
    let lib = read(&src.join("lib.rs"));
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    for block in lib.split("pub use ").skip(1) {
        let stmt = block.split(';').next().unwrap_or("");
        let Some((module, items)) = stmt.split_once("::") else {
            continue;
        };
        if !modules.contains(module.trim()) {
            continue;
        }
        for item in items.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if !item.is_empty() {
                owner.insert(item.to_owned(), module.trim().to_owned());
            }
        }
    }
    let mut edges = BTreeMap::new();
    for m in &modules {
        // Code only: a doc comment's link to another module is not a dependency.
        let text: String = read(&src.join(format!("{m}.rs")))
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut to = BTreeSet::new();
        for part in text.split("crate::").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let target = if modules.contains(&name) {
                Some(name)
            } else {
                owner.get(&name).cloned()
            };
            if let Some(t) = target.filter(|t| t != m) {
                to.insert(t);
            }
        }
        edges.insert(m.clone(), to);
    }
    edges
}

/// A cycle through `start`, if there is one.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        edges: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in edges.get(at).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(edges, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_owned()];
    walk(edges, start, start, &mut path, &mut BTreeSet::new()).then_some(path)
}

#[test]
fn the_modules_form_no_cycle() {
    let edges = graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    // The reading sees what it is for: the pipeline uses judging and the layout.
    assert!(edges["audit"].contains("judge"), "{edges:?}");
    assert!(edges["audit"].contains("layout"), "{edges:?}");
    let cycles: Vec<Vec<String>> = edges.keys().filter_map(|m| cycle(&edges, m)).collect();
    assert!(
        cycles.is_empty(),
        "cycles among crates/api/src modules: {cycles:?}"
    );
}

#[test]
fn a_cycle_is_found() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.insert("a".into(), ["b".to_string()].into());
    edges.insert("b".into(), ["c".to_string()].into());
    edges.insert("c".into(), ["a".to_string()].into());
    assert_eq!(
        cycle(&edges, "a"),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    edges.insert("c".into(), BTreeSet::new());
    assert_eq!(cycle(&edges, "a"), None);
}
