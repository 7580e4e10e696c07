//! The audit log: who changed what, and when.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::audit_log;

pub struct Entry<'a> {
    pub actor_role: &'a str,
    pub actor_id: Option<i32>,
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: Option<i32>,
    pub detail: &'a str,
}

/// Appends one entry; call it inside the transaction of the change it records.
pub fn record(conn: &mut DbConnection, entry: &Entry<'_>, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(now),
            audit_log::actor_role.eq(entry.actor_role),
            audit_log::actor_id.eq(entry.actor_id),
            audit_log::action.eq(entry.action),
            audit_log::subject_type.eq(entry.subject_type),
            audit_log::subject_id.eq(entry.subject_id),
            audit_log::detail.eq(entry.detail),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Runs an organizer's change and records it in the same transaction: the change and
/// its audit entry land together or not at all.
pub fn by_organizer<T, E, F>(
    conn: &mut DbConnection,
    organizer: crate::domain::OrganizerId,
    action: &str,
    subject: (&str, Option<i32>),
    detail: &str,
    now: NaiveDateTime,
    change: F,
) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    conn.write_tx(|conn| {
        let out = change(conn)?;
        record(
            conn,
            &Entry {
                actor_role: "organizer",
                actor_id: Some(organizer.0),
                action,
                subject_type: subject.0,
                subject_id: subject.1,
                detail,
            },
            now,
        )?;
        Ok(out)
    })
}
