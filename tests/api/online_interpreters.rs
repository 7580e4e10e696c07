//! An interpreter scheduled on an online meeting gets what its two sides get, without
//! an account: an email with their own join link and the meeting's calendar entry, an
//! agenda page and calendar file of their own behind a key, a join that is recorded,
//! the reminder shortly before, and a cancelling message when they are taken off.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use expomatch::db::schema::{
    buyers, expos, interpreters, meeting_joins, meetings, outbox, slots, suppliers,
};
use expomatch::domain::Role;
use expomatch::mail::messages::MailContext;
use icalendar::{Calendar, CalendarComponent, Component, EventLike};

use crate::helpers::*;
use crate::on_both_databases;

const ROOMS: &str = "https://meet.agency.example";

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\r\n\t", "")
}

fn event_of(ics: &str) -> icalendar::Event {
    let parsed: Calendar = unfold(ics).parse().expect("the calendar parses");
    parsed
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e.clone()),
            _ => None,
        })
        .expect("an event")
}

/// The path of an absolute link.
fn path_of(link: &str) -> String {
    link.split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))
        .expect("a path")
}

fn word_with(text: &str, marker: &str) -> String {
    text.split_whitespace()
        .find(|w| w.contains(marker))
        .unwrap_or_else(|| panic!("{marker} in:\n{text}"))
        .to_owned()
}

async fn an_interpreter_on_an_online_meeting_gets_their_own_link_agenda_calendar_and_reminder(
    app: TestApp,
) {
    // A future booked meeting made online, and an interpreter who speaks both sides'
    // languages (the demo's own interpreter, if it had one, is replaced).
    let (meeting, before, interpreter, buyer_name, starts) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            diesel::update(expos::table)
                .set(expos::video_base_url.eq(ROOMS))
                .execute(c)
                .expect("rooms");
            let (meeting, expo, before, b_lang, s_lang, buyer_name, starts): (
                i32,
                i32,
                Option<i32>,
                String,
                String,
                String,
                NaiveDateTime,
            ) = meetings::table
                .inner_join(slots::table)
                .inner_join(buyers::table)
                .inner_join(suppliers::table)
                .filter(meetings::status.eq("booked"))
                .filter(slots::starts_at.gt(expomatch::store::now()))
                .order((meetings::interpreter_id.desc(), meetings::id))
                .select((
                    meetings::id,
                    meetings::expo_id,
                    meetings::interpreter_id,
                    buyers::languages,
                    suppliers::languages,
                    buyers::name,
                    slots::starts_at,
                ))
                .first(c)
                .expect("a future meeting");
            diesel::update(meetings::table.find(meeting))
                .set(meetings::mode.eq("online"))
                .execute(c)
                .expect("online");
            let interpreter: i32 = diesel::insert_into(interpreters::table)
                .values((
                    interpreters::expo_id.eq(expo),
                    interpreters::name.eq("Lucía Interp"),
                    interpreters::email.eq("lucia@interpreters.example"),
                    interpreters::languages.eq(format!("{b_lang} {s_lang}")),
                    interpreters::note.eq(""),
                    interpreters::created_at.eq(expomatch::store::now()),
                ))
                .returning(interpreters::id)
                .get_result(c)
                .expect("interpreter");
            (meeting, before, interpreter, buyer_name, starts)
        })
        .await;
    let organizer = app
        .with_db(|c| {
            expomatch::store::organizers::create(
                c,
                &expomatch::domain::EmailAddress::parse("desk@kotra.example").expect("email"),
                &expomatch::domain::PersonName::parse("name", "Interpreting Desk").expect("name"),
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
    let token = csrf_in(&scraper::Html::parse_document(&page));
    let choose = |who: String| {
        staff
            .post(app.url(&format!("/organizer/meetings/{meeting}/interpreter")))
            .form(&[("csrf_token", token.clone()), ("interpreter", who)])
            .send()
    };
    assert_eq!(
        choose(interpreter.to_string())
            .await
            .expect("POST")
            .status()
            .as_u16(),
        303
    );
    let mail_to = |address: &'static str| {
        app.with_db(move |c| {
            outbox::table
                .filter(outbox::to_address.eq(address))
                .order(outbox::id)
                .select((
                    outbox::kind,
                    outbox::body_text,
                    outbox::calendar_method,
                    outbox::calendar_ics,
                    outbox::list_unsubscribe,
                ))
                .load::<(
                    String,
                    String,
                    Option<String>,
                    Option<String>,
                    Option<String>,
                )>(c)
                .expect("mail")
        })
    };
    let got = mail_to("lucia@interpreters.example").await;
    assert_eq!(got.len(), 1, "one message: {got:?}");
    let (kind, text, method, ics, _) = &got[0];
    assert_eq!(kind, "interpreter_assigned");
    assert_eq!(method.as_deref(), Some("REQUEST"));
    assert!(text.contains(&buyer_name), "names the buyer");
    let join = word_with(text, &format!("/join/{meeting}/interpreter/{interpreter}/"));
    let agenda = text
        .split_whitespace()
        .find(|w| w.contains(&format!("/interpreter/{interpreter}/")) && !w.contains("/join/"))
        .expect("their agenda link")
        .to_owned();
    let event = event_of(ics.as_deref().expect("a calendar file"));
    assert_eq!(
        event.get_url(),
        Some(join.as_str()),
        "URL is their own link"
    );
    assert!(event.get_location().is_some_and(|l| l.contains(&join)));
    assert!(
        unfold(ics.as_deref().expect("ics")).contains("mailto:lucia@interpreters.example"),
        "the interpreter is an attendee"
    );
    // The interpreter the demo had there learns they are not needed: the entry leaves
    // their calendar.
    if let Some(old) = before {
        let address: String = app
            .with_db(move |c| {
                interpreters::table
                    .find(old)
                    .select(interpreters::email)
                    .first(c)
                    .expect("old interpreter")
            })
            .await;
        let released: Vec<(String, Option<String>)> = app
            .with_db(move |c| {
                outbox::table
                    .filter(outbox::to_address.eq(address))
                    .filter(outbox::meeting_id.eq(meeting))
                    .select((outbox::kind, outbox::calendar_method))
                    .load(c)
                    .expect("mail")
            })
            .await;
        assert_eq!(
            released,
            vec![("interpreter_released".to_owned(), Some("CANCEL".to_owned()))]
        );
    }
    // Their agenda, without signing in: the meeting, a Join button with their own
    // link, never cached; a wrong key finds nothing.
    let anonymous = app.new_client();
    let res = anonymous
        .get(app.url(&path_of(&agenda)))
        .send()
        .await
        .expect("agenda");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let body = res.text().await.expect("body");
    assert!(body.contains(&buyer_name));
    let html = scraper::Html::parse_document(&body);
    let joins: Vec<String> = html
        .select(&scraper::Selector::parse("#interpreter-agenda a.btn").expect("s"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert_eq!(joins, vec![path_of(&join)]);
    let wrong = format!("{}00", &path_of(&agenda)[..path_of(&agenda).len() - 2]);
    let wrong = if wrong == path_of(&agenda) {
        format!("{}11", &wrong[..wrong.len() - 2])
    } else {
        wrong
    };
    assert_eq!(
        anonymous
            .get(app.url(&wrong))
            .send()
            .await
            .expect("GET")
            .status()
            .as_u16(),
        404
    );
    let feed = anonymous
        .get(app.url(&format!("{}/agenda.ics", path_of(&agenda))))
        .send()
        .await
        .expect("feed")
        .text()
        .await
        .expect("ics");
    assert_eq!(event_of(&feed).get_url(), Some(join.as_str()));
    // Following the link is recorded as the interpreter's join and leads to the room.
    let res = anonymous
        .get(app.url(&path_of(&join)))
        .send()
        .await
        .expect("join");
    assert_eq!(res.status().as_u16(), 303);
    assert!(
        res.headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|l| l.starts_with(ROOMS))
    );
    let joined: Vec<(String, i32)> = app
        .with_db(move |c| {
            meeting_joins::table
                .filter(meeting_joins::meeting_id.eq(meeting))
                .select((meeting_joins::role, meeting_joins::person_id))
                .load(c)
                .expect("joins")
        })
        .await;
    assert_eq!(joined, vec![("interpreter".to_owned(), interpreter)]);
    let page = staff
        .get(app.url(&format!("/organizer/meetings/{meeting}")))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let html = scraper::Html::parse_document(&page);
    let line: String = html
        .select(&scraper::Selector::parse("#joined-interpreter").expect("s"))
        .flat_map(|e| e.text())
        .collect();
    assert!(line.contains("Lucía Interp joined at"), "{line}");
    // The reminder shortly before reaches the interpreter too, with the link and a
    // way to stop it.
    let base = app.address.clone();
    let secret = app.secret_key().to_vec();
    let queued = app
        .with_db(move |c| {
            let ctx = MailContext::new(&base, "Expo <expo@kotra.example>".parse().expect("from"))
                .with_secret(&secret);
            let minutes: i32 = expos::table
                .select(expos::reminder_minutes)
                .first(c)
                .expect("minutes");
            expomatch::mail::reminders::queue_soon_due(
                c,
                &ctx,
                starts - TimeDelta::minutes(i64::from(minutes)),
            )
            .expect("queue")
        })
        .await;
    assert!(queued >= 3, "buyer, supplier and interpreter: {queued}");
    let got = mail_to("lucia@interpreters.example").await;
    let (_, text, _, _, unsubscribe) = got
        .iter()
        .find(|m| m.0 == "meeting_reminder")
        .expect("the interpreter's reminder");
    assert!(text.contains(&join), "the reminder carries the link");
    let unsubscribe = unsubscribe.as_deref().expect("List-Unsubscribe");
    assert!(unsubscribe.contains(&format!("/unsubscribe/interpreter/{interpreter}/")));
    // Taken off the meeting: a cancelling message, no link.
    assert_eq!(
        choose(String::new()).await.expect("POST").status().as_u16(),
        303
    );
    let got = mail_to("lucia@interpreters.example").await;
    let (kind, text, method, _, _) = got.last().expect("a last message");
    assert_eq!(kind, "interpreter_released");
    assert_eq!(method.as_deref(), Some("CANCEL"));
    assert!(!text.contains("/join/"), "no link to a meeting they left");
    // The agenda is empty now, and says so.
    let body = anonymous
        .get(app.url(&path_of(&agenda)))
        .send()
        .await
        .expect("agenda")
        .text()
        .await
        .expect("body");
    assert!(!body.contains(&buyer_name));
    // Chosen again, then removed from the expo's list: told before they go, with a
    // calendar SEQUENCE above the one of the entry they hold.
    assert_eq!(
        choose(interpreter.to_string())
            .await
            .expect("POST")
            .status()
            .as_u16(),
        303
    );
    let expo: i32 = app
        .with_db(move |c| {
            meetings::table
                .find(meeting)
                .select(meetings::expo_id)
                .first(c)
                .expect("expo")
        })
        .await;
    let res = staff
        .post(app.url(&format!(
            "/organizer/expos/{expo}/interpreters/{interpreter}/remove"
        )))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .expect("remove");
    assert_eq!(res.status().as_u16(), 303);
    let got = mail_to("lucia@interpreters.example").await;
    let kinds: Vec<&str> = got.iter().rev().take(2).map(|m| m.0.as_str()).collect();
    assert_eq!(kinds, ["interpreter_released", "interpreter_assigned"]);
    let sequence = |ics: &str| {
        unfold(ics)
            .lines()
            .find_map(|l| l.strip_prefix("SEQUENCE:").map(str::to_owned))
            .expect("SEQUENCE")
    };
    let last = got.last().and_then(|m| m.3.clone()).expect("ics");
    let before_last = got[got.len() - 2].3.clone().expect("ics");
    assert!(
        sequence(&last).parse::<u32>().expect("n")
            > sequence(&before_last).parse::<u32>().expect("n"),
        "a higher SEQUENCE"
    );
}
on_both_databases!(
    an_interpreter_on_an_online_meeting_gets_their_own_link_agenda_calendar_and_reminder
);
