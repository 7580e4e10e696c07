//! A supplier's account and company profile: registration with email verification,
//! password sign-in and reset, approval, profile edits and blocked slots.
//!
//! Messages a change causes (a verification link, a reset link) are passed in already
//! written, as [`Letter`]s, and queued in the outbox in the transaction of the change.

mod account;
mod availability;
mod profile;
mod registration;

pub use account::{credentials, queue_password_reset, reset_password, set_status};
pub use availability::{
    BlockError, Blocked, SlotState, availability, block_slot, block_slots, unblock_slot,
    unblock_slots,
};
pub use profile::{ProfileError, StoredProduct, StoredProfile, profile, update_profile};
pub use registration::{
    NewRegistration, OpenExpo, Registered, open_expos, peek_link, register, verify_email,
};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{sign_in_tokens, suppliers};
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{ExpoId, Role, SupplierId};
use crate::store::tokens::RedeemError;
use crate::store::{DbConnection, outbox};

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

pub(super) fn queue(
    conn: &mut DbConnection,
    to: &str,
    letter: &Letter,
    expo: Option<ExpoId>,
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
            expo,
        },
        now,
    )
}

pub(super) fn store_token(
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

pub(super) fn display_name(
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
