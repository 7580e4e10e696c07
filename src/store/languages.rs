//! Each person's language: the one their pages and their emails are in.

use diesel::prelude::*;

use super::StoreError;
use crate::db::DbConnection;
use crate::db::schema::{buyers, organizers, suppliers};
use crate::domain::Role;
use crate::i18n::Locale;

/// The language this person chose (or an organizer chose for them); `None` until then.
/// An unknown stored code reads as `None`.
pub fn of(conn: &mut DbConnection, role: Role, id: i32) -> Result<Option<Locale>, StoreError> {
    let stored: Option<Option<String>> = match role {
        Role::Organizer => organizers::table
            .find(id)
            .select(organizers::locale)
            .first(conn)
            .optional()?,
        Role::Supplier => suppliers::table
            .find(id)
            .select(suppliers::locale)
            .first(conn)
            .optional()?,
        Role::Buyer => buyers::table
            .find(id)
            .select(buyers::locale)
            .first(conn)
            .optional()?,
    };
    Ok(stored.flatten().as_deref().and_then(Locale::parse))
}

/// Stores this person's language. Nothing happens for a person who does not exist.
pub fn set(conn: &mut DbConnection, role: Role, id: i32, locale: Locale) -> Result<(), StoreError> {
    let code = Some(locale.code());
    match role {
        Role::Organizer => diesel::update(organizers::table.find(id))
            .set(organizers::locale.eq(code))
            .execute(conn)?,
        Role::Supplier => diesel::update(suppliers::table.find(id))
            .set(suppliers::locale.eq(code))
            .execute(conn)?,
        Role::Buyer => diesel::update(buyers::table.find(id))
            .set(buyers::locale.eq(code))
            .execute(conn)?,
    };
    Ok(())
}

/// The language to write to this person in: theirs, or `fallback` when they have none
/// (a buyer invited before anyone chose; the organizer's form sets it when inviting).
pub fn for_mail(
    conn: &mut DbConnection,
    role: Role,
    id: i32,
    fallback: Locale,
) -> Result<Locale, StoreError> {
    Ok(of(conn, role, id)?.unwrap_or(fallback))
}
