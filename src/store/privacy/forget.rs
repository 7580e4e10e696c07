//! Forgetting a person: personal fields become placeholders, the report still adds up.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{
    buyers, deletion_requests, meeting_outcomes, meeting_ratings, meeting_requests, meetings,
    outbox, products, sign_in_tokens, suppliers,
};
use crate::domain::privacy::{deleted_email, deleted_name};
use crate::domain::status::MessageStatus;
use crate::domain::{OrganizerId, Role};
use crate::store::DbConnection;
use crate::store::audit;

/// Whether the person's personal data was replaced by placeholders.
pub fn is_forgotten(conn: &mut DbConnection, role: Role, id: i32) -> QueryResult<bool> {
    let at: Option<Option<NaiveDateTime>> = match role {
        Role::Buyer => buyers::table
            .find(id)
            .select(buyers::anonymized_at)
            .first(conn)
            .optional()?,
        Role::Supplier => suppliers::table
            .find(id)
            .select(suppliers::anonymized_at)
            .first(conn)
            .optional()?,
        Role::Organizer => None,
    };
    Ok(at.flatten().is_some())
}

/// Forgets a buyer or supplier in one transaction: every personal field becomes a
/// placeholder ("Deleted buyer #12", `deleted-buyer-12@invalid`), free texts they or
/// others wrote about them are emptied, their sign-in links are deleted, their unsent
/// messages are deleted and the bodies of those sent to them emptied, their calendar
/// address stops working, an open deletion request of theirs is closed, and the audit
/// log records it (`actor`: None for the retention purge). Meetings, requests, outcomes, ratings (without their comments),
/// sectors and the buyer's country stay, as anonymous rows, so the organizer's report
/// adds up as before. Returns false, changing nothing, when the person is unknown or
/// already forgotten.
///
/// Server-side sessions are not ended here: the cookie store keeps none.
pub fn forget(
    conn: &mut DbConnection,
    role: Role,
    id: i32,
    actor: Option<OrganizerId>,
    why: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    conn.write_tx(|c| {
        let email: Option<(String, Option<NaiveDateTime>)> = match role {
            Role::Buyer => buyers::table
                .find(id)
                .select((buyers::email, buyers::anonymized_at))
                .first(c)
                .optional()?,
            Role::Supplier => suppliers::table
                .find(id)
                .select((suppliers::email, suppliers::anonymized_at))
                .first(c)
                .optional()?,
            Role::Organizer => None,
        };
        let Some((email, None)) = email else {
            return Ok(false);
        };
        let (name, new_email) = (deleted_name(role, id), deleted_email(role, id));
        let their_meetings: Vec<i32> = match role {
            Role::Buyer => meetings::table
                .filter(meetings::buyer_id.eq(id))
                .select(meetings::id)
                .load(c)?,
            _ => meetings::table
                .filter(meetings::supplier_id.eq(id))
                .select(meetings::id)
                .load(c)?,
        };
        match role {
            Role::Buyer => {
                // Conditional, so that two servers purging at once forget a person once.
                let changed = diesel::update(
                    buyers::table
                        .find(id)
                        .filter(buyers::anonymized_at.is_null()),
                )
                .set((
                    buyers::email.eq(&new_email),
                    buyers::name.eq(&name),
                    buyers::organisation.eq(""),
                    buyers::position_title.eq(""),
                    buyers::looking_for.eq(""),
                    buyers::anonymized_at.eq(now),
                    buyers::updated_at.eq(now),
                ))
                .execute(c)?;
                if changed == 0 {
                    return Ok(false);
                }
                crate::store::directory::forget_buyer(c, crate::domain::BuyerId(id))?;
                diesel::update(meeting_requests::table.filter(meeting_requests::buyer_id.eq(id)))
                    .set((
                        meeting_requests::message.eq(""),
                        meeting_requests::response_reason.eq(""),
                    ))
                    .execute(c)?;
                diesel::update(
                    meeting_ratings::table
                        .filter(meeting_ratings::meeting_id.eq_any(&their_meetings)),
                )
                .set(meeting_ratings::comment.eq(""))
                .execute(c)?;
            }
            _ => {
                let changed = diesel::update(
                    suppliers::table
                        .find(id)
                        .filter(suppliers::anonymized_at.is_null()),
                )
                .set((
                    suppliers::email.eq(&new_email),
                    suppliers::password_hash.eq(None::<String>),
                    suppliers::company_name_ko.eq(&name),
                    suppliers::company_name_en.eq(&name),
                    suppliers::business_reg_no.eq(format!("deleted-{id}")),
                    suppliers::representative.eq(""),
                    suppliers::contact_name.eq(""),
                    suppliers::phone.eq(""),
                    suppliers::website.eq(""),
                    suppliers::address.eq(""),
                    suppliers::catalogue_url.eq(""),
                    suppliers::pitch.eq(""),
                    suppliers::pitch_en.eq(""),
                    suppliers::status_reason.eq(""),
                    suppliers::anonymized_at.eq(now),
                    suppliers::updated_at.eq(now),
                ))
                .execute(c)?;
                if changed == 0 {
                    return Ok(false);
                }
                diesel::delete(products::table.filter(products::supplier_id.eq(id))).execute(c)?;
                // Nobody finds the company by its old name or products any more.
                crate::store::directory::suppliers_changed(c, &[id])?;
                diesel::update(
                    meeting_requests::table.filter(meeting_requests::supplier_id.eq(id)),
                )
                .set((
                    meeting_requests::message.eq(""),
                    meeting_requests::response_reason.eq(""),
                ))
                .execute(c)?;
            }
        }
        // Notes about the meeting may name the person; the figures stay.
        diesel::update(
            meeting_outcomes::table.filter(meeting_outcomes::meeting_id.eq_any(&their_meetings)),
        )
        .set(meeting_outcomes::notes.eq(""))
        .execute(c)?;
        diesel::delete(
            sign_in_tokens::table
                .filter(sign_in_tokens::role.eq(role.as_str()))
                .filter(sign_in_tokens::subject_id.eq(id)),
        )
        .execute(c)?;
        diesel::delete(
            outbox::table
                .filter(outbox::to_address.eq(&email))
                .filter(outbox::status.ne(MessageStatus::Sent)),
        )
        .execute(c)?;
        diesel::update(outbox::table.filter(outbox::to_address.eq(&email)))
            .set((
                outbox::to_address.eq(&new_email),
                outbox::to_name.eq(&name),
                outbox::body_text.eq(""),
                outbox::body_html.eq(None::<String>),
                outbox::calendar_ics.eq(None::<String>),
            ))
            .execute(c)?;
        // Their colleagues' names and addresses go with the company's.
        crate::store::team::forget(c, role, id)?;
        // Their calendar address and every sign-in end with their data.
        crate::store::feeds::forget(c, role, id)?;
        crate::store::sessions::end_all(c, role, id, None)?;
        // A request still open (the retention purge came first) is answered too.
        diesel::update(
            deletion_requests::table
                .filter(deletion_requests::role.eq(role.as_str()))
                .filter(deletion_requests::person_id.eq(id))
                .filter(deletion_requests::done_at.is_null()),
        )
        .set((
            deletion_requests::done_at.eq(now),
            deletion_requests::done_by.eq(actor.map(|o| o.0)),
        ))
        .execute(c)?;
        audit::record(
            c,
            &audit::Entry {
                actor_role: if actor.is_some() {
                    "organizer"
                } else {
                    "system"
                },
                actor_id: actor.map(|o| o.0),
                action: "privacy.person_forgotten",
                subject_type: role.as_str(),
                subject_id: Some(id),
                detail: why,
            },
            now,
        )?;
        Ok(true)
    })
}
