//! How the webview draws the page on Linux: with or without GPU compositing.
//!
//! WebKitGTK composites the page with OpenGL. Without a GPU (a virtual machine, a remote
//! X server, Xvfb) that OpenGL is Mesa's software rasteriser, and compositing a window through
//! it costs 70–90 ms per frame on two cores: any change on screen, even one word of text,
//! stalls a frame that long (measured in the end-to-end run, see docs/benchmarks.md). Drawing
//! the page on the CPU without compositing costs about one 16 ms frame for the same changes.
//!
//! So when the machine has no GPU render node (`/dev/dri/renderD*`), the app asks WebKit not to
//! composite (`WEBKIT_DISABLE_COMPOSITING_MODE=1`). A value the user set for that variable is
//! always kept, and `AUSKUNFT_COMPOSITING=on|off` decides explicitly.

use std::ffi::OsStr;
use std::path::Path;

/// WebKitGTK's switch for its non-composited (CPU) mode.
pub const WEBKIT_VARIABLE: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
/// The user's explicit choice: `on` composites with the GPU, `off` draws on the CPU.
pub const CHOICE_VARIABLE: &str = "AUSKUNFT_COMPOSITING";

/// What the app does about compositing, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compositing {
    /// Leave WebKit's default (GPU compositing) alone: there is a GPU render node, or the user
    /// asked for compositing.
    Default,
    /// The user set `WEBKIT_DISABLE_COMPOSITING_MODE` themselves; it is kept as it is.
    UserSet,
    /// Draw without compositing: there is no GPU, or the user asked for it.
    Off,
}

/// Decides from the user's settings and whether a GPU render node exists.
///
/// `choice` is `AUSKUNFT_COMPOSITING`; an unknown value is reported and ignored.
pub fn decide(
    choice: Option<&OsStr>,
    webkit_set: bool,
    has_render_node: bool,
) -> (Compositing, Option<String>) {
    let warning = match choice.map(|c| c.to_str().unwrap_or("").to_ascii_lowercase()) {
        Some(value) if value == "on" => return (Compositing::Default, None),
        Some(value) if value == "off" => return (Compositing::Off, None),
        Some(value) => Some(format!(
            "auskunft-desktop: {CHOICE_VARIABLE}={value:?} is neither \"on\" nor \"off\"; ignored"
        )),
        None => None,
    };
    let mode = if webkit_set {
        Compositing::UserSet
    } else if has_render_node {
        Compositing::Default
    } else {
        Compositing::Off
    };
    (mode, warning)
}

/// Whether `dir` (normally `/dev/dri`) holds a GPU render node.
pub fn has_render_node(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .any(|entry| entry.file_name().to_string_lossy().starts_with("renderD"))
        })
        .unwrap_or(false)
}

/// Applies the decision to this process's environment, which the web process inherits.
///
/// Must run before the webview is created and before any other thread starts: it sets an
/// environment variable.
pub fn apply() -> Compositing {
    if !cfg!(target_os = "linux") {
        return Compositing::Default;
    }
    let choice = std::env::var_os(CHOICE_VARIABLE);
    let webkit_set = std::env::var_os(WEBKIT_VARIABLE).is_some();
    let (mode, warning) = decide(
        choice.as_deref(),
        webkit_set,
        has_render_node(Path::new("/dev/dri")),
    );
    if let Some(warning) = warning {
        eprintln!("{warning}");
    }
    match mode {
        Compositing::Off => std::env::set_var(WEBKIT_VARIABLE, "1"),
        // "on" overrides a WebKit setting inherited from elsewhere.
        Compositing::Default if choice.is_some() => std::env::remove_var(WEBKIT_VARIABLE),
        Compositing::Default | Compositing::UserSet => {}
    }
    mode
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_gpu_the_page_is_drawn_without_compositing() {
        assert_eq!(decide(None, false, false), (Compositing::Off, None));
        assert_eq!(decide(None, false, true), (Compositing::Default, None));
    }

    #[test]
    fn the_users_webkit_setting_is_kept() {
        assert_eq!(decide(None, true, false), (Compositing::UserSet, None));
        assert_eq!(decide(None, true, true), (Compositing::UserSet, None));
    }

    #[test]
    fn an_explicit_choice_wins_and_a_bad_one_is_reported() {
        assert_eq!(
            decide(Some(OsStr::new("on")), true, false),
            (Compositing::Default, None)
        );
        assert_eq!(
            decide(Some(OsStr::new("OFF")), false, true),
            (Compositing::Off, None)
        );
        let (mode, warning) = decide(Some(OsStr::new("fast")), false, true);
        assert_eq!(mode, Compositing::Default);
        assert!(warning.unwrap().contains("AUSKUNFT_COMPOSITING=\"fast\""));
    }

    #[test]
    fn render_nodes_are_found_by_name() {
        let dir = std::env::temp_dir().join(format!("auskunft-dri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("card0"), b"").unwrap();
        assert!(!has_render_node(&dir));
        std::fs::write(dir.join("renderD128"), b"").unwrap();
        assert!(has_render_node(&dir));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(!has_render_node(&dir));
    }
}
