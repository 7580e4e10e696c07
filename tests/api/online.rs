//! Online and hybrid meetings: a remote buyer's booking takes an online room, not a
//! table; its emails and calendar files carry the person's own join link; joining goes
//! through the service, is recorded and leads to the room; the reminder shortly before
//! each meeting is due at its instant across a daylight-saving change, goes out once
//! even with two workers, never for a cancelled meeting nor to someone who turned it off.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use expomatch::db::schema::{
    buyers, consultation_tables, expos, meeting_joins, meetings, outbox, slots, suppliers,
};
use expomatch::domain::Role;
use expomatch::mail::messages::MailContext;
use icalendar::{Calendar, CalendarComponent, Component, EventLike};

use crate::helpers::*;
use crate::on_both_databases;

const ROOMS: &str = "https://meet.agency.example";

/// The demo with rooms under a Jitsi address and the first complete buyer marked
/// remote: (buyer, an approved supplier, a free slot of both in the future).
async fn remote_buyer(app: &TestApp) -> (i32, i32, i32) {
    app.with_db(|c| {
        expomatch::demo::seed_in_transaction(c).expect("seed");
        diesel::update(expos::table)
            .set(expos::video_base_url.eq(ROOMS))
            .execute(c)
            .expect("rooms");
        let buyer: i32 = buyers::table
            .filter(buyers::profile_completed_at.is_not_null())
            .order(buyers::id)
            .select(buyers::id)
            .first(c)
            .expect("buyer");
        diesel::update(buyers::table.find(buyer))
            .set(buyers::remote.eq(true))
            .execute(c)
            .expect("remote");
        let suppliers_met: Vec<i32> = meetings::table
            .filter(meetings::buyer_id.eq(buyer))
            .select(meetings::supplier_id)
            .load(c)
            .expect("met");
        let supplier: i32 = suppliers::table
            .filter(suppliers::status.eq("approved"))
            .filter(suppliers::id.ne_all(suppliers_met))
            .order(suppliers::id)
            .select(suppliers::id)
            .first(c)
            .expect("supplier");
        let busy: Vec<i32> = meetings::table
            .filter(
                meetings::buyer_id
                    .eq(buyer)
                    .or(meetings::supplier_id.eq(supplier)),
            )
            .select(meetings::slot_id)
            .load(c)
            .expect("busy");
        let slot: i32 = slots::table
            .filter(slots::id.ne_all(busy))
            .filter(slots::starts_at.gt(expomatch::store::now()))
            .order(slots::starts_at)
            .select(slots::id)
            .first(c)
            .expect("a free slot");
        (buyer, supplier, slot)
    })
    .await
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\r\n\t", "")
}

async fn a_remote_buyers_meeting_is_online_and_its_emails_calendar_and_join_button_lead_to_its_room(
    app: TestApp,
) {
    let (buyer, supplier, slot) = remote_buyer(&app).await;
    let phone = app.signed_in_as(Role::Buyer, buyer).await;
    let page = phone
        .get(app.url(&format!("/buyer/suppliers/{supplier}")))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    let token = csrf_in(&scraper::Html::parse_document(&page));
    let res = phone
        .post(app.url(&format!("/buyer/suppliers/{supplier}/book")))
        .form(&[("csrf_token", token), ("slot", slot.to_string())])
        .send()
        .await
        .expect("book");
    assert_eq!(res.status().as_u16(), 303, "booked");
    let (meeting, mode, room_online, room_label) = app
        .with_db(move |c| {
            meetings::table
                .inner_join(consultation_tables::table)
                .filter(meetings::buyer_id.eq(buyer))
                .filter(meetings::supplier_id.eq(supplier))
                .select((
                    meetings::id,
                    meetings::mode,
                    consultation_tables::online,
                    consultation_tables::label,
                ))
                .first::<(i32, String, bool, String)>(c)
                .expect("the meeting")
        })
        .await;
    assert_eq!(mode, "online");
    assert!(room_online, "an online room, not a table: {room_label}");
    // Both invitations carry the recipient's own join link, in the text, the calendar
    // file's URL and LOCATION.
    let mail: Vec<(String, String, Option<String>)> = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::meeting_id.eq(meeting))
                .select((outbox::to_address, outbox::body_text, outbox::calendar_ics))
                .load(c)
                .expect("mail")
        })
        .await;
    assert_eq!(mail.len(), 2, "one invitation each");
    let mut buyer_link = String::new();
    for (who, (_, text, ics)) in ["buyer", "supplier"].iter().zip(&mail) {
        let marker = format!("/join/{meeting}/{who}/");
        let link = text
            .split_whitespace()
            .find(|w| w.contains(&marker))
            .unwrap_or_else(|| panic!("{who}'s own join link in:\n{text}"))
            .to_owned();
        let ics = unfold(ics.as_deref().expect("a calendar file"));
        let parsed: Calendar = ics.parse().expect("the calendar parses");
        let event = parsed
            .components
            .iter()
            .find_map(|c| match c {
                CalendarComponent::Event(e) => Some(e.clone()),
                _ => None,
            })
            .expect("an event");
        assert_eq!(event.get_url(), Some(link.as_str()), "{who}: URL");
        assert!(
            event.get_location().is_some_and(|l| l.contains(&link)),
            "{who}: LOCATION {:?}",
            event.get_location()
        );
        assert!(
            event.get_description().is_some_and(|d| d.contains(&link)),
            "{who}: DESCRIPTION"
        );
        if *who == "buyer" {
            buyer_link = link;
        }
    }
    // The link works without signing in, records the join and leads to the room; the
    // room's address is the same on every join and under the expo's Jitsi address.
    let path = buyer_link
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))
        .expect("a path");
    let anonymous = app.new_client();
    let res = anonymous.get(app.url(&path)).send().await.expect("join");
    assert_eq!(res.status().as_u16(), 303);
    let room = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("to the room")
        .to_owned();
    assert!(room.starts_with(&format!("{ROOMS}/expomatch-")), "{room}");
    assert_eq!(room.len(), ROOMS.len() + "/expomatch-".len() + 32);
    let joins: Vec<(String, i32)> = app
        .with_db(move |c| {
            meeting_joins::table
                .filter(meeting_joins::meeting_id.eq(meeting))
                .select((meeting_joins::role, meeting_joins::person_id))
                .load(c)
                .expect("joins")
        })
        .await;
    assert_eq!(joins, vec![("buyer".to_owned(), buyer)]);
    // A tampered key, or the link for another person, leads nowhere and records nothing.
    let tampered = format!("{}0", &path[..path.len() - 1]);
    let tampered = if tampered == path {
        format!("{}1", &path[..path.len() - 1])
    } else {
        tampered
    };
    assert_eq!(
        anonymous
            .get(app.url(&tampered))
            .send()
            .await
            .expect("GET")
            .status()
            .as_u16(),
        404
    );
    let as_supplier = path.replacen("/buyer/", "/supplier/", 1);
    assert_eq!(
        anonymous
            .get(app.url(&as_supplier))
            .send()
            .await
            .expect("GET")
            .status()
            .as_u16(),
        404
    );
    // On the buyer's agenda: the meeting reads Online, with a Join button through the
    // service; the room's address is on no page.
    let home = phone
        .get(app.url("/buyer"))
        .send()
        .await
        .expect("home")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&home);
    let join: Vec<String> = html
        .select(&scraper::Selector::parse(&format!("#join-{meeting}")).expect("s"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert_eq!(join, vec![format!("/meetings/{meeting}/join")]);
    assert!(
        !home.contains(&room),
        "the room's address is not on the page"
    );
    let res = phone
        .get(app.url(&format!("/meetings/{meeting}/join")))
        .send()
        .await
        .expect("join");
    assert_eq!(res.status().as_u16(), 303);
    // Another buyer cannot join it.
    let other: i32 = app
        .with_db(move |c| {
            buyers::table
                .filter(buyers::id.ne(buyer))
                .select(buyers::id)
                .first(c)
                .expect("another buyer")
        })
        .await;
    let stranger = app.signed_in_as(Role::Buyer, other).await;
    assert_eq!(
        stranger
            .get(app.url(&format!("/meetings/{meeting}/join")))
            .send()
            .await
            .expect("GET")
            .status()
            .as_u16(),
        404
    );
    // A meeting at a table has nothing to join.
    let (table_meeting, its_buyer): (i32, i32) = app
        .with_db(move |c| {
            meetings::table
                .filter(meetings::buyer_id.ne(buyer))
                .filter(meetings::mode.eq("table"))
                .select((meetings::id, meetings::buyer_id))
                .first(c)
                .expect("a meeting at a table")
        })
        .await;
    let stranger = app.signed_in_as(Role::Buyer, its_buyer).await;
    let res = stranger
        .get(app.url(&format!("/meetings/{table_meeting}/join")))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 409);
    assert!(res.text().await.expect("body").contains("at a table"));
    // Once it is over, the organizer sees who joined and the attendance the joins
    // suggest (only the buyer joined: a no-show to check).
    let organizer = app
        .with_db(move |c| {
            let slot: i32 = meetings::table
                .find(meeting)
                .select(meetings::slot_id)
                .first(c)
                .expect("slot");
            let past = expomatch::store::now() - TimeDelta::hours(2);
            diesel::update(slots::table.find(slot))
                .set((
                    slots::starts_at.eq(past),
                    slots::ends_at.eq(past + TimeDelta::minutes(30)),
                ))
                .execute(c)
                .expect("over");
            expomatch::store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("live@kotra.example").expect("email"),
                &expomatch::domain::PersonName::parse("name", "Live Desk").expect("name"),
                &expomatch::domain::password::Password::parse("a long enough passphrase")
                    .expect("password")
                    .hash(),
                expomatch::store::now(),
            )
            .expect("organizer")
            .0
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
    let html = scraper::Html::parse_document(&page);
    let say = |css: &str| {
        html.select(&scraper::Selector::parse(css).expect("s"))
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        say("#joined-buyer").contains("joined at"),
        "{}",
        say("#joined-buyer")
    );
    assert!(say("#joined-supplier").contains("has not joined"));
    assert!(say("#attendance-proposal").contains("no-show"));
    assert!(
        !page.contains(&room),
        "not even the organizer sees the room's address"
    );
    // The grid marks the online meeting with who is in.
    let (expo_id, day_id): (i32, i32) = app
        .with_db(move |c| {
            meetings::table
                .inner_join(slots::table)
                .filter(meetings::id.eq(meeting))
                .select((meetings::expo_id, slots::day_id))
                .first(c)
                .expect("day")
        })
        .await;
    let grid = staff
        .get(app.url(&format!("/organizer/expos/{expo_id}/grid?day={day_id}")))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(
        grid.contains("Online · one waiting"),
        "the grid says one is waiting"
    );
    // The organizer pastes the meeting's own link: a non-https one is refused and
    // changes nothing; an https one takes over from the generated room.
    let token = csrf_in(&html);
    let action = app.url(&format!("/organizer/meetings/{meeting}/video"));
    let res = staff
        .post(&action)
        .form(&[
            ("csrf_token", token.as_str()),
            ("video_url", "http://zoom.example/j/1"),
        ])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 303);
    let stored = app
        .with_db(move |c| {
            expomatch::store::online::meeting_link(c, expomatch::domain::MeetingId(meeting))
                .expect("link")
        })
        .await;
    assert_eq!(stored, "", "refused");
    let res = staff
        .post(&action)
        .form(&[
            ("csrf_token", token.as_str()),
            ("video_url", "https://zoom.example/j/1"),
        ])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 303);
    let res = anonymous.get(app.url(&path)).send().await.expect("join");
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("https://zoom.example/j/1"),
        "the pasted link wins"
    );
}
on_both_databases!(
    a_remote_buyers_meeting_is_online_and_its_emails_calendar_and_join_button_lead_to_its_room
);

async fn only_https_video_rooms_are_accepted_in_the_expo_settings(app: TestApp) {
    let (expo, organizer) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let organizer = expomatch::store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("rooms@kotra.example").expect("email"),
                &expomatch::domain::PersonName::parse("name", "Room Keeper").expect("name"),
                &expomatch::domain::password::Password::parse("a long enough passphrase")
                    .expect("password")
                    .hash(),
                expomatch::store::now(),
            )
            .expect("organizer");
            (expo, organizer.0)
        })
        .await;
    let before: String = app
        .with_db(move |c| {
            expos::table
                .find(expo)
                .select(expos::video_base_url)
                .first(c)
                .expect("stored")
        })
        .await;
    let staff = app.signed_in_as(Role::Organizer, organizer).await;
    let page_url = app.url(&format!("/organizer/expos/{expo}"));
    let page = staff
        .get(&page_url)
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&page);
    let form = html
        .select(&scraper::Selector::parse("form").expect("s"))
        .find(|f| {
            f.select(&scraper::Selector::parse("#video_base_url").expect("s"))
                .next()
                .is_some()
        })
        .expect("the settings form");
    let action = form.value().attr("action").expect("action").to_owned();
    let mut fields: Vec<(String, String)> = Vec::new();
    for input in form.select(&scraper::Selector::parse("input, select, textarea").expect("s")) {
        let v = input.value();
        let Some(name) = v.attr("name") else { continue };
        let ty = v.attr("type").unwrap_or("");
        if (ty == "checkbox" || ty == "radio") && v.attr("checked").is_none() {
            continue;
        }
        let value = match v.name() {
            "textarea" => input.text().collect::<String>(),
            "select" => input
                .select(&scraper::Selector::parse("option[selected]").expect("s"))
                .next()
                .and_then(|o| o.value().attr("value"))
                .unwrap_or("")
                .to_owned(),
            _ => v.attr("value").unwrap_or("").to_owned(),
        };
        fields.push((name.to_owned(), value));
    }
    let with = |key: &str, value: &str| {
        let mut f = fields.clone();
        f.retain(|(k, _)| k != key);
        f.push((key.to_owned(), value.to_owned()));
        f
    };
    for (bad, why) in [
        ("http://meet.agency.example", "Only secure links (https://)"),
        ("javascript:alert(1)", "Only secure links (https://)"),
        ("meet.agency.example", "Paste the whole meeting link"),
    ] {
        let res = staff
            .post(app.url(&action))
            .form(&with("video_base_url", bad))
            .send()
            .await
            .expect("POST");
        assert_ne!(res.status().as_u16(), 303, "{bad} refused");
        let body = res.text().await.expect("body");
        let html = scraper::Html::parse_document(&body);
        let errors: Vec<String> = html
            .select(&scraper::Selector::parse(".field.invalid .field-error").expect("s"))
            .map(|e| e.text().collect())
            .collect();
        assert!(
            errors.iter().any(|e| e.contains(why)),
            "the field says why {bad} is refused: {errors:?}"
        );
        let stored: String = app
            .with_db(move |c| {
                expos::table
                    .find(expo)
                    .select(expos::video_base_url)
                    .first(c)
                    .expect("stored")
            })
            .await;
        assert_eq!(stored, before, "{bad} changed nothing");
    }
    let res = staff
        .post(app.url(&action))
        .form(&with("video_base_url", "https://meet.agency.example/"))
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 303);
    let stored: String = app
        .with_db(move |c| {
            expos::table
                .find(expo)
                .select(expos::video_base_url)
                .first(c)
                .expect("stored")
        })
        .await;
    assert_eq!(stored, "https://meet.agency.example");
}
on_both_databases!(only_https_video_rooms_are_accepted_in_the_expo_settings);

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("time")
}

async fn the_reminder_before_each_meeting_is_due_at_its_instant_across_daylight_saving_once_and_never_when_cancelled(
    app: TestApp,
) {
    let base = app.address.clone();
    // A venue in Berlin: on 28 March 2027 the clocks jump from 02:00 to 03:00 local
    // (01:00 UTC). A meeting at 03:10 local (01:10 UTC) is reminded 15 minutes before,
    // at 00:55 UTC (01:55 local): not at 02:55 local, which does not exist that day.
    let (kept, cancelled, off_supplier) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            diesel::update(expos::table)
                .set((
                    expos::venue_timezone.eq("Europe/Berlin"),
                    expos::reminder_minutes.eq(15),
                ))
                .execute(c)
                .expect("berlin");
            // Three meetings in three different slots (each slot is moved on its own).
            let all: Vec<(i32, i32, i32)> = meetings::table
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select((meetings::id, meetings::slot_id, meetings::supplier_id))
                .load(c)
                .expect("meetings");
            let mut two: Vec<(i32, i32, i32)> = Vec::new();
            for m in all {
                if two.len() < 3 && !two.iter().any(|t| t.1 == m.1) {
                    two.push(m);
                }
            }
            // 01:10, 01:20 and 01:30 UTC: reminders due at 00:55, 01:05 and 01:15.
            for (i, (_, slot, _)) in two.iter().enumerate() {
                let starts = at("2027-03-28 01:10") + TimeDelta::minutes(i as i64 * 10);
                diesel::update(slots::table.find(slot))
                    .set((
                        slots::starts_at.eq(starts),
                        slots::ends_at.eq(starts + TimeDelta::minutes(30)),
                    ))
                    .execute(c)
                    .expect("moved to the DST morning");
            }
            // Only these three meetings in those slots (the others there are cancelled).
            let slots_moved: Vec<i32> = two.iter().map(|t| t.1).collect();
            let kept_ids: Vec<i32> = two.iter().map(|t| t.0).collect();
            diesel::update(
                meetings::table
                    .filter(meetings::slot_id.eq_any(slots_moved))
                    .filter(meetings::id.ne_all(kept_ids)),
            )
            .set(meetings::status.eq("cancelled"))
            .execute(c)
            .expect("alone in their slots");
            // Their two sides only: interpreters' reminders are tested with them.
            diesel::update(meetings::table.filter(meetings::id.eq_any(two.iter().map(|t| t.0))))
                .set(meetings::interpreter_id.eq(None::<i32>))
                .execute(c)
                .expect("no interpreters");
            // The second is cancelled; the third's supplier turned reminders off.
            diesel::update(meetings::table.find(two[1].0))
                .set(meetings::status.eq("cancelled"))
                .execute(c)
                .expect("cancelled");
            expomatch::mail::reminders::set_soon_wanted(
                c,
                Role::Supplier,
                two[2].2,
                false,
                at("2027-03-01 00:00"),
            )
            .expect("off");
            (two[0].0, two[1].0, two[2].0)
        })
        .await;
    let ctx = move || {
        MailContext::new(&base, "Expo <expo@kotra.example>".parse().expect("from"))
            .with_secret(b"a secret key of at least thirty-two bytes long")
    };
    let run = |now: &str| {
        let ctx = ctx();
        let now = at(now);
        app.with_db(move |c| {
            expomatch::mail::reminders::queue_soon_due(c, &ctx, now).expect("queue")
        })
    };
    assert_eq!(run("2027-03-28 00:54").await, 0, "not a minute early");
    // Two workers at the due minute: each person once.
    let (a, b) = tokio::join!(run("2027-03-28 00:55"), run("2027-03-28 00:55"));
    assert_eq!(a + b, 2, "the meeting's two people, once each");
    assert_eq!(run("2027-03-28 00:56").await, 0, "never twice");
    assert_eq!(
        run("2027-03-28 01:05").await,
        0,
        "none for the cancelled meeting"
    );
    assert_eq!(
        run("2027-03-28 01:15").await,
        1,
        "the third meeting's buyer; its supplier turned them off"
    );
    let per_meeting: Vec<i32> = app
        .with_db(|c| {
            expomatch::db::schema::meeting_reminders::table
                .select(expomatch::db::schema::meeting_reminders::meeting_id)
                .load(c)
                .expect("claims")
        })
        .await;
    assert_eq!(per_meeting.iter().filter(|m| **m == kept).count(), 2);
    assert_eq!(per_meeting.iter().filter(|m| **m == cancelled).count(), 0);
    assert_eq!(
        per_meeting.iter().filter(|m| **m == off_supplier).count(),
        1
    );
    let subjects: Vec<String> = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("meeting_reminder"))
                .select(outbox::subject)
                .load(c)
                .expect("subjects")
        })
        .await;
    assert_eq!(subjects.len(), 3);
    // A moved meeting is reminded again at its new time, not at the old one.
    app.with_db(move |c| {
        let slot: i32 = meetings::table
            .find(kept)
            .select(meetings::slot_id)
            .first(c)
            .expect("slot");
        diesel::update(slots::table.find(slot))
            .set((
                slots::starts_at.eq(at("2027-03-28 08:00")),
                slots::ends_at.eq(at("2027-03-28 08:30")),
            ))
            .execute(c)
            .expect("moved")
    })
    .await;
    assert_eq!(run("2027-03-28 07:44").await, 0);
    assert_eq!(run("2027-03-28 07:45").await, 2, "both, at the new time");
}
on_both_databases!(
    the_reminder_before_each_meeting_is_due_at_its_instant_across_daylight_saving_once_and_never_when_cancelled
);

async fn a_reminder_can_be_stopped_from_the_message_itself_or_the_persons_page(app: TestApp) {
    let base = app.address.clone();
    let (_, buyer) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let (id, slot, buyer): (i32, i32, i32) = meetings::table
                .filter(meetings::status.eq("booked"))
                .order(meetings::id)
                .select((meetings::id, meetings::slot_id, meetings::buyer_id))
                .first(c)
                .expect("a meeting");
            diesel::update(slots::table.find(slot))
                .set((
                    slots::starts_at.eq(at("2027-05-04 07:00")),
                    slots::ends_at.eq(at("2027-05-04 07:30")),
                ))
                .execute(c)
                .expect("moved");
            diesel::update(
                meetings::table
                    .filter(meetings::slot_id.eq(slot))
                    .filter(meetings::id.ne(id)),
            )
            .set(meetings::status.eq("cancelled"))
            .execute(c)
            .expect("alone");
            diesel::update(meetings::table.find(id))
                .set(meetings::interpreter_id.eq(None::<i32>))
                .execute(c)
                .expect("its two sides only");
            (id, buyer)
        })
        .await;
    let ctx = MailContext::new(&base, "Expo <expo@kotra.example>".parse().expect("from"))
        .with_secret(b"the test app's secret key is not this one");
    let queued = app
        .with_db(move |c| {
            expomatch::mail::reminders::queue_soon_due(c, &ctx, at("2027-05-04 06:45"))
                .expect("queue")
        })
        .await;
    assert_eq!(queued, 2);
    let (text, unsubscribe): (String, Option<String>) = app
        .with_db(move |c| {
            outbox::table
                .inner_join(buyers::table.on(buyers::email.eq(outbox::to_address)))
                .filter(outbox::kind.eq("meeting_reminder"))
                .filter(buyers::id.eq(buyer))
                .select((outbox::body_text, outbox::list_unsubscribe))
                .first(c)
                .expect("the buyer's reminder")
        })
        .await;
    let url = unsubscribe.expect("a List-Unsubscribe address");
    assert!(
        url.contains(&format!("/unsubscribe/buyer/{buyer}/meeting_reminder/")),
        "{url}"
    );
    assert!(text.contains(&url), "the message says how to stop them");
    // The test context signed with another secret than the app's: that link is refused.
    let path = url
        .split_once(&base)
        .map(|(_, p)| p.to_owned())
        .expect("a path");
    let anonymous = app.new_client();
    assert_eq!(
        anonymous
            .get(app.url(&path))
            .send()
            .await
            .expect("GET")
            .status()
            .as_u16(),
        404,
        "a key the site did not sign"
    );
    // The site's own link (as the app signs it) shows one button; a mail program's
    // one-click POST, with no session and no form token, stops them.
    let settings_key: Vec<u8> = app.secret_key().to_vec();
    let key = expomatch::domain::online::opt_out_key(
        &settings_key,
        Role::Buyer,
        buyer,
        "meeting_reminder",
    );
    let own = format!("/unsubscribe/buyer/{buyer}/meeting_reminder/{key}");
    let res = anonymous.get(app.url(&own)).send().await.expect("GET");
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.text()
            .await
            .expect("body")
            .contains("id=\"unsubscribe\"")
    );
    let res = anonymous
        .post(app.url(&own))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 200);
    let wanted = app
        .with_db(move |c| {
            expomatch::mail::reminders::soon_wanted(c, Role::Buyer, buyer).expect("read")
        })
        .await;
    assert!(!wanted, "stopped");
    // On their own page the buyer sees it is off and turns it back on.
    let phone = app.signed_in_as(Role::Buyer, buyer).await;
    let page = phone
        .get(app.url("/buyer/privacy"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&page);
    let token = csrf_in(&html);
    assert!(
        page.contains("do not get reminders"),
        "the page says they are off"
    );
    let res = phone
        .post(app.url("/buyer/privacy/reminders"))
        .form(&[("csrf_token", token.as_str()), ("reminders", "yes")])
        .send()
        .await
        .expect("POST");
    assert_eq!(res.status().as_u16(), 303);
    let wanted = app
        .with_db(move |c| {
            expomatch::mail::reminders::soon_wanted(c, Role::Buyer, buyer).expect("read")
        })
        .await;
    assert!(wanted, "on again");
}
on_both_databases!(a_reminder_can_be_stopped_from_the_message_itself_or_the_persons_page);

async fn the_scheduler_keeps_a_remote_buyer_within_the_hours_they_accept(app: TestApp) {
    use expomatch::db::schema::{meeting_requests, schedule_items};
    let (expo, organizer, buyer) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let organizer = expomatch::store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("plan@kotra.example").expect("email"),
                &expomatch::domain::PersonName::parse("name", "Plan Ner").expect("name"),
                &expomatch::domain::password::Password::parse("a long enough passphrase")
                    .expect("password")
                    .hash(),
                expomatch::store::now(),
            )
            .expect("organizer");
            // Two buyers with accepted requests to suppliers they have not met or asked.
            let pairs: Vec<(i32, i32)> = meetings::table
                .select((meetings::buyer_id, meetings::supplier_id))
                .load(c)
                .expect("pairs");
            let asked: Vec<(i32, i32)> = meeting_requests::table
                .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
                .load(c)
                .expect("asked");
            let two: Vec<i32> = buyers::table
                .filter(buyers::profile_completed_at.is_not_null())
                .order(buyers::id)
                .select(buyers::id)
                .limit(2)
                .load(c)
                .expect("buyers");
            let approved: Vec<i32> = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .order(suppliers::id)
                .select(suppliers::id)
                .load(c)
                .expect("suppliers");
            for b in &two {
                for s in approved
                    .iter()
                    .filter(|s| !pairs.contains(&(*b, **s)) && !asked.contains(&(*b, **s)))
                    .take(2)
                {
                    diesel::insert_into(meeting_requests::table)
                        .values((
                            meeting_requests::expo_id.eq(expo),
                            meeting_requests::buyer_id.eq(b),
                            meeting_requests::supplier_id.eq(s),
                            meeting_requests::requested_by.eq("buyer"),
                            meeting_requests::priority.eq("must"),
                            meeting_requests::status.eq("accepted"),
                            meeting_requests::created_at.eq(expomatch::store::now()),
                        ))
                        .execute(c)
                        .expect("request");
                }
            }
            let buyer = two[0];
            // Remote, and only from 00:00 to 00:01 on their own clock: no slot fits.
            diesel::update(buyers::table.find(buyer))
                .set((
                    buyers::remote.eq(true),
                    buyers::hours_from.eq(0),
                    buyers::hours_to.eq(1),
                ))
                .execute(c)
                .expect("remote");
            (expo, organizer.0, buyer)
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    let page = format!("/organizer/expos/{expo}/schedule");
    let res = app.post_form(&page, &page, &[]).await;
    assert_eq!(res.status().as_u16(), 303, "a draft");
    let (theirs, others): (Vec<Option<i32>>, Vec<Option<i32>>) = app
        .with_db(move |c| {
            let rows: Vec<(i32, Option<i32>)> = schedule_items::table
                .inner_join(
                    meeting_requests::table.on(meeting_requests::id.eq(schedule_items::request_id)),
                )
                .select((meeting_requests::buyer_id, schedule_items::slot_id))
                .load(c)
                .expect("items");
            let (a, b): (Vec<_>, Vec<_>) = rows.into_iter().partition(|(b, _)| *b == buyer);
            (
                a.into_iter().map(|(_, s)| s).collect(),
                b.into_iter().map(|(_, s)| s).collect(),
            )
        })
        .await;
    assert!(!theirs.is_empty(), "the buyer's requests are in the draft");
    assert!(
        theirs.iter().all(Option::is_none),
        "none placed outside the hours the buyer accepts: {theirs:?}"
    );
    assert!(
        others.iter().any(Option::is_some),
        "everyone else's are placed as before"
    );
}
on_both_databases!(the_scheduler_keeps_a_remote_buyer_within_the_hours_they_accept);
