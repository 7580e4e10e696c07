//! Inviting foreign buyers: the buyer, its personal link and the invitation email in
//! one transaction; resending issues a fresh link.

use chrono::NaiveDateTime;

use crate::domain::setup::BuyerInput;
use crate::domain::{BuyerId, ExpoId};
use crate::mail::messages::{MailContext, queue_invitation};
use crate::store::{DbConnection, StoreError, buyers, participants};

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] crate::mail::QueueError),
}

impl From<diesel::result::Error> for InviteError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Store(e.into())
    }
}

/// Stores the language the organizer chose for the buyer, before its invitation is
/// written in it; without a choice the buyer's first sign-in sets it.
fn set_locale(
    conn: &mut DbConnection,
    buyer: BuyerId,
    input: &BuyerInput,
) -> Result<(), StoreError> {
    match input.locale {
        Some(l) => crate::store::languages::set(conn, crate::domain::Role::Buyer, buyer.0, l),
        None => Ok(()),
    }
}

/// Adds a buyer and queues its invitation. Errors: `Store(Conflict)` when the expo
/// already has a buyer with this email.
pub fn invite(
    conn: &mut DbConnection,
    expo: ExpoId,
    input: &BuyerInput,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<BuyerId, InviteError> {
    conn.write_tx(|conn| {
        let languages: Vec<&str> = input.languages.iter().map(String::as_str).collect();
        let buyer = participants::create_buyer(
            conn,
            &participants::NewBuyer {
                expo,
                email: &input.email,
                name: &input.name,
                organisation: &input.organisation,
                position_title: "",
                country: input.country,
                timezone: input.timezone,
                languages: &languages,
                interests: &[],
                looking_for: "",
                needs_interpreter: false,
                invited_at: Some(now),
            },
            now,
        )?;
        set_locale(conn, buyer, input)?;
        queue_invitation(conn, buyer, ctx, now)?;
        Ok(buyer)
    })
}

/// Sends a buyer of this expo a fresh invitation link. Errors: `Store(NotFound)` for
/// a buyer of another expo.
pub fn resend(
    conn: &mut DbConnection,
    expo: ExpoId,
    buyer: BuyerId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<(), InviteError> {
    conn.write_tx(|conn| {
        let summary = participants::buyer_summary(conn, buyer)?
            .filter(|b| b.expo_id == expo)
            .ok_or(StoreError::NotFound)?;
        queue_invitation(conn, summary.id, ctx, now)?;
        buyers::mark_invited(conn, buyer, now)?;
        Ok(())
    })
}

/// Emails already invited to the expo, lower case (for the import preview).
pub fn existing_emails(
    conn: &mut DbConnection,
    expo: ExpoId,
) -> diesel::QueryResult<std::collections::HashSet<String>> {
    use crate::db::schema::buyers as b;
    use diesel::prelude::*;
    Ok(b::table
        .filter(b::expo_id.eq(expo.0))
        .select(b::email)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// Imports the rows judged `New` and invites each, in one transaction; rows that
/// became duplicates meanwhile are skipped, never doubled. Returns how many were
/// imported.
pub fn import(
    conn: &mut DbConnection,
    expo: ExpoId,
    rows: &[crate::domain::import::ImportRow],
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, InviteError> {
    use crate::domain::import::RowOutcome;
    conn.write_tx(|conn| {
        let mut imported = 0;
        for row in rows {
            let RowOutcome::New(input) = &row.outcome else {
                continue;
            };
            let languages: Vec<&str> = input.languages.iter().map(String::as_str).collect();
            let interests: Vec<&str> = row.interests.iter().map(String::as_str).collect();
            let created = participants::create_buyer(
                conn,
                &participants::NewBuyer {
                    expo,
                    email: &input.email,
                    name: &input.name,
                    organisation: &input.organisation,
                    position_title: "",
                    country: input.country,
                    timezone: input.timezone,
                    languages: &languages,
                    interests: &interests,
                    looking_for: "",
                    needs_interpreter: false,
                    invited_at: Some(now),
                },
                now,
            );
            match created {
                Ok(buyer) => {
                    set_locale(conn, buyer, input)?;
                    queue_invitation(conn, buyer, ctx, now)?;
                    imported += 1;
                }
                Err(StoreError::Conflict(_)) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(imported)
    })
}
