//! The skeleton every page stands on: health, errors, headers, assets, the landing page.

use crate::helpers::*;
use crate::on_both_databases;

async fn health_check_reports_the_database(app: TestApp) {
    let res = app.get("/healthz").await;
    assert_eq!(res.status().as_u16(), 200);
    let body = res.text().await.expect("body");
    let expected = match app.backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    assert!(
        body.contains(r#""status":"ok""#) && body.contains(expected),
        "body: {body}"
    );
}
on_both_databases!(health_check_reports_the_database);

async fn a_head_request_is_answered_as_its_get_without_the_body(app: TestApp) {
    for path in ["/", "/healthz", "/signin"] {
        let get = app.get(path).await;
        assert_eq!(get.status().as_u16(), 200, "GET {path}");
        let get_len = get.bytes().await.expect("body").len();
        let head = app.client.head(app.url(path)).send().await.expect("HEAD");
        assert_eq!(head.status().as_u16(), 200, "HEAD {path}");
        let length = head
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        assert!(
            head.headers().get("x-frame-options").is_some(),
            "HEAD {path} has the security headers"
        );
        assert!(
            head.bytes().await.expect("body").is_empty(),
            "HEAD {path} has no body"
        );
        if path != "/signin" {
            // The sign-in form's CSRF token is new each time; the others are the same page.
            assert_eq!(
                length,
                Some(get_len.to_string()),
                "HEAD {path} says how long the GET is"
            );
        }
    }
    // Signed out, a buyer's page still sends HEAD to sign in, as it does GET.
    let head = app
        .client
        .head(app.url("/buyer"))
        .send()
        .await
        .expect("HEAD");
    assert_eq!(head.status().as_u16(), 303);
}
on_both_databases!(a_head_request_is_answered_as_its_get_without_the_body);

async fn an_unknown_address_shows_the_404_page(app: TestApp) {
    for path in [
        "/nope",
        "/organizer/expos/999999/unknown",
        "/static/missing.css",
    ] {
        let (status, html) = app.get_html(path).await;
        assert_eq!(status, 404, "case {path}");
        assert_eq!(
            select_text(&html, ".error-page h1"),
            vec!["Page not found".to_owned()],
            "case {path}"
        );
    }
}
on_both_databases!(an_unknown_address_shows_the_404_page);

async fn every_page_carries_security_headers(app: TestApp) {
    let res = app.get("/").await;
    let h = res.headers();
    assert_eq!(
        h.get("x-content-type-options").map(|v| v.as_bytes()),
        Some(&b"nosniff"[..])
    );
    assert_eq!(
        h.get("x-frame-options").map(|v| v.as_bytes()),
        Some(&b"DENY"[..])
    );
    assert_eq!(
        h.get("referrer-policy").map(|v| v.as_bytes()),
        Some(&b"no-referrer"[..])
    );
    let csp = h
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "csp: {csp}"
    );
}
on_both_databases!(every_page_carries_security_headers);

async fn the_session_cookie_is_http_only_and_same_site(app: TestApp) {
    let res = app.get("/signin").await;
    let cookie = res
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(cookie.starts_with("expomatch="), "cookie: {cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "cookie: {cookie}"
    );
}
on_both_databases!(the_session_cookie_is_http_only_and_same_site);

async fn the_stylesheet_is_versioned_and_cached_for_a_year(app: TestApp) {
    let (_, html) = app.get_html("/").await;
    let sel = scraper::Selector::parse("link[rel=stylesheet]").expect("selector");
    let href = html
        .select(&sel)
        .next()
        .and_then(|e| e.value().attr("href"))
        .expect("stylesheet link")
        .to_owned();
    assert!(href.starts_with("/static/app.css?v="), "href: {href}");
    let res = app.get(&href).await;
    assert_eq!(res.status().as_u16(), 200);
    let cache = res
        .headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        cache.contains("max-age=31536000") && cache.contains("immutable"),
        "cache: {cache}"
    );
    assert!(res.text().await.expect("css").contains(".topbar"));
    let stale = app.get("/static/app.css?v=old").await;
    assert_eq!(
        stale.headers().get("cache-control").map(|v| v.as_bytes()),
        Some(&b"no-cache"[..])
    );
}
on_both_databases!(the_stylesheet_is_versioned_and_cached_for_a_year);

async fn the_landing_page_lists_open_expos_with_their_figures(app: TestApp) {
    let (_, html) = app.get_html("/").await;
    assert_eq!(
        select_text(&html, ".empty").len(),
        1,
        "an empty site says so"
    );
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c)
            .map(|_| ())
            .expect("demo seed")
    })
    .await;
    let (status, html) = app.get_html("/").await;
    assert_eq!(status, 200);
    let titles = select_text(&html, ".expo-list h2");
    assert_eq!(
        titles,
        vec!["Korea Public Procurement Export Consultation 2026".to_owned()]
    );
    let stats = select_text(&html, ".expo-list .stat");
    assert!(
        stats.iter().any(|s| s == "40 foreign buyers"),
        "stats: {stats:?}"
    );
    assert!(stats.iter().any(|s| s == "20 tables"), "stats: {stats:?}");
}
on_both_databases!(the_landing_page_lists_open_expos_with_their_figures);
