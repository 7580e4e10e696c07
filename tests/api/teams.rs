//! Several people per company and staff acting for a company (issue 25): colleagues
//! sign in with their own links, the people chosen for a meeting get its messages and
//! calendar files, removal ends their sessions and upcoming invitations; staff act for
//! a company within their scope, the audit log names both and the company is told.

use diesel::prelude::*;
use expomatch::db::schema::{
    audit_log, expo_staff, meetings, organizers, outbox, sessions, slots, suppliers, team_members,
};
use expomatch::domain::Role;

use crate::helpers::*;
use crate::on_both_databases;

type Mail = (String, String, Option<String>, Option<String>, String);

/// Messages of `kind` about `meeting`: (to, subject, calendar method, ics, body).
async fn mails(app: &TestApp, kind: &'static str, meeting: i32) -> Vec<Mail> {
    app.with_db(move |c| {
        outbox::table
            .filter(outbox::kind.eq(kind))
            .filter(outbox::meeting_id.eq(meeting))
            .order(outbox::id)
            .select((
                outbox::to_address,
                outbox::subject,
                outbox::calendar_method,
                outbox::calendar_ics,
                outbox::body_text,
            ))
            .load(c)
            .expect("outbox")
    })
    .await
}

async fn csrf_of(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    let page = client.get(app.url(path)).send().await.expect("page");
    csrf_in(&scraper::Html::parse_document(
        &page.text().await.expect("body"),
    ))
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

async fn status(client: &reqwest::Client, app: &TestApp, path: &str) -> u16 {
    client
        .get(app.url(path))
        .send()
        .await
        .expect("GET")
        .status()
        .as_u16()
}

/// A supplier of the demo with at least two live meetings still to come, and those
/// meetings; `tagged`: one a co-host agency brought, else one no agency did.
async fn busy_supplier(app: &TestApp, tagged: bool) -> (i32, Vec<i32>) {
    app.with_db(move |c| {
        let now = expomatch::store::now();
        let rows: Vec<(i32, i32, Option<i32>)> = meetings::table
            .inner_join(slots::table)
            .inner_join(suppliers::table)
            .filter(meetings::status.eq("booked"))
            .filter(slots::starts_at.gt(now))
            .order((suppliers::id, slots::starts_at))
            .select((suppliers::id, meetings::id, suppliers::cohost_id))
            .load(c)
            .expect("meetings");
        let with_team: Vec<i32> = team_members::table
            .filter(team_members::side.eq("supplier"))
            .select(team_members::company_id)
            .load(c)
            .expect("teams");
        let mut by: std::collections::BTreeMap<i32, Vec<i32>> = Default::default();
        for (s, m, cohost) in rows {
            if cohost.is_some() == tagged && !with_team.contains(&s) {
                by.entry(s).or_default().push(m);
            }
        }
        by.into_iter()
            .find(|(_, ms)| ms.len() >= 2)
            .expect("a supplier with two meetings to come")
    })
    .await
}

fn link_in(body: &str) -> String {
    let start = body.find("/auth/link/").expect("a sign-in link");
    let end = body[start..]
        .find(|ch: char| ch.is_whitespace() || ch == '"' || ch == '<')
        .map_or(body.len(), |e| start + e);
    body[start..end].to_owned()
}

async fn a_supplier_team_member_attends_the_meetings_chosen_and_can_be_removed(app: TestApp) {
    app.with_db(|c| expomatch::demo::seed_in_transaction(c).expect("seed"))
        .await;
    let (supplier, upcoming) = busy_supplier(&app, false).await;
    let (first, second) = (upcoming[0], upcoming[1]);
    let primary_email: String = app
        .with_db(move |c| {
            suppliers::table
                .find(supplier)
                .select(suppliers::email)
                .first(c)
                .expect("email")
        })
        .await;
    let primary = app.signed_in_as(Role::Supplier, supplier).await;
    assert_eq!(status(&primary, &app, "/supplier/team").await, 200);
    let token = csrf_of(&app, &primary, "/supplier/team").await;

    // Wrong input: shown again with what is wrong, nothing saved.
    for (case, name, email, title) in [
        ("no name", " ", "choi@hanbit.example", ""),
        ("bad email", "Choi Min-ho", "choi-at-hanbit", ""),
        (
            "long title",
            "Choi Min-ho",
            "choi@hanbit.example",
            &"x".repeat(101),
        ),
        (
            "the primary contact",
            "Me Again",
            primary_email.as_str(),
            "",
        ),
    ] {
        let res = post(
            &primary,
            &app,
            "/supplier/team",
            &[
                ("csrf_token", token.as_str()),
                ("name", name),
                ("email", email),
                ("title", title),
            ],
        )
        .await;
        assert_eq!(res.status().as_u16(), 422, "{case}");
        let body = res.text().await.expect("body");
        assert!(
            body.contains("id=\"invite-error\""),
            "{case}: says what is wrong"
        );
        assert!(body.contains(name.trim()), "{case}: keeps the typing");
    }
    let none: i64 = app
        .with_db(|c| team_members::table.count().get_result(c).expect("count"))
        .await;
    assert_eq!(none, 1, "only the demo's own colleague");

    let res = post(
        &primary,
        &app,
        "/supplier/team",
        &[
            ("csrf_token", token.as_str()),
            ("name", "Choi Min-ho"),
            ("email", "choi@hanbit.example"),
            ("title", "Engineer"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let again = post(
        &primary,
        &app,
        "/supplier/team",
        &[
            ("csrf_token", token.as_str()),
            ("name", "Choi Again"),
            ("email", "choi@hanbit.example"),
        ],
    )
    .await;
    assert_eq!(again.status().as_u16(), 422, "on the team already");
    let (member, invitation): (i32, String) = app
        .with_db(|c| {
            let member = team_members::table
                .filter(team_members::email.eq("choi@hanbit.example"))
                .select(team_members::id)
                .first(c)
                .expect("member");
            let body = outbox::table
                .filter(outbox::kind.eq("team_invitation"))
                .filter(outbox::to_address.eq("choi@hanbit.example"))
                .select(outbox::body_text)
                .first(c)
                .expect("invitation");
            (member, body)
        })
        .await;

    // The colleague signs in with their own link and manages the company's agenda,
    // but not the primary contact's own pages.
    let colleague = app.new_client();
    let res = use_link(&colleague, &app.url(&link_in(&invitation))).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier");
    let agenda = colleague
        .get(app.url("/supplier/agenda"))
        .send()
        .await
        .expect("agenda")
        .text()
        .await
        .expect("body");
    assert!(agenda.contains(&format!("id=\"meeting-{first}\"")));
    assert!(
        !agenda.contains("href=\"/supplier/privacy\""),
        "no link to the primary contact's data pages"
    );
    assert_eq!(status(&colleague, &app, "/supplier/password").await, 403);
    assert_eq!(status(&colleague, &app, "/supplier/privacy").await, 403);

    // The colleague attends the first meeting beside the primary contact: only they
    // get the invitation, a REQUEST with the meeting's calendar entry.
    let page = colleague
        .get(app.url(&format!("/supplier/meetings/{first}/attendees")))
        .send()
        .await
        .expect("attendees page")
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("id=\"attendees-meeting\"")
            && page.contains(&format!("id=\"attend-{member}\"")),
        "the page says which meeting and offers the colleague"
    );
    let ctoken = csrf_of(
        &app,
        &colleague,
        &format!("/supplier/meetings/{first}/attendees"),
    )
    .await;
    let member_s = member.to_string();
    let res = post(
        &colleague,
        &app,
        &format!("/supplier/meetings/{first}/attendees"),
        &[
            ("csrf_token", ctoken.as_str()),
            ("contact", "on"),
            ("member", member_s.as_str()),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let joined = mails(&app, "meeting_attendee_added", first).await;
    assert_eq!(joined.len(), 1, "{joined:?}");
    assert_eq!(joined[0].0, "choi@hanbit.example");
    assert_eq!(joined[0].2.as_deref(), Some("REQUEST"));
    assert!(
        joined[0]
            .3
            .as_deref()
            .is_some_and(|ics| ics.contains(&format!("meeting-{first}@"))),
        "the meeting's own calendar entry"
    );

    // Nobody ticked: refused, nothing changes.
    let res = post(
        &colleague,
        &app,
        &format!("/supplier/meetings/{first}/attendees"),
        &[("csrf_token", ctoken.as_str()), ("member", "garbage")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 422);
    // Another company's meeting is not theirs.
    let theirs: i32 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::supplier_id.ne(supplier))
                .select(meetings::id)
                .first(c)
                .expect("another's")
        })
        .await;
    assert_eq!(
        status(
            &colleague,
            &app,
            &format!("/supplier/meetings/{theirs}/attendees")
        )
        .await,
        404
    );

    // The primary contact steps off the first meeting: they get the CANCEL, and
    // when the buyer cancels, only the colleague hears of it on the supplier's side.
    let res = post(
        &primary,
        &app,
        &format!("/supplier/meetings/{first}/attendees"),
        &[
            ("csrf_token", token.as_str()),
            ("member", member_s.as_str()),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let left = mails(&app, "meeting_attendee_removed", first).await;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].0, primary_email);
    assert_eq!(left[0].2.as_deref(), Some("CANCEL"));
    let buyer: i32 = app
        .with_db(move |c| {
            meetings::table
                .find(first)
                .select(meetings::buyer_id)
                .first(c)
                .expect("buyer")
        })
        .await;
    let buyer_client = app.signed_in_as(Role::Buyer, buyer).await;
    let btoken = csrf_of(&app, &buyer_client, "/buyer").await;
    let res = post(
        &buyer_client,
        &app,
        &format!("/buyer/meetings/{first}/cancel"),
        &[("csrf_token", btoken.as_str()), ("reason", "Flight moved")],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let cancelled: Vec<String> = mails(&app, "meeting_cancelled", first)
        .await
        .into_iter()
        .map(|m| m.0)
        .collect();
    assert!(
        cancelled.contains(&"choi@hanbit.example".to_owned()),
        "{cancelled:?}"
    );
    assert!(!cancelled.contains(&primary_email), "{cancelled:?}");

    // Attending the second meeting too, then removed: their sign-in ends and the
    // second meeting leaves their calendar; the meeting itself stands.
    let res = post(
        &primary,
        &app,
        &format!("/supplier/meetings/{second}/attendees"),
        &[
            ("csrf_token", token.as_str()),
            ("contact", "on"),
            ("member", member_s.as_str()),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    // The reminder shortly before the meeting reaches both people attending.
    let reminded: Vec<String> = app
        .with_db(move |c| {
            use expomatch::db::schema::expos;
            let (expo, starts): (i32, chrono::NaiveDateTime) = meetings::table
                .inner_join(slots::table)
                .filter(meetings::id.eq(second))
                .select((meetings::expo_id, slots::starts_at))
                .first(c)
                .expect("second");
            diesel::update(expos::table.find(expo))
                .set(expos::reminder_minutes.eq(15))
                .execute(c)
                .expect("reminders on");
            let ctx = expomatch::mail::MailContext::new(
                "http://127.0.0.1",
                "Expo <expo@kotra.example>".parse().expect("from"),
            );
            let due = starts - chrono::TimeDelta::minutes(15);
            expomatch::mail::reminders::queue_soon_due(c, &ctx, due).expect("reminders");
            outbox::table
                .filter(outbox::kind.eq("meeting_reminder"))
                .select(outbox::to_address)
                .load(c)
                .expect("reminders")
        })
        .await;
    assert!(
        reminded.contains(&"choi@hanbit.example".to_owned()) && reminded.contains(&primary_email),
        "{reminded:?}"
    );
    // Nobody removes themselves.
    let res = post(
        &colleague,
        &app,
        &format!("/supplier/team/{member}/remove"),
        &[("csrf_token", ctoken.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = post(
        &primary,
        &app,
        &format!("/supplier/team/{member}/remove"),
        &[("csrf_token", token.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let out = colleague
        .get(app.url("/supplier"))
        .send()
        .await
        .expect("after removal");
    assert_eq!(out.status().as_u16(), 303, "signed out");
    let left = mails(&app, "meeting_attendee_removed", second).await;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].0, "choi@hanbit.example");
    let (still, actions): (String, Vec<String>) = app
        .with_db(move |c| {
            (
                meetings::table
                    .find(second)
                    .select(meetings::status)
                    .first(c)
                    .expect("second"),
                audit_log::table
                    .filter(audit_log::action.like("team.%"))
                    .select(audit_log::action)
                    .load(c)
                    .expect("audit"),
            )
        })
        .await;
    assert_eq!(still, "booked");
    assert!(
        actions.contains(&"team.add".to_owned()) && actions.contains(&"team.remove".to_owned())
    );
}

async fn a_buyer_brings_a_colleague(app: TestApp) {
    app.with_db(|c| expomatch::demo::seed_in_transaction(c).expect("seed"))
        .await;
    let buyer: i32 = app
        .with_db(|c| {
            meetings::table
                .filter(meetings::status.eq("booked"))
                .select(meetings::buyer_id)
                .first(c)
                .expect("buyer")
        })
        .await;
    let client = app.signed_in_as(Role::Buyer, buyer).await;
    let token = csrf_of(&app, &client, "/buyer/team").await;
    let res = post(
        &client,
        &app,
        "/buyer/team",
        &[
            ("csrf_token", token.as_str()),
            ("name", "Ana Ruiz"),
            ("email", "ana@importadora.example"),
            ("title", "Buyer"),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let member: i32 = app
        .with_db(|c| {
            team_members::table
                .filter(team_members::email.eq("ana@importadora.example"))
                .filter(team_members::side.eq("buyer"))
                .select(team_members::id)
                .first(c)
                .expect("member")
        })
        .await;
    // The sign-in page sends a colleague their own link.
    let res = app
        .post_form(
            "/signin/link",
            "/signin/link",
            &[("email", "ana@importadora.example")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let link: String = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::to_address.eq("ana@importadora.example"))
                .filter(outbox::kind.eq("sign_in_link"))
                .select(outbox::body_text)
                .first(c)
                .expect("link")
        })
        .await;
    let ana = app.new_client();
    let res = use_link(&ana, &app.url(&link_in(&link))).await;
    assert_eq!(location(&res), "/buyer");
    assert_eq!(status(&ana, &app, "/buyer/privacy").await, 403);
    let res = post(
        &client,
        &app,
        &format!("/buyer/team/{member}/remove"),
        &[("csrf_token", token.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    let live: i64 = app
        .with_db(move |c| {
            sessions::table
                .filter(sessions::member_id.eq(member))
                .count()
                .get_result(c)
                .expect("sessions")
        })
        .await;
    assert_eq!(live, 0, "their sessions ended");

    // The buyer's data is deleted: their colleague's name and address go with it.
    let left: (i64, i64, i64) = app
        .with_db(move |c| {
            let forgotten = expomatch::store::privacy::forget(
                c,
                Role::Buyer,
                buyer,
                None,
                "test",
                expomatch::store::now(),
            )
            .expect("forget");
            assert!(forgotten);
            let ana = "ana@importadora.example";
            (
                team_members::table
                    .filter(
                        team_members::email
                            .eq(ana)
                            .or(team_members::name.eq("Ana Ruiz")),
                    )
                    .count()
                    .get_result(c)
                    .expect("members"),
                outbox::table
                    .filter(outbox::to_address.eq(ana))
                    .count()
                    .get_result(c)
                    .expect("outbox"),
                audit_log::table
                    .filter(audit_log::detail.like("%ana@importadora%"))
                    .count()
                    .get_result(c)
                    .expect("audit"),
            )
        })
        .await;
    assert_eq!(left, (0, 0, 0), "nothing names the colleague any more");
}

async fn staff_act_for_a_company_within_their_scope(app: TestApp) {
    app.with_db(|c| expomatch::demo::seed_in_transaction(c).expect("seed"))
        .await;
    let (own, upcoming) = busy_supplier(&app, true).await;
    let (other, _) = busy_supplier(&app, false).await;
    let meeting = upcoming[0];
    let (expo, cohost, admin, buyer): (i32, i32, i32, i32) = app
        .with_db(move |c| {
            let cohost: (i32, i32) = expo_staff::table
                .filter(expo_staff::role.eq("cohost"))
                .select((expo_staff::expo_id, expo_staff::organizer_id))
                .first(c)
                .expect("co-host");
            let admin: i32 = organizers::table
                .filter(organizers::site_admin.eq(true))
                .order(organizers::id)
                .select(organizers::id)
                .first(c)
                .expect("admin");
            let buyer: i32 = meetings::table
                .find(meeting)
                .select(meetings::buyer_id)
                .first(c)
                .expect("buyer");
            (cohost.0, cohost.1, admin, buyer)
        })
        .await;
    let staff = app.signed_in_as(Role::Organizer, cohost).await;
    let token = csrf_of(&app, &staff, "/organizer").await;

    // Outside their scope: another agency's (or nobody's) supplier, and buyers.
    for path in [
        format!("/organizer/expos/{expo}/suppliers/{other}/act"),
        format!("/organizer/expos/{expo}/buyers/{buyer}/act"),
    ] {
        let res = post(&staff, &app, &path, &[("csrf_token", token.as_str())]).await;
        assert_eq!(res.status().as_u16(), 403, "{path}");
    }
    let acting: i64 = app
        .with_db(|c| {
            sessions::table
                .filter(sessions::acting_by.is_not_null())
                .count()
                .get_result(c)
                .expect("sessions")
        })
        .await;
    assert_eq!(acting, 0, "no acting session was started");

    // Their own supplier: they act, the pages say so, the primary's pages stay shut.
    let res = post(
        &staff,
        &app,
        &format!("/organizer/expos/{expo}/suppliers/{own}/act"),
        &[("csrf_token", token.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/supplier");
    let home = staff
        .get(app.url("/supplier/agenda"))
        .send()
        .await
        .expect("agenda")
        .text()
        .await
        .expect("body");
    assert!(home.contains("id=\"acting-banner\""));
    assert_eq!(status(&staff, &app, "/supplier/password").await, 403);
    let stoken = csrf_of(
        &app,
        &staff,
        &format!("/supplier/meetings/{meeting}/cancel"),
    )
    .await;
    let res = post(
        &staff,
        &app,
        &format!("/supplier/meetings/{meeting}/cancel"),
        &[
            ("csrf_token", stoken.as_str()),
            ("reason", "The CEO phoned: a customs inspection that day."),
        ],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);

    // The audit log names both; the meeting and the supplier's message say who.
    type Audited = Vec<(String, String, Option<i32>, Option<i32>)>;
    let (audited, arranged, supplier_email): (Audited, (Option<i32>, Option<String>), String) = app
        .with_db(move |c| {
            (
                audit_log::table
                    .filter(audit_log::subject_id.eq(meeting))
                    .filter(audit_log::subject_type.eq("meeting"))
                    .select((
                        audit_log::action,
                        audit_log::actor_role,
                        audit_log::actor_id,
                        audit_log::acting_by,
                    ))
                    .load(c)
                    .expect("audit"),
                meetings::table
                    .find(meeting)
                    .select((meetings::arranged_by, meetings::arranged_for))
                    .first(c)
                    .expect("meeting"),
                suppliers::table
                    .find(own)
                    .select(suppliers::email)
                    .first(c)
                    .expect("email"),
            )
        })
        .await;
    assert!(
        audited.iter().any(|(_, role, actor, by)| role == "supplier"
            && *actor == Some(own)
            && *by == Some(cohost)),
        "{audited:?}"
    );
    assert_eq!(arranged, (Some(cohost), Some("supplier".to_owned())));
    let cancelled = mails(&app, "meeting_cancelled", meeting).await;
    let to_supplier = cancelled
        .iter()
        .find(|m| m.0 == supplier_email)
        .expect("the supplier is told");
    assert!(to_supplier.4.contains("Lee Ji-won"), "{}", to_supplier.4);
    let to_buyer = cancelled
        .iter()
        .find(|m| m.0 != supplier_email)
        .expect("the buyer is told");
    assert!(
        !to_buyer.4.contains("Lee Ji-won"),
        "the buyer's message is the usual one"
    );

    // Back to their own pages.
    let res = post(
        &staff,
        &app,
        "/acting/stop",
        &[("csrf_token", stoken.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        location(&res),
        format!("/organizer/expos/{expo}/suppliers/{own}")
    );
    assert_eq!(status(&staff, &app, "/organizer").await, 200);

    // Acting again, then taken off the expo's staff: the acting session ends.
    let token = csrf_of(&app, &staff, "/organizer").await;
    post(
        &staff,
        &app,
        &format!("/organizer/expos/{expo}/suppliers/{own}/act"),
        &[("csrf_token", token.as_str())],
    )
    .await;
    assert_eq!(status(&staff, &app, "/supplier").await, 200);
    let post_id: i32 = app
        .with_db(move |c| {
            expo_staff::table
                .filter(expo_staff::organizer_id.eq(cohost))
                .select(expo_staff::id)
                .first(c)
                .expect("post")
        })
        .await;
    let owner = app.signed_in_as(Role::Organizer, admin).await;
    let otoken = csrf_of(&app, &owner, &format!("/organizer/expos/{expo}/staff")).await;
    let res = post(
        &owner,
        &app,
        &format!("/organizer/expos/{expo}/staff/{post_id}/remove"),
        &[("csrf_token", otoken.as_str())],
    )
    .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(status(&staff, &app, "/supplier").await, 303, "acting ended");

    // An administrator may act for a buyer.
    let res = post(
        &owner,
        &app,
        &format!("/organizer/expos/{expo}/buyers/{buyer}/act"),
        &[("csrf_token", otoken.as_str())],
    )
    .await;
    assert_eq!(location(&res), "/buyer");
    let page = owner
        .get(app.url("/buyer/team"))
        .send()
        .await
        .expect("buyer home")
        .text()
        .await
        .expect("body");
    assert!(page.contains("id=\"acting-banner\""));
}

on_both_databases!(
    a_supplier_team_member_attends_the_meetings_chosen_and_can_be_removed,
    a_buyer_brings_a_colleague,
    staff_act_for_a_company_within_their_scope,
);
