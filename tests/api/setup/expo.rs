//! Setting up an expo: days, tables, inviting a buyer, and the meeting grid.

use super::*;

async fn an_organizer_sets_up_an_expo_and_invites_a_buyer_who_can_then_sign_in(app: TestApp) {
    let organizer = app
        .with_db(|c| {
            organizers::create(
                c,
                &EmailAddress::parse("setup@kotra.example").expect("email"),
                &PersonName::parse("name", "Setup Person").expect("name"),
                &Password::parse("a setup password here").expect("pw").hash(),
                store::now(),
            )
            .expect("organizer")
            .0
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    let (_, html) = app.get_html("/organizer").await;
    assert!(select_text(&html, ".empty")[0].contains("Create the first one"));

    let good = vec![
        ("name", "Korea Public Procurement Export Consultation 2027"),
        ("venue", "KINTEX Hall 5, Goyang"),
        ("venue_timezone", "Asia/Seoul"),
        ("description", "해외 구매자 초청 수출상담회"),
        ("booking_opens", "2027-03-01T09:00"),
        ("booking_closes", "2027-03-20T18:00"),
        ("self_booking", "on"),
        ("max_meetings", "12"),
    ];
    for (field, value) in [
        ("name", ""),
        ("venue_timezone", "Seoul"),
        ("booking_closes", "2027-02-01T09:00"),
        ("max_meetings", "0"),
        ("booking_opens", "soon"),
    ] {
        let mut fields: Vec<(&str, &str)> =
            good.iter().filter(|(k, _)| *k != field).copied().collect();
        fields.push((field, value));
        let res = app
            .post_form("/organizer/expos/new", "/organizer/expos", &fields)
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {field}={value}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, ".field.invalid").len(),
            1,
            "case {field}={value}"
        );
    }
    assert_eq!(
        app.with_db(|c| expos::table.count().get_result::<i64>(c).expect("n"))
            .await,
        0,
        "nothing stored"
    );
    let res = app
        .post_form("/organizer/expos/new", "/organizer/expos", &good)
        .await;
    let page = location(&res);
    assert!(page.starts_with("/organizer/expos/"), "{page}");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    assert_eq!(select_text(&html, "#expo-status"), vec!["Draft".to_owned()]);

    // A day: a half-given break is refused; a good one generates its slots.
    let day = |break_ends: &'static str| {
        vec![
            ("date", "2027-03-23"),
            ("starts", "09:00"),
            ("ends", "17:00"),
            ("slot_minutes", "30"),
            ("gap_minutes", "0"),
            ("break_starts", "12:00"),
            ("break_ends", break_ends),
        ]
    };
    let res = app
        .post_form(&page, &format!("{page}/days"), &day(""))
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let res = app
        .post_form(&page, &format!("{page}/days"), &day("13:00"))
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        app.with_db(|c| slots::table.count().get_result::<i64>(c).expect("n"))
            .await,
        14
    );
    let res = app
        .post_form(&page, &format!("{page}/days"), &day("13:00"))
        .await;
    assert_eq!(res.status().as_u16(), 422, "the same date twice");

    let res = app
        .post_form(
            &page,
            &format!("{page}/tables"),
            &[("count", "0"), ("prefix", "A")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    app.post_form(
        &page,
        &format!("{page}/tables"),
        &[("count", "20"), ("prefix", "A"), ("note", "")],
    )
    .await;
    app.post_form(
        &page,
        &format!("{page}/tables"),
        &[
            ("count", "2"),
            ("prefix", "A"),
            ("note", "Spanish interpreter"),
        ],
    )
    .await;
    let labels: Vec<String> = app
        .with_db(|c| {
            consultation_tables::table
                .order(consultation_tables::position)
                .select(consultation_tables::label)
                .load(c)
                .expect("t")
        })
        .await;
    assert_eq!(labels.len(), 22);
    assert_eq!((labels[0].as_str(), labels[21].as_str()), ("A1", "A22"));

    // A buyer: bad email refused; a good one gets an invitation with a working link.
    let buyer = |email: &'static str| {
        vec![
            ("name", "Lucía Fernández"),
            ("organisation", "SEDAPAL"),
            ("email", email),
            ("country", "PE"),
            ("timezone", ""),
            ("languages", "es, en"),
        ]
    };
    let res = app
        .post_form(&page, &format!("{page}/buyers"), &buyer("lucia@"))
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let res = app
        .post_form(
            &page,
            &format!("{page}/buyers"),
            &buyer("lucia@sedapal.example"),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = app
        .post_form(
            &page,
            &format!("{page}/buyers"),
            &buyer("Lucia@Sedapal.example"),
        )
        .await;
    assert_eq!(res.status().as_u16(), 422, "the same email twice");
    let (id, tz): (i32, String) = app
        .with_db(|c| {
            buyers::table
                .select((buyers::id, buyers::timezone))
                .first(c)
                .expect("buyer")
        })
        .await;
    assert_eq!(tz, "America/Lima", "the country's zone");
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        select_text(&html, ".buyer-list .badge"),
        vec!["Invited".to_owned()]
    );
    app.post_form(&page, &format!("{page}/buyers/{id}/invite"), &[])
        .await;
    let bodies: Vec<String> = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("invitation"))
                .select(outbox::body_text)
                .load(c)
                .expect("o")
        })
        .await;
    assert_eq!(bodies.len(), 2, "invited, then invited again");
    let res = app
        .post_form(&page, &format!("{page}/status"), &[("to", "open")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = app
        .post_form(&page, &format!("{page}/status"), &[("to", "archived")])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let link = bodies[1]
        .split_whitespace()
        .find(|w| w.contains("/auth/link/"))
        .expect("link")
        .to_owned();
    let invited = app.new_client();
    let res = use_link(&invited, &link).await;
    assert_eq!(location(&res), "/buyer");
    let res = invited.get(app.url("/buyer")).send().await.expect("home");
    assert_eq!(location(&res), "/buyer/profile", "onboarding first");
    assert_eq!(
        invited
            .get(app.url(&page))
            .send()
            .await
            .expect("forbidden")
            .status()
            .as_u16(),
        403
    );
    assert_eq!(app.get_html("/organizer/expos/999999").await.0, 404);
}
on_both_databases!(an_organizer_sets_up_an_expo_and_invites_a_buyer_who_can_then_sign_in);

async fn the_meeting_grid_shows_each_day_and_an_organizer_can_cancel_a_meeting(app: TestApp) {
    use expomatch::db::schema::{consultation_days, meetings};
    let (organizer, expo, first_day, meeting, day_meetings) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let o = organizers::create(
                c,
                &EmailAddress::parse("grid@kotra.example").expect("email"),
                &PersonName::parse("name", "Grid Person").expect("name"),
                &Password::parse("a grid password here").expect("pw").hash(),
                store::now(),
            )
            .expect("organizer");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let day: i32 = consultation_days::table
                .order(consultation_days::day)
                .select(consultation_days::id)
                .first(c)
                .expect("day");
            let on_day = meetings::table
                .inner_join(slots::table)
                .filter(slots::day_id.eq(day))
                .filter(meetings::status.eq("booked"));
            let meeting: i32 = on_day.select(meetings::id).first(c).expect("meeting");
            let n: i64 = meetings::table
                .inner_join(slots::table)
                .filter(slots::day_id.eq(day))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("n");
            (o.0, expo, day, meeting, n)
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    let (status, html) = app
        .get_html(&format!("/organizer/expos/{expo}/grid?day={first_day}"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        select_text(&html, ".meeting-grid td.cell-booked").len(),
        usize::try_from(day_meetings).unwrap_or(0)
    );
    assert_eq!(
        select_text(&html, ".meeting-grid thead th").len(),
        21,
        "time + 20 tables"
    );
    let page = format!("/organizer/meetings/{meeting}");
    let res = app
        .post_form(&page, &format!("{page}/cancel"), &[("reason", "")])
        .await;
    assert_eq!(location(&res), page);
    let res = app
        .post_form(
            &page,
            &format!("{page}/cancel"),
            &[("reason", "The supplier's CEO is ill")],
        )
        .await;
    assert_eq!(location(&res), page);
    let (_, html) = app.get_html(&page).await;
    assert_eq!(
        select_text(&html, "#meeting-status"),
        vec!["Cancelled".to_owned()]
    );
    let cancels: i64 = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::meeting_id.eq(meeting))
                .filter(outbox::calendar_method.eq("CANCEL"))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(cancels, 2, "both participants are told");
    let res = app
        .post_form(&page, &format!("{page}/cancel"), &[("reason", "again")])
        .await;
    assert_eq!(
        res.status().as_u16(),
        404,
        "a cancelled meeting cannot be cancelled twice"
    );
    assert_eq!(app.get_html("/organizer/meetings/999999").await.0, 404);
    // The export lists every meeting, the cancelled one with its reason.
    let res = app
        .get(&format!("/organizer/expos/{expo}/meetings.csv"))
        .await;
    assert_eq!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    let body = res.text().await.expect("csv");
    let total: i64 = app
        .with_db(|c| meetings::table.count().get_result(c).expect("n"))
        .await;
    assert_eq!(
        body.lines().count(),
        usize::try_from(total).unwrap_or(0) + 1,
        "header plus one line per meeting"
    );
    assert!(body.contains("The supplier's CEO is ill"));
    assert!(
        body.contains("㈜") || body.contains("주식회사"),
        "Korean names survive"
    );

    // Adding a meeting: the freed slot takes a new one; a busy buyer is refused.
    let (slot, buyer, supplier): (i32, i32, i32) = app
        .with_db(move |c| {
            meetings::table
                .find(meeting)
                .select((meetings::slot_id, meetings::buyer_id, meetings::supplier_id))
                .first(c)
                .expect("row")
        })
        .await;
    let grid = format!("/organizer/expos/{expo}/grid?day={first_day}");
    let add = format!("/organizer/expos/{expo}/meetings");
    let owned = [
        ("buyer", buyer.to_string()),
        ("supplier", supplier.to_string()),
        ("slot", slot.to_string()),
        ("day", first_day.to_string()),
    ];
    let fields: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post_form(&grid, &add, &fields).await;
    assert_eq!(res.status().as_u16(), 303);
    let live: i64 = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::slot_id.eq(slot))
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::status.eq("booked"))
                .count()
                .get_result(c)
                .expect("n")
        })
        .await;
    assert_eq!(live, 1, "re-added in the freed slot");
    let before: i64 = app
        .with_db(|c| meetings::table.count().get_result(c).expect("n"))
        .await;
    let res = app.post_form(&grid, &add, &fields).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = app.get_html(&grid).await;
    assert!(
        select_text(&html, ".flash.error")[0].contains("not free"),
        "a busy buyer is refused with a reason"
    );
    assert_eq!(
        app.with_db(|c| meetings::table.count().get_result::<i64>(c).expect("n"))
            .await,
        before,
        "nothing added"
    );
    let res = app
        .post_form(
            &grid,
            &add,
            &[("buyer", "x"), ("supplier", "1"), ("slot", "1")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
}
on_both_databases!(the_meeting_grid_shows_each_day_and_an_organizer_can_cancel_a_meeting);
