//! The requester's shopping and account datasets: orders, returns, cart, searches, reviews,
//! addresses, payment instruments, notification e-mails. Each file carries one or more of the CSV
//! quirks listed in the parent module.

use chrono::Duration;

use super::{
    asin, csv, dataset, double_encode, stamp, when, Help, Profile, Quirks, Style, BOOKS, PRODUCTS,
};
use crate::rng::Rng;

/// Adds the retail datasets to `out`.
pub(super) fn add(
    rng: &mut Rng,
    p: &Profile<'_>,
    out: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    let address = format!(
        "{} {} {} {} Deutschland",
        p.full_name, p.street, p.postcode, p.town
    );
    // Orders with ISO times, N/A, and the shipping address double-encoded.
    let rows: Vec<Vec<String>> = (0..18)
        .map(|_| {
            let (product, price) = *rng.pick(PRODUCTS);
            let t = when(rng);
            vec![
                "Amazon.de".into(),
                format!(
                    "302-{}-{}",
                    rng.range(1_000_000, 9_999_999),
                    rng.range(1_000_000, 9_999_999)
                ),
                stamp(t, Style::Iso),
                "EUR".into(),
                price.into(),
                asin(rng),
                rng.range(1, 2).to_string(),
                if rng.chance(0.3) {
                    "N/A".into()
                } else {
                    "Visa - 4417".into()
                },
                "Closed".into(),
                stamp(t + Duration::hours(rng.range(10, 60)), Style::Iso),
                double_encode(&address),
                product.into(),
                "N/A".into(),
            ]
        })
        .collect();
    let h = [
        "Website",
        "Order ID",
        "Order Date",
        "Currency",
        "Unit Price",
        "ASIN",
        "Quantity",
        "Payment Instrument Type",
        "Order Status",
        "Ship Date",
        "Shipping Address",
        "Product Name",
        "Gift Message",
    ];
    dataset(
        out,
        "Retail.OrderHistory.1",
        csv(
            &h,
            &rows,
            Quirks {
                crlf: true,
                ..Quirks::default()
            },
        ),
        Help::Pdf,
    )?;

    // Digital orders: US dates with the zone in the value.
    let rows: Vec<Vec<String>> = (0..9)
        .map(|_| {
            let (title, author) = *rng.pick(BOOKS);
            vec![
                stamp(when(rng), Style::UsZone),
                asin(rng),
                format!("{title} ({author})"),
                "0.99".into(),
                "EUR".into(),
            ]
        })
        .collect();
    dataset(
        out,
        "Retail.OrderHistory.2",
        csv(
            &["Order Date", "ASIN", "Title", "Price", "Currency"],
            &rows,
            Quirks::default(),
        ),
        Help::Pdf,
    )?;

    // Returns: plain times, documentation row first.
    let rows: Vec<Vec<String>> = (0..3)
        .map(|_| {
            vec![
                stamp(when(rng), Style::Plain),
                rng.pick(PRODUCTS).0.into(),
                "Artikel defekt".into(),
                "Erstattet".into(),
            ]
        })
        .collect();
    dataset(
        out,
        "Retail.CustomerReturns.1",
        csv(
            &["Return Date", "Product Name", "Return Reason", "Status"],
            &rows,
            Quirks {
                doc_row: true,
                ..Quirks::default()
            },
        ),
        Help::Pdf,
    )?;

    // Cart: Java Date.toString() style.
    let rows: Vec<Vec<String>> = (0..6)
        .map(|_| {
            vec![
                stamp(when(rng), Style::JavaDate),
                asin(rng),
                rng.pick(PRODUCTS).0.into(),
                "1".into(),
            ]
        })
        .collect();
    dataset(
        out,
        "Retail.CartItems.1",
        csv(
            &["DateAddedToCart", "ASIN", "ProductName", "Quantity"],
            &rows,
            Quirks::default(),
        ),
        Help::Pdf,
    )?;

    // Searches: zone in the column name, File Summary block.
    let terms = [
        "fahrradschloss",
        "kaffeemühle test",
        "regenjacke herren",
        "wanderkarte teutoburger wald",
        "led e27",
        "küchenwaage",
    ];
    let rows: Vec<Vec<String>> = (0..14)
        .map(|_| {
            vec![
                stamp(when(rng), Style::Plain),
                (*rng.pick(&terms)).into(),
                "Desktop".into(),
                p.town.into(),
            ]
        })
        .collect();
    dataset(
        out,
        "Retail.Search-Data.Retail.Customer-Engagement",
        csv(
            &[
                "First Search Time (GMT)",
                "Search Query",
                "Device Category",
                "City",
            ],
            &rows,
            Quirks {
                summary: true,
                ..Quirks::default()
            },
        ),
        Help::SpacedPdf,
    )?;

    let rows: Vec<Vec<String>> = (0..2)
        .map(|_| {
            vec![
                stamp(when(rng), Style::Iso),
                asin(rng),
                rng.range(3, 5).to_string(),
                "Tut, was es soll. Schnelle Lieferung.".into(),
            ]
        })
        .collect();
    dataset(
        out,
        "Retail.Reviews",
        csv(
            &["Review Date", "ASIN", "Rating", "Review Text"],
            &rows,
            Quirks::default(),
        ),
        Help::Pdf,
    )?;

    let rows = vec![vec![
        double_encode(p.full_name),
        double_encode(p.street),
        p.postcode.into(),
        double_encode(p.town),
        "DE".into(),
        "N/A".into(),
    ]];
    dataset(
        out,
        "Retail.AddressBook.1",
        csv(
            &[
                "Name",
                "Address Line 1",
                "Postal Code",
                "City",
                "Country",
                "Phone",
            ],
            &rows,
            Quirks {
                bom: true,
                ..Quirks::default()
            },
        ),
        Help::Pdf,
    )?;

    let rows = vec![vec![
        p.town.into(),
        p.postcode.into(),
        "DE".into(),
        stamp(when(rng), Style::Iso),
    ]];
    dataset(
        out,
        "Retail.RegionAuthority.1",
        csv(
            &["City", "Postal Code", "Country Code", "Date"],
            &rows,
            Quirks::default(),
        ),
        Help::No,
    )?;

    // Payment, communication, advertising.
    let rows = vec![vec![
        "Visa".into(),
        "4417".into(),
        "N/A".into(),
        double_encode(p.full_name),
    ]];
    dataset(
        out,
        "PaymentOptions.PaymentInstruments",
        csv(
            &["Card Type", "Last Digits", "Expiration", "Name On Card"],
            &rows,
            Quirks::default(),
        ),
        Help::Pdf,
    )?;
    let rows = vec![
        vec![p.email.into(), "Newsletter".into(), "Opt-out".into()],
        vec![p.email.into(), "Lieferstatus".into(), "Opt-in".into()],
    ];
    dataset(
        out,
        "CustomerCommunicationExperience.Preferences",
        csv(&["Email", "Topic", "Preference"], &rows, Quirks::default()),
        Help::No,
    )?;
    let audiences = [
        "Outdoor-Enthusiasten",
        "Heimwerker",
        "Krimi-Leser",
        "Kaffeeliebhaber",
    ];
    out.push((
        "Advertising.1/Advertising.AmazonAudiences.csv".into(),
        csv(
            &["Amazon Audiences"],
            &audiences
                .iter()
                .map(|a| vec![(*a).to_string()])
                .collect::<Vec<_>>(),
            Quirks::default(),
        ),
    ));
    out.push((
        "Advertising.1/Advertising.AdvertiserAudiences.csv".into(),
        csv(&["Advertiser"], &[vec!["N/A".into()]], Quirks::default()),
    ));
    out.push((
        "Advertising.1/Advertising.AdvertiserClicks.csv".into(),
        csv(
            &["Date", "Advertiser"],
            &[vec![
                stamp(when(rng), Style::Plain),
                "Fahrradhandel Ostwestfalen".into(),
            ]],
            Quirks::default(),
        ),
    ));
    let rows: Vec<Vec<String>> = (0..4)
        .map(|_| {
            vec![
                stamp(when(rng), Style::Iso),
                p.email.into(),
                "Ihre Bestellung wurde versandt".into(),
            ]
        })
        .collect();
    dataset(
        out,
        "Retail.OutboundNotifications.EmailsDelivered",
        csv(&["Date", "Recipient", "Subject"], &rows, Quirks::default()),
        Help::Pdf,
    )?;
    Ok(())
}
