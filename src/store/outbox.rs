//! The email outbox. Messages are written in the transaction of the change that causes
//! them; a worker delivers them later, so no request ever waits on SMTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::outbox;

pub struct NewMessage<'a> {
    pub kind: &'a str,
    pub to_address: &'a str,
    pub to_name: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: Option<&'a str>,
}

/// Queues one message, due now. Returns its id.
pub fn enqueue(
    conn: &mut DbConnection,
    msg: &NewMessage<'_>,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    diesel::insert_into(outbox::table)
        .values((
            outbox::kind.eq(msg.kind),
            outbox::to_address.eq(msg.to_address),
            outbox::to_name.eq(msg.to_name),
            outbox::subject.eq(msg.subject),
            outbox::body_text.eq(msg.body_text),
            outbox::body_html.eq(msg.body_html),
            outbox::status.eq("pending"),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
        ))
        .returning(outbox::id)
        .get_result(conn)
}

#[derive(Debug, Queryable)]
pub struct QueuedMessage {
    pub id: i32,
    pub kind: String,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub status: String,
}

/// Messages queued for one address, newest first (used by tests and the email page).
pub fn for_address(conn: &mut DbConnection, address: &str) -> QueryResult<Vec<QueuedMessage>> {
    outbox::table
        .filter(outbox::to_address.eq(address))
        .order(outbox::id.desc())
        .select((
            outbox::id,
            outbox::kind,
            outbox::to_address,
            outbox::subject,
            outbox::body_text,
            outbox::status,
        ))
        .load(conn)
}
