//! An organizer changes how a booked meeting takes place (same time): online leaves
//! the table for an online room and both sides get the updated invitation with their
//! own join link; back to a table takes a free physical table; a bad choice changes
//! nothing. The grid flags an online meeting outside its buyer's hours and can watch
//! the joins live.

use diesel::prelude::*;
use expomatch::db::schema::{buyers, consultation_tables, expos, meetings, outbox, slots};
use expomatch::domain::Role;

use crate::helpers::*;
use crate::on_both_databases;

async fn an_organizer_changes_how_a_meeting_takes_place_and_the_grid_flags_hours(app: TestApp) {
    let (meeting, expo, day, buyer, organizer) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            diesel::update(expos::table)
                .set(expos::video_base_url.eq("https://meet.agency.example"))
                .execute(c)
                .expect("rooms");
            let (meeting, expo, day, buyer): (i32, i32, i32, i32) = meetings::table
                .inner_join(slots::table)
                .filter(meetings::status.eq("booked"))
                .filter(meetings::mode.eq("table"))
                .filter(slots::starts_at.gt(expomatch::store::now()))
                .order(meetings::id)
                .select((
                    meetings::id,
                    meetings::expo_id,
                    slots::day_id,
                    meetings::buyer_id,
                ))
                .first(c)
                .expect("a meeting at a table");
            let organizer = expomatch::store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("modes@kotra.example").expect("email"),
                &expomatch::domain::PersonName::parse("name", "Mode Desk").expect("name"),
                &expomatch::domain::password::Password::parse("a long enough passphrase")
                    .expect("password")
                    .hash(),
                expomatch::store::now(),
            )
            .expect("organizer")
            .0;
            (meeting, expo, day, buyer, organizer)
        })
        .await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let page = staff
        .get(app.url(&format!("/organizer/meetings/{meeting}")))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let token = csrf_in(&scraper::Html::parse_document(&page));
    let set = |mode: &'static str| {
        staff
            .post(app.url(&format!("/organizer/meetings/{meeting}/mode")))
            .form(&[("csrf_token", token.as_str()), ("mode", mode)])
            .send()
    };
    let state = || {
        app.with_db(move |c| {
            meetings::table
                .inner_join(consultation_tables::table)
                .filter(meetings::id.eq(meeting))
                .select((meetings::mode, consultation_tables::online))
                .first::<(String, bool)>(c)
                .expect("meeting")
        })
    };
    let mails = |kind: &'static str| {
        app.with_db(move |c| {
            outbox::table
                .filter(outbox::meeting_id.eq(meeting))
                .filter(outbox::kind.eq(kind))
                .order(outbox::id)
                .select(outbox::body_text)
                .load::<String>(c)
                .expect("mail")
        })
    };
    // A choice that is not a mode changes nothing.
    assert_eq!(set("video").await.expect("POST").status().as_u16(), 303);
    assert_eq!(state().await, ("table".to_owned(), false));
    assert!(mails("meeting_mode_changed").await.is_empty());
    // Online: an online room, and each side's updated invitation carries their link.
    assert_eq!(set("online").await.expect("POST").status().as_u16(), 303);
    assert_eq!(state().await, ("online".to_owned(), true));
    let sent = mails("meeting_mode_changed").await;
    assert_eq!(sent.len(), 2, "buyer and supplier");
    for (text, who) in sent.iter().zip(["buyer", "supplier"]) {
        assert!(
            text.contains(&format!("/join/{meeting}/{who}/")),
            "{who}'s own join link in:\n{text}"
        );
    }
    // An online meeting is not moved onto a physical table, and its page offers only
    // online rooms.
    let (slot, physical): (i32, i32) = app
        .with_db(move |c| {
            let slot: i32 = meetings::table
                .find(meeting)
                .select(meetings::slot_id)
                .first(c)
                .expect("slot");
            let physical: i32 = consultation_tables::table
                .filter(consultation_tables::online.eq(false))
                .order(consultation_tables::id.desc())
                .select(consultation_tables::id)
                .first(c)
                .expect("a table");
            (slot, physical)
        })
        .await;
    let res = staff
        .post(app.url(&format!("/organizer/meetings/{meeting}/move")))
        .form(&[
            ("csrf_token", token.clone()),
            ("slot", slot.to_string()),
            ("table", physical.to_string()),
        ])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        state().await,
        ("online".to_owned(), true),
        "still in a room"
    );
    let page = staff
        .get(app.url(&format!("/organizer/meetings/{meeting}")))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&page);
    let offered: Vec<String> = html
        .select(&scraper::Selector::parse("#move-table option").expect("s"))
        .filter_map(|o| o.value().attr("value").map(str::to_owned))
        .collect();
    assert!(
        !offered.contains(&physical.to_string()),
        "no physical table offered: {offered:?}"
    );
    // The same again changes nothing and sends nothing.
    assert_eq!(set("online").await.expect("POST").status().as_u16(), 303);
    assert_eq!(mails("meeting_mode_changed").await.len(), 2);
    // Hybrid: back at a physical table, with the link still.
    assert_eq!(set("hybrid").await.expect("POST").status().as_u16(), 303);
    assert_eq!(state().await, ("hybrid".to_owned(), false));
    assert_eq!(mails("meeting_mode_changed").await.len(), 4);
    // The buyer accepts only 00:00–00:30 on their own clock: the grid flags the
    // meeting, and the live view reloads itself.
    app.with_db(move |c| {
        diesel::update(buyers::table.find(buyer))
            .set((buyers::hours_from.eq(0), buyers::hours_to.eq(30)))
            .execute(c)
            .expect("hours")
    })
    .await;
    let grid_url = format!("/organizer/expos/{expo}/grid?day={day}");
    let grid = staff
        .get(app.url(&grid_url))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&grid);
    let flagged = html
        .select(&scraper::Selector::parse(".outside-hours").expect("s"))
        .count();
    assert!(flagged >= 1, "the meeting is flagged");
    assert!(
        !grid.contains("http-equiv=\"refresh\""),
        "not live by default"
    );
    let live: String = html
        .select(&scraper::Selector::parse("#grid-live-on").expect("s"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .next()
        .expect("a live view is offered");
    let grid = staff
        .get(app.url(&live))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(grid.contains("http-equiv=\"refresh\""), "live: {live}");
    assert!(grid.contains("grid-live-off"));
}
on_both_databases!(an_organizer_changes_how_a_meeting_takes_place_and_the_grid_flags_hours);
