//! A supplier's sign-in: credentials, password reset, and the organizer's approval.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::registration::mark_verified;
use super::{LinkLetter, display_name, queue, store_token};
use crate::db::schema::suppliers;
use crate::domain::status::SupplierStatus;
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{EmailAddress, ExpoId, Role, SupplierId};
use crate::store::tokens::{self, RedeemError};
use crate::store::{DbConnection, audit};

/// The id, password hash (none until one is set) and display name for a password
/// sign-in, if the email belongs to a supplier.
pub fn credentials(
    conn: &mut DbConnection,
    email: &EmailAddress,
) -> QueryResult<Option<(SupplierId, Option<String>, String)>> {
    suppliers::table
        .filter(suppliers::email.eq(email.as_str()))
        .select((
            suppliers::id,
            suppliers::password_hash,
            suppliers::company_name_en,
        ))
        .first::<(i32, Option<String>, String)>(conn)
        .optional()
        .map(|row| row.map(|(id, hash, name)| (SupplierId(id), hash, name)))
}

/// Queues a password reset link when the email belongs to a supplier; returns
/// whether it did (the page says the same either way).
pub fn queue_password_reset(
    conn: &mut DbConnection,
    email: &EmailAddress,
    link: &LinkLetter,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    conn.write_tx(|conn| {
        let Some((id, _, _)) = credentials(conn, email)? else {
            return Ok(false);
        };
        store_token(conn, &link.token, id, Purpose::PasswordReset, now)?;
        let expo: i32 = suppliers::table
            .find(id.0)
            .select(suppliers::expo_id)
            .first(conn)?;
        queue(conn, email.as_str(), &link.letter, Some(ExpoId(expo)), now)?;
        Ok(true)
    })
}

/// Uses a reset link and sets the new password, all or nothing. The link proves the
/// email too, so an unverified account becomes pending. Ends all the supplier's
/// sessions and its calendar address. Returns whom to sign in.
/// Errors: `Unknown`, `Expired`, `Used`.
pub fn reset_password(
    conn: &mut DbConnection,
    token: &RawToken,
    password_hash: &str,
    now: NaiveDateTime,
) -> Result<(SupplierId, String), RedeemError> {
    conn.write_tx(|conn| {
        let redeemed = tokens::redeem(conn, token, &[Purpose::PasswordReset], now)?;
        if redeemed.role != Role::Supplier {
            return Err(RedeemError::Unknown);
        }
        let id = SupplierId(redeemed.subject_id);
        diesel::update(suppliers::table.find(id.0))
            .set((
                suppliers::password_hash.eq(password_hash),
                suppliers::updated_at.eq(now),
            ))
            .execute(conn)?;
        mark_verified(conn, id, now)?;
        // Whoever knew the old password may hold a session or the calendar address.
        crate::store::sessions::end_all(conn, Role::Supplier, id.0, None)?;
        crate::store::feeds::forget(conn, Role::Supplier, id.0)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(id.0),
                action: "supplier.password_reset",
                subject_type: "supplier",
                subject_id: Some(id.0),
                detail: "",
            },
            now,
        )?;
        display_name(conn, id)
    })
}

/// Approves or rejects a verified supplier (or puts it back to pending), with a reason the supplier sees. Errors: `NotFound` (also for an
/// account whose email is not verified yet).
pub fn set_status(
    conn: &mut DbConnection,
    id: SupplierId,
    status: SupplierStatus,
    reason: &str,
    organizer: Option<i32>,
    now: NaiveDateTime,
) -> crate::store::StoreResult<()> {
    conn.write_tx(|conn| {
        let changed = diesel::update(
            suppliers::table
                .find(id.0)
                .filter(suppliers::email_verified_at.is_not_null()),
        )
        .set((
            suppliers::status.eq(status),
            suppliers::status_reason.eq(reason),
            suppliers::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed != 1 {
            return Err(crate::store::StoreError::NotFound);
        }
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "organizer",
                actor_id: organizer,
                action: "supplier.status",
                subject_type: "supplier",
                subject_id: Some(id.0),
                detail: status.code(),
            },
            now,
        )?;
        crate::store::directory::suppliers_changed(conn, &[id.0])?;
        Ok(())
    })
}
