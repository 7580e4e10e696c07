//! A new buyer's profile and the supplier directory with its filters.

use super::*;

async fn a_new_buyer_completes_the_profile_before_anything_else_and_bad_fields_are_shown(
    app: TestApp,
) {
    let buyer = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            participants::create_buyer(
                c,
                &participants::NewBuyer {
                    expo: ExpoId(expo),
                    email: &EmailAddress::parse("ana.flores@minsa.example").expect("email"),
                    name: "Ana Flores",
                    organisation: "",
                    position_title: "",
                    country: CountryCode::parse("PE").expect("country"),
                    timezone: TimeZone::parse("America/Lima").expect("zone"),
                    languages: &[],
                    interests: &[],
                    looking_for: "",
                    needs_interpreter: false,
                    invited_at: Some(store::now()),
                },
                store::now(),
            )
            .expect("buyer")
            .0
        })
        .await;
    app.sign_in(Role::Buyer, buyer).await;
    assert_eq!(
        location(&app.get("/buyer").await),
        "/buyer/profile",
        "onboarding first"
    );
    let (status, html) = app.get_html("/buyer/profile").await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, "h1")[0],
        "Welcome — tell suppliers who you are"
    );
    let good: Vec<(&str, &str)> = vec![
        ("name", "Ana Flores"),
        ("organisation", "Ministerio de Salud"),
        ("country", "PE"),
        ("timezone", "America/Lima"),
        ("languages", "es"),
        ("interests", "medical"),
        ("looking_for", "Portable ultrasound and patient monitors"),
        ("consent_collection", "yes"),
        ("consent_provision", "yes"),
    ];
    for (field, value) in [
        ("organisation", ""),
        ("country", "XX"),
        ("timezone", "Lima"),
        ("languages", "klingon"),
        ("interests", "spaceships"),
    ] {
        let mut fields: Vec<(&str, &str)> =
            good.iter().filter(|(k, _)| *k != field).copied().collect();
        fields.push((field, value));
        let res = app
            .post_form("/buyer/profile", "/buyer/profile", &fields)
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {field}={value}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, ".field.invalid").len(),
            1,
            "case {field}={value}: one field marked"
        );
        assert_eq!(
            html.select(&scraper::Selector::parse("#looking_for").expect("sel"))
                .next()
                .map(|e| e.text().collect::<String>()),
            Some("Portable ultrasound and patient monitors".to_owned()),
            "case {field}: what was typed is kept"
        );
    }
    let done: Option<chrono::NaiveDateTime> = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select(buyers::profile_completed_at)
                .first(c)
                .expect("row")
        })
        .await;
    assert!(done.is_none(), "nothing stored");
    let res = app
        .post_form("/buyer/profile", "/buyer/profile", &good)
        .await;
    assert_eq!(location(&res), "/buyer/suppliers");
    let (org, done): (String, Option<chrono::NaiveDateTime>) = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select((buyers::organisation, buyers::profile_completed_at))
                .first(c)
                .expect("row")
        })
        .await;
    assert_eq!(org, "Ministerio de Salud");
    assert!(done.is_some());
    let (_, html) = app.get_html("/buyer/suppliers").await;
    let first_reasons = select_text(&html, ".supplier-card:first-child .reasons li");
    assert!(
        first_reasons
            .iter()
            .any(|r| r.to_lowercase().contains("medical")),
        "best match first, with reasons: {first_reasons:?}"
    );
}
on_both_databases!(a_new_buyer_completes_the_profile_before_anything_else_and_bad_fields_are_shown);

async fn the_directory_filters_and_refuses_unknown_filter_values(app: TestApp) {
    let (buyer, _) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    // Twenty to a page, best match first; the pages together list every approved
    // supplier once.
    let (_, first) = app.get_html("/buyer/suppliers").await;
    assert_eq!(select_text(&first, ".supplier-card").len(), 20);
    let subtitle = select_text(&first, ".subtitle").concat();
    let total: usize = subtitle
        .split("of ")
        .nth(1)
        .and_then(|rest| rest.trim_end_matches('.').parse().ok())
        .unwrap_or_else(|| panic!("the total in {subtitle:?}"));
    assert!(total >= 100, "every approved supplier: {total}");
    assert!(subtitle.contains("1–20 of"), "{subtitle}");
    let pages = total.div_ceil(20);
    let mut seen = std::collections::HashSet::new();
    for page in 1..=pages {
        let (status, html) = app.get_html(&format!("/buyer/suppliers?page={page}")).await;
        assert_eq!(status, 200);
        for name in select_text(&html, ".supplier-card h2 a") {
            assert!(seen.insert(name.clone()), "{name} on two pages");
        }
    }
    assert_eq!(seen.len(), total, "the pages list every supplier once");
    // A page past the last shows the last; the pager keeps the filters.
    let (_, past) = app.get_html("/buyer/suppliers?page=999").await;
    assert!(
        select_text(&past, ".pager")
            .concat()
            .contains(&format!("Page {pages} of {pages}"))
    );
    let (_, water) = app.get_html("/buyer/suppliers?sector=water").await;
    let n = select_text(&water, ".supplier-card").len();
    assert!(n > 0 && n < total);
    let (_, all_water) = app.get_html("/buyer/suppliers?sector=water&page=1").await;
    assert_eq!(select_text(&all_water, ".supplier-card").len(), n);
    let (_, hangul) = app.get_html("/buyer/suppliers?q=%ED%95%9C%EA%B5%AD").await; // 한국
    assert!(
        !select_text(&hangul, ".supplier-card").is_empty(),
        "search in Korean names"
    );
    for bad in [
        "?sector=spaceships",
        "?country=ZZ",
        "?language=xx",
        "?experience=lots",
        "?page=0",
        "?page=two",
        "?page=-1",
    ] {
        assert_eq!(
            app.get_html(&format!("/buyer/suppliers{bad}")).await.0,
            400,
            "case {bad}"
        );
    }
    // The market filter offers the markets suppliers have, by name, not all 250
    // countries; one asked for in the address stays chosen (and finds nobody).
    let markets: std::collections::BTreeSet<String> = app
        .with_db(|c| {
            supplier_markets::table
                .inner_join(suppliers::table)
                .filter(suppliers::status.eq("approved"))
                .select(supplier_markets::country)
                .load::<String>(c)
                .expect("markets")
        })
        .await
        .into_iter()
        .collect();
    let options = |html: &scraper::Html| -> Vec<String> {
        let sel = scraper::Selector::parse("select#country option").expect("selector");
        html.select(&sel)
            .filter_map(|o| o.value().attr("value"))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let offered = options(&first);
    assert_eq!(
        offered
            .iter()
            .cloned()
            .collect::<std::collections::BTreeSet<_>>(),
        markets
    );
    let names = select_text(&first, "select#country option");
    assert!(
        names[1..].windows(2).all(|w| w[0] <= w[1]),
        "sorted by name: {names:?}"
    );
    assert!(
        !markets.contains("IS"),
        "the demo has no supplier for Iceland"
    );
    let (status, iceland) = app.get_html("/buyer/suppliers?country=IS").await;
    assert_eq!(status, 200);
    assert!(options(&iceland).contains(&"IS".to_owned()));
    assert_eq!(
        select_text(&iceland, "select#country option[selected]"),
        ["Iceland"]
    );
    assert!(select_text(&iceland, ".supplier-card").is_empty());
}
on_both_databases!(the_directory_filters_and_refuses_unknown_filter_values);
