//! One-time sign-in links. Only the SHA-256 of a token is stored; redeeming marks it
//! used with a conditional update, so a link works once even under concurrent clicks.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use super::DbConnection;
use crate::db::schema::sign_in_tokens as t;
use crate::domain::Role;
use crate::domain::token::{Purpose, RawToken};

/// Creates a link for `role`/`subject_id`, valid for `lifetime` from `now`.
pub fn issue(
    conn: &mut DbConnection,
    role: Role,
    subject_id: i32,
    purpose: Purpose,
    lifetime: TimeDelta,
    now: NaiveDateTime,
) -> QueryResult<RawToken> {
    let token = RawToken::generate();
    diesel::insert_into(t::table)
        .values((
            t::token_hash.eq(token.hash().0),
            t::role.eq(role.as_str()),
            t::subject_id.eq(subject_id),
            t::purpose.eq(purpose.as_str()),
            t::expires_at.eq(now + lifetime),
            t::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(token)
}

#[derive(Debug, PartialEq, Eq)]
pub struct Redeemed {
    pub role: Role,
    pub subject_id: i32,
    pub purpose: Purpose,
}

#[derive(Debug, thiserror::Error)]
pub enum RedeemError {
    #[error("this link is not valid")]
    Unknown,
    #[error("this link has expired")]
    Expired,
    #[error("this link has already been used")]
    Used,
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
}

/// Whom a valid token is for, without using it. Errors: `Unknown` (also for a token
/// of another purpose than `allowed`), `Expired`, `Used`.
pub fn find(
    conn: &mut DbConnection,
    token: &RawToken,
    allowed: &[Purpose],
    now: NaiveDateTime,
) -> Result<Redeemed, RedeemError> {
    find_row(conn, token, allowed, now).map(|(_, r)| r)
}

/// A token as stored (its hash is the key, never read back).
#[derive(Queryable, Selectable)]
#[diesel(table_name = t)]
struct TokenRow {
    id: i32,
    role: String,
    subject_id: i32,
    purpose: String,
    expires_at: NaiveDateTime,
    used_at: Option<NaiveDateTime>,
}

fn find_row(
    conn: &mut DbConnection,
    token: &RawToken,
    allowed: &[Purpose],
    now: NaiveDateTime,
) -> Result<(i32, Redeemed), RedeemError> {
    let row: Option<TokenRow> = t::table
        .filter(t::token_hash.eq(token.hash().0))
        .select(TokenRow::as_select())
        .first(conn)
        .optional()?;
    let TokenRow {
        id,
        role,
        subject_id,
        purpose,
        expires_at,
        used_at,
    } = row.ok_or(RedeemError::Unknown)?;
    let role = Role::parse(&role).ok_or(RedeemError::Unknown)?;
    let purpose = Purpose::parse(&purpose)
        .filter(|p| allowed.contains(p))
        .ok_or(RedeemError::Unknown)?;
    if used_at.is_some() {
        return Err(RedeemError::Used);
    }
    if expires_at <= now {
        return Err(RedeemError::Expired);
    }
    Ok((
        id,
        Redeemed {
            role,
            subject_id,
            purpose,
        },
    ))
}

/// Marks the token used and says whom it is for. Errors: `Unknown` (also for a token
/// of another purpose than `allowed`), `Expired`, `Used` (also when another request
/// redeemed it a moment earlier: the update only claims an unused token).
pub fn redeem(
    conn: &mut DbConnection,
    token: &RawToken,
    allowed: &[Purpose],
    now: NaiveDateTime,
) -> Result<Redeemed, RedeemError> {
    conn.write_tx(|conn| {
        let (id, redeemed) = find_row(conn, token, allowed, now)?;
        let claimed = diesel::update(t::table.filter(t::id.eq(id)).filter(t::used_at.is_null()))
            .set(t::used_at.eq(now))
            .execute(conn)?;
        if claimed != 1 {
            return Err(RedeemError::Used);
        }
        Ok(redeemed)
    })
}
