//! The service's own figures, read from the database: what the metrics scrape and the
//! organizer's status page both show, so the two never disagree.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use crate::db::schema::outbox;
use crate::domain::mail_kind::MailKind;
use crate::domain::status::MessageStatus;

use super::DbConnection;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// Messages in each status, every status listed (zero included).
    pub by_status: Vec<(MessageStatus, i64)>,
    /// Waiting messages whose time has come (not yet sent, not waiting for a retry).
    pub due: i64,
    /// Seconds since the oldest message still waiting was queued.
    pub oldest_unsent_seconds: Option<i64>,
    /// Reminders whose time has come and that are not sent yet.
    pub reminders_due: i64,
    /// Messages delivered in the last 24 hours.
    pub sent_last_day: i64,
    /// The latest delivery error: when, the message kind, and what the mail server
    /// said (with any secret hidden).
    pub last_error: Option<DeliveryError>,
    /// The database's size on disk (SQLite file pages or PostgreSQL's database size).
    pub database_bytes: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryError {
    pub at: NaiveDateTime,
    pub kind: String,
    pub error: String,
}

impl Figures {
    pub fn count(&self, status: MessageStatus) -> i64 {
        self.by_status
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, n)| *n)
    }

    /// Nothing failed for good and nothing due has waited more than ten minutes.
    pub fn outbox_healthy(&self) -> bool {
        self.count(MessageStatus::Failed) == 0 && self.oldest_unsent_seconds.is_none_or(|s| s < 600)
    }
}

#[derive(QueryableByName)]
struct Size {
    #[diesel(sql_type = BigInt)]
    bytes: i64,
}

/// Reads every figure in a handful of aggregate queries.
pub fn figures(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<Figures> {
    let counts = super::outbox::counts(conn)?;
    let by_status = MessageStatus::ALL
        .iter()
        .map(|s| {
            let n = counts.iter().find(|(c, _)| c == s).map_or(0, |(_, n)| *n);
            (*s, n)
        })
        .collect();
    let waiting = [MessageStatus::Pending, MessageStatus::Sending];
    let due: i64 = outbox::table
        .filter(outbox::status.eq(MessageStatus::Pending))
        .filter(outbox::next_attempt_at.le(now))
        .count()
        .get_result(conn)?;
    let oldest: Option<NaiveDateTime> = outbox::table
        .filter(outbox::status.eq_any(waiting))
        .select(diesel::dsl::min(outbox::created_at))
        .first(conn)?;
    let reminders_due: i64 = outbox::table
        .filter(outbox::status.eq(MessageStatus::Pending))
        .filter(outbox::next_attempt_at.le(now))
        .filter(outbox::kind.eq_any([MailKind::Reminder.code(), MailKind::MeetingReminder.code()]))
        .count()
        .get_result(conn)?;
    let sent_last_day: i64 = outbox::table
        .filter(outbox::status.eq(MessageStatus::Sent))
        .filter(outbox::sent_at.ge(now - chrono::TimeDelta::days(1)))
        .count()
        .get_result(conn)?;
    let last_error = outbox::table
        .filter(outbox::last_error.ne(""))
        .order((outbox::next_attempt_at.desc(), outbox::id.desc()))
        .select((outbox::next_attempt_at, outbox::kind, outbox::last_error))
        .first::<(NaiveDateTime, String, String)>(conn)
        .optional()?
        .map(|(at, kind, error)| DeliveryError {
            at,
            kind,
            error: crate::domain::secrets::redact(&error).into_owned(),
        });
    let size_sql = if conn.is_sqlite() {
        "SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()"
    } else {
        "SELECT pg_database_size(current_database()) AS bytes"
    };
    let database_bytes = diesel::sql_query(size_sql)
        .get_result::<Size>(conn)
        .optional()?
        .map(|s| s.bytes);
    Ok(Figures {
        by_status,
        due,
        oldest_unsent_seconds: oldest.map(|t| (now - t).num_seconds().max(0)),
        reminders_due,
        sent_last_day,
        last_error,
        database_bytes,
    })
}
