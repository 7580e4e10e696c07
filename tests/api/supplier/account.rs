//! A supplier's account: signing in, resetting a forgotten password, and editing its profile.

use super::*;

async fn a_supplier_signs_in_with_its_password_and_nobody_learns_which_emails_exist(app: TestApp) {
    app.with_db(seed).await;
    register_and_verify(&app).await;
    let browser = app.new_client();
    let mut answers = Vec::new();
    for (email, password) in [
        (EMAIL, "not the password at all"),
        ("nobody@nowhere.example", PASSWORD),
        ("export@hanbit-watertech-co.example", PASSWORD),
    ] {
        let res = post_as(
            &app,
            &browser,
            "/signin/supplier",
            "/signin/supplier",
            &[("email", email), ("password", password)],
        )
        .await;
        let (status, html) = html_of(res).await;
        answers.push((status, select_text(&html, ".flash.error")));
    }
    assert_eq!(answers[0].0, 401);
    assert!(
        answers.iter().all(|a| *a == answers[0]),
        "the same answer each time: {answers:?}"
    );
    let res = post_as(
        &app,
        &browser,
        "/signin/supplier",
        "/signin/supplier",
        &[
            ("email", "Sujin.Lee@Hanbit-Watertech.example"),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier");
    let home = browser
        .get(app.url("/supplier"))
        .send()
        .await
        .expect("home");
    assert_eq!(home.status().as_u16(), 200);
}
on_both_databases!(a_supplier_signs_in_with_its_password_and_nobody_learns_which_emails_exist);

async fn a_forgotten_password_is_reset_with_an_emailed_link(app: TestApp) {
    app.with_db(seed).await;
    register_and_verify(&app).await;
    // Signed in elsewhere, with a calendar address: both end with the reset.
    let (status, _) = app.get_html("/supplier").await;
    assert_eq!(status, 200);
    let feed = new_feed_address(&app, "/supplier/agenda", "/supplier/agenda/subscription").await;
    assert_eq!(
        app.new_client()
            .get(&feed)
            .send()
            .await
            .expect("feed")
            .status()
            .as_u16(),
        200
    );
    let browser = app.new_client();
    let before: i64 = app
        .with_db(|c| outbox::table.count().get_result(c).expect("count"))
        .await;
    let unknown = post_as(
        &app,
        &browser,
        "/signin/forgot",
        "/signin/forgot",
        &[("email", "nobody@nowhere.example")],
    )
    .await;
    assert_eq!(location(&unknown), "/signin/forgot/sent");
    assert_eq!(
        app.with_db(|c| outbox::table.count().get_result::<i64>(c).expect("count"))
            .await,
        before,
        "nothing sent to unknown addresses"
    );
    let known = post_as(
        &app,
        &browser,
        "/signin/forgot",
        "/signin/forgot",
        &[("email", EMAIL)],
    )
    .await;
    assert_eq!(location(&known), "/signin/forgot/sent", "the same answer");

    let link = app
        .with_db(|c| mailed_link(c, EMAIL, "password_reset", "http"))
        .await;
    let path = path_of(&link);
    let (status, _) = html_of(browser.get(app.url(&path)).send().await.expect("open")).await;
    assert_eq!(status, 200);
    let short = post_as(&app, &browser, &path, &path, &[("password", "short")]).await;
    assert_eq!(
        short.status().as_u16(),
        422,
        "a short password is refused and the link stays usable"
    );
    let res = post_as(
        &app,
        &browser,
        &path,
        &path,
        &[("password", "a brand new passphrase")],
    )
    .await;
    assert_eq!(location(&res), "/supplier");
    let (status, _) = app.get_html("/supplier").await;
    assert_eq!(status, 303, "the other session ended with the reset");
    assert_eq!(
        app.new_client()
            .get(&feed)
            .send()
            .await
            .expect("feed")
            .status()
            .as_u16(),
        404,
        "the calendar address ended too"
    );
    let (status, _) = html_of(
        browser
            .get(app.url("/supplier"))
            .send()
            .await
            .expect("home"),
    )
    .await;
    assert_eq!(status, 200, "the browser that reset it is signed in");

    let fresh = app.new_client();
    let old = post_as(
        &app,
        &fresh,
        "/signin/supplier",
        "/signin/supplier",
        &[("email", EMAIL), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(
        old.status().as_u16(),
        401,
        "the old password no longer works"
    );
    let new = post_as(
        &app,
        &fresh,
        "/signin/supplier",
        "/signin/supplier",
        &[("email", EMAIL), ("password", "a brand new passphrase")],
    )
    .await;
    assert_eq!(location(&new), "/supplier");
    let reused = post_as(
        &app,
        &app.new_client(),
        "/signin/supplier",
        &path,
        &[("password", "yet another passphrase")],
    )
    .await;
    assert_eq!(reused.status().as_u16(), 410, "the link works once");
}
on_both_databases!(a_forgotten_password_is_reset_with_an_emailed_link);

async fn a_supplier_edits_its_profile_and_previews_it_as_buyers_see_it(app: TestApp) {
    app.with_db(seed).await;
    register_and_verify(&app).await;
    let (status, html) = app.get_html("/supplier/profile").await;
    assert_eq!(status, 200);
    assert_eq!(input_value(&html, "company_name_ko"), "㈜한빛워터텍");
    assert_eq!(input_value(&html, "target_markets"), "KE, PE");

    let edited = with(&[
        ("pitch", Some("Membrane plants for towns of 5,000 people.")),
        ("company_name_ko", Some("㈜한빛워터텍 글로벌")),
        ("product_name_1", Some("자외선 살균기 (UV steriliser)")),
        ("email", None),
        ("password", None),
    ]);
    let borrowed: Vec<(&str, &str)> = edited.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app
        .post_form("/supplier/profile", "/supplier/profile", &borrowed)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier/profile/preview");
    let (_, html) = app.get_html("/supplier/profile/preview").await;
    // The preview is the buyers' own supplier page, fed this supplier's data.
    let page = select_text(&html, "#public-profile").join(" ");
    assert!(
        page.contains("Membrane plants for towns of 5,000 people."),
        "{page}"
    );
    // The preview page has its own h1; the company name heads the buyers' page inside it.
    assert_eq!(
        select_text(&html, "#public-profile .page-head h2"),
        vec!["Hanbit Watertech Co., Ltd. ㈜한빛워터텍 글로벌".to_owned()]
    );
    assert_eq!(
        select_text(&html, "#public-profile table.data tbody tr").len(),
        2,
        "both products"
    );
    assert!(page.contains("Peru") && page.contains("Kenya"), "{page}");
    assert!(
        !select_text(&html, "#public-profile #booking-closed").is_empty(),
        "booking is only described"
    );
    assert!(
        page.contains("founded 2009")
            && !select_text(&html, "#public-profile #catalogue-link").is_empty(),
        "size, year and catalogue reach buyers"
    );
    let pictures = scraper::Selector::parse("#public-profile img.product-image").expect("selector");
    assert_eq!(
        html.select(&pictures)
            .filter_map(|i| i.value().attr("src"))
            .collect::<Vec<_>>(),
        ["https://hanbit-watertech.example/unit.jpg"]
    );

    let bad = with(&[("phone", Some("abc")), ("email", None), ("password", None)]);
    let borrowed: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, html) = html_of(
        app.post_form("/supplier/profile", "/supplier/profile", &borrowed)
            .await,
    )
    .await;
    assert_eq!(status, 422);
    assert!(!select_text(&html, "#phone-error").is_empty());
    let phone: String = app
        .with_db(|c| {
            suppliers::table
                .filter(suppliers::email.eq(EMAIL))
                .select(suppliers::phone)
                .first(c)
                .expect("phone")
        })
        .await;
    assert_eq!(phone, "+82 31-123-4567", "nothing changed");
}
on_both_databases!(a_supplier_edits_its_profile_and_previews_it_as_buyers_see_it);
