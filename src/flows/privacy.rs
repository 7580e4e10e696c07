//! Carrying out a person's deletion request: their upcoming meetings are cancelled
//! (the other side is told) before the person is forgotten, all in one transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::meetings::{ChangeError, cancel};
use crate::db::schema::{deletion_requests, meetings, slots};
use crate::domain::status::MeetingStatus;
use crate::domain::{MeetingId, OrganizerId, Role};
use crate::mail::messages::MailContext;
use crate::store::{DbConnection, StoreError, privacy};

/// The reason the other participant of a cancelled meeting reads.
pub const LEFT_REASON: &str =
    "The other participant has left the expo and asked for their data to be deleted.";

/// Carries out an open deletion request: every booked meeting of the person that has
/// not started yet is cancelled and the other participant emailed (the person's own
/// copy is dropped with their unsent mail), then the person is forgotten
/// (`store::privacy::carry_out`). Meetings that started stay, for the report. Errors:
/// `Store(NotFound)` for an unknown or already closed request.
pub fn carry_out_deletion(
    conn: &mut DbConnection,
    request: i32,
    organizer: OrganizerId,
    ctx: &MailContext,
    now: NaiveDateTime,
) -> Result<usize, ChangeError> {
    conn.write_tx(|c| {
        let (role, person): (String, i32) = deletion_requests::table
            .filter(deletion_requests::id.eq(request))
            .filter(deletion_requests::done_at.is_null())
            .select((deletion_requests::role, deletion_requests::person_id))
            .first(c)
            .optional()?
            .ok_or(StoreError::NotFound)?;
        let upcoming = meetings::table
            .inner_join(slots::table)
            .filter(meetings::status.eq(MeetingStatus::Booked))
            .filter(slots::starts_at.gt(now))
            .select(meetings::id)
            .into_boxed();
        let upcoming: Vec<i32> = match Role::parse(&role) {
            Some(Role::Buyer) => upcoming.filter(meetings::buyer_id.eq(person)).load(c)?,
            Some(Role::Supplier) => upcoming.filter(meetings::supplier_id.eq(person)).load(c)?,
            _ => Vec::new(),
        };
        for meeting in &upcoming {
            cancel(c, MeetingId(*meeting), LEFT_REASON, organizer, ctx, now)?;
        }
        privacy::carry_out(c, request, organizer, now)?;
        Ok(upcoming.len())
    })
}
