//! A supplier's account and company profile: registration with email verification,
//! password sign-in and reset, approval, profile edits and blocked slots.
//!
//! Messages a change causes (a verification link, a reset link) are passed in already
//! written, as [`Letter`]s, and queued in the outbox in the transaction of the change.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::tokens::{self, RedeemError};
use super::{DbConnection, audit, outbox};
use crate::db::schema::{
    blocked_slots, buyers, consultation_days, consultation_tables, expos, meetings, products,
    sectors, sign_in_tokens, slots, supplier_markets, supplier_sectors, suppliers,
};
use crate::domain::status::{ExpoStatus, MeetingStatus, SupplierStatus};
use crate::domain::supplier::SupplierProfile;
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{EmailAddress, ExpoId, MeetingId, Role, SlotId, SupplierId};

/// An email ready to queue.
#[derive(Clone, Debug)]
pub struct Letter {
    pub kind: &'static str,
    pub to_name: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A one-time link (its token not yet stored) and the email that carries it.
pub struct LinkLetter {
    pub token: RawToken,
    pub letter: Letter,
}

fn queue(
    conn: &mut DbConnection,
    to: &str,
    letter: &Letter,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    outbox::enqueue(
        conn,
        &outbox::NewMessage {
            kind: letter.kind,
            to_address: to,
            to_name: &letter.to_name,
            subject: &letter.subject,
            body_text: &letter.text,
            body_html: Some(&letter.html),
        },
        now,
    )
}

fn store_token(
    conn: &mut DbConnection,
    token: &RawToken,
    subject: SupplierId,
    purpose: Purpose,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(sign_in_tokens::table)
        .values((
            sign_in_tokens::token_hash.eq(token.hash().0),
            sign_in_tokens::role.eq(Role::Supplier.as_str()),
            sign_in_tokens::subject_id.eq(subject.0),
            sign_in_tokens::purpose.eq(purpose.as_str()),
            sign_in_tokens::expires_at.eq(now + purpose.lifetime()),
            sign_in_tokens::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

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

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// Another supplier of the same expo has this registration number.
    #[error("this business registration number is already registered for this expo")]
    RegNoTaken,
    /// The expo does not exist or takes no registrations.
    #[error("this expo does not take registrations")]
    ExpoClosed,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
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
            queue(conn, email.as_str(), &existing.letter, now)?;
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
        queue(conn, email.as_str(), &verify.letter, now)?;
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

fn ensure_reg_no_free(
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

/// Writes every profile field and replaces sectors, markets and products.
fn write_profile(
    conn: &mut DbConnection,
    id: SupplierId,
    p: &SupplierProfile,
    now: NaiveDateTime,
) -> Result<(), ProfileError> {
    diesel::update(suppliers::table.find(id.0))
        .set((
            suppliers::company_name_ko.eq(&p.company_name_ko),
            suppliers::company_name_en.eq(&p.company_name_en),
            suppliers::business_reg_no.eq(p.business_reg_no.as_str()),
            suppliers::representative.eq(&p.representative),
            suppliers::contact_name.eq(&p.contact_name),
            suppliers::phone.eq(p.phone.as_str()),
            suppliers::website.eq(p.website.as_ref().map_or("", |w| w.as_str())),
            suppliers::address.eq(&p.address),
            suppliers::company_size.eq(p.company_size.as_str()),
            suppliers::year_founded.eq(p.year_founded),
            suppliers::languages.eq(p.languages.join(" ")),
            suppliers::catalogue_url.eq(p.catalogue_url.as_ref().map_or("", |w| w.as_str())),
            suppliers::pitch.eq(&p.pitch),
            suppliers::updated_at.eq(now),
        ))
        .execute(conn)
        .map_err(|e| match e {
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ) => ProfileError::RegNoTaken,
            other => other.into(),
        })?;
    diesel::delete(supplier_sectors::table.filter(supplier_sectors::supplier_id.eq(id.0)))
        .execute(conn)?;
    for code in &p.sectors {
        let sector: i32 = sectors::table
            .filter(sectors::code.eq(code))
            .select(sectors::id)
            .first(conn)?;
        diesel::insert_into(supplier_sectors::table)
            .values((
                supplier_sectors::supplier_id.eq(id.0),
                supplier_sectors::sector_id.eq(sector),
            ))
            .execute(conn)?;
    }
    diesel::delete(supplier_markets::table.filter(supplier_markets::supplier_id.eq(id.0)))
        .execute(conn)?;
    for (kind, markets) in [("served", &p.served_markets), ("target", &p.target_markets)] {
        for country in markets {
            diesel::insert_into(supplier_markets::table)
                .values((
                    supplier_markets::supplier_id.eq(id.0),
                    supplier_markets::country.eq(country.as_str()),
                    supplier_markets::kind.eq(kind),
                ))
                .execute(conn)?;
        }
    }
    diesel::delete(products::table.filter(products::supplier_id.eq(id.0))).execute(conn)?;
    for (position, product) in p.products.iter().enumerate() {
        diesel::insert_into(products::table)
            .values((
                products::supplier_id.eq(id.0),
                products::name.eq(&product.name),
                products::description.eq(&product.description),
                products::hs_code.eq(product.hs_code.as_ref().map(|h| h.as_str())),
                products::image_url.eq(product.image_url.as_ref().map(|u| u.as_str())),
                products::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Replaces the supplier's profile (everything but email, password and status), all
/// or nothing. Errors: `NotFound`, `RegNoTaken`, `Db`.
pub fn update_profile(
    conn: &mut DbConnection,
    id: SupplierId,
    profile: &SupplierProfile,
    now: NaiveDateTime,
) -> Result<(), ProfileError> {
    conn.write_tx(|conn| {
        let expo: i32 = suppliers::table
            .find(id.0)
            .select(suppliers::expo_id)
            .first(conn)
            .optional()?
            .ok_or(ProfileError::NotFound)?;
        ensure_reg_no_free(conn, ExpoId(expo), profile, Some(id))?;
        write_profile(conn, id, profile, now)?;
        audit::record(
            conn,
            &audit::Entry {
                actor_role: "supplier",
                actor_id: Some(id.0),
                action: "supplier.profile_updated",
                subject_type: "supplier",
                subject_id: Some(id.0),
                detail: "",
            },
            now,
        )?;
        Ok(())
    })
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

fn display_name(
    conn: &mut DbConnection,
    id: SupplierId,
) -> Result<(SupplierId, String), RedeemError> {
    let name: Option<String> = suppliers::table
        .find(id.0)
        .select(suppliers::company_name_en)
        .first(conn)
        .optional()?;
    name.map(|n| (id, n)).ok_or(RedeemError::Unknown)
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

fn mark_verified(conn: &mut DbConnection, id: SupplierId, now: NaiveDateTime) -> QueryResult<()> {
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
        queue(conn, email.as_str(), &link.letter, now)?;
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
        super::sessions::end_all(conn, Role::Supplier, id.0, None)?;
        super::feeds::forget(conn, Role::Supplier, id.0)?;
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
) -> super::StoreResult<()> {
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
            return Err(super::StoreError::NotFound);
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
        Ok(())
    })
}

/// A supplier's whole profile as stored, for the edit form and the public preview.
#[derive(Clone, Debug)]
pub struct StoredProfile {
    pub id: SupplierId,
    pub expo_id: ExpoId,
    pub expo_name: String,
    pub venue: String,
    pub venue_timezone: String,
    pub requests_enabled: bool,
    pub email: String,
    pub status: SupplierStatus,
    pub status_reason: String,
    pub has_password: bool,
    pub company_name_ko: String,
    pub company_name_en: String,
    pub business_reg_no: String,
    pub representative: String,
    pub contact_name: String,
    pub phone: String,
    pub website: String,
    pub address: String,
    pub company_size: String,
    pub year_founded: Option<i32>,
    pub languages: Vec<String>,
    pub catalogue_url: String,
    pub pitch: String,
    pub sectors: Vec<String>,
    pub served_markets: Vec<String>,
    pub target_markets: Vec<String>,
    pub products: Vec<StoredProduct>,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = products)]
pub struct StoredProduct {
    pub name: String,
    pub description: String,
    pub hs_code: Option<String>,
    pub image_url: Option<String>,
}

/// A supplier's row with its expo's, as the profile reads it.
#[derive(Queryable, Selectable)]
#[diesel(table_name = suppliers)]
struct ProfileRow {
    id: i32,
    expo_id: i32,
    email: String,
    password_hash: Option<String>,
    status: SupplierStatus,
    status_reason: String,
    company_name_ko: String,
    company_name_en: String,
    business_reg_no: String,
    representative: String,
    contact_name: String,
    phone: String,
    website: String,
    address: String,
    company_size: String,
    year_founded: Option<i32>,
    languages: String,
    catalogue_url: String,
    pitch: String,
    #[diesel(select_expression = expos::name, select_expression_type = expos::name)]
    expo_name: String,
    #[diesel(select_expression = expos::venue, select_expression_type = expos::venue)]
    venue: String,
    #[diesel(select_expression = expos::venue_timezone, select_expression_type = expos::venue_timezone)]
    venue_timezone: String,
    #[diesel(select_expression = expos::requests_enabled, select_expression_type = expos::requests_enabled)]
    requests_enabled: bool,
}

/// The profile, or `None` for an unknown id.
pub fn profile(conn: &mut DbConnection, id: SupplierId) -> QueryResult<Option<StoredProfile>> {
    let row: Option<ProfileRow> = suppliers::table
        .inner_join(expos::table)
        .filter(suppliers::id.eq(id.0))
        .select(ProfileRow::as_select())
        .first(conn)
        .optional()?;
    let Some(r) = row else {
        return Ok(None);
    };
    let id = r.id;
    let sectors: Vec<String> = supplier_sectors::table
        .inner_join(sectors::table)
        .filter(supplier_sectors::supplier_id.eq(id))
        .order(sectors::position)
        .select(sectors::code)
        .load(conn)?;
    let markets: Vec<(String, String)> = supplier_markets::table
        .filter(supplier_markets::supplier_id.eq(id))
        .order(supplier_markets::country)
        .select((supplier_markets::country, supplier_markets::kind))
        .load(conn)?;
    let products: Vec<StoredProduct> = products::table
        .filter(products::supplier_id.eq(id))
        .order(products::position)
        .select(StoredProduct::as_select())
        .load(conn)?;
    let pick = |kind: &str| {
        markets
            .iter()
            .filter(|(_, k)| k == kind)
            .map(|(c, _)| c.clone())
            .collect::<Vec<_>>()
    };
    Ok(Some(StoredProfile {
        id: SupplierId(id),
        expo_id: ExpoId(r.expo_id),
        expo_name: r.expo_name,
        venue: r.venue,
        venue_timezone: r.venue_timezone,
        requests_enabled: r.requests_enabled,
        email: r.email,
        status: r.status,
        status_reason: r.status_reason,
        has_password: r.password_hash.is_some(),
        company_name_ko: r.company_name_ko,
        company_name_en: r.company_name_en,
        business_reg_no: r.business_reg_no,
        representative: r.representative,
        contact_name: r.contact_name,
        phone: r.phone,
        website: r.website,
        address: r.address,
        company_size: r.company_size,
        year_founded: r.year_founded,
        languages: r.languages.split_whitespace().map(str::to_owned).collect(),
        catalogue_url: r.catalogue_url,
        pitch: r.pitch,
        sectors,
        served_markets: pick("served"),
        target_markets: pick("target"),
        products,
    }))
}

/// One slot of the expo as the supplier's availability page shows it.
#[derive(Clone, Debug)]
pub struct SlotState {
    pub slot: SlotId,
    pub day: chrono::NaiveDate,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub blocked: bool,
    /// The live meeting in this slot: its id, the buyer and the table.
    pub meeting: Option<(MeetingId, String, String)>,
}

/// Every slot of the supplier's expo in time order, with what the supplier has in it.
pub fn availability(conn: &mut DbConnection, id: SupplierId) -> QueryResult<Vec<SlotState>> {
    let expo: i32 = suppliers::table
        .find(id.0)
        .select(suppliers::expo_id)
        .first(conn)?;
    let all: Vec<(i32, chrono::NaiveDate, NaiveDateTime, NaiveDateTime)> = slots::table
        .inner_join(consultation_days::table)
        .filter(slots::expo_id.eq(expo))
        .order(slots::starts_at)
        .select((
            slots::id,
            consultation_days::day,
            slots::starts_at,
            slots::ends_at,
        ))
        .load(conn)?;
    let blocked: Vec<i32> = blocked_slots::table
        .filter(blocked_slots::supplier_id.eq(id.0))
        .select(blocked_slots::slot_id)
        .load(conn)?;
    let busy: Vec<(i32, i32, String, String)> = meetings::table
        .inner_join(buyers::table)
        .inner_join(consultation_tables::table)
        .filter(meetings::supplier_id.eq(id.0))
        .filter(meetings::status.eq_any(MeetingStatus::LIVE))
        .select((
            meetings::slot_id,
            meetings::id,
            buyers::name,
            consultation_tables::label,
        ))
        .load(conn)?;
    Ok(all
        .into_iter()
        .map(|(slot, day, starts_at, ends_at)| SlotState {
            slot: SlotId(slot),
            day,
            starts_at,
            ends_at,
            blocked: blocked.contains(&slot),
            meeting: busy
                .iter()
                .find(|(s, ..)| *s == slot)
                .map(|(_, m, buyer, table)| (MeetingId(*m), buyer.clone(), table.clone())),
        })
        .collect())
}

#[derive(Debug, thiserror::Error)]
pub enum BlockError {
    /// No such slot in the supplier's expo.
    #[error("not found")]
    NotFound,
    /// The supplier has a live meeting in the slot; it must be cancelled first.
    #[error("a meeting is booked in this slot")]
    HasMeeting {
        meeting: MeetingId,
        buyer: String,
        table: String,
    },
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// Marks a slot of the supplier's own expo unavailable (idempotent). Errors:
/// `NotFound` for a slot of another expo or none; `HasMeeting` when a live meeting
/// holds the slot. On SQLite the write lock makes check and insert one step; on
/// PostgreSQL a booking racing this call can still land, and shows on the agenda.
pub fn block_slot(
    conn: &mut DbConnection,
    id: SupplierId,
    slot: SlotId,
    now: NaiveDateTime,
) -> Result<(), BlockError> {
    conn.write_tx(|conn| {
        // Serialises with bookings of this supplier (they lock the same row), so a
        // meeting cannot land in the slot between the check below and the insert.
        super::lock_supplier(conn, id)?;
        let own: Option<i32> = slots::table
            .inner_join(suppliers::table.on(suppliers::expo_id.eq(slots::expo_id)))
            .filter(slots::id.eq(slot.0))
            .filter(suppliers::id.eq(id.0))
            .select(slots::id)
            .first(conn)
            .optional()?;
        if own.is_none() {
            return Err(BlockError::NotFound);
        }
        let meeting: Option<(i32, String, String)> = meetings::table
            .inner_join(buyers::table)
            .inner_join(consultation_tables::table)
            .filter(meetings::supplier_id.eq(id.0))
            .filter(meetings::slot_id.eq(slot.0))
            .filter(meetings::status.eq_any(MeetingStatus::LIVE))
            .select((meetings::id, buyers::name, consultation_tables::label))
            .first(conn)
            .optional()?;
        if let Some((meeting, buyer, table)) = meeting {
            return Err(BlockError::HasMeeting {
                meeting: MeetingId(meeting),
                buyer,
                table,
            });
        }
        let already: Option<i32> = blocked_slots::table
            .filter(blocked_slots::supplier_id.eq(id.0))
            .filter(blocked_slots::slot_id.eq(slot.0))
            .select(blocked_slots::id)
            .first(conn)
            .optional()?;
        if already.is_none() {
            diesel::insert_into(blocked_slots::table)
                .values((
                    blocked_slots::slot_id.eq(slot.0),
                    blocked_slots::supplier_id.eq(id.0),
                    blocked_slots::created_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Makes a slot available again (idempotent; a slot of another supplier is never
/// touched).
pub fn unblock_slot(conn: &mut DbConnection, id: SupplierId, slot: SlotId) -> QueryResult<()> {
    diesel::delete(
        blocked_slots::table
            .filter(blocked_slots::supplier_id.eq(id.0))
            .filter(blocked_slots::slot_id.eq(slot.0)),
    )
    .execute(conn)
    .map(|_| ())
}
