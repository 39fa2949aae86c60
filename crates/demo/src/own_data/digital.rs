//! The requester's digital datasets: Prime Video (whose viewing history looks like a transcript
//! table and is not one), content ownership (JSON, the only place his customer id appears),
//! subscriptions, digital orders, Kindle, Audible, advertising and communication preferences.

use chrono::Duration;

use super::{
    asin, csv, dataset, stamp, when, Help, Profile, Quirks, Style, BOOKS, CREATED, TITLES,
};
use crate::pdf;
use crate::rng::Rng;

/// Adds the digital datasets to `out`.
pub(super) fn add(
    rng: &mut Rng,
    p: &Profile<'_>,
    out: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    // Prime Video: times, a "device" column and titles; looks like a transcript, is not one.
    let devices = ["Samsung Smart TV", "Webbrowser (Firefox)", "Android-Tablet"];
    let rows: Vec<Vec<String>> = (0..24)
        .map(|_| {
            vec![
                stamp(when(rng), Style::Plain),
                (*rng.pick(&devices)).into(),
                (*rng.pick(TITLES)).into(),
                rng.range(300, 3600).to_string(),
            ]
        })
        .collect();
    dataset(
        out,
        "Digital.PrimeVideo.Viewinghistory",
        csv(
            &[
                "PlaybackStartDateInUTC",
                "Device Type",
                "Title",
                "Seconds Viewed",
            ],
            &rows,
            Quirks::default(),
        ),
        Help::Txt,
    )?;

    let rows: Vec<Vec<String>> = (0..5)
        .map(|_| vec![stamp(when(rng), Style::UsShort), (*rng.pick(TITLES)).into()])
        .collect();
    dataset(
        out,
        "Digital.PrimeVideo.Watchlist",
        csv(&["Date Added", "Title"], &rows, Quirks::default()),
        Help::Pdf,
    )?;
    let rows: Vec<Vec<String>> = (0..3)
        .map(|_| vec![(*rng.pick(TITLES)).into(), "Daumen hoch".into()])
        .collect();
    dataset(
        out,
        "Digital.PrimeVideo.Ratings",
        csv(&["Title", "Rating"], &rows, Quirks::default()),
        Help::No,
    )?;

    // Content ownership: JSON, and the only place the requester's customer id appears.
    for i in 1..=3 {
        let (title, _) = *rng.pick(BOOKS);
        let json = format!(
            "{{\"rights\":[{{\"customerId\":\"{}\",\"asin\":\"{}\",\"title\":\"{}\",\"acquiredDate\":\"{}\",\"rightType\":\"PURCHASE\"}}]}}",
            p.customer_id, asin(rng), title, stamp(when(rng), Style::Iso)
        );
        out.push((
            format!("Digital.Content.Ownership/Digital.Content.Ownership.{i}.json"),
            json.into_bytes(),
        ));
    }
    out.push((
        "Digital.Content.Ownership/Digital.Content.Ownership.Description.pdf".into(),
        pdf::sheet(
            "Digital.Content.Ownership",
            &["Rechte an digitalen Inhalten".into()],
            CREATED,
        )?,
    ));

    let rows = vec![
        vec![
            "Prime".into(),
            "Monatlich".into(),
            "Active".into(),
            stamp(when(rng), Style::JavaDate),
            "N/A".into(),
        ],
        vec![
            "Kindle Unlimited".into(),
            "Monatlich".into(),
            "Cancelled".into(),
            stamp(when(rng), Style::JavaDate),
            stamp(when(rng), Style::JavaDate),
        ],
    ];
    dataset(
        out,
        "Digital.Subscriptions",
        csv(
            &["Plan", "Billing", "Status", "StartDate", "EndDate"],
            &rows,
            Quirks::default(),
        ),
        Help::Pdf,
    )?;

    let rows: Vec<Vec<String>> = (0..4)
        .map(|_| {
            let (t, a) = *rng.pick(BOOKS);
            vec![stamp(when(rng), Style::Iso), asin(rng), t.into(), a.into()]
        })
        .collect();
    out.push((
        "Digital-Ordering.1/Digital Items.csv".into(),
        csv(
            &["OrderDate", "ASIN", "Title", "Author"],
            &rows,
            Quirks::default(),
        ),
    ));
    out.push((
        "Digital-Ordering.1/Digital Orders.csv".into(),
        csv(
            &["OrderId", "OrderDate", "Marketplace"],
            &[vec![
                format!("D01-{}", rng.range(1_000_000, 9_999_999)),
                stamp(when(rng), Style::Iso),
                "Amazon.de".into(),
            ]],
            Quirks::default(),
        ),
    ));
    out.push((
        "Digital-Ordering.1/Digital Orders Monetary.csv".into(),
        csv(
            &["OrderId", "Amount", "Currency"],
            &[vec!["N/A".into(), "2.99".into(), "EUR".into()]],
            Quirks::default(),
        ),
    ));

    // Kindle.
    let rows: Vec<Vec<String>> = (0..12)
        .map(|_| {
            let t = when(rng);
            vec![
                stamp(t, Style::Iso),
                stamp(t + Duration::minutes(rng.range(5, 90)), Style::Iso),
                asin(rng),
                "Kindle".into(),
                rng.range(60_000, 5_000_000).to_string(),
            ]
        })
        .collect();
    dataset(
        out,
        "Kindle.Devices.ReadingSession",
        csv(
            &[
                "start_timestamp",
                "end_timestamp",
                "ASIN",
                "device_family",
                "total_reading_millis",
            ],
            &rows,
            Quirks::default(),
        ),
        Help::SpacedPdf,
    )?;
    let rows: Vec<Vec<String>> = (0..6)
        .map(|_| {
            vec![
                when(rng).format("%Y-%m-%d").to_string(),
                rng.range(1, 120).to_string(),
            ]
        })
        .collect();
    out.push(("Kindle.ReadingInsights/datasets/Kindle.reading-insights-sessions_with_adjustments/Kindle.reading-insights-sessions_with_adjustments.csv".into(), csv(&["Day", "Minutes"], &rows, Quirks { doc_row: true, ..Quirks::default() })));
    let rows: Vec<Vec<String>> = BOOKS
        .iter()
        .map(|(t, _)| {
            vec![
                asin(rng),
                (*t).into(),
                "Purchase".into(),
                stamp(when(rng), Style::UsAmPm),
            ]
        })
        .collect();
    dataset(
        out,
        "Kindle.UnifiedLibraryIndex",
        csv(
            &["ASIN", "Product Name", "Origin Type", "Creation Date"],
            &rows,
            Quirks::default(),
        ),
        Help::Pdf,
    )?;

    // Audible.
    let rows: Vec<Vec<String>> = BOOKS
        .iter()
        .take(3)
        .map(|(t, a)| vec![(*t).into(), (*a).into(), stamp(when(rng), Style::UsAmPm)])
        .collect();
    out.push((
        "Audible.Library/Audible.Library.csv".into(),
        csv(&["Title", "Author", "DateAdded"], &rows, Quirks::default()),
    ));
    out.push((
        "Audible.Library/Audible.Library_Instructions.txt".into(),
        b"Diese Datei listet Ihre Audible-Titel.\r\n".to_vec(),
    ));
    let rows: Vec<Vec<String>> = (0..8)
        .map(|_| {
            vec![
                stamp(when(rng), Style::Iso),
                asin(rng),
                rng.range(60_000, 3_600_000).to_string(),
            ]
        })
        .collect();
    dataset(
        out,
        "Audible.Listening",
        csv(
            &["Start Date", "ASIN", "Event Duration Milliseconds"],
            &rows,
            Quirks::default(),
        ),
        Help::Pdf,
    )?;
    let rows = vec![vec![
        stamp(when(rng), Style::UsZone),
        "9.95".into(),
        "EUR".into(),
        "N/A".into(),
    ]];
    dataset(
        out,
        "Audible.MembershipBillings",
        csv(
            &["Billing Date", "Amount", "Currency", "Tax"],
            &rows,
            Quirks {
                summary: true,
                ..Quirks::default()
            },
        ),
        Help::No,
    )?;

    Ok(())
}
