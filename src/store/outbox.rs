//! The email outbox. Messages are written in the transaction of the change that causes
//! them; a worker delivers them later, so no request ever waits on SMTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::outbox;
use crate::domain::ExpoId;
use crate::domain::status::MessageStatus;

pub struct NewMessage<'a> {
    pub kind: &'a str,
    pub to_address: &'a str,
    pub to_name: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: Option<&'a str>,
    /// The expo the message is about: it goes out under that expo's sender name with
    /// its organizer's contact as Reply-To (`None`: the site's sender, no Reply-To).
    pub expo: Option<ExpoId>,
}

/// Queues one message, due now. Returns its id.
pub fn enqueue(
    conn: &mut DbConnection,
    msg: &NewMessage<'_>,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    insert(conn, msg, None, now)
}

fn insert(
    conn: &mut DbConnection,
    msg: &NewMessage<'_>,
    calendar: Option<&CalendarPart<'_>>,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    let sender = match msg.expo {
        Some(expo) => Some(super::expos::mail_sender(conn, expo)?),
        None => None,
    };
    diesel::insert_into(outbox::table)
        .values((
            outbox::kind.eq(msg.kind),
            outbox::to_address.eq(msg.to_address),
            outbox::to_name.eq(msg.to_name),
            outbox::subject.eq(msg.subject),
            outbox::body_text.eq(msg.body_text),
            outbox::body_html.eq(msg.body_html),
            outbox::calendar_method.eq(calendar.map(|c| c.method)),
            outbox::calendar_ics.eq(calendar.map(|c| c.ics)),
            outbox::meeting_id.eq(calendar.and_then(|c| c.meeting_id)),
            outbox::status.eq(MessageStatus::Pending),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
            outbox::from_name.eq(sender.as_ref().map(|s| s.name.as_str())),
            outbox::reply_to.eq(sender.as_ref().and_then(|s| s.reply_to.as_deref())),
        ))
        .returning(outbox::id)
        .get_result(conn)
}

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct QueuedMessage {
    pub id: i32,
    pub kind: String,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub status: MessageStatus,
}

/// Messages queued for one address, newest first (used by tests and the email page).
pub fn for_address(conn: &mut DbConnection, address: &str) -> QueryResult<Vec<QueuedMessage>> {
    outbox::table
        .filter(outbox::to_address.eq(address))
        .order(outbox::id.desc())
        .select(QueuedMessage::as_select())
        .load(conn)
}

/// A calendar part that goes with a message.
pub struct CalendarPart<'a> {
    pub method: &'a str,
    pub ics: &'a str,
    pub meeting_id: Option<i32>,
}

/// Queues a message with a calendar invitation (or cancellation), due now.
pub fn enqueue_with_calendar(
    conn: &mut DbConnection,
    msg: &NewMessage<'_>,
    calendar: &CalendarPart<'_>,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    insert(conn, msg, Some(calendar), now)
}

/// One message as stored, with its delivery state.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct Message {
    pub id: i32,
    pub kind: String,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub calendar_method: Option<String>,
    pub calendar_ics: Option<String>,
    pub meeting_id: Option<i32>,
    pub status: MessageStatus,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: String,
    pub message_id: Option<String>,
    pub sent_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    /// The sender's display name (an expo's); `None`: the site's.
    pub from_name: Option<String>,
    /// Where replies go (the expo organizer's contact).
    pub reply_to: Option<String>,
    /// Where the recipient stops this kind of message (non-essential messages only).
    pub list_unsubscribe: Option<String>,
}

/// Marks a queued message as one its recipient can stop: `url` goes in its
/// `List-Unsubscribe` header.
pub fn set_list_unsubscribe(conn: &mut DbConnection, id: i32, url: &str) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set(outbox::list_unsubscribe.eq(Some(url)))
        .execute(conn)
        .map(|_| ())
}

pub fn get(conn: &mut DbConnection, id: i32) -> QueryResult<Option<Message>> {
    outbox::table
        .find(id)
        .select(Message::as_select())
        .first(conn)
        .optional()
}

diesel::define_sql_function! {
    /// SQL `lower()`: ASCII letters on SQLite, every letter on PostgreSQL.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// Which messages the email page lists. Empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageFilter {
    /// Text in the recipient's name or address, in any case.
    pub recipient: String,
    /// A kind code as the outbox stores it.
    pub kind: Option<String>,
    pub status: Option<MessageStatus>,
}

fn filtered(filter: &MessageFilter) -> outbox::BoxedQuery<'static, crate::db::MultiBackend> {
    let mut query = outbox::table.into_boxed();
    let words = filter.recipient.trim().to_lowercase();
    if !words.is_empty() {
        let escaped = words
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        query = query.filter(
            lower(outbox::to_name)
                .like(pattern.clone())
                .escape('\\')
                .or(lower(outbox::to_address).like(pattern).escape('\\')),
        );
    }
    if let Some(kind) = &filter.kind {
        query = query.filter(outbox::kind.eq(kind.clone()));
    }
    if let Some(status) = filter.status {
        query = query.filter(outbox::status.eq(status));
    }
    query
}

/// One page of the messages `filter` matches, newest first, and how many match in all.
/// Two queries.
pub fn search(
    conn: &mut DbConnection,
    filter: &MessageFilter,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<Message>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let messages = filtered(filter)
        .select(Message::as_select())
        .order(outbox::id.desc())
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    Ok((messages, total))
}

/// The kind codes present in the outbox, for the email page's filter.
pub fn kinds(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    outbox::table
        .select(outbox::kind)
        .distinct()
        .order(outbox::kind)
        .load(conn)
}

/// How many messages are in each status.
pub fn counts(conn: &mut DbConnection) -> QueryResult<Vec<(MessageStatus, i64)>> {
    outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)
}

/// Claims up to `limit` due messages for `worker` until `lease_until`: pending ones
/// whose time has come, and ones whose previous worker's lease ran out (it died
/// mid-batch). Each claim is a conditional update, so when several workers (several
/// app instances on one PostgreSQL) race for a message exactly one gets it.
pub fn claim_due(
    conn: &mut DbConnection,
    worker: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Message>> {
    let due = || {
        outbox::status
            .eq(MessageStatus::Pending)
            .and(outbox::next_attempt_at.le(now))
            .or(outbox::status
                .eq(MessageStatus::Sending)
                .and(outbox::claimed_until.lt(now)))
    };
    // One transaction for the batch: a commit per message made claiming cost as much
    // as sending to a file. Each update still re-checks `due()`, so two workers on
    // PostgreSQL never both win a message.
    conn.write_tx(|conn| {
        let candidates: Vec<i32> = outbox::table
            .filter(due())
            .order(outbox::id)
            .limit(limit)
            .select(outbox::id)
            .load(conn)?;
        let mut claimed = Vec::with_capacity(candidates.len());
        for id in candidates {
            let won = diesel::update(outbox::table.filter(outbox::id.eq(id)).filter(due()))
                .set((
                    outbox::status.eq(MessageStatus::Sending),
                    outbox::claimed_by.eq(worker),
                    outbox::claimed_until.eq(lease_until),
                ))
                .execute(conn)?;
            if won == 1 {
                claimed.push(id);
            }
        }
        if claimed.is_empty() {
            return Ok(Vec::new());
        }
        outbox::table
            .filter(outbox::id.eq_any(&claimed))
            .order(outbox::id)
            .select(Message::as_select())
            .load(conn)
    })
}

/// Records a delivery. Only the worker holding the claim can; returns false otherwise.
pub fn mark_sent(
    conn: &mut DbConnection,
    id: i32,
    worker: &str,
    message_id: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::claimed_by.eq(worker))
            .filter(outbox::status.eq(MessageStatus::Sending)),
    )
    .set((
        outbox::status.eq(MessageStatus::Sent),
        outbox::attempts.eq(outbox::attempts + 1),
        outbox::message_id.eq(message_id),
        outbox::sent_at.eq(now),
        outbox::last_error.eq(""),
        outbox::claimed_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Records a failed attempt: back to pending until `retry_at`, or `failed` for good
/// when `retry_at` is `None`.
pub fn mark_attempt_failed(
    conn: &mut DbConnection,
    id: i32,
    worker: &str,
    error: &str,
    retry_at: Option<NaiveDateTime>,
) -> QueryResult<bool> {
    let target = outbox::table
        .find(id)
        .filter(outbox::claimed_by.eq(worker))
        .filter(outbox::status.eq(MessageStatus::Sending));
    let status = if retry_at.is_some() {
        MessageStatus::Pending
    } else {
        MessageStatus::Failed
    };
    diesel::update(target)
        .set((
            outbox::status.eq(status),
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::last_error.eq(error),
            outbox::next_attempt_at.eq(retry_at.unwrap_or_else(super::now)),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)
        .map(|n| n == 1)
}

/// Sends a message again: a failed or pending one is due now with a fresh count of
/// attempts; a sent one is copied into a new message (the original stays as sent).
/// Returns the id that will go out. Errors: `NotFound`; `Conflict` while a worker
/// is sending it.
pub fn resend(conn: &mut DbConnection, id: i32, now: NaiveDateTime) -> super::StoreResult<i32> {
    conn.write_tx(|conn| {
        let msg = get(conn, id)?.ok_or(super::StoreError::NotFound)?;
        match msg.status {
            MessageStatus::Sending => Err(super::StoreError::Conflict(
                "this message is being sent right now".into(),
            )),
            MessageStatus::Sent => {
                let copy = enqueue(
                    conn,
                    &NewMessage {
                        kind: &msg.kind,
                        to_address: &msg.to_address,
                        to_name: &msg.to_name,
                        subject: &msg.subject,
                        body_text: &msg.body_text,
                        body_html: msg.body_html.as_deref(),
                        expo: None,
                    },
                    now,
                )?;
                diesel::update(outbox::table.find(copy))
                    .set((
                        outbox::from_name.eq(&msg.from_name),
                        outbox::reply_to.eq(&msg.reply_to),
                        outbox::calendar_method.eq(&msg.calendar_method),
                        outbox::calendar_ics.eq(&msg.calendar_ics),
                        outbox::meeting_id.eq(msg.meeting_id),
                    ))
                    .execute(conn)?;
                Ok(copy)
            }
            _ => {
                // Only from the status just read: a worker that claimed it meanwhile keeps it.
                let changed =
                    diesel::update(outbox::table.find(id).filter(outbox::status.eq(msg.status)))
                        .set((
                            outbox::status.eq(MessageStatus::Pending),
                            outbox::attempts.eq(0),
                            outbox::next_attempt_at.eq(now),
                            outbox::claimed_by.eq(None::<String>),
                            outbox::claimed_until.eq(None::<NaiveDateTime>),
                        ))
                        .execute(conn)?;
                if changed != 1 {
                    return Err(super::StoreError::Conflict(
                        "this message is being sent right now".into(),
                    ));
                }
                Ok(id)
            }
        }
    })
}

/// Extends a claim just before sending, so a message is only sent while its claim
/// holds; false when another worker took it over after the lease ran out.
pub fn renew_claim(
    conn: &mut DbConnection,
    id: i32,
    worker: &str,
    until: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::claimed_by.eq(worker))
            .filter(outbox::status.eq(MessageStatus::Sending)),
    )
    .set(outbox::claimed_until.eq(until))
    .execute(conn)
    .map(|n| n == 1)
}
