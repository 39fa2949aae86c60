//! Dates and times as the reader's language writes them: `3 May 2018, 07:12 UTC` in English,
//! `3. Mai 2018, 07:12 UTC` in German. Month names are words like any other, in the catalogue
//! (`report-month-1` … `report-month-12`).

use auskunft_words::{text, Lang};
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// A calendar date: `3 May 2018` / `3. Mai 2018`.
pub fn date(lang: Lang, day: NaiveDate) -> String {
    let month = text(lang, &format!("report-month-{}", day.month()), &[]);
    text(
        lang,
        "report-date",
        &[
            ("day", day.day().to_string().into()),
            ("month", month.into()),
            ("year", day.year().to_string().into()),
        ],
    )
}

/// A moment in UTC to the minute: `3 May 2018, 07:12 UTC`.
pub fn date_time(lang: Lang, at: DateTime<Utc>) -> String {
    text(
        lang,
        "report-date-time",
        &[
            ("date", date(lang, at.date_naive()).into()),
            ("time", at.format("%H:%M").to_string().into()),
        ],
    )
}

/// A span of dates: `3 May 2018 – 9 July 2019`, or one date when both fall on the same day.
pub fn range(lang: Lang, first: Option<DateTime<Utc>>, last: Option<DateTime<Utc>>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a.date_naive() == b.date_naive() => date(lang, a.date_naive()),
        (Some(a), Some(b)) => format!(
            "{} – {}",
            date(lang, a.date_naive()),
            date(lang, b.date_naive())
        ),
        (Some(a), None) | (None, Some(a)) => date(lang, a.date_naive()),
        (None, None) => text(lang, "report-no-time", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let d = NaiveDate::from_ymd_opt(2018, 5, 3).expect("a date");
        assert_eq!(date(Lang::En, d), "3 May 2018");
        assert_eq!(date(Lang::De, d), "3. Mai 2018");
        let at = d.and_hms_opt(7, 12, 45).expect("a time").and_utc();
        assert_eq!(date_time(Lang::De, at), "3. Mai 2018, 07:12 UTC");
        let later = NaiveDate::from_ymd_opt(2019, 3, 9)
            .expect("a date")
            .and_hms_opt(0, 0, 0)
            .expect("a time")
            .and_utc();
        assert_eq!(
            range(Lang::De, Some(at), Some(later)),
            "3. Mai 2018 – 9. März 2019"
        );
    }
}
