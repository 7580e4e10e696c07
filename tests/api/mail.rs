//! Email with real parts: a real SMTP server inside the test process receives what
//! the app's outbox worker sends.

use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::TimeDelta;
use diesel::prelude::*;
use expomatch::db::schema::{buyers, consultation_tables, meetings, outbox, slots, suppliers};
use expomatch::domain::{BuyerId, ExpoId, MeetingId, SlotId, SupplierId, TableId};
use expomatch::mail::messages::{MailContext, MeetingChange, queue_meeting_change};
use expomatch::mail::sender::{Sender, SenderConfig};
use expomatch::mail::transport::Mailer;
use expomatch::store::{self, meetings as m};
use icalendar::{Calendar, CalendarComponent, Component};
use mail_parser::{MessageParser, MimeHeaders};
use mailin_embedded::{Handler, Response, Server, SslConfig, response};

use crate::both_databases;
use crate::helpers::*;

/// An SMTP server on a loopback port that keeps every message it accepts.
#[derive(Clone)]
struct Sink {
    received: Arc<Mutex<Vec<Vec<u8>>>>,
    current: Vec<u8>,
    refuse: Arc<AtomicBool>,
}

impl Handler for Sink {
    fn rcpt(&mut self, _to: &str) -> Response {
        if self.refuse.load(Ordering::SeqCst) {
            response::NO_MAILBOX
        } else {
            response::OK
        }
    }

    fn data_start(
        &mut self,
        _domain: &str,
        _from: &str,
        _is8bit: bool,
        _to: &[String],
    ) -> Response {
        self.current.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if let Ok(mut all) = self.received.lock() {
            all.push(std::mem::take(&mut self.current));
        }
        response::OK
    }
}

struct SmtpServer {
    port: u16,
    received: Arc<Mutex<Vec<Vec<u8>>>>,
    refuse: Arc<AtomicBool>,
}

impl SmtpServer {
    fn free_port() -> u16 {
        TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port()
    }

    fn start_on(port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind smtp");
        let received = Arc::new(Mutex::new(Vec::new()));
        let refuse = Arc::new(AtomicBool::new(false));
        let sink = Sink {
            received: received.clone(),
            current: Vec::new(),
            refuse: refuse.clone(),
        };
        let mut server = Server::new(sink);
        server
            .with_name("smtp.test")
            .with_ssl(SslConfig::None)
            .expect("no tls")
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Self {
            port,
            received,
            refuse,
        }
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    fn count(&self) -> usize {
        self.received.lock().map(|r| r.len()).unwrap_or(0)
    }

    /// Waits (up to 10 s) until `n` messages have arrived, then a moment more to
    /// catch any duplicate.
    async fn wait_for(&self, n: usize) -> Vec<Vec<u8>> {
        for _ in 0..200 {
            if self.count() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        self.received.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

struct Booked {
    meeting: MeetingId,
    buyer_email: String,
    supplier_email: String,
    starts_at: chrono::NaiveDateTime,
    other_slot: SlotId,
}

/// Seeds the demo and books one meeting in a slot where everyone is free, queuing
/// its messages in the same transaction, as the booking flow does.
fn book_one(c: &mut expomatch::db::DbConnection, base_url: &str) -> Booked {
    expomatch::demo::seed_in_transaction(c).expect("seed");
    let (slot, expo, starts_at): (i32, i32, chrono::NaiveDateTime) = slots::table
        .select((slots::id, slots::expo_id, slots::starts_at))
        .order(slots::id)
        .first(c)
        .expect("slot");
    let other_slot: i32 = slots::table
        .select(slots::id)
        .order(slots::id.desc())
        .first(c)
        .expect("last slot");
    let busy = |c: &mut expomatch::db::DbConnection| -> (Vec<i32>, Vec<i32>, Vec<i32>) {
        let ids = || meetings::table.filter(meetings::slot_id.eq_any([slot, other_slot]));
        (
            ids().select(meetings::buyer_id).load(c).expect("b"),
            ids().select(meetings::supplier_id).load(c).expect("s"),
            ids().select(meetings::table_id).load(c).expect("t"),
        )
    };
    let (bb, bs, bt) = busy(c);
    let (buyer, buyer_email): (i32, String) = buyers::table
        .filter(buyers::id.ne_all(bb))
        .select((buyers::id, buyers::email))
        .order(buyers::id)
        .first(c)
        .expect("buyer");
    let (supplier, supplier_email): (i32, String) = suppliers::table
        .filter(suppliers::status.eq("approved"))
        .filter(suppliers::id.ne_all(bs))
        .select((suppliers::id, suppliers::email))
        .order(suppliers::id)
        .first(c)
        .expect("supplier");
    let table: i32 = consultation_tables::table
        .filter(consultation_tables::id.ne_all(bt))
        .select(consultation_tables::id)
        .order(consultation_tables::id)
        .first(c)
        .expect("table");
    let from = "Expo Team <expo@kotra.example>".parse().expect("from");
    let ctx = MailContext::new(base_url, from);
    let meeting = c
        .write_tx(|c| {
            let id = m::book(
                c,
                &m::NewMeeting {
                    expo: ExpoId(expo),
                    slot: SlotId(slot),
                    table: TableId(table),
                    buyer: BuyerId(buyer),
                    supplier: SupplierId(supplier),
                    source: "buyer",
                },
                store::now(),
            )?;
            queue_meeting_change(c, id, MeetingChange::Booked, &ctx, store::now())
                .map_err(|e| store::StoreError::Conflict(e.to_string()))?;
            Ok::<_, store::StoreError>(id)
        })
        .expect("booking");
    Booked {
        meeting,
        buyer_email,
        supplier_email,
        starts_at,
        other_slot: SlotId(other_slot),
    }
}

fn change(
    c: &mut expomatch::db::DbConnection,
    meeting: MeetingId,
    change: MeetingChange<'_>,
    base_url: &str,
) {
    let from = "Expo Team <expo@kotra.example>".parse().expect("from");
    let ctx = MailContext::new(base_url, from);
    queue_meeting_change(c, meeting, change, &ctx, store::now()).expect("queue change");
}

struct Parsed {
    to: String,
    subject: String,
    message_id: String,
    text: String,
    html: String,
    calendar_type: String,
    calendar: Calendar,
}

fn parse(raw: &[u8]) -> Parsed {
    let msg = MessageParser::default().parse(raw).expect("a MIME message");
    let to = msg
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_owned();
    let calendar_part = msg
        .parts
        .iter()
        .find(|p| {
            p.content_type()
                .is_some_and(|ct| ct.ctype() == "text" && ct.subtype() == Some("calendar"))
        })
        .expect("a text/calendar part");
    let ct = calendar_part.content_type().expect("content type");
    let calendar_type = format!(
        "{}/{}; method={}",
        ct.ctype(),
        ct.subtype().unwrap_or(""),
        ct.attribute("method").unwrap_or("")
    );
    let ics = calendar_part
        .text_contents()
        .expect("calendar text")
        .to_owned();
    Parsed {
        to,
        subject: msg.subject().unwrap_or_default().to_owned(),
        message_id: msg.message_id().unwrap_or_default().to_owned(),
        text: msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: msg.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
        calendar_type,
        calendar: ics.parse().expect("the calendar part parses"),
    }
}

fn event_of(cal: &Calendar) -> &icalendar::Event {
    cal.components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .expect("a VEVENT")
}

async fn app_with_smtp(backend: Backend, smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(
        backend,
        Options {
            smtp_url: smtp.url(),
            ..Options::default()
        },
    )
    .await
}

both_databases! {
    async fn a_booking_delivers_two_invitations_that_moves_update_and_cancellation_removes(app) {
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
        assert_eq!(parsed.iter().map(|p| p.to.clone()).collect::<Vec<_>>(), recipients);
        let uid = format!("meeting-{}@127.0.0.1", booked.meeting.0);
        for p in &parsed {
            assert!(p.subject.starts_with("Meeting booked: "), "subject {}", p.subject);
            assert!(!p.text.is_empty() && p.html.contains("<html"), "both parts for {}", p.to);
            assert_eq!(p.calendar_type, "text/calendar; method=REQUEST");
            assert_eq!(p.calendar.property_value("METHOD"), Some("REQUEST"));
            let event = event_of(&p.calendar);
            assert_eq!(event.get_uid(), Some(uid.as_str()));
            assert_eq!(event.get_sequence(), Some(0));
            assert_eq!(event.property_value("DTSTART"), Some(booked.starts_at.format("%Y%m%dT%H%M%SZ").to_string().as_str()));
        }
        // The outbox recorded what went out.
        let ids: Vec<String> = parsed.iter().map(|p| p.message_id.clone()).collect();
        let stored: Vec<(String, Option<String>, i32)> = app
            .with_db(|c| outbox::table.select((outbox::status, outbox::message_id, outbox::attempts)).load(c).expect("rows"))
            .await;
        assert_eq!(stored.len(), 2);
        for (status, message_id, attempts) in &stored {
            assert_eq!((status.as_str(), *attempts), ("sent", 1));
            let message_id = message_id.clone().expect("message id");
            assert!(ids.iter().any(|id| message_id.contains(id.as_str())), "{message_id} in {ids:?}");
        }

        // Moved: same UID, higher SEQUENCE. Cancelled: METHOD:CANCEL, same UID.
        let (meeting, other, base) = (booked.meeting, booked.other_slot, app.address.clone());
        app.with_db(move |c| {
            diesel::update(meetings::table.find(meeting.0)).set(meetings::slot_id.eq(other.0)).execute(c).expect("move");
            change(c, meeting, MeetingChange::Moved, &base);
        })
        .await;
        let after_move = smtp.wait_for(4).await;
        assert_eq!(after_move.len(), 4);
        for raw in &after_move[2..] {
            let p = parse(raw);
            assert!(p.subject.starts_with("Meeting moved: "), "subject {}", p.subject);
            let event = event_of(&p.calendar);
            assert_eq!((event.get_uid(), event.get_sequence()), (Some(uid.as_str()), Some(1)));
        }
        let base = app.address.clone();
        app.with_db(move |c| change(c, meeting, MeetingChange::Cancelled { reason: "The buyer's flight was cancelled" }, &base)).await;
        let after_cancel = smtp.wait_for(6).await;
        assert_eq!(after_cancel.len(), 6);
        for raw in &after_cancel[4..] {
            let p = parse(raw);
            assert_eq!(p.calendar_type, "text/calendar; method=CANCEL");
            assert!(p.text.contains("The buyer's flight was cancelled"), "the reason is given");
            let event = event_of(&p.calendar);
            assert_eq!((event.get_uid(), event.get_sequence()), (Some(uid.as_str()), Some(2)));
        }
    }

    async fn with_the_mail_server_down_bookings_succeed_and_each_message_goes_out_once_it_is_back(app) {
        let backend = app.backend;
        drop(app);
        let port = SmtpServer::free_port();
        let app = TestApp::spawn_with(backend, Options { smtp_url: format!("smtp://127.0.0.1:{port}"), ..Options::default() }).await;
        let base = app.address.clone();
        app.with_db(move |c| book_one(c, &base)).await;
        // The worker tries, fails, and schedules a retry.
        let mut waited = 0;
        let rows = loop {
            let rows: Vec<(String, i32, String)> = app
                .with_db(|c| outbox::table.select((outbox::status, outbox::attempts, outbox::last_error)).load(c).expect("rows"))
                .await;
            if rows.iter().all(|(_, attempts, _)| *attempts >= 1) || waited > 100 {
                break rows;
            }
            waited += 1;
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(rows.len(), 2, "the booking's messages are kept");
        for (status, attempts, error) in &rows {
            assert_eq!((status.as_str(), *attempts), ("pending", 1), "error: {error}");
            assert!(!error.is_empty());
        }
        // The server comes back; the retry time comes.
        let smtp = SmtpServer::start_on(port);
        app.with_db(|c| diesel::update(outbox::table).set(outbox::next_attempt_at.eq(store::now() - TimeDelta::seconds(1))).execute(c).expect("due"))
            .await;
        let delivered = smtp.wait_for(2).await;
        assert_eq!(delivered.len(), 2, "each message exactly once");
        let statuses: Vec<(String, i32)> = app.with_db(|c| outbox::table.select((outbox::status, outbox::attempts)).load(c).expect("rows")).await;
        assert!(statuses.iter().all(|(s, a)| s == "sent" && *a == 2), "{statuses:?}");
    }

    async fn a_refused_recipient_fails_visibly_and_can_be_sent_again(app) {
        let backend = app.backend;
        drop(app);
        let smtp = SmtpServer::start_on(SmtpServer::free_port());
        smtp.refuse.store(true, Ordering::SeqCst);
        let app = app_with_smtp(backend, &smtp).await;
        let base = app.address.clone();
        app.with_db(move |c| book_one(c, &base)).await;
        let mut failed = Vec::new();
        for _ in 0..200 {
            failed = app
                .with_db(|c| outbox::table.filter(outbox::status.eq("failed")).select((outbox::id, outbox::last_error)).load::<(i32, String)>(c).expect("rows"))
                .await;
            if failed.len() == 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(failed.len(), 2, "a 5xx answer is permanent: no retries");
        assert!(failed[0].1.contains("550"), "the error is kept: {}", failed[0].1);

        // The organizer sees it and sends it again once the address is fixed.
        let organizer = app
            .with_db(|c| {
                store::organizers::create(
                    c,
                    &expomatch::domain::EmailAddress::parse("ops@kotra.example").expect("email"),
                    &expomatch::domain::PersonName::parse("name", "Ops").expect("name"),
                    &expomatch::domain::password::Password::parse("organizer password").expect("pw").hash(),
                    store::now(),
                )
                .expect("organizer")
            })
            .await;
        let token = app
            .with_db(move |c| store::tokens::issue(c, expomatch::domain::Role::Organizer, organizer.0, expomatch::domain::token::Purpose::SignIn, TimeDelta::minutes(5), store::now()).expect("token"))
            .await;
        use_link(&app.client, &app.url(&format!("/auth/link/{}", token.as_str()))).await;
        let (status, html) = app.get_html("/organizer/email?status=failed").await;
        assert_eq!(status, 200);
        assert_eq!(select_text(&html, "#count-failed .stat-value"), vec!["2".to_owned()]);
        assert_eq!(select_text(&html, ".email-list tbody tr").len(), 2);
        let (status, html) = app.get_html(&format!("/organizer/email/{}", failed[0].0)).await;
        assert_eq!(status, 200);
        assert!(select_text(&html, "#last-error")[0].contains("550"));
        smtp.refuse.store(false, Ordering::SeqCst);
        let page = format!("/organizer/email/{}", failed[0].0);
        let res = app.post_form(&page, &format!("{page}/resend"), &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(smtp.wait_for(1).await.len(), 1, "the resent message arrives");
        let (_, html) = app.get_html(&page).await;
        assert_eq!(select_text(&html, "#status"), vec!["sent".to_owned()]);
        // Bad input: an unknown status or message is a clear error.
        assert_eq!(app.get_html("/organizer/email?status=lost").await.0, 400);
        assert_eq!(app.get_html("/organizer/email/999999").await.0, 404);
        assert_eq!(app.get_html("/organizer/email/abc").await.0, 404);
    }

    async fn two_workers_on_one_database_never_send_a_message_twice(app) {
        let backend = app.backend;
        drop(app);
        let app = TestApp::spawn_with(backend, Options { outbox_worker: false, ..Options::default() }).await;
        let base = app.address.clone();
        let total = app
            .with_db(move |c| {
                let booked = book_one(c, &base);
                for _ in 0..19 {
                    change(c, booked.meeting, MeetingChange::Moved, &base);
                }
                outbox::table.count().get_result::<i64>(c).expect("count")
            })
            .await;
        assert_eq!(total, 40);
        let mailers = [Mailer::memory(), Mailer::memory()];
        let mut runs = Vec::new();
        for mailer in &mailers {
            let mut config = SenderConfig::new("Expo <expo@kotra.example>".parse().expect("from"), &app.address);
            config.batch = 3;
            let sender = Sender::new(app.pool.clone(), mailer.clone(), config);
            runs.push(tokio::spawn(async move { sender.drain().await.expect("drain") }));
        }
        let mut sent = 0;
        for run in runs {
            sent += run.await.expect("worker").sent;
        }
        let delivered: usize = mailers
            .iter()
            .map(|m| match m {
                Mailer::Memory(box_) => box_.lock().map(|b| b.len()).unwrap_or(0),
                _ => 0,
            })
            .sum();
        assert_eq!((sent, delivered), (40, 40), "every message once, none twice");
    }

    async fn messages_claimed_by_a_worker_that_died_are_sent_by_another(app) {
        let backend = app.backend;
        drop(app);
        let app = TestApp::spawn_with(backend, Options { outbox_worker: false, ..Options::default() }).await;
        let base = app.address.clone();
        let claimed = app
            .with_db(move |c| {
                book_one(c, &base);
                // A worker claims the batch and dies before its lease ends.
                let now = store::now();
                store::outbox::claim_due(c, "dead-worker", now, now + TimeDelta::milliseconds(200), 10).expect("claim").len()
            })
            .await;
        assert_eq!(claimed, 2);
        let mailer = Mailer::memory();
        let sender = Sender::new(app.pool.clone(), mailer.clone(), SenderConfig::new("Expo <expo@kotra.example>".parse().expect("from"), &app.address));
        assert_eq!(sender.drain().await.expect("drain").sent, 0, "a live claim is respected");
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(sender.drain().await.expect("drain").sent, 2, "an expired claim is taken over");
        let statuses: Vec<String> = app.with_db(|c| outbox::table.select(outbox::status).load(c).expect("rows")).await;
        assert_eq!(statuses, vec!["sent".to_owned(), "sent".to_owned()]);
    }

    async fn reminders_go_out_once_the_evening_before_in_venue_time(app) {
        let (queued, again, early, subjects, expected) = app
            .with_db(|c| {
                expomatch::demo::seed_in_transaction(c).expect("seed");
                let (day_id, day, starts): (i32, chrono::NaiveDate, chrono::NaiveTime) = expomatch::db::schema::consultation_days::table
                    .select((
                        expomatch::db::schema::consultation_days::id,
                        expomatch::db::schema::consultation_days::day,
                        expomatch::db::schema::consultation_days::starts_at,
                    ))
                    .order(expomatch::db::schema::consultation_days::day)
                    .first(c)
                    .expect("first day");
                let (from_utc, _) = expomatch::mail::reminders::window(day, starts, chrono_tz::Asia::Seoul).expect("window");
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
                let early = expomatch::mail::reminders::queue_due(c, &ctx, from_utc - TimeDelta::minutes(1)).expect("early");
                let queued = expomatch::mail::reminders::queue_due(c, &ctx, from_utc + TimeDelta::minutes(30)).expect("due");
                let again = expomatch::mail::reminders::queue_due(c, &ctx, from_utc + TimeDelta::minutes(31)).expect("again");
                let subjects: Vec<String> = outbox::table.filter(outbox::kind.eq("reminder")).select(outbox::subject).load(c).expect("subjects");
                (queued, again, early, subjects, b.len() + s.len())
            })
            .await;
        assert_eq!(early, 0, "nothing before 18:00 venue time");
        assert_eq!(queued, expected, "one per person with meetings that day");
        assert_eq!(again, 0, "never twice");
        assert!(subjects.iter().all(|s| s.starts_with("Tomorrow: ")), "{subjects:?}");
    }

    async fn only_organizers_open_the_email_pages(app) {
        let buyer: i32 = app
            .with_db(|c| {
                expomatch::demo::seed_in_transaction(c).expect("seed");
                buyers::table.select(buyers::id).first(c).expect("buyer")
            })
            .await;
        assert_eq!(location(&app.get("/organizer/email").await), "/signin?next=%2Forganizer%2Femail");
        let token = app
            .with_db(move |c| store::tokens::issue(c, expomatch::domain::Role::Buyer, buyer, expomatch::domain::token::Purpose::SignIn, TimeDelta::minutes(5), store::now()).expect("token"))
            .await;
        use_link(&app.client, &app.url(&format!("/auth/link/{}", token.as_str()))).await;
        for path in ["/organizer/email", "/organizer/email/1", "/organizer/email/1/html", "/organizer/email/1/invite.ics"] {
            assert_eq!(app.get_html(path).await.0, 403, "case {path}");
        }
    }

    async fn suppliers_are_asked_three_and_six_months_later_what_came_of_their_meetings(app) {
        use chrono::{Months, NaiveDate};
        use expomatch::db::schema::consultation_days;
        use expomatch::domain::outcome::{CurrencyCode, Interest, Outcome};
        use expomatch::mail::surveys;
        let backend = app.backend;
        drop(app);
        let smtp = SmtpServer::start_on(SmtpServer::free_port());
        let app = app_with_smtp(backend, &smtp).await;
        let (last, busy_email, other_email) = app
            .with_db(|c| {
                expomatch::demo::seed_in_transaction(c).expect("seed");
                // The expo ended three months and a day ago.
                let days: Vec<(i32, NaiveDate)> = consultation_days::table.select((consultation_days::id, consultation_days::day)).load(c).expect("days");
                let last = days.iter().map(|d| d.1).max().expect("a day");
                let target = store::now().date().checked_sub_months(Months::new(3)).expect("date") - TimeDelta::days(1);
                for (id, day) in &days {
                    diesel::update(consultation_days::table.find(id)).set(consultation_days::day.eq(*day + (target - last))).execute(c).expect("shift");
                }
                let busy: i32 = meetings::table
                    .group_by(meetings::supplier_id)
                    .having(diesel::dsl::count_star().ge(2))
                    .select(meetings::supplier_id)
                    .first(c)
                    .expect("a supplier with two meetings");
                let mine: Vec<i32> = meetings::table.filter(meetings::supplier_id.eq(busy)).order(meetings::id).select(meetings::id).load(c).expect("mine");
                let other: i32 = meetings::table.filter(meetings::supplier_id.ne(busy)).order(meetings::id).select(meetings::id).first(c).expect("other");
                for id in [mine[0], mine[1], other] {
                    diesel::update(meetings::table.find(id)).set(meetings::status.eq("held")).execute(c).expect("held");
                }
                let outcome = Outcome {
                    interest: Interest::ContractExpected,
                    value: Some((1_250_000, CurrencyCode::parse("USD").expect("usd"))),
                    products: String::new(),
                    follow_up_on: None,
                    notes: String::new(),
                };
                expomatch::store::outcomes::record(c, MeetingId(mine[0]), &outcome, ("supplier", busy), store::now()).expect("outcome");
                let other_supplier: i32 = meetings::table.find(other).select(meetings::supplier_id).first(c).expect("s");
                let mut email = |id: i32| suppliers::table.find(id).select(suppliers::email).first::<String>(c).expect("email");
                (target, email(busy), email(other_supplier))
            })
            .await;
        let from: lettre::message::Mailbox = "Expo <expo@kotra.example>".parse().expect("from");
        let base = app.address.clone();
        let queue = |at: chrono::NaiveDateTime| {
            let (from, base) = (from.clone(), base.clone());
            app.with_db(move |c| {
                let ctx = MailContext::new(&base, from);
                surveys::queue_due(c, &ctx, at).expect("queue")
            })
        };
        let due3 = surveys::due_at(last, 3, chrono_tz::Asia::Seoul).expect("due");
        let due6 = surveys::due_at(last, 6, chrono_tz::Asia::Seoul).expect("due");
        assert!(due3 <= store::now(), "the three months are over");
        assert_eq!(queue(due3 - TimeDelta::minutes(1)).await, 0, "nothing before 10:00 venue time");
        // The app's own worker queues due surveys on its minute tick too, and may get
        // there first: count the claims, whoever made them.
        let _ = queue(store::now()).await;
        let claimed: i64 = app
            .with_db(|c| expomatch::db::schema::follow_ups_sent::table.count().get_result(c).expect("claims"))
            .await;
        assert_eq!(claimed, 2, "one per supplier with held meetings");
        assert_eq!(queue(store::now()).await, 0, "never twice");

        // Delivered over SMTP by the app's worker.
        let received = smtp.wait_for(2).await;
        assert_eq!(received.len(), 2);
        let parsed: Vec<(String, String, String)> = received
            .iter()
            .map(|raw| {
                let msg = MessageParser::default().parse(raw).expect("MIME");
                let to = msg.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned();
                (to, msg.subject().unwrap_or_default().to_owned(), msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default())
            })
            .collect();
        let mut to: Vec<&str> = parsed.iter().map(|p| p.0.as_str()).collect();
        to.sort_unstable();
        let mut expected = vec![busy_email.as_str(), other_email.as_str()];
        expected.sort_unstable();
        assert_eq!(to, expected);
        let (_, subject, text) = parsed.iter().find(|p| p.0 == busy_email).expect("the busy supplier's");
        assert!(subject.starts_with("3 months after ") && subject.ends_with(": how did your meetings go?"), "{subject}");
        assert!(text.contains("What came of your 2 meetings?"), "{text}");
        assert!(text.contains("so far: Contract expected · 12,500.00 USD"), "{text}");
        assert!(text.contains("so far: no result recorded yet"), "{text}");
        let outcome_links: Vec<&str> = text.split_whitespace().filter(|w| w.contains("/supplier/meetings/") && w.ends_with("/outcome")).collect();
        assert_eq!(outcome_links.len(), 2, "{text}");
        // The sign-in link works once and leads to the supplier's pages.
        let link = text.split_whitespace().find(|w| w.contains("/auth/link/")).expect("a sign-in link");
        let client = app.new_client();
        let res = use_link(&client, link).await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(location(&res), "/supplier");
        let res = client.get(outcome_links[0]).send().await.expect("GET");
        assert_eq!(res.status().as_u16(), 200, "the update link opens the outcome form");
        let res = app.new_client().get(link).send().await.expect("GET");
        assert_eq!(res.status().as_u16(), 410, "the link works once");

        // Six months: asked again; a milestone missed by more than the limit is skipped.
        assert_eq!(queue(due6 - TimeDelta::minutes(1)).await, 0);
        assert_eq!(queue(due6 + TimeDelta::minutes(1)).await, 2);
        assert_eq!(queue(due6 + surveys::LATE_LIMIT + TimeDelta::days(1)).await, 0);
        let kinds: Vec<String> = app.with_db(|c| outbox::table.filter(outbox::kind.eq("follow_up")).select(outbox::subject).load(c).expect("rows")).await;
        assert_eq!(kinds.iter().filter(|s| s.starts_with("6 months after ")).count(), 2, "{kinds:?}");
        assert_eq!(kinds.len(), 4);
    }
}
