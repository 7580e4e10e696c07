//! What an expo's emails carry: a published schedule's calendar file, the invitation's
//! facts, the expo's sender and Reply-To, and times labelled with their zones.

use super::*;
use chrono::{NaiveDateTime, TimeZone as _};
use chrono_tz::Tz;
use expomatch::db::schema::{expos, meeting_requests};
use expomatch::domain::{EmailAddress, PersonName, password::Password};

/// A message's sender and Reply-To, subject and text, for messages with no calendar.
struct Letter {
    from_name: String,
    from_address: String,
    reply_to: String,
    to: String,
    subject: String,
    text: String,
    html: String,
}

fn letter(raw: &[u8]) -> Letter {
    let msg = MessageParser::default().parse(raw).expect("a MIME message");
    let first = |a: Option<&mail_parser::Address<'_>>| {
        let a = a.and_then(|a| a.first());
        (
            a.and_then(|a| a.name()).unwrap_or_default().to_owned(),
            a.and_then(|a| a.address()).unwrap_or_default().to_owned(),
        )
    };
    let (from_name, from_address) = first(msg.from());
    let (_, reply_to) = first(msg.reply_to());
    let (_, to) = first(msg.to());
    Letter {
        from_name,
        from_address,
        reply_to,
        to,
        subject: msg.subject().unwrap_or_default().to_owned(),
        text: msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: msg.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
    }
}

fn parse_id(raw: &[u8]) -> String {
    MessageParser::default()
        .parse(raw)
        .and_then(|m| m.message_id().map(str::to_owned))
        .unwrap_or_default()
}

/// A clock range labelled as a reader expects it: "19:00–19:30 UTC−5", "09:00–09:30 KST".
fn labelled(tz: Tz, starts: NaiveDateTime, ends: NaiveDateTime) -> String {
    let (s, e) = (tz.from_utc_datetime(&starts), tz.from_utc_datetime(&ends));
    let abbr = s.format("%Z").to_string();
    let zone = if abbr.chars().any(|c| c.is_ascii_alphabetic()) {
        abbr
    } else {
        // "-05" → "UTC−5", "+0530" → "UTC+5:30"
        let sign = if abbr.starts_with('-') {
            '\u{2212}'
        } else {
            '+'
        };
        let digits = abbr.trim_start_matches(['+', '-']);
        let (h, m) = digits.split_at(2);
        let h: u32 = h.parse().expect("hours");
        if m.is_empty() || m == "00" {
            format!("UTC{sign}{h}")
        } else {
            format!("UTC{sign}{h}:{m}")
        }
    };
    format!("{}–{} {zone}", s.format("%H:%M"), e.format("%H:%M"))
}

async fn a_published_schedule_reaches_everyone_with_one_calendar_file_of_all_their_meetings(
    app: TestApp,
) {
    let backend = app.backend;
    drop(app);
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    let app = app_with_smtp(backend, &smtp).await;
    let (organizer, expo, made) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            // Everyone reads English here (a supplier with no choice reads Korean).
            diesel::update(suppliers::table)
                .set(suppliers::locale.eq("en"))
                .execute(c)
                .expect("english");
            diesel::update(buyers::table)
                .set(buyers::locale.eq("en"))
                .execute(c)
                .expect("english");
            let o = store::organizers::create(
                c,
                &EmailAddress::parse("publish@kotra.example").expect("email"),
                &PersonName::parse("name", "Publish Person").expect("name"),
                &Password::parse("a publishing password").expect("pw").hash(),
                store::now(),
            )
            .expect("organizer");
            let expo: i32 = expos::table.select(expos::id).first(c).expect("expo");
            let pairs: Vec<(i32, i32)> = meetings::table
                .select((meetings::buyer_id, meetings::supplier_id))
                .load(c)
                .expect("pairs");
            let asked: Vec<(i32, i32)> = meeting_requests::table
                .select((meeting_requests::buyer_id, meeting_requests::supplier_id))
                .load(c)
                .expect("asked");
            let buyer_ids: Vec<i32> = buyers::table
                .order(buyers::id)
                .select(buyers::id)
                .limit(4)
                .load(c)
                .expect("buyers");
            let supplier_ids: Vec<i32> = suppliers::table
                .filter(suppliers::status.eq("approved"))
                .order(suppliers::id)
                .select(suppliers::id)
                .limit(6)
                .load(c)
                .expect("suppliers");
            let mut made = 0;
            for (i, b) in buyer_ids.iter().enumerate() {
                for s in supplier_ids.iter().skip(i).take(2) {
                    if pairs.contains(&(*b, *s)) || asked.contains(&(*b, *s)) {
                        continue;
                    }
                    diesel::insert_into(meeting_requests::table)
                        .values((
                            meeting_requests::expo_id.eq(expo),
                            meeting_requests::buyer_id.eq(b),
                            meeting_requests::supplier_id.eq(s),
                            meeting_requests::requested_by.eq("buyer"),
                            meeting_requests::priority.eq("must"),
                            meeting_requests::status.eq("accepted"),
                            meeting_requests::created_at.eq(store::now()),
                        ))
                        .execute(c)
                        .expect("request");
                    made += 1;
                }
            }
            (o.0, expo, made)
        })
        .await;
    assert!(made >= 4, "{made} requests");
    app.sign_in(Role::Organizer, organizer).await;
    let page = format!("/organizer/expos/{expo}/schedule");
    let res = app.post_form(&page, &page, &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let run_page = location(&res);
    let res = app
        .post_form(&run_page, &format!("{run_page}/publish"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (created, agendas): (i64, i64) = app
        .with_db(|c| {
            (
                meetings::table
                    .filter(meetings::source.eq("scheduler"))
                    .count()
                    .get_result(c)
                    .expect("n"),
                outbox::table
                    .filter(outbox::kind.eq("agenda_published"))
                    .count()
                    .get_result(c)
                    .expect("n"),
            )
        })
        .await;
    assert!(created >= 4, "{created} meetings placed");
    // The agendas as the outbox sent them (the worker may send other messages too).
    let mut sent: Vec<String> = Vec::new();
    for _ in 0..200 {
        sent = app
            .with_db(|c| {
                outbox::table
                    .filter(outbox::kind.eq("agenda_published"))
                    .filter(outbox::status.eq("sent"))
                    .select(outbox::message_id.assume_not_null())
                    .load(c)
                    .expect("sent")
            })
            .await;
        if i64::try_from(sent.len()).ok() == Some(agendas) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let agendas = usize::try_from(agendas).expect("count");
    assert_eq!(sent.len(), agendas, "every agenda went out");
    let received: Vec<Vec<u8>> = smtp
        .wait_for(agendas)
        .await
        .into_iter()
        .filter(|raw| {
            let id = parse_id(raw);
            sent.iter().any(|s| s.contains(&id))
        })
        .collect();
    assert_eq!(received.len(), agendas, "one agenda per person");

    // Every live meeting of each recipient, as its own invitations describe it.
    type Expected = Vec<(String, u32, String, String)>;
    let people: Vec<(String, Option<String>, Expected)> = app
        .with_db(|c| {
            let rows: Vec<(
                String,
                String,
                String,
                i32,
                i32,
                NaiveDateTime,
                NaiveDateTime,
            )> = meetings::table
                .inner_join(slots::table)
                .inner_join(buyers::table)
                .inner_join(suppliers::table)
                .filter(meetings::status.eq_any(["booked", "held"]))
                .select((
                    buyers::email,
                    buyers::timezone,
                    suppliers::email,
                    meetings::id,
                    meetings::ical_sequence,
                    slots::starts_at,
                    slots::ends_at,
                ))
                .load(c)
                .expect("meetings");
            let mut by_person: std::collections::BTreeMap<(String, Option<String>), Expected> =
                Default::default();
            for (buyer, tz, supplier, id, sequence, starts, ends) in rows {
                let event = (
                    format!("meeting-{id}@127.0.0.1"),
                    u32::try_from(sequence).expect("sequence"),
                    starts.format("%Y%m%dT%H%M%SZ").to_string(),
                    ends.format("%Y%m%dT%H%M%SZ").to_string(),
                );
                by_person
                    .entry((buyer, Some(tz)))
                    .or_default()
                    .push(event.clone());
                by_person.entry((supplier, None)).or_default().push(event);
            }
            by_person
                .into_iter()
                .map(|((email, tz), mut events)| {
                    events.sort();
                    (email, tz, events)
                })
                .collect()
        })
        .await;
    let mut buyers_checked = 0;
    for raw in &received {
        let p = parse(raw);
        let l = letter(raw);
        assert_eq!(
            p.calendar_type, "text/calendar; method=PUBLISH",
            "for {}",
            p.to
        );
        let (_, tz, expected) = people
            .iter()
            .find(|(email, _, _)| *email == p.to)
            .expect("a participant");
        let mut events: Expected = p
            .calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some((
                    e.get_uid().unwrap_or_default().to_owned(),
                    e.get_sequence().unwrap_or(u32::MAX),
                    e.property_value("DTSTART").unwrap_or_default().to_owned(),
                    e.property_value("DTEND").unwrap_or_default().to_owned(),
                )),
                _ => None,
            })
            .collect();
        events.sort();
        assert_eq!(
            &events, expected,
            "{}'s calendar holds all their meetings",
            p.to
        );
        // The expo's organizer, reachable at its contact address, organizes them.
        for c in &p.calendar.components {
            if let CalendarComponent::Event(e) = c {
                assert_eq!(
                    e.property_value("ORGANIZER"),
                    Some("mailto:export-desk@kotra.example")
                );
            }
        }
        // The expo's sender, with the organizer's contact for replies.
        assert_eq!(
            (l.from_name.as_str(), l.reply_to.as_str()),
            (
                "KOTRA Export Consultation Desk",
                "export-desk@kotra.example"
            )
        );
        // A buyer reads each meeting in venue time and in its own, both labelled.
        if let Some(tz) = tz {
            let own: Tz = tz.parse().expect("zone");
            let first = &expected[0];
            let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%SZ").expect("utc");
            let (starts, ends) = (at(&first.2), at(&first.3));
            let venue = labelled(chrono_tz::Asia::Seoul, starts, ends);
            assert!(p.text.contains(&venue), "{venue} in\n{}", p.text);
            if own.from_utc_datetime(&starts).offset().to_string()
                != chrono_tz::Asia::Seoul
                    .from_utc_datetime(&starts)
                    .offset()
                    .to_string()
            {
                let mine = labelled(own, starts, ends);
                assert!(
                    p.text.contains(&format!("{venue} · ")) && p.text.contains(&mine),
                    "{venue} · … {mine} in\n{}",
                    p.text
                );
            }
            buyers_checked += 1;
        }
    }
    assert!(buyers_checked >= 2, "buyers were among them");
}
on_both_databases!(
    a_published_schedule_reaches_everyone_with_one_calendar_file_of_all_their_meetings
);

async fn an_invitation_gives_dates_venue_deadline_and_contact_from_the_expos_own_sender(
    app: TestApp,
) {
    let backend = app.backend;
    drop(app);
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    let app = app_with_smtp(backend, &smtp).await;
    let organizer = app
        .with_db(|c| {
            store::organizers::create(
                c,
                &EmailAddress::parse("invite@kotra.example").expect("email"),
                &PersonName::parse("name", "Invite Person").expect("name"),
                &Password::parse("an inviting password").expect("pw").hash(),
                store::now(),
            )
            .expect("organizer")
            .0
        })
        .await;
    app.sign_in(Role::Organizer, organizer).await;
    let good = vec![
        ("name", "Korea Water Export Consultation 2027"),
        ("venue", "KINTEX Hall 5, Goyang"),
        ("venue_timezone", "Asia/Seoul"),
        ("booking_opens", "2027-03-01T09:00"),
        ("booking_closes", "2027-03-20T18:00"),
        ("self_booking", "on"),
        ("sender_name", "K-water Export Desk"),
        ("contact_email", "Desk@Kwater.example"),
    ];
    // A contact that is not an address, or a sender name that would break the From
    // header, is refused next to its field and nothing is stored.
    for (field, value) in [
        ("contact_email", "the export desk"),
        ("sender_name", "K-water\r\nBcc: all@example.com"),
    ] {
        let mut fields: Vec<(&str, &str)> =
            good.iter().filter(|(k, _)| *k != field).copied().collect();
        fields.push((field, value));
        let res = app
            .post_form("/organizer/expos/new", "/organizer/expos", &fields)
            .await;
        assert_eq!(res.status().as_u16(), 422, "case {field}");
        let html = scraper::Html::parse_document(&res.text().await.expect("body"));
        assert_eq!(
            select_text(&html, ".field.invalid").len(),
            1,
            "case {field}"
        );
        assert_eq!(
            app.with_db(|c| expos::table.count().get_result::<i64>(c).expect("n"))
                .await,
            0,
            "case {field}: nothing stored"
        );
    }
    let res = app
        .post_form("/organizer/expos/new", "/organizer/expos", &good)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let page = location(&res);
    // The settings form shows what was saved.
    let (_, html) = app.get_html(&page).await;
    let value = |css: &str| {
        html.select(&scraper::Selector::parse(css).expect("selector"))
            .next()
            .and_then(|e| e.value().attr("value"))
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(value("#sender_name"), "K-water Export Desk");
    assert_eq!(value("#contact_email"), "desk@kwater.example");
    for date in ["2027-03-23", "2027-03-24"] {
        let res = app
            .post_form(
                &page,
                &format!("{page}/days"),
                &[
                    ("date", date),
                    ("starts", "09:00"),
                    ("ends", "17:00"),
                    ("slot_minutes", "30"),
                    ("gap_minutes", "0"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303, "day {date}");
    }
    let res = app
        .post_form(
            &page,
            &format!("{page}/buyers"),
            &[
                ("name", "Lucía Fernández"),
                ("organisation", "SEDAPAL"),
                ("email", "lucia@sedapal.example"),
                ("country", "PE"),
                ("timezone", ""),
                ("languages", "es, en"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let received = smtp.wait_for(1).await;
    assert_eq!(received.len(), 1, "the invitation");
    let l = letter(&received[0]);
    assert_eq!(l.to, "lucia@sedapal.example");
    assert_eq!(l.from_name, "K-water Export Desk", "the expo's sender name");
    assert_eq!(l.from_address, "expo@kotra.example", "the site's address");
    assert_eq!(
        l.reply_to, "desk@kwater.example",
        "replies reach the organizer"
    );
    for (what, expected) in [
        ("the consultation days", "23–24 March 2027"),
        ("the venue", "KINTEX Hall 5, Goyang"),
        // 18:00 in Goyang is 04:00 in Lima (the buyer's country's zone).
        (
            "the booking deadline",
            "Sat 20 Mar · 18:00 KST · 04:00 UTC\u{2212}5",
        ),
        ("the organizer", "K-water Export Desk"),
        ("the organizer's contact", "desk@kwater.example"),
    ] {
        assert!(
            l.text.contains(expected),
            "{what}: {expected} in\n{}",
            l.text
        );
        let html = l.html.replace("&#x2F;", "/");
        assert!(
            html.contains(expected),
            "{what}: {expected} in the HTML part"
        );
    }
}
on_both_databases!(an_invitation_gives_dates_venue_deadline_and_contact_from_the_expos_own_sender);

async fn a_buyer_reads_a_booked_meeting_in_venue_time_and_its_own_each_with_its_zone(app: TestApp) {
    let backend = app.backend;
    drop(app);
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    let app = app_with_smtp(backend, &smtp).await;
    let base = app.address.clone();
    let (booked, ends_at) = app
        .with_db(move |c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            // Every buyer in Lima, whose zone the zone database names only "-05".
            diesel::update(buyers::table)
                .set(buyers::timezone.eq("America/Lima"))
                .execute(c)
                .expect("lima");
            let booked = book_one_seeded(c, &base);
            let ends_at: NaiveDateTime = meetings::table
                .inner_join(slots::table)
                .filter(meetings::id.eq(booked.meeting.0))
                .select(slots::ends_at)
                .first(c)
                .expect("ends");
            (booked, ends_at)
        })
        .await;
    let received = smtp.wait_for(2).await;
    assert_eq!(received.len(), 2);
    let venue = labelled(chrono_tz::Asia::Seoul, booked.starts_at, ends_at);
    let own = labelled(chrono_tz::America::Lima, booked.starts_at, ends_at);
    assert!(own.ends_with("UTC\u{2212}5"), "{own}");
    for raw in &received {
        let l = letter(raw);
        if l.to == booked.buyer_email {
            for part in [&l.subject, &l.text] {
                assert!(
                    part.contains(&venue) && part.contains(&own),
                    "{venue} and {own} in\n{part}"
                );
            }
            assert!(
                l.text.find(&venue) < l.text.find(&own),
                "venue time first:\n{}",
                l.text
            );
        } else {
            assert_eq!(l.to, booked.supplier_email);
            assert!(!l.text.contains("UTC"), "the supplier reads venue time");
        }
        // Every email of the expo comes from it.
        assert_eq!(l.from_name, "KOTRA Export Consultation Desk");
        assert_eq!(l.reply_to, "export-desk@kotra.example");
    }
}
on_both_databases!(a_buyer_reads_a_booked_meeting_in_venue_time_and_its_own_each_with_its_zone);
