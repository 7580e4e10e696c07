//! Calendar subscription addresses. A calendar app has no session, so the secret in
//! the address is its only key; the table keeps only its SHA-256, one address per
//! person at most, and a new address deletes the old one, which then answers 404.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::calendar_feeds;
use crate::domain::Role;
use crate::domain::token::{RawToken, TokenHash};

/// Makes a new address for the person, ending the old one in the same transaction;
/// returns the secret, which is shown once and never stored.
pub fn renew(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
    now: NaiveDateTime,
) -> QueryResult<RawToken> {
    let token = RawToken::generate();
    conn.write_tx(|conn| {
        forget(conn, role, person_id)?;
        diesel::insert_into(calendar_feeds::table)
            .values((
                calendar_feeds::token_hash.eq(token.hash().0),
                calendar_feeds::role.eq(role.as_str()),
                calendar_feeds::person_id.eq(person_id),
                calendar_feeds::created_at.eq(now),
            ))
            .execute(conn)
            .map(|_| ())
    })?;
    Ok(token)
}

/// Ends the person's address, if any (a password reset, a deletion, a new address).
pub fn forget(conn: &mut DbConnection, role: Role, person_id: i32) -> QueryResult<usize> {
    diesel::delete(
        calendar_feeds::table
            .filter(calendar_feeds::role.eq(role.as_str()))
            .filter(calendar_feeds::person_id.eq(person_id)),
    )
    .execute(conn)
}

/// When the person's current address was made, if there is one.
pub fn made_at(
    conn: &mut DbConnection,
    role: Role,
    person_id: i32,
) -> QueryResult<Option<NaiveDateTime>> {
    calendar_feeds::table
        .filter(calendar_feeds::role.eq(role.as_str()))
        .filter(calendar_feeds::person_id.eq(person_id))
        .select(calendar_feeds::created_at)
        .first(conn)
        .optional()
}

/// Whose agenda an address opens.
pub fn owner(conn: &mut DbConnection, token: &TokenHash) -> QueryResult<Option<(Role, i32)>> {
    let row: Option<(String, i32)> = calendar_feeds::table
        .find(&token.0)
        .select((calendar_feeds::role, calendar_feeds::person_id))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(role, id)| Role::parse(&role).map(|r| (r, id))))
}
