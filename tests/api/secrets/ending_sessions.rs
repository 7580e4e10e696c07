//! Sessions end on the server: sign-out, idle and absolute limits, password changes, staff.

use super::*;

async fn a_copied_cookie_stops_working_once_its_owner_signs_out(app: TestApp) {
    use reqwest::cookie::CookieStore as _;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let owner = client_with_cookies(Some(jar.clone()));
    organizer(&app, &owner).await;
    let url: reqwest::Url = app.url("/organizer").parse().expect("url");
    let copied = jar
        .cookies(&url)
        .expect("a session cookie")
        .to_str()
        .expect("ascii")
        .to_owned();
    let thief = client_with_cookies(None);
    let before = thief
        .get(url.clone())
        .header("cookie", &copied)
        .send()
        .await
        .expect("copy");
    assert_eq!(
        before.status().as_u16(),
        200,
        "the copy works while the session lasts"
    );
    let page = owner
        .get(url.clone())
        .send()
        .await
        .expect("home")
        .text()
        .await
        .expect("body");
    let csrf = csrf_in(&Html::parse_document(&page));
    let res = owner
        .post(app.url("/signout"))
        .form(&[("csrf_token", csrf)])
        .send()
        .await
        .expect("sign out");
    assert_eq!(res.status().as_u16(), 303);
    let after = thief
        .get(url)
        .header("cookie", &copied)
        .send()
        .await
        .expect("copy");
    assert_eq!(after.status().as_u16(), 303, "the copy is signed out too");
    let left: i64 = app
        .with_db(|c| sessions::table.count().get_result(c).expect("count"))
        .await;
    assert_eq!(left, 0, "the session row is gone");
}
on_both_databases!(a_copied_cookie_stops_working_once_its_owner_signs_out);

async fn a_session_ends_when_unused_too_long_or_too_old(app: TestApp) {
    for (case, idle_hours, age_days, works) in [
        ("fresh", 1, 1, true),
        ("unused 73 hours", 73, 5, false),
        ("15 days old, used today", 1, 15, false),
    ] {
        let client = app.new_client();
        let buyer = seeded_buyer(&app).await;
        assert_eq!(
            app.sign_in_with(&client, Role::Buyer, buyer).await,
            "/buyer"
        );
        app.with_db(move |c| {
            diesel::update(
                sessions::table
                    .filter(sessions::person_id.eq(buyer))
                    .filter(sessions::role.eq("buyer")),
            )
            .set((
                sessions::last_seen_at.eq(store::now() - TimeDelta::hours(idle_hours)),
                sessions::created_at.eq(store::now() - TimeDelta::days(age_days)),
            ))
            .execute(c)
            .expect("age the session")
        })
        .await;
        let res = client.get(app.url("/buyer")).send().await.expect("agenda");
        assert_eq!(
            res.status().as_u16() != 303,
            works,
            "case {case}: status {}",
            res.status()
        );
    }
}
on_both_databases!(a_session_ends_when_unused_too_long_or_too_old);

async fn an_organizer_ends_every_sign_in_of_a_buyer_and_it_is_in_the_audit_log(app: TestApp) {
    let (buyer, _, expo) = seeded(&app).await;
    let phone = app.new_client();
    let laptop = app.new_client();
    assert_eq!(app.sign_in_with(&phone, Role::Buyer, buyer).await, "/buyer");
    assert_eq!(
        app.sign_in_with(&laptop, Role::Buyer, buyer).await,
        "/buyer"
    );
    organizer(&app, &app.client).await;
    let page = format!("/organizer/expos/{expo}/buyers/{buyer}");
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, "#sign-ins")
            .join(" ")
            .contains("2 devices"),
        "{:?}",
        select_text(&html, "#sign-ins")
    );
    // Another expo's id in the URL is refused and changes nothing.
    let wrong = app
        .post_form(
            &page,
            &format!("/organizer/expos/{}/buyers/{buyer}/sign-out", expo + 100),
            &[],
        )
        .await;
    assert_eq!(wrong.status().as_u16(), 404);
    assert_eq!(
        phone
            .get(app.url("/buyer"))
            .send()
            .await
            .expect("phone")
            .status()
            .as_u16(),
        200
    );
    let res = app.post_form(&page, &format!("{page}/sign-out"), &[]).await;
    assert_eq!(location(&res), page);
    for (case, client) in [("phone", &phone), ("laptop", &laptop)] {
        let res = client.get(app.url("/buyer")).send().await.expect("agenda");
        assert_eq!(res.status().as_u16(), 303, "case {case}: signed out");
    }
    let logged: i64 = app
        .with_db(move |c| {
            audit_log::table
                .filter(audit_log::action.eq("buyer.sign_ins_ended"))
                .filter(audit_log::subject_id.eq(buyer))
                .count()
                .get_result(c)
                .expect("audit")
        })
        .await;
    assert_eq!(logged, 1);
    let (_, html) = app.get_html(&page).await;
    assert!(
        select_text(&html, "#sign-ins")
            .join(" ")
            .contains("Not signed in")
    );
}
on_both_databases!(an_organizer_ends_every_sign_in_of_a_buyer_and_it_is_in_the_audit_log);

pub(super) async fn seeded_buyer(app: &TestApp) -> i32 {
    let existing: Option<i32> = app
        .with_db(|c| {
            buyers::table
                .select(buyers::id)
                .order(buyers::id)
                .first(c)
                .optional()
                .expect("buyers")
        })
        .await;
    match existing {
        Some(id) => id,
        None => seeded(app).await.0,
    }
}

async fn changing_a_password_ends_every_other_sign_in_and_a_wrong_one_changes_nothing(
    app: TestApp,
) {
    let (_, supplier, _) = seeded(&app).await;
    let password = "the old supplier passphrase";
    let hash = expomatch::domain::password::Password::parse(password)
        .expect("pw")
        .hash();
    app.with_db(move |c| {
        diesel::update(suppliers::table.find(supplier))
            .set(suppliers::password_hash.eq(Some(hash)))
            .execute(c)
            .expect("set")
    })
    .await;
    let other = app.new_client();
    assert_eq!(
        app.sign_in_with(&other, Role::Supplier, supplier).await,
        "/supplier"
    );
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let stored = || async {
        app.with_db(move |c| {
            suppliers::table
                .find(supplier)
                .select(suppliers::password_hash)
                .first::<Option<String>>(c)
                .expect("hash")
        })
        .await
    };
    let before = stored().await;
    for (case, current, new, field) in [
        (
            "wrong current password",
            "not my password at all",
            "a brand new passphrase",
            "#current-error",
        ),
        (
            "new password too short",
            password,
            "short",
            "#password-error",
        ),
    ] {
        let res = app
            .post_form(
                "/supplier/password",
                "/supplier/password",
                &[("current", current), ("password", new)],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {case}");
        let html = Html::parse_document(&res.text().await.expect("body"));
        assert!(
            !select_text(&html, field).is_empty(),
            "case {case}: message beside {field}"
        );
        assert_eq!(stored().await, before, "case {case}: nothing changed");
        assert_eq!(
            other
                .get(app.url("/supplier"))
                .send()
                .await
                .expect("other")
                .status()
                .as_u16(),
            200,
            "case {case}: the other sign-in goes on"
        );
    }
    let res = app
        .post_form(
            "/supplier/password",
            "/supplier/password",
            &[
                ("current", password),
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/supplier");
    assert_ne!(stored().await, before);
    assert_eq!(
        app.get("/supplier").await.status().as_u16(),
        200,
        "this sign-in stays"
    );
    assert_eq!(
        other
            .get(app.url("/supplier"))
            .send()
            .await
            .expect("other")
            .status()
            .as_u16(),
        303,
        "the other one ended"
    );
    // A buyer has no password to change.
    let (buyer, _, _) = (seeded_buyer(&app).await, 0, 0);
    let client = app.new_client();
    assert_eq!(
        app.sign_in_with(&client, Role::Buyer, buyer).await,
        "/buyer"
    );
    for page in ["/supplier/password", "/organizer/password"] {
        assert_eq!(
            client
                .get(app.url(page))
                .send()
                .await
                .expect("buyer")
                .status()
                .as_u16(),
            403,
            "{page}"
        );
    }
}
on_both_databases!(changing_a_password_ends_every_other_sign_in_and_a_wrong_one_changes_nothing);

async fn a_sign_out_through_one_instance_ends_the_session_on_every_other(app: TestApp) {
    use reqwest::cookie::CookieStore as _;
    let other = app.second_instance().await;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let owner = client_with_cookies(Some(jar.clone()));
    organizer(&app, &owner).await;
    let url: reqwest::Url = app.url("/organizer").parse().expect("url");
    let cookie = jar
        .cookies(&url)
        .expect("cookie")
        .to_str()
        .expect("ascii")
        .to_owned();
    let elsewhere = client_with_cookies(None);
    // Twice: the second answer may come from what the other instance remembers.
    for _ in 0..2 {
        let res = elsewhere
            .get(other.url("/organizer"))
            .header("cookie", &cookie)
            .send()
            .await
            .expect("other");
        assert_eq!(
            res.status().as_u16(),
            200,
            "the session works on both instances"
        );
    }
    let page = owner
        .get(url)
        .send()
        .await
        .expect("home")
        .text()
        .await
        .expect("body");
    let csrf = csrf_in(&Html::parse_document(&page));
    owner
        .post(app.url("/signout"))
        .form(&[("csrf_token", csrf)])
        .send()
        .await
        .expect("sign out");
    // PostgreSQL's change notice reaches the other instance within milliseconds.
    let mut status = 0;
    for _ in 0..50 {
        status = elsewhere
            .get(other.url("/organizer"))
            .header("cookie", &cookie)
            .send()
            .await
            .expect("other")
            .status()
            .as_u16();
        if status == 303 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(status, 303, "signed out on the other instance too");
}
on_both_databases!(a_sign_out_through_one_instance_ends_the_session_on_every_other);

async fn an_organizer_ends_every_sign_in_of_another_organizer_and_their_own_other_ones(
    app: TestApp,
) {
    let me = organizer(&app, &app.client).await;
    let colleague = app
        .with_db(|c| {
            organizers::create(
                c,
                &EmailAddress::parse("leaver@kotra.example").expect("email"),
                &PersonName::parse("name", "Leaving Lee").expect("name"),
                &Password::parse("another long passphrase")
                    .expect("pw")
                    .hash(),
                store::now(),
            )
            .expect("organizer")
            .0
        })
        .await;
    let (laptop, phone, my_other) = (app.new_client(), app.new_client(), app.new_client());
    assert_eq!(
        app.sign_in_with(&laptop, Role::Organizer, colleague).await,
        "/organizer"
    );
    assert_eq!(
        app.sign_in_with(&phone, Role::Organizer, colleague).await,
        "/organizer"
    );
    assert_eq!(
        app.sign_in_with(&my_other, Role::Organizer, me).await,
        "/organizer"
    );
    let (_, html) = app.get_html("/organizer/staff").await;
    let rows = select_text(&html, "#staff tbody tr");
    assert!(
        rows.iter()
            .any(|r| r.contains("Leaving Lee") && r.contains("2 devices")),
        "{rows:?}"
    );
    // An unknown organizer is a 404 and ends nothing.
    let res = app
        .post_form(
            "/organizer/staff",
            &format!("/organizer/staff/{}/sign-out", colleague + 100),
            &[],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(
        laptop
            .get(app.url("/organizer"))
            .send()
            .await
            .expect("laptop")
            .status()
            .as_u16(),
        200
    );
    let res = app
        .post_form(
            "/organizer/staff",
            &format!("/organizer/staff/{colleague}/sign-out"),
            &[],
        )
        .await;
    assert_eq!(location(&res), "/organizer/staff");
    for (case, client) in [("laptop", &laptop), ("phone", &phone)] {
        assert_eq!(
            client
                .get(app.url("/organizer"))
                .send()
                .await
                .expect("get")
                .status()
                .as_u16(),
            303,
            "case {case}"
        );
    }
    // One's own: every other sign-in ends, this one stays.
    let res = app
        .post_form(
            "/organizer/staff",
            &format!("/organizer/staff/{me}/sign-out"),
            &[],
        )
        .await;
    assert_eq!(location(&res), "/organizer/staff");
    assert_eq!(
        my_other
            .get(app.url("/organizer"))
            .send()
            .await
            .expect("other")
            .status()
            .as_u16(),
        303,
        "my other sign-in ended"
    );
    assert_eq!(
        app.get("/organizer").await.status().as_u16(),
        200,
        "this one stays"
    );
    let logged: i64 = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.eq("organizer.sign_ins_ended"))
                .count()
                .get_result(c)
                .expect("audit")
        })
        .await;
    assert_eq!(logged, 2);
}
on_both_databases!(an_organizer_ends_every_sign_in_of_another_organizer_and_their_own_other_ones);

async fn signing_in_over_another_sign_in_ends_the_one_before(app: TestApp) {
    let (buyer, supplier, _) = seeded(&app).await;
    assert_eq!(app.sign_in(Role::Buyer, buyer).await, "/buyer");
    assert_eq!(app.sign_in(Role::Supplier, supplier).await, "/supplier");
    let left: Vec<String> = app
        .with_db(|c| {
            sessions::table
                .select(sessions::role)
                .load(c)
                .expect("sessions")
        })
        .await;
    assert_eq!(left, ["supplier"], "only the new sign-in is kept");
}
on_both_databases!(signing_in_over_another_sign_in_ends_the_one_before);
