//! The app writes only into its data folder (issue 14): the caches that the toolkit under the
//! webview keeps for itself — Mesa's compiled shaders, dconf's flag file when there is no
//! runtime folder, fontconfig's cache of user fonts — follow `XDG_CACHE_HOME`, which the app
//! points at `<data folder>/cache` before the toolkit starts. The end-to-end test that runs the
//! app under strace keeps this true (tests/e2e/confinement.mjs).

use std::path::Path;

/// The toolkit's caches, inside the data folder.
pub fn caches(data_dir: &Path) {
    let cache = data_dir.join("cache");
    match std::fs::create_dir_all(&cache) {
        // Before the webview and any other thread exist, like `rendering::apply`.
        Ok(()) => std::env::set_var("XDG_CACHE_HOME", &cache),
        Err(e) => eprintln!(
            "auskunft-desktop: {} cannot be created ({e}); the toolkit keeps its caches where it always does",
            cache.display()
        ),
    }
}
