//! The outbox worker: claims due messages, sends them, records the outcome. Runs
//! inside every server process (several instances share the work safely) and as
//! `expomatch outbox send` for a one-off drain.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::QueryResult;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use rand::Rng;

use super::transport::{Mailer, SendError};
use crate::db::DbPool;
use crate::store::{self, outbox};

/// Deliveries in flight per worker; the SMTP transport pools as many connections.
pub const CONCURRENT_SENDS: usize = 32;

#[derive(Clone, Debug)]
pub struct SenderConfig {
    pub from: Mailbox,
    /// Public address for links in the messages the worker writes itself (reminders).
    pub base_url: String,
    /// Names this worker in claims; unique per process.
    pub worker_id: String,
    pub batch: i64,
    /// How long a claim holds; a worker that dies mid-batch frees its messages then.
    pub lease: TimeDelta,
    pub max_attempts: i32,
    pub first_retry: TimeDelta,
    /// Signs the join links in the reminders this worker writes (the site's secret key).
    pub secret: Vec<u8>,
}

impl SenderConfig {
    pub fn new(from: Mailbox, base_url: &str) -> Self {
        Self {
            from,
            base_url: base_url.trim_end_matches('/').to_owned(),
            worker_id: format!(
                "{}-{}",
                std::process::id(),
                crate::domain::token::random_urlsafe(6)
            ),
            batch: CONCURRENT_SENDS as i64,
            lease: TimeDelta::minutes(5),
            max_attempts: 8,
            first_retry: TimeDelta::seconds(30),
            secret: Vec::new(),
        }
    }

    /// What the messages this worker writes itself need to know about the site.
    pub fn mail(&self) -> super::MailContext {
        super::MailContext::new(&self.base_url, self.from.clone()).with_secret(&self.secret)
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DrainReport {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

impl DrainReport {
    fn add(&mut self, other: Self) {
        self.sent += other.sent;
        self.retrying += other.retrying;
        self.failed += other.failed;
    }
}

/// A job the worker runs every minute that changes data and queues the messages it
/// causes (evening-before reminders, follow-up surveys, expired requests). Returns how many it handled.
pub type Timed = std::sync::Arc<
    dyn Fn(
            &mut crate::db::DbConnection,
            &super::MailContext,
            chrono::NaiveDateTime,
        ) -> Result<usize, anyhow::Error>
        + Send
        + Sync,
>;

/// A job the worker runs once at start and then once a day (the retention purge): it
/// may carry its settings, so it is a closure rather than a plain function.
pub type Daily = std::sync::Arc<
    dyn Fn(&mut crate::db::DbConnection, chrono::NaiveDateTime) -> Result<usize, anyhow::Error>
        + Send
        + Sync,
>;

#[derive(Clone)]
pub struct Sender {
    pool: DbPool,
    mailer: Mailer,
    config: SenderConfig,
    timed: Vec<(&'static str, Timed)>,
    daily: Vec<(&'static str, Daily)>,
}

impl Sender {
    pub fn new(pool: DbPool, mailer: Mailer, config: SenderConfig) -> Self {
        Self {
            pool,
            mailer,
            config,
            timed: Vec::new(),
            daily: Vec::new(),
        }
        .with_timed("evening-before reminders", |c, ctx, now| {
            Ok(super::reminders::queue_due(c, ctx, now)?)
        })
        .with_timed("reminders before each meeting", |c, ctx, now| {
            Ok(super::reminders::queue_soon_due(c, ctx, now)?)
        })
        .with_timed("follow-up surveys", |c, ctx, now| {
            Ok(super::surveys::queue_due(c, ctx, now)?)
        })
    }

    async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut crate::db::DbConnection) -> Result<T, anyhow::Error> + Send + 'static,
    ) -> Result<T, anyhow::Error> {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await?
    }

    /// Sends one batch of due messages.
    pub async fn send_due(&self) -> Result<DrainReport, anyhow::Error> {
        let (worker, lease, batch) = (
            self.config.worker_id.clone(),
            self.config.lease,
            self.config.batch,
        );
        let claimed = self
            .db(move |c| {
                let now = store::now();
                Ok(outbox::claim_due(c, &worker, now, now + lease, batch)?)
            })
            .await?;
        let claimed_at = std::time::Instant::now();
        // Several at once: each SMTP delivery waits on the network (lettre's final
        // "." write meets the server's delayed ACK, ~40 ms), so one at a time would cap
        // a worker at ~25 messages/s.
        // A batch is at most CONCURRENT_SENDS messages, all in flight at once, so none
        // waits long enough for its claim to run out. One failure never aborts the
        // others: each outcome is recorded (together, in one transaction: a write per
        // message cost as much as the booking that queued it) or logged on its own.
        let mut running = tokio::task::JoinSet::new();
        for msg in claimed {
            let sender = self.clone();
            running.spawn(async move { sender.deliver(msg, claimed_at).await });
        }
        let mut outcomes = Vec::new();
        while let Some(done) = running.join_next().await {
            match done {
                Ok(Ok(Some(outcome))) => outcomes.push(outcome),
                Ok(Ok(None)) => {}
                Ok(Err(e)) => {
                    tracing::error!(error = format!("{e:#}"), "recording an email outcome")
                }
                Err(e) => tracing::error!(error = %e, "email task"),
            }
        }
        if outcomes.is_empty() {
            return Ok(DrainReport::default());
        }
        let worker = self.config.worker_id.clone();
        let (report, lost) = self
            .db(move |c| {
                c.write_tx(|c| {
                    let mut report = DrainReport::default();
                    let mut lost = Vec::new();
                    for outcome in &outcomes {
                        let recorded = outcome.record(c, &worker)?;
                        report.add(outcome.counts());
                        if !recorded && matches!(outcome.result, Outcome::Sent { .. }) {
                            lost.push(outcome.id);
                        }
                    }
                    Ok::<_, anyhow::Error>((report, lost))
                })
            })
            .await?;
        for id in lost {
            tracing::warn!(id, "sent, but the claim had passed to another worker");
        }
        Ok(report)
    }

    /// Sends until nothing is due (messages waiting for a retry stay for later).
    pub async fn drain(&self) -> Result<DrainReport, anyhow::Error> {
        let mut total = DrainReport::default();
        loop {
            let report = self.send_due().await?;
            if report == DrainReport::default() {
                return Ok(total);
            }
            total.add(report);
        }
    }

    /// Adds a job to run every minute (the app adds request expiry this way, so the
    /// mail layer does not reach up into the flows).
    pub fn with_timed(
        mut self,
        name: &'static str,
        job: impl Fn(
            &mut crate::db::DbConnection,
            &super::MailContext,
            chrono::NaiveDateTime,
        ) -> Result<usize, anyhow::Error>
        + Send
        + Sync
        + 'static,
    ) -> Self {
        self.timed.push((name, std::sync::Arc::new(job)));
        self
    }

    /// [`Self::with_daily`] with a value the job needs, when there is one (a setting
    /// left unset adds no job).
    pub fn with_daily_if<T: Send + Sync + 'static>(
        self,
        value: Option<T>,
        name: &'static str,
        job: impl Fn(
            &T,
            &mut crate::db::DbConnection,
            chrono::NaiveDateTime,
        ) -> Result<usize, anyhow::Error>
        + Send
        + Sync
        + 'static,
    ) -> Self {
        match value {
            Some(value) => self.with_daily(name, move |c, now| job(&value, c, now)),
            None => self,
        }
    }

    /// Adds a job to run when the worker starts and every 24 hours after.
    pub fn with_daily(
        mut self,
        name: &'static str,
        job: impl Fn(
            &mut crate::db::DbConnection,
            chrono::NaiveDateTime,
        ) -> Result<usize, anyhow::Error>
        + Send
        + Sync
        + 'static,
    ) -> Self {
        self.daily.push((name, std::sync::Arc::new(job)));
        self
    }

    /// Runs each daily job once; returns what each handled.
    pub async fn run_daily(&self) -> Vec<(&'static str, Result<usize, anyhow::Error>)> {
        let mut out = Vec::new();
        for (name, job) in self.daily.clone() {
            let result = self.db(move |c| job(c, store::now())).await;
            out.push((name, result));
        }
        out
    }

    /// Runs each timed job once (reminders, expiries); returns what each handled.
    pub async fn run_timed(&self) -> Vec<(&'static str, Result<usize, anyhow::Error>)> {
        let mut out = Vec::new();
        for (name, job) in self.timed.clone() {
            let ctx = self.config.mail();
            let result = self.db(move |c| job(c, &ctx, store::now())).await;
            out.push((name, result));
        }
        out
    }

    /// Runs until `stop` turns true, checking for due messages every `poll` and for
    /// due reminders every minute. A batch being sent when it turns is finished and
    /// recorded first, so no message is sent twice for want of its record.
    pub async fn run(self, poll: Duration, mut stop: tokio::sync::watch::Receiver<bool>) {
        tracing::info!(worker = %self.config.worker_id, transport = %self.mailer.describe(), "outbox worker started");
        let mut next_reminder_check = std::time::Instant::now();
        let mut next_daily = std::time::Instant::now();
        loop {
            if *stop.borrow() {
                tracing::info!(worker = %self.config.worker_id, "outbox worker stopped");
                return;
            }
            if std::time::Instant::now() >= next_daily {
                next_daily = std::time::Instant::now() + Duration::from_secs(24 * 60 * 60);
                for (job, result) in self.run_daily().await {
                    match result {
                        Ok(n) => tracing::info!(job, handled = n, "daily job"),
                        Err(e) => tracing::error!(job, error = format!("{e:#}"), "daily job"),
                    }
                }
            }
            if std::time::Instant::now() >= next_reminder_check {
                next_reminder_check = std::time::Instant::now() + Duration::from_secs(60);
                for (job, result) in self.run_timed().await {
                    match result {
                        Ok(0) => {}
                        Ok(n) => tracing::info!(job, handled = n, "timed job"),
                        Err(e) => tracing::error!(job, error = format!("{e:#}"), "timed job"),
                    }
                }
            }
            match self.send_due().await {
                Ok(report) if report != DrainReport::default() => {
                    tracing::info!(
                        sent = report.sent,
                        retrying = report.retrying,
                        failed = report.failed,
                        "outbox batch"
                    );
                    continue;
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = format!("{e:#}"), "outbox worker"),
            }
            // Wakes early when asked to stop; a dropped sender means stop too.
            if let Ok(Err(_)) = tokio::time::timeout(poll, stop.changed()).await {
                return;
            }
        }
    }

    /// Sends one claimed message; the outcome is recorded with the batch's. `None`
    /// when the claim was lost before sending (another worker has the message).
    async fn deliver(
        &self,
        msg: outbox::Message,
        claimed_at: std::time::Instant,
    ) -> Result<Option<Delivery>, anyhow::Error> {
        let (worker, lease, id) = (self.config.worker_id.clone(), self.config.lease, msg.id);
        // A claim younger than half its lease cannot have passed to another worker
        // (they take only expired ones); an older one is renewed, and checked, first.
        let young = lease
            .to_std()
            .is_ok_and(|lease| claimed_at.elapsed() < lease / 2);
        if !young {
            let still_ours = self
                .db(move |c| Ok(outbox::renew_claim(c, id, &worker, store::now() + lease)?))
                .await?;
            if !still_ours {
                tracing::warn!(id, "claim lost before sending; another worker has it");
                return Ok(None);
            }
        }
        let message_id = format!(
            "<{}.{}@{}>",
            msg.id,
            crate::domain::token::random_urlsafe(12),
            self.config.from.email.domain()
        );
        let outcome = match build(&msg, &self.config.from, &message_id, &self.config.base_url) {
            Ok(email) => self.mailer.send(email).await,
            Err(e) => Err(SendError::Permanent(e)),
        };
        let result = match outcome {
            Ok(()) => {
                crate::metrics::mail_sent();
                Outcome::Sent { message_id }
            }
            Err(SendError::Transient(error)) if msg.attempts + 1 < self.config.max_attempts => {
                let retry_at = store::now() + backoff(self.config.first_retry, msg.attempts);
                let shown = crate::domain::secrets::redact(&error);
                tracing::warn!(id, error = %shown, %retry_at, "email not sent; will retry");
                crate::metrics::mail_failed(false);
                Outcome::Retry { error, retry_at }
            }
            Err(SendError::Transient(error) | SendError::Permanent(error)) => {
                let shown = crate::domain::secrets::redact(&error);
                tracing::error!(id, error = %shown, "email failed for good");
                crate::metrics::mail_failed(true);
                Outcome::Failed { error }
            }
        };
        Ok(Some(Delivery { id, result }))
    }
}

/// What became of one claimed message, to be recorded.
struct Delivery {
    id: i32,
    result: Outcome,
}

enum Outcome {
    Sent {
        message_id: String,
    },
    Retry {
        error: String,
        retry_at: NaiveDateTime,
    },
    Failed {
        error: String,
    },
}

impl Delivery {
    /// Records the outcome; false when the claim had passed to another worker.
    fn record(&self, conn: &mut crate::db::DbConnection, worker: &str) -> QueryResult<bool> {
        match &self.result {
            Outcome::Sent { message_id } => {
                outbox::mark_sent(conn, self.id, worker, message_id, store::now())
            }
            Outcome::Retry { error, retry_at } => {
                outbox::mark_attempt_failed(conn, self.id, worker, error, Some(*retry_at))
            }
            Outcome::Failed { error } => {
                outbox::mark_attempt_failed(conn, self.id, worker, error, None)
            }
        }
    }

    fn counts(&self) -> DrainReport {
        let mut report = DrainReport::default();
        match self.result {
            Outcome::Sent { .. } => report.sent = 1,
            Outcome::Retry { .. } => report.retrying = 1,
            Outcome::Failed { .. } => report.failed = 1,
        }
        report
    }
}

/// Exponential backoff with up to 25% jitter, at most an hour.
pub fn backoff(first: TimeDelta, attempts_so_far: i32) -> TimeDelta {
    let factor = 1_i64 << attempts_so_far.clamp(0, 16);
    let base = first
        .num_seconds()
        .saturating_mul(factor)
        .clamp(1, TimeDelta::hours(1).num_seconds());
    let jitter = rand::thread_rng().gen_range(0..=base / 4);
    TimeDelta::seconds(base + jitter)
}

/// The MIME message: text and HTML alternatives, plus (for meetings) a
/// `text/calendar; method=…` alternative that mail clients turn into an invitation,
/// and the same file as an `invite.ics` attachment for the others.
fn build(
    msg: &outbox::Message,
    from: &Mailbox,
    message_id: &str,
    base_url: &str,
) -> Result<lettre::Message, String> {
    let (body_text, body_html) =
        super::with_privacy_footer(&msg.body_text, msg.body_html.as_deref(), base_url)
            .map_err(|e| e.to_string())?;
    // lettre panics formatting a display name with a line break in it; a name typed
    // into a form may hold one, and one such message would stall its claim forever.
    let name: String = msg
        .to_name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let to = Mailbox::new(
        (!name.trim().is_empty()).then(|| name.trim().to_owned()),
        msg.to_address
            .parse()
            .map_err(|e| format!("bad recipient address {:?}: {e}", msg.to_address))?,
    );
    // An expo's message goes out under its sender name, from the site's address (the
    // one the mail server may send as), with the organizer's contact for replies.
    let from = match msg.from_name.as_deref().map(str::trim) {
        Some(shown) if !shown.is_empty() => {
            let shown: String = shown
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            Mailbox::new(Some(shown), from.email.clone())
        }
        _ => from.clone(),
    };
    let mut builder = lettre::Message::builder().from(from);
    if let Some(reply_to) = msg.reply_to.as_deref().filter(|r| !r.trim().is_empty()) {
        let address = reply_to
            .parse()
            .map_err(|e| format!("bad reply-to address {reply_to:?}: {e}"))?;
        builder = builder.reply_to(Mailbox::new(None, address));
    }
    if let Some(url) = msg.list_unsubscribe.as_deref().filter(|u| !u.is_empty()) {
        use lettre::message::header::{HeaderName, HeaderValue};
        // RFC 2369 and RFC 8058: a mail program's "unsubscribe" posts to the link.
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    let builder = builder
        .to(to)
        .subject(&msg.subject)
        .message_id(Some(message_id.to_owned()))
        .date_now();
    let mut alternative = MultiPart::alternative().singlepart(SinglePart::plain(body_text));
    if let Some(html) = body_html {
        alternative = alternative.singlepart(SinglePart::html(html));
    }
    let body = match (&msg.calendar_method, &msg.calendar_ics) {
        (Some(method), Some(ics)) => {
            let calendar_type =
                ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                    .map_err(|e| e.to_string())?;
            let ics_type = ContentType::parse("application/ics").map_err(|e| e.to_string())?;
            MultiPart::mixed()
                .multipart(
                    alternative.singlepart(
                        SinglePart::builder()
                            .header(calendar_type)
                            .body(ics.clone()),
                    ),
                )
                .singlepart(Attachment::new("invite.ics".to_owned()).body(ics.clone(), ics_type))
        }
        _ => alternative,
    };
    builder.multipart(body).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recipient_name_with_line_breaks_still_builds_a_message() {
        let now = store::now();
        let msg = outbox::Message {
            id: 1,
            kind: "invitation".into(),
            to_address: "ana@minsa.example".into(),
            to_name: "Ana\r\nBcc: x@evil.example".into(),
            subject: "Your invitation".into(),
            body_text: "Hello".into(),
            body_html: None,
            calendar_method: None,
            calendar_ics: None,
            meeting_id: None,
            status: crate::domain::status::MessageStatus::Pending,
            attempts: 0,
            next_attempt_at: now,
            last_error: String::new(),
            message_id: None,
            sent_at: None,
            created_at: now,
            from_name: Some("KOTRA\r\nBcc: y@evil.example".into()),
            reply_to: Some("desk@kotra.example".into()),
            list_unsubscribe: None,
        };
        let from: Mailbox = "Expo <expo@kotra.example>".parse().expect("from");
        let email =
            build(&msg, &from, "<1.x@kotra.example>", "https://expo.example").expect("builds");
        let raw = String::from_utf8(email.formatted()).expect("utf-8");
        let to = raw
            .lines()
            .find(|l| l.starts_with("To: "))
            .expect("a To header");
        assert!(to.ends_with("<ana@minsa.example>"), "{to}");
        assert!(!raw.contains("\nBcc:"), "no header injected: {raw}");
        assert!(
            raw.contains("\r\nReply-To: desk@kotra.example\r\n"),
            "{raw}"
        );
        let from = raw
            .lines()
            .find(|l| l.starts_with("From: "))
            .expect("a From header");
        assert!(from.ends_with("<expo@kotra.example>"), "{from}");
        assert!(
            !raw.contains("List-Unsubscribe"),
            "an essential message has no unsubscribe"
        );
        let optional = outbox::Message {
            list_unsubscribe: Some(
                "https://expo.example/unsubscribe/buyer/3/meeting_reminder/ab".into(),
            ),
            ..msg
        };
        let sender: Mailbox = "Expo <expo@kotra.example>".parse().expect("from");
        let raw = String::from_utf8(
            build(
                &optional,
                &sender,
                "<2.x@kotra.example>",
                "https://expo.example",
            )
            .expect("builds")
            .formatted(),
        )
        .expect("utf-8");
        assert!(
            raw.contains("\r\nList-Unsubscribe: <https://expo.example/unsubscribe/buyer/3/meeting_reminder/ab>\r\n"),
            "{raw}"
        );
        assert!(raw.contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
    }

    #[test]
    fn backoff_doubles_with_jitter_and_stops_at_an_hour() {
        let first = TimeDelta::seconds(30);
        for (attempts, low) in [(0, 30), (1, 60), (2, 120), (5, 960)] {
            let d = backoff(first, attempts).num_seconds();
            assert!(
                (low..=low + low / 4).contains(&d),
                "attempts {attempts}: {d}s"
            );
        }
        assert!(backoff(first, 30).num_seconds() <= 3600 + 900);
    }
}
