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

/// Appends one entry; call it inside the transaction of the change it records. Made
/// while staff act for a company, it names them too (`store::acting`).
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
            audit_log::acting_by.eq(super::acting::current().map(|a| a.by)),
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

/// One line of the audit log as the organizer reads it.
#[derive(Clone, Debug)]
pub struct Line {
    pub at: NaiveDateTime,
    pub actor_role: String,
    pub actor: String,
    pub action: String,
    pub subject_type: String,
    pub subject_id: Option<i32>,
    pub detail: String,
    /// The staff member who did it for the actor (a supplier or buyer), by name.
    pub acting: Option<String>,
}

/// An audit entry as stored.
#[derive(Queryable, Selectable)]
#[diesel(table_name = audit_log)]
struct Row {
    at: NaiveDateTime,
    actor_role: String,
    actor_id: Option<i32>,
    action: String,
    subject_type: String,
    subject_id: Option<i32>,
    detail: String,
    acting_by: Option<i32>,
}

/// The latest entries, newest first, optionally only actions starting with `prefix`
/// (e.g. "meeting."), with each actor's name. Four queries.
pub fn recent(conn: &mut DbConnection, prefix: &str, limit: i64) -> QueryResult<Vec<Line>> {
    use crate::db::schema::{buyers, organizers, suppliers};
    use std::collections::HashMap;
    let mut query = audit_log::table
        .order((audit_log::at.desc(), audit_log::id.desc()))
        .limit(limit)
        .select(Row::as_select())
        .into_boxed();
    if !prefix.is_empty() {
        let escaped = prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        query = query.filter(audit_log::action.like(format!("{escaped}%")).escape('\\'));
    }
    let rows: Vec<Row> = query.load(conn)?;
    let ids = |role: &str| -> Vec<i32> {
        rows.iter()
            .filter(|r| r.actor_role == role)
            .filter_map(|r| r.actor_id)
            .collect()
    };
    let mut staff = ids("organizer");
    staff.extend(rows.iter().filter_map(|r| r.acting_by));
    let organizer_names: HashMap<i32, String> = organizers::table
        .filter(organizers::id.eq_any(staff))
        .select((organizers::id, organizers::name))
        .load(conn)?
        .into_iter()
        .collect();
    let buyer_names: HashMap<i32, String> = buyers::table
        .filter(buyers::id.eq_any(ids("buyer")))
        .select((buyers::id, buyers::name))
        .load(conn)?
        .into_iter()
        .collect();
    let supplier_names: HashMap<i32, String> = suppliers::table
        .filter(suppliers::id.eq_any(ids("supplier")))
        .select((suppliers::id, suppliers::company_name_en))
        .load(conn)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|r| {
            let names = match r.actor_role.as_str() {
                "organizer" => Some(&organizer_names),
                "buyer" => Some(&buyer_names),
                "supplier" => Some(&supplier_names),
                _ => None,
            };
            let actor = r
                .actor_id
                .and_then(|id| names.and_then(|n| n.get(&id)).cloned())
                .unwrap_or_else(|| r.actor_role.clone());
            Line {
                at: r.at,
                actor_role: r.actor_role,
                actor,
                action: r.action,
                subject_type: r.subject_type,
                subject_id: r.subject_id,
                detail: r.detail,
                acting: r
                    .acting_by
                    .map(|id| organizer_names.get(&id).cloned().unwrap_or_default()),
            }
        })
        .collect())
}
