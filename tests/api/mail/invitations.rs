//! Invitations and reminders: calendar files that moves update and cancellations remove.

use super::*;

async fn a_booking_delivers_two_invitations_that_moves_update_and_cancellation_removes(
    app: TestApp,
) {
    // The harness app sends to memory; this test needs one that sends to SMTP.
    let backend = app.backend;
    drop(app);
    let smtp = SmtpServer::start_on(SmtpServer::free_port());
    let app = app_with_smtp(backend, &smtp).await;
    let base = app.address.clone();
    let booked = app.with_db(move |c| book_one(c, &base)).await;

    let first = smtp.wait_for(2).await;
    assert_eq!(first.len(), 2, "exactly one message per side");
    let mut parsed: Vec<Parsed> = first.iter().map(|r| parse(r)).collect();
    parsed.sort_by(|a, b| a.to.cmp(&b.to));
    let mut recipients = vec![booked.buyer_email.clone(), booked.supplier_email.clone()];
    recipients.sort();
    assert_eq!(
        parsed.iter().map(|p| p.to.clone()).collect::<Vec<_>>(),
        recipients
    );
    let uid = format!("meeting-{}@127.0.0.1", booked.meeting.0);
    for p in &parsed {
        assert!(
            p.subject.starts_with("Meeting booked: "),
            "subject {}",
            p.subject
        );
        assert!(
            !p.text.is_empty() && p.html.contains("<html"),
            "both parts for {}",
            p.to
        );
        assert_eq!(p.calendar_type, "text/calendar; method=REQUEST");
        assert_eq!(p.calendar.property_value("METHOD"), Some("REQUEST"));
        let event = event_of(&p.calendar);
        assert_eq!(event.get_uid(), Some(uid.as_str()));
        assert_eq!(event.get_sequence(), Some(0));
        assert_eq!(
            event.property_value("DTSTART"),
            Some(
                booked
                    .starts_at
                    .format("%Y%m%dT%H%M%SZ")
                    .to_string()
                    .as_str()
            )
        );
    }
    // The outbox recorded what went out.
    let ids: Vec<String> = parsed.iter().map(|p| p.message_id.clone()).collect();
    let stored: Vec<(String, Option<String>, i32)> = app
        .with_db(|c| {
            outbox::table
                .select((outbox::status, outbox::message_id, outbox::attempts))
                .load(c)
                .expect("rows")
        })
        .await;
    assert_eq!(stored.len(), 2);
    for (status, message_id, attempts) in &stored {
        assert_eq!((status.as_str(), *attempts), ("sent", 1));
        let message_id = message_id.clone().expect("message id");
        assert!(
            ids.iter().any(|id| message_id.contains(id.as_str())),
            "{message_id} in {ids:?}"
        );
    }

    // Moved: same UID, higher SEQUENCE. Cancelled: METHOD:CANCEL, same UID.
    let (meeting, other, base) = (booked.meeting, booked.other_slot, app.address.clone());
    app.with_db(move |c| {
        diesel::update(meetings::table.find(meeting.0))
            .set(meetings::slot_id.eq(other.0))
            .execute(c)
            .expect("move");
        change(c, meeting, MeetingChange::Moved, &base);
    })
    .await;
    let after_move = smtp.wait_for(4).await;
    assert_eq!(after_move.len(), 4);
    for raw in &after_move[2..] {
        let p = parse(raw);
        assert!(
            p.subject.starts_with("Meeting moved: "),
            "subject {}",
            p.subject
        );
        let event = event_of(&p.calendar);
        assert_eq!(
            (event.get_uid(), event.get_sequence()),
            (Some(uid.as_str()), Some(1))
        );
    }
    let base = app.address.clone();
    app.with_db(move |c| {
        change(
            c,
            meeting,
            MeetingChange::Cancelled {
                reason: "The buyer's flight was cancelled",
            },
            &base,
        )
    })
    .await;
    let after_cancel = smtp.wait_for(6).await;
    assert_eq!(after_cancel.len(), 6);
    for raw in &after_cancel[4..] {
        let p = parse(raw);
        assert_eq!(p.calendar_type, "text/calendar; method=CANCEL");
        assert!(
            p.text.contains("The buyer's flight was cancelled"),
            "the reason is given"
        );
        let event = event_of(&p.calendar);
        assert_eq!(
            (event.get_uid(), event.get_sequence()),
            (Some(uid.as_str()), Some(2))
        );
    }
}
on_both_databases!(a_booking_delivers_two_invitations_that_moves_update_and_cancellation_removes);

async fn reminders_go_out_once_the_evening_before_in_venue_time(app: TestApp) {
    let (queued, again, early, subjects, expected) = app
        .with_db(|c| {
            expomatch::demo::seed_in_transaction(c).expect("seed");
            // Everyone reads English here (a supplier with no choice reads Korean).
            diesel::update(suppliers::table)
                .set(suppliers::locale.eq("en"))
                .execute(c)
                .expect("english");
            let (day_id, day, starts): (i32, chrono::NaiveDate, chrono::NaiveTime) =
                expomatch::db::schema::consultation_days::table
                    .select((
                        expomatch::db::schema::consultation_days::id,
                        expomatch::db::schema::consultation_days::day,
                        expomatch::db::schema::consultation_days::starts_at,
                    ))
                    .order(expomatch::db::schema::consultation_days::day)
                    .first(c)
                    .expect("first day");
            let (from_utc, _) =
                expomatch::mail::reminders::window(day, starts, chrono_tz::Asia::Seoul)
                    .expect("window");
            let people: Vec<(i32, i32)> = meetings::table
                .inner_join(slots::table)
                .filter(slots::day_id.eq(day_id))
                .select((meetings::buyer_id, meetings::supplier_id))
                .load(c)
                .expect("people");
            let mut b: Vec<i32> = people.iter().map(|p| p.0).collect();
            let mut s: Vec<i32> = people.iter().map(|p| p.1).collect();
            b.sort_unstable();
            b.dedup();
            s.sort_unstable();
            s.dedup();
            let from = "Expo <expo@kotra.example>".parse().expect("from");
            let ctx = MailContext::new("http://127.0.0.1", from);
            let early =
                expomatch::mail::reminders::queue_due(c, &ctx, from_utc - TimeDelta::minutes(1))
                    .expect("early");
            let queued =
                expomatch::mail::reminders::queue_due(c, &ctx, from_utc + TimeDelta::minutes(30))
                    .expect("due");
            let again =
                expomatch::mail::reminders::queue_due(c, &ctx, from_utc + TimeDelta::minutes(31))
                    .expect("again");
            let subjects: Vec<String> = outbox::table
                .filter(outbox::kind.eq("reminder"))
                .select(outbox::subject)
                .load(c)
                .expect("subjects");
            (queued, again, early, subjects, b.len() + s.len())
        })
        .await;
    assert_eq!(early, 0, "nothing before 18:00 venue time");
    assert_eq!(queued, expected, "one per person with meetings that day");
    assert_eq!(again, 0, "never twice");
    assert!(
        subjects.iter().all(|s| s.starts_with("Tomorrow: ")),
        "{subjects:?}"
    );
}
on_both_databases!(reminders_go_out_once_the_evening_before_in_venue_time);
