//! Organizer accounts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{DbConnection, StoreError, StoreResult};
use crate::db::schema::organizers;
use crate::domain::{EmailAddress, OrganizerId, PersonName};

#[derive(Clone, Debug, Queryable)]
pub struct Organizer {
    pub id: i32,
    pub email: String,
    pub name: String,
}

/// Creates an organizer. Errors: `Conflict` when the email is already an organizer's.
pub fn create(
    conn: &mut DbConnection,
    email: &EmailAddress,
    name: &PersonName,
    password_hash: &str,
    now: NaiveDateTime,
) -> StoreResult<OrganizerId> {
    diesel::insert_into(organizers::table)
        .values((
            organizers::email.eq(email.as_str()),
            organizers::name.eq(name.as_str()),
            organizers::password_hash.eq(password_hash),
            organizers::created_at.eq(now),
        ))
        .returning(organizers::id)
        .get_result(conn)
        .map(OrganizerId)
        .map_err(|e| StoreError::from_unique(e, "an organizer with this email already exists"))
}

/// The id and password hash for a sign-in attempt, if the email belongs to an organizer.
pub fn credentials(
    conn: &mut DbConnection,
    email: &EmailAddress,
) -> QueryResult<Option<(OrganizerId, String)>> {
    organizers::table
        .filter(organizers::email.eq(email.as_str()))
        .select((organizers::id, organizers::password_hash))
        .first::<(i32, String)>(conn)
        .optional()
        .map(|row| row.map(|(id, hash)| (OrganizerId(id), hash)))
}

pub fn get(conn: &mut DbConnection, id: OrganizerId) -> QueryResult<Option<Organizer>> {
    organizers::table
        .find(id.0)
        .select((organizers::id, organizers::email, organizers::name))
        .first(conn)
        .optional()
}

pub fn find_by_email(
    conn: &mut DbConnection,
    email: &EmailAddress,
) -> QueryResult<Option<OrganizerId>> {
    organizers::table
        .filter(organizers::email.eq(email.as_str()))
        .select(organizers::id)
        .first::<i32>(conn)
        .optional()
        .map(|id| id.map(OrganizerId))
}

/// One organizer as the staff page lists it.
#[derive(Queryable, Selectable, Debug, Clone)]
#[diesel(table_name = organizers)]
pub struct StaffRow {
    pub id: i32,
    pub name: String,
    pub email: String,
}

/// Every organizer, by name.
pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<StaffRow>> {
    organizers::table
        .order((organizers::name, organizers::id))
        .select(StaffRow::as_select())
        .load(conn)
}
