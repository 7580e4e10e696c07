//! Signing in: passwords, one-time links, CSRF, roles and rate limits.

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{buyers, outbox, sign_in_tokens, suppliers};
use expomatch::domain::token::Purpose;
use expomatch::domain::{EmailAddress, PersonName, Role, password::Password};
use expomatch::store::{self, organizers, tokens};

use crate::helpers::*;
use crate::on_both_databases;
use scraper::Html;

const EMAIL: &str = "jiyeon.park@kotra.example";
const PASSWORD: &str = "a long organizer passphrase";

async fn create_organizer(app: &TestApp) -> i32 {
    app.with_db(|c| {
        organizers::create(
            c,
            &EmailAddress::parse(EMAIL).expect("email"),
            &PersonName::parse("name", "Park Ji-yeon").expect("name"),
            &Password::parse(PASSWORD).expect("password").hash(),
            store::now(),
        )
        .expect("organizer")
        .0
    })
    .await
}

async fn link_for(app: &TestApp, role: Role, id: i32, lifetime: TimeDelta) -> String {
    let token = app
        .with_db(move |c| {
            tokens::issue(c, role, id, Purpose::SignIn, lifetime, store::now()).expect("token")
        })
        .await;
    format!("/auth/link/{}", token.as_str())
}

/// The demo's first buyer and first approved supplier.
async fn seeded_people(app: &TestApp) -> (i32, i32) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let buyer: i32 = buyers::table
            .select(buyers::id)
            .order(buyers::id)
            .first(c)
            .expect("buyer");
        let supplier: i32 = suppliers::table
            .filter(suppliers::status.eq("approved"))
            .select(suppliers::id)
            .order(suppliers::id)
            .first(c)
            .expect("supplier");
        (buyer, supplier)
    })
    .await
}

fn outbox_count(c: &mut expomatch::db::DbConnection) -> i64 {
    outbox::table.count().get_result(c).expect("count")
}

async fn an_organizer_signs_in_with_a_password_and_lands_on_the_expo_list(app: TestApp) {
    create_organizer(&app).await;
    let res = app
        .post_form(
            "/signin",
            "/signin",
            &[
                ("email", "Jiyeon.Park@KOTRA.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/organizer");
    let (status, html) = app.get_html("/organizer").await;
    assert_eq!(status, 200);
    assert_eq!(select_text(&html, "h1"), vec!["Expos".to_owned()]);
    assert_eq!(
        select_text(&html, ".who-name"),
        vec!["Park Ji-yeon".to_owned()]
    );
}
on_both_databases!(an_organizer_signs_in_with_a_password_and_lands_on_the_expo_list);

async fn a_wrong_password_and_an_unknown_email_get_the_same_answer(app: TestApp) {
    create_organizer(&app).await;
    let mut answers = Vec::new();
    for (email, password) in [
        (EMAIL, "wrong password here"),
        ("nobody@kotra.example", PASSWORD),
    ] {
        let res = app
            .post_form(
                "/signin",
                "/signin",
                &[("email", email), ("password", password)],
            )
            .await;
        let status = res.status().as_u16();
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        answers.push((status, select_text(&html, ".flash.error")));
    }
    assert_eq!(answers[0].0, 401);
    assert_eq!(answers[0], answers[1], "no account enumeration");
    let (status, _) = app.get_html("/organizer").await;
    assert_eq!(status, 303, "still signed out");
}
on_both_databases!(a_wrong_password_and_an_unknown_email_get_the_same_answer);

async fn sign_in_redirects_back_to_the_page_asked_for_but_never_off_site(app: TestApp) {
    create_organizer(&app).await;
    let res = app.get("/organizer").await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/signin?next=%2Forganizer");
    let res = app
        .post_form(
            "/signin",
            "/signin",
            &[
                ("email", EMAIL),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/organizer");
}
on_both_databases!(sign_in_redirects_back_to_the_page_asked_for_but_never_off_site);

async fn a_post_without_a_valid_csrf_token_is_refused_and_changes_nothing(app: TestApp) {
    let (buyer, _) = seeded_people(&app).await;
    let email: String = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select(buyers::email)
                .first(c)
                .expect("email")
        })
        .await;
    let before = app.with_db(outbox_count).await;
    app.get("/signin/link").await; // a session with a token exists
    for (case, fields) in [
        ("missing", vec![("email", email.as_str())]),
        (
            "wrong",
            vec![("email", email.as_str()), ("csrf_token", "forged")],
        ),
        ("empty", vec![("email", email.as_str()), ("csrf_token", "")]),
    ] {
        let res = app.post_form_raw("/signin/link", &fields).await;
        assert_eq!(res.status().as_u16(), 403, "case {case}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, ".error-page h1"),
            vec!["Please try again".to_owned()],
            "case {case}"
        );
    }
    // A token from another browser's session does not work either.
    let other = app.new_client();
    let foreign = {
        let body = other
            .get(app.url("/signin/link"))
            .send()
            .await
            .expect("get")
            .text()
            .await
            .expect("body");
        let html = scraper::Html::parse_document(&body);
        let sel = scraper::Selector::parse("input[name=csrf_token]").expect("sel");
        html.select(&sel)
            .next()
            .and_then(|e| e.value().attr("value"))
            .expect("token")
            .to_owned()
    };
    let res = app
        .post_form_raw(
            "/signin/link",
            &[("email", &email), ("csrf_token", &foreign)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 403, "case foreign token");
    assert_eq!(
        app.with_db(outbox_count).await,
        before,
        "nothing was queued"
    );
    let res = app
        .client
        .post(app.url("/signout"))
        .send()
        .await
        .expect("post");
    assert_eq!(res.status().as_u16(), 403, "sign-out needs the token too");
}
on_both_databases!(a_post_without_a_valid_csrf_token_is_refused_and_changes_nothing);

async fn each_role_signs_in_once_with_a_link_and_lands_on_its_home_page(app: TestApp) {
    let organizer = create_organizer(&app).await;
    let (buyer, supplier) = seeded_people(&app).await;
    for (role, id, home, heading) in [
        (Role::Organizer, organizer, "/organizer", "Expos"),
        (Role::Supplier, supplier, "/supplier", "My agenda"),
        (Role::Buyer, buyer, "/buyer", "My meetings"),
    ] {
        let client = app.new_client();
        let link = link_for(&app, role, id, TimeDelta::minutes(30)).await;
        // Opening the link only shows whom it signs in; it stays usable.
        let page = client.get(app.url(&link)).send().await.expect("open");
        assert_eq!(page.status().as_u16(), 200, "case {role}");
        let html = scraper::Html::parse_document(&page.text().await.expect("body"));
        assert!(
            select_text(&html, "h1")[0].starts_with("Sign in as "),
            "case {role}"
        );
        let res = use_link(&client, &app.url(&link)).await;
        assert_eq!(res.status().as_u16(), 303, "case {role}");
        assert_eq!(location(&res), home, "case {role}");
        let body = client
            .get(app.url(home))
            .send()
            .await
            .expect("home")
            .text()
            .await
            .expect("body");
        let html = scraper::Html::parse_document(&body);
        let headings = select_text(&html, "h1, h2");
        assert!(
            headings.iter().any(|h| h == heading),
            "case {role}: {headings:?}"
        );
        // The same link a second time: refused, with the way forward.
        let again = app
            .new_client()
            .get(app.url(&link))
            .send()
            .await
            .expect("again");
        assert_eq!(again.status().as_u16(), 410, "case {role}");
        let html = scraper::Html::parse_document(&again.text().await.expect("body"));
        assert!(
            select_text(&html, ".flash.error")[0].contains("already been used"),
            "case {role}"
        );
        assert_eq!(
            select_text(&html, "form[action='/signin/link'] button").len(),
            1,
            "case {role}"
        );
        // Replaying the POST in the signed-in browser does not work either.
        let body = client
            .get(app.url(home))
            .send()
            .await
            .expect("home")
            .text()
            .await
            .expect("body");
        let html = scraper::Html::parse_document(&body);
        let sel = scraper::Selector::parse("input[name=csrf_token]").expect("sel");
        let token = html
            .select(&sel)
            .next()
            .and_then(|e| e.value().attr("value"))
            .expect("token")
            .to_owned();
        let replay = client
            .post(app.url(&link))
            .form(&[("csrf_token", token)])
            .send()
            .await
            .expect("replay");
        assert_ne!(replay.status().as_u16(), 303, "case {role}");
    }
    let first_seen: Option<chrono::NaiveDateTime> = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select(buyers::first_signed_in_at)
                .first(c)
                .expect("buyer")
        })
        .await;
    assert!(
        first_seen.is_some(),
        "the buyer's first sign-in is recorded"
    );
}
on_both_databases!(each_role_signs_in_once_with_a_link_and_lands_on_its_home_page);

async fn an_expired_or_mangled_link_explains_what_to_do(app: TestApp) {
    let organizer = create_organizer(&app).await;
    let expired = link_for(&app, Role::Organizer, organizer, TimeDelta::minutes(-1)).await;
    let (status, html) = app.get_html(&expired).await;
    assert_eq!(status, 410);
    assert!(select_text(&html, ".flash.error")[0].contains("expired"));
    for bad in [
        "/auth/link/abc",
        "/auth/link/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ] {
        let (status, html) = app.get_html(bad).await;
        assert_eq!(status, 404, "case {bad}");
        assert!(
            select_text(&html, ".flash.error")[0].contains("not valid"),
            "case {bad}"
        );
    }
    let (status, _) = app.get_html("/organizer").await;
    assert_eq!(status, 303, "still signed out");
}
on_both_databases!(an_expired_or_mangled_link_explains_what_to_do);

async fn asking_for_a_link_queues_one_email_and_says_the_same_for_unknown_addresses(app: TestApp) {
    let (buyer, _) = seeded_people(&app).await;
    let email: String = app
        .with_db(move |c| {
            buyers::table
                .find(buyer)
                .select(buyers::email)
                .first(c)
                .expect("email")
        })
        .await;
    let mut pages = Vec::new();
    for address in [email.as_str(), "stranger@nowhere.example"] {
        let res = app
            .post_form("/signin/link", "/signin/link", &[("email", address)])
            .await;
        assert_eq!(res.status().as_u16(), 303, "case {address}");
        assert_eq!(location(&res), "/signin/link/sent");
        let (_, html) = app.get_html("/signin/link/sent").await;
        pages.push(select_text(&html, "h1"));
    }
    assert_eq!(pages[0], pages[1], "no account enumeration");
    let queued = app
        .with_db(move |c| store::outbox::for_address(c, &email).expect("outbox"))
        .await;
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].kind, "sign_in_link");
    assert!(
        queued[0]
            .body_text
            .contains(&format!("{}/auth/link/", app.address)),
        "body: {}",
        queued[0].body_text
    );
    let stranger = app
        .with_db(|c| store::outbox::for_address(c, "stranger@nowhere.example").expect("outbox"))
        .await;
    assert!(stranger.is_empty());
    // The emailed link signs the buyer in.
    let link = queued[0]
        .body_text
        .split_whitespace()
        .find(|w| w.contains("/auth/link/"))
        .expect("link")
        .to_owned();
    let res = use_link(&app.new_client(), &link).await;
    assert_eq!(location(&res), "/buyer");
}
on_both_databases!(asking_for_a_link_queues_one_email_and_says_the_same_for_unknown_addresses);

async fn a_malformed_email_is_shown_next_to_the_field_and_nothing_is_queued(app: TestApp) {
    seeded_people(&app).await;
    let before = app.with_db(outbox_count).await;
    for bad in ["", "not-an-email", "a@b", "name@company"] {
        let res = app
            .post_form("/signin/link", "/signin/link", &[("email", bad)])
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {bad:?}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, ".field.invalid .field-error").len(),
            1,
            "case {bad:?}"
        );
    }
    assert_eq!(app.with_db(outbox_count).await, before);
}
on_both_databases!(a_malformed_email_is_shown_next_to_the_field_and_nothing_is_queued);

async fn only_sign_in_and_invitation_links_sign_anyone_in(app: TestApp) {
    let organizer = create_organizer(&app).await;
    for purpose in [Purpose::VerifyEmail, Purpose::PasswordReset] {
        let token = app
            .with_db(move |c| {
                tokens::issue(
                    c,
                    Role::Organizer,
                    organizer,
                    purpose,
                    TimeDelta::minutes(5),
                    store::now(),
                )
                .expect("token")
            })
            .await;
        let (status, _) = app
            .get_html(&format!("/auth/link/{}", token.as_str()))
            .await;
        assert_eq!(status, 404, "case {purpose:?}");
    }
    let token = app
        .with_db(move |c| {
            tokens::issue(
                c,
                Role::Organizer,
                organizer,
                Purpose::Invitation,
                TimeDelta::minutes(5),
                store::now(),
            )
            .expect("token")
        })
        .await;
    let res = use_link(
        &app.client,
        &app.url(&format!("/auth/link/{}", token.as_str())),
    )
    .await;
    assert_eq!(location(&res), "/organizer");
}
on_both_databases!(only_sign_in_and_invitation_links_sign_anyone_in);

async fn link_tokens_are_stored_only_as_hashes(app: TestApp) {
    let organizer = create_organizer(&app).await;
    let link = link_for(&app, Role::Organizer, organizer, TimeDelta::minutes(5)).await;
    let raw = link.trim_start_matches("/auth/link/").to_owned();
    assert!(raw.len() >= 43, "at least 256 bits, base64url");
    let stored: Vec<String> = app
        .with_db(|c| {
            sign_in_tokens::table
                .select(sign_in_tokens::token_hash)
                .load(c)
                .expect("tokens")
        })
        .await;
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], raw);
    assert_eq!(stored[0].len(), 64);
}
on_both_databases!(link_tokens_are_stored_only_as_hashes);

async fn one_role_cannot_open_another_roles_pages(app: TestApp) {
    let (buyer, _) = seeded_people(&app).await;
    let link = link_for(&app, Role::Buyer, buyer, TimeDelta::minutes(5)).await;
    use_link(&app.client, &app.url(&link)).await;
    for path in ["/organizer", "/supplier"] {
        let (status, html) = app.get_html(path).await;
        assert_eq!(status, 403, "case {path}");
        assert_eq!(
            select_text(&html, ".error-page h1"),
            vec!["Not allowed".to_owned()],
            "case {path}"
        );
        // The page still shows who is signed in, with the buyer's own way back.
        assert_eq!(
            select_text(&html, ".who .role-tag"),
            vec!["Buyer".to_owned()],
            "case {path}"
        );
        assert!(
            select_text(&html, ".nav a").contains(&"My meetings".to_owned()),
            "case {path}"
        );
        assert_eq!(
            select_text(&html, ".who button"),
            vec!["Sign out".to_owned()],
            "case {path}"
        );
        assert_eq!(
            select_text(&html, "a[href='/buyer'].btn"),
            vec!["Go to your home page".to_owned()],
            "case {path}"
        );
    }
    let (status, html) = app.get_html("/no/such/page").await;
    assert_eq!(status, 404);
    assert_eq!(
        select_text(&html, ".who .role-tag"),
        vec!["Buyer".to_owned()],
        "a 404 too"
    );
    let (status, _) = app.get_html("/buyer").await;
    assert_eq!(status, 200);
    // A visitor who is not signed in still gets the visitor's header.
    let res = app
        .new_client()
        .get(app.url("/no/such/page"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 404);
    let html = Html::parse_document(&res.text().await.expect("body"));
    assert_eq!(select_text(&html, ".who a"), vec!["Sign in".to_owned()]);
    assert_eq!(
        select_text(&html, "a[href='/'].btn"),
        vec!["Go to the home page".to_owned()]
    );
}
on_both_databases!(one_role_cannot_open_another_roles_pages);

async fn signing_out_ends_the_session(app: TestApp) {
    create_organizer(&app).await;
    app.post_form(
        "/signin",
        "/signin",
        &[("email", EMAIL), ("password", PASSWORD)],
    )
    .await;
    let res = app.post_form("/organizer", "/signout", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let (status, _) = app.get_html("/organizer").await;
    assert_eq!(status, 303);
}
on_both_databases!(signing_out_ends_the_session);

/// The organizer's sign-in form sent with a wrong password; the answer's status.
async fn wrong_password(app: &TestApp) -> u16 {
    app.post_form(
        "/signin",
        "/signin",
        &[("email", EMAIL), ("password", "wrong password!")],
    )
    .await
    .status()
    .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_postgresql_share_the_sign_in_budget() {
    if postgres_url().is_none() {
        eprintln!("skipped: set TEST_DATABASE_URL to run this test on PostgreSQL");
        return;
    }
    let options = || Options {
        login_attempts_per_minute: 3,
        ..Options::default()
    };
    let app = TestApp::spawn_with(Backend::Postgres, options()).await;
    let other = app.second_instance_with(options()).await;
    create_organizer(&app).await;
    let mut statuses = Vec::new();
    for instance in [&app, &other, &app, &other] {
        statuses.push(wrong_password(instance).await);
    }
    // Each instance saw two attempts; together they used up the budget of three.
    assert_eq!(statuses, vec![401, 401, 401, 429]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_attempts_are_rate_limited_per_address() {
    let app = TestApp::spawn_with(
        Backend::Sqlite,
        Options {
            login_attempts_per_minute: 3,
            ..Options::default()
        },
    )
    .await;
    create_organizer(&app).await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(wrong_password(&app).await);
    }
    assert_eq!(statuses, vec![401, 401, 401, 429]);
    // Even the right password waits now: the limit is per address and per email.
    let res = app
        .post_form(
            "/signin",
            "/signin",
            &[("email", EMAIL), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 429);
    let res = app
        .post_form("/signin/link", "/signin/link", &[("email", EMAIL)])
        .await;
    assert_eq!(res.status().as_u16(), 429, "link requests share the budget");
}

/// A wrong password for `email` from a client behind `forwarded` (its
/// X-Forwarded-For as the proxy passes it on).
async fn wrong_password_via(app: &TestApp, email: &str, forwarded: &str) -> u16 {
    let client = app.new_client();
    let page = client
        .get(app.url("/signin"))
        .header("X-Forwarded-For", forwarded)
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let token = csrf_in(&scraper::Html::parse_document(&page));
    client
        .post(app.url("/signin"))
        .header("X-Forwarded-For", forwarded)
        .form(&[
            ("email", email),
            ("password", "wrong password!"),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .expect("POST")
        .status()
        .as_u16()
}

crate::on_both_backends!(
    behind_a_trusted_proxy_each_client_has_its_own_sign_in_budget_and_cannot_forge_another
);
async fn behind_a_trusted_proxy_each_client_has_its_own_sign_in_budget_and_cannot_forge_another(
    backend: Backend,
) {
    let app = TestApp::spawn_with(
        backend,
        Options {
            login_attempts_per_minute: 3,
            trusted_proxies: "127.0.0.1, ::1",
            ..Options::default()
        },
    )
    .await;
    // The proxy appends the client's address; what the client wrote stays to its left.
    let mut statuses = Vec::new();
    for n in 1..=4 {
        statuses.push(
            wrong_password_via(&app, &format!("a{n}@x.example"), "6.6.6.6, 203.0.113.7").await,
        );
    }
    assert_eq!(statuses, vec![401, 401, 401, 429], "one client's budget");
    assert_eq!(
        wrong_password_via(&app, "b@x.example", "203.0.113.8").await,
        401,
        "another client behind the same proxy is not locked out"
    );
    assert_eq!(
        wrong_password_via(&app, "c@x.example", "203.0.113.8, 203.0.113.7").await,
        429,
        "writing another address in front changes nothing"
    );
}

crate::on_both_backends!(without_a_trusted_proxy_a_forwarded_header_is_not_believed);
async fn without_a_trusted_proxy_a_forwarded_header_is_not_believed(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        Options {
            login_attempts_per_minute: 3,
            ..Options::default()
        },
    )
    .await;
    let mut statuses = Vec::new();
    for n in 1..=4 {
        // A new forged address each time: the limit still counts the real peer.
        statuses.push(
            wrong_password_via(&app, &format!("a{n}@x.example"), &format!("203.0.113.{n}")).await,
        );
    }
    assert_eq!(statuses, vec![401, 401, 401, 429]);
}
