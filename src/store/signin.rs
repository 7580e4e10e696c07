//! Following a one-time link: who it signs in, checked and consumed in one transaction.

use chrono::NaiveDateTime;

use super::tokens::{self, RedeemError};
use super::{DbConnection, organizers, participants};
use crate::domain::token::{Purpose, RawToken};
use crate::domain::{BuyerId, OrganizerId, Role, SupplierId};

/// The links that sign someone in (email verification and password reset have pages of
/// their own).
pub const SIGN_IN_PURPOSES: &[Purpose] = &[
    Purpose::SignIn,
    Purpose::Invitation,
    Purpose::MemberInvitation,
    Purpose::MemberSignIn,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkHolder {
    pub role: Role,
    pub id: i32,
    pub name: String,
    /// A company's team member: the link signs them in to the company (`id`).
    pub member: Option<i32>,
}

/// Whom a redeemed link is for: a person, or a team member of a company (gone when
/// they were removed meanwhile).
fn holder_of(
    conn: &mut DbConnection,
    found: &tokens::Redeemed,
) -> Result<Option<LinkHolder>, RedeemError> {
    if matches!(
        found.purpose,
        Purpose::MemberInvitation | Purpose::MemberSignIn
    ) {
        return Ok(super::team::whose(conn, found.subject_id)?
            .filter(|(side, _, _)| *side == found.role)
            .map(|(role, company, m)| LinkHolder {
                role,
                id: company,
                name: m.name,
                member: Some(m.id),
            }));
    }
    holder(conn, found.role, found.subject_id)
}

fn holder(conn: &mut DbConnection, role: Role, id: i32) -> Result<Option<LinkHolder>, RedeemError> {
    let name = match role {
        Role::Organizer => organizers::get(conn, OrganizerId(id))?.map(|o| o.name),
        Role::Supplier => {
            participants::supplier_summary(conn, SupplierId(id))?.map(|s| s.company_name_en)
        }
        Role::Buyer => participants::buyer_summary(conn, BuyerId(id))?.map(|b| b.name),
    };
    Ok(name.map(|name| LinkHolder {
        role,
        id,
        name,
        member: None,
    }))
}

/// Whom a link would sign in, without using it up (for the confirmation page, so
/// mail scanners that open links cannot burn them). Errors as [`consume`].
pub fn peek(
    conn: &mut DbConnection,
    token: &RawToken,
    now: NaiveDateTime,
) -> Result<LinkHolder, RedeemError> {
    let found = tokens::find(conn, token, SIGN_IN_PURPOSES, now)?;
    holder_of(conn, &found)?.ok_or(RedeemError::Unknown)
}

/// Uses the link and records a buyer's first sign-in, all or nothing. Errors:
/// `Unknown` (also for a link to a deleted account or of another purpose),
/// `Expired`, `Used`.
pub fn consume(
    conn: &mut DbConnection,
    token: &RawToken,
    now: NaiveDateTime,
) -> Result<LinkHolder, RedeemError> {
    conn.write_tx(|conn| {
        let redeemed = tokens::redeem(conn, token, SIGN_IN_PURPOSES, now)?;
        let who = holder_of(conn, &redeemed)?.ok_or(RedeemError::Unknown)?;
        if who.role == Role::Buyer && who.member.is_none() {
            participants::mark_buyer_signed_in(conn, BuyerId(who.id), now)?;
        }
        Ok(who)
    })
}
