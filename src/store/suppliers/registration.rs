//! Registering a supplier: the open expos, the registration itself, the emailed link that confirms the address.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::profile::{ProfileError, write_profile};
use super::{LinkLetter, display_name, queue, store_token};
use crate::db::schema::{expos, suppliers};
use crate::domain::status::{ExpoStatus, SupplierStatus};
use crate::domain::supplier::SupplierProfile;
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{EmailAddress, ExpoId, Role, SupplierId};
use crate::store::tokens::{self, RedeemError};
use crate::store::{DbConnection, audit};

/// An expo a supplier can register for.
#[derive(Clone, Debug)]
pub struct OpenExpo {
    pub id: ExpoId,
    pub name: String,
    pub venue: String,
}

/// Expos taking supplier registrations (status `open`), newest first.
pub fn open_expos(conn: &mut DbConnection) -> QueryResult<Vec<OpenExpo>> {
    let rows: Vec<(i32, String, String)> = expos::table
        .filter(expos::status.eq(ExpoStatus::Open))
        .order(expos::id.desc())
        .select((expos::id, expos::name, expos::venue))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, name, venue)| OpenExpo {
            id: ExpoId(id),
            name,
            venue,
        })
        .collect())
}

/// What became of a registration. Both answers look the same to the visitor, so
/// nobody learns whether an email is registered.
#[derive(Debug, PartialEq, Eq)]
pub enum Registered {
    /// A new account, `unverified`, with its verification link queued.
    New(SupplierId),
    /// The email already has an account: its owner was emailed a password reset
    /// link instead, and nothing else changed.
    EmailTaken,
}

/// Who registers, for which expo, with what profile.
#[derive(Clone, Copy)]
pub struct NewRegistration<'a> {
    pub expo: ExpoId,
    pub email: &'a EmailAddress,
    pub password_hash: &'a str,
    pub profile: &'a SupplierProfile,
}

/// Registers a supplier for `expo` in one transaction: the account (`unverified`),
/// its sectors, markets and products, the verification link and its email. When the
/// email already has an account, only `existing` (a password reset link for that
/// account) is queued. Errors: `ExpoClosed`, `RegNoTaken`, `Db`.
pub fn register(
    conn: &mut DbConnection,
    new: &NewRegistration<'_>,
    verify: &LinkLetter,
    existing: &LinkLetter,
    now: NaiveDateTime,
) -> Result<Registered, ProfileError> {
    let NewRegistration {
        expo,
        email,
        password_hash,
        profile,
    } = *new;
    conn.write_tx(|conn| {
        let open: Option<i32> = expos::table
            .filter(expos::id.eq(expo.0))
            .filter(expos::status.eq(ExpoStatus::Open))
            .select(expos::id)
            .first(conn)
            .optional()?;
        if open.is_none() {
            return Err(ProfileError::ExpoClosed);
        }
        let taken: Option<i32> = suppliers::table
            .filter(suppliers::email.eq(email.as_str()))
            .select(suppliers::id)
            .first(conn)
            .optional()?;
        if let Some(id) = taken {
            store_token(
                conn,
                &existing.token,
                SupplierId(id),
                Purpose::PasswordReset,
                now,
            )?;
            queue(conn, email.as_str(), &existing.letter, Some(expo), now)?;
            return Ok(Registered::EmailTaken);
        }
        ensure_reg_no_free(conn, expo, profile, None)?;
        let id: i32 = diesel::insert_into(suppliers::table)
            .values((
                suppliers::expo_id.eq(expo.0),
                suppliers::email.eq(email.as_str()),
                suppliers::password_hash.eq(password_hash),
                suppliers::status.eq(SupplierStatus::Unverified),
                suppliers::company_name_ko.eq(&profile.company_name_ko),
                suppliers::company_name_en.eq(&profile.company_name_en),
                suppliers::business_reg_no.eq(profile.business_reg_no.as_str()),
                suppliers::created_at.eq(now),
                suppliers::updated_at.eq(now),
            ))
            .returning(suppliers::id)
            .get_result(conn)
            .map_err(|e| match e {
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => ProfileError::RegNoTaken,
                other => other.into(),
            })?;
        let id = SupplierId(id);
        write_profile(conn, id, profile, now)?;
        store_token(conn, &verify.token, id, Purpose::VerifyEmail, now)?;
        queue(conn, email.as_str(), &verify.letter, Some(expo), now)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(id.0),
                action: "supplier.registered",
                subject_type: "supplier",
                subject_id: Some(id.0),
                detail: "",
            },
            now,
        )?;
        Ok(Registered::New(id))
    })
}

pub(super) fn ensure_reg_no_free(
    conn: &mut DbConnection,
    expo: ExpoId,
    profile: &SupplierProfile,
    except: Option<SupplierId>,
) -> Result<(), ProfileError> {
    let holder: Option<i32> = suppliers::table
        .filter(suppliers::expo_id.eq(expo.0))
        .filter(suppliers::business_reg_no.eq(profile.business_reg_no.as_str()))
        .select(suppliers::id)
        .first(conn)
        .optional()?;
    match holder {
        Some(id) if Some(SupplierId(id)) != except => Err(ProfileError::RegNoTaken),
        _ => Ok(()),
    }
}

/// The supplier a still-valid link of `purpose` is for, without using it (for the
/// confirmation pages). Errors: `Unknown` (also for another role or purpose),
/// `Expired`, `Used`.
pub fn peek_link(
    conn: &mut DbConnection,
    token: &RawToken,
    purpose: Purpose,
    now: NaiveDateTime,
) -> Result<(SupplierId, String), RedeemError> {
    let found = tokens::find(conn, token, &[purpose], now)?;
    if found.role != Role::Supplier {
        return Err(RedeemError::Unknown);
    }
    display_name(conn, SupplierId(found.subject_id))
}

/// Uses a verification link: the email counts as verified and an `unverified`
/// account becomes `pending` (waiting for an organizer). Returns whom to sign in.
/// Errors: `Unknown`, `Expired`, `Used`.
pub fn verify_email(
    conn: &mut DbConnection,
    token: &RawToken,
    now: NaiveDateTime,
) -> Result<(SupplierId, String), RedeemError> {
    conn.write_tx(|conn| {
        let redeemed = tokens::redeem(conn, token, &[Purpose::VerifyEmail], now)?;
        if redeemed.role != Role::Supplier {
            return Err(RedeemError::Unknown);
        }
        let id = SupplierId(redeemed.subject_id);
        mark_verified(conn, id, now)?;
        display_name(conn, id)
    })
}

pub(super) fn mark_verified(
    conn: &mut DbConnection,
    id: SupplierId,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(
        suppliers::table
            .find(id.0)
            .filter(suppliers::email_verified_at.is_null()),
    )
    .set(suppliers::email_verified_at.eq(now))
    .execute(conn)?;
    let moved = diesel::update(
        suppliers::table
            .find(id.0)
            .filter(suppliers::status.eq(SupplierStatus::Unverified)),
    )
    .set((
        suppliers::status.eq(SupplierStatus::Pending),
        suppliers::updated_at.eq(now),
    ))
    .execute(conn)?;
    if moved == 1 {
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(id.0),
                action: "supplier.email_verified",
                subject_type: "supplier",
                subject_id: Some(id.0),
                detail: "",
            },
            now,
        )?;
    }
    Ok(())
}
