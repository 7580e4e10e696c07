//! Whose language a page is in: the person's choice, else the visitor's switcher, else the
//! browser's Accept-Language, else English.

use super::*;

/// A buyer of the demo expo who has not chosen a language.
async fn a_buyer(app: &TestApp) -> i32 {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let id: i32 = expomatch::db::schema::buyers::table
            .select(expomatch::db::schema::buyers::id)
            .order(expomatch::db::schema::buyers::id)
            .first(c)
            .expect("a buyer");
        diesel::update(expomatch::db::schema::buyers::table.find(id))
            .set(expomatch::db::schema::buyers::locale.eq(None::<String>))
            .execute(c)
            .expect("no language yet");
        id
    })
    .await
}

async fn get(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    accept: Option<&str>,
) -> (u16, Html) {
    let mut req = client.get(app.url(path));
    if let Some(a) = accept {
        req = req.header("Accept-Language", a);
    }
    let res = req.send().await.expect("GET");
    let status = res.status().as_u16();
    (
        status,
        Html::parse_document(&res.text().await.expect("body")),
    )
}

async fn a_visitor_reads_the_browsers_language_until_they_choose_another(app: TestApp) {
    let client = app.new_client();
    let (_, page) = get(&client, &app, "/signin", None).await;
    assert_eq!(
        lang_dir(&page),
        ("en".into(), "ltr".into()),
        "no Accept-Language: English"
    );

    let (_, page) = get(&client, &app, "/signin", Some("ko-KR,ko;q=0.9,en;q=0.8")).await;
    assert_eq!(lang_dir(&page).0, "ko");
    assert!(
        page.html().contains("로그인"),
        "the Korean page says 로그인"
    );
    let current: Vec<String> = page
        .select(&sel("#languages a[aria-current]"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(
        current,
        ["한국어"],
        "the switcher marks the page's language"
    );

    let (_, page) = get(&client, &app, "/signin", Some("ar-EG,ar;q=0.9")).await;
    assert_eq!(
        lang_dir(&page),
        ("ar".into(), "rtl".into()),
        "Arabic lays out right to left"
    );

    // The switcher is on the page, signed out, with every offered language.
    let links: Vec<String> = page
        .select(&sel("#languages a"))
        .filter_map(|a| a.value().attr("hreflang").map(str::to_owned))
        .collect();
    let offered: Vec<String> = Locale::OFFERED
        .iter()
        .map(|l| l.code().to_owned())
        .collect();
    assert_eq!(links, offered);

    // Choosing Japanese beats the browser's Korean, and comes back to the same page.
    let res = client
        .get(app.url("/language/ja?back=%2Fsignin%3Fnext%3D%252Fbuyer"))
        .header("Accept-Language", "ko")
        .send()
        .await
        .expect("switch");
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/signin?next=%2Fbuyer")
    );
    let (_, page) = get(&client, &app, "/signin", Some("ko")).await;
    assert_eq!(lang_dir(&page).0, "ja");
}

async fn the_switcher_refuses_unknown_languages_and_foreign_return_addresses(app: TestApp) {
    let client = app.new_client();
    for (path, want) in [
        ("/language/xx?back=/", 404),
        ("/language/en-XA?back=/", 404),
        ("/language/", 404),
    ] {
        let res = client.get(app.url(path)).send().await.expect("GET");
        assert_eq!(res.status().as_u16(), want, "{path}");
    }
    for back in [
        "https://evil.example/",
        "//evil.example/",
        "/\t/evil.example",
    ] {
        let url = format!(
            "/language/ko?back={}",
            url::form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>()
        );
        let res = client.get(app.url(&url)).send().await.expect("GET");
        assert_eq!(
            res.headers().get("location").and_then(|v| v.to_str().ok()),
            Some("/"),
            "back={back:?} must not leave the site"
        );
    }
}

async fn a_signed_in_persons_choice_is_stored_and_follows_them_to_a_new_sign_in(app: TestApp) {
    let buyer = a_buyer(&app).await;
    let client = app.signed_in_as(Role::Buyer, buyer).await;
    let res = client
        .get(app.url("/language/vi?back=/buyer"))
        .send()
        .await
        .expect("switch");
    assert_eq!(res.status().as_u16(), 303);
    let stored: Option<String> = app
        .with_db(move |c| {
            expomatch::db::schema::buyers::table
                .find(buyer)
                .select(expomatch::db::schema::buyers::locale)
                .first(c)
                .expect("buyer")
        })
        .await;
    assert_eq!(
        stored.as_deref(),
        Some("vi"),
        "the buyer's record keeps the choice"
    );

    // A fresh browser with Korean preferences: the stored choice wins after sign-in.
    let other = app.new_client();
    app.sign_in_with(&other, Role::Buyer, buyer).await;
    let (_, page) = get(&other, &app, "/buyer", Some("ko")).await;
    assert_eq!(lang_dir(&page).0, "vi");
}

async fn a_person_who_never_chose_keeps_the_language_they_signed_in_with(app: TestApp) {
    let buyer = a_buyer(&app).await;
    let client = app.new_client();
    // The browser asks for Spanish while signing in.
    let link = app.sign_in_link(Role::Buyer, buyer).await;
    let (_, page) = get(&client, &app, &link, Some("es-MX,es")).await;
    let link = app.url(&link);
    let token = page
        .select(&sel("form input[name=csrf_token]"))
        .next()
        .and_then(|e| e.value().attr("value"))
        .expect("the link page has a form")
        .to_owned();
    let res = client
        .post(&link)
        .header("Accept-Language", "es-MX,es")
        .form(&[("csrf_token", token)])
        .send()
        .await
        .expect("continue");
    assert_eq!(res.status().as_u16(), 303);
    let stored: Option<String> = app
        .with_db(move |c| {
            expomatch::db::schema::buyers::table
                .find(buyer)
                .select(expomatch::db::schema::buyers::locale)
                .first(c)
                .expect("buyer")
        })
        .await;
    assert_eq!(stored.as_deref(), Some("es"));
}

on_both_databases!(a_visitor_reads_the_browsers_language_until_they_choose_another);
on_both_databases!(the_switcher_refuses_unknown_languages_and_foreign_return_addresses);
on_both_databases!(a_signed_in_persons_choice_is_stored_and_follows_them_to_a_new_sign_in);
on_both_databases!(a_person_who_never_chose_keeps_the_language_they_signed_in_with);
