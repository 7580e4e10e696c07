//! Deletion requests: asking, the organizer's list, and carrying one out.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::forget::forget;
use crate::db::schema::{buyers, deletion_requests, expos, suppliers};
use crate::domain::{OrganizerId, Role};
use crate::store::audit;
use crate::store::{DbConnection, StoreError, StoreResult};

/// Asks the organizer to delete the person's data. Asking twice keeps the first
/// request. Returns the open request's id.
pub fn request_deletion(
    conn: &mut DbConnection,
    role: Role,
    person: i32,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    conn.write_tx(|c| {
        if let Some(open) = open_request(c, role, person)? {
            return Ok(open);
        }
        let id = diesel::insert_into(deletion_requests::table)
            .values((
                deletion_requests::role.eq(role.as_str()),
                deletion_requests::person_id.eq(person),
                deletion_requests::requested_at.eq(now),
            ))
            .returning(deletion_requests::id)
            .get_result(c)?;
        audit::record(
            c,
            &audit::Entry {
                actor_role: role.as_str(),
                actor_id: Some(person),
                action: "privacy.deletion_requested",
                subject_type: role.as_str(),
                subject_id: Some(person),
                detail: "",
            },
            now,
        )?;
        Ok(id)
    })
}

/// The person's open deletion request, if any.
pub fn open_request(conn: &mut DbConnection, role: Role, person: i32) -> QueryResult<Option<i32>> {
    deletion_requests::table
        .filter(deletion_requests::role.eq(role.as_str()))
        .filter(deletion_requests::person_id.eq(person))
        .filter(deletion_requests::done_at.is_null())
        .select(deletion_requests::id)
        .first(conn)
        .optional()
}

/// A deletion request as the organizer's list shows it.
#[derive(Clone, Debug)]
pub struct PendingDeletion {
    pub id: i32,
    pub role: Role,
    pub person_id: i32,
    pub name: String,
    pub expo_name: String,
    pub requested_at: NaiveDateTime,
}

/// An open deletion request as stored; `role` is checked by [`Role::parse`].
#[derive(Queryable, Selectable)]
#[diesel(table_name = deletion_requests)]
struct RequestRow {
    id: i32,
    role: String,
    person_id: i32,
    requested_at: NaiveDateTime,
}

/// Open deletion requests, oldest first, each with whom it concerns.
pub fn pending_deletions(conn: &mut DbConnection) -> QueryResult<Vec<PendingDeletion>> {
    let rows: Vec<RequestRow> = deletion_requests::table
        .filter(deletion_requests::done_at.is_null())
        .select(RequestRow::as_select())
        .order(deletion_requests::requested_at)
        .load(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(role) = Role::parse(&row.role) else {
            continue;
        };
        let (name, expo_name) = person_name(conn, role, row.person_id)?.unwrap_or_default();
        out.push(PendingDeletion {
            id: row.id,
            role,
            person_id: row.person_id,
            name,
            expo_name,
            requested_at: row.requested_at,
        });
    }
    Ok(out)
}

fn person_name(
    conn: &mut DbConnection,
    role: Role,
    id: i32,
) -> QueryResult<Option<(String, String)>> {
    match role {
        Role::Buyer => buyers::table
            .inner_join(expos::table)
            .filter(buyers::id.eq(id))
            .select((buyers::name, expos::name))
            .first(conn)
            .optional(),
        Role::Supplier => suppliers::table
            .inner_join(expos::table)
            .filter(suppliers::id.eq(id))
            .select((suppliers::company_name_en, expos::name))
            .first(conn)
            .optional(),
        Role::Organizer => Ok(None),
    }
}

/// Carries out an open deletion request: forgets the person ([`forget`]), closes the
/// request and records both in the audit log, in one transaction. Errors: `NotFound`
/// for an unknown or already closed request.
pub fn carry_out(
    conn: &mut DbConnection,
    request: i32,
    organizer: OrganizerId,
    now: NaiveDateTime,
) -> StoreResult<()> {
    conn.write_tx(|c| {
        let (role, person): (String, i32) = deletion_requests::table
            .filter(deletion_requests::id.eq(request))
            .filter(deletion_requests::done_at.is_null())
            .select((deletion_requests::role, deletion_requests::person_id))
            .first(c)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let role = Role::parse(&role).ok_or(StoreError::NotFound)?;
        forget(c, role, person, Some(organizer), "deletion request", now)?;
        diesel::update(deletion_requests::table.find(request))
            .set((
                deletion_requests::done_at.eq(now),
                deletion_requests::done_by.eq(organizer.0),
            ))
            .execute(c)?;
        Ok(())
    })
}
