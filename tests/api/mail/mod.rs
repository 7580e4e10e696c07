//! Email with real parts: a real SMTP server inside the test process receives what
//! the app's outbox worker sends.

use expomatch::domain::Role;
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

use crate::helpers::*;
use crate::on_both_databases;

mod delivery;
mod expo_mail;
mod follow_up;
mod invitations;
mod languages;

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

pub(crate) struct SmtpServer {
    port: u16,
    pub(crate) received: Arc<Mutex<Vec<Vec<u8>>>>,
    refuse: Arc<AtomicBool>,
}

impl SmtpServer {
    pub(crate) fn free_port() -> u16 {
        TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port()
    }

    pub(crate) fn start_on(port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind smtp");
        let received = Arc::new(Mutex::new(Vec::new()));
        let refuse = Arc::new(AtomicBool::new(false));
        let sink = Sink {
            received: received.clone(),
            current: Vec::new(),
            refuse: refuse.clone(),
        };
        let mut server = Server::new(sink);
        // A thread per connection the worker may hold open: its transport pools up to
        // CONCURRENT_SENDS, and the server's default four would leave a fifth waiting.
        server
            .with_name("smtp.test")
            .with_num_threads(64)
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

    pub(crate) fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub(crate) fn count(&self) -> usize {
        self.received.lock().map(|r| r.len()).unwrap_or(0)
    }

    /// Waits (up to 10 s) until `n` messages have arrived, then a moment more to
    /// catch any duplicate.
    pub(crate) async fn wait_for(&self, n: usize) -> Vec<Vec<u8>> {
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
    book_one_seeded(c, base_url)
}

/// [`book_one`] on a database the test has seeded (and changed) itself.
fn book_one_seeded(c: &mut expomatch::db::DbConnection, base_url: &str) -> Booked {
    // A supplier who chose English (one with no choice reads Korean).
    diesel::update(suppliers::table)
        .set(suppliers::locale.eq("en"))
        .execute(c)
        .expect("english");
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
                    mode: expomatch::domain::status::MeetingMode::Table,
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
