//! An expo's staff (issue 25): owners invite people by email, the invited sign in by
//! the link and reach only their expo as far as their role allows; co-host staff
//! change only the suppliers their agency brought.

use diesel::prelude::*;
use expomatch::db::schema::{audit_log, expo_staff, meetings, organizers, outbox, suppliers};
use expomatch::domain::status::StaffRole;
use expomatch::domain::{EmailAddress, ExpoId, OrganizerId, PersonName, Role};
use expomatch::store::{self, staff::NewMember};

use crate::helpers::*;
use crate::on_both_databases;

/// The demo, its expo and its site administrator.
async fn demo(app: &TestApp) -> (ExpoId, OrganizerId) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        let admin: i32 = organizers::table
            .select(organizers::id)
            .order(organizers::id)
            .first(c)
            .expect("admin");
        let expo: i32 = expomatch::db::schema::expos::table
            .select(expomatch::db::schema::expos::id)
            .order(expomatch::db::schema::expos::id)
            .first(c)
            .expect("expo");
        (ExpoId(expo), OrganizerId(admin))
    })
    .await
}

/// Adds a staff member straight into the store; their account id.
async fn add_staff(
    app: &TestApp,
    expo: ExpoId,
    admin: OrganizerId,
    email: &'static str,
    role: StaffRole,
    agency: Option<&'static str>,
) -> i32 {
    app.with_db(move |c| {
        store::staff::add(
            c,
            expo,
            admin,
            &NewMember {
                email: &EmailAddress::parse(email).expect("email"),
                name: &PersonName::parse("name", "Staff Member").expect("name"),
                role,
                agency,
            },
            store::now(),
        )
        .expect("added")
        .0
        .0
    })
    .await
}

async fn csrf_of(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let page = client
        .get(app.url(path))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    csrf_in(&scraper::Html::parse_document(&page))
}

async fn status(client: &reqwest::Client, app: &TestApp, path: &str) -> u16 {
    client
        .get(app.url(path))
        .send()
        .await
        .expect("GET")
        .status()
        .as_u16()
}

async fn post(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .expect("POST")
}

async fn an_owner_invites_staff_who_reach_only_what_their_role_allows(app: TestApp) {
    let (expo, admin) = demo(&app).await;
    let other = app
        .with_db(move |c| open_expo(c, "Another Expo", "BEXCO, Busan"))
        .await;
    let owner = app.signed_in_as(Role::Organizer, admin.0).await;
    let page = format!("/organizer/expos/{}/staff", expo.0);
    // The demo's own staff (a co-host and a check-in volunteer).
    let before: i64 = app
        .with_db(|c| expo_staff::table.count().get_result(c).expect("count"))
        .await;
    let token = csrf_of(&app, &owner, &page).await;

    // Wrong input changes nothing.
    for (case, fields) in [
        (
            "unknown role",
            vec![
                ("role", "boss"),
                ("email", "v@kotra.example"),
                ("name", "Vee"),
            ],
        ),
        (
            "co-host without agency",
            vec![
                ("role", "cohost"),
                ("email", "v@kotra.example"),
                ("name", "Vee"),
            ],
        ),
        (
            "bad email",
            vec![
                ("role", "viewer"),
                ("email", "not-an-email"),
                ("name", "Vee"),
            ],
        ),
        (
            "no name",
            vec![
                ("role", "viewer"),
                ("email", "v@kotra.example"),
                ("name", ""),
            ],
        ),
    ] {
        let mut fields = fields.clone();
        fields.push(("csrf_token", token.as_str()));
        let res = post(&owner, &app, &page, &fields).await;
        assert_eq!(res.status().as_u16(), 422, "{case}: shown again");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert!(
            !select_text(&html, "#invite-error").join(" ").is_empty(),
            "{case}: what is wrong is said"
        );
        let kept = html
            .select(&scraper::Selector::parse("#s-name").expect("sel"))
            .next()
            .and_then(|e| e.value().attr("value").map(str::to_owned))
            .unwrap_or_default();
        let typed = fields
            .iter()
            .find(|(k, _)| *k == "name")
            .map_or("", |(_, v)| *v);
        assert_eq!(kept, typed, "{case}: the name as typed");
    }
    let rows: i64 = app
        .with_db(|c| expo_staff::table.count().get_result(c).expect("count"))
        .await;
    assert_eq!(rows, before, "nothing was added by wrong input");

    // A viewer is invited: an account, a staff row, an audit entry, an email.
    let res = post(
        &owner,
        &app,
        &page,
        &[
            ("csrf_token", token.as_str()),
            ("name", "Park Viewer"),
            ("email", "viewer@kotra.example"),
            ("role", "viewer"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let (link, audited) = app
        .with_db(|c| {
            let body: String = outbox::table
                .filter(outbox::kind.eq("staff_invitation"))
                .filter(outbox::to_address.eq("viewer@kotra.example"))
                .select(outbox::body_text)
                .first(c)
                .expect("the invitation");
            let audited: i64 = audit_log::table
                .filter(audit_log::action.eq("staff.add"))
                .filter(audit_log::detail.like("viewer@kotra.example%"))
                .count()
                .get_result(c)
                .expect("audit");
            let link = body
                .split_whitespace()
                .find(|w| w.contains("/auth/link/"))
                .expect("a sign-in link")
                .to_owned();
            (link, audited)
        })
        .await;
    assert_eq!(audited, 1, "the invitation is audited");
    // Inviting the same person again, or the site administrator, is refused.
    let admin_email: String = app
        .with_db(move |c| {
            organizers::table
                .find(admin.0)
                .select(organizers::email)
                .first(c)
                .expect("admin email")
        })
        .await;
    for email in ["viewer@kotra.example", admin_email.as_str()] {
        let _ = post(
            &owner,
            &app,
            &page,
            &[
                ("csrf_token", token.as_str()),
                ("name", "Again"),
                ("email", email),
                ("role", "viewer"),
            ],
        )
        .await;
    }
    let rows: i64 = app
        .with_db(|c| expo_staff::table.count().get_result(c).expect("count"))
        .await;
    assert_eq!(rows, before + 1, "no second row for the same person");

    // The viewer signs in by the link and reaches the expo's reports only.
    let viewer = app.new_client();
    let path = link
        .split_once("/auth/link/")
        .map(|(_, t)| format!("/auth/link/{t}"))
        .expect("path");
    let signed = use_link(&viewer, &app.url(&path)).await;
    assert_eq!(signed.status().as_u16(), 303, "the link signs in");
    let home = viewer
        .get(app.url("/organizer"))
        .send()
        .await
        .expect("home")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&home);
    let listed = select_text(&html, "article.card h2").join(" | ");
    assert!(
        !listed.contains("Another Expo"),
        "only their expo: {listed}"
    );
    assert!(
        select_text(&html, "#new-expo").is_empty(),
        "no new expo for staff"
    );
    let nav = select_text(&html, "nav a").join(" ");
    assert!(
        !nav.contains("Audit log") && !nav.contains("Email"),
        "menu: {nav}"
    );
    let e = expo.0;
    for (path, expected) in [
        (format!("/organizer/expos/{e}"), 200),
        (format!("/organizer/expos/{e}/report"), 200),
        (format!("/organizer/expos/{e}/grid"), 403),
        (format!("/organizer/expos/{e}/staff"), 403),
        (format!("/organizer/expos/{e}/checkin"), 403),
        (format!("/organizer/expos/{}", other.0), 404),
        ("/organizer/email".to_owned(), 403),
        ("/organizer/audit".to_owned(), 403),
        ("/organizer/status".to_owned(), 403),
        // The router reads percent-encoded letters as letters; so does the check.
        ("/organizer/%65mail".to_owned(), 403),
        ("/organizer/st%61tus".to_owned(), 403),
        (format!("/organizer/expos/{e}/gr%69d"), 403),
        (format!("/organizer/%65xpos/{}", other.0), 404),
    ] {
        assert_eq!(
            status(&viewer, &app, &path).await,
            expected,
            "viewer GET {path}"
        );
    }
    let viewer_token = csrf_of(&app, &viewer, "/organizer").await;
    let sneaky = post(
        &viewer,
        &app,
        &format!("/organizer/expos/{e}/st%61ff"),
        &[
            ("csrf_token", viewer_token.as_str()),
            ("name", "Me Again"),
            ("email", "viewer2@kotra.example"),
            ("role", "owner"),
        ],
    )
    .await;
    assert_eq!(
        sneaky.status().as_u16(),
        403,
        "an encoded path is judged too"
    );
    let rows: i64 = app
        .with_db(|c| expo_staff::table.count().get_result(c).expect("count"))
        .await;
    assert_eq!(rows, before + 1, "the viewer made nobody an owner");

    // The owner makes them on-site staff: the desk opens, the report closes.
    let member: i32 = app
        .with_db(|c| {
            expo_staff::table
                .inner_join(organizers::table)
                .filter(organizers::email.eq("viewer@kotra.example"))
                .select(expo_staff::id)
                .first(c)
                .expect("member")
        })
        .await;
    let res = post(
        &owner,
        &app,
        &format!("{page}/{member}"),
        &[("csrf_token", token.as_str()), ("role", "onsite")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        status(&viewer, &app, &format!("/organizer/expos/{e}/checkin")).await,
        200
    );
    assert_eq!(
        status(&viewer, &app, &format!("/organizer/expos/{e}/board")).await,
        200
    );
    assert_eq!(
        status(&viewer, &app, &format!("/organizer/expos/{e}/report")).await,
        403
    );

    // Removed: their sign-in ends at once.
    let res = post(
        &owner,
        &app,
        &format!("{page}/{member}/remove"),
        &[("csrf_token", token.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let after = viewer
        .get(app.url(&format!("/organizer/expos/{e}/checkin")))
        .send()
        .await
        .expect("GET");
    assert_eq!(after.status().as_u16(), 303, "sent to sign in again");
    assert!(
        location(&after).starts_with("/signin"),
        "{}",
        location(&after)
    );
    let actions: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.like("staff.%"))
                .filter(audit_log::detail.not_like("%@expomatch.example%"))
                .order(audit_log::id)
                .select(audit_log::action)
                .load(c)
                .expect("audit")
        })
        .await;
    assert_eq!(actions, ["staff.add", "staff.change", "staff.remove"]);
}
on_both_databases!(an_owner_invites_staff_who_reach_only_what_their_role_allows);

async fn a_cohost_approves_its_own_supplier_and_cannot_change_another_agencys(app: TestApp) {
    let (expo, admin) = demo(&app).await;
    let a = add_staff(
        &app,
        expo,
        admin,
        "a@gbsa.example",
        StaffRole::Cohost,
        Some("Agency A"),
    )
    .await;
    let _b = add_staff(
        &app,
        expo,
        admin,
        "b@busan.example",
        StaffRole::Cohost,
        Some("Agency B"),
    )
    .await;
    // Two registrations wait; a supplier with a meeting belongs to Agency B.
    let (waiting, theirs, their_meeting) = app
        .with_db(move |c| {
            let approved: Vec<i32> = suppliers::table
                .filter(suppliers::expo_id.eq(expo.0))
                .filter(suppliers::status.eq("approved"))
                .order(suppliers::id)
                .select(suppliers::id)
                .load(c)
                .expect("approved");
            let waiting = &approved[approved.len() - 2..];
            diesel::update(suppliers::table.filter(suppliers::id.eq_any(waiting)))
                .set(suppliers::status.eq("pending"))
                .execute(c)
                .expect("make two wait");
            let (meeting, supplier): (i32, i32) = meetings::table
                .filter(meetings::status.eq("booked"))
                .select((meetings::id, meetings::supplier_id))
                .first(c)
                .expect("a meeting");
            let b: i32 = expomatch::db::schema::expo_cohosts::table
                .filter(expomatch::db::schema::expo_cohosts::name.eq("Agency B"))
                .select(expomatch::db::schema::expo_cohosts::id)
                .first(c)
                .expect("agency B");
            store::staff::tag_supplier(c, expomatch::domain::SupplierId(supplier), b).expect("tag");
            (waiting.to_vec(), supplier, meeting)
        })
        .await;
    let cohost = app.signed_in_as(Role::Organizer, a).await;
    let token = csrf_of(&app, &cohost, "/organizer/suppliers").await;

    // The waiting ones have buttons; Agency B's supplier (approved) has none.
    let list = cohost
        .get(app.url("/organizer/suppliers?status=approved"))
        .send()
        .await
        .expect("list")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&list);
    let theirs_card = select_text(&html, &format!("#supplier-{theirs}")).join(" ");
    assert!(theirs_card.contains("Agency B"), "tagged: {theirs_card}");
    assert!(
        html.select(&scraper::Selector::parse(&format!("#supplier-{theirs} form")).expect("sel"))
            .next()
            .is_none(),
        "no decision buttons on another agency's supplier"
    );

    // Approving a waiting one claims it for Agency A.
    let res = post(
        &cohost,
        &app,
        &format!("/organizer/suppliers/{}/decide", waiting[0]),
        &[("csrf_token", token.as_str()), ("decision", "approve")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let first = waiting[0];
    let (status_now, agency): (String, Option<String>) = app
        .with_db(move |c| {
            suppliers::table
                .left_join(expomatch::db::schema::expo_cohosts::table)
                .filter(suppliers::id.eq(first))
                .select((
                    suppliers::status,
                    expomatch::db::schema::expo_cohosts::name.nullable(),
                ))
                .first(c)
                .expect("supplier")
        })
        .await;
    assert_eq!(
        (status_now.as_str(), agency.as_deref()),
        ("approved", Some("Agency A"))
    );

    // A waiting registration no agency has claimed: a co-host may approve it, not
    // reject it.
    let res = post(
        &cohost,
        &app,
        &format!("/organizer/suppliers/{}/decide", waiting[1]),
        &[
            ("csrf_token", token.as_str()),
            ("decision", "reject"),
            ("reason", "not ours"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 403, "no rejecting an unclaimed one");
    let second = waiting[1];
    let still: String = app
        .with_db(move |c| {
            suppliers::table
                .find(second)
                .select(suppliers::status)
                .first(c)
                .expect("status")
        })
        .await;
    assert_eq!(still, "pending");

    // Another agency's supplier and meeting: refused, unchanged.
    let res = post(
        &cohost,
        &app,
        &format!("/organizer/suppliers/{theirs}/decide"),
        &[
            ("csrf_token", token.as_str()),
            ("decision", "reject"),
            ("reason", "not ours"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 403);
    let res = post(
        &cohost,
        &app,
        &format!("/organizer/meetings/{their_meeting}/cancel"),
        &[("csrf_token", token.as_str()), ("reason", "not ours")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 403);
    let (s, m): (String, String) = app
        .with_db(move |c| {
            (
                suppliers::table
                    .find(theirs)
                    .select(suppliers::status)
                    .first(c)
                    .expect("s"),
                meetings::table
                    .find(their_meeting)
                    .select(meetings::status)
                    .first(c)
                    .expect("m"),
            )
        })
        .await;
    assert_eq!(
        (s.as_str(), m.as_str()),
        ("approved", "booked"),
        "nothing changed"
    );

    // The whole expo is readable; its setup is not theirs to change.
    let e = expo.0;
    assert_eq!(
        status(
            &cohost,
            &app,
            &format!("/organizer/meetings/{their_meeting}")
        )
        .await,
        200
    );
    assert_eq!(
        status(&cohost, &app, &format!("/organizer/expos/{e}/grid")).await,
        200
    );
    let res = post(
        &cohost,
        &app,
        &format!("/organizer/expos/{e}/tables"),
        &[("csrf_token", token.as_str()), ("label", "T99")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 403);
    assert_eq!(
        status(&cohost, &app, &format!("/organizer/expos/{e}/staff")).await,
        403
    );
}
on_both_databases!(a_cohost_approves_its_own_supplier_and_cannot_change_another_agencys);

/// An owner of one expo names another expo's table, buyer, supplier or day under its
/// own expo's path: "not found", and nothing changes.
async fn an_owner_cannot_reach_another_expos_things_through_its_own(app: TestApp) {
    let (demo_expo, admin) = demo(&app).await;
    let (mine, table, buyer, supplier, day) = app
        .with_db(move |c| {
            use expomatch::db::schema::{buyers, consultation_days, consultation_tables};
            let mine = open_expo(c, "My Own Expo", "BEXCO, Busan");
            let table: i32 = consultation_tables::table
                .filter(consultation_tables::expo_id.eq(demo_expo.0))
                .select(consultation_tables::id)
                .first(c)
                .expect("table");
            let buyer: i32 = buyers::table
                .filter(buyers::expo_id.eq(demo_expo.0))
                .select(buyers::id)
                .first(c)
                .expect("buyer");
            let supplier: i32 = suppliers::table
                .filter(suppliers::expo_id.eq(demo_expo.0))
                .select(suppliers::id)
                .first(c)
                .expect("supplier");
            let day: i32 = consultation_days::table
                .filter(consultation_days::expo_id.eq(demo_expo.0))
                .select(consultation_days::id)
                .first(c)
                .expect("day");
            (mine, table, buyer, supplier, day)
        })
        .await;
    let owner = add_staff(
        &app,
        mine,
        admin,
        "owner@busan.example",
        StaffRole::Owner,
        None,
    )
    .await;
    let client = app.signed_in_as(Role::Organizer, owner).await;
    let m = mine.0;
    assert_eq!(
        status(&client, &app, &format!("/organizer/expos/{m}")).await,
        200
    );
    for path in [
        format!("/organizer/expos/{m}/tables/{table}/agenda"),
        format!("/organizer/expos/{m}/buyers/{buyer}"),
        format!("/organizer/expos/{m}/suppliers/{supplier}"),
        format!("/organizer/expos/{m}/days/{day}"),
        format!("/organizer/expos/{}", demo_expo.0),
    ] {
        assert_eq!(status(&client, &app, &path).await, 404, "GET {path}");
    }
    let token = csrf_of(&app, &client, &format!("/organizer/expos/{m}")).await;
    for path in [
        format!("/organizer/expos/{m}/tables/{table}/remove"),
        format!("/organizer/expos/{m}/days/{day}/remove"),
        format!("/organizer/expos/{m}/buyers/{buyer}/invite"),
    ] {
        let res = post(&client, &app, &path, &[("csrf_token", token.as_str())]).await;
        assert_eq!(res.status().as_u16(), 404, "POST {path}");
    }
    let (tables, invites): (i64, i64) = app
        .with_db(move |c| {
            use expomatch::db::schema::consultation_tables;
            (
                consultation_tables::table
                    .filter(consultation_tables::id.eq(table))
                    .count()
                    .get_result(c)
                    .expect("table"),
                outbox::table
                    .filter(outbox::kind.eq("invitation"))
                    .count()
                    .get_result(c)
                    .expect("invitations"),
            )
        })
        .await;
    assert_eq!((tables, invites), (1, 0), "nothing changed");
}
on_both_databases!(an_owner_cannot_reach_another_expos_things_through_its_own);
