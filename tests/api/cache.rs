//! The page cache (`web::page_cache`) never shows what is no longer true: a slot
//! someone took, through this instance, another one, or straight in the database, is
//! not offered again; people see their own change on the next page; and a visitor who
//! only reads gets no cookie (a signed-in one, not the same cookie again).

use diesel::prelude::*;
use expomatch::db::schema::{blocked_slots, buyers, meetings};
use expomatch::domain::Role;

use crate::booking::{book, demo, slot_buttons};
use crate::helpers::*;
use crate::on_both_databases;

async fn offered(app: &TestApp, client: &reqwest::Client, supplier: i32) -> Vec<String> {
    let page = client
        .get(app.url(&format!("/buyer/suppliers/{supplier}")))
        .send()
        .await
        .expect("page");
    assert_eq!(page.status().as_u16(), 200);
    slot_buttons(&scraper::Html::parse_document(
        &page.text().await.expect("body"),
    ))
}

/// A demo buyer other than `buyer` with no meeting in `slot`.
async fn free_buyer(app: &TestApp, buyer: i32, slot: i32) -> i32 {
    app.with_db(move |c| {
        let busy: Vec<i32> = meetings::table
            .filter(meetings::slot_id.eq(slot))
            .filter(meetings::status.eq("booked"))
            .select(meetings::buyer_id)
            .load(c)
            .expect("busy");
        buyers::table
            .filter(buyers::id.ne(buyer))
            .filter(buyers::id.ne_all(busy))
            .select(buyers::id)
            .order(buyers::id)
            .first(c)
            .expect("a free buyer")
    })
    .await
}

/// Asks until `slot` is no longer offered: a change from elsewhere reaches the cache
/// within about a millisecond (SQLite's data version is read again after 1 ms; on
/// PostgreSQL it arrives with the database's notice). This waits up to 5 s, so a slow
/// machine does not fail it.
async fn gone(app: &TestApp, client: &reqwest::Client, supplier: i32, slot: &str) -> bool {
    for _ in 0..100 {
        if !offered(app, client, supplier)
            .await
            .iter()
            .any(|s| s == slot)
        {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    false
}

async fn a_slot_booked_through_another_instance_is_not_offered_again(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    // Twice: the second view may come from the cache.
    let first = offered(&app, &app.client, supplier).await;
    assert_eq!(offered(&app, &app.client, supplier).await, first);
    let slot = first.first().expect("a free slot").clone();
    let other = free_buyer(&app, buyer, slot.parse().expect("id")).await;
    let elsewhere = app.second_instance().await;
    let client = elsewhere.new_client();
    elsewhere.sign_in_with(&client, Role::Buyer, other).await;
    // Looking up the other buyer told this instance's cache of a write: view the
    // page again so it is cached as it is now.
    assert_eq!(offered(&app, &app.client, supplier).await, first);
    let res = book(&elsewhere, &client, supplier, &slot).await;
    assert_eq!(res.status().as_u16(), 303, "the other buyer books it");
    assert!(
        gone(&app, &app.client, supplier, &slot).await,
        "slot {slot} is still offered after another instance booked it"
    );
}
on_both_databases!(a_slot_booked_through_another_instance_is_not_offered_again);

async fn a_change_made_straight_in_the_database_shows_on_the_next_page(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let first = offered(&app, &app.client, supplier).await;
    assert_eq!(offered(&app, &app.client, supplier).await, first);
    let slot = first.first().expect("a free slot").clone();
    let id: i32 = slot.parse().expect("id");
    // Not through `with_db`, which tells the cache: only the database's own signal
    // (SQLite's data version, PostgreSQL's notice) can.
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        diesel::insert_into(blocked_slots::table)
            .values((
                blocked_slots::slot_id.eq(id),
                blocked_slots::supplier_id.eq(Some(supplier)),
                blocked_slots::created_at.eq(expomatch::store::now()),
            ))
            .execute(&mut pool.get().expect("conn"))
            .expect("block");
    })
    .await
    .expect("task");
    assert!(
        gone(&app, &app.client, supplier, &slot).await,
        "slot {slot} is still offered after the supplier blocked it"
    );
}
on_both_databases!(a_change_made_straight_in_the_database_shows_on_the_next_page);

async fn a_buyer_sees_its_own_booking_on_the_very_next_page(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let (_, agenda) = app.get_html("/buyer").await;
    let before = select_text(&agenda, "a[href^='/buyer/meetings/']").len();
    let first = offered(&app, &app.client, supplier).await;
    let slot = first.first().expect("a free slot").clone();
    let res = book(&app, &app.client, supplier, &slot).await;
    assert_eq!(res.status().as_u16(), 303);
    // The agenda right after the redirect shows it (with the flash), and again after.
    for _ in 0..2 {
        let (_, agenda) = app.get_html("/buyer").await;
        assert!(
            select_text(&agenda, "a[href^='/buyer/meetings/']").len() > before,
            "the new meeting is on the agenda"
        );
    }
    assert!(!offered(&app, &app.client, supplier).await.contains(&slot));
}
on_both_databases!(a_buyer_sees_its_own_booking_on_the_very_next_page);

async fn a_visitor_who_only_reads_gets_no_cookie(app: TestApp) {
    let res = app
        .new_client()
        .get(app.url("/"))
        .send()
        .await
        .expect("landing");
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.headers().get("set-cookie").is_none(),
        "no cookie for reading"
    );
    // A page with a form does set one: its CSRF token lives in the session.
    let res = app
        .new_client()
        .get(app.url("/signin"))
        .send()
        .await
        .expect("sign-in");
    assert!(
        res.headers().get("set-cookie").is_some(),
        "the sign-in form's session"
    );
}
on_both_databases!(a_visitor_who_only_reads_gets_no_cookie);

async fn a_page_asked_for_by_many_at_once_after_a_change_is_rendered_once(app: TestApp) {
    let (buyer, _) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    app.get("/buyer/suppliers").await;
    app.get("/buyer/suppliers").await;
    app.page_cache().note_write();
    let before = app.page_cache().renders();
    let asks: Vec<_> = (0..24)
        .map(|_| tokio::spawn(app.client.get(app.url("/buyer/suppliers")).send()))
        .collect();
    for ask in asks {
        assert_eq!(
            ask.await.expect("task").expect("GET").status().as_u16(),
            200
        );
    }
    // Once (twice if a minute ended meanwhile): the others waited for that render.
    let renders = app.page_cache().renders() - before;
    assert!((1..=2).contains(&renders), "rendered {renders} times");
}
on_both_databases!(a_page_asked_for_by_many_at_once_after_a_change_is_rendered_once);

async fn a_signed_in_reader_is_not_sent_the_cookie_again(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let supplier_page = format!("/buyer/suppliers/{supplier}");
    // The first visit of a page with forms may add the CSRF token to the session.
    for path in ["/buyer", "/buyer/suppliers", supplier_page.as_str()] {
        app.get(path).await;
    }
    for path in ["/buyer", "/buyer/suppliers", supplier_page.as_str()] {
        let res = app.get(path).await;
        assert_eq!(res.status().as_u16(), 200, "{path}");
        assert!(
            res.headers().get("set-cookie").is_none(),
            "{path} sent the unchanged session cookie again"
        );
    }
}
on_both_databases!(a_signed_in_reader_is_not_sent_the_cookie_again);
async fn a_kept_page_is_served_only_to_the_cookie_it_was_kept_for(app: TestApp) {
    let (buyer, _) = demo(&app).await;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let browser = client_with_cookies(Some(std::sync::Arc::clone(&jar)));
    app.sign_in_with(&browser, Role::Buyer, buyer).await;
    let url = app.url("/buyer/suppliers");
    // The first visit may add the CSRF token to the session (a new cookie).
    for _ in 0..2 {
        let res = browser.get(&url).send().await.expect("directory");
        assert_eq!(res.status().as_u16(), 200);
    }
    let kept = browser.get(&url).send().await.expect("directory");
    let kept = kept.text().await.expect("body");
    let cookie = reqwest::cookie::CookieStore::cookies(&*jar, &url.parse().expect("url"))
        .expect("the session cookie")
        .to_str()
        .expect("ascii")
        .to_owned();
    let bare = client_with_cookies(None);
    let ask = |cookie: Option<String>| {
        let mut req = bare.get(&url);
        if let Some(cookie) = cookie {
            req = req.header("cookie", cookie);
        }
        req.send()
    };

    // The same cookie gets the kept page, byte for byte, without a render (tried
    // again should the database's notice of the sign-in arrive just then).
    let mut from_cache = false;
    for _ in 0..3 {
        let before = app.page_cache().renders();
        let res = ask(Some(cookie.clone())).await.expect("directory");
        assert_eq!(res.status().as_u16(), 200);
        assert_eq!(res.text().await.expect("body"), kept);
        from_cache = app.page_cache().renders() == before;
        if from_cache {
            break;
        }
    }
    assert!(from_cache, "the same cookie is served from the cache");

    // No cookie: sent to sign in, not the kept page.
    let res = ask(None).await.expect("directory");
    assert_eq!(res.status().as_u16(), 303);

    // A cookie written unusually (a space before "=") is still this session's: the
    // page rendered for it is never kept for visitors without one.
    let value = cookie
        .strip_prefix("expomatch=")
        .expect("the session cookie");
    let spaced = bare
        .get(app.url("/"))
        .header("cookie", format!("expomatch ={value}"))
        .send()
        .await
        .expect("landing");
    let html = scraper::Html::parse_document(&spaced.text().await.expect("body"));
    assert_eq!(
        select_text(&html, ".who-name").len(),
        1,
        "read as signed in"
    );
    let anonymous = bare.get(app.url("/")).send().await.expect("landing");
    let html = scraper::Html::parse_document(&anonymous.text().await.expect("body"));
    assert!(select_text(&html, ".who-name").is_empty(), "another's page");

    // The cookie twice: the page is rendered for the session it is read from.
    let before = app.page_cache().renders();
    let res = ask(Some(format!("{cookie}; {cookie}")))
        .await
        .expect("directory");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(app.page_cache().renders(), before + 1, "not from the cache");
}
on_both_databases!(a_kept_page_is_served_only_to_the_cookie_it_was_kept_for);

async fn a_browser_that_has_the_page_gets_304_until_it_changes(app: TestApp) {
    let (buyer, supplier) = demo(&app).await;
    app.sign_in(Role::Buyer, buyer).await;
    let path = format!("/buyer/suppliers/{supplier}");
    let first = app.get(&path).await;
    assert_eq!(first.status().as_u16(), 200);
    let headers = first.headers().clone();
    assert_eq!(
        headers.get("cache-control").and_then(|v| v.to_str().ok()),
        Some("private, no-cache"),
        "never kept by a shared cache, always asked again"
    );
    let tag = headers
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("an ETag")
        .to_owned();
    let again = |tag: String| {
        let url = app.url(&path);
        let client = app.client.clone();
        async move {
            client
                .get(url)
                .header("If-None-Match", tag)
                .send()
                .await
                .expect("page")
        }
    };
    let unchanged = again(tag.clone()).await;
    assert_eq!(unchanged.status().as_u16(), 304);
    assert!(unchanged.text().await.expect("body").is_empty(), "no body");
    assert_eq!(
        again("W/\"0\"".to_owned()).await.status().as_u16(),
        200,
        "another tag"
    );
    // The buyer books one of the slots: the page changes, and so does its tag.
    let slot = offered(&app, &app.client, supplier).await[0].clone();
    assert_eq!(
        book(&app, &app.client, supplier, &slot)
            .await
            .status()
            .as_u16(),
        303
    );
    let changed = again(tag.clone()).await;
    assert_eq!(
        changed.status().as_u16(),
        200,
        "changed since: the whole page"
    );
    assert_ne!(
        changed.headers().get("etag").and_then(|v| v.to_str().ok()),
        Some(tag.as_str())
    );
}
on_both_databases!(a_browser_that_has_the_page_gets_304_until_it_changes);
