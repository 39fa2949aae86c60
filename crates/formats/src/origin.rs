//! Which company an export comes from, by the names of its files, for exports whose members no
//! format module reads as that company's (the 2018 case: WAVs and a PDF beside Amazon's own
//! dataset folders).
//!
//! The markers are facts of `shared/design/formats.md`: Amazon names its folders after datasets
//! (`Retail.OrderHistory.1/`, `Digital.Content.Ownership/`, `Kindle.*`, `Audible.*`) and ships
//! `Alexa.zip` and `Devices.Registration.zip`; Google's exports sit under `Takeout/`; Meta's under
//! `your_facebook_activity/`, `your_activity_across_facebook/` or `messages/inbox/`. A name alone
//! is weak evidence, so [`vendor`] counts and needs a clear majority.

/// The vendor (`amazon`, `google`, `meta`) that one path names, if any. `path` is a member's
/// path, the archive member that holds it, or an archive's file name.
pub fn of_path(path: &str) -> Option<&'static str> {
    let path = path.replace('\\', "/");
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    let first = parts.next()?;
    let file = path.rsplit('/').next().unwrap_or(first);
    const AMAZON_DATASETS: [&str; 6] = [
        "Retail.",
        "Digital.",
        "Kindle.",
        "Audible.",
        "Devices.Registration",
        "Amazon.",
    ];
    if AMAZON_DATASETS.iter().any(|p| first.starts_with(p))
        || file.eq_ignore_ascii_case("Alexa.zip")
    {
        return Some("amazon");
    }
    if first == "Takeout" || file.starts_with("takeout-") {
        return Some("google");
    }
    if path.contains("your_facebook_activity/")
        || path.contains("your_activity_across_facebook/")
        || path.starts_with("messages/inbox/")
    {
        return Some("meta");
    }
    None
}

/// The vendor most of `paths` name, when at least three do and no other vendor comes close (at
/// most a quarter as many): one stray folder named like a dataset does not make an export
/// Amazon's.
pub fn vendor<'a>(paths: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for v in paths.into_iter().filter_map(of_path) {
        match counts.iter_mut().find(|(name, _)| *name == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (top, n) = *counts.first()?;
    let runner_up = counts.get(1).map_or(0, |c| c.1);
    (n >= 3 && runner_up * 4 <= n).then_some(top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_folders_name_amazon() {
        assert_eq!(
            of_path("Retail.OrderHistory.1/Retail.OrderHistory.1.csv"),
            Some("amazon")
        );
        assert_eq!(of_path("Kindle.Devices/x.csv"), Some("amazon"));
        assert_eq!(of_path("downloads/Alexa.zip"), Some("amazon"));
        assert_eq!(
            of_path("Takeout/My Activity/Assistant/MyActivity.json"),
            Some("google")
        );
        assert_eq!(
            of_path("your_facebook_activity/messages/inbox/a/message_1.json"),
            Some("meta")
        );
        assert_eq!(
            of_path("Alexa/Sprachaufnahmen/2018-05-03_07-12-45_UTC.wav"),
            None
        );
        assert_eq!(of_path("Retail/notes.txt"), None);
    }

    #[test]
    fn a_clear_majority_is_needed() {
        let amazon = [
            "Retail.OrderHistory.1/a.csv",
            "Digital.Content.Ownership/b.json",
            "Audible.Library/Audible.Library.csv",
            "Alexa/Sprachverlauf.pdf",
        ];
        assert_eq!(vendor(amazon), Some("amazon"));
        // Two names are not enough.
        assert_eq!(vendor(amazon[..2].iter().copied()), None);
        // Nor a mix.
        let mixed = [amazon[0], amazon[1], amazon[2], "Takeout/a", "Takeout/b"];
        assert_eq!(vendor(mixed), None);
    }
}
