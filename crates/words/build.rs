//! Embeds every `ftl/<lang>/*.ftl` file, so a new area of words is a new file and nothing else.

use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ftl");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut rows = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("crates/words/ftl is readable")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("a language folder is readable")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            let path = file.path();
            println!("cargo:rerun-if-changed={}", path.display());
            rows.push(format!(
                "    ({:?}, {:?}, include_str!({:?})),\n",
                lang.file_name().to_string_lossy(),
                file.file_name().to_string_lossy(),
                path.display().to_string()
            ));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    let code = format!(
        "/// (language, file, text) of every catalogue file.\npub(crate) const FILES: &[(&str, &str, &str)] = &[\n{}];\n",
        rows.concat()
    );
    fs::write(out, code).expect("OUT_DIR is writable");
}
